"""Pregnancy and baby-age arithmetic, and the checks that keep registration dates plausible.

Everything counts from the first day of the last menstrual period (LMP), as the WHO ICD definitions do
(S35, content/sources.yaml): gestational age (GA) is the days since the LMP, "N weeks" means N completed
weeks, and she is then in week N+1. The due date (EDD) is LMP + 280 days, as in WHO SMART ANC (S2).

The accepted ranges are the Aamcare defaults. They sit between what
existing systems accept: CHT keeps a pregnancy open to 42 weeks (S3) and MomConnect rejects registrations
under 1 week or over 42 weeks of pregnancy (S37).
"""
from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

PREGNANCY_DAYS = 280            # EDD = LMP + 280 days (WHO SMART ANC, S2)
MIN_GA_DAYS = 14                # accept 2 weeks ...
MAX_GA_DAYS = 294               # ... to 42+0 weeks (S3 MAX_DAYS_IN_PREGNANCY; S37 rejects > 42 weeks)
CONFIRM_BELOW_DAYS = 28         # under 4 weeks a test may not be sure yet
OVERDUE_FROM_DAYS = 287         # 41+0 weeks: "go to a facility today"
DUE_PASSED_GRACE_DAYS = 14      # accept an EDD up to 14 days ago ...
DUE_AHEAD_DAYS = 280            # ... and up to 40 weeks ahead
BABY_MAX_MONTHS = 24            # the child schedule runs from birth to 24 months
TRIMESTER_2_FROM_WEEKS = 14     # T1 0+0..13+6, T2 14+0..27+6, T3 28+0 on (S36)
TRIMESTER_3_FROM_WEEKS = 28


class Problem(StrEnum):
    """Why a date was refused; the values are stable codes."""

    LMP_IN_FUTURE = "lmp_in_future"
    TOO_LONG_AGO = "too_long_ago"
    TOO_EARLY = "too_early"
    DUE_TOO_FAR = "due_too_far"
    DUE_PASSED = "due_passed"
    BIRTH_IN_FUTURE = "birth_in_future"
    BABY_TOO_OLD = "baby_too_old"


def due_date(lmp: date) -> date:
    """EDD = LMP + 280 days (Naegele's rule; WHO SMART ANC, S2)."""
    return lmp + timedelta(days=PREGNANCY_DAYS)


def lmp_from_due_date(edd: date) -> date:
    return edd - timedelta(days=PREGNANCY_DAYS)


def lmp_from_duration(duration_days: int, today: date) -> date:
    """ "20 weeks pregnant" counts from the LMP, so the LMP is that many days before today."""
    return today - timedelta(days=duration_days)


def gestational_age(lmp: date, today: date) -> tuple[int, int]:
    """(completed weeks, days) since the LMP (WHO ICD, S35; SMART ANC "days between LMP and today div 7", S2).

    An LMP in the future counts as 0+0: check_lmp refuses such a date before it is stored.
    """
    return divmod(max(0, _ga_days(lmp, today)), 7)


def trimester(lmp: date, today: date) -> int:
    """1, 2 or 3: T1 to 13+6 weeks, T2 14+0 to 27+6, T3 from 28+0 (clinical convention, S36)."""
    weeks, _ = gestational_age(lmp, today)
    if weeks < TRIMESTER_2_FROM_WEEKS:
        return 1
    return 2 if weeks < TRIMESTER_3_FROM_WEEKS else 3


def days_left(lmp: date, today: date) -> int:
    """Days until the due date; negative once it has passed."""
    return (due_date(lmp) - today).days


def check_lmp(lmp: date, today: date) -> Problem | None:
    """Why this LMP cannot be registered, or None: accept GA 2+0 to 42+0 weeks (14 to 294 days).

    Aamcare defaults; 42 weeks is the upper limit CHT (S3) and MomConnect (S37) use.
    Under 2 weeks the period has barely ended, so no pregnancy can be known yet (TOO_EARLY).
    """
    days = _ga_days(lmp, today)
    if days < 0:
        return Problem.LMP_IN_FUTURE
    if days > MAX_GA_DAYS:
        return Problem.TOO_LONG_AGO
    if days < MIN_GA_DAYS:
        return Problem.TOO_EARLY
    return None


def needs_confirmation(lmp: date, today: date) -> bool:
    """GA under 4 weeks: "it may be too early for a test to be sure"."""
    return 0 <= _ga_days(lmp, today) < CONFIRM_BELOW_DAYS


def overdue(lmp: date, today: date) -> bool:
    """GA 41+0 weeks or more: send "go to a facility today" (post-term is ≥42, S35)."""
    return _ga_days(lmp, today) >= OVERDUE_FROM_DAYS


def check_due_date(edd: date, today: date) -> Problem | None:
    """Accept an EDD from 14 days ago to 280 days ahead, or say why not.

    An EDD 14 days ago is GA 42+0, the same upper limit as check_lmp (S3, S37); 280 days ahead is an LMP of
    today. CHT accepts an EDD from today to today + 270 days (S3).
    """
    if edd < today - timedelta(days=DUE_PASSED_GRACE_DAYS):
        return Problem.DUE_PASSED
    if edd > today + timedelta(days=DUE_AHEAD_DAYS):
        return Problem.DUE_TOO_FAR
    return None


def check_birth(dob: date, today: date) -> Problem | None:
    """Accept a baby born from today back to exactly 24 months ago (the 0-24 month child schedule, §3 and §6)."""
    if dob > today:
        return Problem.BIRTH_IN_FUTURE
    if today > add_months(dob, BABY_MAX_MONTHS):
        return Problem.BABY_TOO_OLD
    return None


def baby_age(dob: date, today: date) -> tuple[int, int]:
    """(completed weeks, completed calendar months) since birth; (0, 0) for a date in the future.

    Months are calendar months: born 31 January, she is 1 month old on 28 February (the month's last day).
    """
    if dob > today:
        return 0, 0
    return (today - dob).days // 7, _completed_months(dob, today)


def classify_pregnancy_date(d: date, today: date) -> str:
    """"lmp" or "due" for the one question that accepts either: a past date is a last period, a future one a due date.

    Today itself is a last period ("one question, two kinds of date"); check_lmp then
    refuses it as too early.
    """
    return "due" if d > today else "lmp"


def add_months(start: date, months: int) -> date:
    """The same day `months` calendar months later, or that month's last day when it is shorter."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, _month_length(year, month)))


def _completed_months(dob: date, today: date) -> int:
    months = (today.year - dob.year) * 12 + today.month - dob.month
    return months if add_months(dob, months) <= today else months - 1


def _month_length(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def _ga_days(lmp: date, today: date) -> int:
    return (today - lmp).days
