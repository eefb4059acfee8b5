"""A mother registered on her behalf answers the consent request from her own phone."""
from datetime import date, timedelta

from sqlalchemy import select

from models import Conversation, Mother, db

HER = "+9779800000951"


def prepared(locale="en"):
    lmp = (date.today() - timedelta(weeks=16)).isoformat()
    db.session.add(Conversation(phone=HER, channel="sms", state="behalf.consent", locale=locale,
                                data={"name": "Kamala", "stage": "pregnant", "lmp": lmp, "facility": "PHC-A"}))
    db.session.commit()


def test_yes_registers_her_with_the_details_given(phone):
    prepared()
    reply = phone(HER).send("yes")
    assert "Thank you Kamala, you are registered" in reply and "16 weeks" in reply
    db.session.rollback()
    kamala = db.session.scalars(select(Mother)).one()
    assert (kamala.facility_code, kamala.stage) == ("PHC-A", "pregnant")


def test_anything_else_asks_again_and_no_refuses(phone):
    prepared()
    kamala = phone(HER)
    assert "1 for Yes or 2 for No" in kamala.send("who is this?")
    assert "will not store your details" in kamala.send("2")
    db.session.rollback()
    assert db.session.scalars(select(Mother)).all() == []
    assert db.session.scalars(select(Conversation.opted_out)).one() is True
