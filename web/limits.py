"""What a Twilio webhook may carry. A request outside these limits gets a 4xx and a log line without its content.

Twilio's own limits are far below these: a MessageSid is 34 characters, a Body at most 1600, and a message has a
few dozen parameters. Anything odd but plausible inside the limits (a longer Body, a control character, a new
parameter) is stored cleaned and cut to size by the service layer and answered as usual.
"""
from __future__ import annotations

import re
from typing import Mapping

MAX_REQUEST_BYTES = 64 * 1024  # Flask's MAX_CONTENT_LENGTH: a larger body is refused with 413 before parsing
MAX_PARAMETERS = 100
SID = re.compile(r"[A-Za-z]{2}[A-Za-z0-9]{1,62}")  # two letters and up to 64 in all (the column's width)
STATUS = re.compile(r"[a-z_]{1,20}")  # queued, delivered, partially_delivered ...; new values are kept
ERROR_CODE = re.compile(r"[0-9]{1,10}")


class Refused(ValueError):
    """The request breaks a limit; the message says which one and never repeats what was sent."""


def check_message(form: Mapping[str, str]) -> None:
    """An inbound message's shape; the sender's address is checked by its parser (bot.inbound)."""
    _check_size(form)
    _check_sid(form.get("MessageSid"))
    if not form.get("From"):
        raise Refused("From is required")


def check_status(form: Mapping[str, str]) -> None:
    """A delivery status callback's shape."""
    _check_size(form)
    _check_sid(form.get("MessageSid"))
    if not STATUS.fullmatch(form.get("MessageStatus") or ""):
        raise Refused("MessageStatus is missing or not a status")
    if form.get("ErrorCode") and not ERROR_CODE.fullmatch(form["ErrorCode"]):
        raise Refused("ErrorCode is not a number")


def safe_sid(form: Mapping[str, str]) -> str:
    """The MessageSid for a log line, only when it has the shape of one."""
    sid = form.get("MessageSid") or ""
    return sid if SID.fullmatch(sid) else "(none)"


def _check_size(form: Mapping[str, str]) -> None:
    items = form.items(multi=True) if hasattr(form, "getlist") else form.items()  # a repeated name counts each time
    if sum(1 for _ in items) > MAX_PARAMETERS:
        raise Refused(f"more than {MAX_PARAMETERS} parameters")


def _check_sid(sid: str | None) -> None:
    if not sid:
        raise Refused("MessageSid is required")
    if not SID.fullmatch(sid):
        raise Refused("MessageSid is not a Twilio SID (two letters, then letters and digits, 64 at most)")
