"""Registration: language, consent, name, pregnancy or baby, dates, facility — then she is registered.

Each state has a prompt (the question) and a handler that reads her answer and returns a trigger, or None to
ask again after saying what was wrong. The data collected so far lives in `conversation.data`.
"""
from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from bot import dates, intents, languages, names, pregnancy, vocab
from bot.context import Context
from bot.i18n import N_
from bot.profile import BABY, PREGNANT
from flows import language, menu, profile

MAX_FACILITY = 60
MAX_FACILITY_WORDS = 8  # "Shree Janata Health Post, Ward 5, Kailali"; not "FCHV report: jwaro, kamne ... bhayena"


class State(StrEnum):
    LANGUAGE = "registration.language"
    CONSENT = "registration.consent"
    NAME = "registration.name"
    STAGE = "registration.stage"
    PREGNANCY_DATE = "registration.pregnancy_date"
    CONFIRM_DUE = "registration.confirm_due"
    BIRTH_DATE = "registration.birth_date"
    FACILITY = "registration.facility"
    RELANGUAGE = "registration.relanguage"  # LANGUAGE in the middle: choose, then back to the same question


# A step she can come back to after changing the language mid-way; no consent is asked twice.
RESUMABLE = (State.CONSENT, State.NAME, State.STAGE, State.PREGNANCY_DATE, State.CONFIRM_DUE, State.BIRTH_DATE,
             State.FACILITY)
UPDATING = "updating"  # in ctx.data: she changes one detail of her registration, then it is saved

TRANSITIONS = [
    {"trigger": "register", "source": "*", "dest": State.LANGUAGE},
    {"trigger": "choose_language", "source": State.LANGUAGE, "dest": State.CONSENT},
    {"trigger": "agree", "source": State.CONSENT, "dest": State.NAME},
    {"trigger": "decline", "source": State.CONSENT, "dest": "new"},
    {"trigger": "give_name", "source": State.NAME, "dest": State.STAGE},
    {"trigger": "expecting", "source": [State.NAME, State.STAGE], "dest": State.PREGNANCY_DATE},
    {"trigger": "expecting_known", "source": [State.NAME, State.STAGE], "dest": State.CONFIRM_DUE},
    {"trigger": "has_baby", "source": [State.NAME, State.STAGE, State.PREGNANCY_DATE], "dest": State.BIRTH_DATE},
    {"trigger": "give_date", "source": State.PREGNANCY_DATE, "dest": State.CONFIRM_DUE},
    {"trigger": "confirm", "source": State.CONFIRM_DUE, "dest": State.FACILITY},
    {"trigger": "correct", "source": State.CONFIRM_DUE, "dest": State.PREGNANCY_DATE},
    {"trigger": "give_birth_date", "source": State.BIRTH_DATE, "dest": State.FACILITY},
    {"trigger": "finish", "source": [State.NAME, State.CONFIRM_DUE, State.BIRTH_DATE, State.FACILITY],
     "dest": menu.State.MAIN},
    {"trigger": "relanguage", "source": list(RESUMABLE), "dest": State.RELANGUAGE},
    *({"trigger": f"back_to_{step.name.lower()}", "source": State.RELANGUAGE, "dest": step} for step in RESUMABLE),
]

ASK_LANGUAGE = N_("Welcome to Aamcare: free messages for a healthy pregnancy and baby.\n"
                  "Choose your language:\n{languages}")


def ask_language(ctx: Context) -> None:
    ctx.say(ASK_LANGUAGE, languages=languages.menu())  # each language named in itself: she has not chosen yet


def on_language(ctx: Context) -> str | None:
    return "choose_language" if language.choose(ctx, ask_language) else None


def on_relanguage(ctx: Context) -> str | None:
    if not language.choose(ctx, menu.ask_language):
        return None
    resume = State(ctx.data.pop("resume", State.NAME))
    return f"back_to_{resume.name.lower()}"


def ask_consent(ctx: Context) -> None:
    ctx.say(N_("Aamcare will send you messages about your pregnancy and baby, and keep your name, phone number "
               "and dates to do so. Only your health workers can see them. You can reply STOP at any time.\n"
               "Do you agree?\n1 Yes\n2 No"))


