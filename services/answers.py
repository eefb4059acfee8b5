"""Questions the bot could not answer, and a health worker's reply to one.

The reply reaches her through the outbox in her channel and language as written, and the question is marked
answered in the same transaction; the reply is kept as a note on her record.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from models import Conversation, Mother, Note, Question, User, db
from services.scope import Scope

MAX_REPLY = 1000


def visible(scope: Scope):
    """Questions in scope with their mother (None for a number that never registered: admins only)."""
    stmt = select(Question, Mother).outerjoin(Mother, Question.mother_id == Mother.id)
    return stmt if scope.everything else stmt.where(scope.covers_mothers())


def unanswered(scope: Scope) -> list[tuple[Question, Mother | None]]:
    stmt = visible(scope).where(Question.answered_at.is_(None)).order_by(Question.created_at.desc())
    return [(question, mother) for question, mother in db.session.execute(stmt).all()]


def find(scope: Scope, question_id: int) -> tuple[Question, Mother | None] | None:
    row = db.session.execute(visible(scope).where(Question.id == question_id)).first()
    return (row[0], row[1]) if row else None


def reply(question: Question, mother: Mother | None, user: User, text: str, now: datetime) -> None:
    """Queue her reply through the outbox (her channel, once per question) and mark the question answered,
    in the caller's transaction; the caller commits and wakes the outbox."""
    from services import outbox

    outbox.add(outbox.Draft(phone=question.phone, kind="reply", body=text, locale=_locale(question, mother),
                            natural_key=f"answer:{question.id}", variables={"text": text},
                            mother_id=mother.id if mother else None), now=now)
    question.answered_at = now
    db.session.add(Note(mother_id=mother.id if mother else None, question_id=question.id, user_id=user.id,
                        kind="answer", text=text, created_at=now))


def _locale(question: Question, mother: Mother | None) -> str:
    if mother is not None:
        return mother.locale
    return db.session.scalar(select(Conversation.locale).where(Conversation.phone == question.phone)) or "en"
