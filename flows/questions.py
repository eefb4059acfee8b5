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
    """She asked something we cannot answer with confidence: keep her words, show the topics."""
    ctx.data["question"] = ctx.inbound.text[:500]
    ctx.say(N_("Sorry, I am not sure I understood your question."))
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
        return "pick_group"
    return _free_text(ctx, ask_groups)


def ask_topics(ctx: Context) -> None:
    topics = faq.topics(ctx.locale, ctx.data.get("group"))
    lines = [f"{number} {topic.title}" for number, topic in enumerate(topics, start=1)]
    ctx.say(N_("Choose a question:\n{topics}"), topics="\n".join(lines))


def on_topics(ctx: Context) -> str | None:
    choice = vocab.number(ctx.inbound.text)
    topics = faq.topics(ctx.locale, ctx.data.get("group"))
    if choice is not None and 1 <= choice <= len(topics):
        ctx.turn.replies.append(faq.answer(topics[choice - 1].id, ctx.locale).text)
        return _done(ctx)
    return _free_text(ctx, ask_topics)


def _free_text(ctx: Context, ask) -> str | None:
    if answer(ctx, ctx.inbound.text):
        return _done(ctx)
    ask(ctx)
    return None


def _pass_on(ctx: Context) -> str:
    ctx.turn.record("question", text=ctx.data.pop("question"))
    ctx.say(N_("Thank you. Your question has been sent to a health worker, who will reply to you."))
    return _done(ctx)


def _done(ctx: Context) -> str:
    ctx.data.pop("group", None)
    ctx.data.pop("question", None)
    ctx.say(N_("Reply MENU for more."))
    ctx.prompt_after = False
    return "open_menu"


PROMPTS = {State.GROUPS: ask_groups, State.TOPICS: ask_topics}
HANDLERS = {State.GROUPS: on_groups, State.TOPICS: on_topics}
