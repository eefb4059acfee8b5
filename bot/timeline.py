"""Her timeline: every checkup, vaccine and weekly message, from her dates and her country's schedules.

Pure: her dates and the schedules in, dated items out; no database, no clock. The sweep (services.sweep) asks
the inverse question for a whole population at once: `anchors(day, country)` are the last-period and birth dates
whose timeline has a message on `day`, so that SQL can pick those mothers by an indexed date. Both directions
are built from the same `_templates`, and the tests check that they agree.

Items: `checkup` (antenatal contact), `pnc` (postnatal contact), `td` (her tetanus-diphtheria doses),
`vaccine` (the baby's), `weekly`. Messages: each checkup and pnc item is reminded `Rules.leads` days before
(kind checkup_reminder), each td and vaccine item too (vaccine_reminder); a checkup or pnc she did not confirm
gets one `followup` `Rules.followup_days` later; a weekly item is one `weekly` message on its day.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from bot import schedule
from bot.pregnancy import PREGNANCY_DAYS, add_months
from bot.send_time import Rules

PREGNANT, BABY = "pregnant", "baby"
PREGNANCY_WEEKS = range(4, 43)  # weekly message keys pregnancy_week_N: N completed weeks since her last period
BABY_WEEKS = range(1, 14)  # baby_week_N: N completed weeks since birth
BABY_MONTHS = range(4, 25)  # baby_month_N: N completed calendar months since birth
REMINDED = {"checkup": "checkup_reminder", "pnc": "checkup_reminder", "td": "vaccine_reminder",
            "vaccine": "vaccine_reminder"}
CONFIRMED = ("checkup", "pnc")  # items she is asked about afterwards


@dataclass(frozen=True)
class Her:
    """What her timeline depends on."""

    country: str
    stage: str  # PREGNANT | BABY | anything else: no timeline (her pregnancy ended, or she left)
    lmp: date | None = None
    births: tuple[date, ...] = ()  # her babies' birth dates
    registered_on: date | None = None  # Td is planned from the first checkup after this


@dataclass(frozen=True)
class Item:
    kind: str  # checkup | pnc | td | vaccine | weekly
    key: str  # stable within her timeline: anc_26w, pnc_3d, td_2, vaccine_42d, pregnancy_week_20
    on: date


@dataclass(frozen=True)
class Message:
    kind: str  # outbox kind: checkup_reminder | vaccine_reminder | weekly | followup
    item: Item
    day: date  # the local day it is sent
    lead: int  # days before the item (negative: after it, for a follow-up)


@dataclass(frozen=True)
class Anchor:
    """One row of the sweep's selection: mothers of `track` whose anchor date is `on` get `kind` for `key`."""

    track: str  # PREGNANT: anchor is the last period; BABY: a birth date
    anchor: date
    kind: str
    item: Item
    lead: int
    registered_after: date | None = None  # Td only: she registered after this ...
    registered_by: date | None = None  # ... and by this day


_KIND_OF_KEY = {"anc_": "checkup", "pnc_": "pnc", "td_": "td", "vaccine_": "vaccine"}


def item_of(key: str, on: date) -> Item | None:
    """The checkup or vaccine item a key names ("anc_26w"), or None for a weekly key."""
    kind = next((kind for prefix, kind in _KIND_OF_KEY.items() if key.startswith(prefix)), None)
    return Item(kind, key, on) if kind else None


def of_profile(profile) -> Her:
    """Her timeline's inputs from her profile (bot.profile.Profile)."""
    registered = profile.registered_at
    return Her(country=profile.country, stage=profile.stage, lmp=profile.lmp,
               births=tuple(baby.born_on for baby in profile.babies),
               registered_on=registered.date() if registered else None)


def items(her: Her) -> list[Item]:
    """Everything on her timeline, by date."""
    found: list[Item] = []
    if her.stage == PREGNANT and her.lmp is not None:
        found += [t.item(her.lmp) for t in _templates(her.country, PREGNANT) if t.fits(her)]
    if her.stage == BABY:
        for born in her.births:
            found += [t.item(born) for t in _templates(her.country, BABY)]
    return sorted(set(found), key=lambda item: (item.on, item.key))


def messages(her: Her, rules: Rules) -> list[Message]:
    """Every message her timeline sends (follow-ups included, whether or not she confirms)."""
    return sorted({message for item in items(her) for message in _messages_for(item, rules)},
                  key=lambda m: (m.day, m.kind, m.item.key))


