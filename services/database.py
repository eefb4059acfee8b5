"""Database wiring: PostgreSQL in production, SQLite as the embedded default.

SQLite runs in WAL mode with transactions begun by SQLAlchemy (pysqlite's own implicit BEGIN is off), so
readers never block the writer. SQLite ignores SELECT ... FOR UPDATE; the conversation lock there is a write as
the first statement of the transaction (see services.inbox), which waits for the single writer. A transaction
that reads first and writes later can still be refused at once ("database is locked") when another writer
committed in between; jobs run again after that (services.jobs) and the dispatcher at its next pass.
"""
from flask import Flask
from sqlalchemy import event

from models import db  # noqa: F401  (re-exported for the factory)


def init_app(app: Flask, url: str) -> None:
    app.config["SQLALCHEMY_DATABASE_URI"] = url
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = _engine_options(url)
    db.init_app(app)
    if url.startswith("sqlite"):
        with app.app_context():
            _serialise_sqlite(db.engine)


def _engine_options(url: str) -> dict:
    # Statement parameters are her number and her words: never in an error message, a log line or a stored error.
    private = {"hide_parameters": True}
    if url.startswith("sqlite"):
        return private | {"connect_args": {"timeout": 30, "check_same_thread": False}}
    # No pre-ping: it costs a round trip per request; a dropped connection fails one request and is replaced.
    return private | {"pool_recycle": 1800, "pool_size": 10, "max_overflow": 10}


def _serialise_sqlite(engine) -> None:
    @event.listens_for(engine, "connect")
    def _no_implicit_begin(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA foreign_keys=ON")
        dbapi_connection.execute("PRAGMA journal_mode=WAL")

    @event.listens_for(engine, "begin")
    def _begin(connection):
        connection.exec_driver_sql("BEGIN")
