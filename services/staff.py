"""Messages from health workers' phones that are not a mother's conversation: a broadcast from the field
(`ALERT <message>`, services.field_broadcast) and acknowledging an alert ("OK").

Checked before the mother's dialogue, but only for the few words that can start or answer either (the
broadcast keyword, "OK", "1", "seen", localized, or a reply while her broadcast waits), so a mother's message
costs no extra query unless it is one of them. A pending broadcast comes first: its "YES" is not an "OK".
"""
from __future__ import annotations

from datetime import datetime
from typing import Callable
from zoneinfo import ZoneInfo

from flask import current_app
from sqlalchemy import select

from bot import vocab
from bot.dialogue import Dialogue
from bot.i18n import N_, translate
from bot.inbound import Inbound
from bot.turn import Turn
from models import User, db
from services import alerts, field_broadcast

ACKNOWLEDGED = N_("Thank you. The alert about {phone} is marked as seen, and she has been told that a health "
                  "worker has seen her message.")


def may_acknowledge(text: str) -> bool:
    """Whether the message is one of the words that acknowledge an alert ("OK", "1", "seen", localized)."""
    return vocab.means("acknowledge", text)


def handle(conversation: Dialogue, inbound: Inbound, now: datetime,
           awaiting_alert: Callable[[], int | None]) -> Turn | None:
    """A Turn when this message was a staff command; None when it is for the ordinary conversation.
    `awaiting_alert` gives the alert sent to this phone that waits for its "OK" (services.alerts.awaiting)."""
    today = now.astimezone(ZoneInfo(current_app.config["AAMCARE"].TIMEZONE)).date()
    turn = field_broadcast.handle(conversation, inbound, now, today)
    return turn if turn is not None else _acknowledgement(conversation, inbound, now, awaiting_alert)


def _acknowledgement(conversation: Dialogue, inbound: Inbound, now: datetime,
                     awaiting_alert: Callable[[], int | None]) -> Turn | None:
    if not may_acknowledge(inbound.text):
        return None
    alert_id = awaiting_alert()
    if alert_id is None:
        return None
    alert = alerts.acknowledge(alert_id, conversation.phone, now)
    if alert is None:
        return None
    conversation.last_inbound_at, conversation.channel = now, inbound.channel
    locale = db.session.scalar(select(User.locale).where(User.phone == conversation.phone)) or "en"
    turn = Turn()
    turn.replies.append(translate(locale, ACKNOWLEDGED, phone=alert.phone))
    return turn
