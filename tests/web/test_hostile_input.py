"""Signed requests no honest Twilio sends: each gets a 4xx or a cleaned, answered message, and never a 500."""
import logging

import pytest
from sqlalchemy import func, select

from bot.inbound import MAX_BODY, MAX_NAME, MAX_VALUE
from models import InboundMessage, StatusEvent, db
from tests.support.phone import WEBHOOK, post_signed, reply_text
from web.limits import MAX_PARAMETERS

STATUS = "/twilio/status"


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def stored() -> InboundMessage:
    db.session.rollback()
    return db.session.scalars(select(InboundMessage)).one()


def test_a_message_sid_longer_than_64_characters_is_refused_and_the_next_message_works(client, phone):
    sita = phone()
    response = post_signed(client, sita.form("hi", MessageSid="SM" + "a" * 63))
    assert response.status_code == 400
    assert count(InboundMessage) == 0
    assert "1 English" in sita.send("hi")


@pytest.mark.parametrize("sid", ["", "S", "12345678901234567890123456789012345", "SM\x00abc", "SM abc", "SMé1"])
def test_a_message_sid_without_the_shape_of_one_is_refused(client, phone, sid):
    assert post_signed(client, phone().form("hi", MessageSid=sid)).status_code == 400
    assert count(InboundMessage) == 0


def test_a_one_megabyte_body_is_refused_with_413_and_nothing_is_stored(client, phone):
    sita = phone()
    response = post_signed(client, sita.form("x" * 1_000_000))
    assert response.status_code == 413
    assert count(InboundMessage) == 0
    assert "1 English" in sita.send("hi")


def test_a_long_but_acceptable_request_is_stored_cut_to_size_and_answered(client, phone):
    sita = phone()
    response = post_signed(client, sita.form("hi " + "x" * 5000, Extra="y" * 20000, **{"N" * 300: "v"}))
    assert response.status_code == 200 and reply_text(response)
    row = stored()
    assert row.body == ("hi " + "x" * 5000)[:MAX_BODY]
    assert len(row.params["Body"]) == MAX_VALUE and len(row.params["Extra"]) == MAX_VALUE
    assert "N" * MAX_NAME in row.params and "N" * 300 not in row.params


def test_too_many_parameters_are_refused(client, phone):
    extra = {f"P{i}": "1" for i in range(MAX_PARAMETERS)}
    assert post_signed(client, phone().form("hi", **extra)).status_code == 400
    assert count(InboundMessage) == 0


def test_nul_and_lone_surrogates_in_parameter_names_and_values_are_dropped_and_the_json_stays_readable(
        client, phone):
    sita = phone()
    response = post_signed(client, sita.form("he\x00llo", **{"Na\x00me": "va\x00lue", "Odd\ufffe": "x\uffff"}))
    assert response.status_code == 200 and reply_text(response)
    row = stored()
    assert row.body == "hello"
    assert row.params["Name"] == "value" and row.params["Odd"] == "x"
    # every stored message reads back (a NUL name once broke every params->>'Name' query on PostgreSQL)
    db.session.expire_all()
    assert [m.params["Name"] for m in db.session.scalars(select(InboundMessage))] == ["value"]


@pytest.mark.parametrize("sender", ["messenger:+9779800000001", "tel:+9779800000001", "sms:+9779800000001",
                                    "whatsapp:whatsapp:+9779800000001", "WhatsApp:tel:+9779800000001",
                                    "+977 98000\x0000001", "+9779800000001" + "1" * 100, "+97798000000O1", ""])
def test_a_sender_that_is_not_a_phone_number_we_can_answer_is_refused(client, phone, sender):
    assert post_signed(client, phone().form("hi", From=sender)).status_code == 400
    assert count(InboundMessage) == 0


def test_whatsapp_in_any_case_is_still_whatsapp(phone):
    assert "1 English" in phone("+9779800000002", "whatsapp").send("hi")
    assert stored().channel == "whatsapp"


def test_a_refused_request_is_logged_without_what_it_carried(client, phone, caplog):
    secret = "my-private-words"
    with caplog.at_level(logging.WARNING, logger="web.twilio_hooks"):
        post_signed(client, phone().form(secret, MessageSid="SM" + "b" * 70))
        post_signed(client, phone().form(secret, From="messenger:" + secret))
    assert len(caplog.records) == 2
    assert secret not in caplog.text and "b" * 70 not in caplog.text


@pytest.mark.parametrize("form", [
    {"MessageSid": "SM" + "c" * 80, "MessageStatus": "delivered"},
    {"MessageSid": "SM" + "c" * 32, "MessageStatus": "deli\x00vered"},
    {"MessageSid": "SM" + "c" * 32, "MessageStatus": "d" * 30},
    {"MessageSid": "SM" + "c" * 32, "MessageStatus": "failed", "ErrorCode": "3" * 50},
    {"MessageSid": "SM" + "c" * 32, "MessageStatus": "failed", "ErrorCode": "30\x0007"},
    {"MessageSid": "SM\x00" + "c" * 32, "MessageStatus": "sent"},
    {"MessageSid": "SM" + "c" * 32},
])
def test_a_status_callback_with_an_over_long_or_nul_value_gets_400_not_500(client, form):
    assert post_signed(client, form, STATUS).status_code == 400
    assert count(StatusEvent) == 0


def test_an_ordinary_status_callback_is_still_recorded(client):
    form = {"MessageSid": "SM" + "c" * 32, "MessageStatus": "undelivered", "ErrorCode": "30007"}
    assert post_signed(client, form, STATUS).status_code == 204
    assert count(StatusEvent) == 1


def test_a_one_megabyte_status_callback_is_refused_with_413(client):
    form = {"MessageSid": "SM" + "c" * 32, "MessageStatus": "sent", "Junk": "x" * 1_000_000}
    assert post_signed(client, form, STATUS).status_code == 413
    assert count(StatusEvent) == 0
