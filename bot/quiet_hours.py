"""Quiet hours: no proactive message reaches her phone at night, in her own time zone."""
from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

QUIET_FROM = time(20, 0)  # local time: from 20:00 ...
QUIET_UNTIL = time(8, 0)  # ... to 08:00 nothing is sent; it waits for the morning


def hold(at: datetime, zone: str, quiet_from: time = QUIET_FROM, quiet_until: time = QUIET_UNTIL) -> datetime:
    """`at` (aware) if it falls outside quiet hours in `zone`, else the end of those quiet hours (aware UTC)."""
    local = at.astimezone(ZoneInfo(zone))
    clock = local.time()
    if quiet_until <= clock < quiet_from:
        return at
    morning = local.date() if clock < quiet_until else local.date() + timedelta(days=1)
    return datetime.combine(morning, quiet_until, tzinfo=ZoneInfo(zone)).astimezone(at.tzinfo)
