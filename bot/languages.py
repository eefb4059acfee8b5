"""The languages Aamcare speaks, read from content/languages.yaml: the one list every other part uses.

The language menu is built here from that list, so adding a language changes no sentence in the catalogs.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from bot.normalize import fold

REGISTRY = Path(__file__).resolve().parent.parent / "content" / "languages.yaml"
SOURCE = "en"  # the language the messages are written in: every fallback ends here


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # as the language menu shows it
    aliases: tuple[str, ...] = ()
    fallback: str | None = None
    markers: frozenset[str] = frozenset()  # folded everyday words of the language, in any script


@cache
def languages() -> tuple[Language, ...]:
    raw = yaml.safe_load(REGISTRY.read_text(encoding="utf-8"))
    return tuple(Language(entry["code"], entry["name"], tuple(entry.get("aliases") or ()), entry.get("fallback"),
                          frozenset(fold(str(word)) for word in entry.get("markers") or ()))
                 for entry in raw)


def codes() -> tuple[str, ...]:
    return tuple(language.code for language in languages())


def menu() -> str:
    """The numbered list of the language menu: "1 English\\n2 हिन्दी\\n3 नेपाली"."""
    return "\n".join(f"{number} {language.name}" for number, language in enumerate(languages(), start=1))


def by_number(number: int) -> str | None:
    return codes()[number - 1] if 1 <= number <= len(codes()) else None


def by_name(text: str) -> str | None:
    """The language she named ("nepali", "नेपाली", "English"), or None."""
    folded = fold(text)
    for language in languages():
        if folded in {fold(name) for name in (language.name, *language.aliases)}:
            return language.code
    return None


def chain(code: str) -> tuple[str, ...]:
    """`code`, then its fallbacks, ending with the source language: where to look for a translation."""
    known = {language.code: language for language in languages()}
    found: list[str] = []
    while code in known and code not in found:
        found.append(code)
        code = known[code].fallback or SOURCE
    if SOURCE not in found:
        found.append(SOURCE)
    return tuple(found)


def written_in(text: str, prefer: str | None = None) -> str | None:
    """The language the message is written in, by its everyday words ("pet ma dukhyo" is Nepali, "pet me dard
    hai" Hindi, in either script), or None when the words do not tell. When two languages tie, `prefer` wins if it
    is one of them ("baby le bich bich ma sas rokcha" from a Nepali number: as much English as Nepali)."""
    words = fold(text).split()
    shared = _shared_markers()
    scores = {language.code: sum(word in language.markers and word not in shared for word in words)
              for language in languages()}
    best = max(scores.values(), default=0)
    if best == 0:
        return None
    top = [code for code, score in scores.items() if score == best]
    if len(top) == 1:
        return top[0]
    return prefer if prefer in top else None


@cache
def _shared_markers() -> frozenset[str]:
    """Words listed for two languages tell neither apart."""
    seen: set[str] = set()
    shared: set[str] = set()
    for language in languages():
        shared |= seen & language.markers
        seen |= language.markers
    return frozenset(shared)
