"""What she wants, in her own words, in any state: `detect(text) -> intent id | None`.

The phrases live in content/intents.yaml and are tried in its order, so one message has one intent. An intent
found only through a phrase marked unsure ("enough", "band") comes back with `sure=False`: a flow that would act
on it (stop her messages) asks her once first.

Intent ids: opt_out, opt_in, delete_my_data, baby_born, loss, change_due_date, talk_to_health_worker, greeting,
thanks, domestic_violence, next_checkup, next_vaccine, reminder_done, reminder_later, change_language,
update_details.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import yaml

from bot.phrases import Phrase, message_keys

VOCABULARY = Path(__file__).resolve().parent.parent / "content" / "intents.yaml"


@dataclass(frozen=True)
class Intent:
    id: str
    sure: bool = True


@dataclass(frozen=True)
class _Rules:
    sure: tuple[Phrase, ...]
    unsure: tuple[Phrase, ...]
    only: frozenset[str]  # words that make the intent when the message holds nothing else but filler


@cache
def _vocabulary() -> tuple[dict[str, _Rules], frozenset[str]]:
    raw = yaml.safe_load(VOCABULARY.read_text(encoding="utf-8"))
    rules = {name: _rules(entry) for name, entry in raw["intents"].items()}
    return rules, frozenset(_keys(raw.get("filler") or ()))


def _rules(entry: dict) -> _Rules:
    return _Rules(sure=tuple(Phrase.parse(p) for p in entry.get("phrases") or ()),
                  unsure=tuple(Phrase.parse(p) for p in entry.get("unsure") or ()),
                  only=frozenset(_keys(entry.get("only") or ())))


def _keys(words) -> list[str]:
    return [key for word in words for key in message_keys(str(word))]


def ids() -> list[str]:
    return list(_vocabulary()[0])


@lru_cache(maxsize=256)  # one turn asks about the same message more than once (erasure, then wishes)
def match(text: str) -> Intent | None:
    """The intent of the message and whether it is sure, or None."""
    rules, filler = _vocabulary()
    keys = message_keys(text)
    if not keys:
        return None
    present = frozenset(keys)
    for name, rule in rules.items():
        if any(phrase.found_in(keys, present) for phrase in rule.sure) or _only(keys, rule.only, filler):
            return Intent(name)
        if any(phrase.found_in(keys, present) for phrase in rule.unsure):
            return Intent(name, sure=False)
    return None


def detect(text: str) -> str | None:
    """The intent id of the message, or None."""
    found = match(text)
    return found.id if found else None


def _only(keys: list[str], words: frozenset[str], filler: frozenset[str]) -> bool:
    return bool(words) and any(k in words for k in keys) and all(k in words or k in filler for k in keys)
