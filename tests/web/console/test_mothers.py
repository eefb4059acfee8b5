"""/mothers and /mothers/<id>: her scope only, filters, search, her record and notes."""
from datetime import timedelta

from sqlalchemy import select

from models import Conversation, Note, db
from tests.support import console


def setup_people():
    console.facilities()
    console.user("anita", "health_worker", facility="PHC-A")
    console.user("sunita", "supervisor", district="Kavre")
    console.user("root", "admin")
    return {
        "sita": console.mother("Sita", "PHC-A", phone="+9779800000101", weeks=10),
        "gita": console.mother("Gita", "PHC-A", phone="+9779800000102", weeks=30),
        "rita": console.mother("Rita", "PHC-B", phone="+9779800000103"),
        "mina": console.mother("Mina", "PHC-C", phone="+9779800000104"),
        "nobody": console.mother("Nobody", None, phone="+9779800000105"),
    }


def names(client, query="") -> set[str]:
    page = client.get("/mothers" + query).data.decode()
    return {name for name in ("Sita", "Gita", "Rita", "Mina", "Nobody") if f">{name}</a>" in page}


def test_each_role_lists_only_the_mothers_of_its_scope(client):
    setup_people()
    console.sign_in(client, "anita")
    assert names(client) == {"Sita", "Gita"}
    client.post("/logout", data={"csrf_token": console.csrf(client.get("/dashboard").data)})
    console.sign_in(client, "sunita")
    assert names(client) == {"Sita", "Gita", "Rita"}
    client.post("/logout", data={"csrf_token": console.csrf(client.get("/dashboard").data)})
    console.sign_in(client, "root")
    assert names(client) == {"Sita", "Gita", "Rita", "Mina", "Nobody"}


def test_a_health_worker_gets_404_for_a_mother_of_another_facility_and_cannot_note_her(client):
    people = setup_people()
    console.sign_in(client, "anita")
    assert client.get(f"/mothers/{people['sita'].id}").status_code == 200
    assert client.get(f"/mothers/{people['rita'].id}").status_code == 404
    assert client.get("/mothers?facility=PHC-B").status_code == 404
    response = console.post(client, f"/mothers/{people['rita'].id}/notes", {"text": "seen"})
    assert response.status_code == 404
    assert db.session.scalars(select(Note)).all() == []


def test_filters_by_stage_and_search_by_name_or_phone(client):
    setup_people()
    console.sign_in(client, "anita")
    assert names(client, "?stage=trimester_3") == {"Gita"}
    assert names(client, "?stage=trimester_1") == {"Sita"}
    assert names(client, "?q=sit") == {"Sita"}
    assert names(client, "?q=0102") == {"Gita"}


def test_the_missed_checkup_filter_and_the_dashboard_read_her_timelines_unconfirmed_visits(client):
    from datetime import date

    from models import CareVisit

    people = setup_people()
    db.session.add_all([
        CareVisit(mother_id=people["gita"].id, item="anc_26w", due_on=date(2026, 11, 1), status="unconfirmed"),
        CareVisit(mother_id=people["sita"].id, item="anc_12w", due_on=date(2026, 11, 1), status="done"),
        CareVisit(mother_id=people["rita"].id, item="anc_26w", due_on=date(2026, 11, 1), status="unconfirmed"),
    ])
    db.session.commit()
    console.sign_in(client, "anita")
    assert names(client, "?missed=1") == {"Gita"}  # Rita's missed checkup is another facility's
    assert "Checkups" in client.get("/dashboard").data.decode()
    from models import User
    from services import dashboard
    from services.scope import Scope

    anita = db.session.scalars(select(User).where(User.username == "anita")).one()
    assert dashboard._checkups(Scope.of(anita)) == {"confirmed": 1, "missed": 1}


def test_the_opted_out_filter_shows_who_said_stop(client):
    people = setup_people()
    db.session.add(Conversation(phone=people["gita"].phone, channel="sms", opted_out=True, data={}))
    db.session.commit()
    console.sign_in(client, "anita")
    assert names(client, "?opted_out=1") == {"Gita"}


def test_her_page_shows_her_pregnancy_messages_and_a_note_added_there(client, phone):
    people = setup_people()
    phone(people["sita"].phone).send("hello")
    console.sign_in(client, "anita")
    page = client.get(f"/mothers/{people['sita'].id}").data.decode()
    assert "10 weeks, trimester 1" in page and "hello" in page and "Next checkup" in page
    response = console.post(client, f"/mothers/{people['sita'].id}/notes", {"text": "Visited at home"})
    assert response.status_code == 302
    assert "Visited at home" in client.get(f"/mothers/{people['sita'].id}").data.decode()


def test_the_due_this_week_filter_uses_her_checkup_schedule(client):
    from datetime import date

    console.facilities()
    console.user("anita", "health_worker", facility="PHC-A")
    today = date.today()
    # Nepal's first contact is at 12 weeks: 11 weeks 5 days today means it is 2 days away
    console.mother("Soon", "PHC-A", phone="+9779800000111", weeks=0, today=today - timedelta(weeks=11, days=5))
    console.mother("Later", "PHC-A", phone="+9779800000112", weeks=14)
    console.sign_in(client, "anita")
    page = client.get("/mothers?due_week=1").data.decode()
    assert ">Soon</a>" in page and ">Later</a>" not in page


def test_the_csv_export_follows_her_scope_and_filters(client):
    setup_people()
    console.sign_in(client, "anita")
    response = client.get("/mothers.csv?stage=trimester_1")
    assert response.mimetype == "text/csv"
    lines = response.data.decode().splitlines()
    assert lines[0].startswith("name,phone,facility") and len(lines) == 2 and lines[1].startswith("Sita,")
    assert "Rita" not in client.get("/mothers.csv").data.decode()
    assert client.get("/mothers.csv?facility=PHC-B").status_code == 404


def test_the_unreachable_filter_shows_numbers_sending_kept_failing(client):
    from models import Reachability, utcnow

    people = setup_people()
    db.session.add(Reachability(phone=people["sita"].phone, consecutive_failures=3, unreachable_since=utcnow()))
    db.session.commit()
    console.sign_in(client, "anita")
    assert names(client, "?unreachable=1") == {"Sita"}
