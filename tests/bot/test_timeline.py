"""Her timeline from her dates: checkups, Td, postnatal contacts, vaccines and weekly messages, on the right days."""
from datetime import date, timedelta

import nepali_datetime
from hypothesis import given, settings, strategies as st

from bot import dates, timeline
from bot.pregnancy import add_months
from bot.send_time import Rules
from bot.timeline import BABY, PREGNANT, Her

RULES = Rules()
COUNTRIES = st.sampled_from(["NP", "IN", "WHO", "KE"])
DAYS = st.dates(min_value=date(2015, 1, 1), max_value=date(2032, 12, 31))


def keys(items):
    return [item.key for item in items]


def test_a_pregnancy_has_eight_checkups_and_a_weekly_message_from_week_4_to_42():
    lmp = date(2026, 6, 1)
    found = timeline.items(Her("NP", PREGNANT, lmp=lmp, registered_on=lmp + timedelta(weeks=8)))
    checkups = [item for item in found if item.kind == "checkup"]
    assert [item.on for item in checkups] == [lmp + timedelta(weeks=week) for week in (12, 20, 26, 30, 34, 36, 38, 40)]
    weekly = [item for item in found if item.kind == "weekly"]
    assert keys(weekly) == [f"pregnancy_week_{week}" for week in range(4, 43)]
    assert weekly[16].on == lmp + timedelta(weeks=20)


def test_td_comes_at_her_first_checkup_after_registering_and_four_weeks_later():
    lmp = date(2026, 6, 1)
    her = Her("NP", PREGNANT, lmp=lmp, registered_on=lmp + timedelta(weeks=20, days=1))
    td = [item for item in timeline.items(her) if item.kind == "td"]
    assert [(item.key, item.on) for item in td] == [("td_1", lmp + timedelta(weeks=26)),
                                                     ("td_2", lmp + timedelta(weeks=30))]


def test_the_second_td_dose_is_not_planned_less_than_two_weeks_before_the_birth():
    lmp = date(2026, 6, 1)
    her = Her("IN", PREGNANT, lmp=lmp, registered_on=lmp + timedelta(weeks=35))
    assert keys(item for item in timeline.items(her) if item.kind == "td") == ["td_1"]


def test_a_baby_has_postnatal_checkups_vaccines_to_fifteen_months_and_weekly_then_monthly_messages():
    born = date(2027, 1, 31)
    found = timeline.items(Her("NP", BABY, births=(born,)))
    assert [(item.key, (item.on - born).days) for item in found if item.kind == "pnc"] == [
        ("pnc_1d", 1), ("pnc_3d", 3), ("pnc_7d", 7), ("pnc_42d", 42)]
    vaccines = [item for item in found if item.kind == "vaccine"]
    assert [(item.on - born).days for item in vaccines] == [0, 42, 70, 98, 274, 365, 457]
    weekly = keys(item for item in found if item.kind == "weekly")
    assert weekly == [f"baby_week_{n}" for n in range(1, 14)] + [f"baby_month_{n}" for n in range(4, 25)]
    month_4 = next(item for item in found if item.key == "baby_month_4")
    assert month_4.on == date(2027, 5, 31)


def test_after_a_loss_the_timeline_is_empty():
    assert timeline.items(Her("NP", "ended", lmp=date(2026, 6, 1), births=(date(2026, 1, 1),))) == []


def test_each_checkup_is_reminded_three_days_before_and_on_the_day_and_followed_up_two_days_after():
    lmp = date(2026, 6, 1)
    sent = [m for m in timeline.messages(Her("NP", PREGNANT, lmp=lmp), RULES) if m.item.key == "anc_26w"]
    day = lmp + timedelta(weeks=26)
    assert sorted((m.kind, m.day) for m in sent) == [
        ("checkup_reminder", day - timedelta(days=3)), ("checkup_reminder", day), ("followup", day + timedelta(days=2))]


