"""The clock, read once per request at the edge: views pass `now` and `today` down."""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from flask import current_app, g

from models import utcnow


def now() -> datetime:
    if "now" not in g:
        g.now = utcnow()
    return g.now


def today() -> date:
    return now().astimezone(ZoneInfo(current_app.config["AAMCARE"].TIMEZONE)).date()


def local(moment: datetime | None) -> str:
    """A stored UTC time as the service's local time, for people."""
    from models.base import aware

    if moment is None:
        return ""
    return aware(moment).astimezone(ZoneInfo(current_app.config["AAMCARE"].TIMEZONE)).strftime("%Y-%m-%d %H:%M")
