"""The RQ dashboard (rq-dashboard) for admins at /admin/rq, behind HTTP basic auth.

Mounted only when RQ_DASHBOARD_PASSWORD is set; the user name is `admin`. Until the service has logins for
staff, this password is the dashboard's only protection: serve it over https only, and rotate it when someone
leaves. The dashboard can requeue and delete jobs.
"""
from __future__ import annotations

import hmac

from flask import Flask, Response, current_app, request

PREFIX = "/admin/rq"
USER = "admin"


def init_app(app: Flask, settings, redis_url: str) -> None:
    if not settings.RQ_DASHBOARD_PASSWORD:
        return
    import rq_dashboard
    from rq_dashboard.web import setup_rq_connection

    app.config["RQ_DASHBOARD_REDIS_URL"] = redis_url
    setup_rq_connection(app)
    app.register_blueprint(rq_dashboard.blueprint, url_prefix=PREFIX)
    app.before_request(_admins_only)


def _admins_only() -> Response | None:
    if request.path != PREFIX and not request.path.startswith(PREFIX + "/"):
        return None
    password = current_app.config["AAMCARE"].RQ_DASHBOARD_PASSWORD.encode()
    given = request.authorization
    if (given is not None and given.type == "basic" and hmac.compare_digest((given.username or "").encode(), USER.encode())
            and hmac.compare_digest((given.password or "").encode(), password)):
        return None
    return Response("admins only\n", 401, {"WWW-Authenticate": 'Basic realm="aamcare admin"'}, mimetype="text/plain")
