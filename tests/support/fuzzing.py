"""Hostile and odd webhook requests, for the property tests (hypothesis) and bench/fuzz.py (plain random).

Both draw from the same pieces: sender addresses of every shape seen in the wild or in attacks, MessageSids of
every length, bodies from empty to over-long with the characters that have broken things (NUL, controls,
surrogate-free but odd Unicode), extra parameters with odd names, and the parameters Twilio really sends.
"""
from __future__ import annotations

import random
import string

from hypothesis import strategies as st

PHONES = ("+9779800000001", "+9779800000002", "+919812345678", "+15005550006", "+447700900123")
SENDER_SHAPES = (
    "{p}", "whatsapp:{p}", "WhatsApp:{p}", "messenger:{p}", "tel:{p}", "sms:{p}", "whatsapp:whatsapp:{p}",
    "{p}\x00", " {p} ", "{p}{p}", "+{p}", "whatsapp:", "", "not-a-number", "+0", "9800000001", "+977-980-000-0001",
    "+977 (980) 000.0001", "whatsapp:+977980000000\u0661", "+" + "9" * 40, "＋９７７９８０００００００１",
)
ODD_TEXT = ("", " ", "hi", "1", "yes", "stop", "start", "menu", "help", "20 weeks", "12/03/2026", "२०८२ मंसिर १०",
            "bleeding", "रगत बग्यो", "\x00", "\x00hi\x00", "\u202ehi", "\ufeff", "\ufffe\uffff", "🙏🤰🏽👶",
            "a\u0301\u0301\u0301", "<Response>", "]]>", "&amp;", "'; DROP TABLE mothers; --", "{{7*7}}", "%s%n",
            "\r\n\r\n", "\t", "\x1b[31m", "\u0000\u0001\u0002\u0003", "ﷺ" * 50, "𝔥𝔦")
TWILIO_EXTRAS = {"NumMedia": ("0", "1", "10", "-1", "x", "9" * 30), "MediaUrl0": ("https://example.org/a.jpg", ""),
                 "Latitude": ("27.7", "x"), "Longitude": ("85.3", ""), "ButtonPayload": ("1", "yes", ""),
                 "OptOutType": ("STOP", ""), "WaId": ("9779800000001", ""), "ProfileName": ("Sita", "\x00")}
SID_ALPHABET = string.ascii_letters + string.digits
LONG_LENGTHS = (1601, 5000, 20000)


def sid(rng: random.Random) -> str:
    """Mostly a fresh well-formed MessageSid; sometimes one of an odd shape or length."""
    roll = rng.random()
    if roll < 0.85:
        return "SM" + "".join(rng.choice("0123456789abcdef") for _ in range(32))
    length = rng.choice((0, 1, 2, 33, 63, 64, 65, 100, 500))
    return "".join(rng.choice(SID_ALPHABET + "\x00 -_é") for _ in range(length))


def sender(rng: random.Random) -> str:
    """Mostly a number we serve, so that the engine runs; sometimes any other shape."""
    shape = rng.choice(SENDER_SHAPES) if rng.random() < 0.3 else rng.choice(SENDER_SHAPES[:2])
    return shape.format(p=rng.choice(PHONES))


def text(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.5:
        return rng.choice(ODD_TEXT)
    if roll < 0.97:
        return "".join(_char(rng) for _ in range(rng.randint(0, 80)))
    piece, length = rng.choice(ODD_TEXT) or "x", rng.choice(LONG_LENGTHS)
    return (piece * (length // len(piece) + 1))[:length]


def name(rng: random.Random) -> str:
    return rng.choice(("Body", "From", "X", "Odd\x00Name", "\x00", "a" * 200, "MessageSid", "")) + \
        "".join(_char(rng) for _ in range(rng.randint(0, 8)))


def form(rng: random.Random) -> dict[str, str]:
    """One request's parameters, as Twilio would post them or worse."""
    params = {"MessageSid": sid(rng), "AccountSid": "AC" + "0" * 32, "From": sender(rng), "To": "+15005550006",
              "Body": text(rng)}
    for key in rng.sample(sorted(TWILIO_EXTRAS), rng.randint(0, 3)):
        params[key] = rng.choice(TWILIO_EXTRAS[key])
    for _ in range(rng.choices((0, 1, 3, 120), weights=(60, 20, 18, 2))[0]):  # 120: more than allowed
        params.setdefault(name(rng), text(rng))
    return params


def _char(rng: random.Random) -> str:
    """Any character that can travel in UTF-8 (no lone surrogates), weighted towards the troublesome ones."""
    roll = rng.random()
    if roll < 0.4:
        return rng.choice(string.printable)
    if roll < 0.6:
        return chr(rng.randint(0x0900, 0x097F))  # Devanagari
    if roll < 0.7:
        return chr(rng.randint(0, 0x1F))
    code = rng.randint(0, 0x10FFFF)
    return chr(code) if not 0xD800 <= code <= 0xDFFF else "\ufffd"


def forms() -> st.SearchStrategy[dict[str, str]]:
    """The hypothesis strategy: the same generator, driven by hypothesis's own random source."""
    return st.randoms(use_true_random=False).map(form)
