""""Update my details": she chooses the one detail to change; no new consent, and the rest stays as it was.

The chosen registration step asks its question; its answer is saved at once (registration.UPDATING).
"""
from __future__ import annotations

from enum import StrEnum

from bot import vocab
from bot.context import Context
from bot.i18n import N_
from flows import menu, profile, registration


class State(StrEnum):
    CHOOSE = "details.choose"


TRANSITIONS = [
    {"trigger": "update_details", "source": "*", "dest": State.CHOOSE},
    {"trigger": "edit_name", "source": State.CHOOSE, "dest": registration.State.NAME},
    {"trigger": "edit_stage", "source": State.CHOOSE, "dest": registration.State.STAGE},
    {"trigger": "edit_facility", "source": State.CHOOSE, "dest": registration.State.FACILITY},
    {"trigger": "edit_language", "source": State.CHOOSE, "dest": menu.State.LANGUAGE},
]
CHOICES = {1: "edit_name", 2: "edit_stage", 3: "edit_facility", 4: "edit_language"}


def ask_choose(ctx: Context) -> None:
    ctx.say(N_("What do you want to change?\n1 Name\n2 Pregnancy or baby dates\n3 Health facility\n4 Language"))


def on_choose(ctx: Context) -> str | None:
    trigger = CHOICES.get(vocab.number(ctx.inbound.text))
    if trigger is None:
        ask_choose(ctx)
        return None
    if trigger != "edit_language":
        ctx.conversation.data = profile.answers(ctx.mother) | {registration.UPDATING: True}
    return trigger


PROMPTS = {State.CHOOSE: ask_choose}
HANDLERS = {State.CHOOSE: on_choose}
