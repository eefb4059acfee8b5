"""Sending outbox rows (the job the workers run) and Twilio's status callbacks.

`send(ids)` takes a batch of row ids. For each row it paces the sender (services.ratelimit), claims the row
(status "sending", only one worker can), calls Twilio and writes down the result. A row is claimed and its claim
committed before the API call, so a worker killed after Twilio accepted leaves a row "sending" that the
dispatcher checks with Twilio before it ever sends it again. Errors are acted on: 429, 5xx and the network are
retried with capped backoff (a 5xx or timeout is first checked with Twilio: it may have been accepted); 21610
opts the number out; 21211/21614 mark it invalid; 63016 (outside the WhatsApp window) retries as a template or
by SMS; repeated failures mark a number unreachable; an important message that fails on WhatsApp goes by SMS.
"""
from __future__ import annotations

import logging
import time
from datetime import datetime, timedelta, timezone

from flask import current_app
from sqlalchemy import bindparam, insert, select, update

from models import Conversation, OutboundEvent, OutboundMessage, StatusEvent, db
from models.base import aware
from services import alerts, outbox, queues, reachability, sender, whatsapp
from services.jobs import in_app_context
from services.ratelimit import RateLimiter

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5
BACKOFF = (10, 60, 300, 900)  # seconds before the 2nd, 3rd, 4th and 5th attempt
JOB_SLICE = 1.0  # seconds a job sends before it makes way for higher-priority jobs
CLAIM_BATCH = 10  # rows claimed, and written down, together: a killed worker leaves at most this many "sending"
MAX_WAIT = 1.0  # seconds a worker may wait for its sender's next free moment; longer and the row waits instead
STATUS_CALLBACK_PATH = "/twilio/status"  # web.twilio_hooks.status_callback
STATUS_RANK = {"queued": 0, "accepted": 0, "scheduled": 0, "sending": 1, "sent": 2, "failed": 3,
               "undelivered": 3, "delivered": 4, "read": 5}
OPTED_OUT, INVALID, OUTSIDE_WINDOW = {"21610"}, {"21211", "21614"}, {"63016"}
BLOCKED = {"63014", "63024"}
_COLUMNS = OutboundMessage.__table__.c


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


@in_app_context
def send(ids: list[int], at: str | None = None) -> dict[str, int]:
    """The job: send these rows (safe to run twice: only a queued row is sent). Counts of what happened.

    `at`: the present of whoever handed them over, when that is later than this worker's clock (an operator's or
    a test's `--now`); the job then acts as of that moment."""
    started = time.monotonic()
    ahead = max(timedelta(0), aware(datetime.fromisoformat(at)) - now_utc()) if at else timedelta(0)
    outcomes: dict[str, int] = {}
    for position in range(0, len(ids), CLAIM_BATCH):
        if time.monotonic() - started > JOB_SLICE:
            _continue_later(ids[position:])
            break
        done = _send_claimed(_claim_many(ids[position:position + CLAIM_BATCH], now_utc() + ahead), ahead)
        done["not queued"] = len(ids[position:position + CLAIM_BATCH]) - sum(done.values())
        for outcome, count in done.items():
            outcomes[outcome] = outcomes.get(outcome, 0) + count
        if done.get("paced"):
            _release(ids[position + CLAIM_BATCH:])
            break
    return {outcome: count for outcome, count in outcomes.items() if count}


def _send_claimed(rows: list, ahead: timedelta) -> dict[str, int]:
    """Send rows this worker has claimed. Rows Twilio accepted are written down together at the end (a crash
    before that leaves them "sending", and the dispatcher finds them at Twilio); anything else at once."""
    outcomes: dict[str, int] = {}
    accepted: list[tuple] = []
    opted_out = _opted_out_among({row.phone for row in rows})
    for index, row in enumerate(rows):
        now = now_utc() + ahead
        outcome = _send_claimed_one(row, now, row.phone in opted_out, accepted)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        if outcome == "paced":
            for rest in rows[index + 1:]:
                _unclaim(rest, now)
            outcomes["paced"] += len(rows) - index - 1
            break
    _record_accepted(accepted)
    return outcomes


def _send_claimed_one(row, now: datetime, opted_out: bool, accepted: list) -> str:
    if aware(row.not_after) is not None and aware(row.not_after) < now:
        return _finish(row, "expired", now, "past its validity")
    if opted_out:
        return _finish(row, "skipped", now, "opted_out", code="opted_out")
    slot = _limiter().reserve(_sender_key(row.channel), _cost(row), _rate(row.channel), now.timestamp(), MAX_WAIT)
    if not slot.granted:
        _unclaim(row, now + timedelta(seconds=slot.wait))
        return "paced"
    if slot.wait > 0:
        time.sleep(slot.wait)
    try:
        sid = sender.current().send(row.phone, row.channel, row.body, _status_callback(), template=row.template,
                                    variables=row.variables)
    except sender.SendError as error:
        return _failed_attempt(row, error, now)
    if row.alert_id is not None:  # an alert's state moves with its message: written at once
        return mark_sent(row, sid, now)
    accepted.append((row, sid, now))
    return "sent"


