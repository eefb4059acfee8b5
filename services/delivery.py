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
from sqlalchemy import select, update

from models import Conversation, OutboundMessage, StatusEvent, db
from models.base import aware
from services import alerts, outbox, queues, reachability, sender, whatsapp
from services.jobs import in_app_context
from services.ratelimit import RateLimiter

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5
BACKOFF = (10, 60, 300, 900)  # seconds before the 2nd, 3rd, 4th and 5th attempt
JOB_SLICE = 1.0  # seconds a job sends before it makes way for higher-priority jobs
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
    for position, row_id in enumerate(ids):
        if time.monotonic() - started > JOB_SLICE:
            _continue_later(ids[position:])
            break
        outcome = send_one(row_id, now_utc() + ahead)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        if outcome == "paced":
            _release(ids[position + 1:])
            break
    return outcomes


def send_one(row_id: int, now: datetime) -> str:
    row = _claim(row_id, now)
    if row is None:
        return "not queued"
    if aware(row.not_after) is not None and aware(row.not_after) < now:
        return _finish(row, "expired", now, "past its validity")
    if _opted_out(row.phone):
        return _finish(row, "skipped", now, "opted_out", code="opted_out")
    slot = _limiter().reserve(_sender_key(row.channel), _cost(row), _rate(row.channel), now.timestamp(), MAX_WAIT)
    if not slot.granted:
        _unclaim(row, now + timedelta(seconds=slot.wait))
        return "paced"
    if slot.wait > 0:
        time.sleep(slot.wait)
    return _call_twilio(row, now)


def _claim(row_id: int, now: datetime):
    claimed = db.session.execute(
        update(OutboundMessage.__table__)
        .where(_COLUMNS.id == row_id, _COLUMNS.status == "queued")
        .values(status="sending", claimed_at=now, attempts=_COLUMNS.attempts + 1)
        .returning(*_COLUMNS)).first()
    db.session.commit()  # the claim stands before anything leaves: a second worker finds it taken
    return claimed


def _unclaim(row, due_at: datetime) -> None:
    db.session.execute(update(OutboundMessage.__table__).where(_COLUMNS.id == row.id)
                       .values(status="queued", claimed_at=None, handed_at=None, due_at=due_at,
                               attempts=_COLUMNS.attempts - 1))
    db.session.commit()


def _call_twilio(row, now: datetime) -> str:
    try:
        sid = sender.current().send(row.phone, row.channel, row.body, _status_callback(), template=row.template,
                                    variables=row.variables)
    except sender.SendError as error:
        return _failed_attempt(row, error, now)
    return mark_sent(row, sid, now)


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


def _opted_out(phone: str) -> bool:
    return bool(db.session.scalar(select(Conversation.opted_out).where(Conversation.phone == phone)))


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
