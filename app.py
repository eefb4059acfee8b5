"""The app factory. `create_app()` reads settings once and wires database, queues, sender and blueprints.

Production: `gunicorn "app:create_app()"`. Embedded default (SQLite + embedded Redis, web and worker in one
process): `python app.py`, which is what `make run` does.
"""
from __future__ import annotations

from flask import Flask
from flask_migrate import Migrate

from models import crypto
from services import database, keys, logs, queues, readiness, sender, settings as settings_module
from web import security_headers
from web.limits import MAX_REQUEST_BYTES

migrate = Migrate()


def create_app(overrides: dict | None = None) -> Flask:
    settings = settings_module.load(overrides=overrides)
    readiness.check_catalogs()
    app = Flask(__name__, instance_path=str(settings_module.INSTANCE))
    app.config.update(SECRET_KEY=settings.SECRET_KEY, AAMCARE=settings, MAX_CONTENT_LENGTH=MAX_REQUEST_BYTES)
    logs.configure(settings)
    crypto.install(keys.keyring(settings, settings_module.INSTANCE))
    database.init_app(app, settings.DATABASE_URL)
    migrate.init_app(app, database.db, directory=str(settings_module.ROOT / "migrations"), render_as_batch=True)
    queues.init_app(app, queues.connect(settings.REDIS_URL, settings_module.INSTANCE))
    sender.init_app(app, settings)
    security_headers.init_app(app)
    _register_blueprints(app, settings)
    return app


def _register_blueprints(app: Flask, settings) -> None:
    from web import admin, cli, console, health, metrics, request_ids, simulator, twilio_hooks
    from web.outbox_cli import outbox_cli
    from web.reminders import reminders

    request_ids.init_app(app)
    admin.init_app(app, queues.url(app))

    app.register_blueprint(twilio_hooks.blueprint)
    app.register_blueprint(health.blueprint)
    app.cli.add_command(cli.chat)
    app.cli.add_command(outbox_cli)
    app.cli.add_command(cli.users)
    app.cli.add_command(cli.facilities)
    console.init_app(app)
    if settings.METRICS_TOKEN:
        app.register_blueprint(metrics.blueprint)
    app.cli.add_command(cli.mothers)
    app.cli.add_command(cli.keys)
    app.cli.add_command(reminders)
    if settings.SIMULATOR:
        app.register_blueprint(simulator.blueprint)


if __name__ == "__main__":
    from web.embedded import serve

    embedded = create_app()
    readiness.ensure_schema(embedded)
    serve(embedded, embedded.config["AAMCARE"].HOST, embedded.config["AAMCARE"].PORT)
