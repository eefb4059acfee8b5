"""Whether the database and the queue's Redis answer: for /healthz and /metrics."""
from __future__ import annotations

from sqlalchemy import text

from models import db
from services import queues


def check() -> dict[str, str | None]:
    """Each store's error, or None when it answers."""
    return {"database": _database(), "queue": _queue()}


def _database() -> str | None:
    try:
        db.session.execute(text("SELECT 1"))
        db.session.rollback()
    except Exception as error:  # report any failure, never raise from a health check
        db.session.rollback()
        return f"{type(error).__name__}: {error}"[:300]
    return None


def _queue() -> str | None:
    try:
        queues.redis().ping()
    except Exception as error:
        return f"{type(error).__name__}: {error}"[:300]
    return None
