"""The webhook under generated signed requests: never a 5xx, every 200 is TwiML, every answered message is kept.

A small budget here; bench/fuzz.py sends hundreds of thousands of the same requests to gunicorn by hand.
"""
import itertools
import xml.etree.ElementTree as ET

from hypothesis import HealthCheck, given, settings
from sqlalchemy import func, select

from models import InboundMessage, db
from tests.support.fuzzing import forms
from tests.support.phone import WEBHOOK, post_signed, reply_text

OTHER_NUMBERS = itertools.count(10_000)  # the examples share one database: a fresh sender each


def inbound_count() -> int:
    db.session.rollback()  # a fresh snapshot: the request committed on its own connection
    return db.session.scalar(select(func.count()).select_from(InboundMessage))


def stored(message_sid: str) -> bool:
    if "\x00" in message_sid:  # PostgreSQL cannot even be asked about it, so it cannot hold it either
        return False
    return db.session.scalar(select(InboundMessage.id).where(InboundMessage.message_sid == message_sid)) is not None


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(forms())
def test_any_signed_request_gets_a_4xx_or_twiml_and_an_answered_message_is_stored(client, form):
    before, retry = inbound_count(), stored(form["MessageSid"])  # generated SIDs repeat now and then: retries
    response = post_signed(client, form)
    assert response.status_code < 500, response.data
    if response.status_code == 200:
        assert response.mimetype == "application/xml"
        ET.fromstring(response.data)  # parseable TwiML
        assert inbound_count() == before + (0 if retry else 1) and stored(form["MessageSid"])
    else:
        assert response.status_code in (400, 413) and inbound_count() == before


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow], max_examples=15)
@given(forms())
def test_after_any_request_her_next_ordinary_message_is_answered(client, phone, form):
    post_signed(client, form)
    sita = phone(f"+97798{next(OTHER_NUMBERS):08d}")  # a number the fuzzer never uses: its "stop" is not hers
    response = post_signed(client, sita.form("menu"))
    assert response.status_code == 200 and reply_text(response)
