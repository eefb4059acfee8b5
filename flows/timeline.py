"""Her life events and her answers to reminders, in her own words: baby born, loss, a new due date, "went",
"later", and "what is next" for her checkups and her baby's vaccines.

Checked for a registered mother before the current state's handler (flows.engine). Each event changes her
profile (a plain value) and records what the service layer does in the same transaction: cancel the messages
still queued that no longer fit (`timeline_cancel`), tell her health worker (`notice`), record her answer to a
reminder (`reminder_answer`). The reminders themselves come from the sweep, from her profile's dates.
"""
from __future__ import annotations

from datetime import date
from enum import StrEnum

from bot import dates, intents, pregnancy, relative_days, timeline, vocab
from bot.context import Context
from bot.i18n import N_
from bot.profile import Baby
from flows import menu, profile, registration

LOSS = "loss"  # her stage after a loss: no pregnancy or baby messages


class State(StrEnum):
    BIRTH_DATE = "timeline.birth_date"
    DUE_DATE = "timeline.due_date"


TRANSITIONS = [
    {"trigger": "baby_born", "source": "*", "dest": State.BIRTH_DATE},
    {"trigger": "change_due_date", "source": "*", "dest": State.DUE_DATE},
    {"trigger": "record_birth", "source": State.BIRTH_DATE, "dest": menu.State.MAIN},
    {"trigger": "record_due_date", "source": State.DUE_DATE, "dest": menu.State.MAIN},
]


def check(ctx: Context) -> list[str] | None:
    """The triggers to fire, in order, when the message was a life event, a question about what is next or an
    answer to a reminder, now handled; else None.

    A message that already holds the answer ("baby born yesterday") goes through the question's state at once.
    While she answers one of this flow's questions, only a loss is looked for: "kal" is then a birth day.
    """
    mother, text = ctx.mother, ctx.inbound.text
    if mother is None or ctx.conversation.state.startswith("registration."):
        return None
    intent = intents.detect(text)
    if her_loss(text, intent):
        return _record_loss(ctx)
    if ctx.conversation.state in set(State):
        return None
    if mother.stage == timeline.PREGNANT and her_birth(text, intent):
        return _through(ctx, "baby_born", on_birth_date if _has_day(ctx, text) else None)
    if mother.stage == timeline.PREGNANT and _due_date_change(text, intent):
        return _through(ctx, "change_due_date", on_due_date if _has_pregnancy_date(ctx, text) else None)
    asks = intent if intent in ("next_checkup", "next_vaccine") else _asks_next(text)
    if asks:
        return _next(ctx, asks)
    return _reminder_answer(ctx, text, intent)


def _through(ctx: Context, trigger: str, handler) -> list[str]:
    if handler is None:
        return [trigger]
    answered = handler(ctx)
    if answered is None:  # what was wrong has been said: she stays on the question
        ctx.prompt_after = False
        return [trigger]
    return [trigger, answered]


def her_loss(text: str, intent: str | None) -> bool:
    """Her own loss, not a question about losses ("what causes miscarriage?"), nor another woman's asked about, nor one
    of an earlier pregnancy ("I had a miscarriage in my first pregnancy, now 3 months")."""
    if _another_womans(text) or (vocab.mentions("past_pregnancy", text) and not vocab.mentions("news_day", text)):
        return False
    if vocab.means("loss_word", text) or vocab.mentions("loss", text):
        return True
    return intent == "loss" and (not vocab.asks(text) or _news_of_hers(text, whose=False))


def _another_womans(text: str) -> bool:
    """A question that names another woman: the birth or loss in it is that woman's ("my sister delivered yesterday,
    what should she eat?"). Told without a question ("my sister here, her baby ...") it may be written for her."""
    return vocab.mentions("another_woman", text) and vocab.asks(text)


