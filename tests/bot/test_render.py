"""SMS costs segments: markup goes, look-alikes become GSM-7, and Devanagari is counted as UCS-2."""
from bot.render import for_channel, for_sms, is_gsm7, segments


def test_sms_loses_whatsapp_markup_and_typographic_quotes():
    assert for_sms("Your *checkup* is on _Monday_ – don’t miss it…") == "Your checkup is on Monday - don't miss it..."


def test_whatsapp_keeps_its_formatting():
    assert for_channel("*bold*", "whatsapp") == "*bold*"


def test_devanagari_keeps_its_dashes_because_it_is_ucs2_anyway():
    assert for_sms("नमस्ते – *दिदी*") == "नमस्ते – दिदी"


def test_segment_counts_follow_gsm7_and_ucs2_limits():
    assert segments("a" * 160) == 1 and segments("a" * 161) == 2 and segments("a" * 306) == 2
    assert segments("[" * 80) == 1 and segments("[" * 81) == 2  # extension characters cost two
    assert segments("न" * 70) == 1 and segments("न" * 71) == 2 and segments("न" * 134) == 2
    assert segments("🙏" * 35) == 1 and segments("🙏" * 36) == 2
    assert is_gsm7("Hello @ £5") and not is_gsm7("Hello ✓")
