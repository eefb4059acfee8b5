"""Transcripts: a registration that bends to natural answers, on SMS and WhatsApp, in English, Hindi and Nepali."""
from datetime import timedelta

import pytest
from sqlalchemy import select

from models import ConsentEvent, Mother, db
from tests.web.test_registration import dmy, today

CHANNELS = ["sms", "whatsapp"]
# language menu number, a name, words for "pregnant", words for "I have a baby"
LANGUAGES = {"en": ("1", "Sita", "I am pregnant", "I have a baby"),
             "hi": ("2", "Asha", "pregnant hu", "mera bachha hai"),
             "ne": ("3", "Maya", "garbhavati chu", "bachha cha")}
YESTERDAY = {"en": "yesterday", "hi": "kal", "ne": "hijo"}
SKIP = {"en": "skip", "hi": "छोड़ें", "ne": "स्किप"}


def mother() -> Mother:
    db.session.rollback()
    return db.session.scalars(select(Mother)).one()


def start(phone, channel, language):
    number, name, _, _ = LANGUAGES[language]
    woman = phone("+9779800000001", channel)
    woman.conversation("hi", number, "1", name)
    return woman


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_pregnant_in_her_own_words_then_a_correction_at_the_confirmation(phone, channel, language):
    woman = start(phone, channel, language)
    woman.send(LANGUAGES[language][2])
    woman.send("20 weeks")
    due = today() + timedelta(days=100)
    again = woman.send(f"my due date is {due.isoformat()}")  # a correction, not a "please reply 1 or 2"
    assert "1" in again and "2" in again
    woman.send("1")
    woman.send(SKIP[language])
    assert mother().due_date == due and mother().facility_code is None


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_baby_born_yesterday_in_her_own_words(phone, channel, language):
    woman = start(phone, channel, language)
    woman.send(LANGUAGES[language][3])
    woman.send(YESTERDAY[language])
    woman.send("PHC-7")
    assert mother().stage == "baby" and mother().baby.born_on == today() - timedelta(days=1)
    assert mother().facility_code == "PHC-7"


@pytest.mark.parametrize("answer, days", [("10 days ago", 10), ("3 din pahile", 3), ("१० दिन पहले", 10)])
def test_a_birth_counted_back_from_today(phone, answer, days):
    woman = start(phone, "sms", "en")
    woman.send("2")
    woman.send(answer)
    woman.send("skip")
    assert mother().baby.born_on == today() - timedelta(days=days)


def test_last_monday_is_a_birth_date(phone):
    woman = start(phone, "whatsapp", "en")
    woman.send("2")
    woman.send("last Monday")
    woman.send("skip")
    born = mother().baby.born_on
    assert born.weekday() == 0 and timedelta(days=1) <= today() - born <= timedelta(days=7)


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("not_a_facility", ["yes", "12/03/2026", "what should I eat?", "kya khana chahiye",
                                            "FCHV report: jwaro, kamne, behos hune kasailai pani bhayena aaja"])
def test_a_yes_a_date_a_question_or_a_sentence_is_not_taken_as_her_facility(phone, channel, not_a_facility):
    woman = start(phone, channel, "en")
    woman.conversation("1", dmy(today() - timedelta(weeks=12)), "1")
    assert "facility" in woman.send(not_a_facility)
    assert db.session.scalars(select(Mother)).all() == []
    woman.send("Bharatpur health post")
    assert mother().facility_code == "Bharatpur health post"


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_language_mid_registration_comes_back_to_the_same_question_without_a_new_consent(phone, channel, language):
    woman = start(phone, channel, language)
    assert "3" in woman.send("LANGUAGE")
    back = woman.send("1")  # English now
    assert "pregnant now" in back and "agree" not in back
    assert db.session.scalars(select(ConsentEvent.kind)).all() == ["consent_given"]


