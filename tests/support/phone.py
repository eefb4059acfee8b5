"""A phone that texts the service through the signed Twilio webhook, as Twilio would."""
from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET

from twilio.request_validator import RequestValidator

from bot.render import segments
from tests.support.services import PUBLIC_BASE_URL, TEST_TOKEN

_sids = itertools.count(1)
WEBHOOK = "/twilio/messages"
MAX_SEGMENTS = 3


def signature(path: str, form: dict, token: str = TEST_TOKEN) -> str:
    return RequestValidator(token).compute_signature(PUBLIC_BASE_URL + path, form)


def post_signed(client, form: dict, path: str = WEBHOOK, token: str = TEST_TOKEN):
    return client.post(path, data=form, headers={"X-Twilio-Signature": signature(path, form, token)})


def reply_text(response) -> str:
    root = ET.fromstring(response.data)
    return "\n\n".join(node.text or "" for node in root.iter("Message"))


class Phone:
    def __init__(self, client, number: str, channel: str = "sms"):
        self.client, self.number, self.channel = client, number, channel

    @property
    def address(self) -> str:
        return f"whatsapp:{self.number}" if self.channel == "whatsapp" else self.number

    def form(self, body: str = "", **extra) -> dict:
        form = {"MessageSid": f"SM{next(_sids):032d}", "AccountSid": "AC" + "0" * 32, "From": self.address,
                "To": "+15005550006", "Body": body, "NumMedia": "0"}
        return form | extra

    def send(self, body: str = "", **extra) -> str:
        response = post_signed(self.client, self.form(body, **extra))
        assert response.status_code == 200, response.data
        reply = reply_text(response)
        if self.channel == "sms":  # every reply in every transcript: an SMS turn costs at most 3 segments
            assert segments(reply) <= MAX_SEGMENTS, (segments(reply), reply)
        return reply

    def conversation(self, *messages: str) -> list[str]:
        return [self.send(message) for message in messages]
