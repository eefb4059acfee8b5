"""The weekly messages: one for every stage, in every language, cited, and never longer than 2 SMS segments."""
from pathlib import Path

import pytest
import yaml

from bot.render import is_gsm7, segments

WEEKLY = Path(__file__).resolve().parents[2] / "content" / "weekly"
LOCALES = ("en", "hi", "ne")
STAGES = (
    [f"pregnancy_week_{n}" for n in range(4, 43)]
    + [f"baby_week_{n}" for n in range(1, 14)]
    + [f"baby_month_{n}" for n in range(4, 25)]
)
MAX_SEGMENTS = 2

# The source keys of the clinical-content notes, by who issued them: WHO is cited before Nepal and India.
WHO_SOURCES = {"S1", "S2", "S2b", "S2c", "S5", "S6", "S7", "S16", "S17", "S27", "S28", "S32", "S33", "S34", "S35",
               "S38"}
NATIONAL_SOURCES = {"S8", "S9", "S10", "S11", "S12", "S13", "S14", "S15", "S20", "S21", "S22", "S23", "S24", "S29",
                    "S30", "S31", "S39"}
OTHER_SOURCES = {"S3", "S4", "S18", "S19", "S25", "S26", "S36", "S37"}
KNOWN_SOURCES = WHO_SOURCES | NATIONAL_SOURCES | OTHER_SOURCES

# The service sends no reminders from these messages, so none may promise one.
PROMISES = ("remind", "we will", "याद दिला", "सम्झाउ")


def load(name):
    with open(WEEKLY / f"{name}.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@pytest.fixture(scope="module")
def messages():
    return {locale: load(locale) for locale in LOCALES}


@pytest.fixture(scope="module")
def sources():
    return load("sources")


def test_the_stages_run_from_week_4_of_pregnancy_to_24_months():
    assert len(STAGES) == 39 + 13 + 21


@pytest.mark.parametrize("locale", LOCALES)
def test_every_stage_has_a_message_and_nothing_else(messages, locale):
    assert set(messages[locale]) == set(STAGES)
    assert all(isinstance(text, str) and text.strip() for text in messages[locale].values())


def test_every_stage_cites_known_sources(sources):
    assert set(sources) == set(STAGES)
    for stage in STAGES:
        cited = sources[stage]
        assert cited and set(cited) <= KNOWN_SOURCES, (stage, cited)


def test_who_is_cited_before_the_country_programmes(sources):
    for stage, cited in sources.items():
        national = [i for i, key in enumerate(cited) if key in NATIONAL_SOURCES]
        who = [i for i, key in enumerate(cited) if key in WHO_SOURCES]
        assert not (national and who) or max(who) < min(national), (stage, cited)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_fits_two_sms_segments(messages, locale):
    too_long = {stage: segments(text) for stage, text in messages[locale].items() if segments(text) > MAX_SEGMENTS}
    assert too_long == {}


def test_english_is_plain_gsm7_so_a_segment_holds_153_characters(messages):
    assert [stage for stage, text in messages["en"].items() if not is_gsm7(text)] == []


@pytest.mark.parametrize("locale", ["hi", "ne"])
def test_hindi_and_nepali_are_written_in_devanagari(messages, locale):
    def devanagari(text):
        letters = [ch for ch in text if ch.isalpha()]
        return sum("\u0900" <= ch <= "\u097f" for ch in letters) / len(letters)

    assert [stage for stage, text in messages[locale].items() if devanagari(text) < 0.8] == []


def test_hindi_and_nepali_are_not_the_same_text(messages):
    assert [stage for stage in STAGES if messages["hi"][stage] == messages["ne"][stage]] == []


@pytest.mark.parametrize("locale", LOCALES)
def test_no_message_promises_a_reminder(messages, locale):
    assert [stage for stage, text in messages[locale].items()
            if any(promise in text.lower() for promise in PROMISES)] == []
