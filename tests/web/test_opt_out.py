"""STOP means nothing more is sent until she opts back in; START welcomes her back."""
import pytest
from sqlalchemy import select

from models import ConsentEvent, db


def register(sita):
    sita.conversation("hi", "1", "yes", "Sita", "1", "20 weeks", "yes", "skip")


@pytest.mark.parametrize("word", ["STOP", "unsubscribe", "Cancel", "end", "quit", "STOPALL", "revoke", "optout",
                                  "बन्द", "band karo"])
def test_every_opt_out_word_confirms_once_then_nothing_is_sent(phone, word):
    sita = phone()
    register(sita)
    assert "not get any more messages" in sita.send(word)
    assert sita.send("hello") == ""
    assert sita.send("menu") == ""
    assert db.session.scalars(select(ConsentEvent.kind)).all()[-1] == "opt_out"


def test_start_welcomes_a_registered_mother_back(phone):
    sita = phone()
    register(sita)
    sita.send("STOP")
    reply = sita.send("START")
    assert "Welcome back, Sita" in reply and "Menu" in reply
    assert db.session.scalars(select(ConsentEvent.kind)).all()[-2:] == ["opt_out", "opt_in"]


def test_start_from_a_new_number_begins_registration(phone):
    assert "1 English" in phone().send("JOIN")


def test_when_twilio_already_confirmed_the_opt_out_we_do_not_reply_twice(phone):
    sita = phone()
    register(sita)
    assert sita.send("STOP", OptOutType="STOP") == ""
    assert db.session.scalars(select(ConsentEvent.kind)).all()[-1] == "opt_out"


def test_help_and_menu_work_in_every_state(phone):
    sita = phone()
    sita.conversation("hi", "1")
    reply = sita.send("help")
    assert "STOP" in reply and "102" in reply and "Do you agree" in reply
    assert "Do you agree" in sita.send("menu")  # not registered yet: the menu waits
