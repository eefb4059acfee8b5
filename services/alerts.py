"""Danger-sign alerts that always reach someone.

An alert is raised in the transaction of the message that showed the danger sign, and its messages are outbox
rows in that same transaction. It goes out in circles (console users with a phone): her facility's health
workers; else (and next) the supervisors of its district and the admins; else (and last) ALERT_FALLBACK_PHONE,
a district or hotline number. It is `open` until a message about it is accepted by Twilio (`sent`), then
`acknowledged` when someone answers it from her phone ("OK", "1", localized) or in the console, and the mother
is told that a health worker has seen her message. Unacknowledged after
ALERT_ESCALATE_MINUTES, or when every message of a circle failed, it goes to the next circle; each step is an
AlertEvent. A health worker who sent STOP gets no alerts; the others responsible do.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import and_, bindparam, false, or_, select

from bot.i18n import N_, translate
from models import Alert, AlertEvent, Conversation, Facility, Mother, OutboundMessage, User, crypto, db
from services import outbox

log = logging.getLogger(__name__)
ALERT = N_("Aamcare ALERT: {who} ({phone}) reported a possible danger sign: {sign}. Please contact her now. "
           "Reply OK when you have seen this.")
SEEN = N_("A health worker has seen your message. If you are not already on the way, go to the nearest health "
          "facility now.")
ACK_WINDOW = timedelta(hours=48)  # an "OK" from a health worker acknowledges an alert sent to her this recently


def raise_alert(*, phone: str, mother_id: int | None, inbound_id: int | None, sign: str, group: str,
                now: datetime) -> Alert:
    """The alert and the messages of its first circle, in the caller's transaction."""
    alert = Alert(phone=phone, mother_id=mother_id, inbound_id=inbound_id, sign=sign, group=group, urgency="now",
                  status="open", level=0, created_at=now)
    db.session.add(alert)
    db.session.flush()
    _notify(alert, _next_level(alert, start=0), now)
    return alert


def someone_to_alert(mother_facility: str | None) -> bool:
    """Whether an alert raised now would reach anyone at all (the mother is told only what is true)."""
    return any(_circles(mother_facility))


def escalate_due(now: datetime) -> int:
    """Alerts nobody acknowledged in time go to the next circle. Returns how many moved."""
    due = db.session.scalars(select(Alert).where(Alert.status.in_(("open", "sent")), Alert.escalate_at <= now)
                             .with_for_update(skip_locked=True).limit(100)).all()
    for alert in due:
        level = _next_level(alert, start=alert.level + 1)
        if level is None:
            alert.escalate_at = None
            _event(alert, "exhausted", alert.level, "nobody else to tell", now)
            log.warning("alert %s: every circle was told and nobody acknowledged it", alert.id)
            continue
        _event(alert, "escalated", level, f"not acknowledged at level {alert.level}", now)
        _notify(alert, level, now)
    return len(due)


def message_sent(alert_id: int, now: datetime) -> None:
    alert = db.session.get(Alert, alert_id)
    if alert is not None and alert.status == "open":
        alert.status, alert.notified_at = "sent", now


def message_failed(alert_id: int, now: datetime) -> None:
    """A message of the alert's circle failed, expired or was skipped: if none of that circle can still arrive,
    the next circle is told at the next dispatcher pass instead of after the escalation delay."""
    alert = db.session.get(Alert, alert_id)
    if alert is None or alert.status == "acknowledged":
        return
    circle = _circles(_facility(alert))
    phones = [person.phone for person in circle[alert.level]] if alert.level < len(circle) else []
    alive = db.session.scalar(select(OutboundMessage.id).where(
        OutboundMessage.alert_id == alert_id, OutboundMessage.phone.in_(phones),
        OutboundMessage.status.in_(("queued", "sending", "sent", "delivered", "read"))).limit(1))
    if alive is None:
        alert.escalate_at = now


# Asked of many ordinary messages ("1", "ok", "yes" are also a mother's answers), so built once and cached; the
# webhook asks it inside the conversation's lock statement (services.dialogue_store).
AWAITING = (select(Alert.id).join(OutboundMessage, OutboundMessage.alert_id == Alert.id)
            .where(OutboundMessage.phone == bindparam("phone"), OutboundMessage.created_at >= bindparam("since"),
                   Alert.status.in_(("open", "sent")))
            .order_by(Alert.id.desc()).limit(1))


def awaiting(phone: str, now: datetime) -> int | None:
    """The newest alert sent to this phone that is not acknowledged yet."""
    return db.session.scalar(AWAITING, awaiting_params(phone, now))


def awaiting_params(phone: str, now: datetime) -> dict:
    return {"phone": phone, "since": now - ACK_WINDOW}


