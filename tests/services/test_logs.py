"""Logs an operator can use and a mother need not fear: JSON lines with a request id that follows the message
into its jobs, phone numbers masked, message bodies and the Account SID nowhere."""
import json
import logging

import pytest
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from models import db, utcnow
from services import logs, outbox, queues
from tests.support import console
from tests.support.phone import Phone, signature
from worker import make_worker


@pytest.fixture
def json_logs(app, capsys):
    """Returns the JSON lines logged since the last call; the first call switches the format (capsys captures
    only once the test runs, so the handler is made then)."""
    started = []

    def lines() -> list[dict]:
        if not started:
            logs.configure(app.config["AAMCARE"].__class__(LOG_FORMAT="json"))
            started.append(True)
        return [json.loads(line) for line in capsys.readouterr().err.splitlines() if line.startswith("{")]

    yield lines
    logs.configure(app.config["AAMCARE"])


def test_a_phone_number_is_masked_and_message_ids_are_not():
    assert logs.mask("to +9779800000001 and whatsapp:+9779812345678") == \
        "to +97798*****01 and whatsapp:+97798*****78"
    assert logs.mask("SM00000000000000000000000000000001 job outbound-12") == \
        "SM00000000000000000000000000000001 job outbound-12"


def test_json_lines_carry_time_level_logger_message_and_a_masked_number(json_logs):
    json_logs()
    logging.getLogger("aamcare.test").warning("could not reach %s", "+9779800000001")
    line = json_logs()[-1]
    assert set(line) >= {"time", "level", "logger", "message"}
    assert line["level"] == "WARNING" and line["message"] == "could not reach +97798*****01"


def test_the_request_id_of_a_webhook_follows_it_into_the_jobs_it_enqueues(app, client, json_logs):
    console.worker("+9779811111111")  # on call for every facility
    form = Phone(client, "+9779800000401").form("I have heavy bleeding")
    response = client.post("/twilio/messages", data=form, headers={
        "X-Twilio-Signature": signature("/twilio/messages", form), "I-Twilio-Idempotency-Token": "idem-401"})
    assert response.status_code == 200 and response.headers["X-Request-Id"] == "idem-401"
    job = queues.queue("high").jobs[0]
    assert job.meta["request_id"] == "idem-401"
    json_logs()
    make_worker(app).work(burst=True)  # the alert's message is sent, and logged under the webhook's id
    sent = [line for line in json_logs() if line["logger"] == "services.delivery"]
    assert sent and all(line["request_id"] == "idem-401" for line in sent)


def test_a_request_without_twilios_token_gets_a_new_id(client):
    first, second = client.get("/healthz"), client.get("/healthz")
    assert first.headers["X-Request-Id"] and first.headers["X-Request-Id"] != second.headers["X-Request-Id"]


def test_a_database_error_never_shows_what_she_wrote(app):
    with pytest.raises(SQLAlchemyError) as error:
        db.session.execute(text("INSERT INTO no_such_table (body) VALUES (:body)"), {"body": "my private words"})
    db.session.rollback()
    assert "my private words" not in str(error.value) and "hidden" in str(error.value)


def test_sending_through_twilio_logs_neither_the_account_sid_nor_the_body(twilio, caplog):
    app, stub = twilio
    outbox.add(outbox.Draft(phone="+9779800000402", kind="checkup_reminder", body="Your private checkup note"),
               now=utcnow())
    db.session.commit()
    outbox.wake()
    make_worker(app).work(burst=True)
    assert len(stub.requests) == 1
    ours = "\n".join(record.getMessage() for record in caplog.records if record.name != "werkzeug")  # the stub's
    assert " sent" in ours  # the send itself was logged
    assert "AC111" not in ours and "private checkup" not in ours
