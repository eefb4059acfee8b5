"""Everything the console shows about one mother: where she is, what is coming, what was said, alerts, notes."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from bot import pregnancy, schedule
from models import Alert, Conversation, InboundMessage, Mother, Note, OutboundMessage, User, db
from models.base import aware

MESSAGES = 50  # the latest, both ways


@dataclass(frozen=True)
class Line:
    direction: str  # in | out
    at: datetime
    body: str
    status: str | None
    kind: str | None


@dataclass(frozen=True)
class Record:
    weeks: int | None
    trimester: int | None
    baby_months: int | None
    next_contact: schedule.Contact | None
    next_doses: schedule.Doses | None
    conversation: Conversation | None
    messages: list[Line]
    upcoming: list[OutboundMessage]
    alerts: list[Alert]
    notes: list[tuple[Note, str]]


def load(mother: Mother, today: date, now: datetime) -> Record:
    pregnant = mother.stage == "pregnant" and mother.lmp is not None
    baby = mother.baby
    return Record(
        weeks=pregnancy.gestational_age(mother.lmp, today)[0] if pregnant else None,
        trimester=pregnancy.trimester(mother.lmp, today) if pregnant else None,
        baby_months=pregnancy.baby_age(baby.born_on, today)[1] if baby and not pregnant else None,
        next_contact=schedule.next_contact(mother.lmp, today, mother.country) if pregnant else None,
        next_doses=schedule.next_doses(baby.born_on, today, mother.country) if baby and not pregnant else None,
        conversation=db.session.scalars(select(Conversation).where(Conversation.phone == mother.phone)).first(),
        messages=messages(mother.phone),
        upcoming=list(db.session.scalars(select(OutboundMessage).where(
            OutboundMessage.phone == mother.phone, OutboundMessage.status == "queued").order_by(OutboundMessage.id))),
        alerts=list(db.session.scalars(select(Alert).where(Alert.mother_id == mother.id)
                                       .order_by(Alert.created_at.desc()))),
        notes=notes(mother.id),
    )


def messages(phone: str) -> list[Line]:
    inbound = db.session.scalars(select(InboundMessage).where(InboundMessage.phone == phone)
                                 .order_by(InboundMessage.id.desc()).limit(MESSAGES)).all()
    outbound = db.session.scalars(select(OutboundMessage).where(OutboundMessage.phone == phone,
                                                                OutboundMessage.status != "queued")
                                  .order_by(OutboundMessage.id.desc()).limit(MESSAGES)).all()
    lines = [Line("in", aware(m.received_at), m.body, None, None) for m in inbound]
    lines += [Line("out", aware(m.created_at), m.body, m.status, m.kind) for m in outbound]
    return sorted(lines, key=lambda line: (line.at, line.direction == "out"), reverse=True)[:MESSAGES]


def notes(mother_id: int) -> list[tuple[Note, str]]:
    rows = db.session.execute(select(Note, User.name).join(User, Note.user_id == User.id)
                              .where(Note.mother_id == mother_id).order_by(Note.created_at.desc())).all()
    return [(note, name) for note, name in rows]
