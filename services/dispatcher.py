"""The dispatcher pass: what makes the outbox, not Redis, the source of truth.

Every worker runs a pass every OUTBOX_DISPATCH_SECONDS (`flask --app app outbox tick` runs one by hand). A pass
1. expires rows still queued past their validity,
2. checks rows stuck in "sending" (a worker died, or Twilio answered 5xx) with Twilio before sending them again,
3. escalates alerts nobody acknowledged in time (services.alerts),
4. hands due rows that no worker has to the queues, high first, in batches, while the queues are short.
So a lost enqueue, a killed worker or a flushed Redis delays a message; it never loses it.
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import case, select, update

from models import OutboundMessage, db
from models.base import aware
from services import alerts, delivery, outbox, queues, sender
from services.jobs import in_app_context

log = logging.getLogger(__name__)
BATCH = 50  # rows per send job
QUEUE_DEPTH = 40  # a queue holding this many jobs gets no more this pass: the rows wait in the database
HAND_LIMIT = 4000  # rows per priority per pass
_COLUMNS = OutboundMessage.__table__.c
_TABLE = OutboundMessage.__table__
_PRIORITY_ORDER = case({"high": 0, "default": 1}, value=_COLUMNS.priority, else_=2)


def dispatch(now: datetime) -> dict[str, int]:
    """One pass at `now`; counts of what it did."""
    done = {"expired": expire(now), "checked": check_stuck(now), "escalated": alerts.escalate_due(now)}
    db.session.commit()
    outbox.wake()
    done["handed"] = hand_over(now)
    return done


def expire(now: datetime) -> int:
    ids = db.session.scalars(select(_COLUMNS.id).where(_COLUMNS.status == "queued", _COLUMNS.not_after < now)
                             .limit(HAND_LIMIT)).all()
    if ids:
        db.session.execute(update(_TABLE).where(_COLUMNS.id.in_(ids), _COLUMNS.status == "queued")
                           .values(status="expired"))
        outbox.record_events(ids, "expired", now, "not sent within its validity")
        for alert_id in set(db.session.scalars(select(_COLUMNS.alert_id).where(
                _COLUMNS.id.in_(ids), _COLUMNS.alert_id.is_not(None)))):
            alerts.message_failed(alert_id, now)
    return len(ids)


def check_stuck(now: datetime) -> int:
    """Rows claimed long ago: if Twilio has the message, it was sent; if not, it goes back in the queue."""
    timeout = timedelta(seconds=current_app.config["AAMCARE"].OUTBOX_SENDING_TIMEOUT_SECONDS)
    stuck = db.session.execute(select(_TABLE).where(_COLUMNS.status == "sending", _COLUMNS.claimed_at < now - timeout)
                               .limit(200)).all()
    for row in stuck:
        try:
            sid = sender.current().find(row.phone, row.channel, row.body, aware(row.claimed_at))
        except sender.SendError:
            log.warning("could not ask Twilio about outbound %s; trying again next pass", row.id)
            continue
        if sid is not None:
            delivery.mark_sent(row, sid, now, "found at Twilio after an interrupted send")
        elif row.attempts >= delivery.MAX_ATTEMPTS:
            delivery.fail(row, now, row.error_code or "interrupted", "no answer after repeated attempts")
        else:
            db.session.execute(update(_TABLE).where(_COLUMNS.id == row.id, _COLUMNS.status == "sending")
                               .values(status="queued", claimed_at=None, handed_at=None, due_at=now))
            outbox.record_events([row.id], "queued", now, "interrupted send, not found at Twilio: sent again")
    return len(stuck)


def hand_over(now: datetime) -> int:
    """Due rows no worker has, or that were handed over OUTBOX_HANDED_TIMEOUT_SECONDS ago and are still queued
    (their job was lost with Redis, or its worker was killed), go to the queues."""
    handed = 0
    timeout = timedelta(seconds=current_app.config["AAMCARE"].OUTBOX_HANDED_TIMEOUT_SECONDS)
    for priority in outbox.PRIORITIES:
        room = (QUEUE_DEPTH - queues.queue(priority).count) * BATCH
        if room <= 0:
            continue
        ids = db.session.scalars(
            select(_COLUMNS.id).where(_COLUMNS.status == "queued", _COLUMNS.priority == priority,
                                      _COLUMNS.due_at <= now,
                                      (_COLUMNS.handed_at.is_(None)) | (_COLUMNS.handed_at < now - timeout))
            .order_by(_COLUMNS.due_at, _COLUMNS.id).limit(min(room, HAND_LIMIT))).all()
        if not ids:
            continue
        db.session.execute(update(_TABLE).where(_COLUMNS.id.in_(ids)).values(handed_at=now))
        db.session.commit()  # handed_at first: a crash after the enqueue must not hand them twice at once
        for start in range(0, len(ids), BATCH):
            enqueue_send(ids[start:start + BATCH], priority, now)
        handed += len(ids)
    return handed


def enqueue_send(ids: list[int], priority: str, now: datetime | None = None) -> None:
    queues.queue(priority).enqueue(delivery.send, list(ids), now.isoformat() if now else None,
                                   job_id=f"outbound-{ids[0]}-{len(ids)}-{_token()}", result_ttl=60,
                                   failure_ttl=86400)


def enqueue_pass() -> None:
    queues.queue("high").enqueue(run_pass, job_id=f"dispatch-{_token()}", result_ttl=0)


@in_app_context
def run_pass() -> dict[str, int]:
    return dispatch(delivery.now_utc())


def _token() -> str:
    import uuid

    return uuid.uuid4().hex[:12]
