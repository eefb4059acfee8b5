"""The RQ dashboard (rq-dashboard) for admins at /admin/rq: the console's sign-in, role admin.

Not signed in: the console's sign-in page, then back here. Signed in without the admin role: 403. The session
cookie is SameSite=Lax (web/console), so another site cannot make an admin's browser post to the dashboard's
requeue and delete actions.
"""
from __future__ import annotations

from flask import Flask, abort, redirect, request, url_for

PREFIX = "/admin/rq"
ROLE = "admin"


def init_app(app: Flask, redis_url: str) -> None:
    import rq_dashboard
    from rq_dashboard.web import setup_rq_connection

    app.config["RQ_DASHBOARD_REDIS_URL"] = redis_url
    setup_rq_connection(app)
    app.register_blueprint(rq_dashboard.blueprint, url_prefix=PREFIX)
    app.before_request(_admins_only)


def _admins_only():
    if request.path != PREFIX and not request.path.startswith(PREFIX + "/"):
        return None
    from web.console.access import signed_in_user

    user = signed_in_user()
    if user is None:
        return redirect(url_for("auth.login", next=request.full_path))
    if user.role != ROLE:
        abort(403)
    return None
