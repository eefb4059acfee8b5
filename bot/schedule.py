"""Her country's schedules (content/countries.yaml): antenatal and postnatal contacts, Td in pregnancy, the baby's
vaccines. Each entry carries its source.

A contact or dose counts as "next" until its week or age is more than six days past: a mother two days past the
20-week contact is still told to go to it. We do not know which were done, so older ones are not repeated.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from bot.country import profile

CONTACT_GRACE = timedelta(days=6)
DOSE_GRACE = timedelta(days=6)


@dataclass(frozen=True)
class Contact:
    number: int  # 1-based
    of: int
    week: int
    on: date


@dataclass(frozen=True)
class Doses:
    age_days: int
    vaccines: str
    on: date


@dataclass(frozen=True)
class Td:
    gap_days: int  # from the first dose to the second
    before_due_days: int  # the second at least this long before the due date


def anc_weeks(country: str) -> list[int]:
    return [contact["week"] for contact in profile(country)["anc"]["contacts"]]


def pnc_days(country: str) -> list[int]:
    return [contact["day"] for contact in profile(country)["pnc"]["contacts"]]


def vaccine_doses(country: str) -> list[dict]:
    """[{age_days, vaccines, source}] in order of age."""
    return list(profile(country)["vaccines"]["doses"])


def td(country: str) -> Td:
    rules = profile(country)["td"]
    return Td(gap_days=rules["gap_days"], before_due_days=rules["before_due_days"])


def next_contact(lmp: date, today: date, country: str) -> Contact | None:
    weeks = anc_weeks(country)
    for number, week in enumerate(weeks, start=1):
        on = lmp + timedelta(weeks=week)
        if on + CONTACT_GRACE >= today:
            return Contact(number=number, of=len(weeks), week=week, on=on)
    return None


def next_doses(born_on: date, today: date, country: str) -> Doses | None:
    for dose in vaccine_doses(country):
        on = born_on + timedelta(days=dose["age_days"])
        if on + DOSE_GRACE >= today:
            return Doses(age_days=dose["age_days"], vaccines=dose["vaccines"], on=on)
    return None
