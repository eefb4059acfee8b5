"""A second opinion on a go-now answer: how likely is this message, read as a whole, a real emergency?

The danger lexicon (bot/danger.py) finds a sign's words and its rules decide whether they mean an emergency; rules
only know the phrasings someone wrote down. This linear classifier has learnt from labelled messages
(tests/eval/danger_tune.yaml and content/danger_training.yaml) which character pieces, words and word pairs tell a
message about an emergency from one about a normal symptom, a mild form, a negated sign or a general question. It
never silences an alarm: when the lexicon says go-now for a sign that does not kill quickly and the classifier finds
an emergency unlikely, the answer becomes "see a health worker soon". When it is nearly sure of an emergency the
lexicon missed or read as calm, the answer becomes go-now (bot/danger.py: CALM_BELOW, RAISE_AT, OVERRIDE_AT).

The features are those of bot/topic_model (keys of bot.faq, their pairs and character 2-4-grams); the weights are
learnt by `python -m bot.train_danger`, which writes content/danger_model.tsv, and only read here, once per process.
"""
from __future__ import annotations

import functools
from pathlib import Path

from bot import faq, topic_model

MODEL_PATH = Path(__file__).resolve().parent.parent / "content" / "danger_model.tsv"
NOW = "now"


@functools.cache
def model() -> topic_model.Model:
    return topic_model.read(MODEL_PATH)


def probability_now(text: str) -> float:
    """The classifier's probability that `text` reports an emergency (label now)."""
    return model().probabilities_of(faq.all_keys(text))[NOW]
