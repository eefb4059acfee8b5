"""The timeline sweep: every reminder, follow-up and weekly message due at `now`, written to the outbox.

For each country of the registered mothers and each local day whose sending window is open at `now` in that
country's zone, bot.timeline.anchors(day) says which last-period and birth dates have a message that day. One
indexed query per track selects those mothers (set-based, in pages of `batch` by id: memory stays bounded
whatever the number of mothers), and the messages go to the outbox with `add_many` in the same page. Each has
the natural key (kind, mother, item, date, lead), so a second sweep over the same period writes nothing.
A checkup still unconfirmed at its follow-up is recorded as such (care_visits) for her health worker.
"""
from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Iterator

from flask import current_app
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from bot import send_time, timeline, timeline_text
from bot.country import time_zone
from bot.timeline import BABY, PREGNANT, Anchor, Item
from models import Baby, CareVisit, Mother, db
from models.base import aware
from services import outbox

log = logging.getLogger(__name__)
BATCH = 5000
TIMELINE_KINDS = ("checkup_reminder", "vaccine_reminder", "weekly", "followup")
LOCK = "aamcare:timeline-sweep"  # held by the worker sweeping this interval


@dataclass
class Report:
    selected: int = 0  # messages the timelines have due now
    written: int = 0  # new outbox rows (0 on a second sweep of the same period)
    by_kind: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def rules(settings=None) -> send_time.Rules:
    """The send-time rules from the settings (REMINDER_HOUR, REMINDER_DAYS_BEFORE, QUIET_HOURS, ...)."""
    settings = settings or current_app.config["AAMCARE"]
    return send_time.Rules(hour=_clock(settings.REMINDER_HOUR), leads=_leads(settings.REMINDER_DAYS_BEFORE),
                           quiet_from=_clock(settings.QUIET_HOURS.split("-")[0]),
                           quiet_until=_clock(settings.QUIET_HOURS.split("-")[1]),
                           validity=timedelta(hours=settings.REMINDER_VALIDITY_HOURS),
                           followup_days=int(settings.FOLLOWUP_DAYS))


def sweep(now: datetime, *, dry_run: bool = False, batch: int = BATCH) -> Report:
    """Write what is due at `now` (committing page by page); with dry_run, only count it."""
    report, plan = Report(), rules()
    default_zone = current_app.config["AAMCARE"].TIMEZONE
    for country in db.session.scalars(select(Mother.country).distinct()).all():
        zone = time_zone(country, default_zone)
        for day in send_time.open_days(now, zone, plan):
            window = send_time.window(day, zone, plan)
            for drafts, followups in _pages(country, day, zone, window, plan, batch):
                _write(drafts, followups, now, report, dry_run)
    log.info("sweep at %s: %d due, %d new rows", now.isoformat(), report.selected, report.written)
    return report


def periodic(now: datetime) -> Report | None:
    """The worker's own sweep (worker.periodic_tasks): one worker per interval sweeps, the others skip it.

    Safe without the lock too (natural keys), which only saves the others the work. Returns None when skipped."""
    from services import queues

    seconds = current_app.config["AAMCARE"].SWEEP_INTERVAL_MINUTES * 60
    if not queues.redis().set(LOCK, now.isoformat(), nx=True, ex=max(1, int(seconds * 0.9))):
        return None
    report = sweep(now)
    outbox.wake()
    return report


def _write(drafts: list[outbox.Draft], followups: list[dict], now: datetime, report: Report, dry_run: bool) -> None:
    report.selected += len(drafts)
    for draft in drafts:
        report.by_kind[draft.kind] += 1
    if dry_run:
        return
    report.written += outbox.add_many(drafts, now=now)
    _record_unconfirmed(followups, now)
    db.session.commit()


def _pages(country: str, day: date, zone, window, plan, batch: int) -> Iterator[tuple[list, list]]:
    by_track: dict[str, dict[date, list[Anchor]]] = {PREGNANT: defaultdict(list), BABY: defaultdict(list)}
    for anchor in timeline.anchors(day, country, plan):
        by_track[anchor.track][anchor.anchor].append(anchor)
    if by_track[PREGNANT]:
        yield from _pregnancies(country, by_track[PREGNANT], zone, window, batch)
    if by_track[BABY]:
        yield from _babies(country, by_track[BABY], window, batch)


def _pregnancies(country, anchors: dict[date, list[Anchor]], zone, window, batch: int):
    mothers = Mother.__table__
    query = (select(mothers.c.id, mothers.c.phone, mothers.c.locale, mothers.c.lmp.label("anchor"),
                    mothers.c.registered_at)
             .where(mothers.c.country == country, mothers.c.stage == PREGNANT, mothers.c.lmp.in_(list(anchors)))
             .order_by(mothers.c.id).limit(batch))
    for rows in _keyset(query, mothers.c.id):
        yield _drafts(rows, anchors, country, window, zone)


