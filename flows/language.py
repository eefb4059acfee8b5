"""Choosing a language: by menu number (1 English, 2 हिन्दी, 3 नेपाली) or by its name in any script."""
from __future__ import annotations

from bot import vocab
from bot.context import Context
from bot.i18n import LOCALES
from bot.normalize import fold

NAMES = {"en": ("english", "angreji", "अंग्रेजी"), "hi": ("hindi", "हिन्दी", "हिंदी"), "ne": ("nepali", "नेपाली")}


def choice(text: str) -> str | None:
    number = vocab.number(text)
    if number is not None:
        return LOCALES[number - 1] if 1 <= number <= len(LOCALES) else None
    folded = fold(text)
    return next((code for code, names in NAMES.items() if folded in names), None)


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
