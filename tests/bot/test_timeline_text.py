"""Every message on her timeline has its words in every language, short enough for SMS."""
from datetime import date

import pytest

from bot import timeline, timeline_text
from bot.i18n import LOCALES
from bot.render import segments
from bot.timeline import BABY, PREGNANT, Her, Item

DAY = date(2027, 3, 1)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_weekly_message_of_a_timeline_has_its_text(locale):
    her_items = timeline.items(Her("NP", PREGNANT, lmp=date(2026, 6, 1))) + timeline.items(
        Her("NP", BABY, births=(date(2026, 6, 1),)))
    keys = {item.key for item in her_items if item.kind == "weekly"}
    assert len(keys) == 39 + 13 + 21
    assert all(timeline_text._weekly(locale).get(key) for key in keys)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("country", ["NP", "IN", "WHO"])
def test_reminders_fit_two_sms_segments_and_a_list_of_vaccines_three(locale, country):
    items = {"checkup": Item("checkup", "anc_26w", DAY), "pnc": Item("pnc", "pnc_3d", DAY),
             "td": Item("td", "td_1", DAY)}
    items |= {"vaccine": Item("vaccine", f"vaccine_{dose['age_days']}d", DAY)
              for dose in timeline.schedule.vaccine_doses(country)}
    for kind, when in timeline_text.TEXTS:
        text = timeline_text.reminder(items[kind], when, locale=locale, country=country)
        assert "{" not in text
        assert segments(text) <= (3 if kind == "vaccine" else 2), (kind, when, text)


def test_a_reminder_names_the_week_the_date_and_the_vaccines():
    text = timeline_text.reminder(Item("checkup", "anc_26w", DAY), "before", locale="en", country="IN")
    assert "26 weeks" in text and "1 March 2027" in text
    text = timeline_text.reminder(Item("vaccine", "vaccine_42d", DAY), "today", locale="en", country="NP")
    assert "DPT-HepB-Hib 1" in text and "LATER" in text
    text = timeline_text.reminder(Item("checkup", "anc_26w", DAY), "before", locale="ne", country="NP")
    assert "२०८३" in text  # the date in Bikram Sambat, Devanagari digits
