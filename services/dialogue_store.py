"""A message's rows, written with prepared Core statements on the session's own connection and transaction.

This is the path every inbound message takes, so it avoids the ORM's unit of work and round trips: the
conversation is read once under its row lock into a plain Dialogue; after the engine has run, the
inbound message, its inline reply and the conversation's new state are written together. On PostgreSQL that is
one statement (data-modifying CTEs), so a message costs BEGIN, SELECT ... FOR UPDATE, one write and COMMIT;
SQLite runs the same three writes one by one. Her profile is a plain value too (bot.profile); it is written
back through services.profile_store only when the engine created or changed it, which is rare.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Table, bindparam, insert, select, text, update
from sqlalchemy.dialects import sqlite

from bot.dialogue import Dialogue
from bot.profile import Profile
from models import Conversation, InboundMessage, Mother, OutboundMessage, db
from models.base import aware, utcnow
from services import alerts, profile_store

_CONVERSATIONS, _INBOUND, _OUTBOUND = Conversation.__table__, InboundMessage.__table__, OutboundMessage.__table__
_STATE_COLUMNS = ("channel", "state", "locale", "data", "opted_out", "last_inbound_at", "mother_id", "updated_at")
# phone_index is bound to the number itself: its column type turns it into the blind index (models.crypto).
_INBOUND_COLUMNS = ("message_sid", "phone", "phone_index", "channel", "body", "params", "received_at", "processed_at",
                    "error")
_REPLY_COLUMNS = ("phone", "phone_index", "channel", "body", "kind", "status", "segments", "created_at", "sent_at")


def _binds(table: Table, columns: tuple[str, ...], prefix: str) -> dict:
    """Named parameters for `columns`; the prefix keeps names apart when statements are combined."""
    return {name: bindparam(prefix + name, type_=table.c[name].type) for name in columns}


# Her conversation and, when she is registered, her profile in one round trip; only the conversation is locked.
_LOCK = (select(_CONVERSATIONS.c.id, *(_CONVERSATIONS.c[name] for name in _STATE_COLUMNS), *profile_store.COLUMNS)
         .select_from(_CONVERSATIONS.outerjoin(Mother.__table__, Mother.__table__.c.id == _CONVERSATIONS.c.mother_id))
         .where(_CONVERSATIONS.c.phone_index == bindparam("phone_index")).with_for_update(of=_CONVERSATIONS))
# The same with the alert waiting for this phone's "OK" (services.staff): asked only of the few words that can
# acknowledge one ("1", "yes", "ok" are also a mother's answers), in the same round trip.
_LOCK_WITH_ALERT = _LOCK.add_columns(alerts.AWAITING.scalar_subquery().label("awaiting_alert"))
# A new conversation links to her registration if a health worker registered her before she first wrote.
_REGISTERED = select(Mother.id).where(Mother.phone_index == bindparam("phone_index")).scalar_subquery()
# Every value a bound parameter: a literal such as {} would make the statement uncacheable (compiled per turn).
_NEW_CONVERSATION = dict(phone=bindparam("phone"), phone_index=bindparam("phone_index"), channel=bindparam("channel"),
                         state="new", data=bindparam("data", type_=_CONVERSATIONS.c.data.type),
                         opted_out=False, mother_id=_REGISTERED, created_at=bindparam("now"),
                         updated_at=bindparam("now"))
_CREATE_SQLITE = (sqlite.insert(_CONVERSATIONS).values(_NEW_CONVERSATION)
                  .on_conflict_do_nothing(index_elements=["phone_index"]))
# Written as text: SQLAlchemy gives postgresql.insert() no cache key, so the construct would be compiled again on
# every first message (about 0.6 ms of a turn); text() is compiled once.
_CREATE_POSTGRESQL = (
    text("INSERT INTO conversations (phone, phone_index, channel, state, data, opted_out, mother_id, created_at, "
         "updated_at) VALUES (:phone, :phone_index, :channel, 'new', :data, false, "
         "(SELECT id FROM mothers WHERE phone_index = :phone_index), :now, :now) "
         "ON CONFLICT (phone_index) DO NOTHING "
         f"RETURNING id, {', '.join(_STATE_COLUMNS)}")
    .bindparams(*(bindparam(name, type_=_CONVERSATIONS.c[name if name != "now" else "updated_at"].type)
                  for name in ("phone", "phone_index", "channel", "data", "now")))
    .columns(_CONVERSATIONS.c.id, *(_CONVERSATIONS.c[name] for name in _STATE_COLUMNS)))
_SAVE = (update(_CONVERSATIONS).where(_CONVERSATIONS.c.id == bindparam("conversation_id"))
         .values(_binds(_CONVERSATIONS, _STATE_COLUMNS, "conversation_")))
_ADD_INBOUND = insert(_INBOUND).values(_binds(_INBOUND, _INBOUND_COLUMNS, "inbound_"))
_ADD_REPLY = insert(_OUTBOUND).values(_binds(_OUTBOUND, _REPLY_COLUMNS + ("inbound_id",), "reply_"))


def _combined(with_reply: bool):
    """PostgreSQL: the inbound row, the reply that points to it and the conversation update in one statement."""
    new_inbound = _ADD_INBOUND.returning(_INBOUND.c.id).cte("new_inbound")
    statement = select(new_inbound.c.id).add_cte(_SAVE.cte("saved_conversation"))
    if with_reply:
        reply = _binds(_OUTBOUND, _REPLY_COLUMNS, "reply_")
        statement = statement.add_cte(insert(_OUTBOUND).from_select(
            [*reply, "inbound_id"], select(*reply.values(), new_inbound.c.id)).cte("new_reply"))
    return statement


_RECORD = {True: _combined(True), False: _combined(False)}


@dataclass
class Locked:
    """A conversation held under its row lock until the transaction on `connection` ends."""

    id: int
    state: Dialogue
    connection: Connection
    now: datetime
    profile_as_loaded: Profile | None = None  # to tell whether the engine changed her profile
    alert_read: bool = False  # the lock statement also read the alert awaiting this phone's "OK"
    alert_id: int | None = None

    def awaiting_alert(self) -> int | None:
        """The alert sent to this phone that waits for its acknowledgement (services.alerts.awaiting)."""
        if self.alert_read:
            return self.alert_id
        return alerts.awaiting(self.state.phone, self.now)


def lock(phone: str, channel: str, now: datetime, *, with_alert: bool = False) -> Locked:
    """The sender's conversation, created if new, locked until commit: one sender's messages run in turn.
    `with_alert`: read the alert awaiting this phone's "OK" in the same statement where it can.

    PostgreSQL locks the row (FOR UPDATE). SQLite has one writer: the insert-if-missing comes first, so the
    transaction holds the write lock before it reads anything and never works from a stale snapshot.
    """
    connection = db.session.connection()
    new = {"phone": phone, "phone_index": phone, "channel": channel, "now": now, "data": {}}
    statement, params = _LOCK, {"phone_index": phone}
    if with_alert:
        statement, params = _LOCK_WITH_ALERT, params | alerts.awaiting_params(phone, now)
    if connection.dialect.name == "sqlite":
        connection.execute(_CREATE_SQLITE, new)
        row = connection.execute(statement, params).one()
    else:  # a row this transaction inserts is its own until commit; a conflict means another just created it
        row = (connection.execute(statement, params).first()
               or connection.execute(_CREATE_POSTGRESQL, new).first()
               or connection.execute(statement, params).one())
    state = Dialogue(phone=phone, channel=row.channel, state=row.state, locale=row.locale,
                              data=dict(row.data or {}), opted_out=row.opted_out,
                              last_inbound_at=aware(row.last_inbound_at))
    if row.mother_id is not None:  # a new conversation's insert returns no profile: it is read by its id
        state.mother = (profile_store.from_row(row) if profile_store.PREFIX + "id" in row._mapping
                        else profile_store.load(row.mother_id))
    # A copy to tell later whether the engine changed her profile: its fields are plain values and a list of
    # frozen babies, so copying the list is enough (and much cheaper than deepcopy on every message).
    as_loaded = dataclasses.replace(state.mother, babies=list(state.mother.babies)) if state.mother else None
    alert_read = "awaiting_alert" in row._mapping  # not when the row was just created
    return Locked(row.id, state, connection, now, as_loaded, alert_read=alert_read,
                  alert_id=row.awaiting_alert if alert_read else None)


def record(locked: Locked, inbound: dict, reply: dict | None) -> int:
    """Store the message as received, its inline reply (if any) and the conversation's new state; the inbound
    row's id. A repeated MessageSid raises IntegrityError and the caller rolls everything back.

    `inbound` holds the inbound_messages columns; `reply` the outbound_messages columns of the reply.
    """
    state = locked.state
    if state.mother is not None and state.mother != locked.profile_as_loaded:
        profile_store.save(state.mother)  # first, so that a new registration has its id to link to
    connection = locked.connection
    params = _prefixed("inbound_", _indexed(inbound)) | _prefixed("conversation_", _state_values(state))
    params["conversation_id"] = locked.id
    if connection.dialect.name == "postgresql":
        if reply is not None:
            params |= _prefixed("reply_", _indexed(reply))
        return connection.execute(_RECORD[reply is not None], params).scalar_one()
    inbound_id = add_inbound(connection, inbound)
    if reply is not None:
        add_reply(connection, reply | {"inbound_id": inbound_id})
    connection.execute(_SAVE, params)
    return inbound_id


def add_inbound(connection: Connection, inbound: dict) -> int:
    return connection.execute(_ADD_INBOUND, _prefixed("inbound_", _indexed(inbound))).inserted_primary_key[0]


def add_reply(connection: Connection, reply: dict) -> None:
    connection.execute(_ADD_REPLY, _prefixed("reply_", _indexed(reply)))


def inline_reply(phone: str, channel: str, body: str, segments: int) -> dict:
    """The columns of a reply that goes back in the webhook's response (TwiML) rather than through the API."""
    now = utcnow()
    return {"phone": phone, "channel": channel, "body": body, "kind": "reply", "status": "inline",
            "segments": segments, "created_at": now, "sent_at": now}


def _state_values(state: Dialogue) -> dict:
    return {"channel": state.channel, "state": state.state, "locale": state.locale, "data": state.data,
            "opted_out": state.opted_out, "last_inbound_at": state.last_inbound_at,
            "mother_id": state.mother_id, "updated_at": utcnow()}


def _indexed(row: dict) -> dict:
    return row | {"phone_index": row["phone"]}


def _prefixed(prefix: str, values: dict) -> dict:
    return {prefix + name: value for name, value in values.items()}
