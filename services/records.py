"""Writing a Turn's actions as rows in the conversation's transaction.

Messages a Turn causes (alerts to health workers) are outbox rows in this same transaction (services.outbox)."""
from __future__ import annotations

from datetime import datetime
from typing import Iterable

from bot.dialogue import Dialogue
from bot.turn import Action
from models import Alert, ConsentEvent, Question, db
from services import alerts


def write(actions: Iterable[Action], *, conversation: Dialogue, inbound_id: int, now: datetime) -> None:
    """Add the rows in the caller's transaction; messages they cause go out once it commits (outbox.wake)."""
    for action in actions:
        WRITERS[action.kind](action.data, conversation, inbound_id, now)


def _consent(data: dict, conversation: Dialogue, inbound_id: int, now: datetime) -> None:
    db.session.add(ConsentEvent(phone=conversation.phone, kind=data["event"], channel=conversation.channel,
                                inbound_id=inbound_id))


def _alert(data: dict, conversation: Dialogue, inbound_id: int, now: datetime) -> None:
    if data["urgency"] == "now":
        alerts.raise_alert(phone=conversation.phone, mother_id=conversation.mother_id, inbound_id=inbound_id,
                           sign=data["sign"], group=data["group"], now=now)
        return
    # "see a health worker soon": on the dashboard, nobody is paged
    db.session.add(Alert(phone=conversation.phone, mother_id=conversation.mother_id, inbound_id=inbound_id,
                         sign=data["sign"], group=data["group"], urgency=data["urgency"], status="open",
                         created_at=now))


def _question(data: dict, conversation: Dialogue, inbound_id: int, now: datetime) -> None:
    db.session.add(Question(phone=conversation.phone, mother_id=conversation.mother_id, inbound_id=inbound_id,
                            text=data["text"]))


WRITERS = {"consent": _consent, "alert": _alert, "question": _question}
