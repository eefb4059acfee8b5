"""Writing a Turn's actions as rows in the conversation's transaction, and the jobs they start after commit."""
from __future__ import annotations

from typing import Callable, Iterable

from bot.dialogue import Dialogue
from bot.turn import Action
from models import Alert, ConsentEvent, Question, db
from services import queues


def write(actions: Iterable[Action], *, conversation: Dialogue, inbound_id: int) -> list[Callable[[], None]]:
    """Add the rows; return what to enqueue once they are committed (never before: a rollback would lie)."""
    jobs = []
    for action in actions:
        job = WRITERS[action.kind](action.data, conversation, inbound_id)
        if job is not None:
            jobs.append(job)
    return jobs


def _consent(data: dict, conversation: Dialogue, inbound_id: int) -> None:
    db.session.add(ConsentEvent(phone=conversation.phone, kind=data["event"], channel=conversation.channel,
                                inbound_id=inbound_id))


def _alert(data: dict, conversation: Dialogue, inbound_id: int) -> Callable[[], None] | None:
    alert = Alert(phone=conversation.phone, mother_id=conversation.mother_id, inbound_id=inbound_id,
                  sign=data["sign"], group=data["group"], urgency=data["urgency"])
    db.session.add(alert)
    if data["urgency"] != "now":
        return None  # "see a health worker soon": on the dashboard, no page
    db.session.flush()
    alert_id = alert.id
    return lambda: queues.queue("high").enqueue("services.alerts.notify", alert_id, job_id=f"alert-{alert_id}")


def _question(data: dict, conversation: Dialogue, inbound_id: int) -> None:
    db.session.add(Question(phone=conversation.phone, mother_id=conversation.mother_id, inbound_id=inbound_id,
                            text=data["text"]))


WRITERS = {"consent": _consent, "alert": _alert, "question": _question}
