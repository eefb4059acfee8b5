"""GET /metrics: refused without the operator's bearer token, absent without one configured, and counting what
happened: messages in and out, alerts, opt-outs, queues."""
import re

import pytest

from tests.support import services

TOKEN = "metrics-test-token"


@pytest.fixture
def metered(migrated):
    from app import create_app

    app = create_app(services.overrides(migrated) | {"METRICS_TOKEN": TOKEN})
    with app.app_context():
        services.empty(app)
        yield app
        services.empty(app)


def scrape(client) -> str:
    response = client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200 and response.mimetype == "text/plain"
    return response.get_data(as_text=True)


def value(text: str, sample: str) -> float:
    found = re.search("^" + re.escape(sample) + r" ([0-9.e+-]+)$", text, re.MULTILINE)
    return float(found.group(1)) if found else 0.0


def test_without_a_token_configured_there_is_no_metrics_route(client):
    assert client.get("/metrics").status_code == 404


def test_metrics_are_refused_without_the_bearer_token(metered):
    client = metered.test_client()
    assert client.get("/metrics").status_code == 401
    assert client.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.get("/metrics", headers={"Authorization": TOKEN}).status_code == 401


def test_inbound_messages_and_webhook_latency_are_counted(metered):
    from tests.support.phone import Phone

    client = metered.test_client()
    inbound = 'aamcare_inbound_messages_total{channel="whatsapp",kind="text",status="processed"}'
    timed = 'aamcare_webhook_duration_seconds_count{endpoint="messages"}'
    before = scrape(client)
    Phone(client, "+9779800000301", "whatsapp").conversation("hi", "1")
    after = scrape(client)
    assert value(after, inbound) - value(before, inbound) == 2
    assert value(after, timed) - value(before, timed) == 2


def test_a_bad_signature_is_counted_as_a_rejection(metered):
    from tests.support.phone import Phone, post_signed

    client = metered.test_client()
    sample = 'aamcare_webhook_rejections_total{reason="signature"}'
    before = value(scrape(client), sample)
    assert post_signed(client, Phone(client, "+9779800000302").form("hi"), token="wrong").status_code == 403
    assert value(scrape(client), sample) == before + 1


def test_outbound_messages_alerts_opt_outs_and_queues_are_read_from_the_stores(metered):
    from tests.support import console
    from tests.support.jobs import run_jobs
    from tests.support.phone import Phone

    console.worker("+9779811111111")  # on call for every facility
    client = metered.test_client()
    sita, anita = Phone(client, "+9779800000303"), Phone(client, "+9779811111111")
    sita.conversation("hi", "1", "yes", "Sita", "1", "20 weeks", "yes", "skip")
    sita.send("I have heavy bleeding")
    waiting = scrape(client)
    assert value(waiting, 'aamcare_outbound_messages{channel="sms",kind="reply",status="inline"}') == 9
    assert value(waiting, 'aamcare_outbound_messages{channel="sms",kind="alert",status="queued"}') == 1
    assert value(waiting, 'aamcare_alerts{state="open",urgency="now"}') == 1
    assert value(waiting, 'aamcare_queue_jobs{queue="high",state="queued"}') == 1  # the alert, handed over
    run_jobs(metered)
    anita.send("OK")
    sita.send("STOP")
    text = scrape(client)
    assert value(text, 'aamcare_outbound_messages{channel="sms",kind="alert",status="sent"}') == 1
    assert value(text, 'aamcare_outbound_status_changes_total{channel="sms",kind="alert",status="sent"}') == 1
    assert value(text, 'aamcare_alerts{state="acknowledged",urgency="now"}') == 1
    assert value(text, "aamcare_alert_notify_seconds_count") == 1
    assert value(text, "aamcare_alert_acknowledge_seconds_count") == 1
    assert value(text, 'aamcare_consent_events{kind="opt_out"}') == 1
    assert value(text, "aamcare_opted_out_numbers") == 1
    assert 'aamcare_jobs_failed{queue="high"} 0.0' in text
    assert 'aamcare_store_up{store="database"} 1.0' in text and 'aamcare_store_up{store="queue"} 1.0' in text


def test_a_store_that_is_down_is_reported_not_fatal(metered, monkeypatch):
    from redis import Redis

    monkeypatch.setitem(metered.extensions, "redis", Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=1))
    text = scrape(metered.test_client())
    assert 'aamcare_store_up{store="queue"} 0.0' in text and "aamcare_queue_jobs" not in text
    assert 'aamcare_store_up{store="database"} 1.0' in text
