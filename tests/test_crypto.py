"""The keyring seals and opens values under a named key, blind indexes are keyed, and keys are never optional."""
import base64
import os
import stat

import pytest
from sqlalchemy import select

from models import Mother, crypto
from services import keys
from services.settings import ConfigurationError, load


def key(byte: bytes) -> str:
    return base64.urlsafe_b64encode(byte * 32).decode()


OLD = crypto.Keyring.parse(f"old:{key(b'o')}", key(b"i"))
NEW = crypto.Keyring.parse(f"new:{key(b'n')} old:{key(b'o')}", key(b"i"))


def test_a_sealed_value_names_its_key_and_never_repeats():
    first, second = OLD.seal("+9779800000001"), OLD.seal("+9779800000001")
    assert first.startswith("v1:old:") and first != second and "9800000001" not in first
    assert OLD.open(first) == OLD.open(second) == "+9779800000001"


def test_after_a_new_key_old_values_still_open_and_new_ones_use_it():
    sealed = OLD.seal("Sita")
    assert NEW.open(sealed) == "Sita" and not NEW.is_current(sealed)
    assert NEW.seal("Sita").startswith("v1:new:")
    with pytest.raises(crypto.KeyringError, match="'new'"):
        OLD.open(NEW.seal("Sita"))


def test_a_tampered_value_does_not_open():
    from cryptography.exceptions import InvalidTag

    sealed = OLD.seal("Sita")
    tampered = sealed[:-3] + ("A" if sealed[-3] != "A" else "B") + sealed[-2:]
    with pytest.raises(InvalidTag):
        OLD.open(tampered)


def test_the_blind_index_is_equal_for_equal_values_and_depends_on_its_key():
    assert OLD.blind("+9779800000001") == NEW.blind(" +9779800000001 ")  # same index key
    other = crypto.Keyring.parse(f"old:{key(b'o')}", key(b"j"))
    assert other.blind("+9779800000001") != OLD.blind("+9779800000001")
    assert len(OLD.blind("x")) == crypto.INDEX_HEX


def test_comparing_an_encrypted_column_compares_its_blind_index():
    statement = str(select(Mother.id).where(Mother.phone == "+9779800000001", Mother.lmp.in_([])))
    assert "mothers.phone_index =" in statement and "mothers.lmp_index IN" in statement


@pytest.mark.parametrize("comparison", [lambda: Mother.phone.like("%98%"), lambda: Mother.lmp < "2026-01-01",
                                        lambda: Mother.name == "Sita"])
def test_what_ciphertexts_cannot_answer_is_refused_rather_than_wrong(comparison):
    with pytest.raises(TypeError, match="encrypted"):
        comparison()


def test_keys_are_made_once_under_instance_readable_by_this_user_only(tmp_path):
    first = keys.keyring(load(environ={}), tmp_path)
    again = keys.keyring(load(environ={}), tmp_path)
    assert again.open(first.seal("Sita")) == "Sita" and again.blind("x") == first.blind("x")
    for name in (keys.ENCRYPTION_FILE, keys.INDEX_FILE):
        assert stat.S_IMODE(os.stat(tmp_path / name).st_mode) == 0o600
    assert sorted(os.listdir(tmp_path)) == sorted([keys.ENCRYPTION_FILE, keys.INDEX_FILE])


def test_production_takes_its_keys_from_the_environment_only(tmp_path):
    environ = {"APP_ENV": "production", "SECRET_KEY": "s", "TWILIO_ACCOUNT_SID": "AC1", "TWILIO_AUTH_TOKEN": "t",
               "PUBLIC_BASE_URL": "https://x.org", "DATABASE_URL": "postgresql+psycopg://db/x",
               "REDIS_URL": "redis://r:6379/0", "PII_ENCRYPTION_KEY": f"k1:{key(b'k')}", "PII_INDEX_KEY": key(b"i")}
    assert keys.keyring(load(environ=environ), tmp_path).current == "k1" and not os.listdir(tmp_path)
    with pytest.raises(ConfigurationError, match="PII_ENCRYPTION_KEY"):
        keys.keyring(load(environ=environ | {"PII_ENCRYPTION_KEY": "k1:tooshort"}), tmp_path)
