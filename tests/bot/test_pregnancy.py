"""Pregnancy arithmetic and the ranges registration accepts (the Aamcare defaults)."""
from datetime import date, timedelta

import pytest

from bot import pregnancy
from bot.pregnancy import Problem

TODAY = date(2026, 11, 25)


def days_ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def test_due_date_is_280_days_after_the_last_period():
    assert pregnancy.due_date(date(2026, 1, 1)) == date(2026, 10, 8)


def test_due_date_matches_naegele_rule_one_year_minus_three_months_plus_seven_days():
    lmp = date(2025, 6, 10)
    assert pregnancy.due_date(lmp) == date(2026, 3, 17)


def test_last_period_from_due_date_is_the_inverse():
    edd = date(2027, 3, 1)
    assert pregnancy.lmp_from_due_date(edd) == edd - timedelta(days=280)
    assert pregnancy.due_date(pregnancy.lmp_from_due_date(edd)) == edd


def test_last_period_from_weeks_pregnant():
    assert pregnancy.lmp_from_duration(140, TODAY) == days_ago(140)


@pytest.mark.parametrize("days, expected", [(0, (0, 0)), (6, (0, 6)), (7, (1, 0)), (143, (20, 3)), (294, (42, 0))])
def test_gestational_age_is_completed_weeks_and_days(days, expected):
    assert pregnancy.gestational_age(days_ago(days), TODAY) == expected


def test_gestational_age_of_a_future_period_is_zero_not_negative():
    assert pregnancy.gestational_age(TODAY + timedelta(days=3), TODAY) == (0, 0)


@pytest.mark.parametrize("days, expected", [(0, 1), (13 * 7 + 6, 1), (14 * 7, 2), (27 * 7 + 6, 2), (28 * 7, 3),
                                            (40 * 7, 3)])
def test_trimester_edges(days, expected):
    assert pregnancy.trimester(days_ago(days), TODAY) == expected


def test_days_left_until_the_due_date():
    assert pregnancy.days_left(days_ago(200), TODAY) == 80
    assert pregnancy.days_left(days_ago(290), TODAY) == -10


@pytest.mark.parametrize("days, expected", [
    (-1, Problem.LMP_IN_FUTURE),
    (0, Problem.TOO_EARLY),
    (13, Problem.TOO_EARLY),
    (14, None),             # exactly 2 weeks
    (200, None),
    (294, None),            # exactly 42 weeks
    (295, Problem.TOO_LONG_AGO),  # 42 weeks + 1 day
])
def test_check_lmp_accepts_2_to_42_weeks(days, expected):
    assert pregnancy.check_lmp(days_ago(days), TODAY) == expected


@pytest.mark.parametrize("days, expected", [(14, True), (27, True), (28, False), (100, False)])
def test_under_4_weeks_needs_confirmation(days, expected):
    assert pregnancy.needs_confirmation(days_ago(days), TODAY) is expected


@pytest.mark.parametrize("days, expected", [(286, False), (287, True), (294, True)])
def test_overdue_from_41_weeks(days, expected):
    assert pregnancy.overdue(days_ago(days), TODAY) is expected


@pytest.mark.parametrize("offset, expected", [
    (-15, Problem.DUE_PASSED),
    (-14, None),
    (0, None),
    (280, None),
    (281, Problem.DUE_TOO_FAR),
])
def test_check_due_date_accepts_14_days_ago_to_280_days_ahead(offset, expected):
    assert pregnancy.check_due_date(TODAY + timedelta(days=offset), TODAY) == expected


def test_due_date_limits_match_the_last_period_limits():
    """An EDD 14 days ago is 42+0 weeks, the oldest last period accepted."""
    oldest_edd = TODAY - timedelta(days=14)
    assert pregnancy.gestational_age(pregnancy.lmp_from_due_date(oldest_edd), TODAY) == (42, 0)


@pytest.mark.parametrize("dob, expected", [
    (date(2026, 11, 26), Problem.BIRTH_IN_FUTURE),
    (TODAY, None),
    (date(2024, 11, 25), None),                       # exactly 24 months ago
    (date(2024, 11, 24), Problem.BABY_TOO_OLD),       # 24 months and a day
])
def test_check_birth_accepts_0_to_24_months(dob, expected):
    assert pregnancy.check_birth(dob, TODAY) == expected


def test_exactly_24_months_from_29_february_ends_on_28_february():
    assert pregnancy.check_birth(date(2024, 2, 29), date(2026, 2, 28)) is None
    assert pregnancy.check_birth(date(2024, 2, 29), date(2026, 3, 1)) == Problem.BABY_TOO_OLD


@pytest.mark.parametrize("dob, today, expected", [
    (date(2026, 11, 25), TODAY, (0, 0)),
    (date(2026, 11, 18), TODAY, (1, 0)),
    (date(2026, 10, 25), TODAY, (4, 1)),
    (date(2026, 10, 26), TODAY, (4, 0)),
    (date(2026, 1, 31), date(2026, 2, 28), (4, 1)),   # a month ends on the shorter month's last day
    (date(2024, 11, 25), TODAY, (104, 24)),
])
def test_baby_age_in_weeks_and_calendar_months(dob, today, expected):
    assert pregnancy.baby_age(dob, today) == expected


def test_baby_age_of_a_future_birth_is_zero():
    assert pregnancy.baby_age(TODAY + timedelta(days=1), TODAY) == (0, 0)


@pytest.mark.parametrize("d, expected", [(days_ago(1), "lmp"), (TODAY, "lmp"), (TODAY + timedelta(days=1), "due")])
def test_one_question_past_is_last_period_future_is_due_date(d, expected):
    assert pregnancy.classify_pregnancy_date(d, TODAY) == expected


def test_problem_codes_are_stable_strings():
    assert {problem.value for problem in Problem} == {
        "lmp_in_future", "too_long_ago", "too_early", "due_too_far", "due_passed", "birth_in_future", "baby_too_old"}


@pytest.mark.parametrize("start, months, expected", [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2024, 1, 31), 1, date(2024, 2, 29)),
    (date(2026, 11, 15), 2, date(2027, 1, 15)),
    (date(2026, 12, 31), 12, date(2027, 12, 31)),
])
def test_add_months(start, months, expected):
    assert pregnancy.add_months(start, months) == expected
