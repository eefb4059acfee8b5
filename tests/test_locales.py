"""Every user-facing sentence is in the catalogs, translated in every locale, and renders for each channel."""
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from bot import i18n, languages
from bot.i18n import LOCALES, LOCALES_DIR, translate, translate_plural
from bot.render import for_channel, is_gsm7, segments

PLACEHOLDER = re.compile(r"{(\w+)}")
MAX_SMS_SEGMENTS = 3  # no reply turn costs more; the numbers below are as long as real ones
SAMPLES = {"number": "108 / 102", "languages": "1 English\n2 हिन्दी\n3 नेपाली"}


def template():
    with open(LOCALES_DIR / "messages.pot", "rb") as handle:
        return [message for message in read_po(handle) if message.id]


def catalog(locale):
    with open(LOCALES_DIR / locale / "LC_MESSAGES" / "messages.po", "rb") as handle:
        return {message.id: message for message in read_po(handle) if message.id}


def sample(text: str) -> dict:
    return {name: SAMPLES.get(name, f"<{name}>") for name in PLACEHOLDER.findall(text)}


def test_the_template_holds_every_message_in_the_code(tmp_path):
    fresh = tmp_path / "fresh.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "babel.cfg", "-k", "N_",
                    "-k", "text_plural:1,2", "--no-location", "-o", str(fresh), "."],
                   check=True, capture_output=True, cwd=Path(__file__).resolve().parent.parent)
    with open(fresh, "rb") as handle:
        in_code = {message.id for message in read_po(handle) if message.id}
    assert in_code == {message.id for message in template()}, "run `make extract` and translate the new entries"


@pytest.mark.parametrize("locale", [code for code in LOCALES if code != languages.SOURCE])
def test_every_message_is_translated_with_the_same_placeholders(locale):
    translations = catalog(locale)
    for message in template():
        entry = translations.get(message.id)
        assert entry is not None and not entry.fuzzy, f"{locale}: missing {message.id!r}"
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        source = message.id[-1] if isinstance(message.id, tuple) else message.id
        for string in strings:
            assert string, f"{locale}: untranslated {message.id!r}"
            assert set(PLACEHOLDER.findall(string)) == set(PLACEHOLDER.findall(source)), (locale, message.id)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("channel", ["sms", "whatsapp"])
def test_every_message_renders_in_every_locale_and_channel(locale, channel):
    for message in template():
        if isinstance(message.id, tuple):
            text = translate_plural(locale, message.id[0], message.id[1], 3)
            assert "3" in text
            continue
        text = for_channel(translate(locale, message.id, **sample(message.id)), channel)
        assert text and "{" not in text
        if locale != "en":
            assert text != message.id, f"{locale} shows English: {message.id!r}"
        if channel == "sms":
            assert segments(text) <= MAX_SMS_SEGMENTS, (locale, text)
            assert "*" not in text


def test_english_sms_stays_in_gsm7_so_it_costs_the_fewest_segments():
    for message in template():
        if isinstance(message.id, tuple) or "{languages}" in message.id:  # each language named in its own script
            continue
        text = for_channel(translate("en", message.id, **sample(message.id)), "sms")
        assert is_gsm7(text), text


def test_hindi_counts_zero_as_singular_like_cldr():
    singular = catalog("hi")[("{n} week", "{n} weeks")].string[0]
    assert translate_plural("hi", "{n} week", "{n} weeks", 0) == singular.format(n=0)


def test_the_language_menu_names_each_language_of_the_registry_in_itself():
    menu = languages.menu().splitlines()
    assert menu == [f"{n} {language.name}" for n, language in enumerate(languages.languages(), start=1)]
    assert menu[:3] == ["1 English", "2 हिन्दी", "3 नेपाली"]
    for locale in LOCALES:  # the menu is a parameter, never prose inside a translation
        assert "हिन्दी" not in translate(locale, "Choose your language:\n{languages}", languages="<languages>")


def test_a_language_without_a_translation_falls_back_along_the_registry(tmp_path, monkeypatch):
    registry = tmp_path / "languages.yaml"
    registry.write_text("- {code: en, name: English}\n- {code: hi, name: हिन्दी}\n"
                        "- {code: mai, name: मैथिली, fallback: hi}\n", encoding="utf-8")
    assert languages.chain("hi") == ("hi", "en")
    monkeypatch.setattr(languages, "REGISTRY", registry)
    languages.languages.cache_clear()
    try:
        assert languages.chain("mai") == ("mai", "hi", "en")
        assert languages.by_name("मैथिली") == "mai" and languages.by_number(3) == "mai"
        maithili = i18n.catalog.__wrapped__("mai")  # no catalog of its own yet: Hindi's sentences
        assert maithili.gettext("Sorry, I did not understand that.") == translate("hi", "Sorry, I did not understand that.")
    finally:
        languages.languages.cache_clear()


@pytest.mark.parametrize("locale", LOCALES)
def test_the_consent_question_and_the_not_understood_reply_cost_two_sms_segments_at_most(locale):
    from flows import questions, registration

    ctx = _context(locale)
    registration.ask_consent(ctx)
    questions.not_sure(ctx)
    assert all(segments(for_channel(reply, "sms")) <= 2 for reply in ctx.turn.replies)


def _context(locale):
    from datetime import date, datetime, timezone

    from bot.context import Context
    from bot.dialogue import Dialogue
    from bot.inbound import Inbound

    now = datetime(2026, 3, 1, tzinfo=timezone.utc)
    return Context(Dialogue("+9779800000001", "sms", locale=locale), Inbound("+9779800000001", "sms", "?", now),
                   now, date(2026, 3, 1), "IN")


@pytest.mark.parametrize("text, language", [("pet ma dherai dukhyo", "ne"), ("pet me bahut dard hai", "hi"),
                                            ("पेटमा दुख्यो", "ne"), ("पेट में दर्द है", "hi"),
                                            ("my baby is not breathing", "en"), ("1", None),
                                            ("agar BP 160/110 ho jaye to kya kare", "hi")])  # "to" is English too
def test_the_language_a_message_is_written_in(text, language):
    assert languages.written_in(text) == language


def test_a_tie_between_two_languages_goes_to_the_one_preferred():
    text = "baby le sas ferdaina, nilo bhayo"  # one English word, one Nepali
    assert languages.written_in(text) is None
    assert languages.written_in(text, prefer="ne") == "ne"
    assert languages.written_in(text, prefer="hi") is None  # not one of the two
