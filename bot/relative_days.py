"""A day in the recent past as people say it: "today", "yesterday", "hijo", "3 days ago", "२ दिन अघि".

For the baby's birth date; a written date (Gregorian, or Bikram Sambat in Nepal) is read by bot.dates.
"kal" is yesterday here: in Hindi it is also tomorrow, but a birth is in the past.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from bot.normalize import fold

_AGO = r"(?:ago|back|before|pahle|pehle|pahile|pahila|agadi|aghi|अघि|अगाडि|पहिले|पहले|पूर्व)"
_UNITS = {"day": 1, "days": 1, "din": 1, "दिन": 1, "week": 7, "weeks": 7, "hapta": 7, "hafta": 7, "hafte": 7,
          "हप्ता": 7, "हफ्ता": 7, "हफ्ते": 7}
_RELATIVE = re.compile(r"(\d{1,3})\s*(" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")\s*" + _AGO)
MAX_DAYS_BACK = 800  # a baby is at most 24 months old here


def past_day(text: str, today: date) -> date | None:
    """The day meant, or None when the text says no recent day in words."""
    folded = fold(text)
    match = _RELATIVE.search(folded)
    if match:
        back = int(match.group(1)) * _UNITS[match.group(2)]
        return today - timedelta(days=back) if back <= MAX_DAYS_BACK else None
    padded = f" {folded} "
    for back in (2, 1, 0):  # the longest phrase first: "day before yesterday" holds "yesterday"
        if any(f" {word} " in padded for word in _words(back)):
            return today - timedelta(days=back)
    return None


def _words(back: int) -> list[str]:
    if back == 2:
        return ["day before yesterday", "parso", "parson", "asti", "aasti", "अस्ति", "परसों", "परसो"]
    if back == 1:
        return ["yesterday", "kal", "hijo", "hiju", "हिजो", "कल"]
    return ["today", "aaj", "aja", "aaja", "just now", "आज", "अहिले", "अभी"]
