"""Personal data encrypted at rest: the keyring, and column types that seal on write and open on read.

A sealed value is text, `v1:<key id>:<base64url(nonce || AES-GCM ciphertext)>`, so every value names the key it
was sealed with and `flask --app app keys rotate` can seal it again under the current key. Ciphertexts are
random, so a column that must be looked up (her phone, the dates the timeline selects on) has a blind index
beside it, `<column>_index`: an HMAC-SHA256 of the value under a key of its own. Comparing an encrypted column
(`Mother.phone == x`, `.in_(...)`, a join on two phones) compares the indexes instead, in the ORM and in Core
alike; any other comparison (LIKE, <, ORDER BY through an operator) raises rather than silently compare
ciphertexts.

The keyring is installed once per process by the app factory (`install`): column types are built at import
time, long before any settings are read.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
from datetime import date

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import String, Text, event, type_coerce
from sqlalchemy.sql import operators
from sqlalchemy.types import TypeDecorator

VERSION = "v1"
KEY_BYTES = 32
NONCE_BYTES = 12
INDEX_HEX = 32  # 128 bits of the HMAC: no two values of a column meet by chance
_INDEX = re.compile(rf"^[0-9a-f]{{{INDEX_HEX}}}$")
_KID = re.compile(r"^[A-Za-z0-9_-]{1,16}$")


class KeyringError(ValueError):
    """A key setting that cannot be used, or a value sealed under a key this keyring does not hold."""


class Keyring:
    """Encryption keys by id (the first is current: new values are sealed with it) and the blind index key."""

    def __init__(self, keys: list[tuple[str, bytes]], index_key: bytes):
        if not keys or len(index_key) < KEY_BYTES:
            raise KeyringError("an encryption key and a 32-byte index key are needed")
        for kid, key in keys:
            if not _KID.match(kid) or len(key) != KEY_BYTES:
                raise KeyringError(f"key {kid!r}: ids are letters, digits, - or _; keys are {KEY_BYTES} bytes")
        self.current = keys[0][0]
        self._ciphers = {kid: AESGCM(key) for kid, key in keys}  # built once per key, never per value
        self.prefix = f"{VERSION}:{self.current}:"
        self._index_key = index_key

    @classmethod
    def parse(cls, encryption: str, index: str) -> "Keyring":
        """`encryption`: `kid:base64key` entries separated by commas or spaces, current first; `index`: base64."""
        keys = []
        for entry in encryption.replace(",", " ").split():
            kid, _, encoded = entry.partition(":")
            keys.append((kid, _decoded(encoded, kid)))
        return cls(keys, _decoded(index, "index"))

    def seal(self, plaintext: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        sealed = nonce + self._ciphers[self.current].encrypt(nonce, plaintext.encode("utf-8"), None)
        return self.prefix + base64.urlsafe_b64encode(sealed).decode("ascii")

    def open(self, token: str) -> str:
        version, kid, encoded = token.split(":", 2)
        cipher = self._ciphers.get(kid)
        if version != VERSION or cipher is None:
            raise KeyringError(f"a value sealed with key {kid!r}, which PII_ENCRYPTION_KEY does not hold")
        sealed = base64.urlsafe_b64decode(encoded)
        return cipher.decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], None).decode("utf-8")

    def is_current(self, token: str) -> bool:
        return token.startswith(self.prefix)

    def blind(self, value: str | date) -> str:
        """The blind index of a value: equal values, equal indexes; nothing about the value without the key."""
        text = value.isoformat() if isinstance(value, date) else str(value).strip()
        return hmac.new(self._index_key, text.encode("utf-8"), hashlib.sha256).hexdigest()[:INDEX_HEX]


def new_key() -> str:
    return base64.urlsafe_b64encode(os.urandom(KEY_BYTES)).decode("ascii")


def _decoded(encoded: str, name: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(encoded.strip().replace("+", "-").replace("/", "_"))
    except ValueError as error:
        raise KeyringError(f"key {name!r} is not base64") from error


_installed: Keyring | None = None


def install(keyring: Keyring) -> None:
    global _installed
    _installed = keyring


def keyring() -> Keyring:
    if _installed is None:
        raise KeyringError("no keyring installed: personal data is read and written through an app (create_app)")
    return _installed


class Sealed(TypeDecorator):
    """Text sealed on the way in, opened on the way out."""

    impl = Text
    cache_ok = True

    class comparator_factory(TypeDecorator.Comparator):
        def operate(self, op, *other, **kwargs):
            return _compare(self.expr, op, other, kwargs)

        def reverse_operate(self, op, other, **kwargs):
            return _compare(self.expr, op, (other,), kwargs)

    def process_bind_param(self, value, dialect):
        return None if value is None else keyring().seal(self.dump(value))

    def process_result_value(self, value, dialect):
        return None if value is None else self.load(keyring().open(value))

    @staticmethod
    def dump(value) -> str:
        return str(value)

    @staticmethod
    def load(text: str):
        return text


class EncryptedText(Sealed):
    cache_ok = True


class EncryptedDate(Sealed):
    cache_ok = True

    @staticmethod
    def dump(value: date) -> str:
        return value.isoformat()

    @staticmethod
    def load(text: str) -> date:
        return date.fromisoformat(text)


class EncryptedJSON(Sealed):
    cache_ok = True

    @staticmethod
    def dump(value) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    @staticmethod
    def load(text: str):
        return json.loads(text)


class BlindIndex(TypeDecorator):
    """The HMAC of a value: bind the value itself (`phone_index == "+977..."`), the index is what is stored."""

    impl = String(INDEX_HEX)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None or (isinstance(value, str) and _INDEX.match(value)):
            return value  # already an index (a row read back and written again)
        return keyring().blind(value)


_EQUALITY = frozenset({operators.eq, operators.ne, operators.in_op, operators.not_in_op})
_NULL_TESTS = (operators.is_, operators.is_not)


def _compare(column, op, other, kwargs):
    if op in _NULL_TESTS and all(value is None for value in other):
        return op(_plain(column), *other, **kwargs)
    index = index_of(column)
    if op in _EQUALITY and index is not None:
        return op(index, *(index_of(value) if _is_sealed(value) else value for value in other), **kwargs)
    raise TypeError(f"{column} is encrypted: only ==, != and IN on a column with a blind index can be asked of it")


def _plain(column):
    return type_coerce(column, Text)


def _is_sealed(value) -> bool:
    return isinstance(getattr(value, "type", None), Sealed)


def index_of(column):
    """`<column>_index` beside an encrypted column (in its table, alias or CTE), or None."""
    expression = column.__clause_element__() if hasattr(column, "__clause_element__") else column
    table = getattr(expression, "table", None)
    name = getattr(expression, "name", None)
    if table is None or name is None:
        return None
    return table.c.get(f"{name}_index")


def indexed(model, *names: str) -> None:
    """Keep `<name>_index` equal to `<name>` on ORM objects (the index type turns the value into its HMAC)."""
    for name in names:
        index = f"{name}_index"

        @event.listens_for(getattr(model, name), "set", propagate=True)
        def _index(target, value, _old, _initiator, index=index):
            setattr(target, index, value)
