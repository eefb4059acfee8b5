"""Broadcasts: a message to a cohort of mothers in the sender's scope, in each mother's language.

Composed (draft), previewed per language with its SMS segment count and recipient count, confirmed, then sent
by a job on the `bulk` queue that writes one outbox row per mother (natural key broadcast:<id>:<mother>, so
never twice), never to a number that opted out, and held to the end of quiet hours.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from bot import render
from bot.i18n import LOCALES, N_
from models import Broadcast, Mother, OutboundMessage, User, db
from services.cohorts import Cohort, reachable
from services.scope import Scope

MAX_BODY = 640  # about 4 SMS segments in English, 10 in Devanagari


class BroadcastError(ValueError):
    """The broadcast cannot go as composed; the message is a msgid to show in her language."""


@dataclass(frozen=True)
class Preview:
    locale: str
    recipients: int
    text: str
    sms_segments: int


def recipients_query(scope: Scope, cohort: Cohort, today: date):
    return scope.mothers().where(cohort.where(today), reachable())


def count_by_locale(scope: Scope, cohort: Cohort, today: date) -> dict[str, int]:
    stmt = recipients_query(scope, cohort, today).with_only_columns(Mother.locale, func.count(Mother.id)) \
        .group_by(Mother.locale).order_by(None)
    return dict(db.session.execute(stmt).tuples().all())


def previews(broadcast: Broadcast, scope: Scope, today: date) -> list[Preview]:
    counts = count_by_locale(scope, Cohort(**broadcast.cohort), today)
    return [Preview(locale, counts[locale], broadcast.bodies.get(locale, ""),
                    render.segments(render.for_sms(broadcast.bodies.get(locale, ""))))
            for locale in LOCALES if counts.get(locale)]


def draft(user: User, cohort: Cohort, bodies: dict[str, str], *, source: str, now: datetime,
          today: date) -> Broadcast:
    """A draft in the caller's transaction. Every language with recipients needs its text."""
    bodies = {locale: " ".join(text.split(" ")).strip()[:MAX_BODY] for locale, text in bodies.items()
              if locale in LOCALES and text and text.strip()}
    counts = count_by_locale(Scope.of(user), cohort, today)
    if not sum(counts.values()):
        raise BroadcastError(N_("No mother in this group can receive messages."))
    missing = [locale for locale, n in counts.items() if n and locale not in bodies]
    if missing:
        raise BroadcastError(N_("Write the message in every language of the group."))
    broadcast = Broadcast(user_id=user.id, source=source, cohort=cohort.as_dict(), bodies=bodies, status="draft",
                          created_at=now)
    db.session.add(broadcast)
    db.session.flush()
    return broadcast


def visible(scope: Scope, user: User):
    """The broadcasts a user may see: her own, and for a supervisor or admin those of the people in her scope."""
    stmt = select(Broadcast).join(User, Broadcast.user_id == User.id).order_by(Broadcast.created_at.desc())
    if scope.everything:
        return stmt
    if scope.role == "supervisor":
        return stmt.where((User.district == scope.district) | (User.id == user.id))
    return stmt.where((User.facility_code == scope.facility) | (User.id == user.id))


def confirm(broadcast: Broadcast, user: User, now: datetime, today: date) -> int:
    """Write one outbox row per mother of the cohort, in the caller's transaction, on the bulk queue and held to
    the end of quiet hours; the caller commits and wakes the outbox. Returns the rows written."""
    from flask import current_app

    from bot import quiet_hours
    from services import outbox

    if broadcast.status not in ("draft", "choosing"):
        return 0
    settings = current_app.config["AAMCARE"]
    cohort = Cohort(**broadcast.cohort)
    due = quiet_hours.hold(now, settings.TIMEZONE)
    rows = db.session.execute(recipients_query(Scope.of(user), cohort, today)
                              .with_only_columns(Mother.id, Mother.phone, Mother.locale)).all()
    drafts = [outbox.Draft(phone=phone, kind="broadcast", body=_body(broadcast, locale), locale=locale,
                           channel=cohort.channel or None, priority="bulk", due_at=due, mother_id=mother_id,
                           broadcast_id=broadcast.id, natural_key=f"broadcast:{broadcast.id}:{mother_id}")
              for mother_id, phone, locale in rows]
    written = outbox.add_many(drafts, now=now) if drafts else 0
    broadcast.status, broadcast.confirmed_at, broadcast.sent_at = "sent", now, now
    broadcast.recipients = len(drafts)
    return written


def _body(broadcast: Broadcast, locale: str) -> str:
    bodies = broadcast.bodies
    return bodies.get(locale) or bodies.get("text") or next(iter(bodies.values()))


def progress(broadcast: Broadcast) -> dict[str, int]:
    """Its outbox rows by status: queued, sent, delivered, failed..."""
    stmt = (select(OutboundMessage.status, func.count(OutboundMessage.id))
            .where(OutboundMessage.broadcast_id == broadcast.id).group_by(OutboundMessage.status))
    return dict(db.session.execute(stmt).tuples().all())
