"""Console fixtures as plain helpers: facilities, users of each role, mothers at a facility, signing in."""
from __future__ import annotations

import re
from datetime import date, timedelta

from models import Facility, Mother, User, db, utcnow
from services import accounts

PASSWORD = "correct horse battery"
FACILITIES = [("PHC-A", "Dhulikhel Health Post", "Kavre"), ("PHC-B", "Banepa Health Post", "Kavre"),
              ("PHC-C", "Bharatpur Hospital", "Chitwan")]


def facilities() -> None:
    for code, name, district in FACILITIES:
        db.session.merge(Facility(code=code, name=name, district=district))
    db.session.commit()


def user(username: str, role: str, *, facility: str | None = None, district: str | None = None,
         phone: str | None = None, locale: str = "en"):
    created = accounts.create(accounts.NewUser(username=username, role=role, password=PASSWORD, facility=facility,
                                               district=district, phone=phone, locale=locale))
    db.session.commit()
    return created


def mother(name: str, facility: str | None, *, phone: str, stage: str = "pregnant", weeks: int = 20,
           locale: str = "en", channel: str = "sms", today: date | None = None) -> Mother:
    today = today or date.today()
    lmp = today - timedelta(weeks=weeks) if stage == "pregnant" else None
    row = Mother(phone=phone, name=name, locale=locale, channel=channel, country="NP", stage=stage, lmp=lmp,
                 due_date=lmp + timedelta(days=280) if lmp else None, facility_code=facility,
                 consented_at=utcnow())
    db.session.add(row)
    db.session.commit()
    return row


def csrf(page: bytes) -> str:
    found = re.search(rb'name="csrf_token" value="([^"]+)"', page)
    assert found, "the page has no CSRF field"
    return found.group(1).decode()


def sign_in(client, username: str, password: str = PASSWORD):
    token = csrf(client.get("/login").data)
    return client.post("/login", data={"username": username, "password": password, "csrf_token": token})


def post(client, path: str, data: dict | None = None, *, page: str | None = None):
    """A form post with the CSRF token taken from `page` (default: the dashboard), as a browser would."""
    token = csrf(client.get(page or "/dashboard").data)
    return client.post(path, data=(data or {}) | {"csrf_token": token})


def worker(phone: str, facility: str | None = None, *, channel: str = "sms", locale: str = "en", name: str = "Anita"):
    """A user with a phone who receives alerts: her facility's health worker, or with no facility an admin (on
    call for every facility). The facility is created when missing."""
    if facility is not None and db.session.get(Facility, facility) is None:
        db.session.add(Facility(code=facility, name=f"Health Post {facility}", district="Kavre"))
        db.session.flush()
    created = accounts.create(accounts.NewUser(
        username=f"worker{phone[-7:]}", name=name, role="health_worker" if facility else "admin", password=None,
        facility=facility, phone=phone, locale=locale, channel=channel))
    db.session.commit()
    return created
