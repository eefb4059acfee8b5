"""Registering a mother on her behalf: one consent request, nothing else until she says yes."""
from datetime import date, timedelta

from sqlalchemy import select

from models import Conversation, Mother, OutboundMessage, db
from tests.support import console

HER = "+9779800000501"


def register(client, **extra):
    lmp = (date.today() - timedelta(weeks=16)).isoformat()
    form = {"name": "Kamala", "phone": "9800000501", "locale": "ne", "channel": "sms", "facility": "PHC-A",
            "stage": "pregnant", "lmp": lmp} | extra
    return console.post(client, "/mothers/register", form, page="/mothers/register")


def test_she_gets_one_consent_request_and_is_registered_only_when_she_says_yes(client, phone):
    console.facilities()
    console.user("anita", "health_worker", facility="PHC-A")
    console.sign_in(client, "anita")
    assert register(client).status_code == 302
    db.session.rollback()
    rows = db.session.scalars(select(OutboundMessage).where(OutboundMessage.phone == HER)).all()
    assert [(row.kind, row.locale) for row in rows] == [("consent_request", "ne")]
    assert "Dhulikhel Health Post" in rows[0].body and "Kamala" in rows[0].body
    assert db.session.scalars(select(Mother)).all() == []
    assert "Kamala" in client.get("/mothers/register").data.decode()  # waiting for her reply
    assert register(client).status_code == 302  # asked twice the same day: still one message
    db.session.rollback()
    assert len(db.session.scalars(select(OutboundMessage).where(OutboundMessage.phone == HER)).all()) == 1
    reply = phone(HER).send("1")
    db.session.rollback()
    kamala = db.session.scalars(select(Mother)).one()
    assert (kamala.name, kamala.facility_code, kamala.locale, kamala.stage) == ("Kamala", "PHC-A", "ne", "pregnant")
    assert "16" in reply


def test_when_she_says_no_she_is_not_registered_and_gets_nothing_more(client, phone):
    console.facilities()
    console.user("anita", "health_worker", facility="PHC-A")
    console.sign_in(client, "anita")
    register(client)
    phone(HER).send("2")
    db.session.rollback()
    assert db.session.scalars(select(Mother)).all() == []
    assert db.session.scalars(select(Conversation.opted_out).where(Conversation.phone == HER)).one() is True
    register(client)
    assert "asked for no messages" in client.get("/mothers/register").data.decode()


def test_a_health_worker_cannot_register_her_at_another_facility(client):
    console.facilities()
    console.user("anita", "health_worker", facility="PHC-A")
    console.sign_in(client, "anita")
    assert register(client, facility="PHC-B").status_code == 404
    db.session.rollback()
    assert db.session.scalars(select(OutboundMessage)).all() == []
