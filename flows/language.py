"""Choosing a language: by its number in the language menu or by its name in any script (content/languages.yaml)."""
from __future__ import annotations

from bot import languages, vocab
from bot.context import Context


def choice(text: str) -> str | None:
    number = vocab.number(text)
    if number is not None:
        return languages.by_number(number)
    return languages.by_name(text)


def choose(ctx: Context, ask) -> bool:
    """Store her choice; when the answer is no language, ask again. True when she chose one."""
    locale = choice(ctx.inbound.text)
    if locale is None:
        ask(ctx)
        return False
    ctx.conversation.locale = locale
    if ctx.mother is not None:
        ctx.mother.locale = locale
    return True
