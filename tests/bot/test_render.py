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


def test_a_turn_that_would_cost_too_many_segments_drops_its_last_replies_first():
    from bot.render import fit

    urgent, long_tail = "Go to the health facility NOW.", "x" * 500
    assert fit([urgent, long_tail], "sms", 3) == urgent
    assert fit([urgent, "Reply MENU."], "sms", 3) == urgent + "\n\nReply MENU."
    assert fit([urgent, long_tail], "whatsapp", 3).endswith(long_tail)  # WhatsApp is not billed by segment
    assert fit([long_tail * 2], "sms", 3) == long_tail * 2  # the first reply always goes
