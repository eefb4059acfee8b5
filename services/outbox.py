"""The outbox: every proactive message is a row, written in the transaction of the decision that causes it.

`add` and `add_many` write rows in the caller's session and decide, from the `now` of that decision, how each
will go: by SMS or WhatsApp, free-form inside her 24-hour window or as an approved template outside it, or not
at all (opted out, unreachable, nothing to send it with: kept as "skipped"). Nothing here calls Twilio. After
the caller commits, `wake()` hands the new rows to the workers; if that hand-off is lost (Redis down, a worker
killed), the dispatcher pass (services.dispatcher) finds the rows anyway, so a message is delayed, never lost.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import datetime, timedelta
from typing import Iterable

from flask import current_app
from sqlalchemy import String, any_, bindparam, cast, insert, select, text, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects import sqlite

from bot import render
from models import Conversation, OutboundEvent, OutboundMessage, Reachability, crypto, db
from models.base import aware
from services import whatsapp

log = logging.getLogger(__name__)
PRIORITIES = ("high", "default", "bulk")
# How long a message is worth sending after it was due; past this it expires instead of arriving late.
VALIDITY = {"alert": timedelta(hours=6), "notice": timedelta(hours=24), "reply": timedelta(hours=48),
            "broadcast": timedelta(hours=24), "consent_request": timedelta(hours=48)}
DEFAULT_VALIDITY = timedelta(hours=12)  # reminders and weekly messages
IMPORTANT = frozenset({"alert", "notice", "checkup_reminder", "vaccine_reminder", "followup"})  # SMS if WhatsApp fails
OPEN = ("queued", "sending")  # a row still to be sent (or being sent)
FINAL = ("sent", "delivered", "read", "failed", "undelivered", "expired", "skipped", "cancelled")
_BATCH = 1000


@dataclass(frozen=True)
class Draft:
    """A message to be sent. See README's "Outbox" section for the meaning of each field."""

    phone: str
    kind: str
    body: str
    locale: str = "en"
    channel: str | None = None
    priority: str = "default"
    due_at: datetime | None = None
    not_after: datetime | None = None
    natural_key: str | None = None
    variables: dict = field(default_factory=dict)
    mother_id: int | None = None
    alert_id: int | None = None
    broadcast_id: int | None = None


@dataclass(frozen=True)
class Recipient:
    """What the outbox knows about a number when it queues a message for it."""

    channel: str | None = None
    opted_out: bool = False
    last_inbound_at: datetime | None = None
    unreachable: bool = False


def add(draft: Draft, *, now: datetime) -> int | None:
    """Write one row in the caller's transaction; its id, or None when its natural key was already there."""
    values = _row(draft, _recipients([draft.phone]).get(draft.phone, Recipient()), now)
    if draft.natural_key and _exists(draft.natural_key):
        return None
    row = OutboundMessage(**values)
    db.session.add(row)
    db.session.flush()
    if row.status == "queued" and row.due_at <= now:
        row.handed_at = now  # wake() hands it over right after commit; the dispatcher only if that is lost
        db.session.info.setdefault("outbox_wake", []).append((row.id, row.priority))
    return row.id


def add_many(drafts: Iterable[Draft], *, now: datetime) -> int:
    """Write many rows in batches (reminders, broadcasts); rows whose natural key exists are left out.

    The rows are handed to the workers by the dispatcher pass; `wake()` after commit asks for one at once."""
    written = 0
    batch: list[Draft] = []
    for draft in drafts:
        batch.append(draft)
        if len(batch) == _BATCH:
            written += _insert_batch(batch, now)
            batch = []
    if batch:
        written += _insert_batch(batch, now)
    if written:
        db.session.info["outbox_dispatch"] = True
    return written


def cancel(*, now: datetime, phone: str | None = None, mother_id: int | None = None,
           kinds: Iterable[str] | None = None, reason: str = "cancelled") -> int:
    """Every row still queued for her (of these kinds) is cancelled; rows already with a worker are not."""
    if phone is None and mother_id is None:
        raise ValueError("cancel needs a phone or a mother_id")
    db.session.flush()  # rows changed through the ORM in this transaction count too
    table = OutboundMessage.__table__
    where = [table.c.status == "queued"]
    if phone is not None:
        where.append(table.c.phone == phone)
    if mother_id is not None:
        where.append(table.c.mother_id == mother_id)
    if kinds is not None:
        where.append(table.c.kind.in_(list(kinds)))
    ids = db.session.scalars(select(table.c.id).where(*where)).all()
    if ids:
        db.session.execute(update(table).where(table.c.id.in_(ids), table.c.status == "queued")
                           .values(status="cancelled", error_code=reason[:40]))
        record_events(ids, "cancelled", now, reason)
    return len(ids)


