"""The webhook as Twilio sees it: signatures, retries, and anything Twilio can send."""
import pytest
from sqlalchemy import func, select
from twilio.request_validator import RequestValidator

from models import Conversation, InboundMessage, OutboundMessage, db
from tests.support.phone import WEBHOOK, post_signed, reply_text
from tests.support.services import PUBLIC_BASE_URL, TEST_TOKEN


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def test_a_mis_signed_request_is_refused_with_403(client, phone):
    form = phone().form("hi")
    assert client.post(WEBHOOK, data=form, headers={"X-Twilio-Signature": "bm90IGEgc2lnbmF0dXJl"}).status_code == 403
    assert client.post(WEBHOOK, data=form).status_code == 403
    assert post_signed(client, form, token="another-token").status_code == 403
    assert count(InboundMessage) == 0


def test_the_signature_is_checked_against_the_public_url_behind_a_proxy(client, phone):
    response = post_signed(client, phone().form("hi"))
    assert response.status_code == 200  # the test client's own URL is http://localhost/...


def test_a_signature_over_the_url_with_its_default_port_is_accepted_too(client, phone):
    form = phone().form("hi")
    signed = RequestValidator(TEST_TOKEN).compute_signature(PUBLIC_BASE_URL.replace(".org", ".org:443") + WEBHOOK, form)
    assert client.post(WEBHOOK, data=form, headers={"X-Twilio-Signature": signed}).status_code == 200


def test_a_signature_that_is_not_ascii_is_refused_not_a_crash(client, phone):
    form = phone().form("hi")
    assert client.post(WEBHOOK, data=form, headers={"X-Twilio-Signature": "sïgnature"}).status_code == 403


def test_a_replayed_message_sid_changes_nothing_and_repeats_the_first_reply(client, phone):
    sita = phone()
    form = sita.form("hi")
    first = reply_text(post_signed(client, form))
    again = reply_text(post_signed(client, form))
    assert first and again == first
    assert count(InboundMessage) == 1 and count(OutboundMessage) == 1
    assert "Do you agree" in sita.send("1")  # the conversation moved on once, not twice


def test_a_late_retry_after_she_has_moved_on_repeats_its_reply_and_changes_nothing(client, phone):
    sita = phone()
    first_form = sita.form("hi")
    first = reply_text(post_signed(client, first_form))
    sita.conversation("1", "yes")  # now asked for her name; "hi" here would mean something else
    assert reply_text(post_signed(client, first_form)) == first
    assert count(InboundMessage) == 3 and count(OutboundMessage) == 3
    db.session.rollback()  # a fresh snapshot
    assert db.session.scalars(select(Conversation.state)).one() == "registration.name"


def test_a_retry_of_a_message_that_failed_gets_the_same_apology_and_is_stored_once(client, phone, monkeypatch):
    from flows import engine

    sita = phone()
    form = sita.form("hi")
    monkeypatch.setattr(engine, "handle", lambda ctx: 1 / 0)
    apology = reply_text(post_signed(client, form))
    assert "something went wrong" in apology
    monkeypatch.undo()
    assert reply_text(post_signed(client, form)) == apology
    assert count(InboundMessage) == 1 and count(OutboundMessage) == 1


@pytest.mark.parametrize("extra", [
    {"Body": ""},
    {"Body": "", "NumMedia": "1", "MediaUrl0": "https://example.org/m.jpg", "MediaContentType0": "image/jpeg"},
    {"Body": "", "Latitude": "27.7", "Longitude": "85.3", "Address": "Kathmandu"},
    {"Body": "", "ButtonPayload": "1", "ButtonText": "English"},
    {"Body": "x" * 1600},
    {"Body": "🙏🤰🏽👶"},
    {"Body": "hi", "SomethingNew": "value", "ReferralCtwaClid": "abc", "NumMedia": "not-a-number"},
    {"Body": "\x00\u202e"},
])
def test_anything_twilio_can_send_gets_a_reply_and_never_a_500(client, phone, extra):
    sita = phone()
    response = post_signed(client, sita.form(**extra))
    assert response.status_code == 200
    assert response.mimetype == "application/xml"
    assert reply_text(response)


def test_a_reply_that_repeats_control_characters_she_typed_is_still_valid_twiml(phone):
    sita = phone()
    sita.conversation("hi", "1", "yes")
    reply = sita.send("Si\x01ta\x0b")  # reply_text parses the XML: an invalid document fails here
    assert "Sita" in reply


def test_a_media_message_mid_registration_asks_for_text_and_repeats_the_question(phone):
    sita = phone()
    sita.conversation("hi", "1")
    reply = sita.send("", NumMedia="1", MediaUrl0="https://example.org/a.jpg")
    assert "only read text" in reply and "Do you agree" in reply


def test_missing_fields_or_an_unusable_sender_get_a_clear_400(client, phone):
    form = phone().form("hi")
    assert post_signed(client, {k: v for k, v in form.items() if k != "From"}).status_code == 400
    assert post_signed(client, form | {"From": "not-a-number"}).status_code == 400


def test_a_crash_in_one_message_is_answered_and_does_not_block_the_next(phone, monkeypatch):
    from flows import engine

    sita = phone()
    original = engine.handle
    monkeypatch.setattr(engine, "handle", lambda ctx: 1 / 0)
    assert "something went wrong" in sita.send("hi")
    stored = db.session.scalars(select(InboundMessage)).one()
    assert stored.body == "hi" and "ZeroDivisionError" in stored.error
    monkeypatch.setattr(engine, "handle", original)
    assert "1 English" in sita.send("hi")


def test_healthz_reports_database_and_queue(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json["status"] == "ok"


def test_healthz_says_503_naming_what_is_down_and_logs_the_error_for_operators(app, client, monkeypatch, caplog):
    from redis import Redis

    monkeypatch.setitem(app.extensions, "redis", Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=1))
    response = client.get("/healthz")
    assert response.status_code == 503 and response.json["down"] == ["queue"]
    assert "127.0.0.1" not in response.get_data(as_text=True)  # no address or connection string to the public
    assert "queue is down" in caplog.text and "Error" in caplog.text


def test_when_processing_a_message_fails_a_danger_sign_still_gets_its_reply_and_alert(phone, monkeypatch):
    from flows import engine
    from models import Alert

    sita = phone()
    monkeypatch.setattr(engine, "handle", lambda ctx: 1 / 0)
    reply = sita.send("I am pregnant and bleeding a lot")
    assert "NOW" in reply and "102" in reply and "something went wrong" not in reply
    db.session.rollback()
    assert db.session.scalars(select(Alert.sign)).all() == ["bleeding"]
    assert "ZeroDivisionError" in db.session.scalars(select(InboundMessage.error)).one()
