"""The health workers' console: server-rendered pages, one blueprint per area, behind a sign-in."""
from __future__ import annotations

from datetime import timedelta

from flask import Flask

SESSION_HOURS = 12  # a working day; then sign in again


def init_app(app: Flask) -> None:
    from web.console import alerts, assets, auth, broadcasts, dashboard, mothers, questions, registrations

    app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax",
                      SESSION_COOKIE_NAME="aamcare_session", PERMANENT_SESSION_LIFETIME=timedelta(hours=SESSION_HOURS),
                      WTF_CSRF_TIME_LIMIT=SESSION_HOURS * 3600)
    app.register_blueprint(assets.blueprint)
    for module in (auth, dashboard, mothers, alerts, questions, registrations, broadcasts):
        app.register_blueprint(module.blueprint)
