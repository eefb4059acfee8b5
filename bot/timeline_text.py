"""What each timeline message says, in her language: reminders, follow-ups and the weekly messages.

Reminder sentences are gettext messages (locales/); weekly messages are content with sources
(content/weekly/<locale>.yaml, keyed pregnancy_week_N, baby_week_N, baby_month_N). Dates are shown as she reads
them (Bikram Sambat first in Nepal).
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from bot import dates, schedule
from bot.i18n import N_, supported, translate
from bot.timeline import Item

WEEKLY = Path(__file__).resolve().parent.parent / "content" / "weekly"

# (item kind, when): when is "before" (a reminder days ahead), "today", "again" (asked to be reminded later),
# "followup" (she did not confirm).
TEXTS = {
    ("checkup", "before"): N_("Aamcare: your pregnancy checkup at {week} weeks is on {date}. Please plan to go to "
                              "your health facility."),
    ("checkup", "today"): N_("Aamcare: today is your pregnancy checkup at {week} weeks. Reply WENT after you go, "
                             "or LATER to be reminded tomorrow."),
    ("pnc", "before"): N_("Aamcare: a checkup for you and your baby is due on {date}. Please go to your health "
                          "facility or ask your health worker to visit."),
    ("pnc", "today"): N_("Aamcare: today is the checkup for you and your baby. Reply WENT after it, or LATER to be "
                         "reminded tomorrow."),
    ("td", "before"): N_("Aamcare: if you have not had 2 Td (tetanus) vaccines in this pregnancy, ask for one at "
                         "your health facility on {date}."),
    ("td", "today"): N_("Aamcare: today, ask for your Td (tetanus) vaccine if you have not had 2 in this "
                        "pregnancy. Reply DONE after it, or LATER to be reminded tomorrow."),
    ("vaccine", "before"): N_("Aamcare: your baby's vaccines are due on {date}: {vaccines}. Take your baby and the "
                              "card to the health facility."),
    ("vaccine", "today"): N_("Aamcare: your baby's vaccines are due today: {vaccines}. Reply DONE after, or LATER "
                             "to be reminded tomorrow."),
    ("checkup", "again"): N_("Aamcare: as you asked, a reminder to go for your checkup. Reply WENT after you go."),
    ("pnc", "again"): N_("Aamcare: as you asked, a reminder to go for your checkup. Reply WENT after you go."),
    ("td", "again"): N_("Aamcare: as you asked, a reminder to ask for your Td vaccine. Reply DONE after it."),
    ("vaccine", "again"): N_("Aamcare: as you asked, a reminder of your baby's vaccines. Reply DONE after them."),
    ("checkup", "followup"): N_("Aamcare: did you go to your checkup on {date}? Reply WENT if you did. If not, "
                                "please go this week."),
    ("pnc", "followup"): N_("Aamcare: did you and your baby have your checkup on {date}? Reply WENT if you did. "
                            "If not, please go this week."),
}


def reminder(item: Item, when: str, *, locale: str, country: str) -> str:
    """A reminder, follow-up or repeated reminder for `item`."""
    return _reminder(item, when, supported(locale), country)


@cache
def _reminder(item: Item, when: str, locale: str, country: str) -> str:
    """Cached: a sweep renders the same few texts for many mothers whose items share a day."""
    params = {"date": dates.format_date(item.on, locale=locale, country=country), "week": week_of(item),
              "vaccines": vaccines_of(item, country)}
    return translate(locale, TEXTS[(item.kind, when)], **params)


def weekly(key: str, locale: str) -> str | None:
    """The weekly message for a stage key in her language, or None when there is none."""
    return _weekly(supported(locale)).get(key) or _weekly("en").get(key)


@cache
def _weekly(locale: str) -> dict[str, str]:
    path = WEEKLY / f"{locale}.yaml"
    if not path.exists():
        return {}
    return {key: str(text).strip() for key, text in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items()}


def week_of(item: Item) -> int | None:
    """anc_26w -> 26."""
    return int(item.key.removeprefix("anc_").removesuffix("w")) if item.kind == "checkup" else None


def vaccines_of(item: Item, country: str) -> str | None:
    if item.kind != "vaccine":
        return None
    age = int(item.key.removeprefix("vaccine_").removesuffix("d"))
    return next(dose["vaccines"] for dose in schedule.vaccine_doses(country) if dose["age_days"] == age)
