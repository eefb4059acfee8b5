"""Facilities as data: imported from a CSV (code, name, district), and a mother's answer matched against them."""
from __future__ import annotations

import csv
from typing import IO

from rapidfuzz import fuzz, process
from sqlalchemy import select

from models import Facility, db

COLUMNS = ("code", "name", "district")
NAME_SCORE = 85  # rapidfuzz WRatio: "Dhulikhel Hosp" still finds "Dhulikhel Hospital", "Kathmandu" does not


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
    """The code of the facility she means, by code or name (typos tolerated), else None."""
    text = " ".join(answer.split()).casefold()
    if not text:
        return None
    for code, name in known.items():
        if text in (code.casefold(), name.casefold()):
            return code
    best = process.extractOne(text, {code: name.casefold() for code, name in known.items()}, scorer=fuzz.WRatio)
    return best[2] if best and best[1] >= NAME_SCORE else None


def districts() -> list[str]:
    return list(db.session.scalars(select(Facility.district).distinct().order_by(Facility.district)))
