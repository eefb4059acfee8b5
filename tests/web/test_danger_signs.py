"""Danger signs come first in every state, for every number; the health worker is alerted on the high queue."""
from sqlalchemy import select

from models import Alert, Mother, OutboundMessage, db
from services import queues
from tests.support import console
from tests.support.jobs import run_jobs
from tests.support.phone import Phone


def add_worker(phone="+9779811111111", facility=None, locale="en") -> None:
    """Alerts go to users with a phone: her facility's health worker, or with no facility an admin (on call)."""
    console.worker(phone, facility, locale=locale)


def test_an_emergency_mid_registration_is_answered_and_the_health_worker_alerted(twilio):
    app, stub = twilio
    add_worker()
    sita = Phone(app.test_client(), "+9779800000001")
    sita.conversation("hi", "1", "yes")
    reply = sita.send("I am bleeding a lot from down there")
    assert "health facility NOW" in reply and "102" in reply
    assert "pregnant now" in sita.send("Sita")  # registration goes on where it was
    assert queues.queue("high", app).count == 1
    run_jobs(app)
    db.session.rollback()
    alert = db.session.scalars(select(Alert)).one()
    assert alert.urgency == "now" and alert.notified_at is not None
    assert stub.requests[0]["To"] == "+9779811111111"
    assert "+9779800000001" in stub.requests[0]["Body"] and "ALERT" in stub.requests[0]["Body"]


def test_an_unregistered_number_writing_in_nepali_gets_help_and_an_alert(twilio):
    app, stub = twilio
    add_worker(locale="ne")
    stranger = Phone(app.test_client(), "+9779800000099")
    reply = stranger.send("बच्चाले दूध खान छोड्यो, धेरै सुस्त छ")
    assert "102" in reply and "स्वास्थ्य संस्था" in reply  # in Nepali: Devanagari from a number in Nepal
    run_jobs(app)
    db.session.rollback()
    assert db.session.scalars(select(Alert.group)).one() == "newborn"
    assert len(stub.requests) == 1 and "+9779800000099" in stub.requests[0]["Body"]


def test_the_alert_goes_to_her_facility_health_worker_first(twilio):
    app, stub = twilio
    add_worker("+9779811111111", facility=None)
    add_worker("+9779822222222", facility="PHC-7")
    sita = Phone(app.test_client(), "+9779800000001")
    sita.conversation("hi", "1", "yes", "Sita", "1", "30 weeks", "yes", "PHC-7")
    sita.send("my face and hands are swollen and I see spots")
    run_jobs(app)
    assert [request["To"] for request in stub.requests] == ["+9779822222222"]
    assert "Sita" in stub.requests[0]["Body"]


def test_a_webhook_retry_of_an_emergency_does_not_alert_twice(twilio):
    from tests.support.phone import post_signed

    app, stub = twilio
    add_worker()
    sita = Phone(app.test_client(), "+9779800000001")
    form = sita.form("waters broke and pain")
    client = app.test_client()
    post_signed(client, form)
    post_signed(client, form)
    run_jobs(app)
    db.session.rollback()
    assert len(db.session.scalars(select(Alert)).all()) == 1 and len(stub.requests) == 1


def test_a_question_that_mentions_a_symptom_says_see_a_health_worker_soon(phone):
    sita = phone()
    sita.conversation("hi", "1", "yes", "Sita", "1", "20 weeks", "yes", "skip")
    reply = sita.send("is light spotting normal?")
    assert "soon" in reply and "NOW" not in reply
    assert queues.queue("high").count == 0


def test_a_mother_who_opted_out_still_gets_the_emergency_reply_and_her_worker_is_alerted(twilio):
    app, stub = twilio
    add_worker()
    sita = Phone(app.test_client(), "+9779800000001")
    sita.conversation("hi", "1", "yes", "Sita", "1", "20 weeks", "yes", "skip", "STOP")
    reply = sita.send("heavy bleeding")
    assert "health facility NOW" in reply and "102" in reply and "alerting a health worker" in reply
    assert sita.send("is it normal to feel tired") == ""  # nothing else goes to her
    run_jobs(app)
    assert [request["To"] for request in stub.requests] == ["+9779811111111"]


def test_newborn_signs_in_hinglish_for_a_registered_mother_with_a_baby(phone):
    from datetime import timedelta

    from tests.web.test_registration import dmy, today

    gita = phone("+919800000005", "whatsapp")
    gita.conversation("hi", "2", "haan", "Gita", "2", dmy(today() - timedelta(weeks=2)), "skip")
    reply = gita.send("bachcha doodh nahi pee raha aur bahut sust hai")
    assert "108" in reply
    db.session.rollback()
    alert = db.session.scalars(select(Alert)).one()
    assert alert.group == "newborn" and alert.mother_id == db.session.scalars(select(Mother.id)).one()


def test_with_nobody_to_alert_she_is_not_told_that_someone_is_alerted(twilio):
    app, stub = twilio
    reply = Phone(app.test_client(), "+9779800000001").send("she is having fits")
    assert "NOW" in reply and "102" in reply and "alerting" not in reply
    run_jobs(app)
    alert = db.session.scalars(select(Alert)).one()
    assert alert.status == "open" and alert.notified_at is None and stub.requests == []
