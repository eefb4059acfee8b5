"""What a health worker does with an alert in the console: see the open ones in her scope, acknowledge one,
resolve one with a note. Each action is also a note on the mother's record."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from models import Alert, Mother, Note, User, db
from services import alerts
from services.scope import Scope

MAX_NOTE = 2000


def visible(scope: Scope):
    stmt = select(Alert, Mother).outerjoin(Mother, Alert.mother_id == Mother.id)
    return stmt if scope.everything else stmt.where(scope.covers_mothers())


def open_alerts(scope: Scope) -> list[tuple[Alert, Mother | None]]:
    stmt = visible(scope).where(Alert.resolved_at.is_(None)).order_by(Alert.created_at.desc(), Alert.id.desc())
    return [(alert, mother) for alert, mother in db.session.execute(stmt).all()]


def find(scope: Scope, alert_id: int) -> Alert | None:
    row = db.session.execute(visible(scope).where(Alert.id == alert_id)).first()
    return row[0] if row else None


def acknowledge(alert: Alert, user: User, note: str, now: datetime) -> None:
    """As an "OK" from her phone would: escalation stops and the mother is told a health worker saw it."""
    alerts.mark_acknowledged(alert, user.phone or f"user:{user.id}", now)
    _note(alert, user, "acknowledged", note, now)


def resolve(alert: Alert, user: User, note: str, now: datetime) -> None:
    if alert.acknowledged_at is None:
        acknowledge(alert, user, "", now)
    alert.resolved_at = now
    _note(alert, user, "resolved", note, now)


def _note(alert: Alert, user: User, kind: str, text: str, now: datetime) -> None:
    db.session.add(Note(mother_id=alert.mother_id, alert_id=alert.id, user_id=user.id, kind=kind,
                        text=text.strip()[:MAX_NOTE], created_at=now))


def notes(alert_ids: list[int]) -> dict[int, list[tuple[Note, str]]]:
    rows = db.session.execute(select(Note, User.name).join(User, Note.user_id == User.id)
                              .where(Note.alert_id.in_(alert_ids)).order_by(Note.created_at)).all()
    found: dict[int, list[tuple[Note, str]]] = {}
    for note, name in rows:
        found.setdefault(note.alert_id, []).append((note, name))
    return found
