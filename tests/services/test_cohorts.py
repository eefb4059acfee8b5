"""Cohorts by pregnancy week and baby age select the same mothers with her dates encrypted, edges included."""
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from models import Baby, Mother, db
from services.cohorts import DAYS_PER_MONTH, stage_condition

TODAY = date(2026, 11, 29)


def mother(name: str, number: int, lmp: date | None = None, born: tuple[int, ...] = ()) -> None:
    db.session.add(Mother(phone=f"+97798000000{number:02d}", name=name, locale="en", channel="sms", country="NP",
                          stage="baby" if born else "pregnant", lmp=lmp, due_date=lmp and lmp + timedelta(days=280),
                          consented_at=datetime(2026, 1, 1, tzinfo=timezone.utc),
                          babies=[Baby(born_on=TODAY - timedelta(days=days)) for days in born]))


def selected(stage: str) -> set[str]:
    return set(db.session.scalars(select(Mother.name).where(stage_condition(stage, TODAY))))


@pytest.fixture
def mothers(app):
    six_months = round(6 * DAYS_PER_MONTH)
    mother("Asha", 1, lmp=TODAY)  # her first day: week 0
    mother("Bina", 2, lmp=TODAY - timedelta(weeks=14))  # the first day of the second trimester
    mother("Chandra", 3, lmp=TODAY - timedelta(weeks=14) + timedelta(days=1))  # the last day of the first
    mother("Devi", 4, born=(90,))
    mother("Ela", 5, born=(six_months,))  # six months to the day: 6-12
    mother("Fulmaya", 6, born=(six_months - 1,))
    mother("Gita", 7, born=(600, 60))  # a baby of 20 months and one of 2: her latest counts
    db.session.commit()


def test_trimesters_by_the_days_of_her_last_period(mothers):
    assert selected("trimester_1") == {"Asha", "Chandra"}
    assert selected("trimester_2") == {"Bina"}
    assert selected("pregnant") == {"Asha", "Bina", "Chandra"}


def test_baby_ages_by_her_latest_baby(mothers):
    assert selected("baby_0_6") == {"Devi", "Fulmaya", "Gita"}
    assert selected("baby_6_12") == {"Ela"}
    assert selected("baby_12_24") == set()