def wake() -> None:
    """After commit: hand the rows just added to the workers. Never raises: the dispatcher is the safety net."""
    from services import dispatcher

    rows = db.session.info.pop("outbox_wake", [])
    full_pass = db.session.info.pop("outbox_dispatch", False)
    try:
        for priority in PRIORITIES:
            ids = [row_id for row_id, row_priority in rows if row_priority == priority]
            if ids:
                dispatcher.enqueue_send(ids, priority)
        if full_pass:
            dispatcher.enqueue_pass()
    except Exception:  # Redis down: the rows are committed and the dispatcher will find them
        log.warning("could not hand %d new outbox rows to the workers now; the dispatcher will", len(rows),
                    exc_info=True)
        _not_handed([row_id for row_id, _ in rows])


def _not_handed(ids: list[int]) -> None:
    """The hand-off failed: the dispatcher's first pass takes these rows, not one a timeout later."""
    if not ids:
        return
    try:
        db.session.execute(update(OutboundMessage.__table__)
                           .where(OutboundMessage.id.in_(ids), OutboundMessage.status == "queued")
                           .values(handed_at=None))
        db.session.commit()
    except Exception:  # the database is away too: the handed-over timeout brings them back
        db.session.rollback()
        log.warning("could not mark %d outbox rows as not handed over", len(ids), exc_info=True)


def forget_wake() -> None:
    """After a rollback: the rows are gone, so there is nothing to hand over."""
    db.session.info.pop("outbox_wake", None)
    db.session.info.pop("outbox_dispatch", None)


def record_events(ids: Iterable[int], status: str, now: datetime, detail: str | None = None) -> None:
    rows = [{"outbound_id": row_id, "status": status, "at": now, "detail": (detail or None) and detail[:200]}
            for row_id in ids]
    if rows:
        db.session.execute(insert(OutboundEvent.__table__), rows)


def settings():
    return current_app.config["AAMCARE"]


def _row(draft: Draft, recipient: Recipient, now: datetime) -> dict:
    if draft.priority not in PRIORITIES:
        raise ValueError(f"unknown priority {draft.priority!r}")
    channel, template, variables, skipped = _route(draft, recipient, now)
    body, segments = _rendered(draft.body, channel)
    due = draft.due_at or now
    return {"phone": draft.phone, "phone_index": draft.phone, "channel": channel, "body": body, "kind": draft.kind,
            "locale": draft.locale,
            "priority": draft.priority, "status": "skipped" if skipped else "queued", "error_code": skipped,
            "segments": segments, "created_at": now, "due_at": due,
            "not_after": draft.not_after or due + VALIDITY.get(draft.kind, DEFAULT_VALIDITY),
            "natural_key": draft.natural_key, "template": template, "variables": variables,
            "mother_id": draft.mother_id, "alert_id": draft.alert_id, "broadcast_id": draft.broadcast_id,
            "attempts": 0}


@lru_cache(maxsize=256)
def _rendered(body: str, channel: str) -> tuple[str, int]:
    """The body as sent on the channel, and its SMS segments (a broadcast repeats one body many times)."""
    rendered = render.for_channel(body, channel)
    return rendered, render.segments(rendered)


def _route(draft: Draft, recipient: Recipient, now: datetime) -> tuple[str, str | None, dict | None, str | None]:
    """(channel, template ContentSid, its variables, why it is skipped) as decided at `now`."""
    channel = draft.channel or recipient.channel or "sms"
    if recipient.opted_out:
        return channel, None, None, "opted_out"
    if recipient.unreachable:
        return channel, None, None, "unreachable"
    if channel == "whatsapp" and not whatsapp.window_open(recipient.last_inbound_at, now):
        template = whatsapp.template(draft.kind, draft.locale)
        if template is not None:
            return channel, template.sid, template.variables(draft.variables), None
        channel = "sms"  # never free-form WhatsApp outside her window
    if channel == "sms" and not _can_send_sms():
        return channel, None, None, "not_sendable"
    return channel, None, None, None


