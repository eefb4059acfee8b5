"""Understanding short answers: yes/no/skip, menu numbers, and the global keywords.

The word lists live in content/vocab.yaml. Every list is understood in every language.
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from bot.normalize import fold

VOCAB = Path(__file__).resolve().parent.parent / "content" / "vocab.yaml"
_NUMBER = re.compile(r"^(?:option |no |number |#)?(\d{1,2})[.)]?$")


@cache
def _lists(path: Path = VOCAB) -> dict[str, frozenset[str]]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {kind: frozenset(fold(str(word)) for word in words) for kind, words in raw.items()}


def kinds() -> list[str]:
    return sorted(_lists())


def means(kind: str, text: str) -> bool:
    """True when the whole message is one of the words for `kind` ("Yes!", "हाँ", "band karo")."""
    return _clean(text) in _lists()[kind]


def mentions(kind: str, text: str) -> bool:
    """True when one of the words or phrases for `kind` stands anywhere in the message."""
    padded = f" {' '.join(_PUNCTUATION.sub(' ', _clean(text)).split())} "  # "बच्चा गुजर गया. अब ...": a phrase before a stop
    words, phrases = _by_length(kind)
    return not words.isdisjoint(padded.split(" ")) or any(phrase in padded for phrase in phrases)


def begins(kind: str, text: str) -> bool:
    """True when the message opens with one of the words for `kind` ("is baby always born on the due date")."""
    first = _clean(text).split(" ", 1)[0]
    return first in _lists()[kind]


def asks(text: str) -> bool:
    """True when the message is a question: a "?", a question word anywhere, or an English yes-or-no opening."""
    return "?" in text or mentions("question_word", text) or begins("question_start", text)


@cache
def _by_length(kind: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """A list's single words (found by set look-up) and its phrases of several words, padded with spaces."""
    entries = _lists()[kind]
    return (frozenset(word for word in entries if " " not in word),
            tuple(f" {phrase} " for phrase in entries if " " in phrase))


def number(text: str) -> int | None:
    """A menu choice: "1", "1.", "१", "option 2"."""
    match = _NUMBER.match(_clean(text))
    return int(match.group(1)) if match else None


_PUNCTUATION = re.compile(r"[.,!?;:।|()\"]+")


def _clean(text: str) -> str:
    return fold(text).strip(" .-/:")
