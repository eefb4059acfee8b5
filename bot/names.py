"""Her name in her answer to "What is your name?": "Sita", "my name is Sita Sharma", "mero naam Maya ho".

The words that introduce a name and those that close it live in content/vocab.yaml (`name_intro`, `name_end`).
Only the first clause is her name: "Sita, I am pregnant" is Sita, with her news after it.
"""
from __future__ import annotations

import re

from bot import vocab

MAX_NAME = 60
_CLAUSE = re.compile(r"[,.;!?\n।]| and | aur | ra ", re.IGNORECASE)
_LONGEST_INTRO = 3  # words


def name_in(text: str) -> str | None:
    """Her name as she wrote it (her spelling and capitals), or None when the answer holds no letters, or a number:
    "30 weeks", "12 March", "२ महिना" answer a later question, and no name holds a digit."""
    words = _CLAUSE.split(f" {text} ", maxsplit=1)[0].split()
    for size in range(min(_LONGEST_INTRO, len(words) - 1), 0, -1):
        if vocab.means("name_intro", " ".join(words[:size])):
            words = words[size:]
            break
    while len(words) > 1 and vocab.means("name_end", words[-1]):
        words.pop()
    name = " ".join(words)[:MAX_NAME]
    return name if any(ch.isalpha() for ch in name) and not any(ch.isdigit() for ch in name) else None
