"""What must hold before the service takes a message: every language compiled, the schema migrated.

`check_catalogs` runs in the app factory: a missing catalog would send Hindi and Nepali mothers English without
a word, so the app refuses to start instead. `ensure_schema` runs where a process starts serving (the web
server, the worker, the CLI commands), not in the factory, because `flask db upgrade` itself builds an app
on a database that is not migrated yet.
"""
from __future__ import annotations

import logging

from flask import Flask
from sqlalchemy.engine import make_url

from bot import i18n
from services.settings import ConfigurationError

log = logging.getLogger(__name__)
UPGRADE_COMMAND = "flask --app app db upgrade"


def check_catalogs() -> None:
    missing = i18n.uncompiled()
    if missing:
        raise ConfigurationError(
            f"no compiled catalog for {', '.join(missing)} ({i18n.compiled_catalog(missing[0])}): those mothers "
            "would get English. Install with `pip install .` or `make install`, or run `make translations`.")
    for locale in i18n.outdated():
        log.warning("the compiled catalog for %s is older than its .po: run `make translations`", locale)


def ensure_schema(app: Flask) -> None:
    """SQLite (the embedded default) is migrated here; a server database must be migrated by its operator,
    once, before new code serves (several hosts must not race to migrate it)."""
    with app.app_context():
        if not pending(app):
            return
        if make_url(app.config["SQLALCHEMY_DATABASE_URI"]).get_backend_name() == "sqlite":
            from flask_migrate import upgrade

            log.info("migrating the embedded database to the latest schema")
            upgrade()
            return
    raise ConfigurationError(f"the database schema is not the latest: run `{UPGRADE_COMMAND}` first")


def pending(app: Flask) -> bool:
    """True when the database is behind the migrations in migrations/versions."""
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from models import db

    with app.app_context():
        script = ScriptDirectory.from_config(app.extensions["migrate"].migrate.get_config())
        with db.engine.connect() as connection:
            current = set(MigrationContext.configure(connection).get_current_heads())
    return current != set(script.get_heads())
