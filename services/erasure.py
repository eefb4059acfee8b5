"""Her data is hers: find every row about one number, print it (export) or delete it (erase).

Rows are found by walking the schema rather than by a list of tables, so a table added later is covered as soon
as it holds her `phone` or a foreign key to a row of hers (her registration, her messages, her alerts...).
Health workers', users' and broadcasts' rows are theirs, not hers. What an erasure leaves is one row of anonymous counts, and the
confirming message's SID with no number or text, so that a Twilio retry of it is answered from the
deduplication path instead of starting a new conversation with her number.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Connection, Table, delete, or_, select

from models import Erasure, InboundMessage, Mother, OutboundMessage, StatusEvent, db
from services import dialogue_store as store
from services import outbox

NOT_HERS = frozenset({"users", "facilities", "broadcasts", "erasures"})  # staff and theirs


def rows(connection: Connection, phone: str, mother_id: int | None = None) -> dict[Table, list[int]]:
    """The ids of her rows, per table, parents before children."""
    found: dict[Table, list[int]] = {}
    for table in db.metadata.sorted_tables:
        conditions = [] if table.name in NOT_HERS else _conditions(table, phone, mother_id, found)
        if conditions:
            ids = connection.execute(select(_key(table)).where(or_(*conditions))).scalars().all()
            if ids:
                found[table] = list(ids)
    sids = _twilio_sids(connection, found)
    if sids:  # delivery callbacks carry the SID of a message to her, not a foreign key
        table = StatusEvent.__table__
        found[table] = list(connection.execute(select(table.c.id).where(table.c.message_sid.in_(sids))).scalars())
    return found


def export(connection: Connection, phone: str) -> dict[str, list[dict]]:
    """Everything stored about her, table by table, as plain values."""
    found = rows(connection, phone, _mother_id(connection, phone))
    return {table.name: [dict(row._mapping) for row in connection.execute(
        select(*_readable(table)).where(_key(table).in_(ids)).order_by(_key(table)))] for table, ids in found.items()}


def _readable(table: Table) -> list[Column]:
    """Her values, without the blind indexes that only serve look-ups (models.crypto)."""
    return [column for column in table.columns if not column.name.endswith("_index")]


def erase(locked: store.Locked, inbound: dict, reply: dict | None, *, now: datetime, country: str) -> None:
    """Delete every row of hers in the caller's transaction and keep the anonymous counts.

    `inbound` and `reply` are the confirming message and the last reply, stored without number or text."""
    connection, state = locked.connection, locked.state
    outbox.cancel(now=now, phone=state.phone, reason="erased")  # for the record, until the rows go below
    if state.mother_id is not None:
        outbox.cancel(now=now, mother_id=state.mother_id, reason="erased")
    found = rows(connection, state.phone, state.mother_id)
    connection.execute(Erasure.__table__.insert().values(
        erased_at=now, country=country, registered=state.mother_id is not None,
        messages_in=_count(found, InboundMessage), messages_out=_count(found, OutboundMessage),
        alerts=_count(found, "alerts"), questions=_count(found, "questions")))
    for table in reversed(db.metadata.sorted_tables):
        if table in found:
            connection.execute(delete(table).where(_key(table).in_(found[table])))
    db.session.expunge_all()  # the session may hold her rows (her profile was loaded through it): they are gone
    inbound_id = store.add_inbound(connection, inbound | {"phone": "", "body": "", "params": {}})
    if reply is not None:  # the confirmation says nothing about her
        store.add_reply(connection, reply | {"phone": "", "inbound_id": inbound_id})


def _conditions(table: Table, phone: str, mother_id: int | None, found: dict[Table, list[int]]) -> list:
    conditions = [table.c.phone == phone] if "phone" in table.c else []
    if table.name == "mothers" and mother_id is not None:
        conditions.append(table.c.id == mother_id)
    for foreign_key in table.foreign_keys:
        parent_ids = found.get(foreign_key.column.table)
        if parent_ids:
            conditions.append(foreign_key.parent.in_(parent_ids))
    return conditions


def _key(table: Table) -> Column:
    (key,) = table.primary_key.columns
    return key


def _twilio_sids(connection: Connection, found: dict[Table, list[int]]) -> list[str]:
    table = OutboundMessage.__table__
    ids = found.get(table)
    if not ids:
        return []
    return [sid for sid in connection.execute(select(table.c.twilio_sid).where(table.c.id.in_(ids))).scalars() if sid]


def _mother_id(connection: Connection, phone: str) -> int | None:
    return connection.execute(select(Mother.id).where(Mother.phone == phone)).scalar()


def _count(found: dict[Table, list[int]], model) -> int:
    name = model if isinstance(model, str) else model.__tablename__
    return next((len(ids) for table, ids in found.items() if table.name == name), 0)
