"""GET /healthz: 200 when the database and the queue answer, 503 with the reason otherwise."""
from __future__ import annotations

from flask import Blueprint, jsonify
from sqlalchemy import text

from models import db
from services import queues

blueprint = Blueprint("health", __name__)


@blueprint.get("/healthz")
def healthz():
    problems = {name: error for name, error in (("database", _database()), ("queue", _queue())) if error}
    if problems:
        return jsonify(status="unavailable", problems=problems), 503
    return jsonify(status="ok"), 200


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