def on_consent(ctx: Context) -> str | None:
    answer = yes_or_no(ctx.inbound.text)
    if answer is None:
        ctx.say(N_("Please reply 1 for Yes or 2 for No."))
        return None
    if answer:
        ctx.turn.record("consent", event="consent_given")
        ctx.data["consented_at"] = ctx.now.isoformat()
        return "agree"
    ctx.turn.record("consent", event="consent_refused")
    ctx.conversation.opted_out = True
    ctx.conversation.data = {}
    ctx.say(N_("Okay. We will not store your details or send you messages. If you change your mind, reply START."))
    ctx.prompt_after = False
    return "decline"


def ask_name(ctx: Context) -> None:
    ctx.say(N_("Thank you. What is your name?"))


def on_name(ctx: Context) -> str | None:
    """Her name, however she gives it ("my name is Sita"); told ahead, her pregnancy or baby spares that question."""
    text = ctx.inbound.text
    told = None if ctx.data.get(UPDATING) else _stage_told(text)
    if told:
        ctx.data["stage_hint"] = told
    if vocab.asks(text):  # "why do you need my name?" is no name: what it is for, then the question again
        ctx.say(N_("We use your name in our messages to you, and your health worker sees it. "
                   "Please type your name, for example: Sita"))
        return None
    name = names.name_in(text)
    if name is None or _stage_told(name) or vocab.means("yes", name) or vocab.means("no", name):
        ctx.say(N_("Please type your name, for example: Sita"))  # "I am pregnant" is no name
        return None
    ctx.data["name"] = name
    if ctx.data.get(UPDATING):
        return _updated(ctx)
    return _to_dates(ctx, ctx.data.pop("stage_hint", None)) or "give_name"


def _stage_told(text: str) -> str | None:
    """Her pregnancy or baby told in words ("I am pregnant", "bachha cha"): a baby's name alone is no such news
    ("Baby Kumari" is a name)."""
    if vocab.mentions("pregnant", text):
        return PREGNANT
    if intents.detect(text) == "baby_born" or vocab.mentions("have_baby", text):
        return BABY
    return None


def ask_stage(ctx: Context) -> None:
    ctx.say(N_("{name}, are you pregnant now, or do you have a baby?\n1 I am pregnant\n2 I have a baby"),
            name=ctx.data.get("name", ""))


def on_stage(ctx: Context) -> str | None:
    trigger = _to_dates(ctx, stage_in(ctx.inbound.text))
    if trigger is None:
        ctx.say(N_("Please reply 1 if you are pregnant or 2 if you have a baby."))
    return trigger


def _to_dates(ctx: Context, stage: str | None) -> str | None:
    """Her stage kept, and the trigger to the question of her dates (None: no stage)."""
    if stage not in (PREGNANT, BABY):
        return None
    ctx.data["stage"] = stage
    return _with_known_period(ctx) if stage == PREGNANT else "has_baby"


def stage_in(text: str) -> str | None:
    """"1", "I am pregnant", "pregnant hu", "garbhavati chu" / "2", "I have a baby", "bachha cha", "baby born"."""
    choice = vocab.number(text)
    if choice in (1, 2):
        return PREGNANT if choice == 1 else BABY
    if intents.detect(text) == "baby_born":
        return BABY
    if vocab.mentions("pregnant", text):  # "pregnant with my second baby" is pregnant
        return PREGNANT
    return BABY if vocab.mentions("baby", text) else None


def _with_known_period(ctx: Context) -> str:
    """She gave her last period when she asked to register: confirm it instead of asking again."""
    hint = ctx.data.pop("lmp_hint", None)
    if hint and pregnancy.check_lmp(date.fromisoformat(hint), ctx.today) is None:
        ctx.data["lmp"] = hint
        return "expecting_known"
    return "expecting"


def remember_period(ctx: Context, text: str) -> None:
    """"I want to register, my period came on 3 Feb": keep the date for the pregnancy question."""
    if vocab.mentions("period", text):
        found = dates.find_date(text, today=ctx.today, country=ctx.country)
        if found is not None:
            ctx.data["lmp_hint"] = found.value.isoformat()


def ask_pregnancy_date(ctx: Context) -> None:
    ctx.say(N_("When did your last period start? Send the date, for example 12/03/2026. "
               "Or send your due date, or how far along you are, for example: 20 weeks or 5 months."))


