"""Fixtures: an app on each backend, a signed Twilio client, and phones that talk to it.

Every integration test runs twice: on the embedded default (SQLite + embedded redis-server) and on the real
services (PostgreSQL + Redis from TEST_DATABASE_URL / TEST_REDIS_URL). The services run is skipped with its
reason when they do not answer, and fails instead when REQUIRE_SERVICES=1.
"""
from __future__ import annotations

import pytest
from hypothesis import settings

from tests.support import services

# Property tests: a small budget in the suite (shared CI machines, timings vary), `--hypothesis-profile=deep` by hand.
settings.register_profile("ci", max_examples=60, deadline=None)
settings.register_profile("deep", max_examples=5000, deadline=None)
settings.load_profile("ci")

BACKENDS = ("embedded", "services")


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request, tmp_path_factory):
    if request.param == "services":
        yield services.real_or_skip()
        return
    config = services.embedded(tmp_path_factory.mktemp("embedded"))
    yield config
    config["_server"].shutdown()  # the embedded redis-server would outlive the test run


@pytest.fixture(scope="session")
def migrated(backend) -> dict:
    """The schema built by the Alembic migrations themselves, once per backend."""
    services.reset_schema(backend["DATABASE_URL"])
    services.upgrade(backend)
    return backend


@pytest.fixture
def app(migrated):
    from app import create_app

    app = create_app(services.overrides(migrated))
    with app.app_context():
        services.empty(app)
        yield app
        services.empty(app)
        services.release(app)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def phone(client):
    from tests.support.phone import Phone

    return lambda number="+9779800000001", channel="sms": Phone(client, number, channel)


@pytest.fixture
def twilio(migrated):
    """An app whose sender is the real TwilioSender, talking to a local Twilio stub."""
    from app import create_app
    from tests.support.twilio_stub import TwilioStub, serve

    stub = TwilioStub()
    server, url = serve(stub)
    config = services.overrides(migrated) | {"TWILIO_ACCOUNT_SID": "AC" + "1" * 32, "TWILIO_API_BASE_URL": url}
    app = create_app(config)
    with app.app_context():
        services.empty(app)
        yield app, stub
        services.empty(app)
        services.release(app)
    server.shutdown()