def upcoming(her: Her, today: date, kinds: tuple[str, ...], limit: int = 3) -> list[Item]:
    """Her next checkups or vaccines from today on: what she is told when she asks."""
    return [item for item in items(her) if item.kind in kinds and item.on >= today][:limit]


def _messages_for(item: Item, rules: Rules) -> list[Message]:
    if item.kind == "weekly":
        return [Message("weekly", item, item.on, 0)]
    sent = [Message(REMINDED[item.kind], item, item.on - timedelta(days=lead), lead) for lead in rules.leads]
    if item.kind in CONFIRMED:
        sent.append(Message("followup", item, item.on + timedelta(days=rules.followup_days), -rules.followup_days))
    return sent


# The inverse: which anchors have a message on a day


def anchors(day: date, country: str, rules: Rules) -> list[Anchor]:
    """Every (anchor date, message) whose message falls on `day`, for mothers of `country`."""
    found = []
    for track in (PREGNANT, BABY):
        for template in _templates(country, track):
            for kind, lead in _sends(template.kind, rules):
                item_day = day + timedelta(days=lead)
                for anchor in template.anchors_for(item_day):
                    found.append(Anchor(track, anchor, kind, template.item(anchor), lead,
                                        *template.registration_window(anchor)))
    return found


def _sends(kind: str, rules: Rules) -> list[tuple[str, int]]:
    if kind == "weekly":
        return [("weekly", 0)]
    sends = [(REMINDED[kind], lead) for lead in rules.leads]
    if kind in CONFIRMED:
        sends.append(("followup", -rules.followup_days))
    return sends


@dataclass(frozen=True)
class _Template:
    """An item at a fixed distance from an anchor date: `days` after it, or `months` calendar months after it."""

    kind: str
    key: str
    days: int = 0
    months: int = 0
    after: int | None = None  # Td: days from the anchor to the contact before the first dose (None: no earlier)
    by: int | None = None  # ... and to the first dose's contact: she registered between the two

    def on(self, anchor: date) -> date:
        return add_months(anchor, self.months) + timedelta(days=self.days)

    def item(self, anchor: date) -> Item:
        return Item(self.kind, self.key, self.on(anchor))

    def anchors_for(self, item_day: date) -> list[date]:
        if not self.months:
            return [item_day - timedelta(days=self.days)]
        first = add_months(item_day - timedelta(days=self.days), -self.months)
        candidates = (first + timedelta(days=extra) for extra in range(4))  # month ends: several births, one day
        return [anchor for anchor in candidates if self.on(anchor) == item_day]

    def registration_window(self, anchor: date) -> tuple[date | None, date | None]:
        if self.by is None:
            return None, None
        after = anchor + timedelta(days=self.after) if self.after is not None else None
        return after, anchor + timedelta(days=self.by)

    def fits(self, her: Her) -> bool:
        if self.by is None:
            return True
        start, end = self.registration_window(her.lmp)
        registered = her.registered_on or her.lmp
        return (start is None or registered > start) and registered <= end


def _templates(country: str, track: str) -> list[_Template]:
    return _pregnancy(country) if track == PREGNANT else _baby(country)


def _pregnancy(country: str) -> list[_Template]:
    weeks = schedule.anc_weeks(country)
    found = [_Template("checkup", f"anc_{week}w", days=week * 7) for week in weeks]
    found += [_Template("weekly", f"pregnancy_week_{week}", days=week * 7) for week in PREGNANCY_WEEKS]
    return found + _td(country, weeks)


def _td(country: str, weeks: list[int]) -> list[_Template]:
    """Td 1 at her first checkup after she registered; Td 2 `gap_days` later if that is early enough."""
    rules = schedule.td(country)
    found = []
    for index, week in enumerate(weeks):
        after = weeks[index - 1] * 7 if index else None
        found.append(_Template("td", "td_1", days=week * 7, after=after, by=week * 7))
        second = week * 7 + rules.gap_days
        if second <= PREGNANCY_DAYS - rules.before_due_days:
            found.append(_Template("td", "td_2", days=second, after=after, by=week * 7))
    return found


def _baby(country: str) -> list[_Template]:
    found = [_Template("pnc", f"pnc_{day}d", days=day) for day in schedule.pnc_days(country)]
    found += [_Template("vaccine", f"vaccine_{dose['age_days']}d", days=dose["age_days"])
              for dose in schedule.vaccine_doses(country)]
    found += [_Template("weekly", f"baby_week_{week}", days=week * 7) for week in BABY_WEEKS]
    return found + [_Template("weekly", f"baby_month_{month}", months=month) for month in BABY_MONTHS]
