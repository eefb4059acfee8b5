"""The mothers list of the console: her scope, then filters and a search, one page at a time.

Names and numbers are encrypted (models.crypto), so the search by name or part of a number and the order by
name happen here, over the rows the scope and the other filters selected in SQL.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, fields
from datetime import date, timedelta
from typing import Mapping

from sqlalchemy import ColumnElement, exists, select

from bot import schedule
from models import Alert, Mother, db
from services import cohorts
from services.scope import Scope

PER_PAGE = 25


@dataclass(frozen=True)
class Filters:
    q: str = ""
    facility: str = ""
    stage: str = ""
    due_week: bool = False  # a checkup or vaccine due within 7 days
    missed: bool = False  # a checkup she did not confirm
    open_alert: bool = False
    unreachable: bool = False
    opted_out: bool = False

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> "Filters":
        values = {}
        for field in fields(cls):
            raw = (args.get(field.name) or "").strip()
            values[field.name] = raw in ("1", "on", "true") if field.type in (bool, "bool") else raw[:80]
        if values["stage"] and values["stage"] not in cohorts.STAGES:
            values["stage"] = ""
        return cls(**values)

    def query_args(self) -> dict:
        return {f.name: ("1" if v is True else v) for f in fields(self) if (v := getattr(self, f.name))}


@dataclass(frozen=True)
class Page:
    mothers: list[Mother]
    total: int
    number: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // PER_PAGE))


def search(scope: Scope, filters: Filters, today: date, page: int = 1) -> Page:
    page = max(1, page)
    if filters.due_week:  # computed from her schedule: every row of the scope is needed whole
        rows = all_rows(scope, filters, today)
        return Page(rows[(page - 1) * PER_PAGE: page * PER_PAGE], len(rows), page)
    ids = _sorted_ids(scope, filters, today)  # only names and numbers are opened for the whole scope
    shown = ids[(page - 1) * PER_PAGE: page * PER_PAGE]
    found = {m.id: m for m in db.session.scalars(select(Mother).where(Mother.id.in_(shown)))}
    return Page([found[mother_id] for mother_id in shown], len(ids), page)


def _sorted_ids(scope: Scope, filters: Filters, today: date) -> list[int]:
    stmt = scope.mothers().where(*_conditions(filters, today)).with_only_columns(Mother.id, Mother.name, Mother.phone)
    rows = [row for row in db.session.execute(stmt) if _found(row, filters.q)]
    return [row.id for row in sorted(rows, key=lambda row: (row.name.casefold(), row.id))]


def all_rows(scope: Scope, filters: Filters, today: date) -> list[Mother]:
    rows = [m for m in db.session.scalars(scope.mothers().where(*_conditions(filters, today)))
            if _found(m, filters.q) and (not filters.due_week or due_within_week(m, today))]
    return sorted(rows, key=lambda m: (m.name.casefold(), m.id))


def _found(mother, q: str) -> bool:
    return not q or q.casefold() in mother.name.casefold() or q in mother.phone


def as_csv(mothers: list[Mother]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["name", "phone", "facility", "stage", "due_date", "baby_born_on", "language", "channel",
                     "registered_at"])
    for m in mothers:
        writer.writerow([_cell(m.name), m.phone, m.facility_code or "", m.stage, m.due_date or "",
                         m.baby.born_on if m.baby else "", m.locale, m.channel, m.registered_at.date()])
    return out.getvalue()


def _cell(text: str) -> str:
    """Never a formula when opened in a spreadsheet."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _conditions(filters: Filters, today: date) -> list[ColumnElement[bool]]:
    conditions = [cohorts.stage_condition(filters.stage, today)]
    if filters.facility:
        conditions.append(Mother.facility_code == filters.facility)
    if filters.open_alert:
        conditions.append(exists(select(Alert.id).where(Alert.mother_id == Mother.id, Alert.resolved_at.is_(None))))
    if filters.opted_out:
        conditions.append(cohorts.opted_out())
    if filters.unreachable:
        conditions.append(cohorts.unreachable())
    if filters.missed:
        conditions.append(missed_checkup())
    return conditions


def missed_checkup() -> ColumnElement[bool]:
    """A checkup of her timeline she did not confirm (the follow-up went unanswered)."""
    from models import CareVisit

    return exists(select(CareVisit.id).where(CareVisit.mother_id == Mother.id, CareVisit.status == "unconfirmed"))


def due_within_week(mother: Mother, today: date) -> bool:
    upcoming = next_due(mother, today)
    return upcoming is not None and today - timedelta(days=1) < upcoming <= today + timedelta(days=7)


def next_due(mother: Mother, today: date) -> date | None:
    """The day of her next checkup (pregnant) or her baby's next vaccines."""
    if mother.stage == "pregnant" and mother.lmp:
        contact = schedule.next_contact(mother.lmp, today, mother.country)
        return contact.on if contact else None
    if mother.baby is not None:
        doses = schedule.next_doses(mother.baby.born_on, today, mother.country)
        return doses.on if doses else None
    return None
