"""Danger signs, checked before anything else in every state, for every number, registered or not.

NOW: go to a facility now, with the country's emergency number, and her health worker is alerted (high queue).
SOON: a question that merely mentions a symptom gets "see a health worker soon". Recall comes first.
"""
from __future__ import annotations

from bot import danger
from bot.context import Context
from bot.country import emergency_number
from bot.i18n import N_

GO_NOW = {
    "pregnancy": N_("This can be a danger sign in pregnancy. Go to the nearest health facility NOW. "
                    "For an ambulance call {number}. We are alerting a health worker."),
    "postpartum": N_("This can be a danger sign after birth. Go to the nearest health facility NOW. "
                     "For an ambulance call {number}. We are alerting a health worker."),
    "newborn": N_("This can be a danger sign in a baby. Take your baby to the nearest health facility NOW. "
                  "Keep the baby warm and breastfeed on the way. For an ambulance call {number}. "
                  "We are alerting a health worker."),
}
SELF_HARM = N_("You are not alone and help is there. Please tell someone you trust now and go to the nearest "
               "health facility. For an ambulance call {number}. We are alerting a health worker.")
SOON = N_("Please see a health worker about this soon, today or tomorrow. If it gets worse, or you bleed, "
          "have fits, severe pain or a bad headache, go to a health facility at once.")


def check(ctx: Context) -> bool:
    """True when the message was a danger sign and has been answered."""
    sign = danger.detect(ctx.inbound.text, stage=_stage(ctx))
    if sign is None:
        return False
    ctx.turn.record("alert", sign=sign.sign, group=sign.group, urgency=str(sign.urgency))
    if ctx.conversation.opted_out:
        return True  # alert her health worker, but send her nothing: she opted out
    if sign.urgency == danger.Urgency.NOW:
        message = SELF_HARM if sign.sign == "self_harm" else GO_NOW.get(sign.group, GO_NOW["pregnancy"])
        ctx.say(message, number=emergency_number(ctx.country))
        return True
    ctx.say(SOON)
    return not ctx.conversation.state.startswith("menu.")  # in the menu her question still gets its answer


def _stage(ctx: Context) -> str | None:
    if ctx.mother is not None:
        return ctx.mother.stage
    return ctx.data.get("stage")