def _can_send_sms() -> bool:
    config = settings()
    faked = not (config.TWILIO_ACCOUNT_SID and config.TWILIO_AUTH_TOKEN)
    return faked or bool(config.TWILIO_SMS_FROM or config.TWILIO_MESSAGING_SERVICE_SID)


def _recipients(phones: list[str]) -> dict[str, Recipient]:
    found: dict[str, dict] = {phone: {} for phone in phones}
    conversations = Conversation.__table__
    for row in db.session.execute(select(conversations.c.phone, conversations.c.channel, conversations.c.opted_out,
                                         conversations.c.last_inbound_at).where(_among(conversations, phones))):
        found[row.phone] |= {"channel": row.channel, "opted_out": row.opted_out,
                             "last_inbound_at": aware(row.last_inbound_at)}
    reach = Reachability.__table__
    for phone in db.session.scalars(select(reach.c.phone).where(_among(reach, phones),
                                                                reach.c.unreachable_since.is_not(None))):
        found[phone]["unreachable"] = True
    return {phone: Recipient(**values) for phone, values in found.items()}


def _among(table, phones: list[str]):
    """`phone IN phones`; on PostgreSQL as one array parameter of their blind indexes, so a batch of 1,000 is a
    short statement."""
    if len(phones) > 1 and db.session.get_bind().dialect.name == "postgresql":
        indexes = [crypto.keyring().blind(phone) for phone in phones]
        return table.c.phone_index == any_(cast(bindparam(None, indexes, type_=ARRAY(String)), ARRAY(String)))
    return table.c.phone.in_(phones)


def _exists(natural_key: str) -> bool:
    return db.session.scalar(select(OutboundMessage.id).where(OutboundMessage.natural_key == natural_key)) is not None


def _insert_batch(drafts: list[Draft], now: datetime) -> int:
    recipients = _recipients(sorted({draft.phone for draft in drafts}))
    rows = [_row(draft, recipients[draft.phone], now) for draft in drafts]
    if db.session.get_bind().dialect.name == "postgresql":
        return _insert_from_json(rows)
    table = OutboundMessage.__table__
    statement = sqlite.insert(table).on_conflict_do_nothing(index_elements=["natural_key"]).returning(table.c.id)
    return len(db.session.execute(statement, rows).all())


# PostgreSQL: the whole batch as one JSON parameter, turned back into rows by the server, is one short statement.
# A multi-row VALUES list has a placeholder per value, which the driver parses again for every batch, and arrays
# per column are escaped value by value in Python: either made queueing 100,000 rows take minutes.
_TYPES = {"phone": "text", "phone_index": "text", "channel": "text", "body": "text", "kind": "text", "locale": "text",
          "priority": "text",
          "status": "text", "error_code": "text", "segments": "int", "created_at": "timestamptz",
          "due_at": "timestamptz", "not_after": "timestamptz", "natural_key": "text", "template": "text",
          "variables": "text", "mother_id": "int", "alert_id": "int", "broadcast_id": "int", "attempts": "int"}
_RECORD = ", ".join(f"{name} {kind}" for name, kind in _TYPES.items())
_FROM_JSON = text(
    f"INSERT INTO outbound_messages ({', '.join(_TYPES)}) SELECT {', '.join(_TYPES)} "
    f"FROM json_to_recordset(CAST(:rows AS json)) AS row({_RECORD}) ON CONFLICT (natural_key) DO NOTHING")


def _insert_from_json(rows: list[dict]) -> int:
    sealed = [row | _sealed(row) for row in rows]  # a text statement has no column types to do it
    return db.session.execute(_FROM_JSON, {"rows": json.dumps(sealed, default=datetime.isoformat)}).rowcount


def _sealed(row: dict) -> dict:
    keyring, variables = crypto.keyring(), row["variables"]
    return {"phone": keyring.seal(row["phone"]), "phone_index": keyring.blind(row["phone"]),
            "body": keyring.seal(row["body"]),
            "variables": None if variables is None else keyring.seal(crypto.EncryptedJSON.dump(variables))}
