"""Reminders go at her reminder hour in her own time zone, never in quiet hours, and expire instead of arriving late."""
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import given, strategies as st

from bot.send_time import Rules, hold, open_days, quiet, window

KATHMANDU = ZoneInfo("Asia/Kathmandu")
RULES = Rules()
ZONES = st.sampled_from([ZoneInfo(name) for name in ("Asia/Kathmandu", "Asia/Kolkata", "UTC", "America/New_York",
                                                     "Pacific/Chatham", "Australia/Lord_Howe")])
DAYS = st.dates(min_value=date(2020, 1, 1), max_value=date(2040, 12, 31))
MOMENTS = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2040, 12, 31),
                       timezones=st.just(timezone.utc))


def test_nepal_sends_at_nine_in_the_morning_kathmandu_time():
    start, end = window(date(2027, 1, 10), KATHMANDU, RULES)
    assert start == datetime(2027, 1, 10, 3, 15, tzinfo=timezone.utc)  # 09:00 at +05:45
    assert end == datetime(2027, 1, 10, 14, 15, tzinfo=timezone.utc)  # 20:00: quiet hours start before 12 h


def test_a_reminder_hour_inside_quiet_hours_is_held_to_the_morning():
    start, _ = window(date(2027, 1, 10), KATHMANDU, Rules(hour=time(21, 30)))
    assert start.astimezone(KATHMANDU) == datetime(2027, 1, 11, 8, 0, tzinfo=KATHMANDU)


def test_at_seven_in_the_morning_nothing_is_open_and_at_nine_five_today_is():
    assert open_days(datetime(2027, 1, 10, 7, 0, tzinfo=KATHMANDU), KATHMANDU, RULES) == []
    assert open_days(datetime(2027, 1, 10, 9, 5, tzinfo=KATHMANDU), KATHMANDU, RULES) == [date(2027, 1, 10)]
    assert open_days(datetime(2027, 1, 10, 20, 0, tzinfo=KATHMANDU), KATHMANDU, RULES) == []


def test_a_shorter_validity_expires_sooner():
    _, end = window(date(2027, 1, 10), KATHMANDU, Rules(validity=timedelta(hours=2)))
    assert end.astimezone(KATHMANDU).time() == time(11, 0)


@given(MOMENTS, ZONES)
def test_held_moments_are_never_quiet_and_never_earlier(moment, zone):
    local = moment.astimezone(zone)
    held = hold(local, RULES)
    assert held >= local
    assert not quiet(held.astimezone(zone).time(), RULES)
    assert held - local <= timedelta(hours=13)


@given(DAYS, ZONES)
def test_a_window_is_never_in_quiet_hours_and_never_longer_than_the_validity(day, zone):
    start, end = window(day, zone, RULES)
    assert start < end <= start + RULES.validity
    assert not quiet(start.astimezone(zone).time(), RULES)
    assert start.astimezone(zone).date() == day  # 09:00 is outside quiet hours: the same local day


@given(MOMENTS, ZONES)
def test_a_sweep_at_any_moment_opens_exactly_the_days_whose_window_holds_it(moment, zone):
    opened = open_days(moment, zone, RULES)
    local_day = moment.astimezone(zone).date()
    for day in (local_day - timedelta(days=offset) for offset in range(-1, 4)):
        start, end = window(day, zone, RULES)
        assert (day in opened) == (start <= moment < end)
    assert len(opened) <= 1  # windows of different days never overlap with a 12 h validity


@given(DAYS)
def test_kathmandu_is_five_hours_forty_five_ahead_all_year(day):
    start, _ = window(day, KATHMANDU, RULES)
    assert (start.hour, start.minute) == (3, 15) and start.date() == day
