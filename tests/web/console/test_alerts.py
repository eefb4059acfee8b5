"""/alerts: her facility's open alerts, newest first; acknowledge, then resolve with a note."""
from sqlalchemy import select

from models import Alert, Note, db
from tests.support import console


def alert_for(mother, sign="heavy_bleeding"):
    alert = Alert(phone=mother.phone, mother_id=mother.id, sign=sign, group="pregnancy", urgency="now")
    db.session.add(alert)
    db.session.commit()
    return alert


def test_acknowledge_then_resolve_with_a_note(client):
    console.facilities()
    console.user("anita", "health_worker", facility="PHC-A")
    sita = console.mother("Sita", "PHC-A", phone="+9779800000701")
    alert = alert_for(sita)
    console.sign_in(client, "anita")
    page = client.get("/alerts").data.decode()
    assert "Sita" in page and "heavy bleeding" in page and "Not acknowledged" in page
    console.post(client, f"/alerts/{alert.id}/acknowledge", {"note": "Calling her now"}, page="/alerts")
    db.session.rollback()
    acknowledged = db.session.get(Alert, alert.id)
    assert acknowledged.status == "acknowledged" and acknowledged.acknowledged_at is not None
    assert "Calling her now" in client.get("/alerts").data.decode()
    assert console.post(client, f"/alerts/{alert.id}/resolve", {"note": ""}, page="/alerts").status_code == 302
    db.session.rollback()
    assert db.session.get(Alert, alert.id).resolved_at is None  # a resolution needs its note
    console.post(client, f"/alerts/{alert.id}/resolve", {"note": "Referred to the hospital"}, page="/alerts")
    db.session.rollback()
    assert db.session.get(Alert, alert.id).resolved_at is not None
    assert "Sita" not in client.get("/alerts").data.decode()
    assert "Referred to the hospital" in client.get(f"/mothers/{sita.id}").data.decode()
    assert [n.kind for n in db.session.scalars(select(Note).order_by(Note.id))] == ["acknowledged", "resolved"]


def test_open_alerts_are_newest_first(client):
    console.facilities()
    console.user("anita", "health_worker", facility="PHC-A")
    first = alert_for(console.mother("First", "PHC-A", phone="+9779800000702"))
    second = alert_for(console.mother("Second", "PHC-A", phone="+9779800000703"))
    console.sign_in(client, "anita")
    page = client.get("/alerts").data.decode()
    assert page.index(f"alert-{second.id}") < page.index(f"alert-{first.id}")
