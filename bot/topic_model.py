"""A linear classifier from a question to a knowledge-base topic, or to `none` (a question we cannot answer).

Keyword look-up only finds the words someone thought of; this model learns from many written paraphrases
(content/faq/training.yaml) which character pieces and words tell topics apart, so it also reads misspellings,
romanisations and phrasings nobody listed. The features are those of `features()`: every word is first reduced
to its latin key (bot.faq.key: Devanagari transliterated, romanisation variants folded), then the keys, the
pairs of adjacent keys and the character 2-4-grams of each key with its word boundaries are counted, and the
vector is scaled to unit length. The weights are learnt by `python -m bot.train_topics`, which writes
content/faq/topic_model.tsv; here they are only read, once per process, and applied with a softmax.
"""
from __future__ import annotations

import functools
import itertools
import math
from array import array
from collections import Counter
from dataclasses import dataclass
from operator import add
from pathlib import Path
from typing import Mapping

MODEL_PATH = Path(__file__).resolve().parent.parent / "content" / "faq" / "topic_model.tsv"
OUT_OF_SCOPE = "none"
NGRAM_SIZES = (2, 3, 4)
# Words whose features and scores are remembered (most recently used): about 2 MB at most per process.
WORDS_REMEMBERED = 2048


def features(keys: list[str]) -> dict[str, float]:
    """The unit-length feature vector of a question given as the keys of its words, in order."""
    found = counts(keys)
    norm = math.hypot(*found.values()) or 1.0
    return {name: count / norm for name, count in found.items()}


def counts(keys: list[str]) -> Counter:
    """How often each feature occurs in a question given as the keys of its words, in order."""
    found = Counter(itertools.chain.from_iterable(map(_word_features, keys)))
    found.update(_bigrams(keys))
    return found


@functools.lru_cache(maxsize=WORDS_REMEMBERED)
def _word_features(key: str) -> tuple[str, ...]:
    """The features one word brings, repeats included: the word itself and its character n-grams."""
    padded = f"<{key}>"
    return ("w " + key,) + tuple("c " + padded[i:i + size] for size in NGRAM_SIZES
                                 for i in range(len(padded) - size + 1))


def _bigrams(keys: list[str]) -> list[str]:
    return [f"b {a} {b}" for a, b in zip(keys, keys[1:])]


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one model per process
class Model:
    """The weights in flat arrays, a few megabytes less per worker than a Python object per weight: feature
    number n owns the (label, weight) pairs from offsets[n] to offsets[n + 1]."""

    labels: tuple[str, ...]  # topic ids and OUT_OF_SCOPE, in weight order
    bias: tuple[float, ...]
    rows: Mapping[str, int]  # feature -> feature number; features without a weight left out
    offsets: array  # 'I', one more than there are features
    targets: array  # 'B', label index of each weight
    weights: array  # 'f'

    def probabilities(self, vector: Mapping[str, float]) -> dict[str, float]:
        """Label -> probability (softmax of the linear scores) of a feature vector."""
        scores = list(self.bias)
        for name, value in vector.items():
            self._add(scores, name, value)
        return self._softmax(scores)

    def probabilities_of(self, keys: list[str]) -> dict[str, float]:
        """The same as `probabilities(features(keys))`, in a fraction of the time. The scores are linear in the
        feature counts, so the share of each word (its own feature and its n-grams) is summed once per word and
        remembered; a question then adds a few word vectors and its bigrams, then scales by the vector's norm."""
        found = counts(keys)
        norm = math.hypot(*found.values()) or 1.0
        unscaled = [0.0] * len(self.labels)
        for key in keys:
            unscaled = list(map(add, unscaled, self._word_scores(key)))
        for name in _bigrams(keys):
            self._add(unscaled, name, 1.0)
        return self._softmax([b + s / norm for b, s in zip(self.bias, unscaled)])

    def _word_scores(self, key: str) -> array:
        return _word_scores(self, key)

    def _add(self, scores: list[float], name: str, value: float) -> None:
        row = self.rows.get(name)
        if row is not None:
            start, end = self.offsets[row], self.offsets[row + 1]
            for label, weight in zip(self.targets[start:end], self.weights[start:end]):
                scores[label] += weight * value

    def _softmax(self, scores: list[float]) -> dict[str, float]:
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {label: e / total for label, e in zip(self.labels, exps)}


@functools.lru_cache(maxsize=WORDS_REMEMBERED)
def _word_scores(model: Model, key: str) -> array:
    """One word's unscaled share of every label's score."""
    scores = [0.0] * len(model.labels)
    for name in _word_features(key):
        model._add(scores, name, 1.0)
    return array("d", scores)


@functools.cache
def model() -> Model:
    return read(MODEL_PATH)


def read(path: Path) -> Model:
    """Read a model written by `write`, line by line (a whole-file parse would leave its peak in the worker's RSS)."""
    rows, offsets, targets, weights = {}, array("I", [0]), array("B"), array("f")
    with open(path, encoding="utf-8") as handle:
        next(handle)  # the digest of what it was learnt from
        labels = tuple(next(handle).rstrip("\n").split("\t"))
        scale = float(next(handle))
        bias = tuple(int(b) / scale for b in next(handle).split("\t"))
        for line in handle:
            name, packed = line.rstrip("\n").split("\t")
            for pair in packed.split():
                label, weight = pair.split(":")
                targets.append(int(label))
                weights.append(int(weight) / scale)
            rows[name] = len(offsets) - 1
            offsets.append(len(weights))
    return Model(labels=labels, bias=bias, rows=rows, offsets=offsets, targets=targets, weights=weights)


def learnt_from(path: Path) -> str:
    """The digest of the training files a stored model was learnt from (its first line)."""
    with open(path, encoding="utf-8") as handle:
        return next(handle).split()[-1]


def write(path: Path, digest: str, labels: list[str], bias: list[float], weights: dict[str, list[tuple[int, float]]],
          scale: int = 1000) -> None:
    """Store a model as text: the digest of its training files, the labels, the scale, the biases, then one line
    per feature with its `label:weight` pairs, weights as integers in 1/scale."""
    lines = [f"learnt from {digest}", "\t".join(labels), str(scale), "\t".join(str(round(b * scale)) for b in bias)]
    lines += [f"{name}\t" + " ".join(f"{i}:{round(w * scale)}" for i, w in pairs) for name, pairs in sorted(weights.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
