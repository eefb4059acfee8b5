"""The main menu for a registered mother, and what she can ask from it in her own words."""
from __future__ import annotations

from enum import StrEnum

from bot import languages, vocab
from bot.context import Context
from bot.i18n import N_
from flows import language, personal, profile, questions, referral


class State(StrEnum):
    MAIN = "menu.main"
    LANGUAGE = "menu.language"


TRANSITIONS = [
    {"trigger": "open_menu", "source": "*", "dest": State.MAIN},
    {"trigger": "change_language", "source": "*", "dest": State.LANGUAGE},
    {"trigger": "choose_language", "source": State.LANGUAGE, "dest": State.MAIN},
]
OPTIONS = {1: "status", 2: "browse", 3: "change_language", 4: "update_details", 5: "help"}


def ask_main(ctx: Context) -> None:
    ctx.say(N_("Menu:\n1 My pregnancy or baby\n2 Health topics\n3 Change language\n4 Update my details\n"
               "5 Help\nOr type your question."))


def on_main(ctx: Context) -> str | None:
    text = ctx.inbound.text
    choice = OPTIONS.get(vocab.number(text))
    if choice == "status" or vocab.mentions("week_question", text) or vocab.mentions("due_question", text):
        profile.status(ctx)
        return None
    if choice == "help":
        say_help(ctx)
        return None
    if choice in ("browse", "change_language", "update_details"):
        return choice
    if vocab.number(text) is not None:  # a number that is not on the menu is no question
        ctx.say(N_("Sorry, I did not understand that."))
        ask_main(ctx)
        return None
    if vocab.mentions("register", text):
        return "register"
    if referral.check(ctx, text) or personal.calculate(ctx, text) or questions.answer(ctx, text):
        return None
    return questions.not_sure(ctx)


def ask_language(ctx: Context) -> None:
    ctx.say(N_("Choose your language:\n{languages}"), languages=languages.menu())


def on_language(ctx: Context) -> str | None:
    if not language.choose(ctx, ask_language):
        return None
    ctx.say(N_("Done. I will write to you in English."))
    return "choose_language"


def say_help(ctx: Context) -> None:
    from bot.country import emergency_number

    ctx.say(N_("Aamcare sends free messages for your pregnancy and your baby. Reply MENU for options, LANGUAGE to "
               "change language, STOP to stop messages. In an emergency go to the nearest health facility or call "
               "{number}."), number=emergency_number(ctx.country))


PROMPTS = {State.MAIN: ask_main, State.LANGUAGE: ask_language}
HANDLERS = {State.MAIN: on_main, State.LANGUAGE: on_language}
