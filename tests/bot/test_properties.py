"""Property tests: the parsers never raise on anything a person can type, and read back what we can write.

The budget is small in the suite; `pytest --hypothesis-profile=deep tests/bot/test_properties.py` runs longer.
"""
from datetime import date

import phonenumbers
import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from bot import danger, faq, vocab
from bot.dates import BS_YEARS, MAX_AMOUNT, format_date, find_date, find_duration, parse_date, parse_duration
from bot.inbound import BadSender, parse_address

TODAY = date(2026, 3, 1)
COUNTRIES = st.sampled_from(["NP", "IN", "KE"])
# Anything a phone can send, plus the characters that have broken parsers elsewhere: NUL, controls, combining marks,
# right-to-left overrides, Devanagari with its digits, emoji.
ANY_TEXT = st.text(st.characters(codec="utf-8"), max_size=200) | st.text(
    st.sampled_from("0123456789०१२३४५६७८९/-.: \x00\u202e\u093c\u0901कखमहिनाहप्ताweeksmarch🙏"), max_size=60)
DATES = st.dates(min_value=date(2000, 1, 1), max_value=date(2069, 12, 31))  # 2070+ reads as BS in Nepal
DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")
MONTHS = ("january february march april may june july august september october november december").split()


@given(ANY_TEXT, COUNTRIES)
def test_reading_dates_and_durations_never_raises_and_gives_real_dates(text, country):
    for found in (parse_date(text, today=TODAY, country=country), find_date(text, today=TODAY, country=country)):
        assert found is None or (isinstance(found.value, date) and found.calendar in ("AD", "BS"))
    for duration in (parse_duration(text), find_duration(text)):
        assert duration is None or (0 <= duration.amount <= MAX_AMOUNT and duration.days >= 0)


@given(DATES, COUNTRIES, st.sampled_from("/-."), st.booleans())
def test_a_numeric_date_reads_back_day_first(value, country, separator, devanagari):
    written = separator.join(str(part) for part in (value.day, value.month, value.year))
    written = written.translate(DEVANAGARI) if devanagari else written
    assert parse_date(written, today=TODAY, country=country).value == value


@given(DATES, COUNTRIES, st.sampled_from(["{d} {m} {y}", "{m} {d} {y}", "born on {d} {m} {y}", "{D} {M} {y}"]))
def test_a_date_with_its_month_name_reads_back(value, country, shape):
    month = MONTHS[value.month - 1]
    written = shape.format(d=value.day, m=month, y=value.year, D=f"{value.day}th of", M=month.upper())
    assert parse_date(written, today=TODAY, country=country).value == value


@given(st.dates(min_value=date(2014, 1, 1), max_value=date(2032, 12, 31)))
def test_a_date_we_show_in_nepali_reads_back_as_the_same_day_in_bikram_sambat(value):
    shown = format_date(value, locale="ne", country="NP")
    assume(int(shown.translate(str.maketrans("०१२३४५६७८९", "0123456789"))[:4]) in BS_YEARS)
    parsed = parse_date(shown, today=TODAY, country="NP")
    assert parsed.value == value and parsed.calendar == "BS"


@given(st.integers(1, 60), st.sampled_from(["weeks", "wks", "hapta", "हप्ता"]), st.booleans())
def test_weeks_read_back_as_seven_days_each(amount, unit, devanagari):
    number = str(amount).translate(DEVANAGARI) if devanagari else str(amount)
    duration = parse_duration(f"I am {number} {unit} pregnant")
    assert duration.unit == "weeks" and duration.amount == amount and duration.days == 7 * amount


@given(st.integers(0, 99), st.sampled_from(["{n}", "{n}.", "{n})", "option {n}", "#{n}", " {n} "]), st.booleans())
def test_a_menu_number_reads_back(n, shape, devanagari):
    number = str(n).translate(DEVANAGARI) if devanagari else str(n)
    assert vocab.number(shape.format(n=number)) == n


@given(ANY_TEXT)
def test_a_menu_number_is_never_more_than_two_digits(text):
    found = vocab.number(text)
    assert found is None or 0 <= found <= 99


@given(ANY_TEXT)
@example("whatsapp:whatsapp:+9779800000001")
@example("tel:+9779800000001")
def test_an_address_is_an_e164_number_or_refused(raw):
    try:
        phone, channel = parse_address(raw, "NP")
    except BadSender:
        return
    assert channel in ("sms", "whatsapp")
    parsed = phonenumbers.parse(phone)
    assert phone == phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


@given(st.sampled_from(["NP", "IN", "US", "KE", "GB"]), st.integers(0, 10 ** 9),
       st.sampled_from(["", "whatsapp:", "WhatsApp:"]))
def test_a_real_number_reads_back_on_its_channel(region, seed, prefix):
    example_number = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    national = str(example_number.national_number)
    digits = national[:-3] + f"{seed % 1000:03d}"
    written = f"+{example_number.country_code}{digits}"
    assume(phonenumbers.is_possible_number(phonenumbers.parse(written)))
    assert parse_address(prefix + written, "NP") == (written, "whatsapp" if prefix else "sms")


@given(st.from_regex(r"[a-z]{2,12}", fullmatch=True), st.sampled_from(["+9779800000001", "whatsapp:+9779800000001"]))
def test_an_unknown_address_scheme_is_refused(scheme, address):
    assume(scheme != "whatsapp" or address.startswith("whatsapp:"))
    with pytest.raises(BadSender):
        parse_address(f"{scheme}:{address}", "NP")


@given(st.sampled_from(vocab.kinds()), ANY_TEXT)
def test_keyword_matching_never_raises(kind, text):
    assert vocab.means(kind, text) in (True, False) and vocab.mentions(kind, text) in (True, False)


@given(st.data())
def test_every_keyword_is_understood_in_any_case_with_stray_punctuation(data):
    kind = data.draw(st.sampled_from(vocab.kinds()))
    word = data.draw(st.sampled_from(sorted(vocab._lists()[kind])))
    dressing = data.draw(st.sampled_from(["{w}", " {w} ", "{W}", "{w}.", "{w}!!", "{w} 🙏", "'{w}'"]))
    assert vocab.means(kind, dressing.format(w=word, W=word.upper()))


@given(ANY_TEXT, st.sampled_from(["pregnant", "baby", None]))
def test_danger_sign_detection_never_raises(text, stage):
    found = danger.detect(text, stage=stage)
    assert found is None or found.sign in {*danger.sign_ids(), danger.OTHER}


@given(ANY_TEXT, st.sampled_from(["en", "hi", "ne"]))
def test_question_matching_never_raises_and_scores_within_bounds(text, locale):
    found = faq.match(text, locale)
    assert found is None or (0 < found.score <= 1 and found.text)
