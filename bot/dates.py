"""Dates and durations as mothers type them: "12/03/2026", "3rd feb", "२०८२ मंसिर १०", "20 weeks", "५ महिना".

Registration asks for a last period, a due date or a baby's birth date. Answers come in English, romanised
Hindi or Nepali and Devanagari, in the Gregorian calendar or, in Nepal, in Bikram Sambat (BS). Every date is
returned in the Gregorian calendar together with the calendar she wrote it in, so that we can answer in it.

Reading rules:
- numeric dates are day first (the usage in Nepal and India): 12/03/2026 is 12 March;
- in Nepal (country "NP") a year 2070..2090 is a BS year, and BS month names are understood; a numeric
  date without a year (12/03) is Gregorian;
- a date without a year takes the year that puts it closest to today (mothers mean the recent past or the
  near future; the caller checks the range);
- "n months" is n x 30.4 days (the Aamcare convention: "accept n months pregnant as n x 30.4 days");
- a relative date ("yesterday", "10 days ago", "last Monday", "हिजो", "३ दिन पहिले", romanised "hijo", "kal",
  "10 din pehle") is a day in the past, read by dateparser once romanised words are put in English.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from types import MappingProxyType

import nepali_datetime
from babel.core import UnknownLocaleError
from babel.dates import format_date as babel_format_date
from rapidfuzz import fuzz, process

from bot.normalize import digits, fold

BS_YEARS = range(2070, 2091)  # AD years this far ahead are never meant, so these read as BS in Nepal
DAYS_PER_MONTH = 30.4
MAX_AMOUNT = 999  # longer numbers are phone numbers or ids, not weeks or months

_AD_MONTHS = {
    1: "jan january janu janvari janwari जनवरी",
    2: "feb febr february febuary feburary febrary farvari farwari फरवरी फेब्रुअरी फेब्रुवरी",
    3: "mar march मार्च",
    4: "apr april aprail अप्रैल अप्रिल एप्रिल",
    5: "may मई मे",  # not "mai": it is Hindi for "I"
    6: "jun june जून जुन",
    7: "jul july जुलाई",
    8: "aug august अगस्त अगस्ट",
    9: "sep sept september सितंबर सितम्बर सेप्टेम्बर सेप्टेंबर",
    10: "oct october अक्टूबर अक्तूबर अक्टोबर अक्टुबर",
    11: "nov november नवंबर नवम्बर नोभेम्बर नोवेम्बर",
    12: "dec december दिसंबर दिसम्बर डिसेम्बर",
}
# Hindi speakers in India use several of these names for lunar months, so they are read only in Nepal.
_BS_MONTHS = {
    1: "baisakh baishakh baisak baishak vaisakh vaishakh बैशाख वैशाख बैसाख",
    2: "jestha jeth jeshtha jyeshtha jesth जेठ जेष्ठ ज्येष्ठ",
    3: "asar asadh ashadh ashad asad ashar असार आषाढ असाढ",
    4: "shrawan shravan srawan sawan saun साउन श्रावण सावन",
    5: "bhadra bhadau bhado bhadaw भदौ भाद्र",
    6: "asoj ashoj ashwin aswin असोज आश्विन अश्विन",
    7: "kartik kartika kattik kartick कात्तिक कार्तिक",
    8: "mangsir mangshir mansir manshir marga मंसिर मङ्सिर मङसिर मार्ग मार्गशीर्ष",
    9: "poush paush push pus पुस पौष पुष पूस",
    10: "magh माघ",
    11: "falgun fagun phalgun phagun फागुन फाल्गुन फाल्गुण",
    12: "chaitra chait chaita चैत चैत्र",
}
# How a BS date is shown: the names Nepali calendars print, and their usual English spelling.
BS_MONTHS_NE = ("बैशाख", "जेठ", "असार", "साउन", "भदौ", "असोज", "कात्तिक", "मंसिर", "पुस", "माघ", "फागुन", "चैत")
BS_MONTHS_EN = ("Baishakh", "Jestha", "Asar", "Shrawan", "Bhadra", "Asoj", "Kartik", "Mangsir", "Poush", "Magh",
                "Falgun", "Chaitra")
_TO_DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")

# Words that sit inside a date without changing it: "3rd", "12th of March", "मंसिर १० गते", "2082 saal".
# Ordinals stay in durations: "5th month" is the month she is in, which we do not guess at.
_ORDINALS = frozenset({"st", "nd", "rd", "th"})
_FILLERS = _ORDINALS | {"of", "the", "gate", "गते", "sal", "saal", "साल", "tarikh", "tarik", "तारिख", "तारीख"}

_DURATION_FILLERS = _FILLERS - _ORDINALS

_WEEK_UNITS = frozenset({"week", "weeks", "wk", "wks", "w", "weks", "hapta", "hafta", "hapte", "hafte", "haptaa",
                         "saptah", "sapta", "सप्ताह", "हप्ता", "हफ्ता", "हफ्ते", "हप्ते"})
_MONTH_UNITS = frozenset({"month", "months", "mnth", "mth", "mths", "mo", "mos", "monts", "mahina", "mahine",
                          "mahino", "mahena", "mahinaa", "maheena", "mahinay", "mahiney", "maina", "महिना", "महीना",
                          "महीने", "महिने"})
_DAY_UNITS = frozenset({"day", "days", "d", "din", "दिन"})
_UNITS = _WEEK_UNITS | _MONTH_UNITS | _DAY_UNITS
# Postpositions written onto the word before them: "१४ हप्तामा", "मंसिरको १० गते", "6 mahinama"; and the Nepali
# feminine ending of how far along she is: "म ८ महिनाकी", "३५ हप्ताकी".
_POSTPOSITIONS = ("मा", "को", "में", "ma", "ko", "की", "कि", "ki")
_NUMBER_WORDS = {
    1: "one ek एक", 2: "two do dui दो दुई", 3: "three teen tin तीन", 4: "four char chaar चार",
    5: "five panch paanch पाँच पांच", 6: "six chha chhe chah chhah chhaha छ छह छः", 7: "seven saat sat सात",
    8: "eight aath ath आठ", 9: "nine nau nou नौ नौं", 10: "ten das dus दस",
}

# A date is a run of token kinds: n = 1-2 digit number, y = 4-digit number, M = month name, s = "/" or "-",
# p = "." (kept apart: "1.5" is not a date), u = a unit of time, w = any other word, x = anything else.
# Each pattern gives the roles of its non-separator tokens; at one place the first pattern that fits is the
# reading. A number followed by a unit is a duration, not part of a date: "3 feb 20 weeks" is 3 February.
_PATTERNS = tuple((re.compile(shape), roles) for shape, roles in (
    (r"y[sp]n[sp]n(?!u)", "ymd"),             # 2026-03-12, 2082/8/10
    (r"n[sp]n[sp](?:y|n(?!u))", "dmy"),       # 12/03/2026, 12-3-26, 12.3.2026
    (r"ys?Ms?n(?!u)", "ymd"),                 # 2082 Mangsir 10, २०८२ मंसिर १०
    (r"ns?Ms?(?:y|n(?!u))", "dmy"),           # 12 mar 2026, 10 Mangsir 2082, 12-mar-26
    (r"ns?M", "dm"),                          # 3rd feb, 12th of march
    (r"Ms?n(?!u)(?:s?y)?", "mdy"),            # March 12, March 12 2026, मंसिर १०
    (r"nsn(?!u)", "dm"),                      # 12/03 (not 12.03: that is a number)
))


@dataclass(frozen=True)
class ParsedDate:
    value: date     # Gregorian date
    calendar: str   # "AD" or "BS": what she wrote


@dataclass(frozen=True)
class Duration:
    days: int
    unit: str       # "weeks" or "months": what she wrote
    amount: int


@dataclass(frozen=True)
class _Token:
    text: str
    kind: str


def parse_date(text: str, *, today: date, country: str) -> ParsedDate | None:
    """The date an answer gives, or None when it gives none, two, or one that does not exist (31/02/2026).

    Words around the date are allowed ("born on 3 feb", "मंसिर १० गते"); another number is not, because then
    we cannot tell which one she meant.
    """
    tokens = _tokens(text, country)
    found = list(_dates(tokens, today, country))
    if len(found) != 1 or found[0][1] is None:
        return None
    start, parsed, end = found[0]
    if _has_number(tokens[:start] + tokens[end:]):
        return None
    return parsed


def parse_past_date(text: str, *, today: date, country: str) -> ParsedDate | None:
    """A date as parse_date reads it, else a relative one ("yesterday", "hijo", "10 days ago")."""
    return parse_date(text, today=today, country=country) or relative_date(text, today=today)


# Romanised Hindi and Nepali words for relative days, in English for dateparser (which reads English and
# Devanagari). "kal" and "कल" are yesterday or tomorrow: in a past date they are yesterday.
_RELATIVE_WORDS = {
    "hijo": "yesterday", "hijjo": "yesterday", "hija": "yesterday", "kal": "yesterday", "kaal": "yesterday",
    "कल": "yesterday", "asti": "day before yesterday", "अस्ति": "day before yesterday", "parso": "2 days ago",
    "parson": "2 days ago", "parsun": "2 days ago", "aaja": "today", "aja": "today", "aaj": "today",
    "din": "days", "dina": "days", "hapta": "weeks", "hafta": "weeks", "hafte": "weeks", "mahina": "months",
    "pahile": "ago", "pahila": "ago", "pehle": "ago", "pahle": "ago", "agadi": "ago", "agaadi": "ago",
    "pachhi": "ago", "purano": "ago", "gayeko": "last", "gaeko": "last", "pichhle": "last", "pichle": "last",
}
_RELATIVE_MARKS = re.compile(r"\b(yesterday|today|ago|last|days?|weeks?|months?|monday|tuesday|wednesday|thursday|"
                             r"friday|saturday|sunday)\b|हिजो|पहिले|पहले|अघि|कल|आज|परसों|गए|गत|पिछले", re.IGNORECASE)
_UNRELATIVE = re.compile(r"\b(week|weeks|months?)\s+(pregnant|preg)\b|\d+\s*/\s*\d+", re.IGNORECASE)


def relative_date(text: str, *, today: date) -> ParsedDate | None:
    """A day counted back from today, or None. "20 weeks pregnant" is a duration, not a date."""
    words = [_RELATIVE_WORDS.get(word, word) for word in fold(digits(text)).split()]
    english = " ".join(word for word in words if word not in _RELATIVE_FILLERS)
    if not _RELATIVE_MARKS.search(english) or _UNRELATIVE.search(english):
        return None
    found = _dateparser().parse(english, languages=["en", "hi", "ne"], settings={
        "RELATIVE_BASE": datetime(today.year, today.month, today.day, 12), "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False})
    if found is None or found.date() > today:
        return None
    return ParsedDate(found.date(), "AD")


_RELATIVE_FILLERS = frozenset({"on", "born", "was", "she", "he", "baby", "my", "the", "it", "is", "came", "delivered",
                               "bhayo", "hua", "hui", "ko", "ka", "ki", "ma", "me", "mein", "janmiyo", "paida",
                               "को", "मा", "में", "भयो", "हुआ", "हुई", "जन्मियो", "जन्म", "भएको", "से"})


@cache
def _dateparser():
    import dateparser  # slow to import: only when a relative date is asked for

    return dateparser


def find_date(text: str, *, today: date, country: str) -> ParsedDate | None:
    """The first real date inside a sentence: "my period came on 3rd feb, when will baby come?"."""
    for _, parsed, _ in _dates(_tokens(text, country), today, country):
        if parsed is not None:
            return parsed
    return None


def parse_duration(text: str) -> Duration | None:
    """How far along an answer says she is ("20 weeks", "५ महिना", "I am 20 wks pregnant"), or None.

    None when there is no duration, more than one, or another number beside it.
    """
    tokens = _tokens(text, "", skip=_DURATION_FILLERS)
    found = list(_durations(tokens))
    if len(found) != 1:
        return None
    start, duration, end = found[0]
    return None if _has_number(tokens[:start] + tokens[end:]) else duration


def find_duration(text: str) -> Duration | None:
    """The first duration inside a sentence: "30 weeks now, how long left?"."""
    tokens = _tokens(text, "", skip=_DURATION_FILLERS)
    return next((duration for _, duration, _ in _durations(tokens)), None)


def format_date(value: date, *, locale: str, country: str) -> str:
    """A date as we show it to a mother.

    en "12 March 2026"; hi "12 मार्च 2026". In Nepal the Bikram Sambat date comes first, as Nepali calendars
    print it: ne "२०८२ मंसिर १०"; en "10 Mangsir 2082 (26 November 2025)"; hi "२०८२ मंसिर १० (26 नवंबर 2025)".
    """
    bs = _ad_to_bs(value) if country == "NP" else None
    if bs is None:
        return _gregorian(value, locale)
    if locale == "ne":
        return _bs_devanagari(bs)
    shown = _bs_english(bs) if locale == "en" else _bs_devanagari(bs)
    return f"{shown} ({_gregorian(value, locale)})"


# Tokens


def _tokens(text: str, country: str, skip: frozenset[str] = _FILLERS) -> list[_Token]:
    # ZWJ/ZWNJ appear inside Devanagari conjuncts (मङ्‌सिर) and nukta spellings vary (फ़रवरी/फरवरी)
    folded = fold(text.replace("\u200c", "").replace("\u200d", "")).replace("\u093c", "")
    words = [_unattached(word, country) for word in re.findall(r"\d+|[/\-.:]|[^\s\d/\-.:]+", folded)]
    return [_Token(word, _kind(word, country)) for word in words if word not in skip]


def _unattached(word: str, country: str) -> str:
    """A unit or month name without the postposition written onto it ("हप्तामा" -> "हप्ता")."""
    names = _NAMES_NP if country == "NP" else _NAMES
    for ending in _POSTPOSITIONS:
        stem = word.removesuffix(ending)
        if stem != word and len(stem) > 1 and (stem in _UNITS or stem in names):
            return stem
    return word


def _kind(word: str, country: str) -> str:
    if word.isascii() and word.isdigit():
        return {1: "n", 2: "n", 4: "y"}.get(len(word), "x")
    if word in "/-":
        return "s"
    if word == ".":
        return "p"
    if word == ":":
        return "x"
    if word in _UNITS:
        return "u"
    return "M" if _month(word, country) else "w"


def _has_number(tokens: list[_Token]) -> bool:
    return any(token.kind in "nyx" and token.text.isdigit() for token in tokens)


# Month names


def _month(word: str, country: str) -> tuple[int, str] | None:
    """(month number, calendar) for a month name, allowing a small typo in longer names ("septembar").

    A typo must keep the first letter, so that ordinary words stay words ("member" is not "november").
    """
    names = _NAMES_NP if country == "NP" else _NAMES
    if word in names:
        return names[word]
    if len(word) < 5 or not word.isascii():
        return None
    alike = [name for name in names if name[0] == word[0]]
    best = process.extractOne(word, alike, scorer=fuzz.ratio, score_cutoff=85)
    return names[best[0]] if best else None


def _names(table: dict[int, str], calendar: str) -> dict[str, tuple[int, str]]:
    return {name: (number, calendar) for number, spellings in table.items() for name in spellings.split()}


_NAMES = MappingProxyType(_names(_AD_MONTHS, "AD"))
_NAMES_NP = MappingProxyType(_names(_AD_MONTHS, "AD") | _names(_BS_MONTHS, "BS"))


# Dates


def _dates(tokens: list[_Token], today: date, country: str):
    """(start, ParsedDate or None when it does not exist, end) for each date-shaped run, left to right."""
    shape = "".join(token.kind for token in tokens)
    start = 0
    while start < len(tokens):
        match = _match_at(shape, start)
        if match is None:
            start += 1
            continue
        end, roles = match
        parts = [token for token in tokens[start:end] if token.kind not in "sp"]
        yield start, _resolve(dict(zip(roles, parts)), today, country), end
        start = end


def _match_at(shape: str, start: int) -> tuple[int, str] | None:
    for pattern, roles in _PATTERNS:
        match = pattern.match(shape, start)
        if match:
            return match.end(), roles
    return None


def _resolve(parts: dict[str, _Token], today: date, country: str) -> ParsedDate | None:
    month, calendar = _month_and_calendar(parts, country)
    day = int(parts["d"].text)
    if "y" not in parts:
        return _nearest(day, month, calendar, today)
    year = _full_year(parts["y"].text)
    if calendar == "BS" and year not in BS_YEARS:
        return None
    value = _bs_to_ad(year, month, day) if calendar == "BS" else _ad(year, month, day)
    return ParsedDate(value, calendar) if value else None


def _month_and_calendar(parts: dict[str, _Token], country: str) -> tuple[int, str]:
    token = parts["m"]
    if token.kind == "M":
        return _month(token.text, country)
    year = parts.get("y")
    is_bs = country == "NP" and year is not None and _full_year(year.text) in BS_YEARS
    return int(token.text), "BS" if is_bs else "AD"


def _full_year(text: str) -> int:
    """Two-digit years are this century: "26" is 2026, and in Nepal "82" is 2082 BS."""
    return 2000 + int(text) if len(text) <= 2 else int(text)


def _nearest(day: int, month: int, calendar: str, today: date) -> ParsedDate | None:
    """The year that puts day/month closest to today; on a tie, the past (a period more often than a due date)."""
    if calendar == "BS":
        this_year = nepali_datetime.date.from_datetime_date(today).year
        candidates = [_bs_to_ad(year, month, day) for year in (this_year - 1, this_year, this_year + 1)]
    else:
        candidates = [_ad(year, month, day) for year in (today.year - 1, today.year, today.year + 1)]
    candidates = [value for value in candidates if value is not None]
    if not candidates:
        return None
    best = min(candidates, key=lambda value: (abs((value - today).days), value > today))
    return ParsedDate(best, calendar)


def _ad(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _bs_to_ad(year: int, month: int, day: int) -> date | None:
    try:
        return nepali_datetime.date(year, month, day).to_datetime_date()
    except (ValueError, OverflowError):
        return None


# Durations


def find_durations(text: str) -> list[Duration]:
    """Every duration in the text, left to right: a volunteer's round tells of several women ("गीता ५ महिनाकी ...
    सीता ८ महिनाकी")."""
    tokens = _tokens(text, "", skip=_DURATION_FILLERS)
    return [duration for _, duration, _ in _durations(tokens)]


