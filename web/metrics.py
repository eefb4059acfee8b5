"""GET /metrics: Prometheus text format for operators, only with `Authorization: Bearer $METRICS_TOKEN`.

Registered only when METRICS_TOKEN is set; without it the route does not exist.
"""
from __future__ import annotations

import hmac

from flask import Blueprint, Response, current_app, request
from prometheus_client import CONTENT_TYPE_LATEST

from services import metrics
from services.readings import Readings

blueprint = Blueprint("metrics", __name__)


@blueprint.get("/metrics")
def scrape() -> Response:
    expected = f"Bearer {current_app.config['AAMCARE'].METRICS_TOKEN}".encode()
    if not hmac.compare_digest(request.headers.get("Authorization", "").encode(), expected):
        return Response("a bearer token is required\n", 401, {"WWW-Authenticate": "Bearer"},
                        mimetype="text/plain")
    return Response(metrics.exposition(Readings(current_app._get_current_object())),
                    mimetype=CONTENT_TYPE_LATEST)
