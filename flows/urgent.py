"""Danger signs, checked before anything else in every state, for every number, registered or not.

NOW: go to a facility now, with the country's emergency number, even to a number that opted out; and her health
worker is alerted (services.alerts). "We are alerting a health worker" is said only when someone will be.
SOON: a question that merely mentions a symptom gets "see a health worker soon". Recall comes first.
ASKED: "what should I do if my baby has a fit?" gets what she asks for, if it happens it is an emergency: go at once,
with the number; nobody is alerted, for nothing has happened.
The reply is in the language she wrote in. Bleeding late in pregnancy is always NOW. "What should I do?" soon
after a go-now reply gets the same reply again, not a menu.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from bot import danger, dates, languages, vocab
from bot.context import Context
from bot.country import emergency_number
from bot.i18n import LOCALES, N_, translate

GO_NOW = {
    "pregnancy": N_("This can be a danger sign in pregnancy. Go to the nearest health facility NOW. "
                    "For an ambulance call {number}."),
    "postpartum": N_("This can be a danger sign after birth. Go to the nearest health facility NOW. "
                     "For an ambulance call {number}."),
    "newborn": N_("This can be a danger sign in a baby. Take your baby to the nearest health facility NOW. "
                  "Keep the baby warm and breastfeed on the way. For an ambulance call {number}."),
}
# An emergency the lexicon did not name (bot.danger.OTHER): no word about whom or when.
GO_NOW_UNNAMED = N_("This can be a danger sign. Go to the nearest health facility NOW. "
                    "For an ambulance call {number}.")
# "Breastfeed on the way" is not safe for a baby who is convulsing, unconscious, not breathing or too weak to suck.
NEWBORN_NOT_FEEDING = N_("This can be a danger sign in a baby. Take your baby to the nearest health facility NOW. "
                         "Keep the baby warm on the way. For an ambulance call {number}.")
NO_FEEDING_ON_THE_WAY = frozenset({"newborn_convulsions", "newborn_not_breathing", "newborn_lethargy",
                                   "newborn_not_feeding"})
LATE_PREGNANCY = timedelta(weeks=28)  # bleeding from here on is always an emergency
FOLLOW_UP = timedelta(hours=12)  # "what should I do?" this soon after a go-now reply repeats it
FOLLOW_UP_WORDS = 6  # a longer message is a new question, not "what now?"
EMERGENCY = "emergency"  # in ctx.data: the go-now reply last sent, and when
SELF_HARM = N_("You are not alone and help is there. Please tell someone you trust now and go to the nearest "
               "health facility. For an ambulance call {number}.")
ALERTING = N_("We are alerting a health worker.")  # said only when an alert will reach someone
# A what-if about a sign that kills within hours (bot.danger.Urgency.ASKED): what to do if it happens.
IF_IT_HAPPENS = N_("If this happens, it is an emergency: go to the nearest health facility at once. "
                   "For an ambulance call {number}.")
IF_IT_HAPPENS_TO_A_BABY = N_("If this happens to a baby, it is an emergency: take the baby to the nearest health "
                             "facility at once. Keep the baby warm on the way. For an ambulance call {number}.")
SOON = N_("Please see a health worker about this soon, today or tomorrow. If it gets worse, or you bleed, "
          "have fits, severe pain or a bad headache, go to a health facility at once.")


def check(ctx: Context) -> bool:
    """True when the message was a danger sign and has been answered."""
    sign = _late_bleeding(ctx, danger.detect(ctx.inbound.text, stage=_stage(ctx)))
    if sign is None:
        return _follow_up(ctx)
    locale = _written_in(ctx)
    if sign.urgency == danger.Urgency.ASKED:
        if not ctx.conversation.opted_out:
            message = IF_IT_HAPPENS_TO_A_BABY if sign.group == "newborn" else IF_IT_HAPPENS
            ctx.say_in(locale, message, number=emergency_number(ctx.country))
        return True
    ctx.turn.record("alert", sign=sign.sign, group=sign.group, urgency=str(sign.urgency))
    if sign.urgency == danger.Urgency.NOW:  # the one message a number that opted out still gets
        message = _go_now(sign)
        text = translate(locale, message, number=emergency_number(ctx.country))
        if ctx.someone_to_alert():
            text += " " + translate(locale, ALERTING)
        ctx.turn.replies.append(text)
        ctx.data[EMERGENCY] = {"text": text, "at": ctx.now.isoformat()}
        return True
    if ctx.conversation.opted_out:
        return True  # on her health worker's list, but nothing is sent to her: she opted out
    ctx.say_in(locale, SOON)
    return not ctx.conversation.state.startswith("menu.")  # in the menu her question still gets its answer


def _go_now(sign: danger.DangerSign) -> str:
    if sign.sign == "self_harm":
        return SELF_HARM
    if sign.sign in NO_FEEDING_ON_THE_WAY:
        return NEWBORN_NOT_FEEDING
    if sign.sign == danger.OTHER:
        return GO_NOW_UNNAMED
    return GO_NOW.get(sign.group, GO_NOW["pregnancy"])


def _written_in(ctx: Context) -> str:
    """Her words' language when they tell it ("ragat bagyo" is Nepali), else her chosen one."""
    written = languages.written_in(ctx.inbound.text)
    return written if written in LOCALES else ctx.locale


def _late_bleeding(ctx: Context, sign: danger.DangerSign | None) -> danger.DangerSign | None:
    """Bleeding from 28 weeks of pregnancy is an emergency, however lightly she asks about it; asked about only ahead
    ("if bleeding starts, which hospital?"), it gets the what-if answer."""
    if sign is None or sign.sign != "bleeding" or sign.urgency in (danger.Urgency.NOW, danger.Urgency.ASKED):
        return sign
    if _weeks_pregnant(ctx) >= LATE_PREGNANCY:
        ahead = danger.load().asked_ahead_of(ctx.inbound.text, "bleeding", _stage(ctx))
        return danger.DangerSign(sign.sign, sign.group, danger.Urgency.ASKED if ahead else danger.Urgency.NOW)
    return sign


def _weeks_pregnant(ctx: Context) -> timedelta:
    """How far along she is, from her message ("8 months", "34 weeks") or else from her registration."""
    said = dates.find_duration(ctx.inbound.text)
    if said is not None:
        return timedelta(days=said.days)
    mother = ctx.mother
    if mother is not None and mother.stage == "pregnant" and mother.lmp is not None:
        return ctx.today - mother.lmp
    return timedelta(0)


def _follow_up(ctx: Context) -> bool:
    """"What should I do?" / "ke garne" / "kya karu" right after a go-now reply: the action and number again."""
    last = ctx.data.get(EMERGENCY)
    text = ctx.inbound.text
    if not last or len(text.split()) > FOLLOW_UP_WORDS or not vocab.mentions("what_to_do", text):
        return False
    if ctx.now - datetime.fromisoformat(last["at"]) > FOLLOW_UP:
        ctx.data.pop(EMERGENCY, None)
        return False
    ctx.turn.replies.append(last["text"])  # word for word: the action, the number, who is alerted
    return True


def _stage(ctx: Context) -> str | None:
    if ctx.mother is not None:
        return ctx.mother.stage
    return ctx.data.get("stage")