def acknowledge(alert_id: int, phone: str, now: datetime) -> Alert | None:
    """A health worker's "OK" to the alert awaiting it (see `awaiting`)."""
    alert = db.session.scalars(select(Alert).where(Alert.id == alert_id, Alert.status.in_(("open", "sent")))
                               .with_for_update()).first()  # under its lock: not acknowledged meanwhile
    if alert is None:
        return None
    mark_acknowledged(alert, phone, now)
    return alert


def mark_acknowledged(alert: Alert, by: str, now: datetime) -> None:
    """Someone saw it (by phone, or in the console): no more escalation, and the mother is told."""
    if alert.status == "acknowledged":
        return
    alert.status, alert.acknowledged_at, alert.acknowledged_by, alert.escalate_at = "acknowledged", now, by[:20], None
    _event(alert, "acknowledged", alert.level, by, now)
    _tell_mother(alert, now)


def _notify(alert: Alert, level: int | None, now: datetime) -> None:
    if level is None:
        _event(alert, "nobody", 0, "no health worker and no ALERT_FALLBACK_PHONE", now)
        log.warning("alert %s: nobody to tell", alert.id)
        return
    mother = db.session.get(Mother, alert.mother_id) if alert.mother_id else None
    people = _circles(_facility(alert))[level]
    for person in people:
        outbox.add(outbox.Draft(phone=person.phone, kind="alert", body=_text(person, alert, mother),
                                locale=person.locale, channel=person.channel, priority="high",
                                natural_key=f"alert:{alert.id}:{crypto.keyring().blind(person.phone)}",
                                alert_id=alert.id,
                                variables=_variables(person, alert, mother)), now=now)
    alert.level = level
    alert.escalate_at = now + timedelta(minutes=current_app.config["AAMCARE"].ALERT_ESCALATE_MINUTES)
    _event(alert, "notified", level, f"{len(people)} to tell", now)


def _next_level(alert: Alert, start: int) -> int | None:
    circles = _circles(_facility(alert))
    for level in range(start, len(circles)):
        if circles[level]:
            return level
    return None


@dataclass(frozen=True)
class _Person:
    phone: str
    locale: str = "en"
    channel: str = "sms"


def responsible(facility: str | None) -> list[_Person]:
    """Who is told first about her: her facility's health workers, else those on call, else the fallback number."""
    return next((circle for circle in _circles(facility) if circle), [])


def _circles(facility: str | None) -> list[list[_Person]]:
    """Who is told at each level: her facility's health workers; then the supervisors of its district and the
    admins (on call for every facility); then the fallback number. Only users with a phone, active."""
    district = db.session.scalar(select(Facility.district).where(Facility.code == facility)) if facility else None
    users = db.session.scalars(select(User).where(User.active.is_(True), User.phone.is_not(None), or_(
        and_(User.role == "health_worker", User.facility_code == facility) if facility else false(),
        and_(User.role == "supervisor", User.district == district) if district else false(),
        User.role == "admin")).order_by(User.id)).all()
    stopped = set(db.session.scalars(select(Conversation.phone).where(
        Conversation.phone.in_([user.phone for user in users]), Conversation.opted_out.is_(True))))
    reachable = [user for user in users if user.phone not in stopped]
    assigned = [_Person(u.phone, u.locale, u.channel) for u in reachable if u.role == "health_worker"]
    on_call = [_Person(u.phone, u.locale, u.channel) for u in reachable if u.role != "health_worker"]
    fallback = current_app.config["AAMCARE"].ALERT_FALLBACK_PHONE
    return [assigned, on_call, [_Person(fallback)] if fallback else []]


def _facility(alert: Alert) -> str | None:
    if alert.mother_id is None:
        return None
    return db.session.scalar(select(Mother.facility_code).where(Mother.id == alert.mother_id))


def _tell_mother(alert: Alert, now: datetime) -> None:
    conversation = db.session.scalars(select(Conversation).where(Conversation.phone == alert.phone)).first()
    locale = (conversation.locale if conversation else None) or current_app.config["AAMCARE"].DEFAULT_LOCALE
    outbox.add(outbox.Draft(phone=alert.phone, kind="notice", body=translate(locale, SEEN), locale=locale,
                            priority="high", natural_key=f"alert-seen:{alert.id}", alert_id=None,
                            mother_id=alert.mother_id, variables={"text": translate(locale, SEEN)}), now=now)


def _text(person: _Person, alert: Alert, mother: Mother | None) -> str:
    return translate(person.locale, ALERT, **_variables(person, alert, mother))


def _variables(person: _Person, alert: Alert, mother: Mother | None) -> dict:
    who = mother.name if mother else translate(person.locale, N_("an unregistered number"))
    return {"who": who, "phone": alert.phone, "sign": alert.sign.replace("_", " ")}


def _event(alert: Alert, event: str, level: int, detail: str, now: datetime) -> None:
    db.session.add(AlertEvent(alert_id=alert.id, event=event, level=level, detail=detail[:200], at=now))
