"""A birth day said in words: today, yesterday, hijo, "10 days ago", in English, Hindi and Nepali."""
from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st

from bot.relative_days import past_day

TODAY = date(2027, 1, 1)


@pytest.mark.parametrize("text, back", [
    ("today", 0), ("born today", 0), ("aaj", 0), ("आज", 0),
    ("yesterday", 1), ("hijo", 1), ("हिजो", 1), ("kal raat", 1), ("कल", 1),
    ("day before yesterday", 2), ("parso", 2), ("अस्ति", 2),
    ("10 days ago", 10), ("3 din pahle", 3), ("१० दिन अघि", 10), ("2 weeks ago", 14), ("5 din agadi", 5),
])
def test_days_in_words_count_back_from_today_across_the_year_end(text, back):
    assert past_day(text, TODAY) == TODAY - timedelta(days=back)


@pytest.mark.parametrize("text", ["banana", "12/03/2026", "", "900 days ago"])
def test_anything_else_is_not_a_day_in_words(text):
    assert past_day(text, TODAY) is None


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)), st.integers(0, 800))
def test_n_days_ago_is_always_n_days_before_today(today, days):
    assert past_day(f"{days} days ago", today) == today - timedelta(days=days)
