"""Sending one message: `TwilioSender` over the real SDK, `FakeSender` when no Twilio account is configured.

Both have one method, `send(to, channel, body) -> sid`. Errors come out as `SendError`, which says whether a
retry can help (HTTP 429 and 5xx) or not (opted out 21610, outside the WhatsApp window 63016, bad number...).
"""
from __future__ import annotations

import itertools
import logging
from dataclasses import dataclass, field

from flask import Flask, current_app

log = logging.getLogger(__name__)
RETRYABLE_STATUS = {429, 500, 502, 503, 504}


class SendError(Exception):
    def __init__(self, message: str, *, code: str | None = None, retryable: bool = False):
        super().__init__(message)
        self.code = code
        self.retryable = retryable


def address(phone: str, channel: str) -> str:
    return f"whatsapp:{phone}" if channel == "whatsapp" else phone


class TwilioSender:
    def __init__(self, settings):
        from twilio.http.http_client import TwilioHttpClient
        from twilio.rest import Client

        http = TwilioHttpClient(timeout=settings.TWILIO_TIMEOUT_SECONDS)
        self.client = Client(settings.TWILIO_ACCOUNT_SID, settings.TWILIO_AUTH_TOKEN, http_client=http)
        self.client.api.base_url = settings.TWILIO_API_BASE_URL.rstrip("/")
        self.settings = settings

    def send(self, to: str, channel: str, body: str, status_callback: str | None = None) -> str:
        from twilio.base.exceptions import TwilioException, TwilioRestException

        params = self._origin(channel) | {"to": address(to, channel), "body": body}
        if status_callback:
            params["status_callback"] = status_callback
        try:
            return self.client.messages.create(**params).sid
        except TwilioRestException as error:
            raise SendError(error.msg, code=str(error.code or error.status),
                            retryable=error.status in RETRYABLE_STATUS) from error
        except (TwilioException, OSError) as error:
            raise SendError(str(error), retryable=True) from error

    def _origin(self, channel: str) -> dict:
        if self.settings.TWILIO_MESSAGING_SERVICE_SID:
            return {"messaging_service_sid": self.settings.TWILIO_MESSAGING_SERVICE_SID}
        origin = self.settings.TWILIO_WHATSAPP_FROM if channel == "whatsapp" else self.settings.TWILIO_SMS_FROM
        return {"from_": address(origin.removeprefix("whatsapp:"), channel)}


@dataclass
class FakeSender:
    """Keeps what it would have sent; the simulator shows messages from the outbox table itself."""

    sent: list[tuple[str, str, str]] = field(default_factory=list)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    def send(self, to: str, channel: str, body: str, status_callback: str | None = None) -> str:
        self.sent.append((to, channel, body))
        log.info("fake send to %s…%s via %s", to[:4], to[-2:], channel)
        return f"SMfake{next(self._ids):028d}"


def init_app(app: Flask, settings) -> None:
    configured = settings.TWILIO_ACCOUNT_SID and settings.TWILIO_AUTH_TOKEN
    app.extensions["sender"] = TwilioSender(settings) if configured else FakeSender()


def current():
    return current_app.extensions["sender"]
