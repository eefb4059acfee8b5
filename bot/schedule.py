"""The next antenatal contact and the baby's next vaccines, from the country's profile (content/countries.yaml).

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


def next_contact(lmp: date, today: date, country: str) -> Contact | None:
    weeks = profile(country)["anc"]["weeks"]
    for number, week in enumerate(weeks, start=1):
        on = lmp + timedelta(weeks=week)
        if on + CONTACT_GRACE >= today:
            return Contact(number=number, of=len(weeks), week=week, on=on)
    return None


def next_doses(born_on: date, today: date, country: str) -> Doses | None:
    for dose in profile(country)["vaccines"]["doses"]:
        on = born_on + timedelta(days=dose["age_days"])
        if on + DOSE_GRACE >= today:
            return Doses(age_days=dose["age_days"], vaccines=dose["vaccines"], on=on)
    return None
