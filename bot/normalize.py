"""Text normalisation shared by every matcher (keywords, answers, danger signs, questions).

People type in Devanagari, romanised Hindi/Nepali and English, with Devanagari digits,
stretched letters ("pleaseee") and stray punctuation. Matching happens on the folded form.
"""
import re
import unicodedata
from functools import lru_cache

DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
_STRETCHED = re.compile(r"([a-z])\1{2,}")
_SPACES = re.compile(r"\s+")
_DATE_PUNCTUATION = re.compile(r"[/\-.:]")


def digits(text: str) -> str:
    """Replace Devanagari digits with ASCII ones."""
    return text.translate(DEVANAGARI_DIGITS)


# Every matcher folds the same message again (a turn folds it about 25 times): the last texts are remembered.
@lru_cache(maxsize=1024)
def fold(text: str) -> str:
    """Case-fold, NFC-normalise, ASCII digits, drop emoji and punctuation, collapse spaces.

    Keeps `/ - . :` so dates and times survive; Devanagari vowel signs are kept (they are \\w or Mn).
    """
    text = unicodedata.normalize("NFC", text or "")
    text = digits(text).casefold()
    text = "".join(ch if _keep(ch) else " " for ch in text)
    text = _STRETCHED.sub(r"\1\1", text)
    return _SPACES.sub(" ", text).strip()


def words(text: str) -> list[str]:
    """The folded text split into words, with date punctuation also removed."""
    return list(_words(text))


@lru_cache(maxsize=1024)
def _words(text: str) -> tuple[str, ...]:
    return tuple(_DATE_PUNCTUATION.sub(" ", fold(text)).split())


def _keep(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category[0] in "LNM" or ch.isspace() or ch in "/-.:"
