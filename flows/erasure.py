"""Her data is hers: "DELETE MY DATA" (in her words too) asks once, and a YES erases her.

The flow only decides: on YES it records an "erase" action and says the last message she will get; the
service layer deletes her rows in the same transaction (services.erasure). Any other answer keeps everything.
Asked in any state, registered or not, opted out or not.
"""
from __future__ import annotations

from enum import Enum

from bot import intents, vocab
from bot.context import Context
from bot.i18n import N_

ASKED = "erasure_asked"  # in the conversation's data while her answer is awaited
ASK = N_("Do you want us to delete your details and all your messages? This cannot be undone and you will get "
         "no more messages from Aamcare. Reply YES to delete, or anything else to keep them.")
ERASED = N_("Done: your details and messages are deleted, and this is the last message you will get from us. "
            "If you write again, you start as a new user.")
KEPT = N_("Nothing was deleted.")


class Step(Enum):
    NONE = "none"  # not about erasure: the engine goes on as usual
    ASKED = "asked"
    ERASED = "erased"
    KEPT = "kept"  # she did not confirm: the engine repeats the question she was at


def wants(text: str) -> bool:
    return intents.detect(text) == "delete_my_data"  # sure or not: she is asked to confirm either way


def check(ctx: Context) -> Step:
    if ctx.data.pop(ASKED, None):
        if vocab.means("yes", ctx.inbound.text):
            ctx.turn.record("erase")
            ctx.say(ERASED)
            return Step.ERASED
        ctx.say(KEPT)
        return Step.KEPT
    if wants(ctx.inbound.text):
        ctx.data[ASKED] = True
        ctx.say(ASK)
        return Step.ASKED
    return Step.NONE
