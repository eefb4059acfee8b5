"""Broadcast from the field by SMS: a user's registered phone texts `ALERT <message>` (or the keyword in
Hindi or Nepali). She gets her cohorts numbered (1 = all her mothers, then by stage, all within her scope),
then the recipient count and "reply YES to send". YES sends; NO, or 30 minutes without a reply, cancels.

The pending broadcast is a Broadcast row (source "chat"): "choosing" until she picks a cohort, then "draft";
her conversation keeps its id, so an ordinary message costs no query unless it starts with the keyword.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select

from bot import vocab
from bot.dialogue import Dialogue
from bot.i18n import N_, translate
from bot.inbound import Inbound
from bot.normalize import fold
from bot.turn import Turn
from models import Broadcast, User, db
from models.base import aware
from services import accounts, broadcasts, cohorts
from services.cohorts import Cohort
from services.scope import Scope

KEY = "field_broadcast"  # in her conversation's data: the id of her pending broadcast
SILENCE = timedelta(minutes=30)
MAX_TEXT = broadcasts.MAX_BODY
PENDING = ("choosing", "draft")

CHOOSE = N_("Send to whom? Reply with a number:")
COHORT_LINE = N_("{number} {cohort}: {count}")
CONFIRM = N_("{count} mothers will get: \"{text}\"\nReply YES to send or NO to cancel.")
NOBODY = N_("No mother in that group can receive messages. Reply with another number, or NO to cancel.")
SENDING = N_("Sending to {count} mothers. They get it once each, not at night.")
CANCELLED = N_("Cancelled. Nothing was sent.")
EXPIRED = N_("The broadcast waited more than 30 minutes and was cancelled. Nothing was sent. Send ALERT and "
             "your message to start again.")
EMPTY = N_("Write your message after the word ALERT, for example: ALERT Vaccination camp tomorrow at 10")
PICK = N_("Please reply with one of the numbers, or NO to cancel.")
YES_OR_NO = N_("Please reply YES to send or NO to cancel.")


def handle(conversation: Dialogue, inbound: Inbound, now: datetime, today: date) -> Turn | None:
    """A Turn when this message belongs to a field broadcast of a user's phone; None otherwise."""
    pending_id = conversation.data.get(KEY)
    keyword_text = _after_keyword(inbound.text)
    if pending_id is None and keyword_text is None:
        return None
    user = accounts.by_phone(conversation.phone)
    if user is None:
        conversation.data.pop(KEY, None)
        return None
    pending = _pending(user, pending_id)
    if pending is None and keyword_text is None:  # sent or cancelled meanwhile: the message is an ordinary one
        conversation.data.pop(KEY, None)
        return None
    silent = now - aware(conversation.last_inbound_at or now) > SILENCE
    turn = _turn(user, pending, keyword_text, inbound.text, silent, now, today)
    conversation.last_inbound_at, conversation.channel = now, inbound.channel
    conversation.data.pop(KEY, None)
    latest = _pending(user, None)
    if latest is not None:
        conversation.data[KEY] = latest.id
    return turn


def _turn(user: User, pending: Broadcast | None, keyword_text: str | None, text: str, silent: bool,
          now: datetime, today: date) -> Turn:
    turn = Turn()
    say = lambda message, **params: turn.replies.append(translate(user.locale, message, **params))  # noqa: E731
    if pending is not None and silent:
        pending.status = "cancelled"
        if keyword_text is None:
            say(EXPIRED)
            return turn
        pending = None
    if keyword_text is not None:
        if pending is not None:
            pending.status = "cancelled"
        _start(user, keyword_text, now, today, say)
    elif pending.status == "choosing":
        _choose(user, pending, text, today, say)
    else:
        _confirm(user, pending, text, now, today, say)
    return turn


def _pending(user: User, broadcast_id: int | None) -> Broadcast | None:
    """Her pending chat broadcast (the given one, else her latest), if still pending."""
    stmt = select(Broadcast).where(Broadcast.user_id == user.id, Broadcast.source == "chat",
                                   Broadcast.status.in_(PENDING))
    if broadcast_id is not None:
        stmt = stmt.where(Broadcast.id == broadcast_id)
    db.session.flush()
    return db.session.scalars(stmt.order_by(Broadcast.id.desc())).first()


def _after_keyword(text: str) -> str | None:
    """The message after ALERT (or its localized keyword), "" when nothing follows; None without the keyword."""
    parts = (text or "").strip().split(maxsplit=1)
    if not parts or not vocab.means("field_broadcast", parts[0]):
        return None
    return parts[1].strip()[:MAX_TEXT] if len(parts) > 1 else ""


def options(user: User, today: date) -> list[tuple[str, str, int]]:
    """(stage key, label msgid, recipients) numbered from 1: all her mothers, then every stage."""
    scope = Scope.of(user)
    found = []
    for stage, label in [("", cohorts.ALL), *cohorts.STAGES.items()]:
        found.append((stage, label, sum(broadcasts.count_by_locale(scope, Cohort(stage=stage), today).values())))
    return found


def _start(user: User, text: str, now: datetime, today: date, say) -> None:
    if not text:
        say(EMPTY)
        return
    db.session.add(Broadcast(user_id=user.id, source="chat", cohort={}, bodies={"text": text}, status="choosing",
                             created_at=now))
    _list_options(user, today, say)


def _list_options(user: User, today: date, say) -> None:
    say(CHOOSE)
    for number, (_, label, count) in enumerate(options(user, today), start=1):
        say(COHORT_LINE, number=number, cohort=translate(user.locale, label), count=count)


def _choose(user: User, pending: Broadcast, text: str, today: date, say) -> None:
    if vocab.means("no", text):
        pending.status = "cancelled"
        say(CANCELLED)
        return
    choices = options(user, today)
    number = vocab.number(text)
    if number is None or not 1 <= number <= len(choices):
        say(PICK)
        return
    stage, _, count = choices[number - 1]
    if not count:
        say(NOBODY)
        return
    pending.cohort = Cohort(stage=stage).as_dict()
    pending.status = "draft"
    say(CONFIRM, count=count, text=pending.bodies["text"])


def _confirm(user: User, pending: Broadcast, text: str, now: datetime, today: date, say) -> None:
    if vocab.means("no", text) or fold(text) == "cancel":
        pending.status = "cancelled"
        say(CANCELLED)
        return
    if not vocab.means("yes", text):
        say(YES_OR_NO)
        return
    counts = broadcasts.count_by_locale(Scope.of(user), Cohort(**pending.cohort), today)
    pending.bodies = {locale: pending.bodies["text"] for locale in counts} | {"text": pending.bodies["text"]}
    broadcasts.confirm(pending, user, now, today)
    say(SENDING, count=sum(counts.values()))