def on_pregnancy_date(ctx: Context) -> str | None:
    text = ctx.inbound.text
    if vocab.means("baby", text):
        ctx.data["stage"] = "baby"
        return "has_baby"
    lmp = lmp_from_answer(ctx, text)
    if lmp is None:
        return None
    ctx.data["lmp"] = lmp.isoformat()
    return "give_date"


def lmp_from_answer(ctx: Context, text: str) -> date | None:
    duration = dates.parse_duration(text)
    if duration is not None:
        return _checked_lmp(ctx, pregnancy.lmp_from_duration(duration.days, ctx.today))
    parsed = dates.parse_date(text, today=ctx.today, country=ctx.country)
    if parsed is None:
        ctx.say(N_("Sorry, I could not read that date. Please write it like 12/03/2026, or send: 20 weeks."))
        return None
    ctx.data["calendar"] = parsed.calendar
    if pregnancy.classify_pregnancy_date(parsed.value, ctx.today) == "due":
        problem = pregnancy.check_due_date(parsed.value, ctx.today)
        if problem:
            ctx.say(PROBLEMS[problem])
            return None
        return _checked_lmp(ctx, pregnancy.lmp_from_due_date(parsed.value))
    return _checked_lmp(ctx, parsed.value)


def _checked_lmp(ctx: Context, lmp: date) -> date | None:
    problem = pregnancy.check_lmp(lmp, ctx.today)
    if problem:
        ctx.say(PROBLEMS[problem])
        return None
    return lmp


PROBLEMS = {
    pregnancy.Problem.LMP_IN_FUTURE: N_("That date is in the future. Please send the first day of your last period."),
    pregnancy.Problem.TOO_EARLY: N_("That is less than 2 weeks of pregnancy, too early to be sure. Please check "
                                    "the date, or send it again after a health worker has confirmed your pregnancy."),
    pregnancy.Problem.TOO_LONG_AGO: N_("That is more than 42 weeks ago. If your baby is born, reply BABY. "
                                       "Otherwise please check the date and send it again."),
    pregnancy.Problem.DUE_PASSED: N_("That due date has already passed. If your baby is born, reply BABY. "
                                     "Otherwise please check the date and send it again."),
    pregnancy.Problem.DUE_TOO_FAR: N_("That due date is more than 40 weeks away. Please check it and send it again."),
    pregnancy.Problem.BIRTH_IN_FUTURE: N_("That date is in the future. Please send your baby's date of birth."),
    pregnancy.Problem.BABY_TOO_OLD: N_("Aamcare's messages are for babies up to 2 years old. "
                                       "Please check the date of birth and send it again."),
}


def ask_confirm_due(ctx: Context) -> None:
    lmp = date.fromisoformat(ctx.data["lmp"])
    weeks, _ = pregnancy.gestational_age(lmp, ctx.today)
    ctx.say(N_("Your due date is {due}. You are {weeks} weeks pregnant, in week {week}. Is that right?\n1 Yes\n2 No"),
            due=profile.show_date(ctx, pregnancy.due_date(lmp)), weeks=weeks, week=weeks + 1)
    if pregnancy.needs_confirmation(lmp, ctx.today):
        ctx.say(N_("It may be too early for a test to be sure. Please see a health worker to confirm your pregnancy."))
    if pregnancy.overdue(lmp, ctx.today):
        ctx.say(N_("You are past 41 weeks. Please go to a health facility today."))


def on_confirm_due(ctx: Context) -> str | None:
    text = ctx.inbound.text
    answer = yes_or_no(text)
    if answer is None and _gives_a_date(ctx, text):  # "my due date is 5 May", "no, I'm 22 weeks": a correction
        lmp = lmp_from_answer(ctx, text)
        if lmp is not None:
            ctx.data["lmp"] = lmp.isoformat()
            ask_confirm_due(ctx)
        return None
    if answer is None:
        ctx.say(N_("Please reply 1 for Yes or 2 for No."))
        return None
    if answer and ctx.data.get(UPDATING):
        return _updated(ctx)
    return "confirm" if answer else "correct"


def _gives_a_date(ctx: Context, text: str) -> bool:
    return (dates.find_duration(text) is not None
            or dates.find_date(text, today=ctx.today, country=ctx.country) is not None)


