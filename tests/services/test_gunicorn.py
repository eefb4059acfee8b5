"""From outside, as Twilio would: the production web process (gunicorn) over HTTP with signed webhooks."""
import os
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import requests
from twilio.request_validator import RequestValidator

from tests.support import services

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "gunicorn-test-token"
METRICS_TOKEN = "gunicorn-metrics-token"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(migrated: dict, port: int) -> dict:
    base = f"http://127.0.0.1:{port}"
    return os.environ | {"APP_ENV": "production", "SECRET_KEY": "s", "TWILIO_ACCOUNT_SID": "AC" + "2" * 32,
                         "TWILIO_AUTH_TOKEN": TOKEN, "PUBLIC_BASE_URL": base, "TWILIO_API_BASE_URL": base + "/none",
                         "DATABASE_URL": migrated["DATABASE_URL"], "REDIS_URL": migrated["REDIS_URL"],
                         "PORT": str(port), "WEB_CONCURRENCY": "2", "METRICS_TOKEN": METRICS_TOKEN} | services.KEYS


@pytest.fixture
def server(migrated, app):
    """gunicorn as the README starts it: its settings from gunicorn.conf.py, the port from PORT."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    process = subprocess.Popen([sys.executable, "-m", "gunicorn", "app:create_app()"], cwd=ROOT,
                               env=production_env(migrated, port), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_until_healthy(base, process)
        yield base
    finally:
        process.terminate()  # a graceful stop: requests in flight finish (gunicorn.conf.py's graceful_timeout)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            pytest.fail("gunicorn did not stop within 60 s of SIGTERM")


def wait_until_healthy(base: str, process, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(process.stderr.read().decode()[-2000:])
        try:
            if requests.get(base + "/healthz", timeout=5).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.2)
    pytest.fail(f"gunicorn did not become healthy in {seconds} s")


class Twilio:
    def __init__(self, base: str):
        self.base, self.count = base, 0

    def post(self, sender: str, body: str, sid: str | None = None, token: str = TOKEN) -> requests.Response:
        self.count += 1
        form = {"MessageSid": sid or f"SM{self.count:032d}", "From": sender, "To": "+15005550006", "Body": body}
        url = self.base + "/twilio/messages"
        signature = RequestValidator(token).compute_signature(url, form)
        return requests.post(url, data=form, headers={"X-Twilio-Signature": signature}, timeout=30)

    def say(self, sender: str, body: str) -> str:
        response = self.post(sender, body)
        assert response.status_code == 200, response.text
        return "".join(node.text or "" for node in ET.fromstring(response.content).iter("Message"))


REGISTRATION = ("hi", "1", "yes", "Sita", "1", "20 weeks", "yes", "skip")


@pytest.mark.parametrize("sender", ["+9779800000101", "whatsapp:+9779800000102"])
def test_a_signed_conversation_registers_in_eight_messages(server, sender):
    twilio = Twilio(server)
    replies = [twilio.say(sender, text) for text in REGISTRATION]
    assert "registered" in replies[-1]


def test_a_mis_signed_request_gets_403_and_a_replay_changes_nothing(server):
    twilio = Twilio(server)
    assert twilio.post("+9779800000103", "hi", token="wrong").status_code == 403
    first = twilio.post("+9779800000103", "hi", sid="SM" + "7" * 32)
    replay = twilio.post("+9779800000103", "hi", sid="SM" + "7" * 32)
    assert first.content == replay.content
    assert "Do you agree" in twilio.say("+9779800000103", "1")


def test_after_stop_nothing_is_sent_and_start_welcomes_her_back(server):
    twilio = Twilio(server)
    for text in REGISTRATION:
        twilio.say("+9779800000104", text)
    assert "not get any more messages" in twilio.say("+9779800000104", "STOP")
    assert twilio.say("+9779800000104", "what week am I") == ""
    assert "Welcome back, Sita" in twilio.say("+9779800000104", "START")


def test_every_line_gunicorn_and_the_app_write_in_production_is_json(migrated, app):
    import json

    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "gunicorn", "app:create_app()"], cwd=ROOT,
                               env=production_env(migrated, port), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wait_until_healthy(f"http://127.0.0.1:{port}", process)
        Twilio(f"http://127.0.0.1:{port}").say("+9779800000105", "hi")
    finally:
        process.terminate()
        out, err = process.communicate(timeout=60)
    lines = [json.loads(line) for line in (out + err).decode().splitlines() if line.strip()]
    messages = [line["message"] for line in lines]
    assert any(message.startswith("Starting gunicorn") for message in messages)
    assert any(message.startswith("Booting worker") for message in messages)
    assert any(message.startswith("Shutting down") for message in messages)
    assert all(line["level"] and line["logger"] for line in lines)
    assert not any("+9779800000105" in message for message in messages)


def test_production_refuses_to_start_without_its_secrets():
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TWILIO", "DATABASE", "REDIS", "SECRET", "PII_"))}
    result = subprocess.run([sys.executable, "-c", "from app import create_app; create_app()"], cwd=ROOT,
                            env=env | {"APP_ENV": "production"}, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "TWILIO_AUTH_TOKEN" in result.stderr
    assert "PII_ENCRYPTION_KEY" in result.stderr and "PII_INDEX_KEY" in result.stderr



def inbound_count(base: str) -> float:
    text = requests.get(base + "/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"}, timeout=10).text
    sample = 'aamcare_inbound_messages_total{channel="sms",kind="text",status="processed"} '
    return sum(float(line.split()[-1]) for line in text.splitlines() if line.startswith(sample))


def test_metrics_add_up_over_every_worker(server):
    twilio = Twilio(server)
    before = inbound_count(server)
    for n in range(6):  # over new connections: gunicorn hands them to both workers
        twilio.say(f"+97798000002{n:02d}", "hi")
    assert inbound_count(server) == before + 6
    assert requests.get(server + "/metrics", timeout=10).status_code == 401
    assert requests.get(server + "/simulator/", timeout=10).status_code == 404


def test_gunicorn_refuses_a_database_behind_the_migrations(migrated):
    if not migrated["DATABASE_URL"].startswith("postgresql"):
        pytest.skip("the embedded default migrates itself")
    from sqlalchemy import create_engine, text

    with create_engine(migrated["DATABASE_URL"]).begin() as connection:
        connection.execute(text("CREATE SCHEMA IF NOT EXISTS unmigrated"))
    env = production_env(migrated, free_port())
    env["DATABASE_URL"] += ("&" if "?" in env["DATABASE_URL"] else "?") + "options=-csearch_path%3Dunmigrated"
    done = subprocess.run([sys.executable, "-m", "gunicorn", "app:create_app()"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0 and "flask --app app db upgrade" in done.stderr
