"""Receiving a message: under the conversation's row lock, run the engine, store it all and commit it at once.

One transaction holds the sender's conversation lock, runs the engine and writes the inbound row, the inline
reply, the conversation's state, consent events, alerts and their outbox rows together; only after that commit
are the workers woken (services.outbox), and a failure to wake them (Redis down) changes nothing she is told.
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
from bot.inbound import Inbound, country_of, from_twilio, storable_params
from bot.turn import Turn
from flows import engine, urgent
from models import Conversation, InboundMessage, OutboundMessage, db, utcnow
from services import alerts, erasure, facilities, outbox, records, staff, timeline_events
from services import dialogue_store as store

log = logging.getLogger(__name__)
SIMULATED_TO = "simulator"  # the `To` of messages typed into /simulator or `flask chat`, never a Twilio number
MAX_SEGMENTS = 3  # an SMS turn never costs more (Devanagari: 67 characters a segment)
SORRY = N_("Sorry, something went wrong on our side. Please send your message again.")


@dataclass(frozen=True)
class Reply:
    text: str  # rendered for the channel; empty when nothing should be sent
    duplicate: bool = False
    failed: bool = False  # processing broke; the message is stored with its error and she got an apology or,
    # for a danger sign, its emergency reply


def receive(form: Mapping[str, str], *, now: datetime | None = None) -> Reply:
    """One webhook: returns the reply to put in TwiML. Raises BadSender for an unusable From."""
    settings = current_app.config["AAMCARE"]
    inbound = from_twilio(form, received_at=now or utcnow(), default_country=settings.DEFAULT_COUNTRY)
    try:
        reply = _run_engine(form, inbound, settings)
    except Exception as error:  # one broken message must never block the next
        db.session.rollback()
        outbox.forget_wake()
        if _seen_safely(form["MessageSid"]):  # a retry: its unique key failed, or it took another path and broke
            if isinstance(error, IntegrityError):
                log.info("duplicate MessageSid %s: no second side effect", form["MessageSid"])
            else:
                log.exception("retried message %s failed; the first reply stands", form["MessageSid"])
            return _earlier_reply(form["MessageSid"])
        log.exception("message %s failed", form["MessageSid"])
        return _failed(form, inbound, error, settings)
    outbox.wake()
    return reply


def _inbound_values(form: Mapping[str, str], inbound: Inbound, *, processed_at: datetime | None = None,
                    error: str | None = None) -> dict:
    return {"message_sid": form["MessageSid"], "phone": inbound.phone, "channel": inbound.channel,
            "body": inbound.text, "params": storable_params(form), "received_at": inbound.received_at,
            "processed_at": processed_at, "error": error}


def _seen_safely(message_sid: str) -> bool:
    try:
        return db.session.scalar(select(InboundMessage.id).where(InboundMessage.message_sid == message_sid)) is not None
    except Exception:  # the database is away: treat it as new, and say what can be said without it
        db.session.rollback()
        return False


def _earlier_reply(message_sid: str) -> Reply:
    """A retried webhook gets the reply the first one produced (Twilio may never have received it)."""
    stmt = (select(OutboundMessage.body).join(InboundMessage, OutboundMessage.inbound_id == InboundMessage.id)
            .where(InboundMessage.message_sid == message_sid, OutboundMessage.status == "inline"))
    return Reply(db.session.scalars(stmt).first() or "", duplicate=True)


def _run_engine(form: Mapping[str, str], inbound: Inbound, settings) -> Reply:
    locked = store.lock(inbound.phone, inbound.channel, inbound.received_at,
                        with_alert=staff.may_acknowledge(inbound.text))
    conversation = locked.state
    country = _country(conversation, settings)
    now = inbound.received_at
    turn = staff.handle(conversation, inbound, now, locked.awaiting_alert)
    if turn is None:
        ctx = Context(conversation=conversation, inbound=inbound, now=now,
                      today=now.astimezone(ZoneInfo(settings.TIMEZONE)).date(), country=country,
                      default_locale=i18n.guess(inbound.text, country, settings.DEFAULT_LOCALE),
                      someone_to_alert=lambda: alerts.someone_to_alert(_facility(conversation)),
                      find_facility=facilities.finder(),
                      last_reminder=lambda: timeline_events.latest_reminder(conversation.mother_id, now))
        turn = engine.handle(ctx)
    text = render.fit(turn.replies, inbound.channel, MAX_SEGMENTS)
    reply = store.inline_reply(inbound.phone, inbound.channel, text, render.segments(text)) if text else None
    if turn.erases:
        erasure.erase(locked, _inbound_values(form, inbound, processed_at=utcnow()), reply,
                      now=inbound.received_at, country=country)
        db.session.commit()
        return Reply(text)
    # The message commits only together with its processing; a retried MessageSid fails its unique key here and
    # everything the engine decided is rolled back with it.
    inbound_id = store.record(locked, _inbound_values(form, inbound, processed_at=utcnow()), reply)
    records.write(turn.actions, conversation=conversation, inbound_id=inbound_id, now=now)
    db.session.commit()
    return Reply(text)


def _facility(conversation: Dialogue) -> str | None:
    return getattr(conversation.mother, "facility_code", None)


def _country(conversation: Dialogue, settings) -> str:
    if conversation.mother is not None:
        return conversation.mother.country
    return country_of(conversation.phone, settings.DEFAULT_COUNTRY)


def _failed(form: Mapping[str, str], inbound: Inbound, error: Exception, settings) -> Reply:
    """The message could not be processed: a danger sign still gets its emergency reply (worked out without the
    database) and its alert; anything else gets an apology. The message is stored with the error if the database
    answers; if it does not either, the reply still goes back and the failure is logged."""
    turn, locale = _danger_only(inbound, settings)
    try:
        connection = db.session.connection()
        inbound_id = store.add_inbound(connection, _inbound_values(
            form, inbound, error=f"{type(error).__name__}: {error}"[:2000]))
        locale = locale or db.session.scalars(select(Conversation.locale)
                                              .where(Conversation.phone == inbound.phone)).first()
        text = render.for_channel(turn.text() or translate(locale or settings.DEFAULT_LOCALE, SORRY), inbound.channel)
        store.add_reply(connection, store.inline_reply(inbound.phone, inbound.channel, text, render.segments(text))
                        | {"inbound_id": inbound_id})
        records.write(turn.actions, conversation=Dialogue(phone=inbound.phone, channel=inbound.channel),
                      inbound_id=inbound_id, now=inbound.received_at)
        db.session.commit()
    except Exception:
        db.session.rollback()
        outbox.forget_wake()
        log.exception("message %s could not be stored after failing", form["MessageSid"])
        return Reply(render.for_channel(turn.text() or translate(locale or settings.DEFAULT_LOCALE, SORRY),
                                        inbound.channel), failed=True)
    outbox.wake()
    return Reply(text, failed=True)


def _danger_only(inbound: Inbound, settings) -> tuple[Turn, str | None]:
    """The danger check alone, on a blank conversation (it needs no database); the Turn and its language."""
    country = country_of(inbound.phone, settings.DEFAULT_COUNTRY)
    ctx = Context(conversation=Dialogue(phone=inbound.phone, channel=inbound.channel), inbound=inbound,
                  now=inbound.received_at, today=inbound.received_at.astimezone(ZoneInfo(settings.TIMEZONE)).date(),
                  country=country, default_locale=i18n.guess(inbound.text, country, settings.DEFAULT_LOCALE),
                  someone_to_alert=lambda: _safely(alerts.someone_to_alert, None))
    urgent.check(ctx)
    if not any(action.data.get("urgency") == "now" for action in ctx.turn.actions):
        return Turn(), None  # only a go-now sign is answered from here; anything else gets the apology
    return ctx.turn, ctx.locale


def _safely(function, *args) -> bool:
    try:
        return function(*args)
    except Exception:
        db.session.rollback()
        return False


def simulated(phone: str, channel: str, text: str) -> dict[str, str]:
    """The form Twilio would post for this message (the simulator and `flask chat` use it)."""
    import uuid

    origin = f"whatsapp:{phone}" if channel == "whatsapp" else phone
    return {"MessageSid": "SM" + uuid.uuid4().hex, "From": origin, "To": SIMULATED_TO, "Body": text,
            "NumMedia": "0"}
