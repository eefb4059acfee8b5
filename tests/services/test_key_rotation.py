"""`keys rotate` seals every value again with the current key; the migration seals rows written before it."""
import json

from flask_migrate import downgrade, upgrade
from sqlalchemy import create_engine, select, text

from models import InboundMessage, Mother, crypto, db
from tests.support import services

NEW = "test2:" + "bmV3LWtleS1mb3ItdGhlLXJvdGF0aW9uLXRlc3QtMzI="  # 32 bytes
REGISTRATION = ("hi", "1", "yes", "Sita Kumari", "1", "20 weeks", "1", "skip")


def sealed_values(connection) -> list[str]:
    """Every sealed value in the database, as stored."""
    found = []
    for model_table in db.metadata.sorted_tables:
        names = [c.name for c in model_table.columns if isinstance(c.type, crypto.Sealed)]
        for name in names:
            found += [value for value in connection.execute(text(f"SELECT {name} FROM {model_table.name}")).scalars()
                      if value is not None]
    return found


def test_rotation_seals_everything_with_the_new_key_and_the_service_reads_on(migrated, app, phone):
    from app import create_app

    phone().conversation(*REGISTRATION)
    db.session.commit()
    rotated = create_app(services.overrides(migrated) | {
        "PII_ENCRYPTION_KEY": f"{NEW},{services.PII_ENCRYPTION_KEY}"})
    result = rotated.test_cli_runner().invoke(args=["keys", "rotate"])
    assert result.exit_code == 0, result.output
    assert "sealed with key test2" in result.output and "mothers 1" in result.output
    with rotated.app_context():
        values = sealed_values(db.session.connection())
        assert len(values) > 20 and all(value.startswith("v1:test2:") for value in values)
        db.session.rollback()
    only_new = create_app(services.overrides(migrated) | {"PII_ENCRYPTION_KEY": NEW})  # the old key is gone
    with only_new.app_context():
        assert db.session.scalars(select(Mother.name).where(Mother.phone == "+9779800000001")).one() == "Sita Kumari"
        from tests.support.phone import Phone

        assert "week" in Phone(only_new.test_client(), "+9779800000001").send("what week am I")
        assert only_new.test_cli_runner().invoke(args=["keys", "rotate"]).output.endswith("rows changed: none\n")
        db.session.rollback()


def scratch(backend: dict, tmp_path) -> str:
    """A database of its own on the backend: a new SQLite file, or a PostgreSQL schema first on the search path."""
    if not backend["DATABASE_URL"].startswith("postgresql"):
        return f"sqlite:///{tmp_path / 'old.db'}"
    with create_engine(backend["DATABASE_URL"]).begin() as connection:
        connection.execute(text("DROP SCHEMA IF EXISTS sealing CASCADE"))
        connection.execute(text("CREATE SCHEMA sealing"))
    separator = "&" if "?" in backend["DATABASE_URL"] else "?"
    return backend["DATABASE_URL"] + separator + "options=-csearch_path%3Dsealing"


def test_the_migration_seals_rows_written_before_it_and_the_way_back_opens_them(backend, tmp_path):
    from app import create_app

    url = scratch(backend, tmp_path)
    app = create_app(services.overrides(backend) | {"DATABASE_URL": url})
    with app.app_context():
        upgrade(revision="timeline_1_care_visits")
        engine = create_engine(url)
        with engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO mothers (phone, name, locale, channel, country, stage, lmp, due_date, consented_at, "
                "registered_at, updated_at) VALUES ('+9779800000001', 'Sita Kumari', 'en', 'sms', 'NP', 'pregnant', "
                "'2026-06-01', '2027-03-08', '2026-10-01', '2026-10-01', '2026-10-01')"))
            connection.execute(text(
                "INSERT INTO inbound_messages (message_sid, phone, channel, body, params, received_at) VALUES "
                "('SM1', '+9779800000001', 'sms', 'my back hurts', '{\"Body\": \"my back hurts\"}', "
                "'2026-10-01 10:00:00')"))
        upgrade()
        with engine.connect() as connection:
            raw = connection.execute(text("SELECT phone, name, lmp FROM mothers")).one()
        assert all(value.startswith("v1:test1:") for value in raw)
        mother = db.session.scalars(select(Mother).where(Mother.phone == "+9779800000001")).one()
        assert (mother.name, mother.lmp.isoformat()) == ("Sita Kumari", "2026-06-01")
        assert db.session.scalars(select(Mother.id).where(Mother.lmp.in_([mother.lmp]))).all() == [mother.id]
        message = db.session.scalars(select(InboundMessage).where(InboundMessage.phone == "+9779800000001")).one()
        assert (message.body, message.params) == ("my back hurts", {"Body": "my back hurts"})
        db.session.rollback()
        downgrade(revision="timeline_1_care_visits")
        with engine.connect() as connection:
            assert tuple(map(str, connection.execute(text("SELECT phone, name, lmp FROM mothers")).one())) == \
                ("+9779800000001", "Sita Kumari", "2026-06-01")
            body, params = connection.execute(text("SELECT body, params FROM inbound_messages")).one()
            assert (body, json.loads(params) if isinstance(params, str) else params) == \
                ("my back hurts", {"Body": "my back hurts"})
        engine.dispose()
        db.session.remove()
        db.engine.dispose()


def test_a_generated_key_is_one_the_service_accepts(app):
    entry = app.test_cli_runner().invoke(args=["keys", "generate"]).output.strip()
    keyring = crypto.Keyring.parse(f"{entry} {services.PII_ENCRYPTION_KEY}", entry.partition(":")[2])
    assert keyring.current == entry.partition(":")[0] and keyring.open(keyring.seal("Sita")) == "Sita"
