"""Answers computed from a date or an age written in the message itself.

"my period came on 3rd feb, when will baby come?" -> her due date and week; "30 weeks now, how long left?"
-> the weeks to go. Dates are shown as she wrote them (Bikram Sambat for a BS date where the country is NP).
"""
from __future__ import annotations

from bot import dates, pregnancy, vocab
from bot.context import Context
from bot.i18n import N_


def calculate(ctx: Context, text: str) -> bool:
    """True when the message asked for a calculation we could make (and it has been answered)."""
    return _from_duration(ctx, text) or _from_period(ctx, text)


def _from_duration(ctx: Context, text: str) -> bool:
    if not vocab.mentions("time_left", text):  # the cheap test first: most messages ask for no calculation
        return False
    duration = dates.find_duration(text)
    if duration is None:
        return False
    lmp = pregnancy.lmp_from_duration(duration.days, ctx.today)
    if pregnancy.check_lmp(lmp, ctx.today):
        return False
    weeks, _ = pregnancy.gestational_age(lmp, ctx.today)
    ctx.say(N_("At {weeks} weeks pregnant, your baby is due around {due}: about {left} weeks to go."),
            weeks=weeks, due=_show(ctx, pregnancy.due_date(lmp)),
            left=max(0, pregnancy.days_left(lmp, ctx.today) // 7))
    return True


def _from_period(ctx: Context, text: str) -> bool:
    if not vocab.mentions("period", text):
        return False
    found = dates.find_date(text, today=ctx.today, country=ctx.country)
    if found is None:
        return False
    if pregnancy.check_lmp(found.value, ctx.today):
        return False
    weeks, _ = pregnancy.gestational_age(found.value, ctx.today)
    ctx.say(N_("If your last period started on {lmp}, your due date is {due} and you are {weeks} weeks pregnant "
               "now, in week {week}."),
            lmp=_show(ctx, found.value), due=_show(ctx, pregnancy.due_date(found.value)), weeks=weeks,
            week=weeks + 1)
    return True


def _show(ctx: Context, value) -> str:
    """In Nepal dates are shown in Bikram Sambat too, so a BS question gets a BS answer."""
    return dates.format_date(value, locale=ctx.locale, country=ctx.country)