def ask_birth_date(ctx: Context) -> None:
    ctx.say(N_("Congratulations! When was your baby born? Send the date, for example 12/03/2026."))


def on_birth_date(ctx: Context) -> str | None:
    parsed = past_date(ctx, ctx.inbound.text)
    if parsed is None:
        ctx.say(N_("Sorry, I could not read that date. Please write it like 12/03/2026."))
        return None
    problem = pregnancy.check_birth(parsed.value, ctx.today)
    if problem:
        ctx.say(PROBLEMS[problem])
        return None
    ctx.data["born_on"] = parsed.value.isoformat()
    ctx.data["calendar"] = parsed.calendar
    return _updated(ctx) if ctx.data.get(UPDATING) else "give_birth_date"


def past_date(ctx: Context, text: str) -> dates.ParsedDate | None:
    """A birth is in the past: "12 March" without a year means the last 12 March, not the next one; "yesterday",
    "hijo" and "10 days ago" count back from today."""
    parsed = dates.parse_past_date(text, today=ctx.today, country=ctx.country)
    if parsed is not None and parsed.value > ctx.today:
        half_a_year_ago = ctx.today - timedelta(days=183)
        earlier = dates.parse_date(text, today=half_a_year_ago, country=ctx.country)
        if earlier is not None and earlier.value <= ctx.today:
            return earlier
    return parsed


def ask_facility(ctx: Context) -> None:
    ctx.say(N_("Which health facility or area are you from? Send its name or code, or reply SKIP."))


def on_facility(ctx: Context) -> str | None:
    text = " ".join(ctx.inbound.text.split())
    if vocab.means("skip", text) or vocab.means("no", text):
        ctx.data["facility"] = None
    elif _a_facility(ctx, text):
        code = ctx.find_facility(text[:MAX_FACILITY]) if ctx.find_facility else text[:MAX_FACILITY]
        if code is None:
            ctx.say(N_("We do not know a health facility by that name. Please send its code as written on your "
                       "card, or reply SKIP."))
            return None
        ctx.data["facility"] = code
    else:
        ctx.say(N_("Please send the name or code of your health facility, or reply SKIP."))
        return None
    if ctx.data.get(UPDATING):
        return _updated(ctx)
    profile.save(ctx)
    profile.confirm_registration(ctx)
    ctx.prompt_after = False
    return "finish"


def _a_facility(ctx: Context, text: str) -> bool:
    """A name or a code: not a yes, a date, a number of weeks, a question, nor a sentence longer than a place's name."""
    if not any(ch.isalpha() or ch.isdigit() for ch in text) or yes_or_no(text) is not None:
        return False
    if len(text.split()) > MAX_FACILITY_WORDS:
        return False
    if text.rstrip().endswith("?") or vocab.mentions("question", text):
        return False
    return not _gives_a_date(ctx, text)


def _updated(ctx: Context) -> str:
    """One detail changed from "update my details": her profile is saved and she is back at the menu."""
    ctx.data.pop(UPDATING, None)
    profile.save(ctx)
    ctx.say(N_("Done, your details are updated. Reply MENU for options."))
    ctx.prompt_after = False
    return "finish"


def yes_or_no(text: str) -> bool | None:
    choice = vocab.number(text)
    if choice in (1, 2):
        return choice == 1
    if vocab.means("yes", text):
        return True
    if vocab.means("no", text):
        return False
    return None


PROMPTS = {
    State.RELANGUAGE: menu.ask_language,
    State.LANGUAGE: ask_language, State.CONSENT: ask_consent, State.NAME: ask_name, State.STAGE: ask_stage,
    State.PREGNANCY_DATE: ask_pregnancy_date, State.CONFIRM_DUE: ask_confirm_due,
    State.BIRTH_DATE: ask_birth_date, State.FACILITY: ask_facility,
}
HANDLERS = {
    State.RELANGUAGE: on_relanguage,
    State.LANGUAGE: on_language, State.CONSENT: on_consent, State.NAME: on_name, State.STAGE: on_stage,
    State.PREGNANCY_DATE: on_pregnancy_date, State.CONFIRM_DUE: on_confirm_due,
    State.BIRTH_DATE: on_birth_date, State.FACILITY: on_facility,
}