def _durations(tokens: list[_Token]):
    """(start, Duration, end) for each "number unit" in the text, left to right."""
    for index in range(len(tokens) - 1):
        amount = _amount(tokens, index)
        unit = tokens[index + 1].text
        if amount is None or not (unit in _WEEK_UNITS or unit in _MONTH_UNITS):
            continue
        if unit in _MONTH_UNITS:
            yield index, Duration(round(amount * DAYS_PER_MONTH), "months", amount), index + 2
        else:
            extra, end = _extra_days(tokens, index + 2)
            yield index, Duration(amount * 7 + extra, "weeks", amount), end


def _amount(tokens: list[_Token], index: int) -> int | None:
    text = tokens[index].text
    if index >= 1 and tokens[index - 1].kind in "sp":
        return None  # "4.5 months", "12/5 weeks": not a whole number we can trust
    if text.isascii() and text.isdigit():
        return int(text) if int(text) <= MAX_AMOUNT else None
    return next((number for number, words in _NUMBER_WORDS.items() if text in words.split()), None)


def _extra_days(tokens: list[_Token], index: int) -> tuple[int, int]:
    """ "20 weeks 3 days" / "20w3d": the days after the weeks, and where the duration ends."""
    if index + 1 < len(tokens) and tokens[index + 1].text in _DAY_UNITS:
        days = _amount(tokens, index)
        if days is not None and days < 7:
            return days, index + 2
    return 0, index


# Showing dates


def _gregorian(value: date, locale: str) -> str:
    try:
        return babel_format_date(value, format="d MMMM y", locale=locale)
    except (UnknownLocaleError, ValueError):
        return babel_format_date(value, format="d MMMM y", locale="en")


def _ad_to_bs(value: date) -> nepali_datetime.date | None:
    """The BS date, or None outside the years the BS tables cover (1975..2100 BS)."""
    try:
        return nepali_datetime.date.from_datetime_date(value)
    except (ValueError, OverflowError):
        return None


def _bs_devanagari(bs: nepali_datetime.date) -> str:
    return f"{bs.year} {BS_MONTHS_NE[bs.month - 1]} {bs.day}".translate(_TO_DEVANAGARI)


def _bs_english(bs: nepali_datetime.date) -> str:
    return f"{bs.day} {BS_MONTHS_EN[bs.month - 1]} {bs.year}"
