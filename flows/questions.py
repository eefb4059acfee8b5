"""Questions: answers from the knowledge base, a topic menu when unsure, and a way to a health worker.

Below the matcher's confidence threshold we say so honestly, show the topics, and offer to pass her question
on; a passed question is stored for the health workers' dashboard.
"""
from __future__ import annotations

from enum import StrEnum

from bot import faq, vocab
from bot.context import Context
from bot.i18n import N_

PASS_ON = 0  # the menu number that sends her question to a health worker
PAGE = 8  # topics per page: a longer list costs many SMS segments in Devanagari
MORE = PAGE + 1  # the number that shows the next page


class State(StrEnum):
    GROUPS = "questions.groups"
    TOPICS = "questions.topics"


TRANSITIONS = [
    {"trigger": "browse", "source": "*", "dest": State.GROUPS},
    {"trigger": "pick_group", "source": State.GROUPS, "dest": State.TOPICS},
]


def answer(ctx: Context, text: str) -> bool:
    """Answer free text from the knowledge base; False when no answer is confident enough."""
    found = faq.match(text, ctx.locale)
    if found is None:
        return False
    ctx.turn.replies.append(found.text)  # knowledge-base text is already in her language
    return True


def not_sure(ctx: Context) -> str:
    """She asked something we cannot answer with confidence: say so in two SMS segments at most, keep her words
    for a health worker if she wants, and leave the topic list to MENU (a list costs many segments)."""
    ctx.data["question"] = ctx.inbound.text[:500]
    ctx.say(N_("Sorry, I do not know the answer to that. Reply 0 to send your question to a health worker, "
               "or MENU for options."))
    ctx.prompt_after = False
    return "browse"


def ask_groups(ctx: Context) -> None:
    lines = [f"{number} {title}" for number, (_, title) in enumerate(faq.groups(ctx.locale), start=1)]
    ctx.say(N_("Choose a topic:\n{topics}"), topics="\n".join(lines))
    if ctx.data.get("question"):
        ctx.say(N_("Or reply 0 to send your question to a health worker."))


def on_groups(ctx: Context) -> str | None:
    choice = vocab.number(ctx.inbound.text)
    groups = faq.groups(ctx.locale)
    if choice == PASS_ON and ctx.data.get("question"):
        return _pass_on(ctx)
    if choice is not None and 1 <= choice <= len(groups):
        ctx.data["group"] = groups[choice - 1][0]
        ctx.data["page"] = 0
        return "pick_group"
    return _free_text(ctx, ask_groups)


def ask_topics(ctx: Context) -> None:
    page = _page(ctx)
    lines = [f"{number} {topic.title}" for number, topic in enumerate(page, start=1)]
    ctx.say(N_("Choose a question:\n{topics}"), topics="\n".join(lines))
    if _has_more(ctx):
        ctx.say(N_("{number} More questions"), number=MORE)


def on_topics(ctx: Context) -> str | None:
    choice = vocab.number(ctx.inbound.text)
    page = _page(ctx)
    if choice is not None and 1 <= choice <= len(page):
        ctx.turn.replies.append(faq.answer(page[choice - 1].id, ctx.locale).text)
        return _done(ctx)
    if choice == MORE and _has_more(ctx):
        ctx.data["page"] = ctx.data.get("page", 0) + 1
        ask_topics(ctx)
        return None
    if choice == PASS_ON and ctx.data.get("question"):
        return _pass_on(ctx)  # "Reply 0 to send your question": she asked one we could not answer on this list too
    return _free_text(ctx, ask_topics)


def _page(ctx: Context) -> list:
    start = ctx.data.get("page", 0) * PAGE
    return faq.topics(ctx.locale, ctx.data.get("group"))[start:start + PAGE]


def _has_more(ctx: Context) -> bool:
    return len(faq.topics(ctx.locale, ctx.data.get("group"))) > (ctx.data.get("page", 0) + 1) * PAGE


def _free_text(ctx: Context, ask) -> str | None:
    """Her words while she looks at a list: answered when we can; another question we cannot answer gets the short
    "I do not know" again, not the whole list (many SMS segments); a number off the list gets the list again."""
    if vocab.number(ctx.inbound.text) is not None:
        ask(ctx)
        return None
    if answer(ctx, ctx.inbound.text):
        return _done(ctx)
    not_sure(ctx)
    return None


def _pass_on(ctx: Context) -> str:
    ctx.turn.record("question", text=ctx.data.pop("question"))
    ctx.say(N_("Thank you. Your question has been sent to a health worker, who will reply to you."))
    return _done(ctx)


def _done(ctx: Context) -> str:
    for key in ("group", "page", "question"):
        ctx.data.pop(key, None)
    ctx.say(N_("Reply MENU for more."))
    ctx.prompt_after = False
    return "open_menu"


PROMPTS = {State.GROUPS: ask_groups, State.TOPICS: ask_topics}
HANDLERS = {State.GROUPS: on_groups, State.TOPICS: on_topics}
