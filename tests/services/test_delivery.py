"""Proactive messages go through RQ jobs and the real twilio SDK, honouring opt-outs and the WhatsApp window."""
from datetime import timedelta

from rq import SimpleWorker
from sqlalchemy import select

from models import Conversation, OutboundMessage, StatusEvent, db, utcnow
from services import delivery, queues


def run_jobs(app) -> None:
    worker = SimpleWorker([queues.queue(n, app) for n in queues.QUEUE_NAMES], connection=queues.redis(app))
    worker.work(burst=True)


def queue_one(phone="+9779800000001", channel="sms", body="Checkup *tomorrow* – 9am") -> OutboundMessage:
    start = delivery.enqueue_message(phone, channel, body, "reminder")
    db.session.commit()
    start()
    return db.session.scalars(select(OutboundMessage)).one()


def conversation(phone="+9779800000001", channel="sms", opted_out=False, last=None):
    db.session.add(Conversation(phone=phone, channel=channel, state="menu.main", opted_out=opted_out,
                                last_inbound_at=last or utcnow()))
    db.session.commit()


def test_a_queued_sms_is_sent_once_through_twilio_as_plain_gsm_text(twilio):
    app, stub = twilio
    conversation()
    row = queue_one()
    run_jobs(app)
    db.session.rollback()  # end the read snapshot: see what the job committed
    assert row.status == "sent" and row.twilio_sid.startswith("SM")
    assert stub.requests[0]["To"] == "+9779800000001" and stub.requests[0]["From"] == "+15005550006"
    assert stub.requests[0]["Body"] == "Checkup tomorrow - 9am"
    with app.app_context():
        assert delivery.send(row.id) == "nothing to do"  # a second run sends nothing
    assert len(stub.requests) == 1


def test_whatsapp_goes_to_the_whatsapp_address(twilio):
    app, stub = twilio
    conversation(channel="whatsapp")
    queue_one(channel="whatsapp")
    run_jobs(app)
    assert stub.requests[0]["To"] == "whatsapp:+9779800000001"
    assert stub.requests[0]["From"] == "whatsapp:+14155238886"
    assert "*tomorrow*" in stub.requests[0]["Body"]


def test_nothing_is_sent_to_a_number_that_opted_out(twilio):
    app, stub = twilio
    conversation(opted_out=True)
    row = queue_one()
    run_jobs(app)
    db.session.rollback()  # end the read snapshot: see what the job committed
    assert (row.status, row.error_code, stub.requests) == ("skipped", "opted_out", [])


def test_free_form_whatsapp_is_not_sent_outside_the_24_hour_window(twilio):
    app, stub = twilio
    conversation(channel="whatsapp", last=utcnow() - timedelta(hours=25))
    row = queue_one(channel="whatsapp")
    run_jobs(app)
    db.session.rollback()  # end the read snapshot: see what the job committed
    assert (row.status, row.error_code, stub.requests) == ("skipped", "outside_24h_window", [])


def test_a_permanent_twilio_error_fails_the_message_without_retrying(twilio):
    app, stub = twilio
    conversation()
    stub.failures.append((400, 21610))
    row = queue_one()
    run_jobs(app)
    db.session.rollback()  # end the read snapshot: see what the job committed
    assert (row.status, row.error_code) == ("failed", "21610")
    assert len(stub.requests) == 1


def test_a_rate_limited_send_is_retried_by_the_job(twilio):
    app, stub = twilio
    conversation()
    stub.failures.append((429, 20429))
    row = queue_one()
    run_jobs(app)
    job = queues.queue("default", app).fetch_job(f"outbound-{row.id}")
    assert job.retries_left == 2  # one of three retries used, waiting in the scheduler
    db.session.rollback()  # end the read snapshot: see what the job committed
    assert row.status == "queued"
    with app.app_context():
        assert delivery.send(row.id) == "sent"


def test_status_callbacks_never_move_a_status_backwards(twilio):
    app, stub = twilio
    conversation()
    row = queue_one()
    run_jobs(app)
    db.session.rollback()  # end the read snapshot: see what the job committed
    web = app.test_client()
    from tests.support.phone import post_signed

    for status in ("delivered", "sent", "read", "delivered"):
        response = post_signed(web, {"MessageSid": row.twilio_sid, "MessageStatus": status}, "/twilio/status")
        assert response.status_code == 204
    db.session.rollback()  # end the read snapshot: see what the job committed
    assert row.status == "read"
    assert len(db.session.scalars(select(StatusEvent)).all()) == 4
