"""What her life events and reminder answers change besides her profile, in the turn's transaction.

- `timeline_cancel`: the timeline messages still queued for her no longer fit (baby born, loss, new due date);
  the next sweep plans from her new dates.
- `notice`: her health workers are told of a loss (outbox kind `notice`).
- `reminder_answer`: "went"/"done" or "later" to a reminder, kept in care_visits for her health worker; "later"
  queues the same reminder for tomorrow's sending window.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

from flask import current_app
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from bot import send_time
from bot.country import time_zone
from bot.dialogue import Dialogue
from bot.i18n import N_, translate
from bot.timeline import REMINDED, item_of
from models import CareVisit, crypto, db
from services import outbox, sweep

NOTICE_LOSS = N_("Aamcare: {name} ({phone}) has told us of the loss of her pregnancy or baby. Her pregnancy and "
                 "baby messages have stopped. Please contact her to offer support.")


def cancel(data: dict, conversation: Dialogue, inbound_id: int, now: datetime) -> None:
    outbox.cancel(now=now, mother_id=conversation.mother_id, kinds=sweep.TIMELINE_KINDS, reason=data["reason"])


def notice(data: dict, conversation: Dialogue, inbound_id: int, now: datetime) -> None:
    """Her health workers are told (her facility's, else those on call, else the fallback number)."""
    from services.alerts import responsible

    mother = conversation.mother
    for person in responsible(mother.facility_code):
        locale = person.locale or "en"
        body = translate(locale, NOTICE_LOSS, name=mother.name, phone=mother.phone)
        key = f"notice:{data['event']}:{mother.id}:{crypto.keyring().blind(person.phone)}"  # no number in clear
        outbox.add(outbox.Draft(phone=person.phone, kind="notice", body=body, locale=locale, channel=person.channel,
                                natural_key=key,
                                variables={"text": body}, mother_id=mother.id), now=now)


def answer(data: dict, conversation: Dialogue, inbound_id: int, now: datetime) -> None:
    mother = conversation.mother
    item = item_of(data["item"], date.fromisoformat(data["on"]))
    _record(mother.id, item.key, item.on, data["answer"], now)
    if data["answer"] == "later":
        _remind_tomorrow(mother, item, now)


def _record(mother_id: int, item: str, due_on: date, status: str, now: datetime) -> None:
    table = CareVisit.__table__
    values = {"mother_id": mother_id, "item": item, "due_on": due_on, "status": status, "answered_at": now,
              "updated_at": now}
    insert = postgresql.insert if db.session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = insert(table).values(values)
    keep_done = table.c.status != "done" if status != "done" else None  # "later" never undoes "done"
    db.session.execute(statement.on_conflict_do_update(
        index_elements=["mother_id", "item", "due_on"],
        set_={"status": status, "answered_at": now, "updated_at": now}, where=keep_done))


def _remind_tomorrow(mother, item, now: datetime) -> None:
    settings = current_app.config["AAMCARE"]
    zone = time_zone(mother.country, settings.TIMEZONE)
    tomorrow = now.astimezone(zone).date() + timedelta(days=1)
    send_at, not_after = send_time.window(tomorrow, zone, sweep.rules(settings))
    outbox.add(sweep.draft(mother.id, mother.phone, mother.locale, mother.country, REMINDED[item.kind], item,
                           f"later{tomorrow:%Y%m%d}", send_at, not_after), now=now)


def latest_reminder(mother_id: int | None, now: datetime, within: timedelta = timedelta(days=4)):
    """The checkup or vaccine item of the last reminder or follow-up sent to her lately, or None."""
    from models import OutboundMessage

    if mother_id is None:
        return None
    table = OutboundMessage.__table__
    key = db.session.scalars(
        select(table.c.natural_key)
        .where(table.c.mother_id == mother_id, table.c.kind.in_(("checkup_reminder", "vaccine_reminder", "followup")),
               table.c.status.in_(("sending", "sent", "delivered", "read")), table.c.due_at > now - within,
               table.c.due_at <= now)
        .order_by(table.c.due_at.desc(), table.c.id.desc()).limit(1)).first()
    parts = sweep.parse_key(key) if key else None
    return item_of(parts[2], parts[3]) if parts else None


WRITERS = {"timeline_cancel": cancel, "notice": notice, "reminder_answer": answer}
