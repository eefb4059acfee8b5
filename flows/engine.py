"""The dialogue engine: `handle(ctx) -> Turn`. It decides; it never sends, sleeps or touches the database.

It lives with the flows it dispatches to (flows use bot/, never the other way round).

Order for every message: danger signs, a request to erase her data, opt-out state, global keywords (STOP, START,
HELP, MENU, LANGUAGE), input it cannot read, a half-finished flow left idle, and only then the current state's
handler. A handler's trigger moves the conversation through the one state machine, and the new state's question
follows.
"""
from __future__ import annotations

from datetime import timedelta
from functools import cache

from bot import intents, machine, vocab
from bot.context import Context
from bot.i18n import N_
from bot.turn import Turn
from flows import FLOWS, HANDLERS, PROMPTS, erasure, personal, questions, referral, registration, urgent, wishes
from flows.menu import say_help
from flows.registration import RESUMABLE

IDLE_RESUME = timedelta(hours=24)  # a flow left this long is resumed with a word of welcome
IDLE_RESTART = timedelta(days=30)  # ... and after this long it starts again


@cache
def _machine():
    return machine.build(FLOWS)


def handle(ctx: Context) -> Turn:
    conversation = ctx.conversation
    idle = _idle_for(ctx)
    conversation.last_inbound_at = ctx.now
    conversation.channel = ctx.inbound.channel
    if urgent.check(ctx) or _erasure(ctx):
        return ctx.turn
    if conversation.opted_out:
        _while_opted_out(ctx)
    elif not _global_keyword(ctx) and not _wish(ctx):
        _in_flow(ctx, idle)
    return ctx.turn


def _idle_for(ctx: Context) -> timedelta:
    last = ctx.conversation.last_inbound_at
    return ctx.now - last if last else timedelta(0)


def _erasure(ctx: Context) -> bool:
    """True when the message was about erasing her data and has been answered."""
    step = erasure.check(ctx)
    if step is erasure.Step.KEPT and not ctx.conversation.opted_out:
        _prompt(ctx)  # back to the question she was at
    return step is not erasure.Step.NONE


def _while_opted_out(ctx: Context) -> None:
    """Nothing is sent to a number that opted out, until it opts back in."""
    if vocab.means("opt_in", ctx.inbound.text) or intents.detect(ctx.inbound.text) == "opt_in":
        _opt_in(ctx)


def _global_keyword(ctx: Context) -> bool:
    text = ctx.inbound.text
    for kind, action in GLOBAL_KEYWORDS:
        if vocab.means(kind, text):
            action(ctx)
            return True
    return False


def _opt_in(ctx: Context) -> None:
    conversation = ctx.conversation
    if conversation.opted_out:
        conversation.opted_out = False
        ctx.turn.record("consent", event="opt_in")
    if ctx.mother is None:
        _move(ctx, "register")
        return
    ctx.say(N_("Welcome back, {name}! You will get your messages again."), name=ctx.mother.name)
    _move(ctx, "open_menu")


def _help(ctx: Context) -> None:
    say_help(ctx)
    _prompt(ctx)


def _menu(ctx: Context) -> None:
    if ctx.mother is None:
        _start_or_prompt(ctx)
    else:
        _move(ctx, "open_menu")


def _language(ctx: Context) -> None:
    """LANGUAGE: her choice of language, then back to where she was; a registration goes on without a new consent."""
    state = ctx.conversation.state
    if state in RESUMABLE:
        ctx.data["resume"] = state
        _move(ctx, "relanguage")
    elif ctx.mother is not None:
        _move(ctx, "change_language")
    else:
        _start_or_prompt(ctx)


GLOBAL_KEYWORDS = (("opt_out", wishes.opt_out), ("opt_in", _opt_in), ("help", _help), ("menu", _menu),
                   ("language", _language))


def _wish(ctx: Context) -> bool:
    """What she asked for in her own words (flows.wishes), in any state."""
    if ctx.inbound.blank:
        return False
    trigger = wishes.handle(ctx)
    if trigger:
        _move(ctx, trigger)
    return trigger is not None


def _in_flow(ctx: Context, idle: timedelta) -> None:
    state = ctx.conversation.state
    if state == machine.NEW or state not in HANDLERS:
        _first_message(ctx)
    elif ctx.inbound.blank:
        ctx.say(N_("Sorry, I can only read text. Please type your answer."))
        _prompt(ctx)
    elif _registering(state) and idle >= IDLE_RESTART:
        ctx.conversation.data = {}
        _move(ctx, "register")
    elif _registering(state) and idle >= IDLE_RESUME and vocab.means("greeting", ctx.inbound.text):
        ctx.say(N_("Welcome back! Let us continue where we stopped."))
        _prompt(ctx)
    else:
        _answer(ctx, state)


def _first_message(ctx: Context) -> None:
    """A question from a new number is answered first, then she is invited to register."""
    if ctx.mother is not None:
        _move(ctx, "open_menu")
        return
    text = ctx.inbound.text
    if vocab.mentions("register", text):
        registration.remember_period(ctx, text)
    elif not vocab.means("greeting", text) and (referral.check(ctx, text) or personal.calculate(ctx, text)
                                                or questions.answer(ctx, text)):
        ctx.say(N_("To get free messages for your pregnancy or baby, reply HI to register."))
        return
    _move(ctx, "register")


def _answer(ctx: Context, state: str) -> None:
    trigger = HANDLERS[state](ctx)
    if trigger:
        _move(ctx, trigger)


def _move(ctx: Context, trigger: str) -> None:
    ctx.conversation.state = _machine().fire(ctx.conversation.state, trigger)
    if ctx.prompt_after:
        _prompt(ctx)


def _prompt(ctx: Context) -> None:
    prompt = PROMPTS.get(ctx.conversation.state)
    if prompt:
        prompt(ctx)


def _start_or_prompt(ctx: Context) -> None:
    if _registering(ctx.conversation.state):
        _prompt(ctx)
    else:
        _move(ctx, "register")


def _registering(state: str) -> bool:
    return state.startswith("registration.")

