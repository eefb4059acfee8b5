"""Where the keys for personal data come from: the settings, or (outside production) files under instance/.

Production must be given PII_ENCRYPTION_KEY and PII_INDEX_KEY (services.settings refuses to start without them).
The embedded default generates both on its first run, readable by this user only; the web server and the worker
may start together, so a file is created exclusively and whoever comes second reads the first one's key.
"""
from __future__ import annotations

import os
from pathlib import Path

from models import crypto
from services.settings import ConfigurationError, Settings

ENCRYPTION_FILE = "pii_encryption.key"
INDEX_FILE = "pii_index.key"


def keyring(settings: Settings, instance: Path) -> crypto.Keyring:
    encryption, index = settings.PII_ENCRYPTION_KEY, settings.PII_INDEX_KEY
    if not settings.production:
        encryption = encryption or _stored(instance / ENCRYPTION_FILE, lambda: f"k1:{crypto.new_key()}")
        index = index or _stored(instance / INDEX_FILE, crypto.new_key)
    try:
        return crypto.Keyring.parse(encryption, index)
    except crypto.KeyringError as error:
        raise ConfigurationError(f"PII_ENCRYPTION_KEY / PII_INDEX_KEY: {error}") from error


def _stored(path: Path, generate) -> str:
    """The key in `path`, written there first if missing (whole, mode 0600: a racing process sees all or none)."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        draft = path.with_name(f".{path.name}.{os.getpid()}")
        descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w") as file:
            file.write(generate() + "\n")
        try:
            os.link(draft, path)  # fails if another process got there first: its key wins
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    return _read(path)


def _read(path: Path) -> str:
    text = path.read_text().strip()
    if not text:
        raise ConfigurationError(f"{path} is empty: delete it only if no data was ever sealed with it")
    return text


def rotate(connection, keyring: crypto.Keyring, batch: int = 1000) -> dict[str, int]:
    """Seal every value not sealed with the current key again with it; the number of rows changed per table.

    Each batch is committed on its own, so a rotation stopped half way goes on where it stopped when run again.
    """
    from models import db

    changed = {}
    for table in db.metadata.sorted_tables:
        names = [column.name for column in table.columns if isinstance(column.type, crypto.Sealed)]
        if names:
            changed[table.name] = _rotate_table(connection, keyring, table, names, batch)
    return changed


def _rotate_table(connection, keyring: crypto.Keyring, table, names: list[str], batch: int) -> int:
    from sqlalchemy import Text, and_, bindparam, column, not_, or_, select, table as plain_table, update

    (key,) = table.primary_key.columns
    raw = plain_table(table.name, column(key.name), *(column(name, Text) for name in names))
    stale = or_(*(and_(raw.c[name].is_not(None), not_(raw.c[name].startswith(keyring.prefix, autoescape=True)))
                  for name in names))
    write = update(raw).where(raw.c[key.name] == bindparam("_key")).values({name: bindparam(name) for name in names})
    done = 0
    while rows := connection.execute(select(raw).where(stale).order_by(raw.c[key.name]).limit(batch)).all():
        connection.execute(write, [{"_key": row[0]} | {name: _resealed(keyring, getattr(row, name)) for name in names}
                                   for row in rows])
        connection.commit()
        done += len(rows)
    return done


def _resealed(keyring: crypto.Keyring, token: str | None) -> str | None:
    if token is None or keyring.is_current(token):
        return token
    return keyring.seal(keyring.open(token))
