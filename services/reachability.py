"""Whether a number can be reached: consecutive failures mark it unreachable; Twilio's 21610 opts it out."""
from __future__ import annotations

from datetime import datetime

from flask import current_app
from sqlalchemy import select, update

from models import ConsentEvent, Conversation, Reachability, db

_TABLE = Reachability.__table__


def succeeded(phone: str, now: datetime) -> None:
    db.session.execute(update(_TABLE).where(_TABLE.c.phone == phone, _TABLE.c.consecutive_failures > 0)
                       .values(consecutive_failures=0, unreachable_since=None, reason=None, updated_at=now))


def succeeded_among(phones: set[str], now: datetime) -> None:
    db.session.execute(update(_TABLE).where(_TABLE.c.phone.in_(phones), _TABLE.c.consecutive_failures > 0)
                       .values(consecutive_failures=0, unreachable_since=None, reason=None, updated_at=now))


def failed(phone: str, reason: str, now: datetime) -> None:
    record = _record(phone, now)
    record.consecutive_failures += 1
    record.reason, record.updated_at = reason[:40], now
    if record.consecutive_failures >= current_app.config["AAMCARE"].UNREACHABLE_AFTER_FAILURES:
        record.unreachable_since = record.unreachable_since or now


def invalid(phone: str, reason: str, now: datetime) -> None:
    """Twilio says the number cannot receive messages at all (21211, 21614)."""
    record = _record(phone, now)
    record.consecutive_failures += 1
    record.reason, record.updated_at = f"invalid {reason}"[:40], now
    record.unreachable_since = record.unreachable_since or now


def opted_out(phone: str, channel: str, now: datetime) -> None:
    """Twilio refused with 21610: she sent STOP to the carrier. Nothing more goes to her until START."""
    conversation = db.session.scalars(select(Conversation).where(Conversation.phone == phone)).first()
    if conversation is None:
        conversation = Conversation(phone=phone, channel=channel, state="new", data={}, created_at=now)
        db.session.add(conversation)
    if not conversation.opted_out:
        conversation.opted_out = True
        db.session.add(ConsentEvent(phone=phone, kind="opt_out", channel=channel, created_at=now))


def unreachable(phone: str) -> bool:
    return db.session.scalar(select(_TABLE.c.unreachable_since).where(_TABLE.c.phone == phone)) is not None


def _record(phone: str, now: datetime) -> Reachability:
    record = db.session.get(Reachability, phone)
    if record is None:
        record = Reachability(phone=phone, consecutive_failures=0, updated_at=now)
        db.session.add(record)
    return record
