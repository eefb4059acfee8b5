"""Her registered details as plain values: what the flows read and change.

The service layer (services.profile_store) maps them to and from the `mothers` and `babies` rows; a flow never
sees a row. A profile without an id is a new registration that the service layer inserts.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

PREGNANT, BABY = "pregnant", "baby"


@dataclass(frozen=True)
class Baby:
    born_on: date
    id: int | None = None  # None until stored


@dataclass
class Profile:
    phone: str  # E.164
    name: str
    locale: str
    channel: str  # "sms" | "whatsapp": the channel she registered on
    country: str  # NP | IN | ... (content profile)
    stage: str  # PREGNANT | BABY
    consented_at: datetime
    lmp: date | None = None  # first day of the last menstrual period
    due_date: date | None = None
    facility_code: str | None = None
    babies: list[Baby] = field(default_factory=list)  # oldest first
    id: int | None = None  # None until stored

    @property
    def baby(self) -> Baby | None:
        """Her youngest baby."""
        return self.babies[-1] if self.babies else None
