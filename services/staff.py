"""Messages from health workers' phones that are not a mother's conversation: acknowledging an alert.

Checked before the mother's dialogue, but only for the few words that can acknowledge ("OK", "1", "seen",
localized), so a mother's message costs no extra query unless it is one of them.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from bot import vocab
from bot.dialogue import Dialogue
from bot.i18n import N_, translate
from bot.inbound import Inbound
from bot.turn import Turn
from models import HealthWorker, db
from services import alerts

ACKNOWLEDGED = N_("Thank you. The alert about {phone} is marked as seen, and she has been told that a health "
                  "worker has seen her message.")


def handle(conversation: Dialogue, inbound: Inbound, now: datetime) -> Turn | None:
    """A Turn when this message acknowledged an alert; None when it is for the ordinary conversation."""
    if not vocab.means("acknowledge", inbound.text):
        return None
    alert = alerts.acknowledge(conversation.phone, now)
    if alert is None:
        return None
    conversation.last_inbound_at, conversation.channel = now, inbound.channel
    locale = db.session.scalar(select(HealthWorker.locale).where(HealthWorker.phone == conversation.phone)) or "en"
    turn = Turn()
    turn.replies.append(translate(locale, ACKNOWLEDGED, phone=alert.phone))
    return turn
