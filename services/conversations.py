"""Receiving a message: under the conversation's row lock, store it, run the engine, commit it all at once.

One transaction holds the sender's conversation lock, inserts the inbound row (a Twilio retry with the same
MessageSid fails its unique key here, before the engine runs) and commits state, replies, consent events and
alerts together; jobs are enqueued only after that commit. If anything fails, the transaction is rolled back
and the message is stored on its own with the error, and she gets a localized apology: nothing she sent is
lost, and the next message starts clean.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Mapping
from zoneinfo import ZoneInfo

from flask import current_app
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bot import engine, i18n, render
from bot.context import Context
from bot.i18n import N_, translate
from bot.inbound import Inbound, country_of, from_twilio
from models import Conversation, InboundMessage, Mother, OutboundMessage, db, utcnow
from services import records

log = logging.getLogger(__name__)
SORRY = N_("Sorry, something went wrong on our side. Please send your message again.")


@dataclass(frozen=True)
class Reply:
    text: str  # rendered for the channel; empty when nothing should be sent
    duplicate: bool = False


def receive(form: Mapping[str, str], *, now: datetime | None = None) -> Reply:
    """One webhook: returns the reply to put in TwiML. Raises BadSender for an unusable From."""
    settings = current_app.config["AAMCARE"]
    inbound = from_twilio(form, received_at=now or utcnow(), default_country=settings.DEFAULT_COUNTRY)
    try:
        reply, jobs = _run_engine(form, inbound, settings)
    except Exception as error:  # one broken message must never block the next
        db.session.rollback()
        if isinstance(error, IntegrityError) and _seen(form["MessageSid"]):
            log.info("duplicate MessageSid %s: no second side effect", form["MessageSid"])
            return _earlier_reply(form["MessageSid"])
        log.exception("message %s failed", form["MessageSid"])
        return _failed(form, inbound, error, settings)
    for job in jobs:
        job()
    return reply


def _inbound_row(form: Mapping[str, str], inbound: Inbound) -> InboundMessage:
    return InboundMessage(message_sid=form["MessageSid"], phone=inbound.phone, channel=inbound.channel,
                          body=inbound.text, params=_storable(form), received_at=inbound.received_at)


def _storable(form: Mapping[str, str]) -> dict[str, str]:
    """PostgreSQL text cannot hold NUL characters; nothing else is changed."""
    return {key: value.replace("\x00", "") for key, value in form.items()}


def _seen(message_sid: str) -> bool:
    return db.session.scalar(select(InboundMessage.id).where(InboundMessage.message_sid == message_sid)) is not None


def _earlier_reply(message_sid: str) -> Reply:
    """A retried webhook gets the reply the first one produced (Twilio may never have received it)."""
    stmt = (select(OutboundMessage.body).join(InboundMessage, OutboundMessage.inbound_id == InboundMessage.id)
            .where(InboundMessage.message_sid == message_sid, OutboundMessage.status == "inline"))
    return Reply(db.session.scalars(stmt).first() or "", duplicate=True)


def _run_engine(form: Mapping[str, str], inbound: Inbound, settings) -> tuple[Reply, list]:
    conversation = locked_conversation(inbound.phone, inbound.channel)
    row = _inbound_row(form, inbound)
    row.processed_at = utcnow()  # the row commits only together with its processing
    db.session.add(row)
    db.session.flush()  # a retried MessageSid stops here, before the engine runs
    inbound_id = row.id
    country = _country(conversation, settings)
    ctx = Context(conversation=conversation, inbound=inbound, now=inbound.received_at,
                  today=inbound.received_at.astimezone(ZoneInfo(settings.TIMEZONE)).date(), country=country,
                  default_locale=i18n.guess(inbound.text, country, settings.DEFAULT_LOCALE))
    turn = engine.handle(ctx)
    jobs = records.write(turn.actions, conversation=conversation, inbound_id=inbound_id)
    text = render.for_channel(turn.text(), inbound.channel)
    if text:
        db.session.add(_reply_row(inbound, text, inbound_id))
    db.session.commit()
    return Reply(text), jobs


def locked_conversation(phone: str, channel: str) -> Conversation:
    """The sender's conversation, created if new, locked until commit: one sender's messages run in turn.

    PostgreSQL locks the row (FOR UPDATE). SQLite has one writer: the insert-if-missing comes first, so the
    transaction holds the write lock before it reads anything and never works from a stale snapshot.
    """
    sqlite = db.engine.dialect.name == "sqlite"
    conversation = None if sqlite else _select_for_update(phone)
    if conversation is None:
        _insert_if_missing(phone, channel)
        conversation = _select_for_update(phone)
        if conversation.mother is None:  # registered by someone else before she wrote
            conversation.mother = db.session.scalars(select(Mother).where(Mother.phone == phone)).first()
    return conversation


def _select_for_update(phone: str) -> Conversation | None:
    # Her record (if any) loads on first use: a joined eager load here cost more than the second query.
    stmt = select(Conversation).where(Conversation.phone == phone).with_for_update()
    return db.session.scalars(stmt).first()


def _insert_if_missing(phone: str, channel: str) -> None:
    if db.engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    values = {"phone": phone, "channel": channel, "state": "new", "data": {}, "opted_out": False,
              "created_at": utcnow(), "updated_at": utcnow()}
    db.session.execute(insert(Conversation).values(**values).on_conflict_do_nothing(index_elements=["phone"]))


def _country(conversation: Conversation, settings) -> str:
    if conversation.mother is not None:
        return conversation.mother.country
    return country_of(conversation.phone, settings.DEFAULT_COUNTRY)


def _reply_row(inbound: Inbound, text: str, inbound_id: int) -> OutboundMessage:
    return OutboundMessage(phone=inbound.phone, channel=inbound.channel, body=text, kind="reply",
                           inbound_id=inbound_id, status="inline", segments=render.segments(text),
                           sent_at=utcnow())


def _failed(form: Mapping[str, str], inbound: Inbound, error: Exception, settings) -> Reply:
    row = _inbound_row(form, inbound)
    row.error = f"{type(error).__name__}: {error}"[:2000]
    db.session.add(row)
    db.session.flush()
    locale = db.session.scalars(select(Conversation.locale).where(Conversation.phone == inbound.phone)).first()
    text = render.for_channel(translate(locale or settings.DEFAULT_LOCALE, SORRY), inbound.channel)
    db.session.add(_reply_row(inbound, text, row.id))
    db.session.commit()
    return Reply(text)


def simulated(phone: str, channel: str, text: str) -> dict[str, str]:
    """The form Twilio would post for this message (the simulator and `flask chat` use it)."""
    import uuid

    origin = f"whatsapp:{phone}" if channel == "whatsapp" else phone
    return {"MessageSid": "SM" + uuid.uuid4().hex, "From": origin, "To": "simulator", "Body": text,
            "NumMedia": "0"}
