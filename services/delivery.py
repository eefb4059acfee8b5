"""Proactive messages: queue a row, send it from an RQ job, and track Twilio's status callbacks.

`enqueue_message` adds an outbound row in the caller's transaction and returns the job to start after commit.
`send(outbound_id)` is that job: it re-reads the row and is safe to run twice (only a queued row is sent).
"""
from __future__ import annotations

import logging
from datetime import timedelta
from typing import Callable

from flask import current_app
from rq import Retry
from sqlalchemy import select

from bot import render
from services.jobs import in_app_context
from models import Conversation, OutboundMessage, StatusEvent, db, utcnow
from models.base import aware
from services import queues, sender

log = logging.getLogger(__name__)
WHATSAPP_WINDOW = timedelta(hours=24)  # free-form WhatsApp only within 24 h of her last message (Twilio 63016)
RETRY = Retry(max=3, interval=[10, 60, 300])  # seconds; for 429 and 5xx from Twilio
STATUS_CALLBACK_PATH = "/twilio/status"  # web.twilio_hooks.status_callback
STATUS_RANK = {"queued": 0, "accepted": 0, "scheduled": 0, "sending": 1, "sent": 2, "failed": 3,
               "undelivered": 3, "delivered": 4, "read": 5}


def enqueue_message(phone: str, channel: str, body: str, kind: str, queue: str = "default") -> Callable[[], None]:
    text = render.for_channel(body, channel)
    row = OutboundMessage(phone=phone, channel=channel, body=text, kind=kind, status="queued",
                          segments=render.segments(text))
    db.session.add(row)
    db.session.flush()
    row_id = row.id
    return lambda: queues.queue(queue).enqueue(send, row_id, job_id=f"outbound-{row_id}", retry=RETRY)


@in_app_context
def send(outbound_id: int) -> str:
    """The job. Returns what happened, for the job's result."""
    row = db.session.get(OutboundMessage, outbound_id)
    if row is None or row.status != "queued":
        return "nothing to do"
    reason = _blocked(row)
    if reason:
        return _finish(row, "skipped", reason)
    try:
        row.twilio_sid = sender.current().send(row.phone, row.channel, row.body, _status_callback())
    except sender.SendError as error:
        if error.retryable:
            db.session.rollback()
            raise  # RQ retries with RETRY's intervals
        return _finish(row, "failed", error.code or "error")
    row.sent_at = utcnow()
    return _finish(row, "sent", None)


def _blocked(row: OutboundMessage) -> str | None:
    conversation = db.session.scalars(select(Conversation).where(Conversation.phone == row.phone)).first()
    if conversation is None:
        return None  # health workers and other staff have no conversation with the bot
    if conversation.opted_out and row.kind != "alert":
        return "opted_out"
    last = aware(conversation.last_inbound_at)
    if row.channel == "whatsapp" and (last is None or utcnow() - last > WHATSAPP_WINDOW):
        return "outside_24h_window"
    return None


def _finish(row: OutboundMessage, status: str, error_code: str | None) -> str:
    row.status, row.error_code = status, error_code
    db.session.commit()
    log.info("outbound %s %s %s", row.id, status, error_code or "")
    return status


def _status_callback() -> str | None:
    base = current_app.config["AAMCARE"].PUBLIC_BASE_URL
    return base.rstrip("/") + STATUS_CALLBACK_PATH if base else None


def record_status(message_sid: str, status: str, error_code: str | None) -> None:
    """Keep every event; move the message's status only forward (callbacks come out of order)."""
    db.session.add(StatusEvent(message_sid=message_sid, status=status, error_code=error_code))
    row = db.session.scalars(select(OutboundMessage).where(OutboundMessage.twilio_sid == message_sid)).first()
    if row is not None and STATUS_RANK.get(status, -1) > STATUS_RANK.get(row.status, -1):
        row.status = status
        row.error_code = error_code or row.error_code
    db.session.commit()
