"""Groups of mothers by stage (pregnant by trimester, baby by age), language and channel, as SQL conditions.

The same definitions serve the mothers list, web broadcasts and broadcasts by chat, always inside a Scope.
A day is "today" in the service's time zone; it is passed in, never read from the clock here. Her dates are
encrypted (models.crypto): a range of them is asked as the list of its days, which the blind index can match.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, and_, exists, select, true

from bot.i18n import N_
from bot.pregnancy import TRIMESTER_2_FROM_WEEKS, TRIMESTER_3_FROM_WEEKS
from models import Baby, Conversation, Mother, Reachability

# stage key -> its label, in the order offered (the chat command numbers them from 2; 1 is "all")
STAGES = {
    "pregnant": N_("Pregnant"),
    "trimester_1": N_("Pregnant, trimester 1"),
    "trimester_2": N_("Pregnant, trimester 2"),
    "trimester_3": N_("Pregnant, trimester 3"),
    "baby": N_("With a baby"),
    "baby_0_6": N_("Baby 0-5 months"),
    "baby_6_12": N_("Baby 6-11 months"),
    "baby_12_24": N_("Baby 12-24 months"),
}
ALL = N_("All mothers")
_TRIMESTER_WEEKS = {"trimester_1": (0, TRIMESTER_2_FROM_WEEKS), "trimester_2": (TRIMESTER_2_FROM_WEEKS,
                    TRIMESTER_3_FROM_WEEKS), "trimester_3": (TRIMESTER_3_FROM_WEEKS, 60)}
_BABY_MONTHS = {"baby_0_6": (0, 6), "baby_6_12": (6, 12), "baby_12_24": (12, 25)}
DAYS_PER_MONTH = 30.4375


@dataclass(frozen=True)
class Cohort:
    stage: str = ""  # "" = all; else a key of STAGES
    locale: str = ""  # "" = every language
    channel: str = ""  # "" = both
    facility: str = ""  # "" = every facility in scope

    def where(self, today: date) -> ColumnElement[bool]:
        conditions = [stage_condition(self.stage, today)]
        if self.locale:
            conditions.append(Mother.locale == self.locale)
        if self.channel:
            conditions.append(Mother.channel == self.channel)
        if self.facility:
            conditions.append(Mother.facility_code == self.facility)
        return and_(*conditions)

    def as_dict(self) -> dict:
        return {"stage": self.stage, "locale": self.locale, "channel": self.channel, "facility": self.facility}


def stage_condition(stage: str, today: date) -> ColumnElement[bool]:
    if not stage:
        return true()
    if stage in ("pregnant", "baby"):
        return Mother.stage == stage
    if stage in _TRIMESTER_WEEKS:
        low, high = _TRIMESTER_WEEKS[stage]  # completed weeks since the LMP: low <= weeks < high
        return and_(Mother.stage == "pregnant",
                    Mother.lmp.in_(days(today - timedelta(weeks=high), today - timedelta(weeks=low))))
    if stage in _BABY_MONTHS:  # her latest baby's age
        low, high = (today - timedelta(days=round(months * DAYS_PER_MONTH)) for months in _BABY_MONTHS[stage])
        return and_(Mother.stage == "baby", _a_baby_born(days(high, low)), ~_a_baby_born(days(low, today)))
    raise ValueError(f"unknown stage {stage!r}")


def days(after: date, until: date) -> list[date]:
    """Every day in (after, until]."""
    return [after + timedelta(days=n) for n in range(1, (until - after).days + 1)]


def _a_baby_born(on: list[date]) -> ColumnElement[bool]:
    return exists(select(Baby.id).where(Baby.mother_id == Mother.id, Baby.born_on.in_(on)))


def opted_out() -> ColumnElement[bool]:
    return exists(select(Conversation.id).where(Conversation.phone == Mother.phone, Conversation.opted_out))


def unreachable() -> ColumnElement[bool]:
    """Sending to her number kept failing (services.reachability)."""
    return exists(select(Reachability.phone).where(Reachability.phone == Mother.phone,
                                                   Reachability.unreachable_since.is_not(None)))


def reachable() -> ColumnElement[bool]:
    """Neither opted out nor unreachable: who a broadcast can be sent to."""
    return ~opted_out() & ~unreachable()