@pytest.mark.parametrize("channel", CHANNELS)
def test_update_my_details_changes_one_field_without_a_new_consent(phone, channel):
    woman = start(phone, channel, "en")
    woman.conversation("1", "20 weeks", "1", "PHC-7")
    before = mother()
    assert "What do you want to change" in woman.send("update my details")
    assert "name" in woman.send("1")
    assert "updated" in woman.send("Sita Devi")
    after = mother()
    assert (after.name, after.lmp, after.facility_code) == ("Sita Devi", before.lmp, "PHC-7")
    assert db.session.scalars(select(ConsentEvent.kind)).all() == ["consent_given"]


def test_update_from_the_menu_can_change_the_dates_to_a_baby(phone):
    woman = start(phone, "sms", "en")
    woman.conversation("1", "38 weeks", "1", "skip")
    woman.conversation("menu", "4", "2", "I have a baby")
    assert "updated" in woman.send(YESTERDAY["en"])
    assert mother().stage == "baby" and mother().baby.born_on == today() - timedelta(days=1)


# her name in a sentence, as she would write it; her news told with it, or instead of it
NAMED = {"en": ("my name is Sita Sharma", "Sita Sharma", "Sita, I am pregnant"),
         "hi": ("mera naam Asha hai", "Asha", "मेरा नाम आशा है, pregnant hu"),
         "ne": ("मेरो नाम माया हो", "माया", "mero naam Maya ho, bachha cha")}


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_her_name_in_a_sentence_is_her_name(phone, channel, language):
    said, name, _ = NAMED[language]
    woman = phone("+9779800000001", channel)
    woman.conversation("hi", LANGUAGES[language][0], "1", said)
    woman.conversation("1", "20 weeks", "1", SKIP[language])
    assert mother().name == name


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_her_pregnancy_or_baby_told_with_her_name_is_not_asked_again(phone, channel, language):
    woman = phone("+9779800000001", channel)
    woman.conversation("hi", LANGUAGES[language][0], "1")
    woman.send(NAMED[language][2])
    if language == "ne":  # "bachha cha": a baby, so the next question is her birth date
        woman.conversation(YESTERDAY[language], SKIP[language])
        assert mother().stage == "baby" and mother().baby.born_on == today() - timedelta(days=1)
    else:
        woman.conversation("20 weeks", "1", SKIP[language])
        assert mother().stage == "pregnant" and mother().lmp == today() - timedelta(weeks=20)


@pytest.mark.parametrize("channel", CHANNELS)
def test_i_am_pregnant_is_no_name_but_it_is_kept(phone, channel):
    woman = phone("+9779800000001", channel)
    woman.conversation("hi", "1", "1")
    assert "name" in woman.send("I am pregnant")
    woman.send("Sita")  # her pregnancy was told: the dates come next
    woman.conversation("20 weeks", "1", "skip")
    assert (mother().name, mother().stage) == ("Sita", "pregnant")


def test_a_name_with_a_word_for_baby_is_still_her_name(phone):
    woman = phone("+9779800000001", "sms")
    woman.conversation("hi", "1", "1")
    assert "are you pregnant now" in woman.send("Baby Kumari")


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("question", ["why do you need my name?", "naam kyu chahiye", "किन नाम चाहियो?"])
def test_a_question_at_the_name_step_is_answered_and_not_stored_as_her_name(phone, channel, question):
    woman = phone("+9779800000001", channel)
    woman.conversation("hi", "1", "1")
    reply = woman.send(question)
    assert "health worker sees it" in reply and "type your name" in reply  # what her name is for, then the question
    woman.conversation("Sita", "1", "20 weeks", "1", "skip")
    assert mother().name == "Sita"


@pytest.mark.parametrize("channel", CHANNELS)
def test_her_weeks_given_at_the_name_step_are_not_stored_as_her_name(phone, channel):
    woman = phone("+9779800000001", channel)
    woman.conversation("hi", "1", "1")
    assert "type your name" in woman.send("30 weeks")
    woman.conversation("Sita", "1", "20 weeks", "1", "skip")
    assert mother().name == "Sita"
