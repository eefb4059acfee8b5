"""Registering a mother on her behalf: her details wait in her conversation, and one message asks her consent
from her own phone. She is registered (and gets anything else) only when she replies yes (flows.behalf)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from bot import pregnancy
from bot.i18n import LOCALES, N_, translate
from flows import behalf
from models import Conversation, Facility, Mother, User, crypto, db


class BehalfError(ValueError):
    """The registration cannot be made; the message is a msgid to show in the user's language."""


@dataclass(frozen=True)
class Details:
    phone: str  # E.164
    name: str
    locale: str
    channel: str
    stage: str  # pregnant | baby
    facility: str
    lmp: date | None = None
    born_on: date | None = None


def request_consent(details: Details, user: User, now: datetime, today: date) -> Conversation:
    """Prepare her conversation and queue the consent request in the caller's transaction."""
    from services import outbox

    _check(details, today)
    if db.session.scalar(select(Mother.id).where(Mother.phone == details.phone)):
        raise BehalfError(N_("This number is already registered."))
    conversation = db.session.scalars(select(Conversation).where(Conversation.phone == details.phone)
                                      .with_for_update()).first()
    if conversation is not None and conversation.opted_out:
        raise BehalfError(N_("This number asked for no messages. She can register herself by sending START."))
    if conversation is None:
        conversation = Conversation(phone=details.phone, channel=details.channel, data={}, created_at=now)
        db.session.add(conversation)
    conversation.state, conversation.locale, conversation.data = behalf.State.CONSENT.value, details.locale, _data(
        details, user)
    facility = db.session.get(Facility, details.facility)
    body = translate(details.locale, behalf.REQUEST, name=details.name, facility=facility.name)
    outbox.add(outbox.Draft(phone=details.phone, kind="consent_request", body=body, locale=details.locale,
                            channel=details.channel,
                            natural_key=f"consent:{crypto.keyring().blind(details.phone)}:{today.isoformat()}"),
               now=now)
    return conversation


def _check(details: Details, today: date) -> None:
    if details.locale not in LOCALES or details.channel not in ("sms", "whatsapp") or not details.name.strip():
        raise BehalfError(N_("Please fill in every field."))
    if details.stage == "pregnant":
        if details.lmp is None or pregnancy.check_lmp(details.lmp, today) is not None:
            raise BehalfError(N_("The date of her last period is not possible."))
    elif details.stage == "baby":
        if details.born_on is None or pregnancy.check_birth(details.born_on, today) is not None:
            raise BehalfError(N_("The baby's birth date is not possible."))
    else:
        raise BehalfError(N_("Please fill in every field."))


def _data(details: Details, user: User) -> dict:
    data = {"name": details.name.strip()[:60], "stage": details.stage, "facility": details.facility,
            "registered_by": user.id}
    if details.stage == "pregnant":
        data["lmp"] = details.lmp.isoformat()
    else:
        data["born_on"] = details.born_on.isoformat()
    return data


def pending(facility_codes) -> list[Conversation]:
    """Mothers registered on their behalf who have not answered yet."""
    stmt = select(Conversation).where(Conversation.state == behalf.State.CONSENT.value,
                                      Conversation.mother_id.is_(None)).order_by(Conversation.created_at.desc())
    rows = db.session.scalars(stmt).all()
    return [row for row in rows if facility_codes is None or row.data.get("facility") in facility_codes]
