"""Configuration comes only from the environment; production refuses to start without its secrets."""
import pytest

from services.settings import ConfigurationError, load


def test_defaults_are_the_embedded_service():
    settings = load(environ={})
    assert settings.DATABASE_URL.startswith("sqlite:///") and settings.redis_embedded
    assert (settings.DEFAULT_COUNTRY, settings.DEFAULT_LOCALE) == ("NP", "en")


def test_environment_values_are_read_and_typed():
    settings = load(environ={"REDIS_URL": "redis://r:6379/0", "SIMULATOR": "false", "TWILIO_TIMEOUT_SECONDS": "4"})
    assert settings.REDIS_URL == "redis://r:6379/0" and settings.SIMULATOR is False
    assert settings.TWILIO_TIMEOUT_SECONDS == 4.0


def test_production_without_secrets_fails_at_start_naming_what_is_missing():
    with pytest.raises(ConfigurationError) as error:
        load(environ={"APP_ENV": "production", "SECRET_KEY": "s3cret"})
    message = str(error.value)
    assert "TWILIO_AUTH_TOKEN" in message and "DATABASE_URL" in message and "SECRET_KEY" not in message


def test_production_with_every_secret_starts_without_the_simulator():
    environ = {"APP_ENV": "production", "SECRET_KEY": "s", "TWILIO_ACCOUNT_SID": "AC1", "TWILIO_AUTH_TOKEN": "t",
               "PUBLIC_BASE_URL": "https://x.org", "DATABASE_URL": "postgresql+psycopg://db/x",
               "REDIS_URL": "redis://r:6379/0", "PII_ENCRYPTION_KEY": "k1:" + "A" * 43 + "=",
               "PII_INDEX_KEY": "B" * 43 + "="}
    settings = load(environ=environ)
    assert settings.production and settings.SIMULATOR is False


def test_the_simulator_is_on_by_default_only_in_the_embedded_default():
    assert load(environ={}).SIMULATOR is True
    assert load(environ={"DATABASE_URL": "postgresql+psycopg://db/x"}).SIMULATOR is False
    assert load(environ={"REDIS_URL": "redis://r:6379/0"}).SIMULATOR is False
    assert load(environ={"DATABASE_URL": "postgresql+psycopg://db/x", "SIMULATOR": "1"}).SIMULATOR is True


def test_the_port_comes_from_the_environment():
    assert (load(environ={}).HOST, load(environ={}).PORT) == ("127.0.0.1", 5000)
    assert load(environ={"PORT": "5050"}).PORT == 5050


def test_logs_are_json_lines_by_default_only_in_production():
    environ = {"APP_ENV": "production", "SECRET_KEY": "s", "TWILIO_ACCOUNT_SID": "AC1", "TWILIO_AUTH_TOKEN": "t",
               "PUBLIC_BASE_URL": "https://x.org", "DATABASE_URL": "postgresql+psycopg://db/x",
               "REDIS_URL": "redis://r:6379/0", "PII_ENCRYPTION_KEY": "k1:" + "A" * 43 + "=",
               "PII_INDEX_KEY": "B" * 43 + "="}
    assert load(environ=environ).LOG_FORMAT == "json"
    assert load(environ=environ | {"LOG_FORMAT": "text"}).LOG_FORMAT == "text"
    assert load(environ={}).LOG_FORMAT == "text"


def test_reminder_times_are_checked_at_start():
    from services.settings import ConfigurationError, load

    assert load({}, {"QUIET_HOURS": "21:30-07:00", "REMINDER_DAYS_BEFORE": "7, 3,0"}).QUIET_HOURS == "21:30-07:00"
    for bad in ({"REMINDER_HOUR": "9am"}, {"QUIET_HOURS": "20:00"}, {"QUIET_HOURS": "13:00-14:00"},
                {"REMINDER_DAYS_BEFORE": "three"},
                {"REMINDER_VALIDITY_HOURS": 0}):
        with pytest.raises(ConfigurationError):
            load({}, bad)
