"""GET /healthz: 200 when the database and the queue answer, else 503 naming what is down.

The public answer names the part that is down and nothing else: the error itself (which may hold a host, a
user or a connection string) goes to the log for operators, and /metrics says the same in aamcare_store_up.
"""
from __future__ import annotations

import logging

from flask import Blueprint, jsonify

from services import stores

log = logging.getLogger(__name__)
blueprint = Blueprint("health", __name__)


@blueprint.get("/healthz")
def healthz():
    down = []
    for name, error in stores.check().items():
        if error:
            log.warning("health check: %s is down: %s", name, error)
            down.append(name)
    if down:
        return jsonify(status="unavailable", down=down), 503
    return jsonify(status="ok"), 200
