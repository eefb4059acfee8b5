"""Danger signs, checked before anything else in every state, for every number, registered or not.

NOW: go to a facility now, with the country's emergency number, even to a number that opted out; and her health
worker is alerted (services.alerts). "We are alerting a health worker" is said only when someone will be.
SOON: a question that merely mentions a symptom gets "see a health worker soon". Recall comes first.
"""
from __future__ import annotations

from bot import danger
from bot.context import Context
from bot.country import emergency_number
from bot.i18n import N_

GO_NOW = {
    "pregnancy": N_("This can be a danger sign in pregnancy. Go to the nearest health facility NOW. "
                    "For an ambulance call {number}."),
    "postpartum": N_("This can be a danger sign after birth. Go to the nearest health facility NOW. "
                     "For an ambulance call {number}."),
    "newborn": N_("This can be a danger sign in a baby. Take your baby to the nearest health facility NOW. "
                  "Keep the baby warm and breastfeed on the way. For an ambulance call {number}."),
}
SELF_HARM = N_("You are not alone and help is there. Please tell someone you trust now and go to the nearest "
               "health facility. For an ambulance call {number}.")
ALERTING = N_("We are alerting a health worker.")  # said only when an alert will reach someone
SOON = N_("Please see a health worker about this soon, today or tomorrow. If it gets worse, or you bleed, "
          "have fits, severe pain or a bad headache, go to a health facility at once.")


def check(ctx: Context) -> bool:
    """True when the message was a danger sign and has been answered."""
    sign = danger.detect(ctx.inbound.text, stage=_stage(ctx))
    if sign is None:
        return False
    ctx.turn.record("alert", sign=sign.sign, group=sign.group, urgency=str(sign.urgency))
    if sign.urgency == danger.Urgency.NOW:  # the one message a number that opted out still gets
        message = SELF_HARM if sign.sign == "self_harm" else GO_NOW.get(sign.group, GO_NOW["pregnancy"])
        text = ctx.text(message, number=emergency_number(ctx.country))
        if ctx.someone_to_alert():
            text += " " + ctx.text(ALERTING)
        ctx.turn.replies.append(text)
        return True
    if ctx.conversation.opted_out:
        return True  # on her health worker's list, but nothing is sent to her: she opted out
    ctx.say(SOON)
    return not ctx.conversation.state.startswith("menu.")  # in the menu her question still gets its answer


def _stage(ctx: Context) -> str | None:
    if ctx.mother is not None:
        return ctx.mother.stage
    return ctx.data.get("stage")
