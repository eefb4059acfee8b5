"""Alerts that always reach someone: her facility, then those on call, then the fallback number; acknowledged by a
reply from the health worker's phone; escalated when nobody answers or a number fails; sent exactly once."""
from dataclasses import replace
from datetime import timedelta

from sqlalchemy import select

from models import Alert, AlertEvent, Conversation, OutboundMessage, db, utcnow
from models.base import aware
from tests.support import console
from tests.support.jobs import run_jobs
from tests.support.phone import Phone

SITA, FACILITY_WORKER, ON_CALL, HOTLINE = "+9779800000001", "+9779822222222", "+9779811111111", "+9779855555555"


def configure(app, **changes) -> None:
    app.config["AAMCARE"] = replace(app.config["AAMCARE"], **changes)


def add_worker(phone, facility=None, channel="sms", locale="en") -> None:
    """Alerts go to users with a phone: her facility's health worker, or with no facility an admin (on call)."""
    console.worker(phone, facility, channel=channel, locale=locale)


def registered_sita(app) -> Phone:
    sita = Phone(app.test_client(), SITA)
    sita.conversation("hi", "1", "yes", "Sita", "1", "30 weeks", "yes", "PHC-7")
    return sita


def alert() -> Alert:
    db.session.rollback()
    return db.session.scalars(select(Alert)).one()


def told(stub) -> list[str]:
    return [request["To"] for request in stub.requests]


def test_unacknowledged_alerts_go_to_the_next_circle_after_the_escalation_delay(twilio):
    app, stub = twilio
    configure(app, ALERT_FALLBACK_PHONE=HOTLINE)
    add_worker(FACILITY_WORKER, "PHC-7")
    add_worker(ON_CALL)
    sita = registered_sita(app)
    sita.send("I am bleeding heavily")
    now = utcnow()
    run_jobs(app, now=now)
    assert told(stub) == [FACILITY_WORKER] and alert().status == "sent"
    run_jobs(app, now=now + timedelta(minutes=5))
    assert told(stub) == [FACILITY_WORKER]  # not yet
    run_jobs(app, now=now + timedelta(minutes=11))
    assert told(stub) == [FACILITY_WORKER, ON_CALL]
    run_jobs(app, now=now + timedelta(minutes=22))
    assert told(stub) == [FACILITY_WORKER, ON_CALL, HOTLINE]
    run_jobs(app, now=now + timedelta(minutes=40))
    assert len(stub.requests) == 3  # every circle told once; nobody is told twice
    events = db.session.scalars(select(AlertEvent.event).order_by(AlertEvent.id)).all()
    assert events == ["notified", "escalated", "notified", "escalated", "notified", "exhausted"]


def test_a_reply_from_the_health_worker_acknowledges_the_alert_and_the_mother_is_told(twilio):
    app, stub = twilio
    add_worker(FACILITY_WORKER, "PHC-7", locale="ne")
    add_worker(ON_CALL)
    sita = registered_sita(app)
    sita.send("my waters broke and there is pain")
    now = utcnow()
    run_jobs(app, now=now)
    assert "OK" in stub.requests[0]["Body"]
    answer = Phone(app.test_client(), FACILITY_WORKER).send("ok")
    assert SITA in answer and "धन्यवाद" in answer
    assert alert().status == "acknowledged" and alert().acknowledged_by == FACILITY_WORKER
    run_jobs(app, now=now + timedelta(minutes=30))
    assert told(stub) == [FACILITY_WORKER, SITA]  # no escalation; she hears that someone has seen it
    assert "health worker has seen your message" in stub.requests[1]["Body"]


def test_a_health_worker_who_has_texted_the_service_before_acknowledges_with_ok_too(twilio):
    app, stub = twilio
    add_worker(FACILITY_WORKER, "PHC-7")
    worker = Phone(app.test_client(), FACILITY_WORKER)
    worker.send("hi")  # her number already has a conversation: the alert is read with its lock
    registered_sita(app).send("she is having fits")
    run_jobs(app, now=utcnow())
    assert SITA in worker.send("1")
    assert alert().status == "acknowledged" and alert().acknowledged_by == FACILITY_WORKER


def test_an_ok_from_someone_with_no_alert_is_an_ordinary_message(twilio):
    app, stub = twilio
    add_worker(FACILITY_WORKER, "PHC-7")
    reply = Phone(app.test_client(), FACILITY_WORKER).send("ok")
    assert "Aamcare" in reply  # the welcome of a new number, not an acknowledgement


def test_a_health_worker_whose_number_fails_is_passed_over_at_once(twilio):
    app, stub = twilio
    add_worker(FACILITY_WORKER, "PHC-7")
    add_worker(ON_CALL)
    sita = registered_sita(app)
    stub.failures.append((400, 21211))  # her number is not a mobile number
    sita.send("she is having fits")
    run_jobs(app, passes=2)  # the next pass tells the next circle, without the 10-minute wait
    assert told(stub) == [ON_CALL] and stub.attempts == 2
    assert alert().status == "sent" and alert().level == 1