def test_her_upcoming_checkups_start_today():
    lmp = date(2026, 6, 1)
    her = Her("NP", PREGNANT, lmp=lmp, registered_on=lmp)
    upcoming = timeline.upcoming(her, lmp + timedelta(weeks=21), ("checkup",))
    assert keys(upcoming) == ["anc_26w", "anc_30w", "anc_34w"]


@st.composite
def mothers(draw):
    country = draw(COUNTRIES)
    if draw(st.booleans()):
        lmp = draw(DAYS)
        registered = lmp + timedelta(days=draw(st.integers(14, 294)))
        return Her(country, PREGNANT, lmp=lmp, registered_on=registered)
    return Her(country, BABY, births=(draw(DAYS),))


@settings(max_examples=150, deadline=None)
@given(mothers(), st.integers(0, 800))
def test_the_sweep_selection_finds_exactly_the_messages_of_her_timeline(her, offset):
    """`anchors(day)` (what the sweep selects by SQL) agrees with `messages(her)` on every day."""
    start = her.lmp or her.births[0]
    day = start + timedelta(days=offset)
    expected = {(m.kind, m.item, m.lead) for m in timeline.messages(her, RULES) if m.day == day}
    anchor = her.lmp or her.births[0]
    registered = her.registered_on or anchor
    track = PREGNANT if her.stage == PREGNANT else BABY
    selected = {(a.kind, a.item, a.lead) for a in timeline.anchors(day, her.country, RULES)
                if a.track == track and a.anchor == anchor
                and (a.registered_after is None or registered > a.registered_after)
                and (a.registered_by is None or registered <= a.registered_by)}
    assert selected == expected


@given(DAYS, st.integers(0, 24))
def test_calendar_months_land_on_the_same_day_or_the_last_of_a_shorter_month(born, months):
    later = add_months(born, months)
    assert (later.year * 12 + later.month) - (born.year * 12 + born.month) == months
    assert later.day == born.day or (later.day < born.day and (later + timedelta(days=1)).day == 1)


def test_leap_days_and_year_ends():
    assert add_months(date(2027, 11, 29), 3) == date(2028, 2, 29)  # into a leap February
    assert add_months(date(2028, 2, 29), 12) == date(2029, 2, 28)
    assert add_months(date(2026, 12, 31), 2) == date(2027, 2, 28)
    born = date(2027, 12, 31)
    found = {item.key: item.on for item in timeline.items(Her("NP", BABY, births=(born,)))}
    assert found["baby_week_1"] == date(2028, 1, 7) and found["baby_month_4"] == date(2028, 4, 30)


@given(DAYS, st.sampled_from(timeline.BABY_MONTHS))
def test_every_birth_date_with_a_monthly_message_on_a_day_is_found_for_that_day(born, months):
    day = add_months(born, months)
    found = [a.anchor for a in timeline.anchors(day, "NP", RULES) if a.item.key == f"baby_month_{months}"
             and a.kind == "weekly"]
    assert born in found


@given(st.dates(min_value=date(2014, 4, 14), max_value=date(2033, 4, 13)))
def test_bikram_sambat_dates_read_back_to_the_same_day(day):
    """A date shown in BS (as Nepali mothers read it) and typed back gives the same Gregorian day."""
    bs = nepali_datetime.date.from_datetime_date(day)
    typed = f"{bs.year}/{bs.month}/{bs.day}"
    parsed = dates.parse_date(typed, today=day, country="NP")
    assert parsed is not None and parsed.value == day and parsed.calendar == "BS"
    assert bs.to_datetime_date() == day


def test_bikram_sambat_new_year_falls_in_mid_april():
    """Independent published table: 1 Baishakh 2082 = 14 April 2025; 1 Baishakh 2083 = 14 April 2026."""
    assert nepali_datetime.date(2082, 1, 1).to_datetime_date() == date(2025, 4, 14)
    assert nepali_datetime.date(2083, 1, 1).to_datetime_date() == date(2026, 4, 14)
