"""What she asks for in her own words (bot.intents), in any state, before the current flow reads her answer.

While she registers, only her phrases are read, never a guess: her answers there are names, dates and places.
Violence at home gets a safe, kind answer with the helpline; "no more messages" stops them (an unclear wish to
stop is asked about once); "I want to talk to a health worker" leaves her words in the health workers' inbox;
"hello" and "thank you" from a registered mother get a short answer, never a list. Other intents belong to their
own flows (HANDLERS is the registry: a flow adds its intent there).
"""
from __future__ import annotations

from bot import intents, vocab
from bot.context import Context
from bot.country import emergency_number, violence_helpline
from bot.i18n import N_
from flows import timeline

CHOOSING = ("menu.language", "details.choose")
CONFIRM_STOP = "confirm_stop"  # in ctx.data: we asked whether she wants to stop
STOP_ASKED = N_("Do you want to stop all messages from Aamcare? Reply YES to stop or NO to keep them.")
STOPPED = N_("You will not get any more messages from Aamcare. Reply START to join again.")
KEPT = N_("Good, your messages will continue.")
VIOLENCE = N_("I am sorry this is happening. It is not your fault and you deserve to be safe. Call the women's "
              "helpline {helpline} (free, 24 hours). If you are in danger now, call the police on {police}.")
VIOLENCE_NO_HELPLINE = N_("I am sorry this is happening. It is not your fault and you deserve to be safe. If you are "
                          "in danger now, call {number}. A health worker can help you find support.")
PASSED_ON = N_("I have passed your message to the health workers. In an emergency go to the nearest health "
               "facility or call {number}.")


STAY = ""  # handled, and the conversation stays where it is
# A loss of hers is the timeline's to record (flows/timeline.py). One that is not hers, a question about losses or
# another woman's, hides no other wish: "what causes miscarriage? also stop the messages" wants the messages stopped.
LOSS = "loss"


def handle(ctx: Context) -> str | None:
    """None when the message is none of these wishes; else it has been answered, and the result is the trigger
    to fire (or STAY)."""
    if ctx.data.pop(CONFIRM_STOP, None) and _answered_stop_question(ctx):
        return STAY
    guess = not ctx.conversation.state.startswith("registration.")
    found = intents.match(ctx.inbound.text, guess=guess)
    if found is not None and found.id == LOSS and not timeline.her_loss(ctx.inbound.text, found.id):
        found = intents.match(ctx.inbound.text, guess=guess, without=frozenset({LOSS}))  # what else does she want?
    handler = HANDLERS.get(found.id) if found else None
    return handler(ctx, found) if handler else None


def opt_out(ctx: Context) -> None:
    ctx.conversation.opted_out = True
    ctx.turn.record("consent", event="opt_out")
    if not ctx.inbound.opted_out_by_carrier:  # Twilio already confirmed it: never confirm twice
        ctx.say(STOPPED)


def _stop(ctx: Context, found: intents.Intent) -> str:
    if found.sure:
        opt_out(ctx)
    else:
        ctx.data[CONFIRM_STOP] = True
        ctx.say(STOP_ASKED)
    return STAY


def _answered_stop_question(ctx: Context) -> bool:
    text = ctx.inbound.text
    if vocab.means("yes", text) or vocab.number(text) == 1:
        opt_out(ctx)
        return True
    if vocab.means("no", text) or vocab.number(text) == 2:
        ctx.say(KEPT)
        return True
    return False  # she wrote something else: read it as a new message


def _violence(ctx: Context, found: intents.Intent) -> str:
    numbers = violence_helpline(ctx.country)
    if numbers is None:
        ctx.say(VIOLENCE_NO_HELPLINE, number=emergency_number(ctx.country))
    else:
        ctx.say(VIOLENCE, helpline=numbers[0], police=numbers[1])
    return STAY


def _health_worker(ctx: Context, found: intents.Intent) -> str:
    ctx.turn.record("question", text=ctx.inbound.text[:500])
    ctx.say(PASSED_ON, number=emergency_number(ctx.country))
    return STAY


def _greeting(ctx: Context, found: intents.Intent) -> str | None:
    if not _settled(ctx):
        return None
    ctx.say(N_("Hello {name}! Type your question, or reply MENU for options."), name=ctx.mother.name)
    ctx.prompt_after = False
    return "open_menu"  # whatever list she was choosing from is closed


def _thanks(ctx: Context, found: intents.Intent) -> str | None:
    if not _settled(ctx):
        return None
    ctx.say(N_("You are welcome, {name}."), name=ctx.mother.name)
    ctx.prompt_after = False
    return "open_menu"


def _change(trigger: str):
    """"Send it in Nepali", "update my details": that menu's question, for a registered mother."""
    def handler(ctx: Context, found: intents.Intent) -> str | None:
        choosing = ctx.conversation.state in CHOOSING  # "nepali" there is her answer, not a wish
        return trigger if _settled(ctx) and not choosing else None
    return handler


def _settled(ctx: Context) -> bool:
    """Registered and not in the middle of registering: small talk is not an answer to a question."""
    return ctx.mother is not None and not ctx.conversation.state.startswith("registration.")


HANDLERS = {"domestic_violence": _violence, "opt_out": _stop, "talk_to_health_worker": _health_worker,
            "greeting": _greeting, "thanks": _thanks, "change_language": _change("change_language"),
            "update_details": _change("update_details")}
