"""Turning reply text into what each channel shows.

WhatsApp shows *bold* and _italic_; SMS shows the asterisks, so SMS loses the markup. An SMS is billed in
segments: GSM-7 fits 160 characters in one segment (153 when split), but a single character outside GSM-7
switches the whole message to UCS-2 (70, then 67). So an English SMS swaps typographic look-alikes (’ “ – …)
for their GSM-7 twins. Devanagari is always UCS-2.
"""
from __future__ import annotations

import re

GSM7_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENDED = set("^{}\\[~]|€\f")
GSM7 = frozenset(GSM7_BASIC | GSM7_EXTENDED)
LOOKALIKES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...",
                            "\u00a0": " ", "•": "-"})
_MARKUP = re.compile(r"(?<!\w)[*_~](\S(?:.*?\S)?)[*_~](?!\w)")


def for_channel(text: str, channel: str) -> str:
    if channel == "whatsapp":
        return text
    return for_sms(text)


def for_sms(text: str) -> str:
    plain = _MARKUP.sub(r"\1", text)
    swapped = plain.translate(LOOKALIKES)
    return swapped if is_gsm7(swapped) else plain


def is_gsm7(text: str) -> bool:
    return GSM7.issuperset(text)


def segments(text: str) -> int:
    """How many SMS segments Twilio will bill for `text`."""
    if is_gsm7(text):
        units = len(text) + sum(text.count(ch) for ch in GSM7_EXTENDED)  # an extended character takes two
        single, multi = 160, 153
    else:
        units = len(text.encode("utf-16-le")) // 2  # emoji take two UTF-16 units
        single, multi = 70, 67
    if units <= single:
        return 1
    return -(-units // multi)


def fit(replies: list[str], channel: str, max_segments: int) -> str:
    """The turn's replies as one message for the channel. On SMS, replies are dropped from the end until it costs
    at most `max_segments` (the first reply, the one that matters most, always stays)."""
    kept = [reply for reply in replies if reply]
    while True:
        text = for_channel("\n\n".join(kept), channel)
        if channel == "whatsapp" or len(kept) <= 1 or segments(text) <= max_segments:
            return text
        kept.pop()