def _record_accepted(accepted: list[tuple]) -> None:
    """What Twilio accepted, in three statements however many rows."""
    if not accepted:
        return
    db.session.execute(update(OutboundMessage.__table__).where(_COLUMNS.id == bindparam("row_id"))
                       .values(status="sent", twilio_sid=bindparam("sid"), sent_at=bindparam("at"), error_code=None),
                       [{"row_id": row.id, "sid": sid, "at": at} for row, sid, at in accepted])
    db.session.execute(insert(OutboundEvent.__table__), [{"outbound_id": row.id, "status": "sent", "at": at,
                                                          "detail": None} for row, _, at in accepted])
    reachability.succeeded_among({row.phone for row, _, _ in accepted}, accepted[-1][2])
    db.session.commit()
    for row, _, _ in accepted:
        log.info("outbound %s %s sent", row.id, row.kind)


def _claim(row_id: int, now: datetime):
    claimed = _claim_many([row_id], now)
    return claimed[0] if claimed else None


def _claim_many(ids: list[int], now: datetime) -> list:
    """Claim the rows still queued: the claim is committed before anything leaves, so a second worker finds
    them taken, and a worker killed from here on leaves them "sending" for the dispatcher to check with Twilio."""
    claimed = db.session.execute(
        update(OutboundMessage.__table__)
        .where(_COLUMNS.id.in_(ids), _COLUMNS.status == "queued")
        .values(status="sending", claimed_at=now, attempts=_COLUMNS.attempts + 1)
        .returning(*_COLUMNS)).all()
    db.session.commit()
    order = {row_id: position for position, row_id in enumerate(ids)}
    return sorted(claimed, key=lambda row: order[row.id])


def _unclaim(row, due_at: datetime) -> None:
    db.session.execute(update(OutboundMessage.__table__).where(_COLUMNS.id == row.id)
                       .values(status="queued", claimed_at=None, handed_at=None, due_at=due_at,
                               attempts=_COLUMNS.attempts - 1))
    db.session.commit()


def mark_sent(row, sid: str, now: datetime, detail: str | None = None) -> str:
    db.session.execute(update(OutboundMessage.__table__).where(_COLUMNS.id == row.id)
                       .values(status="sent", twilio_sid=sid, sent_at=now, error_code=None))
    outbox.record_events([row.id], "sent", now, detail)
    reachability.succeeded(row.phone, now)
    if row.alert_id is not None:
        alerts.message_sent(row.alert_id, now)
    db.session.commit()
    log.info("outbound %s %s sent", row.id, row.kind)
    return "sent"


def _failed_attempt(row, error: sender.SendError, now: datetime) -> str:
    code = error.code or "error"
    if error.retryable and row.attempts < MAX_ATTEMPTS:
        wait = error.retry_after or BACKOFF[min(row.attempts, len(BACKOFF)) - 1]
        if error.retry_after and code in ("429", "20429"):
            _limiter().pause(_sender_key(row.channel), now.timestamp() + error.retry_after)
        if error.ambiguous:  # Twilio may have accepted it: the dispatcher asks Twilio before sending again
            return _await_check(row, now, wait, code)
        return _retry(row, now + timedelta(seconds=wait), now, code)
    if code in OUTSIDE_WINDOW and row.channel == "whatsapp" and not row.template:
        template = whatsapp.template(row.kind, row.locale or "en")
        if template is not None:
            return _retry(row, now, now, code, template=template.sid,
                          variables=template.variables({"text": row.body}))
    return fail(row, now, code, str(error))


def _retry(row, due_at: datetime, now: datetime, code: str, **changes) -> str:
    db.session.execute(update(OutboundMessage.__table__).where(_COLUMNS.id == row.id)
                       .values(status="queued", claimed_at=None, handed_at=None, due_at=due_at, error_code=code,
                               **changes))
    outbox.record_events([row.id], "queued", now, f"retry after {code}")
    db.session.commit()
    return "retry"


