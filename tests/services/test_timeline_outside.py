"""The issue's check from outside: gunicorn and `python worker.py` as in production, PostgreSQL or SQLite, Redis,
the Twilio stub, and `flask reminders send-due --now` run as a command."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime, time as clock, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from models import Mother, db
from tests.services.test_gunicorn import REGISTRATION, ROOT, TOKEN, Twilio, free_port, wait_until_healthy
from tests.support import services
from tests.support.twilio_stub import TwilioStub, serve

KATHMANDU = ZoneInfo("Asia/Kathmandu")
SITA, GITA = "+9779800000201", "+9779800000202"


@pytest.fixture
def outside(migrated, app):
    if "postgresql" not in migrated["DATABASE_URL"]:
        pytest.skip("checked from outside on the production stack: PostgreSQL and Redis servers")
    stub = TwilioStub()
    stub_server, stub_url = serve(stub)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = os.environ | {"APP_ENV": "production", "SECRET_KEY": "s", "TWILIO_ACCOUNT_SID": "AC" + "3" * 32,
                        "TWILIO_AUTH_TOKEN": TOKEN, "PUBLIC_BASE_URL": base, "TWILIO_API_BASE_URL": stub_url,
                        "TWILIO_SMS_FROM": "+15005550006", "SMS_RATE_PER_SECOND": "50",
                        "DATABASE_URL": migrated["DATABASE_URL"], "REDIS_URL": migrated["REDIS_URL"]} | services.KEYS
    web = subprocess.Popen([sys.executable, "-m", "gunicorn", "-w", "2", "-b", f"127.0.0.1:{port}", "app:create_app()"],
                           cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    worker = subprocess.Popen([sys.executable, "worker.py"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        wait_until_healthy(base, web)
        yield Outside(base, stub, env)
    finally:
        for process in (web, worker):
            process.terminate()
            process.wait(timeout=15)
        stub_server.shutdown()


class Outside:
    def __init__(self, base: str, stub: TwilioStub, env: dict):
        self.twilio, self.stub, self.env = Twilio(base), stub, env

    def send_due(self, at: datetime) -> str:
        done = subprocess.run([sys.executable, "-m", "flask", "--app", "app", "reminders", "send-due", "--now",
                               at.isoformat()], cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout

    def received(self, number: str, words: str, wait: float = 0.0) -> list[str]:
        deadline = time.monotonic() + wait
        while True:
            found = [r["Body"] for r in self.stub.requests if r["To"] == number and words in r["Body"]]
            if found or time.monotonic() >= deadline:
                return found
            time.sleep(0.2)


def test_registered_at_20_weeks_she_gets_her_26_week_reminder_through_twilio_once_at_0905_her_time(outside):
    for text in REGISTRATION:
        outside.twilio.say(SITA, text)
    for text in REGISTRATION:
        outside.twilio.say(GITA, text)
    assert "not get any more messages" in outside.twilio.say(GITA, "STOP")
    db.session.rollback()
    lmp = db.session.scalars(select(Mother.lmp).where(Mother.phone == SITA)).one()
    day = lmp + timedelta(weeks=26, days=-3)

    outside.send_due(datetime.combine(day, clock(7, 0), KATHMANDU))
    assert outside.received(SITA, "26 weeks", wait=3) == []  # quiet hours

    outside.send_due(datetime.combine(day, clock(9, 5), KATHMANDU))
    assert len(outside.received(SITA, "checkup at 26 weeks", wait=30)) == 1

    assert "0 new" in outside.send_due(datetime.combine(day, clock(9, 5), KATHMANDU))
    time.sleep(3)
    assert len(outside.received(SITA, "checkup at 26 weeks")) == 1
    assert outside.received(GITA, "") == []  # she opted out: nothing at all