def _news_of_hers(text: str, whose: bool = True) -> bool:
    """A question that still tells her own news: it says when (yesterday, hijo, kal...) or, for a birth (`whose`),
    whose (my, hamro, bahu...) while asking nothing ahead ("what should I do if the baby is born at home?"). A loss is
    never told by "my" alone: "what can I do to avoid a miscarriage?" asks."""
    if vocab.mentions("news_day", text):
        return True  # "my baby was born yesterday, what should I do if she cries?"
    return whose and vocab.mentions("her_own", text) and not vocab.mentions("what_if", text)


def her_birth(text: str, intent: str | None) -> bool:
    """Her baby's birth: not another woman's asked about, nor a question about births that never says whose nor
    when ("baby born at 35 weeks is it premature?"); "bachha janmyo hijo, aba k garne?" is her news."""
    if _another_womans(text):
        return False
    if vocab.asks(text) and not _news_of_hers(text):
        return False
    return intent == "baby_born" or vocab.means("baby_born_word", text) or vocab.mentions("baby_born", text)


def _due_date_change(text: str, intent: str | None) -> bool:
    return intent == "change_due_date" or vocab.mentions("change_due_date", text)


def _asks_next(text: str) -> str | None:
    return next((kind for kind in ("next_checkup", "next_vaccine") if vocab.mentions(kind, text)), None)


def _next(ctx: Context, intent: str) -> list[str] | None:
    """"next checkup", "which vaccine next": her own upcoming list (the baby's vaccines once she has a baby)."""
    if ctx.mother.stage not in (timeline.PREGNANT, timeline.BABY):
        return None
    say_upcoming(ctx, CHECKUPS if intent == "next_checkup" else VACCINES)
    ctx.prompt_after = False
    return ["open_menu"]


# Loss


def _record_loss(ctx: Context) -> list[str]:
    """Never asks her to confirm: one kind reply, her messages stop, her health worker is told."""
    mother = ctx.mother
    ctx.prompt_after = False
    if mother.stage == LOSS:
        ctx.say(N_("We are so sorry. You will get no pregnancy or baby messages from us. Reply STOP to get no "
                   "messages at all, or write to us any time."))
        return ["open_menu"]
    was = mother.stage
    mother.stage = LOSS
    ctx.turn.record("timeline_cancel", reason="loss")
    ctx.turn.record("notice", event="loss", stage=was)
    ctx.say(N_("We are so sorry for your loss. We have stopped the pregnancy and baby messages."))
    if ctx.someone_to_alert():
        ctx.say(N_("We will tell your health worker so that she can support you."))
    ctx.say(N_("Please look after yourself: if you have heavy bleeding, fever or bad pain, go to a health facility "
               "now. You can write to us any time. Reply STOP to get no messages at all."))
    return ["open_menu"]


# Baby born


def ask_birth_date(ctx: Context) -> None:
    ctx.say(N_("Congratulations! When was your baby born? Send the date, or for example: today, yesterday, "
               "3 days ago."))


def on_birth_date(ctx: Context) -> str | None:
    born = _birth_day(ctx, ctx.inbound.text)
    if born is None:
        ctx.say(N_("Sorry, I could not read that date. Send it like 12/03/2026, or: today, yesterday, 3 days ago."))
        return None
    problem = pregnancy.check_birth(born, ctx.today)
    if problem:
        ctx.say(registration.PROBLEMS[problem])
        return None
    mother = ctx.mother
    mother.stage, mother.lmp, mother.due_date = timeline.BABY, None, None
    mother.babies = [*mother.babies, Baby(born_on=born)]
    ctx.turn.record("timeline_cancel", reason="baby_born")
    ctx.say(N_("Congratulations on your baby, born on {born}! From now on your messages follow your baby's age, "
               "with reminders of your checkups after the birth and of your baby's vaccines."),
            born=profile.show_date(ctx, born))
    say_upcoming(ctx, VACCINES)
    ctx.prompt_after = False
    return "record_birth"


def _birth_day(ctx: Context, text: str) -> date | None:
    parsed = dates.parse_date(text, today=ctx.today, country=ctx.country)
    if parsed is not None and parsed.value > ctx.today:
        parsed = registration.past_date(ctx, text)
    if parsed is not None:
        return parsed.value
    return relative_days.past_day(text, ctx.today)


