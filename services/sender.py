"""Sending one message: `TwilioSender` over the real SDK, `FakeSender` when no Twilio account is configured.

Both have `send(to, channel, body, ...) -> sid` and `find(to, channel, body, since) -> sid | None`, which asks
Twilio whether a message was already accepted (a worker may have died between Twilio's answer and our write).
Errors come out as `SendError`, which says whether a retry can help (HTTP 429 and 5xx, the network) or not
(opted out 21610, outside the WhatsApp window 63016, bad number...), and Twilio's Retry-After when it gave one.
"""
from __future__ import annotations

import itertools
import json
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from flask import Flask, current_app
from twilio.http.http_client import TwilioHttpClient

log = logging.getLogger(__name__)
RETRYABLE_STATUS = {429, 500, 502, 503, 504}


class SendError(Exception):
    def __init__(self, message: str, *, code: str | None = None, retryable: bool = False,
                 retry_after: float | None = None, ambiguous: bool = False):
        super().__init__(message)
        self.code = code
        self.retryable = retryable
        self.retry_after = retry_after  # seconds, from Twilio's Retry-After header
        self.ambiguous = ambiguous  # a 5xx or a timeout: Twilio may have accepted it all the same


def address(phone: str, channel: str) -> str:
    return f"whatsapp:{phone}" if channel == "whatsapp" else phone


class TwilioSender:
    def __init__(self, settings):
        from twilio.rest import Client

        self.http = _HttpClient(timeout=settings.TWILIO_TIMEOUT_SECONDS)
        self.client = Client(settings.TWILIO_ACCOUNT_SID, settings.TWILIO_AUTH_TOKEN, http_client=self.http)
        self.client.api.base_url = settings.TWILIO_API_BASE_URL.rstrip("/")
        self.settings = settings

    def send(self, to: str, channel: str, body: str, status_callback: str | None = None, *,
             template: str | None = None, variables: dict | None = None) -> str:
        from twilio.base.exceptions import TwilioException, TwilioRestException

        params = self.origin(channel) | {"to": address(to, channel)}
        if template:
            params |= {"content_sid": template, "content_variables": json.dumps(variables or {})}
        else:
            params["body"] = body
        if status_callback:
            params["status_callback"] = status_callback
        try:
            return self.client.messages.create(**params).sid
        except TwilioRestException as error:
            raise SendError(error.msg, code=str(error.code or error.status),
                            retryable=error.status in RETRYABLE_STATUS, retry_after=self.http.retry_after(),
                            ambiguous=error.status >= 500) from error
        except (TwilioException, OSError) as error:
            raise SendError(str(error), retryable=True, ambiguous=True) from error

    def find(self, to: str, channel: str, body: str, since: datetime) -> str | None:
        """The SID of a message to `to` with this body that Twilio accepted since `since`, if any."""
        from twilio.base.exceptions import TwilioException

        try:
            found = self.client.messages.list(to=address(to, channel), date_sent_after=since - timedelta(days=1),
                                              limit=50)
        except (TwilioException, OSError) as error:
            raise SendError(str(error), retryable=True) from error
        for message in found:
            created = message.date_created
            if (message.body or "") == body and (created is None or created >= since - timedelta(minutes=5)):
                return message.sid
        return None

    def origin(self, channel: str) -> dict:
        if self.settings.TWILIO_MESSAGING_SERVICE_SID:
            return {"messaging_service_sid": self.settings.TWILIO_MESSAGING_SERVICE_SID}
        origin = self.settings.TWILIO_WHATSAPP_FROM if channel == "whatsapp" else self.settings.TWILIO_SMS_FROM
        return {"from_": address(origin.removeprefix("whatsapp:"), channel)}


class _HttpClient(TwilioHttpClient):
    """The SDK's HTTP client with a timeout (it has none by default), keeping the last response's Retry-After."""

    last_retry_after: str | None = None

    def request(self, *args, **kwargs):
        response = super().request(*args, **kwargs)
        self.last_retry_after = (getattr(response, "headers", None) or {}).get("Retry-After")
        return response

    def retry_after(self) -> float | None:
        try:
            return float(self.last_retry_after) if self.last_retry_after else None
        except ValueError:
            return None


@dataclass
class FakeSender:
    """Keeps what it would have sent; the simulator shows messages from the outbox table itself."""

    sent: list[tuple[str, str, str]] = field(default_factory=list)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    def send(self, to: str, channel: str, body: str, status_callback: str | None = None, *,
             template: str | None = None, variables: dict | None = None) -> str:
        self.sent.append((to, channel, body))
        log.info("fake send to %s…%s via %s", to[:4], to[-2:], channel)
        return f"SMfake{next(self._ids):028d}"

    def find(self, to: str, channel: str, body: str, since: datetime) -> str | None:
        return None  # nothing leaves this process: a message it has not recorded was never sent

    def origin(self, channel: str) -> dict:
        return {"from_": "fake"}


def init_app(app: Flask, settings) -> None:
    configured = settings.TWILIO_ACCOUNT_SID and settings.TWILIO_AUTH_TOKEN
    app.extensions["sender"] = TwilioSender(settings) if configured else FakeSender()


def current():
    return current_app.extensions["sender"]
