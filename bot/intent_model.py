"""A guess at what she wants when no phrase of content/intents.yaml says it: a linear classifier over the same
features as the topic classifier (bot/topic_model: word keys, their pairs and character 2-4-grams), learnt from the
intent messages and from messages that want nothing (questions, danger signs) by `python -m bot.train_intents`,
which writes content/intent_model.tsv; here the weights are only read, once per process.
"""
from __future__ import annotations

import functools
from pathlib import Path

from bot import faq, topic_model

MODEL_PATH = Path(__file__).resolve().parent.parent / "content" / "intent_model.tsv"
NONE = "none"  # the label of a message that wants nothing of the service


@functools.cache
def model() -> topic_model.Model:
    return topic_model.read(MODEL_PATH)


def best(text: str) -> tuple[str, float]:
    """The likeliest intent of `text` (or NONE) and its probability."""
    probabilities = model().probabilities_of(faq.all_keys(text))
    label = max(probabilities, key=probabilities.__getitem__)
    return label, probabilities[label]
