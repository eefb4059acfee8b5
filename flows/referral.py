""""Please also send these to my sister": she must agree from her own phone, so we send her nothing.

We tell the mother how her sister can join; no message goes to a number that has not asked for it.
"""
from __future__ import annotations

from bot import vocab
from bot.context import Context
from bot.i18n import N_


def check(ctx: Context, text: str) -> bool:
    if not (vocab.mentions("refer", text) and vocab.mentions("send", text)):
        return False
    ctx.say(N_("We can only send messages to a woman who joins from her own phone. Please ask her to send HI "
               "to this number; she will choose her language and agree herself."))
    return True
