"""A stolen database reveals no mother: the raw bytes of the database hold none of her number, name or words."""
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from models import InboundMessage, Mother, crypto, db

NUMBER = "+9779812345678"
# her number as it could be written anywhere: E.164, without the +, national, WhatsApp's address
NUMBER_FORMS = (NUMBER, "9779812345678", "9812345678", "whatsapp:+9779812345678", "+977 981-2345678")
NAME = "Sunita Bhandari"
WORDS = ("my feet are swollen since monday", "can i eat papaya now")


def talk(phone):
    sunita = phone(NUMBER)
    assert "registered" in sunita.conversation("hi", "1", "yes", NAME, "1", "20 weeks", "1", "skip")[-1]
    for words in WORDS:
        sunita.send(words)
    db.session.rollback()
    assert db.session.scalars(select(Mother.name).where(Mother.phone == NUMBER)).one() == NAME  # reads back


def traces() -> list[bytes]:
    lmp = db.session.scalars(select(Mother.lmp)).one()
    found = [*NUMBER_FORMS, NAME, NAME.upper(), *WORDS, lmp.isoformat(), (lmp + timedelta(days=280)).isoformat()]
    return [trace.encode("utf-8") for trace in found]


def backend_of(app) -> str:
    return make_url(app.config["SQLALCHEMY_DATABASE_URI"]).get_backend_name()


def test_the_sqlite_file_holds_none_of_her_number_name_or_words(app, phone):
    if backend_of(app) != "sqlite":
        pytest.skip("the embedded database's file")
    talk(phone)
    path = Path(make_url(app.config["SQLALCHEMY_DATABASE_URI"]).database)
    raw = b"".join(file.read_bytes() for file in (path, path.with_name(path.name + "-wal")) if file.exists())
    assert b"inbound_messages" in raw and b"v1:test1:" in raw  # the file is what we think it is
    assert [trace for trace in traces() if trace in raw] == []


def test_pg_dump_holds_none_of_her_number_name_or_words(app, phone):
    if backend_of(app) != "postgresql":
        pytest.skip("a PostgreSQL database")
    pg_dump = shutil.which("pg_dump") or "/usr/bin/pg_dump"
    if not Path(pg_dump).exists():
        pytest.skip("pg_dump is not installed")
    talk(phone)
    db.session.commit()
    url = make_url(app.config["SQLALCHEMY_DATABASE_URI"]).set(drivername="postgresql")
    dump = subprocess.run([pg_dump, "--data-only", url.render_as_string(hide_password=False)],
                          capture_output=True, check=True, timeout=120).stdout
    assert b"COPY public.inbound_messages" in dump and b"v1:test1:" in dump
    assert [trace for trace in traces() if trace in dump] == []


def test_her_number_is_found_through_its_blind_index_and_nothing_else(app, phone):
    talk(phone)
    row = db.session.execute(text("SELECT phone, phone_index, name, lmp FROM mothers")).one()
    assert row.phone.startswith("v1:test1:") and row.name.startswith("v1:test1:") and row.lmp.startswith("v1:")
    assert row.phone_index == crypto.keyring().blind(NUMBER)
    assert db.session.scalars(select(InboundMessage.body).where(InboundMessage.phone == NUMBER)).all()[-2:] == \
        list(WORDS)
