"""When a proactive message may go: at the reminder hour in her time zone, never in quiet hours, valid for a while.

A message planned for a day is sent from `Rules.hour` local time that day (moved to the end of quiet hours if the
hour falls inside them) and stays valid for `Rules.validity`, but never into the next quiet hours: a message that
could not go out in its window expires instead of arriving late or at night. All datetimes returned are UTC.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from bot import quiet_hours


@dataclass(frozen=True)
class Rules:
    hour: time = time(9)  # local time a reminder or weekly message is sent
    leads: tuple[int, ...] = (3, 0)  # days before a checkup or vaccine that she is reminded
    quiet_from: time = time(20)  # no message from this local time ...
    quiet_until: time = time(8)  # ... until this one
    validity: timedelta = timedelta(hours=12)  # not sent by then: it expires
    followup_days: int = 2  # days after a checkup she did not confirm: one follow-up


def quiet(local: time, rules: Rules) -> bool:
    start, end = rules.quiet_from, rules.quiet_until
    if start <= end:
        return start <= local < end
    return local >= start or local < end


def hold(local: datetime, rules: Rules) -> datetime:
    """The first moment at or after `local` (aware, in her zone) outside quiet hours, in her zone."""
    held = quiet_hours.hold(local, local.tzinfo.key, rules.quiet_from, rules.quiet_until)
    return held.astimezone(local.tzinfo)


def window(day: date, zone: ZoneInfo, rules: Rules) -> tuple[datetime, datetime]:
    """[send_at, not_after) in UTC for a message planned for `day` in `zone`."""
    start = hold(datetime.combine(day, rules.hour, zone), rules)
    quiet_start = datetime.combine(start.date(), rules.quiet_from, zone)
    if quiet_start <= start:
        quiet_start = _next_day(quiet_start)
    end = min(start + rules.validity, quiet_start)
    return start.astimezone(timezone.utc), end.astimezone(timezone.utc)


def open_days(now: datetime, zone: ZoneInfo, rules: Rules) -> list[date]:
    """The local days whose window contains `now`: what a sweep at `now` sends in this zone."""
    today = now.astimezone(zone).date()
    lookback = rules.validity.days + 2
    days = [today - timedelta(days=back) for back in range(lookback, -1, -1)]
    return [day for day in days if _contains(window(day, zone, rules), now)]


def _contains(span: tuple[datetime, datetime], now: datetime) -> bool:
    return span[0] <= now < span[1]


def _next_day(moment: datetime) -> datetime:
    """The same wall-clock time a day later (a calendar day, not 24 hours, across a DST change)."""
    return datetime.combine(moment.date() + timedelta(days=1), moment.timetz())
