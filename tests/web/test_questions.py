"""Questions in her own words, the topic menu, and passing a question on to a health worker."""
from sqlalchemy import select

from models import Question, db


def registered(phone, language="1", number="+9779800000001", channel="sms"):
    sita = phone(number, channel)
    sita.conversation("hi", language, "yes", "Sita", "1", "20 weeks", "yes", "skip")
    return sita


def test_a_question_in_her_words_gets_the_knowledge_base_answer(phone):
    sita = registered(phone)
    assert "iron" in sita.send("iron ki goli kab khaye").lower()


def test_the_answer_comes_in_her_language_whatever_script_she_asks_in(phone):
    maya = registered(phone, language="3")
    reply = maya.send("iron tablet when")
    assert any("\u0900" <= ch <= "\u097f" for ch in reply)


def test_an_unclear_question_is_admitted_and_can_go_to_a_health_worker(phone):
    sita = registered(phone)
    reply = sita.send("what is the cricket score today")
    assert "do not know" in reply and "Choose a topic" not in reply and "0" in reply
    assert "sent to a health worker" in sita.send("0")
    db.session.rollback()
    assert db.session.scalars(select(Question.text)).all() == ["what is the cricket score today"]


def test_the_topic_menu_pages_long_lists_and_answers_a_choice(phone):
    sita = registered(phone)
    sita.send("2")
    listing = sita.send("1")
    assert "1 " in listing and "9 More questions" in listing
    second_page = sita.send("9")
    assert "Choose a question" in second_page
    assert "MENU" in sita.send("1")


def test_a_number_off_the_menu_is_not_taken_as_a_question(phone):
    sita = registered(phone)
    assert "did not understand" in sita.send("17")


def test_personal_calculations_from_the_message_itself(phone):
    from datetime import timedelta

    from tests.web.test_registration import today

    sita = registered(phone)
    assert "30 weeks pregnant" in sita.send("30 weeks now, how long left?")
    period = (today() - timedelta(weeks=10)).strftime("%-d %b")
    reply = sita.send(f"my period came on {period}, when will baby come?")
    assert "due date is" in reply and "10 weeks pregnant" in reply


def test_a_new_number_gets_its_question_answered_and_an_invitation(phone):
    reply = phone("+9779800000077").send("is papaya ok in pregnancy")
    assert "reply HI to register" in reply


def test_asking_for_a_sister_explains_she_must_join_herself(phone):
    sita = registered(phone)
    reply = sita.send("please also send these messages to my sister")
    assert "her own phone" in reply


def test_registering_with_a_period_date_in_the_request_skips_the_question(phone):
    from datetime import timedelta

    from tests.web.test_registration import dmy, today

    lmp = today() - timedelta(weeks=12)
    sita = phone("+9779800000078")
    replies = sita.conversation(f"I want to register, my last period was {dmy(lmp)}", "1", "yes", "Sita", "1")
    assert "12 weeks pregnant" in replies[-1] and "Is that right" in replies[-1]


def test_the_bot_says_it_is_automated_and_refuses_fetal_sex(phone):
    sita = registered(phone)
    assert "automated" in sita.send("are you a real doctor?").lower()
    assert "illegal" in sita.send("boy or girl? ladka hai ya ladki").lower()


def test_hello_and_thanks_from_a_registered_mother_are_not_questions(phone):
    sita = registered(phone)
    hello = sita.send("hello")
    assert "Hello Sita" in hello and "MENU" in hello and "Menu:" not in hello  # short: no list
    assert "welcome, Sita" in sita.send("thank you")
    sita.send("2")
    assert "welcome" in sita.send("ok")  # also from the topic menu


def test_language_can_be_changed_after_registering(phone):
    sita = registered(phone)
    assert "1 English" in sita.send("LANGUAGE")
    assert "नेपाली" in sita.send("3") and db.session.scalars(select(Question)).all() == []
    from models import Mother

    db.session.rollback()
    assert db.session.scalars(select(Mother.locale)).one() == "ne"


def test_language_mid_registration_asks_the_language_then_the_same_question_again(phone):
    sita = phone()
    sita.conversation("hi", "1", "yes")
    assert "1 English" in sita.send("bhasha")
    again = sita.send("2")
    assert "नाम" in again and "सहमत" not in again  # her name, in Hindi; no second consent


def test_next_checkup_and_next_vaccine_come_from_her_dates(phone):
    from datetime import timedelta

    from tests.web.test_registration import dmy, today

    from bot.dates import format_date

    sita = registered(phone)  # 20 weeks pregnant
    reply = sita.send("when is my next checkup?")
    assert "checkup at 20 weeks" in reply and "checkup at 26 weeks" in reply and "checkup at 30 weeks" in reply
    gita = phone("+919800000006")
    gita.conversation("hi", "1", "yes", "Gita", "2", dmy(today() - timedelta(days=50)), "skip")
    reply = gita.send("next vaccine?")
    assert "OPV 2, Pentavalent 2" in reply and format_date(today() + timedelta(days=20), locale="en", country="IN") in reply


def test_a_medicine_question_for_someone_else_is_sent_to_a_doctor(phone):
    sita = registered(phone)
    assert "doctor" in sita.send("which medicine should my mother take for her sugar").lower()


def test_an_out_of_scope_request_is_declined_with_what_the_service_can_help_with(phone):
    sita = registered(phone)
    reply = sita.send("mobile recharge kaise kare")
    assert "do not know" in reply and "health worker" in reply and "MENU" in reply


def test_a_second_question_we_cannot_answer_gets_the_short_reply_again_not_the_topic_list(phone):
    sita = registered(phone)
    sita.send("what is the cricket score today")
    reply = sita.send("how do i add my new baby name in ration card?")
    assert "do not know" in reply and "Choose a topic" not in reply
    assert "sent to a health worker" in sita.send("0")
    db.session.rollback()
    assert db.session.scalars(select(Question.text)).all() == ["how do i add my new baby name in ration card?"]
    assert "Choose a topic" in registered(phone, number="+9779800000079").send("2")  # the list is one number away


def test_a_question_we_cannot_answer_while_a_topic_list_is_open_can_still_go_to_a_health_worker(phone):
    sita = registered(phone)
    sita.send("2")
    assert "Choose a question" in sita.send("1")
    assert "do not know" in sita.send("what is the cricket score today")
    assert "sent to a health worker" in sita.send("0")
    db.session.rollback()
    assert db.session.scalars(select(Question.text)).all() == ["what is the cricket score today"]
