"""Translations from the gettext catalogs in locales/, loaded per locale, usable anywhere (jobs included).

Messages are written as `N_("...")` where they are declared, so `pybabel extract -k N_` finds them, and are
translated when a reply is built, in the user's stored language: `translate("ne", msgid, name="Sita")`.
Placeholders use `{name}` (python-brace-format).
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

from babel.support import NullTranslations, Translations

from bot import languages

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
LOCALES = languages.codes()
DOMAIN = "messages"


def N_(message: str) -> str:
    """Marks a message for extraction; translation happens later, per user."""
    return message


@cache
def catalog(locale: str) -> NullTranslations:
    """The locale's catalog; a message it lacks comes from its fallback language (content/languages.yaml)."""
    first, *rest = [Translations.load(str(LOCALES_DIR), [code], DOMAIN) for code in languages.chain(locale)]
    for fallback in rest:
        first.add_fallback(fallback)
    return first


def translate(locale: str | None, message: str, **params) -> str:
    text = catalog(supported(locale)).gettext(message)
    return text.format(**params) if params else text


def supported(locale: str | None) -> str:
    return locale if locale in LOCALES else languages.SOURCE


def translate_plural(locale: str | None, singular: str, plural: str, n: int, **params) -> str:
    text = catalog(supported(locale)).ngettext(singular, plural, n)
    return text.format(n=n, **params)


def guess(text: str, country: str, default: str) -> str:
    """Before she has chosen: the language her words are in ("pet ma dukhyo" is Nepali in any script; as many words
    of her country's language as of another, her country's); else Devanagari means Nepali in Nepal and Hindi in
    India; anything else, the default."""
    home = "ne" if country == "NP" else "hi"
    written = languages.written_in(text or "", prefer=home if country in ("NP", "IN") else None)
    if written in LOCALES:
        return written
    if any("\u0900" <= ch <= "\u097f" for ch in text or ""):
        return home
    return default


def compiled_catalog(locale: str):
    return LOCALES_DIR / locale / "LC_MESSAGES" / f"{DOMAIN}.mo"


def uncompiled(locales=LOCALES) -> list[str]:
    """Locales without a compiled catalog: gettext would answer them in English without a word."""
    return [locale for locale in locales if not compiled_catalog(locale).is_file()]


def outdated(locales=LOCALES) -> list[str]:
    """Locales whose compiled catalog is older than its .po: sentences changed since would come out in English."""
    return [locale for locale in locales if compiled_catalog(locale).is_file()
            and compiled_catalog(locale).stat().st_mtime < compiled_catalog(locale).with_suffix(".po").stat().st_mtime]
