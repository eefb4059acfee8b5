"""Receiving a message: under the conversation's row lock, run the engine, store it all and commit it at once.

One transaction holds the sender's conversation lock, runs the engine and writes the inbound row, the inline
reply, the conversation's state, consent events and alerts together; jobs are enqueued only after that commit.
A Twilio retry with the same MessageSid fails the inbound row's unique key, so everything its engine run
decided is rolled back and it gets the first reply again. If anything fails, the transaction is rolled back
and the message is stored on its own with the error, and she gets a localized apology: nothing she sent is
lost, and the next message starts clean. The danger check runs even then: a danger sign still gets its go-now
reply and its alert.
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

from bot import i18n, render
from bot.context import Context
from bot.dialogue import Dialogue
from bot.i18n import N_, translate
from bot.inbound import Inbound, country_of, from_twilio
from flows import engine, urgent
from models import Conversation, InboundMessage, OutboundMessage, db, utcnow
from services import dialogue_store as store
from services import profile_store, records

log = logging.getLogger(__name__)
MAX_SEGMENTS = 3  # an SMS turn never costs more (Devanagari: 67 characters a segment)
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
        if _seen(form["MessageSid"]):  # a retry: its unique key failed, or it took another path and broke
            if isinstance(error, IntegrityError):
                log.info("duplicate MessageSid %s: no second side effect", form["MessageSid"])
            else:
                log.exception("retried message %s failed; the first reply stands", form["MessageSid"])
            return _earlier_reply(form["MessageSid"])
        log.exception("message %s failed", form["MessageSid"])
        return _failed(form, inbound, error, settings)
    for job in jobs:
        job()
    return reply


def _inbound_values(form: Mapping[str, str], inbound: Inbound, *, processed_at: datetime | None = None,
                    error: str | None = None) -> dict:
    return {"message_sid": form["MessageSid"], "phone": inbound.phone, "channel": inbound.channel,
            "body": inbound.text, "params": _storable(form), "received_at": inbound.received_at,
            "processed_at": processed_at, "error": error}


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


def _context(conversation: Dialogue, inbound: Inbound, settings) -> Context:
    country = _country(conversation, settings)
    return Context(conversation=conversation, inbound=inbound, now=inbound.received_at,
                   today=inbound.received_at.astimezone(ZoneInfo(settings.TIMEZONE)).date(), country=country,
                   default_locale=i18n.guess(inbound.text, country, settings.DEFAULT_LOCALE))


def _run_engine(form: Mapping[str, str], inbound: Inbound, settings) -> tuple[Reply, list]:
    locked = store.lock(inbound.phone, inbound.channel, inbound.received_at)
    conversation = locked.state
    turn = engine.handle(_context(conversation, inbound, settings))
    text = render.fit(turn.replies, inbound.channel, MAX_SEGMENTS)
    reply = store.inline_reply(inbound.phone, inbound.channel, text, render.segments(text)) if text else None
    # The message commits only together with its processing; a retried MessageSid fails its unique key here and
    # everything the engine decided is rolled back with it.
    inbound_id = store.record(locked, _inbound_values(form, inbound, processed_at=utcnow()), reply)
    jobs = records.write(turn.actions, conversation=conversation, inbound_id=inbound_id)
    db.session.commit()
    return Reply(text), jobs


def _country(conversation: Dialogue, settings) -> str:
    if conversation.mother is not None:
        return conversation.mother.country
    return country_of(conversation.phone, settings.DEFAULT_COUNTRY)


def _failed(form: Mapping[str, str], inbound: Inbound, error: Exception, settings) -> Reply:
    connection = db.session.connection()
    inbound_id = store.add_inbound(connection, _inbound_values(
        form, inbound, error=f"{type(error).__name__}: {error}"[:2000]))
    row = db.session.execute(select(Conversation.locale, Conversation.mother_id)
                             .where(Conversation.phone == inbound.phone)).first()
    locale = row.locale if row else None
    danger_reply, jobs = _danger_anyway(inbound, inbound_id, row, settings)
    text = danger_reply or translate(locale or settings.DEFAULT_LOCALE, SORRY)
    text = render.for_channel(text, inbound.channel)
    reply = store.inline_reply(inbound.phone, inbound.channel, text, render.segments(text))
    store.add_reply(connection, reply | {"inbound_id": inbound_id})
    db.session.commit()
    for job in jobs:
        job()
    return Reply(text)


def _danger_anyway(inbound: Inbound, inbound_id: int, row, settings) -> tuple[str, list]:
    """The danger check on its own, for a message whose processing failed: its go-now reply and its alert."""
    try:
        with db.session.begin_nested():  # if this fails too, the stored message and the apology still stand
            conversation = Dialogue(phone=inbound.phone, channel=inbound.channel, locale=row.locale if row else None)
            if row is not None and row.mother_id is not None:
                conversation.mother = profile_store.load(row.mother_id)
            ctx = _context(conversation, inbound, settings)
            if not urgent.check(ctx):
                return "", []
            jobs = records.write(ctx.turn.actions, conversation=conversation, inbound_id=inbound_id)
            return ctx.turn.text(), jobs
    except Exception:  # noqa: BLE001 - already failing: keep the apology, log why
        log.exception("danger check for failed message %s failed too", inbound_id)
        return "", []


def simulated(phone: str, channel: str, text: str) -> dict[str, str]:
    """The form Twilio would post for this message (the simulator and `flask chat` use it)."""
    import uuid

    origin = f"whatsapp:{phone}" if channel == "whatsapp" else phone
    return {"MessageSid": "SM" + uuid.uuid4().hex, "From": origin, "To": "simulator", "Body": text,
            "NumMedia": "0"}