def test_a_health_worker_who_sent_stop_gets_no_alerts_and_the_others_do(twilio):
    app, stub = twilio
    add_worker(FACILITY_WORKER, "PHC-7")
    add_worker("+9779833333333", "PHC-7")
    Phone(app.test_client(), FACILITY_WORKER).send("STOP")
    sita = registered_sita(app)
    sita.send("I am bleeding heavily")
    run_jobs(app)
    assert told(stub) == ["+9779833333333"]


def test_a_health_worker_on_whatsapp_outside_her_window_gets_the_alert_by_sms(twilio):
    app, stub = twilio
    add_worker(FACILITY_WORKER, "PHC-7", channel="whatsapp")
    db.session.add(Conversation(phone=FACILITY_WORKER, channel="whatsapp", state="new", data={},
                                last_inbound_at=utcnow() - timedelta(days=3)))
    db.session.commit()
    registered_sita(app).send("I am bleeding heavily")
    run_jobs(app)
    assert told(stub) == [FACILITY_WORKER] and "Body" in stub.requests[0]  # SMS, not free-form WhatsApp


def test_a_health_worker_on_whatsapp_outside_her_window_gets_the_approved_template(twilio, tmp_path):
    app, stub = twilio
    templates = tmp_path / "templates.yaml"
    templates.write_text("alert:\n  en: {content_sid: HXalert, variables: [who, phone, sign]}\n")
    configure(app, WHATSAPP_TEMPLATES_FILE=str(templates))
    add_worker(FACILITY_WORKER, "PHC-7", channel="whatsapp")
    registered_sita(app).send("I am bleeding heavily")
    run_jobs(app)
    sent = stub.requests[0]
    assert sent["To"] == f"whatsapp:{FACILITY_WORKER}" and sent["ContentSid"] == "HXalert" and "Body" not in sent
    assert SITA in sent["ContentVariables"] and "Sita" in sent["ContentVariables"]


def test_with_no_health_worker_the_fallback_number_is_alerted(twilio):
    app, stub = twilio
    configure(app, ALERT_FALLBACK_PHONE=HOTLINE)
    reply = Phone(app.test_client(), SITA).send("baby is not breathing properly, turning blue")
    assert "alerting a health worker" in reply
    run_jobs(app)
    assert told(stub) == [HOTLINE]


def test_alerts_from_five_mothers_reach_each_health_worker_exactly_once_through_rate_limiting(twilio):
    app, stub = twilio
    configure(app, SMS_RATE_PER_SECOND=1000.0)
    add_worker(ON_CALL)
    add_worker("+9779833333333")
    stub.failures.extend([(429, 20429, 1)] * 3 + [(503, 20500)])
    mothers = [Phone(app.test_client(), f"+97798000001{n:02d}") for n in range(5)]
    for mother in mothers:
        mother.send("I am bleeding heavily")
    now = utcnow()
    for minute in range(0, 30, 3):
        run_jobs(app, now=now + timedelta(minutes=minute))
    bodies = sorted((request["To"], mother.number) for request in stub.requests for mother in mothers
                    if mother.number in request["Body"])
    expected = sorted((worker, mother.number) for worker in (ON_CALL, "+9779833333333") for mother in mothers)
    assert bodies == expected  # each mother's alert, to each health worker, once
    assert {row.status for row in db.session.scalars(select(OutboundMessage)
                                                      .where(OutboundMessage.kind == "alert"))} == {"sent"}


def test_with_redis_down_the_mother_still_gets_the_emergency_reply_and_the_alert_goes_later(twilio):
    from app import create_app
    from tests.support import services

    app, stub = twilio
    add_worker(ON_CALL)
    down = create_app(services.overrides({"DATABASE_URL": app.config["AAMCARE"].DATABASE_URL,
                                          "REDIS_URL": "redis://127.0.0.1:1/0"}))
    with down.app_context():
        reply = Phone(down.test_client(), SITA).send("I am bleeding heavily")
    assert "NOW" in reply and "alerting a health worker" in reply
    now = utcnow()
    run_jobs(app, now=now)  # Redis is back, empty: the dispatcher finds the alert once it is due again
    run_jobs(app, now=now + timedelta(minutes=2))
    assert told(stub) == [ON_CALL]
    run_jobs(app, now=now + timedelta(minutes=4))
    assert told(stub) == [ON_CALL]


def test_an_alert_is_escalated_when_its_message_expires_unsent(twilio):
    app, stub = twilio
    add_worker(FACILITY_WORKER, "PHC-7")
    add_worker(ON_CALL)
    registered_sita(app).send("I am bleeding heavily")
    created = aware(alert().created_at)
    run_jobs(app, now=created + timedelta(hours=7), passes=2)  # the first message is past its validity
    assert told(stub) == [ON_CALL]
