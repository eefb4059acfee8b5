"""Every console route, for a health worker of facility A, on everything of facility B: 403 or 404, and no
list shows it. The test walks the app's own URL map, so a route added later is covered or fails here."""
from datetime import datetime, timezone

from sqlalchemy import select

from models import Alert, Broadcast, Note, OutboundMessage, Question, db
from services import broadcasts
from services.cohorts import Cohort
from tests.support import console

CONSOLE = {"auth", "dashboard", "mothers", "alerts", "questions", "broadcasts", "registrations"}
NOW = datetime(2026, 11, 30, 5, 0, tzinfo=timezone.utc)


def facility_b():
    """Facility B's mother, her alert and question, and a broadcast by B's health worker."""
    console.facilities()
    console.user("anita", "health_worker", facility="PHC-A")
    bina = console.user("bina", "health_worker", facility="PHC-B")
    console.mother("Asha", "PHC-A", phone="+9779800000601")
    rita = console.mother("Rita Secret", "PHC-B", phone="+9779800000602")
    alert = Alert(phone=rita.phone, mother_id=rita.id, sign="heavy_bleeding", group="pregnancy", urgency="now")
    question = Question(phone=rita.phone, mother_id=rita.id, text="secret question of rita")
    db.session.add_all([alert, question])
    broadcast = broadcasts.draft(bina, Cohort(), {"en": "secret broadcast of bina"}, source="web", now=NOW,
                                 today=NOW.date())
    db.session.commit()
    return {"mother_id": rita.id, "alert_id": alert.id, "question_id": question.id, "broadcast_id": broadcast.id}


def console_rules(app):
    return [rule for rule in app.url_map.iter_rules() if rule.endpoint.split(".")[0] in CONSOLE]


def test_every_route_refuses_facility_bs_things_to_facility_as_health_worker(app, client):
    ids = facility_b()
    console.sign_in(client, "anita")
    token = console.csrf(client.get("/dashboard").data)
    checked = []
    for rule in console_rules(app):
        if not rule.arguments:
            continue
        url = rule.build(ids, append_unknown=False)[1]
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            response = client.open(url, method=method, data={"csrf_token": token, "text": "x", "note": "x"})
            assert response.status_code in (403, 404), (method, url, response.status_code)
            checked.append(rule.endpoint)
    assert {"mothers.detail", "mothers.add_note", "alerts.acknowledge", "alerts.resolve", "questions.reply",
            "broadcasts.detail", "broadcasts.confirm", "broadcasts.cancel"} <= set(checked)
    db.session.rollback()
    assert db.session.scalars(select(Note)).all() == []
    assert db.session.get(Alert, ids["alert_id"]).acknowledged_at is None
    assert db.session.get(Question, ids["question_id"]).answered_at is None
    assert db.session.get(Broadcast, ids["broadcast_id"]).status == "draft"
    assert db.session.scalars(select(OutboundMessage)).all() == []


def test_no_page_or_list_shows_facility_bs_things_to_facility_as_health_worker(app, client):
    facility_b()
    console.sign_in(client, "anita")
    for rule in console_rules(app):
        if rule.arguments or "GET" not in rule.methods:
            continue
        response = client.get(rule.rule, follow_redirects=True)
        page = response.data.decode()
        assert response.status_code == 200, rule.rule
        for secret in ("Rita Secret", "+9779800000602", "secret question of rita", "secret broadcast of bina"):
            assert secret not in page, (rule.rule, secret)


def test_forms_aimed_at_facility_b_are_refused(client):
    facility_b()
    console.sign_in(client, "anita")
    for path, form in [("/mothers/register", {"facility": "PHC-B", "name": "X", "phone": "9800000699",
                                              "locale": "en", "stage": "pregnant", "lmp": "2026-08-01"}),
                       ("/broadcasts", {"facility": "PHC-B", "body_en": "x"})]:
        assert console.post(client, path, form).status_code == 404, path
    assert client.get("/mothers?facility=PHC-B").status_code == 404


def test_a_supervisor_sees_her_district_and_an_admin_everything(client):
    facility_b()
    console.user("chitwan", "supervisor", district="Chitwan")
    console.user("root", "admin")
    console.sign_in(client, "chitwan")
    assert "Rita Secret" not in client.get("/mothers").data.decode()
    assert "secret question of rita" not in client.get("/questions").data.decode()
    client.post("/logout", data={"csrf_token": console.csrf(client.get("/dashboard").data)})
    console.sign_in(client, "root")
    assert "Rita Secret" in client.get("/mothers").data.decode()
    assert "secret question of rita" in client.get("/questions").data.decode()
    assert "Rita Secret" in client.get("/alerts").data.decode()
