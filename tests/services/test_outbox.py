"""The outbox: rows written with the decision, sent once by the workers through the real twilio SDK, with
opt-outs, the WhatsApp window, validity, retries, pacing and Twilio's errors acted on."""
from datetime import timedelta

from redis import Redis
from rq import Queue
from sqlalchemy import select

from models.base import aware
from models import Conversation, OutboundEvent, OutboundMessage, Reachability, StatusEvent, db, utcnow
from services import delivery, outbox, queues, sender
from tests.services.test_gunicorn import free_port
from tests.support.jobs import run_jobs
from tests.support.phone import post_signed

SITA = "+9779800000001"


def conversation(phone=SITA, channel="sms", opted_out=False, last=None):
    db.session.add(Conversation(phone=phone, channel=channel, state="menu.main", opted_out=opted_out,
                                last_inbound_at=last or utcnow()))
    db.session.commit()


def queue_one(phone=SITA, kind="checkup_reminder", body="Checkup *tomorrow* – 9am", now=None, **fields) -> int:
    row_id = outbox.add(outbox.Draft(phone=phone, kind=kind, body=body, **fields), now=now or utcnow())
    db.session.commit()
    outbox.wake()
    return row_id


def row(row_id) -> OutboundMessage:
    db.session.rollback()
    return db.session.get(OutboundMessage, row_id)


def history(row_id) -> list[str]:
    return list(db.session.scalars(select(OutboundEvent.status).where(OutboundEvent.outbound_id == row_id)
                                   .order_by(OutboundEvent.id)))


def test_a_queued_sms_is_sent_once_through_twilio_as_plain_gsm_text(twilio):
    app, stub = twilio
    conversation()
    row_id = queue_one()
    run_jobs(app)
    sent = row(row_id)
    assert sent.status == "sent" and sent.twilio_sid.startswith("SM") and history(row_id) == ["sent"]
    assert stub.requests[0]["To"] == SITA and stub.requests[0]["From"] == "+15005550006"
    assert stub.requests[0]["Body"] == "Checkup tomorrow - 9am"
    with app.app_context():
        assert delivery.send([row_id]) == {"not queued": 1}  # a second run sends nothing
    assert len(stub.requests) == 1


def test_a_lost_hand_off_delays_a_message_but_the_dispatcher_sends_it(twilio):
    app, stub = twilio
    conversation()
    now = utcnow()
    row_id = queue_one(now=now)
    queues.redis(app).flushdb()  # the wake-up is gone, as after a Redis restart
    run_jobs(app, now=now + timedelta(seconds=10))
    assert row(row_id).status == "queued" and stub.requests == []  # handed over moments ago: not yet again
    run_jobs(app, now=now + timedelta(seconds=app.config["AAMCARE"].OUTBOX_HANDED_TIMEOUT_SECONDS + 1))
    assert row(row_id).status == "sent" and len(stub.requests) == 1


def test_a_hand_off_that_fails_with_redis_down_is_taken_by_the_next_dispatcher_pass(twilio):
    app, stub = twilio
    conversation()
    now = utcnow()
    working = app.extensions["queues"]
    unreachable = Redis(port=free_port(), socket_connect_timeout=1)  # nothing listens there
    app.extensions["queues"] = {name: Queue(name, connection=unreachable) for name in queues.QUEUE_NAMES}
    try:
        row_id = queue_one(now=now)  # committed; its wake-up fails
    finally:
        app.extensions["queues"] = working
    assert row(row_id).status == "queued" and row(row_id).handed_at is None
    run_jobs(app, now=now + timedelta(seconds=1))  # long before the handed-over timeout
    assert row(row_id).status == "sent" and len(stub.requests) == 1


def test_whatsapp_inside_her_window_goes_free_form_to_the_whatsapp_address(twilio):
    app, stub = twilio
    conversation(channel="whatsapp")
    queue_one()
    run_jobs(app)
    assert stub.requests[0]["To"] == f"whatsapp:{SITA}" and stub.requests[0]["From"] == "whatsapp:+14155238886"
    assert "*tomorrow*" in stub.requests[0]["Body"]


def test_whatsapp_outside_her_window_goes_by_sms_when_there_is_no_template(twilio):
    app, stub = twilio
    conversation(channel="whatsapp", last=utcnow() - timedelta(hours=25))
    row_id = queue_one()
    run_jobs(app)
    assert row(row_id).channel == "sms" and stub.requests[0]["To"] == SITA
    assert "ContentSid" not in stub.requests[0]