def _has_day(ctx: Context, text: str) -> bool:
    return _birth_day(ctx, text) is not None


# Due date


def ask_due_date(ctx: Context) -> None:
    ctx.say(N_("What is your new due date? Send the date, for example 12/03/2026, or the first day of your last "
               "period, or how far along you are, for example: 20 weeks."))


def on_due_date(ctx: Context) -> str | None:
    lmp = registration.lmp_from_answer(ctx, ctx.inbound.text)
    if lmp is None:
        return None
    mother = ctx.mother
    mother.lmp, mother.due_date = lmp, pregnancy.due_date(lmp)
    ctx.turn.record("timeline_cancel", reason="due_date_changed")
    weeks, _ = pregnancy.gestational_age(lmp, ctx.today)
    ctx.say(N_("Thank you. Your due date is now {due}: you are {weeks} weeks pregnant. Your checkup reminders and "
               "weekly messages now follow this date."), due=profile.show_date(ctx, mother.due_date), weeks=weeks)
    ctx.prompt_after = False
    return "record_due_date"


def _has_pregnancy_date(ctx: Context, text: str) -> bool:
    return (dates.find_duration(text) is not None
            or dates.find_date(text, today=ctx.today, country=ctx.country) is not None)


# Answers to reminders


def _reminder_answer(ctx: Context, text: str, intent: str | None) -> list[str] | None:
    done = intent == "reminder_done" or vocab.means("reminder_done", text)
    later = intent == "reminder_later" or vocab.means("reminder_later", text)
    sent = ctx.last_reminder() if done or later else None
    if sent is None:
        return None
    if done:
        ctx.turn.record("reminder_answer", answer="done", item=sent.key, on=sent.on.isoformat(), item_kind=sent.kind)
        ctx.say(DONE[sent.kind])
    else:
        ctx.turn.record("reminder_answer", answer="later", item=sent.key, on=sent.on.isoformat(), item_kind=sent.kind)
        ctx.say(N_("Okay. I will remind you again tomorrow morning."))
    ctx.prompt_after = False
    return ["open_menu"]


DONE = {
    "checkup": N_("Thank you for going to your checkup! We have noted it for your health worker."),
    "pnc": N_("Thank you for going to your checkup! We have noted it for your health worker."),
    "td": N_("Thank you! We have noted your Td vaccine for your health worker."),
    "vaccine": N_("Thank you! We have noted your baby's vaccines for your health worker."),
}


# What is next

CHECKUPS, VACCINES = ("checkup", "pnc"), ("vaccine", "td")


def say_upcoming(ctx: Context, kinds: tuple[str, ...]) -> None:
    """Her own next checkups or vaccines, with their dates, from her timeline."""
    found = timeline.upcoming(timeline.of_profile(ctx.mother), ctx.today, kinds)
    if not found:
        ctx.say(N_("There are no more planned checkups or vaccines on your timeline. Ask your health worker if "
                   "one was missed."))
        return
    lines = [ctx.text(LINES[item.kind], date=profile.show_date(ctx, item.on),
                      week=_week(item), vaccines=_vaccines(ctx, item)) for item in found]
    ctx.say(N_("Coming up for you:\n{lines}"), lines="\n".join(lines))


LINES = {
    "checkup": N_("- {date}: pregnancy checkup at {week} weeks"),
    "pnc": N_("- {date}: checkup for you and your baby"),
    "td": N_("- {date}: your Td (tetanus) vaccine, if not yet had"),
    "vaccine": N_("- {date}: baby's vaccines: {vaccines}"),
}


def _week(item) -> int | None:
    from bot.timeline_text import week_of

    return week_of(item)


def _vaccines(ctx: Context, item) -> str | None:
    from bot.timeline_text import vaccines_of

    return vaccines_of(item, ctx.country)


PROMPTS = {State.BIRTH_DATE: ask_birth_date, State.DUE_DATE: ask_due_date}
HANDLERS = {State.BIRTH_DATE: on_birth_date, State.DUE_DATE: on_due_date}
