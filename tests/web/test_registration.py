"""Transcripts: a mother registers by chat, on SMS and WhatsApp, in English, Hindi and Nepali."""
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import func, select

from models import ConsentEvent, Mother, db


def today() -> date:
    from zoneinfo import ZoneInfo
    from datetime import datetime

    return datetime.now(ZoneInfo("Asia/Kathmandu")).date()


def dmy(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def test_english_sms_registration_by_last_period_in_eight_messages(phone):
    sita = phone("+9779800000001", "sms")
    lmp = today() - timedelta(weeks=20)
    replies = sita.conversation("hi", "1", "yes", "Sita", "1", dmy(lmp), "1", "skip")

    assert "1 English" in replies[0] and "नेपाली" in replies[0]
    assert "Do you agree" in replies[1]
    assert "name" in replies[2]
    assert "pregnant" in replies[3]
    assert "last period" in replies[4]
    assert "20 weeks pregnant, in week 21" in replies[5]
    assert "facility" in replies[6]
    assert "registered" in replies[7] and "20 weeks" in replies[7]
    mother = db.session.scalars(select(Mother)).one()
    assert (mother.name, mother.stage, mother.lmp, mother.channel) == ("Sita", "pregnant", lmp, "sms")
    assert mother.due_date == lmp + timedelta(days=280)


def test_whatsapp_registration_in_hindi_with_weeks(phone):
    asha = phone("+919800000002", "whatsapp")
    replies = asha.conversation("namaste", "2", "हाँ", "आशा", "1", "24 hafte", "haan", "छोड़ें")

    assert "सहमत" in replies[1]
    mother = db.session.scalars(select(Mother)).one()
    assert mother.locale == "hi" and mother.channel == "whatsapp" and mother.country == "IN"
    assert (today() - mother.lmp).days == 24 * 7
    assert "पंजीकरण हो गया" in replies[7] and "24 हफ्ते" in replies[7]


def test_nepali_sms_registration_with_a_bikram_sambat_due_date(phone):
    maya = phone("+9779800000003", "sms")
    due = today() + timedelta(weeks=10)
    import nepali_datetime

    bs = nepali_datetime.date.from_datetime_date(due)
    replies = maya.conversation("hi", "3", "हो", "माया", "१", f"{bs.year}-{bs.month:02d}-{bs.day:02d}", "1",
                                "PHC-12")
    mother = db.session.scalars(select(Mother)).one()
    assert mother.due_date == due and mother.facility_code == "PHC-12" and mother.locale == "ne"
    assert "दर्ता भयो" in replies[7] and "माया" in replies[7]
    from bot.dates import format_date

    assert format_date(due, locale="ne", country="NP") in replies[7]  # answered in Bikram Sambat


def test_a_mother_with_a_baby_registers_her_baby(phone):
    gita = phone("+9779800000004", "sms")
    born = today() - timedelta(weeks=6)
    replies = gita.conversation("hi", "1", "1", "Gita", "2", dmy(born), "skip")
    assert "registered" in replies[-1] and "6 weeks old" in replies[-1]
    mother = db.session.scalars(select(Mother)).one()
    assert mother.stage == "baby" and mother.baby.born_on == born


def test_impossible_dates_are_explained_and_asked_again(phone):
    sita = phone()
    sita.conversation("hi", "1", "yes", "Sita", "1")
    assert "could not read" in sita.send("31/02/2026")
    assert "40 weeks away" in sita.send(dmy(today() + timedelta(days=300)))  # a future date is a due date
    assert "42 weeks" in sita.send(dmy(today() - timedelta(weeks=50)))
    assert "could not read" in sita.send("banana")
    assert "20 weeks" in sita.send("20 weeks")


def test_a_baby_born_in_the_future_or_over_two_years_ago_is_refused(phone):
    gita = phone()
    gita.conversation("hi", "1", "yes", "Gita", "2")
    assert "future" in gita.send(dmy(today() + timedelta(days=5)))
    assert "2 years" in gita.send(dmy(today() - timedelta(days=800)))


def test_declining_consent_stores_nothing_but_the_opt_out(phone):
    sita = phone()
    replies = sita.conversation("hi", "1", "no")
    assert "will not store" in replies[-1]
    assert db.session.scalar(select(func.count()).select_from(Mother)) == 0
    kinds = db.session.scalars(select(ConsentEvent.kind)).all()
    assert kinds == ["consent_refused"]
    assert sita.send("hello") == ""


def test_registering_again_updates_her_record_instead_of_duplicating_it(phone):
    sita = phone()
    sita.conversation("hi", "1", "yes", "Sita", "1", "20 weeks", "yes", "skip")
    sita.conversation("register", "1", "yes", "Sita Devi", "1", "22 weeks", "yes", "skip")
    mothers = db.session.scalars(select(Mother)).all()
    assert len(mothers) == 1 and mothers[0].name == "Sita Devi"
    assert (today() - mothers[0].lmp).days == 22 * 7


def test_after_registering_she_can_ask_her_week_and_due_date(phone):
    sita = phone()
    sita.conversation("hi", "1", "yes", "Sita", "1", "30 weeks", "yes", "skip")
    assert "30 weeks pregnant" in sita.send("what week am I")
    assert "due date" in sita.send("due date")
    assert "Menu" in sita.send("menu")
    assert "trimester 3" in sita.send("1")


def test_yes_no_and_skip_are_understood_in_english_in_every_language(phone):
    ram = phone("+9779800000009")
    replies = ram.conversation("hi", "3", "yes", "Radha", "1", "20 weeks", "yes", "skip")
    assert db.session.scalars(select(Mother)).one().locale == "ne"
    assert replies[-1] != replies[-2]


def test_every_date_problem_has_an_explanation():
    from bot.pregnancy import Problem
    from flows.registration import PROBLEMS

    assert set(PROBLEMS) == set(Problem)


def test_a_period_a_few_days_ago_is_too_early_to_register(phone):
    sita = phone()
    sita.conversation("hi", "1", "yes", "Sita", "1")
    assert "too early" in sita.send(dmy(today() - timedelta(days=5)))


def test_a_birth_date_without_a_year_means_the_last_such_day(phone):
    gita = phone()
    gita.conversation("hi", "1", "yes", "Gita", "2")
    born = today() - timedelta(days=200)
    assert "facility" in gita.send(born.strftime("%-d %B"))
    gita.send("skip")
    db.session.rollback()
    assert db.session.scalars(select(Mother)).one().baby.born_on == born


def test_a_mother_registered_before_she_first_writes_is_known_from_her_first_message(phone):
    sita = phone()
    db.session.add(Mother(phone=sita.number, name="Sita", locale="en", channel="sms", country="NP",
                          stage="pregnant", lmp=date.today() - timedelta(weeks=12),
                          due_date=date.today() + timedelta(weeks=28), consented_at=datetime.now(timezone.utc)))
    db.session.commit()
    assert "Hello Sita" in sita.send("hi")
    assert "Sita, you are 12 weeks pregnant" in sita.send("what week am I")