def test_whatsapp_outside_her_window_goes_as_the_approved_template(twilio, tmp_path):
    app, stub = twilio
    templates = tmp_path / "templates.yaml"
    templates.write_text("checkup_reminder:\n  en: {content_sid: HX123, variables: [text]}\n")
    app.config["AAMCARE"] = app.config["AAMCARE"].__class__(
        **{**app.config["AAMCARE"].__dict__, "WHATSAPP_TEMPLATES_FILE": str(templates)})
    conversation(channel="whatsapp", last=utcnow() - timedelta(hours=25))
    row_id = queue_one(variables={"text": "Checkup tomorrow"})
    run_jobs(app)
    sent = stub.requests[0]
    assert sent["To"] == f"whatsapp:{SITA}" and sent["ContentSid"] == "HX123" and "Body" not in sent
    assert sent["ContentVariables"] == '{"1": "Checkup tomorrow"}' and row(row_id).template == "HX123"


def test_nothing_is_sent_to_a_number_that_opted_out(twilio):
    app, stub = twilio
    conversation(opted_out=True)
    row_id = queue_one()
    run_jobs(app)
    assert (row(row_id).status, row(row_id).error_code, stub.requests) == ("skipped", "opted_out", [])


def test_a_message_that_could_not_go_in_time_expires_instead_of_arriving_late(twilio):
    app, stub = twilio
    conversation()
    now = utcnow()
    row_id = queue_one(now=now, not_after=now + timedelta(hours=12))
    queues.redis(app).flushdb()
    run_jobs(app, now=now + timedelta(hours=13))
    assert row(row_id).status == "expired" and stub.requests == [] and history(row_id) == ["expired"]


def test_add_many_writes_the_very_rows_add_writes(app, tmp_path):
    templates = tmp_path / "templates.yaml"
    templates.write_text("broadcast:\n  en: {content_sid: HX9, variables: [text]}\n")
    app.config["AAMCARE"] = app.config["AAMCARE"].__class__(
        **{**app.config["AAMCARE"].__dict__, "WHATSAPP_TEMPLATES_FILE": str(templates)})
    conversation(channel="whatsapp", last=utcnow() - timedelta(hours=25))  # outside her window: the template
    conversation(phone="+9779800000002")
    now = utcnow()
    drafts = [outbox.Draft(phone=phone, kind="broadcast", body="Clinic *closed* on Friday – come Saturday",
                           priority="bulk", natural_key=f"{how}:{phone}", variables={"text": "Clinic closed"},
                           due_at=now + timedelta(hours=1), broadcast_id=7)
              for how in ("one", "many") for phone in (SITA, "+9779800000002")]
    for draft in drafts[:2]:
        outbox.add(draft, now=now)
    assert outbox.add_many(drafts[2:], now=now) == 2
    db.session.commit()
    db.session.expire_all()
    rows = db.session.scalars(select(OutboundMessage).order_by(OutboundMessage.id)).all()
    written = [{column: aware(value) if column.endswith("_at") else value
                for column, value in vars(row).items() if column not in ("_sa_instance_state", "id", "natural_key")}
               for row in rows]
    assert written[:2] == written[2:]
    assert (rows[0].template, rows[0].variables, rows[1].channel) == ("HX9", {"1": "Clinic closed"}, "sms")


def test_a_second_add_with_the_same_natural_key_writes_nothing(app):
    now = utcnow()
    draft = outbox.Draft(phone=SITA, kind="weekly", body="Week 20", natural_key="weekly:1:20")
    assert outbox.add(draft, now=now) is not None
    assert outbox.add(draft, now=now) is None
    assert outbox.add_many([draft, outbox.Draft(phone=SITA, kind="weekly", body="Week 21",
                                                natural_key="weekly:1:21")], now=now) == 1
    db.session.commit()
    assert db.session.scalars(select(OutboundMessage.natural_key).order_by(OutboundMessage.id)).all() == [
        "weekly:1:20", "weekly:1:21"]


def test_cancel_leaves_sent_messages_alone(app):
    now = utcnow()
    first = outbox.add(outbox.Draft(phone=SITA, kind="weekly", body="Week 20"), now=now)
    second = outbox.add(outbox.Draft(phone=SITA, kind="checkup_reminder", body="Checkup"), now=now)
    db.session.get(OutboundMessage, first).status = "sent"
    assert outbox.cancel(now=now, phone=SITA, reason="loss") == 1
    db.session.commit()
    assert [row(first).status, row(second).status] == ["sent", "cancelled"]


def test_opted_out_by_the_carrier_marks_her_opted_out_without_a_retry(twilio):
    app, stub = twilio
    conversation()
    stub.failures.append((400, 21610))
    row_id = queue_one()
    run_jobs(app)
    assert (row(row_id).status, row(row_id).error_code) == ("failed", "21610")
    assert stub.attempts == 1
    assert db.session.scalars(select(Conversation.opted_out)).one() is True


def test_an_invalid_number_is_unreachable_at_once(twilio):
    app, stub = twilio
    conversation()
    stub.failures.append((400, 21211))
    queue_one()
    run_jobs(app)
    assert db.session.get(Reachability, SITA).unreachable_since is not None
    assert db.session.get(OutboundMessage, queue_one(kind="weekly")).status == "skipped"


