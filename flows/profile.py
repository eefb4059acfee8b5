"""Her registered details: saving them at the end of registration and telling her where she stands."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from bot import dates, pregnancy, schedule, timeline
from bot.context import Context
from bot.i18n import N_
from bot.profile import PREGNANT, Baby, Profile


def save(ctx: Context) -> None:
    """Her profile from the answers collected, or the same profile updated when this number registered before:
    never a duplicate. The service layer stores it with the turn."""
    data, conversation = ctx.data, ctx.conversation
    consented_at = datetime.fromisoformat(data.get("consented_at") or ctx.now.isoformat())
    fields = dict(name=data["name"], locale=ctx.locale, channel=conversation.channel, country=ctx.country,
                  stage=data["stage"], facility_code=data.get("facility"), consented_at=consented_at,
                  registered_at=ctx.now)
    mother = conversation.mother
    if mother is None:
        mother = Profile(phone=conversation.phone, **fields)
    else:
        mother = replace(mother, **fields)
    _save_dates(mother, data)
    conversation.mother = mother
    conversation.data = {}


def answers(mother: Profile) -> dict:
    """Her profile as the answers registration collects, so that one of them can be given again."""
    found = {"name": mother.name, "stage": mother.stage, "facility": mother.facility_code,
             "consented_at": mother.consented_at.isoformat()}
    if mother.lmp is not None:
        found["lmp"] = mother.lmp.isoformat()
    if mother.baby is not None:
        found["born_on"] = mother.baby.born_on.isoformat()
    return found


def _save_dates(mother: Profile, data: dict) -> None:
    if data["stage"] == PREGNANT:
        mother.lmp = date.fromisoformat(data["lmp"])
        mother.due_date = pregnancy.due_date(mother.lmp)
        return
    born_on = date.fromisoformat(data["born_on"])
    mother.lmp = mother.due_date = None
    if mother.baby is None or mother.baby.born_on != born_on:
        mother.babies = [*mother.babies, Baby(born_on=born_on)]


def confirm_registration(ctx: Context) -> None:
    mother = ctx.mother
    if mother.stage == "pregnant":
        weeks, _ = pregnancy.gestational_age(mother.lmp, ctx.today)
        ctx.say(N_("Thank you {name}, you are registered! Your due date is {due}. You are {weeks} weeks "
                   "pregnant, in week {week}."),
                name=mother.name, due=show_date(ctx, mother.due_date), weeks=weeks, week=weeks + 1)
    else:
        ctx.say(N_("Thank you {name}, you are registered! Your baby was born on {born} and is {age} old."),
                name=mother.name, born=show_date(ctx, mother.baby.born_on), age=baby_age(ctx, mother.baby.born_on))
    _promise_reminders(ctx)
    ctx.say(N_("Reply MENU for options, HELP for help, or STOP to stop messages."))


def _promise_reminders(ctx: Context) -> None:
    """Said only when it is true: her timeline still has checkups or vaccines the sweep will remind her of."""
    upcoming = timeline.upcoming(timeline.of_profile(ctx.mother), ctx.today, tuple(timeline.REMINDED))
    if not upcoming:
        return
    if ctx.mother.stage == timeline.PREGNANT:
        ctx.say(N_("We will remind you of your checkups, and send you a short message each week."))
    else:
        ctx.say(N_("We will remind you of your baby's checkups and vaccines, and send you a short message each "
                   "week."))


def status(ctx: Context) -> None:
    """"What week am I?", "due date", menu option 1: answered from her data."""
    mother = ctx.mother
    if mother.stage not in (timeline.PREGNANT, timeline.BABY) or (mother.stage == timeline.BABY and not mother.babies):
        ctx.say(N_("{name}, you get no pregnancy or baby messages now. If you are pregnant again or have a baby, "
                   "reply 4 on the menu to update your details."), name=mother.name)
        return
    if mother.stage == "pregnant":
        weeks, _ = pregnancy.gestational_age(mother.lmp, ctx.today)
        ctx.say(N_("{name}, you are {weeks} weeks pregnant, in week {week} and trimester {trimester}. "
                   "Your due date is {due}: {left} days to go."),
                name=mother.name, weeks=weeks, week=weeks + 1, trimester=pregnancy.trimester(mother.lmp, ctx.today),
                due=show_date(ctx, mother.due_date), left=max(0, pregnancy.days_left(mother.lmp, ctx.today)))
        next_checkup(ctx)
    else:
        ctx.say(N_("{name}, your baby was born on {born} and is {age} old."),
                name=mother.name, born=show_date(ctx, mother.baby.born_on), age=baby_age(ctx, mother.baby.born_on))
        next_vaccine(ctx)


def baby_age(ctx: Context, born_on: date) -> str:
    weeks = (ctx.today - born_on).days // 7
    if weeks < 9:
        return ctx.text_plural("{n} week", "{n} weeks", weeks)
    months = _completed_months(born_on, ctx.today)
    return ctx.text_plural("{n} month", "{n} months", months)


def _completed_months(born_on: date, today: date) -> int:
    months = (today.year - born_on.year) * 12 + today.month - born_on.month
    return months - (today.day < born_on.day)


def show_date(ctx: Context, value: date) -> str:
    return dates.format_date(value, locale=ctx.locale, country=ctx.country)


def next_checkup(ctx: Context) -> None:
    contact = schedule.next_contact(ctx.mother.lmp, ctx.today, ctx.country)
    if contact is None:
        ctx.say(N_("All your planned checkups are past. Please go to a health facility to plan your birth."))
        return
    ctx.say(N_("Your next checkup (number {number} of {total}) is at {week} weeks of pregnancy, around {date}."),
            number=contact.number, total=contact.of, week=contact.week, date=show_date(ctx, contact.on))
    if contact.on < ctx.today:
        ctx.say(N_("It is due now: please go to your health facility this week."))


def next_vaccine(ctx: Context) -> None:
    baby = ctx.mother.baby
    doses = schedule.next_doses(baby.born_on, ctx.today, ctx.country)
    if doses is None:
        ctx.say(N_("Your baby's routine vaccines up to 2 years are past. Ask your health worker about any missed "
                   "dose and about boosters."))
        return
    ctx.say(N_("Your baby's next vaccines, due at {age} ({date}): {vaccines}."),
            age=_dose_age(ctx, doses.age_days), date=show_date(ctx, doses.on), vaccines=doses.vaccines)
    if doses.on < ctx.today:
        ctx.say(N_("They are due now: please take your baby to the health facility this week."))


def _dose_age(ctx: Context, days: int) -> str:
    if days == 0:
        return ctx.text(N_("birth"))
    if days < 100:
        return ctx.text_plural("{n} week", "{n} weeks", days // 7)
    return ctx.text_plural("{n} month", "{n} months", round(days / 30.44))
