"""Health workers registered before the console become users with their phone, and keep receiving alerts."""
from flask_migrate import upgrade
from sqlalchemy import create_engine, insert, select, table, column, String

from tests.support import services


def test_health_worker_rows_become_users_with_their_phone_and_scope(backend, tmp_path):
    from app import create_app

    url = f"sqlite:///{tmp_path / 'old.db'}"
    app = create_app(services.overrides(backend) | {"DATABASE_URL": url})
    with app.app_context():
        upgrade(revision="console_2_broadcasts")
        engine = create_engine(url)
        workers = table("health_workers", column("name", String), column("phone", String),
                        column("channel", String), column("locale", String), column("facility_code", String))
        facilities = table("facilities", column("code", String), column("name", String), column("district", String))
        with engine.begin() as connection:
            connection.execute(insert(facilities).values(code="PHC-7", name="Dhulikhel", district="Kavre"))
            connection.execute(insert(workers), [
                {"name": "Anita Rai", "phone": "+9779811111111", "channel": "sms", "locale": "ne",
                 "facility_code": "PHC-7"},
                {"name": "Anita Rai", "phone": "+9779811111112", "channel": "whatsapp", "locale": "en",
                 "facility_code": None}])
        upgrade()
        with engine.connect() as connection:
            rows = connection.execute(select(
                table("users", column("username"), column("role"), column("facility_code"), column("district"),
                      column("phone"), column("channel"), column("locale"), column("password_hash")))
            ).all()
        engine.dispose()
        from models import crypto

        rows = [row[:4] + (crypto.keyring().open(row[4]),) + row[5:] for row in rows]  # numbers are sealed since
    assert sorted(rows) == [
        ("anita-rai", "health_worker", "PHC-7", "Kavre", "+9779811111111", "sms", "ne", None),
        ("anita-rai-2", "admin", None, None, "+9779811111112", "whatsapp", "en", None)]
