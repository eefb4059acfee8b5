"""Everything a flow handler needs for one message, and the one way it speaks: `ctx.say(msgid, ...)`."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Callable

from bot.dialogue import Dialogue
from bot.i18n import supported, translate, translate_plural
from bot.inbound import Inbound
from bot.turn import Turn


@dataclass
class Context:
    conversation: Dialogue
    inbound: Inbound
    now: datetime
    today: date  # in the service's time zone: what "today" means to her
    country: str
    default_locale: str = "en"
    turn: Turn = field(default_factory=Turn)
    prompt_after: bool = True  # say the new state's question after a transition
    # Whether an alert raised now would reach a health worker (asked only when there is a danger sign).
    someone_to_alert: Callable[[], bool] = lambda: False
    # Her facility answer -> the code of the facility she means, or None when none matches (the service layer
    # knows the facilities). Not given: the answer is kept as she wrote it.
    find_facility: Callable[[str], str | None] | None = None

    @property
    def locale(self) -> str:
        return supported(self.conversation.locale or self.default_locale)

    @property
    def data(self) -> dict:
        return self.conversation.data

    @property
    def mother(self):
        return self.conversation.mother

    def say(self, message: str, **params) -> None:
        self.turn.replies.append(translate(self.locale, message, **params))

    def say_in(self, locale: str, message: str, **params) -> None:
        """Say it in another language than hers: the one a danger sign was written in."""
        self.turn.replies.append(translate(locale, message, **params))

    def text(self, message: str, **params) -> str:
        return translate(self.locale, message, **params)

    def text_plural(self, singular: str, plural: str, n: int) -> str:
        return translate_plural(self.locale, singular, plural, n)
