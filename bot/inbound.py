"""What the engine sees of a message: who sent it, on which channel, and what it says."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Mapping

import phonenumbers

SMS, WHATSAPP = "sms", "whatsapp"
MAX_BODY = 1600  # Twilio's limit for Body


class BadSender(ValueError):
    """The From address is not a phone number we can answer."""


@dataclass(frozen=True)
class Inbound:
    phone: str  # E.164
    channel: str  # SMS | WHATSAPP
    text: str  # the body, or a button's payload when the body is empty
    received_at: datetime
    media_count: int = 0
    has_location: bool = False
    opted_out_by_carrier: bool = False  # Twilio already answered an opt-out keyword itself
    extra: Mapping[str, str] = field(default_factory=dict)

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def parse_address(raw: str, default_country: str) -> tuple[str, str]:
    """`whatsapp:+9779800000001` -> ("+9779800000001", "whatsapp"); `+9198...` -> (..., "sms")."""
    raw = (raw or "").strip()
    channel = WHATSAPP if raw.lower().startswith("whatsapp:") else SMS
    number = raw.split(":", 1)[1] if channel == WHATSAPP else raw
    return e164(number, default_country), channel


def e164(number: str, default_country: str) -> str:
    try:
        parsed = phonenumbers.parse(number, default_country)
    except phonenumbers.NumberParseException as error:
        raise BadSender(f"not a phone number: {error}") from error
    if not phonenumbers.is_possible_number(parsed):
        raise BadSender("not a possible phone number")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


@lru_cache(maxsize=4096)  # asked on every message of an unregistered number; parsing is the costly part
def country_of(phone: str, default_country: str) -> str:
    """The number's country when we serve it (NP, IN), else the service's default."""
    region = phonenumbers.region_code_for_number(phonenumbers.parse(phone))
    return region if region in ("NP", "IN") else default_country


def from_twilio(form: Mapping[str, str], *, received_at: datetime, default_country: str) -> Inbound:
    phone, channel = parse_address(form.get("From", ""), default_country)
    text = (form.get("Body") or form.get("ButtonPayload") or form.get("ButtonText") or "")[:MAX_BODY]
    text = text.replace("\x00", "")  # PostgreSQL text cannot store NUL
    return Inbound(
        phone=phone,
        channel=channel,
        text=text,
        received_at=received_at,
        media_count=_int(form.get("NumMedia")),
        has_location=bool(form.get("Latitude") and form.get("Longitude")),
        opted_out_by_carrier=bool(form.get("OptOutType")),
    )


def _int(raw: str | None) -> int:
    try:
        return max(0, int(raw or 0))
    except ValueError:
        return 0
