"""A message's rows, written with prepared Core statements on the session's own connection and transaction.

This is the path every inbound message takes, so it avoids the ORM's unit of work: the conversation is read
once under its row lock into a plain ConversationState and written back with one UPDATE; the inbound message
and the inline reply are single INSERTs. Her registration (models.Mother) stays with the ORM: flows create and
change it, and it changes rarely.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from bot.conversation import ConversationState
from models import Conversation, InboundMessage, Mother, OutboundMessage, db
from models.base import aware, utcnow

_CONVERSATIONS = Conversation.__table__
_STATE = (_CONVERSATIONS.c.id, _CONVERSATIONS.c.channel, _CONVERSATIONS.c.state, _CONVERSATIONS.c.locale,
          _CONVERSATIONS.c.data, _CONVERSATIONS.c.opted_out, _CONVERSATIONS.c.last_inbound_at,
          _CONVERSATIONS.c.mother_id)
_LOCK = select(*_STATE).where(_CONVERSATIONS.c.phone == bindparam("phone")).with_for_update()
_SAVE = update(_CONVERSATIONS).where(_CONVERSATIONS.c.id == bindparam("conversation_id"))
_NEW_INBOUND = insert(InboundMessage.__table__)
_NEW_OUTBOUND = insert(OutboundMessage.__table__)
_CREATE = {name: dialect.insert(_CONVERSATIONS).on_conflict_do_nothing(index_elements=["phone"])
           for name, dialect in (("postgresql", postgresql), ("sqlite", sqlite))}


class Locked:
    """A conversation held under its row lock until the transaction ends."""

    def __init__(self, conversation_id: int, state: ConversationState):
        self.id = conversation_id
        self.state = state


def lock(phone: str, channel: str, now: datetime) -> Locked:
    """The sender's conversation, created if new, locked until commit: one sender's messages run in turn.

    PostgreSQL locks the row (FOR UPDATE). SQLite has one writer: the insert-if-missing comes first, so the
    transaction holds the write lock before it reads anything and never works from a stale snapshot.
    """
    connection = db.session.connection()
    dialect = connection.dialect.name
    row = None if dialect == "sqlite" else connection.execute(_LOCK, {"phone": phone}).first()
    new = False
    if row is None:
        new = connection.execute(_CREATE[dialect], {
            "phone": phone, "channel": channel, "state": "new", "data": {}, "opted_out": False,
            "created_at": now, "updated_at": now}).rowcount == 1
        row = connection.execute(_LOCK, {"phone": phone}).one()
    state = ConversationState(phone=phone, channel=row.channel, state=row.state, locale=row.locale,
                              data=dict(row.data or {}), opted_out=row.opted_out,
                              last_inbound_at=aware(row.last_inbound_at))
    if row.mother_id is not None:
        state.mother = db.session.get(Mother, row.mother_id)
    elif new:  # registered by a health worker before she first wrote
        state.mother = db.session.scalars(select(Mother).where(Mother.phone == phone)).first()
    return Locked(row.id, state)


def add_inbound(**values) -> int:
    """Store a message as received; the id of its row. A repeated MessageSid raises IntegrityError here."""
    result = db.session.connection().execute(_NEW_INBOUND, values)
    return result.inserted_primary_key[0]


def add_reply(*, phone: str, channel: str, body: str, inbound_id: int, segments: int) -> None:
    """The reply that goes back inline in the webhook's response (TwiML)."""
    now = utcnow()
    db.session.connection().execute(_NEW_OUTBOUND, {
        "phone": phone, "channel": channel, "body": body, "kind": "reply", "inbound_id": inbound_id,
        "status": "inline", "segments": segments, "created_at": now, "sent_at": now})


def save(locked: Locked) -> None:
    """Write the conversation back; her registration first, so that a new one has its id to link to."""
    state = locked.state
    if state.mother is not None:
        db.session.add(state.mother)
        db.session.flush()
    db.session.connection().execute(_SAVE, {
        "conversation_id": locked.id, "channel": state.channel, "state": state.state, "locale": state.locale,
        "data": state.data, "opted_out": state.opted_out, "last_inbound_at": state.last_inbound_at,
        "mother_id": state.mother_id, "updated_at": utcnow()})
