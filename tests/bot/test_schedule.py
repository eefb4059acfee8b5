"""The next checkup and the next vaccines follow the country's schedule."""
from datetime import date, timedelta

from bot import country, schedule

LMP = date(2026, 6, 1)


def test_the_next_checkup_is_the_first_contact_not_long_past():
    contact = schedule.next_contact(LMP, LMP + timedelta(weeks=15), "NP")
    assert (contact.number, contact.of, contact.week, contact.on) == (2, 8, 20, LMP + timedelta(weeks=20))


def test_a_contact_a_few_days_past_is_still_the_next_one():
    assert schedule.next_contact(LMP, LMP + timedelta(weeks=20, days=5), "IN").week == 20
    assert schedule.next_contact(LMP, LMP + timedelta(weeks=21), "IN").week == 26


def test_after_the_last_contact_there_is_none():
    assert schedule.next_contact(LMP, LMP + timedelta(weeks=43), "NP") is None


def test_nepal_and_india_differ_in_the_baby_schedule():
    born = date(2026, 1, 1)
    at_eight_months = born + timedelta(days=240)
    assert schedule.next_doses(born, at_eight_months, "NP").vaccines.startswith("MR 1, PCV 3")
    assert "Vitamin A" in schedule.next_doses(born, at_eight_months, "IN").vaccines
    assert schedule.next_doses(born, born + timedelta(days=400), "NP").vaccines.startswith("MR 2")
    assert schedule.next_doses(born, born + timedelta(days=400), "IN").vaccines.startswith("MR 2")


def test_an_unknown_country_uses_the_who_profile():
    born = date(2026, 1, 1)
    assert schedule.next_doses(born, born, "KE").vaccines.startswith("BCG, hepatitis B")


def test_every_profile_cites_its_sources():
    for name in ("WHO", "NP", "IN"):
        profile = country.profile(name)
        assert profile["anc"]["source"] and profile["vaccines"]["source"]


def test_every_schedule_entry_names_a_source_that_resolves_inside_the_project():
    import re
    from pathlib import Path

    import yaml

    root = Path(__file__).resolve().parents[2] / "content"
    known = yaml.safe_load((root / "sources.yaml").read_text(encoding="utf-8"))
    for name in ("WHO", "NP", "IN"):
        profile = country.profile(name)
        entries = profile["anc"]["contacts"] + profile["pnc"]["contacts"] + profile["vaccines"]["doses"]
        cited = [entry["source"] for entry in entries] + [profile[part]["source"] for part in ("anc", "pnc", "td")]
        for source in cited:
            keys = re.findall(r"\[(S\d+)\]", source)
            assert keys and all(key in known for key in keys), (name, source)


def test_postnatal_contacts_cover_days_one_to_three_seven_and_six_weeks():
    for name in ("WHO", "NP", "IN"):
        assert schedule.pnc_days(name) == [1, 3, 7, 42]
