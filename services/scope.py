"""What a console user may see and act on: a health worker her facility, a supervisor her district, an admin
everything. Every query of the console goes through `Scope`, so one rule holds on every page, form, export
and chat command.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, false, select, true

from models import Facility, Mother, User, db


@dataclass(frozen=True)
class Scope:
    role: str
    facility: str | None = None
    district: str | None = None

    @classmethod
    def of(cls, user: User) -> "Scope":
        return cls(role=user.role, facility=user.facility_code, district=user.district)

    def facility_codes(self) -> Select | None:
        """The facilities in scope as a subquery; None for an admin (all, and mothers with no facility)."""
        if self.role == "admin":
            return None
        if self.role == "supervisor":
            return select(Facility.code).where(Facility.district == self.district)
        return select(Facility.code).where(Facility.code == self.facility)

    def covers_mothers(self) -> ColumnElement[bool]:
        """A WHERE clause on Mother: true for the mothers this user may see."""
        if self.role == "admin":
            return true()
        if self.role == "health_worker" and self.facility:
            return Mother.facility_code == self.facility
        if self.role == "supervisor" and self.district:
            return Mother.facility_code.in_(self.facility_codes())
        return false()

    def mothers(self) -> Select:
        return select(Mother).where(self.covers_mothers())

    def mother(self, mother_id: int) -> Mother | None:
        """Her row if in scope, else None: the caller answers 404, never telling that she exists."""
        return db.session.scalars(self.mothers().where(Mother.id == mother_id)).first()

    def facilities(self) -> list[Facility]:
        stmt = select(Facility).order_by(Facility.district, Facility.name)
        codes = self.facility_codes()
        return list(db.session.scalars(stmt if codes is None else stmt.where(Facility.code.in_(codes))))

    @property
    def everything(self) -> bool:
        return self.role == "admin"
