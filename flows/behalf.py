"""Registered by a health worker on her behalf: one message asks her consent from her own phone, and she is
registered only when she says yes. Until then nothing else is sent to her (she has no record to send to).

The console prepares the conversation in State.CONSENT with her details in `data` and sends REQUEST.
"""
from __future__ import annotations

from enum import StrEnum

from bot.context import Context
from bot.i18n import N_
from flows import menu, profile
from flows.registration import yes_or_no


class State(StrEnum):
    CONSENT = "behalf.consent"


TRANSITIONS = [
    {"trigger": "accept", "source": State.CONSENT, "dest": menu.State.MAIN},
    {"trigger": "refuse", "source": State.CONSENT, "dest": "new"},
]

REQUEST = N_("Namaste {name}. A health worker at {facility} asked to register you with Aamcare for free messages "
             "about your pregnancy and baby. Only your health workers see your details. Do you agree?\n"
             "1 Yes\n2 No")


def ask_consent(ctx: Context) -> None:
    ctx.say(N_("Do you agree to get Aamcare messages?\n1 Yes\n2 No"))


def on_consent(ctx: Context) -> str | None:
    answer = yes_or_no(ctx.inbound.text)
    if answer is None:
        ctx.say(N_("Please reply 1 for Yes or 2 for No."))
        return None
    ctx.prompt_after = False
    if answer:
        ctx.turn.record("consent", event="consent_given")
        ctx.data["consented_at"] = ctx.now.isoformat()
        profile.save(ctx)
        profile.confirm_registration(ctx)
        return "accept"
    ctx.turn.record("consent", event="consent_refused")
    ctx.conversation.opted_out = True
    ctx.conversation.data = {}
    ctx.say(N_("Okay. We will not store your details or send you messages. If you change your mind, reply START."))
    return "refuse"


PROMPTS = {State.CONSENT: ask_consent}
HANDLERS = {State.CONSENT: on_consent}