def _babies(country, anchors: dict[date, list[Anchor]], window, batch: int):
    mothers, babies = Mother.__table__, Baby.__table__
    query = (select(babies.c.id.label("page"), mothers.c.id, mothers.c.phone, mothers.c.locale,
                    babies.c.born_on.label("anchor"))
             .join(mothers, mothers.c.id == babies.c.mother_id)
             .where(mothers.c.country == country, mothers.c.stage == BABY, babies.c.born_on.in_(list(anchors)))
             .order_by(babies.c.id).limit(batch))
    for rows in _keyset(query, babies.c.id):
        yield _drafts(rows, anchors, country, window, None)


def _keyset(query, key) -> Iterator[list]:
    """Pages of at most the query's limit, ordered by `key`, each read after the last one was written."""
    last = None
    while True:
        page = query if last is None else query.where(key > last)
        rows = db.session.execute(page).all()
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def _drafts(rows, anchors, country: str, window, zone) -> tuple[list[outbox.Draft], list[dict]]:
    send_at, not_after = window
    asked = [row.id for row in rows if any(anchor.kind == "followup" for anchor in anchors[row.anchor])]
    confirmed = _confirmed(asked) if asked else set()
    drafts, followups = [], []
    for row in rows:
        for anchor in anchors[row.anchor]:
            if not _registered_in(anchor, row, zone):
                continue
            if anchor.kind == "followup":
                if (row.id, anchor.item.key, anchor.item.on) in confirmed:
                    continue
                followups.append({"mother_id": row.id, "item": anchor.item.key, "due_on": anchor.item.on})
            drafts.append(draft(row.id, row.phone, row.locale, country, anchor.kind, anchor.item, anchor.lead,
                                send_at, not_after))
    return drafts, followups


def draft(mother_id: int, phone: str, locale: str, country: str, kind: str, item: Item, lead: int | str,
          send_at: datetime, not_after: datetime) -> outbox.Draft:
    """One timeline message as an outbox draft. `lead` is the days before the item, or "later" for a repeat."""
    body = text(kind, item, lead, locale, country)
    return outbox.Draft(phone=phone, kind=kind, body=body, locale=locale,
                        priority="bulk" if kind == "weekly" else "default", due_at=send_at, not_after=not_after,
                        natural_key=natural_key(kind, mother_id, item, lead), variables={"text": body},
                        mother_id=mother_id)


def text(kind: str, item: Item, lead: int | str, locale: str, country: str) -> str:
    if kind == "weekly":
        return timeline_text.weekly(item.key, locale)
    if kind == "followup":
        return timeline_text.reminder(item, "followup", locale=locale, country=country)
    when = "again" if str(lead).startswith("later") else ("today" if lead == 0 else "before")
    return timeline_text.reminder(item, when, locale=locale, country=country)


def natural_key(kind: str, mother_id: int, item: Item, lead: int | str) -> str:
    """(kind, mother, item, date) and which of its messages: 3 days before, the day, a follow-up, a repeat."""
    return f"{kind}:{mother_id}:{item.key}:{item.on.isoformat()}:{lead}"


def parse_key(key: str) -> tuple[str, int, str, date, str] | None:
    """The parts of a natural key written by `natural_key`, or None for any other key."""
    parts = key.split(":")
    if len(parts) != 5 or parts[0] not in TIMELINE_KINDS:
        return None
    kind, mother_id, item, on, lead = parts
    return kind, int(mother_id), item, date.fromisoformat(on), lead


def _registered_in(anchor: Anchor, row, zone) -> bool:
    """Td only: she registered after the checkup before this one and by this one (her local days)."""
    if anchor.registered_by is None:
        return True
    registered = aware(row.registered_at).astimezone(zone).date()
    after = anchor.registered_after
    return (after is None or registered > after) and registered <= anchor.registered_by


def _confirmed(mother_ids: list[int]) -> set[tuple[int, str, date]]:
    visits = CareVisit.__table__
    rows = db.session.execute(select(visits.c.mother_id, visits.c.item, visits.c.due_on)
                              .where(visits.c.mother_id.in_(mother_ids), visits.c.status == "done"))
    return {(row.mother_id, row.item, row.due_on) for row in rows}


def _record_unconfirmed(followups: list[dict], now: datetime) -> None:
    """A follow-up means she did not confirm: her health worker sees it (unless she answered meanwhile)."""
    if not followups:
        return
    table = CareVisit.__table__
    insert = postgresql.insert if db.session.get_bind().dialect.name == "postgresql" else sqlite.insert
    rows = [row | {"status": "unconfirmed", "answered_at": None, "updated_at": now} for row in followups]
    db.session.execute(insert(table).on_conflict_do_nothing(
        index_elements=["mother_id", "item", "due_on"]), rows)


def _clock(text: str):
    from datetime import time

    hours, _, minutes = str(text).strip().partition(":")
    return time(int(hours), int(minutes or 0))


def _leads(text: str) -> tuple[int, ...]:
    return tuple(sorted({int(part) for part in str(text).split(",") if part.strip()}, reverse=True))