def _await_check(row, now: datetime, wait: float, code: str) -> str:
    timeout = current_app.config["AAMCARE"].OUTBOX_SENDING_TIMEOUT_SECONDS
    checked_at = now - timedelta(seconds=timeout) + timedelta(seconds=wait)
    db.session.execute(update(OutboundMessage.__table__).where(_COLUMNS.id == row.id)
                       .values(claimed_at=checked_at, error_code=code))
    outbox.record_events([row.id], "sending", now, f"{code}: to be checked with Twilio before a resend")
    db.session.commit()
    return "to check"


def fail(row, now: datetime, code: str, detail: str = "") -> str:
    """A row that will not be sent as it is: act on why, and on what it means for the number."""
    db.session.execute(update(OutboundMessage.__table__).where(_COLUMNS.id == row.id)
                       .values(status="failed", error_code=code[:40]))
    outbox.record_events([row.id], "failed", now, f"{code} {detail}".strip())
    after_failure(row, code, now)
    db.session.commit()
    outbox.wake()  # an SMS instead, or an alert's next circle
    log.info("outbound %s failed: %s", row.id, code)
    return "failed"


def after_failure(row, code: str, now: datetime) -> None:
    if code in OPTED_OUT:
        reachability.opted_out(row.phone, row.channel, now)
    elif code in INVALID:
        reachability.invalid(row.phone, code, now)
    else:
        reachability.failed(row.phone, code, now)
    if row.kind in outbox.IMPORTANT and row.channel == "whatsapp" and code not in OPTED_OUT | INVALID:
        outbox.add(outbox.Draft(phone=row.phone, kind=row.kind, body=row.body, locale=row.locale or "en",
                                channel="sms", priority=row.priority, not_after=aware(row.not_after),
                                natural_key=f"sms-instead-of:{row.id}", mother_id=row.mother_id,
                                alert_id=row.alert_id), now=now)
    elif row.alert_id is not None:
        alerts.message_failed(row.alert_id, now)


def _finish(row, status: str, now: datetime, detail: str, code: str | None = None) -> str:
    db.session.execute(update(OutboundMessage.__table__).where(_COLUMNS.id == row.id)
                       .values(status=status, error_code=code))
    outbox.record_events([row.id], status, now, detail)
    if row.alert_id is not None:
        alerts.message_failed(row.alert_id, now)
    db.session.commit()
    return status


def _continue_later(ids: list[int]) -> None:
    """The rest of the batch goes to the back of its queue, behind whatever arrived meanwhile."""
    from services import dispatcher

    priority = db.session.scalar(select(_COLUMNS.priority).where(_COLUMNS.id == ids[0])) or "default"
    dispatcher.enqueue_send(ids, priority)


def _release(ids: list[int]) -> None:
    """Rows this job will not get to: the dispatcher hands them over again when they are due."""
    if ids:
        db.session.execute(update(OutboundMessage.__table__)
                           .where(_COLUMNS.id.in_(ids), _COLUMNS.status == "queued").values(handed_at=None))
        db.session.commit()


def _opted_out_among(phones: set[str]) -> set[str]:
    if not phones:
        return set()
    return set(db.session.scalars(select(Conversation.phone).where(Conversation.phone.in_(phones),
                                                                   Conversation.opted_out.is_(True))))


def _cost(row) -> int:
    return row.segments if row.channel == "sms" else 1


def _rate(channel: str) -> float:
    settings = current_app.config["AAMCARE"]
    return settings.WHATSAPP_RATE_PER_SECOND if channel == "whatsapp" else settings.SMS_RATE_PER_SECOND


def _sender_key(channel: str) -> str:
    origin = sender.current().origin(channel)
    return f"{channel}:{next(iter(origin.values()))}"


def _limiter() -> RateLimiter:
    extensions = current_app.extensions
    if "rate_limiter" not in extensions:
        extensions["rate_limiter"] = RateLimiter(queues.redis())
    return extensions["rate_limiter"]


def _status_callback() -> str | None:
    base = current_app.config["AAMCARE"].PUBLIC_BASE_URL
    return base.rstrip("/") + STATUS_CALLBACK_PATH if base else None


def record_status(message_sid: str, status: str, error_code: str | None, now: datetime) -> None:
    """Keep every event; move the message's status only forward (callbacks come out of order)."""
    db.session.add(StatusEvent(message_sid=message_sid, status=status, error_code=error_code, received_at=now))
    row = db.session.scalars(select(OutboundMessage).where(OutboundMessage.twilio_sid == message_sid)).first()
    if row is not None and STATUS_RANK.get(status, -1) > STATUS_RANK.get(row.status, -1):
        row.status = status
        row.error_code = error_code or row.error_code
        outbox.record_events([row.id], status, now, error_code)
        if status in ("failed", "undelivered"):
            after_failure(row, error_code or status, now)
    db.session.commit()
    outbox.wake()
