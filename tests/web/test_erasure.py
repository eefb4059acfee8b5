"""DELETE MY DATA: one confirmation, then nothing of her is left but anonymous counts, and nothing more is sent."""
import json

import pytest
from sqlalchemy import func, select

from models import Erasure, InboundMessage, OutboundMessage, db
from tests.support.dump import every_value
from tests.support.phone import post_signed, reply_text

REGISTRATION = ("hi", "1", "yes", "Sita Kumari", "1", "20 weeks", "1", "skip")
SHE_WROTE = "my back hurts since tuesday"


def blind(number: str) -> str:
    """Her number's blind index: the one trace of her an encrypted row could still be found by."""
    from models import crypto

    return crypto.keyring().blind(number)


def count(model) -> int:
    db.session.rollback()
    return db.session.scalar(select(func.count()).select_from(model))


def registered(phone, number="+9779800000001"):
    sita = phone(number)
    assert "registered" in sita.conversation(*REGISTRATION)[-1]
    sita.send(SHE_WROTE)
    return sita


@pytest.mark.parametrize("words, yes", [
    ("DELETE MY DATA", "yes"),
    ("please delete all my data", "YES"),
    ("mero sabai bibaran hataidinus", "ho"),
    ("मेरो विवरण हटाइदिनुस्", "हो"),
    ("mera data mita do", "haan"),
])
def test_she_erases_herself_in_her_own_words_after_one_confirmation(phone, words, yes):
    sita = registered(phone)
    assert "Reply YES to delete" in sita.send(words)
    assert "Sita Kumari" in every_value(db)  # nothing is deleted before she confirms
    last = sita.send(yes)
    assert "last message" in last
    stored = every_value(db)
    for trace in ("+9779800000001", "9800000001", "Sita Kumari", SHE_WROTE, words, blind("+9779800000001")):
        assert trace not in stored
    erasure = db.session.scalars(select(Erasure)).one()
    assert erasure.registered and erasure.messages_in == 10 and erasure.messages_out == 10


def test_any_other_answer_keeps_everything_and_repeats_her_question(phone):
    sita = phone()
    sita.conversation("hi", "1")
    assert "Reply YES to delete" in sita.send("delete my data")
    reply = sita.send("no")
    assert "Nothing was deleted" in reply and "Do you agree" in reply
    assert "name" in sita.send("yes")  # her registration goes on where it was
    assert count(Erasure) == 0


def test_a_number_that_opted_out_can_still_erase_itself(phone):
    sita = registered(phone)
    sita.send("STOP")
    assert "Reply YES to delete" in sita.send("delete my data")
    assert "last message" in sita.send("yes")
    assert "+9779800000001" not in every_value(db)


def test_a_twilio_retry_of_her_confirmation_gets_the_same_answer_and_brings_nothing_back(client, phone):
    sita = registered(phone)
    sita.send("delete my data")
    form = sita.form("yes")
    first = reply_text(post_signed(client, form))
    assert reply_text(post_signed(client, form)) == first
    assert "+9779800000001" not in every_value(db)
    assert count(Erasure) == 1


def test_other_mothers_are_untouched(phone):
    registered(phone, "+9779800000002")
    sita = registered(phone)
    sita.conversation("delete my data", "yes")
    stored = every_value(db)
    assert "+9779800000002" in stored and SHE_WROTE in stored
    assert blind("+9779800000002") in stored and blind("+9779800000001") not in stored
    assert count(InboundMessage) == 9 + 1  # the other mother's, and the anonymous confirmation


def test_writing_again_after_erasure_starts_as_a_new_user(phone):
    sita = registered(phone)
    sita.conversation("delete my data", "yes")
    assert "1 English" in sita.send("hi")


def test_export_prints_everything_about_her_and_nothing_about_others(app, phone):
    registered(phone, "+9779800000002")
    registered(phone)
    result = app.test_cli_runner().invoke(args=["mothers", "export", "--phone", "+977 980-000-0001"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["phone"] == "+9779800000001"
    assert [row["name"] for row in data["tables"]["mothers"]] == ["Sita Kumari"]
    bodies = [row["body"] for row in data["tables"]["inbound_messages"]]
    assert len(bodies) == 9 and SHE_WROTE in bodies
    assert len(data["tables"]["outbound_messages"]) == 9
    assert "+9779800000002" not in result.output


def test_export_refuses_what_is_not_a_phone_number(app):
    result = app.test_cli_runner().invoke(args=["mothers", "export", "--phone", "tel:+9779800000001"])
    assert result.exit_code != 0 and "not a phone number" in result.output


def test_her_alerts_and_questions_go_with_her_and_leave_their_counts(phone):
    sita = registered(phone)
    assert "NOW" in sita.send("I am bleeding heavily")
    sita.conversation("delete my data", "yes")
    assert "bleeding" not in every_value(db)
    assert db.session.scalars(select(Erasure.alerts)).one() == 1


def test_everything_queued_for_her_is_cancelled_and_her_alert_leaves_no_trace_at_the_health_worker(twilio):
    from datetime import timedelta

    from models import Mother, utcnow
    from services import outbox
    from tests.support import console
    from tests.support.jobs import run_jobs
    from tests.support.phone import Phone

    app, stub = twilio
    console.worker("+9779811111111")  # on call for every facility
    sita = Phone(app.test_client(), "+9779800000001")
    sita.conversation(*REGISTRATION)
    sita.send("I am bleeding a lot from down there")
    run_jobs(app)  # the health worker is alerted with her name and number
    assert any("+9779800000001" in request["Body"] for request in stub.requests)
    mother_id = db.session.scalars(select(Mother.id)).one()
    outbox.add(outbox.Draft(phone="+9779800000001", kind="weekly", body="Week 21: your baby can hear you.",
                            due_at=utcnow() + timedelta(days=2), mother_id=mother_id), now=utcnow())
    db.session.commit()
    sent_before = len(stub.requests)
    sita.conversation("delete my data", "yes")
    run_jobs(app, now=utcnow() + timedelta(days=3), passes=2)
    assert len(stub.requests) == sent_before  # nothing more to her, and no escalation about her
    stored = every_value(db)
    assert "+9779800000001" not in stored and "Sita Kumari" not in stored and "Week 21" not in stored
    assert "Anita" in stored  # the health worker herself stays
