"""The service refuses to start in a state that would fail mothers silently: a language without its compiled
catalog, or a database behind the migrations. The embedded default migrates itself."""
import shutil

import pytest
from sqlalchemy import create_engine, text

from bot import i18n
from services import readiness
from services.settings import ConfigurationError
from tests.support import services


@pytest.fixture
def locales(tmp_path, monkeypatch):
    copy = tmp_path / "locales"
    shutil.copytree(i18n.LOCALES_DIR, copy)
    monkeypatch.setattr(i18n, "LOCALES_DIR", copy)
    return copy


def test_the_app_refuses_to_start_when_a_language_has_no_compiled_catalog(locales, migrated):
    from app import create_app

    (locales / "ne" / "LC_MESSAGES" / "messages.mo").unlink()
    with pytest.raises(ConfigurationError, match="no compiled catalog for ne"):
        create_app(services.overrides(migrated))


def test_a_catalog_older_than_its_po_is_reported(locales, caplog):
    po = locales / "hi" / "LC_MESSAGES" / "messages.po"
    po.touch()
    mo = po.with_suffix(".mo")
    stamp = po.stat().st_mtime - 60
    import os

    os.utime(mo, (stamp, stamp))
    readiness.check_catalogs()
    assert "catalog for hi is older" in caplog.text


def test_every_catalog_is_compiled_in_a_working_install():
    assert i18n.uncompiled() == []


def test_the_embedded_database_is_migrated_by_the_first_command(tmp_path, migrated):
    from app import create_app

    app = create_app(services.overrides(migrated) | {"DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.db'}"})
    result = app.test_cli_runner().invoke(args=["chat", "--phone", "+9779800000013"], input="hi\n")
    assert result.exit_code == 0, result.output
    assert "1 English" in result.output
    assert not readiness.pending(app)


def test_a_server_database_behind_the_migrations_is_refused_naming_the_command(migrated):
    from app import create_app

    if not migrated["DATABASE_URL"].startswith("postgresql"):
        pytest.skip("the embedded default migrates itself")
    with create_engine(migrated["DATABASE_URL"]).begin() as connection:
        connection.execute(text("CREATE SCHEMA IF NOT EXISTS unmigrated"))
    empty = migrated["DATABASE_URL"] + ("&" if "?" in migrated["DATABASE_URL"] else "?") + \
        "options=-csearch_path%3Dunmigrated"
    app = create_app(services.overrides(migrated) | {"DATABASE_URL": empty})
    result = app.test_cli_runner().invoke(args=["chat"], input="hi\n")
    assert result.exit_code != 0 and "flask --app app db upgrade" in result.output


def test_every_command_group_migrates_the_embedded_database_first(tmp_path, migrated):
    from app import create_app

    app = create_app(services.overrides(migrated) | {"DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.db'}"})
    result = app.test_cli_runner().invoke(args=["outbox", "status"])
    assert result.exit_code == 0, result.output
    assert not readiness.pending(app)
