"""Receiving a message: under the conversation's row lock, run the engine, store it all and commit it at once.

One transaction holds the sender's conversation lock, runs the engine and writes the inbound row, the inline
reply, the conversation's state, consent events and alerts together; jobs are enqueued only after that commit.
A Twilio retry with the same MessageSid fails the inbound row's unique key, so everything its engine run
decided is rolled back and it gets the first reply again. If anything fails, the transaction is rolled back
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

from bot import i18n, render
from bot.context import Context
from bot.dialogue import Dialogue
from bot.i18n import N_, translate
from bot.inbound import Inbound, country_of, from_twilio
from flows import engine
from models import Conversation, InboundMessage, OutboundMessage, db, utcnow
from services import dialogue_store as store
from services import facilities, records

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


def _run_engine(form: Mapping[str, str], inbound: Inbound, settings) -> tuple[Reply, list]:
    locked = store.lock(inbound.phone, inbound.channel, inbound.received_at)
    conversation = locked.state
    country = _country(conversation, settings)
    ctx = Context(conversation=conversation, inbound=inbound, now=inbound.received_at,
                  today=inbound.received_at.astimezone(ZoneInfo(settings.TIMEZONE)).date(), country=country,
                  default_locale=i18n.guess(inbound.text, country, settings.DEFAULT_LOCALE),
                  find_facility=facilities.finder())
    turn = engine.handle(ctx)
    text = render.for_channel(turn.text(), inbound.channel)
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
    locale = db.session.scalars(select(Conversation.locale).where(Conversation.phone == inbound.phone)).first()
    text = render.for_channel(translate(locale or settings.DEFAULT_LOCALE, SORRY), inbound.channel)
    reply = store.inline_reply(inbound.phone, inbound.channel, text, render.segments(text))
    store.add_reply(connection, reply | {"inbound_id": inbound_id})
    db.session.commit()
    return Reply(text)


def simulated(phone: str, channel: str, text: str) -> dict[str, str]:
    """The form Twilio would post for this message (the simulator and `flask chat` use it)."""
    import uuid

    origin = f"whatsapp:{phone}" if channel == "whatsapp" else phone
    return {"MessageSid": "SM" + uuid.uuid4().hex, "From": origin, "To": "simulator", "Body": text,
            "NumMedia": "0"}
