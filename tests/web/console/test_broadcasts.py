"""/broadcasts: compose for a cohort, preview per language, confirm; once per mother, never to who opted out."""
from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from models import Broadcast, Conversation, OutboundMessage, db
from services import broadcasts, sender
from services.cohorts import Cohort
from tests.support import console
from tests.support.jobs import run_jobs

DAYTIME = datetime(2026, 11, 30, 5, 0, tzinfo=timezone.utc)  # 10:45 in Kathmandu


def setup_people():
    console.facilities()
    anita = console.user("anita", "health_worker", facility="PHC-A")
    sita = console.mother("Sita", "PHC-A", phone="+9779800000301", weeks=30)
    maya = console.mother("Maya", "PHC-A", phone="+9779800000302", weeks=32, locale="ne")
    gita = console.mother("Gita", "PHC-A", phone="+9779800000303", weeks=31)
    rita = console.mother("Rita", "PHC-B", phone="+9779800000304", weeks=30)
    early = console.mother("Early", "PHC-A", phone="+9779800000305", weeks=8)
    db.session.add(Conversation(phone=gita.phone, channel="sms", opted_out=True, data={}))
    db.session.commit()
    return anita, {"sita": sita, "maya": maya, "gita": gita, "rita": rita, "early": early}


def recipients(broadcast_id: int) -> list[str]:
    db.session.rollback()
    return sorted(db.session.scalars(select(OutboundMessage.phone).where(
        OutboundMessage.broadcast_id == broadcast_id, OutboundMessage.status != "skipped")))


def test_compose_preview_confirm_reaches_her_cohort_once_each_and_never_who_opted_out(app, client):
    anita, mothers = setup_people()
    console.sign_in(client, "anita")
    response = console.post(client, "/broadcasts", {"stage": "trimester_3", "body_en": "Camp on Sunday at 10.",
                                                    "body_ne": "आइतबार १० बजे शिविर।"}, page="/broadcasts")
    assert response.status_code == 302
    preview = client.get(response.location).data.decode()
    assert "Recipients: 2" in preview and "1 SMS segment" in preview and "आइतबार" in preview
    broadcast = db.session.scalars(select(Broadcast)).one()
    console.post(client, f"/broadcasts/{broadcast.id}/confirm", page=response.location)
    assert recipients(broadcast.id) == sorted([mothers["sita"].phone, mothers["maya"].phone])
    assert console.post(client, f"/broadcasts/{broadcast.id}/confirm", page=response.location).status_code == 409
    run_jobs(app, now=datetime.now(timezone.utc) + timedelta(hours=12))  # past any quiet hours
    sent = sender.current().sent
    assert sorted(to for to, _, _ in sent) == sorted([mothers["sita"].phone, mothers["maya"].phone])
    assert (mothers["maya"].phone, "sms", "आइतबार १० बजे शिविर।") in sent
    page = client.get(f"/broadcasts/{broadcast.id}").data.decode()
    assert "2 of 2 sent" in page


def test_a_language_of_the_cohort_without_its_text_is_refused(client):
    setup_people()
    console.sign_in(client, "anita")
    response = console.post(client, "/broadcasts", {"stage": "trimester_3", "body_en": "Camp on Sunday."},
                            page="/broadcasts")
    assert "Write the message in every language" in client.get(response.location).data.decode()
    assert db.session.scalars(select(Broadcast)).all() == []


def test_a_broadcast_confirmed_at_night_waits_for_the_morning(app):
    anita, mothers = setup_people()
    night = datetime(2026, 11, 30, 16, 0, tzinfo=timezone.utc)  # 21:45 in Kathmandu
    broadcast = broadcasts.draft(anita, Cohort(stage="trimester_1"), {"en": "Hello"}, source="web", now=night,
                                 today=night.date())
    broadcasts.confirm(broadcast, anita, night, night.date())
    db.session.commit()
    row = db.session.scalars(select(OutboundMessage).where(OutboundMessage.broadcast_id == broadcast.id)).one()
    from models.base import aware
    assert aware(row.due_at) == datetime(2026, 12, 1, 2, 15, tzinfo=timezone.utc)  # 08:00 the next morning
    assert row.priority == "bulk"


def test_a_health_worker_cannot_see_confirm_or_aim_a_broadcast_outside_her_facility(client):
    setup_people()
    bina = console.user("bina", "health_worker", facility="PHC-B")
    theirs = broadcasts.draft(bina, Cohort(), {"en": "Hello B"}, source="web", now=DAYTIME, today=DAYTIME.date())
    db.session.commit()
    console.sign_in(client, "anita")
    assert client.get(f"/broadcasts/{theirs.id}").status_code == 404
    assert console.post(client, f"/broadcasts/{theirs.id}/confirm", page="/broadcasts").status_code == 404
    assert console.post(client, "/broadcasts", {"facility": "PHC-B", "body_en": "x"},
                        page="/broadcasts").status_code == 404
    assert "Hello B" not in client.get("/broadcasts").data.decode()


def test_an_unreachable_number_is_not_counted_nor_sent_to(app):
    from models import Reachability, utcnow

    anita, mothers = setup_people()
    db.session.add(Reachability(phone=mothers["sita"].phone, consecutive_failures=5, unreachable_since=utcnow()))
    db.session.commit()
    broadcast = broadcasts.draft(anita, Cohort(stage="trimester_3"), {"en": "Hi", "ne": "नमस्ते"}, source="web",
                                 now=DAYTIME, today=DAYTIME.date())
    assert sum(p.recipients for p in broadcasts.previews(broadcast, broadcasts.Scope.of(anita), DAYTIME.date())) == 1
    broadcasts.confirm(broadcast, anita, DAYTIME, DAYTIME.date())
    db.session.commit()
    assert recipients(broadcast.id) == [mothers["maya"].phone]
