"""Facilities as data: imported from a CSV (code, name, district), and a mother's answer matched against them."""
from __future__ import annotations

import csv
from typing import IO, Callable

from rapidfuzz import fuzz, process
from sqlalchemy import select

from models import Facility, db

COLUMNS = ("code", "name", "district")
NAME_SCORE = 85  # rapidfuzz WRatio on the distinctive words: "dhulikel" finds "Dhulikhel", "kathmandu" does not
AMBIGUOUS = 5  # the best match must beat the next by this much
GENERIC = {"health", "post", "hp", "sub", "subhealth", "hospital", "clinic", "centre", "center", "primary",
           "phc", "chc", "phcc", "community", "district", "zonal", "ward", "the", "of", "स्वास्थ्य", "चौकी",
           "केन्द्र", "केंद्र", "अस्पताल", "उपस्वास्थ्य"}


class FacilityFileError(ValueError):
    """A row of the CSV is unusable; the message names the line."""


def import_csv(handle: IO[str]) -> int:
    """Add or update every row (code is the key), in the caller's transaction; returns the rows read."""
    reader = csv.DictReader(handle)
    missing = [name for name in COLUMNS if name not in (reader.fieldnames or [])]
    if missing:
        raise FacilityFileError(f"the CSV needs the columns {', '.join(COLUMNS)}; missing: {', '.join(missing)}")
    count = 0
    for line, row in enumerate(reader, start=2):
        code, name, district = (" ".join((row.get(column) or "").split()) for column in COLUMNS)
        if not (code and name and district):
            raise FacilityFileError(f"line {line}: code, name and district are all needed")
        facility = db.session.get(Facility, code) or Facility(code=code)
        facility.name, facility.district = name, district
        db.session.add(facility)
        count += 1
    return count


def directory() -> dict[str, str]:
    """code -> name of every facility; empty when none were imported."""
    return dict(db.session.execute(select(Facility.code, Facility.name)).tuples().all())


def match(answer: str, known: dict[str, str]) -> str | None:
    """The code of the facility she means, by code or name (typos tolerated), else None.

    Words every facility shares ("health post", "hospital") tell nothing apart, so names are compared without
    them, and an answer as close to two facilities as to one is not taken.
    """
    text = " ".join(answer.split()).casefold()
    if not text:
        return None
    for code, name in known.items():
        if text in (code.casefold(), name.casefold()):
            return code
    wanted = _distinctive(text)
    if not wanted:
        return None
    choices = {code: _distinctive(name.casefold()) for code, name in known.items()}
    found = process.extract(wanted, choices, scorer=fuzz.WRatio, limit=2)
    if not found or found[0][1] < NAME_SCORE or (len(found) > 1 and found[1][1] > found[0][1] - AMBIGUOUS):
        return None
    return found[0][2]


def _distinctive(name: str) -> str:
    return " ".join(word for word in name.split() if not _generic(word))


def _generic(word: str) -> bool:
    """"helth" and "hospitl" are generic too."""
    if word in GENERIC:
        return True
    return len(word) >= 4 and process.extractOne(word, GENERIC, scorer=fuzz.ratio, score_cutoff=80) is not None


def finder() -> Callable[[str], str | None]:
    """The lookup a registration uses for her answer: the code she means, None when facilities are known but
    none matches, her answer as written when none was imported. Asks the database only when it is called."""
    def find(answer: str) -> str | None:
        known = directory()
        return match(answer, known) if known else answer

    return find


def districts() -> list[str]:
    return list(db.session.scalars(select(Facility.district).distinct().order_by(Facility.district)))
