"""`flask outbox tick` and `flask outbox status`: what operators run by hand."""
import json
from datetime import timedelta

from models import Conversation, db, utcnow
from services import outbox
from web.outbox_cli import outbox_cli

SITA = "+9779800000001"


def test_status_counts_by_kind_and_status_and_shows_one_numbers_history(twilio):
    app, stub = twilio
    db.session.add(Conversation(phone=SITA, channel="sms", state="menu.main", data={}, last_inbound_at=utcnow()))
    now = utcnow()
    outbox.add(outbox.Draft(phone=SITA, kind="weekly", body="Week 20"), now=now)
    outbox.add(outbox.Draft(phone="+9779800000002", kind="broadcast", body="Camp on Sunday"), now=now)
    db.session.commit()
    runner = app.test_cli_runner()
    assert "handed 2" in runner.invoke(outbox_cli, ["tick", "--now", (now + timedelta(minutes=5)).isoformat()]).output
    from tests.support.jobs import run_jobs

    run_jobs(app, now=now + timedelta(minutes=5))
    report = json.loads(runner.invoke(outbox_cli, ["status", "--phone", "9800000001", "--json"]).output)
    assert report["counts"] == {"weekly": {"sent": 1}, "broadcast": {"sent": 1}}
    [message] = report["messages"]
    assert (message["kind"], message["to"], message["status"]) == ("weekly", SITA, "sent")
    assert [event["status"] for event in message["history"]] == ["queued", "sent"]
    table = runner.invoke(outbox_cli, ["status"]).output
    assert "weekly" in table and "sent 1" in table


def test_tick_refuses_a_time_that_is_not_iso_8601(app):
    result = app.test_cli_runner().invoke(outbox_cli, ["tick", "--now", "yesterday"])
    assert result.exit_code != 0 and "ISO-8601" in result.output
