"""The bare comparison endpoint for bench/webhook.py: the least a signed Twilio webhook can do on our stack.

POST /twilio/messages checks the Twilio signature (the same RequestValidator call the app makes), then runs one
indexed SELECT and one INSERT in a single transaction, one Redis write, and returns fixed TwiML. Same Flask,
same SQLAlchemy connection pool settings, same PostgreSQL and Redis as the app, so the ratio between the two
measures what the app's own work costs, not the framework or the servers.

Served by gunicorn with the same settings as the app: `gunicorn --chdir bench "bare:create_app()"`, with
DATABASE_URL, REDIS_URL, TWILIO_AUTH_TOKEN and PUBLIC_BASE_URL in the environment. `create_schema(url)` makes
its one table; the benchmark driver calls it before starting the server.
"""
from __future__ import annotations

import os

from flask import Flask, Response, abort, request
from redis import Redis
from sqlalchemy import Engine, create_engine, text
from twilio.request_validator import RequestValidator

PATH = "/twilio/messages"
REPLY = ('<?xml version="1.0" encoding="UTF-8"?>'
         "<Response><Message>Thank you, your message has been received.</Message></Response>")
SCHEMA = (
    ("CREATE TABLE IF NOT EXISTS bench_events "
     "(id serial PRIMARY KEY, phone text NOT NULL, body text NOT NULL, at timestamptz NOT NULL DEFAULT now())"),
    "CREATE INDEX IF NOT EXISTS bench_events_phone ON bench_events (phone)",
)
LAST_EVENT = text("SELECT id, body FROM bench_events WHERE phone = :phone ORDER BY id DESC LIMIT 1")
NEW_EVENT = text("INSERT INTO bench_events (phone, body) VALUES (:phone, :body)")


def create_schema(database_url: str) -> None:
    engine = create_engine(database_url)
    with engine.begin() as connection:
        for statement in SCHEMA:
            connection.execute(text(statement))
    engine.dispose()


def create_app() -> Flask:
    app = Flask(__name__)
    # The app's pool settings (services/database.py), so both hold the same number of connections.
    engine = create_engine(os.environ["DATABASE_URL"], pool_size=10, max_overflow=10)
    redis = Redis.from_url(os.environ["REDIS_URL"])
    validator = RequestValidator(os.environ["TWILIO_AUTH_TOKEN"])
    signed_url = os.environ["PUBLIC_BASE_URL"].rstrip("/") + PATH

    @app.post(PATH)
    def inbound_message() -> Response:
        if not validator.validate(signed_url, request.form, request.headers.get("X-Twilio-Signature", "")):
            abort(403)
        phone, body = request.form.get("From", ""), request.form.get("Body", "")
        _record(engine, phone, body)
        redis.lpush(f"bench:events:{phone}", body)
        return Response(REPLY, mimetype="application/xml")

    return app


def _record(engine: Engine, phone: str, body: str) -> None:
    with engine.begin() as connection:
        connection.execute(LAST_EVENT, {"phone": phone}).first()
        connection.execute(NEW_EVENT, {"phone": phone, "body": body})
