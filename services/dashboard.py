"""The dashboard's figures for one scope: registrations, stages, messages, checkups and alerts.

Weeks start on Monday in the service's time zone; `today` comes from the caller.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from statistics import median
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from models import Alert, Mother, OutboundMessage, db
from models.base import aware
from services import cohorts
from services.scope import Scope

WEEKS = 12
MESSAGE_DAYS = 30
AGE_STAGES = ("trimester_1", "trimester_2", "trimester_3", "baby_0_6", "baby_6_12", "baby_12_24")
DELIVERY = ("sent", "delivered", "read", "failed", "undelivered")


@dataclass(frozen=True)
class Figures:
    mothers: int
    weeks: list[str]  # Monday of each week (day/month), oldest first
    registrations: list[int]
    stages: dict[str, int]
    messages: dict[str, int]
    alerts: list[int]
    open_alerts: int
    unanswered: int
    acknowledge_minutes: float | None  # median over the weeks shown
    checkups: dict[str, int]


def figures(scope: Scope, today: date, zone: str) -> Figures:
    tz = ZoneInfo(zone)
    mondays = [today - timedelta(days=today.weekday(), weeks=n) for n in range(WEEKS - 1, -1, -1)]
    since = datetime.combine(mondays[0], time(), tz)
    in_scope = scope.covers_mothers()
    return Figures(
        mothers=db.session.scalar(select(func.count(Mother.id)).where(in_scope)),
        weeks=[monday.strftime("%d/%m") for monday in mondays],
        registrations=_per_week(db.session.scalars(select(Mother.registered_at).where(
            in_scope, Mother.registered_at >= since)), mondays, tz),
        stages={stage: db.session.scalar(select(func.count(Mother.id)).where(
            in_scope, cohorts.stage_condition(stage, today))) for stage in AGE_STAGES},
        messages=_messages(scope, since=datetime.combine(today - timedelta(days=MESSAGE_DAYS), time(), tz)),
        alerts=_per_week(db.session.scalars(_alerts(scope, Alert.created_at).where(Alert.created_at >= since)),
                         mondays, tz),
        open_alerts=db.session.scalar(_alerts(scope, func.count(Alert.id)).where(Alert.resolved_at.is_(None))),
        unanswered=_unanswered(scope),
        acknowledge_minutes=_acknowledge_minutes(scope, since),
        checkups=_checkups(scope),
    )


def _per_week(moments, mondays: list[date], tz: ZoneInfo) -> list[int]:
    counts = Counter()
    for moment in moments:
        day = aware(moment).astimezone(tz).date()
        counts[day - timedelta(days=day.weekday())] += 1
    return [counts[monday] for monday in mondays]


def _alerts(scope: Scope, *columns):
    stmt = select(*columns)
    if scope.everything:
        return stmt
    return stmt.join(Mother, Alert.mother_id == Mother.id).where(scope.covers_mothers())


def _messages(scope: Scope, since: datetime) -> dict[str, int]:
    stmt = (select(OutboundMessage.status, func.count(OutboundMessage.id))
            .where(OutboundMessage.created_at >= since, OutboundMessage.status.in_(DELIVERY))
            .group_by(OutboundMessage.status))
    if not scope.everything:
        stmt = stmt.join(Mother, Mother.phone == OutboundMessage.phone).where(scope.covers_mothers())
    found = dict(db.session.execute(stmt).tuples().all())
    return {status: found.get(status, 0) for status in DELIVERY}


def _acknowledge_minutes(scope: Scope, since: datetime) -> float | None:
    rows = db.session.execute(_alerts(scope, Alert.created_at, Alert.acknowledged_at).where(
        Alert.created_at >= since, Alert.acknowledged_at.is_not(None))).all()
    waits = [(aware(acked) - aware(created)).total_seconds() / 60 for created, acked in rows]
    return round(median(waits), 1) if waits else None


def _unanswered(scope: Scope) -> int:
    from models import Question

    stmt = select(func.count(Question.id)).where(Question.answered_at.is_(None))
    if not scope.everything:
        stmt = stmt.join(Mother, Question.mother_id == Mother.id).where(scope.covers_mothers())
    return db.session.scalar(stmt)


def _checkups(scope: Scope) -> dict[str, int]:
    """Checkups of her timeline she confirmed, or did not."""
    from models import CareVisit

    stmt = (select(CareVisit.status, func.count(CareVisit.id)).join(Mother, CareVisit.mother_id == Mother.id)
            .where(scope.covers_mothers()).group_by(CareVisit.status))
    found = dict(db.session.execute(stmt).tuples().all())
    return {"confirmed": found.get("done", 0), "missed": found.get("unconfirmed", 0)}
