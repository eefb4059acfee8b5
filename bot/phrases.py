"""Finding short phrases in a message, however the words are spelt: the matcher behind bot.intents.

A phrase is a list of words. Each word is compared by its spelling key (bot.danger.key: romanisation variants
and Devanagari vowel lengths fold together); `word*` matches any word that starts with it, `...` stands for
up to GAP_WORDS words of anything. A phrase written `=hi` must be the whole message.
"""
from __future__ import annotations

from dataclasses import dataclass

from bot.danger import key
from bot.normalize import words

GAP = "..."
GAP_WORDS = 3


@dataclass(frozen=True)
class Phrase:
    parts: tuple[str, ...]  # keyed words, "word*" prefixes and GAP
    whole: bool = False  # the message must be exactly this phrase
    required: frozenset[str] = frozenset()  # its whole words: a message without one of them cannot hold it

    @classmethod
    def parse(cls, text: str) -> "Phrase":
        text = str(text).strip()
        whole = text.startswith("=")
        parts = tuple(part for word in text.lstrip("=").split() for part in _parts(word))
        return cls(parts, whole, frozenset(part for part in parts if part != GAP and not part.endswith("*")))

    def found_in(self, keys: list[str], present: frozenset[str] | None = None) -> bool:
        """Whether the message's keys hold the phrase; `present` (the keys as a set), when given, rules most
        phrases out at once, which matters when a message is tried against a thousand of them."""
        if present is not None and not self.required <= present:
            return False
        if self.whole:
            return len(keys) == len(self.parts) and _match_at(self.parts, keys, 0) == len(keys)
        return any(_match_at(self.parts, keys, start) is not None for start in range(len(keys)))


_APOSTROPHES = str.maketrans({"'": None, "’": None, "`": None})


def message_keys(text: str) -> list[str]:
    """The message's words as spelling keys; "don't" and "dont" are one word, however she types it."""
    return [key(word) for word in words(str(text).translate(_APOSTROPHES))]


def _parts(word: str) -> list[str]:
    """One written word as keyed parts ("don't" is two words once folded, like in a message)."""
    if word == GAP:
        return [GAP]
    parts = message_keys(word.rstrip("*"))
    if word.endswith("*") and parts:
        parts[-1] += "*"
    return parts


def _match_at(parts: tuple[str, ...], keys: list[str], start: int) -> int | None:
    """Where the phrase ends when it starts at `start`, or None."""
    if not parts:
        return start
    head, rest = parts[0], parts[1:]
    if head == GAP:
        for skip in range(GAP_WORDS + 1):
            end = _match_at(rest, keys, start + skip)
            if end is not None:
                return end
        return None
    if start >= len(keys) or not _word_matches(head, keys[start]):
        return None
    return _match_at(rest, keys, start + 1)


def _word_matches(part: str, word: str) -> bool:
    if part.endswith("*"):
        return word.startswith(part[:-1])
    return word == part
