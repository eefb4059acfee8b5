"""Broadcast from the field: ALERT <message> from a user's phone, a numbered cohort, YES to send."""
from datetime import timedelta

from sqlalchemy import select, update

from models import Broadcast, Conversation, OutboundMessage, db, utcnow
from services import sender
from tests.support import console
from tests.support.jobs import run_jobs

ANITA = "+9779811111111"


def setup_people():
    console.facilities()
    console.user("anita", "health_worker", facility="PHC-A", phone=ANITA)
    mothers = [console.mother("Sita", "PHC-A", phone="+9779800000401", weeks=30),
               console.mother("Maya", "PHC-A", phone="+9779800000402", stage="baby", locale="ne"),
               console.mother("Gita", "PHC-A", phone="+9779800000403", weeks=12),
               console.mother("Rita", "PHC-B", phone="+9779800000404", weeks=30)]
    db.session.add(Conversation(phone=mothers[2].phone, channel="sms", opted_out=True, data={}))
    db.session.commit()
    return mothers


def outbox_phones() -> list[str]:
    db.session.rollback()
    return sorted(db.session.scalars(select(OutboundMessage.phone).where(OutboundMessage.kind == "broadcast",
                                                                         OutboundMessage.status != "skipped")))


def test_alert_yes_reaches_exactly_her_facilitys_mothers_who_did_not_opt_out_once_each(app, phone):
    sita, maya, gita, rita = setup_people()
    anita = phone(ANITA)
    listing = anita.send("ALERT Vaccination camp tomorrow at 10 at the health post")
    assert "1 All mothers: 2" in listing and "2 Pregnant: 1" in listing
    assert '2 mothers will get: "Vaccination camp tomorrow at 10 at the health post"' in anita.send("1")
    assert "Sending to 2 mothers" in anita.send("YES")
    assert outbox_phones() == sorted([sita.phone, maya.phone])
    anita.send("YES")  # a second YES sends nothing more
    run_jobs(app, now=utcnow() + timedelta(hours=12))
    assert sorted(to for to, _, body in sender.current().sent if "Vaccination camp" in body) == sorted(
        [sita.phone, maya.phone])


def test_no_cancels_and_nothing_is_sent(phone):
    setup_people()
    anita = phone(ANITA)
    anita.send("ALERT Heat wave: drink water")
    anita.send("2")
    assert "Cancelled" in anita.send("NO")
    assert outbox_phones() == []
    assert db.session.scalars(select(Broadcast.status)).all() == ["cancelled"]


def test_thirty_minutes_of_silence_cancels(phone):
    setup_people()
    anita = phone(ANITA)
    anita.send("ALERT Heat wave: drink water")
    anita.send("1")
    db.session.execute(update(Conversation).where(Conversation.phone == ANITA)
                       .values(last_inbound_at=utcnow() - timedelta(minutes=31)))
    db.session.commit()
    assert "was cancelled" in anita.send("YES")
    assert outbox_phones() == []


def test_the_keyword_in_nepali_works_and_the_reply_is_in_her_language(phone):
    setup_people()
    db.session.execute(update(console.User).where(console.User.phone == ANITA).values(locale="ne"))
    db.session.commit()
    reply = phone(ANITA).send("सूचना भोलि खोप शिविर")
    assert "1 सबै आमाहरू: 2" in reply


def test_a_number_that_is_not_a_users_gets_the_ordinary_conversation(phone):
    setup_people()
    reply = phone("+9779800000499").send("ALERT camp tomorrow")
    assert "Aamcare" in reply
    assert db.session.scalars(select(Broadcast)).all() == []


def test_a_supervisor_by_chat_reaches_her_district(phone):
    setup_people()
    console.user("sunita", "supervisor", district="Kavre", phone="+9779811111112")
    sunita = phone("+9779811111112")
    assert "1 All mothers: 3" in sunita.send("alert Camp")