def test_three_failed_messages_in_a_row_make_a_number_unreachable(twilio):
    app, stub = twilio
    conversation()
    for _ in range(3):
        stub.failures.append((400, 30003))
        queue_one(kind="weekly", body=f"week {_}")
        run_jobs(app)
    assert db.session.get(Reachability, SITA).consecutive_failures == 3
    assert db.session.get(Reachability, SITA).unreachable_since is not None


def test_a_rate_limited_send_is_retried_after_twilios_retry_after(twilio):
    app, stub = twilio
    conversation()
    stub.failures.append((429, 20429, 30))
    now = utcnow()
    row_id = queue_one(now=now)
    run_jobs(app, now=now)
    waiting = row(row_id)
    assert waiting.status == "queued" and waiting.error_code == "20429" and waiting.attempts == 1
    assert history(row_id) == ["queued"]
    run_jobs(app, now=now + timedelta(seconds=5))
    assert row(row_id).status == "queued"  # not before Retry-After
    run_jobs(app, now=aware(waiting.due_at) + timedelta(seconds=1))
    assert row(row_id).status == "sent" and row(row_id).attempts == 2


def test_an_answer_lost_after_twilio_accepted_is_not_sent_twice(twilio):
    app, stub = twilio
    conversation()
    stub.accept_then_fail = 1  # Twilio took it, the 500 came back
    now = utcnow()
    row_id = queue_one(now=now)
    run_jobs(app, now=now)
    assert row(row_id).status == "sending" and len(stub.requests) == 1
    run_jobs(app, now=now + timedelta(minutes=10))
    assert row(row_id).status == "sent" and row(row_id).twilio_sid == stub.requests[0]["_sid"]
    assert len(stub.requests) == 1


def test_a_worker_killed_mid_send_leaves_a_row_that_is_checked_then_sent_once(twilio):
    app, stub = twilio
    conversation()
    now = utcnow()
    row_id = queue_one(now=now)
    claimed = delivery._claim(row_id, now)  # a worker took it and died before calling Twilio
    assert claimed is not None and row(row_id).status == "sending"
    run_jobs(app, now=now + timedelta(seconds=30))
    assert row(row_id).status == "sending" and stub.requests == []  # too early to call it stuck
    run_jobs(app, now=now + timedelta(minutes=10), passes=2)
    assert row(row_id).status == "sent" and len(stub.requests) == 1


def test_a_worker_killed_before_writing_down_a_batch_twilio_accepted_sends_none_of_it_twice(twilio):
    app, stub = twilio
    now = utcnow()
    phones = [f"+97798000005{n:02d}" for n in range(3)]
    ids = [queue_one(phone=phone, now=now) for phone in phones]
    for claimed in delivery._claim_many(ids, now):  # a worker claimed the batch, Twilio accepted each message...
        sender.current().send(claimed.phone, claimed.channel, claimed.body)
    # ...and the worker died before writing any of it down
    assert [row(row_id).status for row_id in ids] == ["sending"] * 3 and len(stub.requests) == 3
    run_jobs(app, now=now + timedelta(minutes=10), passes=2)
    assert [row(row_id).status for row_id in ids] == ["sent"] * 3
    assert sorted(request["To"] for request in stub.requests) == phones  # found at Twilio, not sent again


def test_an_important_whatsapp_message_that_fails_goes_by_sms(twilio):
    app, stub = twilio
    conversation(channel="whatsapp")
    stub.failures.append((400, 63014))
    row_id = queue_one(kind="vaccine_reminder")
    run_jobs(app, passes=2)
    assert row(row_id).status == "failed"
    assert [request["To"] for request in stub.requests] == [SITA]


def test_the_sender_is_paced_across_workers_in_sms_segments(twilio):
    app, stub = twilio
    conversation()
    now = utcnow()
    long_text = "x" * 400  # 3 segments
    ids = [queue_one(kind="broadcast", body=long_text + str(n), now=now) for n in range(3)]
    run_jobs(app, now=now)  # 1 segment a second: the first goes, the rest wait their turn
    statuses = [row(row_id).status for row_id in ids]
    assert statuses.count("sent") == 1 and statuses.count("queued") == 2
    waiting = [row(row_id) for row_id in ids if row(row_id).status == "queued"]
    assert all(aware(row.due_at) > now for row in waiting)


def test_status_callbacks_never_move_a_status_backwards(twilio):
    app, stub = twilio
    conversation()
    row_id = queue_one()
    run_jobs(app)
    web = app.test_client()
    for status in ("delivered", "sent", "read", "delivered"):
        response = post_signed(web, {"MessageSid": row(row_id).twilio_sid, "MessageStatus": status},
                               "/twilio/status")
        assert response.status_code == 204
    assert row(row_id).status == "read"
    assert len(db.session.scalars(select(StatusEvent)).all()) == 4
    assert history(row_id) == ["sent", "delivered", "read"]
