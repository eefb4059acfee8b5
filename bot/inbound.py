"""What the engine sees of a message: who sent it, on which channel, and what it says."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Mapping

import re

import phonenumbers

SMS, WHATSAPP = "sms", "whatsapp"
MAX_BODY = 1600  # Twilio's limit for Body
MAX_NAME = 64  # a parameter's name, as stored
MAX_VALUE = 1600  # any other parameter's value, as stored
# Characters PostgreSQL text cannot hold (NUL) or UTF-8 cannot encode (lone surrogates), and the non-characters.
UNSTORABLE = re.compile("[\x00\ud800-\udfff\ufffe\uffff]")
# A number as Twilio or a person writes it: digits, an optional leading +, spaces, dashes, dots, brackets.
_NUMBER = re.compile(r"\+?[0-9][0-9 ().-]{2,24}")


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
    """`whatsapp:+9779800000001` -> ("+9779800000001", "whatsapp"); `+9198...` -> (..., "sms").

    Any other scheme (`messenger:`, `tel:`, `sms:`, `whatsapp:whatsapp:`) is refused: we cannot answer it."""
    raw = (raw or "").strip()
    channel = WHATSAPP if raw[:9].lower() == "whatsapp:" else SMS
    number = raw[9:] if channel == WHATSAPP else raw
    return e164(number, default_country), channel


@lru_cache(maxsize=4096)  # every message parses its sender's number; a refusal raises and is not remembered
def e164(number: str, default_country: str) -> str:
    if not _NUMBER.fullmatch(number):
        raise BadSender("not a phone number: only digits, +, spaces, dashes, dots and brackets")
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
    text = storable(form.get("Body") or form.get("ButtonPayload") or form.get("ButtonText") or "", MAX_BODY)
    return Inbound(
        phone=phone,
        channel=channel,
        text=text,
        received_at=received_at,
        media_count=_int(form.get("NumMedia")),
        has_location=bool(form.get("Latitude") and form.get("Longitude")),
        opted_out_by_carrier=bool(form.get("OptOutType")),
    )


def storable(text: str, limit: int) -> str:
    """`text` without the characters a database cannot hold, cut to `limit` characters."""
    return UNSTORABLE.sub("", text[:limit * 2])[:limit]


def storable_params(form: Mapping[str, str]) -> dict[str, str]:
    """Every parameter as received, cleaned and cut to size (a repeated name keeps its first value)."""
    params: dict[str, str] = {}
    for name, value in form.items():
        params.setdefault(storable(name, MAX_NAME), storable(value, MAX_VALUE))
    return params


def _int(raw: str | None) -> int:
    try:
        return max(0, int(raw or 0))
    except ValueError:
        return 0
