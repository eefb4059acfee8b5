"""Learn the intent classifier's weights from labelled messages: `python -m bot.train_intents`.

Reads tests/eval/intents_tune.yaml (messages labelled with what she wants to do, or `none` when they only share an
intent's words), and as messages that want nothing the topic paraphrases and questions to refuse of
content/faq/training.yaml and the danger messages of tests/eval/danger_tune.yaml. Fits a multinomial logistic
regression on the features of bot.topic_model, drops the weights too small to matter and writes
content/intent_model.tsv. The same files give the same weights. `--check` first scores each batch written blind
with a model learnt without it, beside the phrases of content/intents.yaml: what a guess adds where they find
nothing, at each threshold. Needs scikit-learn (requirements-dev.txt); the service only reads the weights.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import yaml

from bot import faq, intent_model, intents, topic_model, train_topics

ROOT = Path(__file__).resolve().parent.parent
INTENTS_PATH = ROOT / "tests" / "eval" / "intents_tune.yaml"
TOPICS_PATH = ROOT / "content" / "faq" / "training.yaml"
DANGER_PATH = ROOT / "tests" / "eval" / "danger_tune.yaml"
C = 10.0
PRUNE = 0.3  # smaller weights (in absolute value) are dropped
BLIND = "blind from the labels"  # the header of a batch written blind, in the intents file
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9)


def examples() -> tuple[list[str], list[str]]:
    """(texts, labels): the intent messages first, then the messages that want nothing."""
    with open(INTENTS_PATH, encoding="utf-8") as handle:
        wishes = yaml.safe_load(handle)
    texts = [str(m["text"]) for m in wishes]
    labels = [str(m["intent"]) for m in wishes]
    nothing = _nothing()
    return texts + nothing, labels + [intent_model.NONE] * len(nothing)


def _nothing() -> list[str]:
    with open(TOPICS_PATH, encoding="utf-8") as handle:
        topics = yaml.safe_load(handle)
    with open(DANGER_PATH, encoding="utf-8") as handle:
        danger = yaml.safe_load(handle)
    return ([str(text) for paraphrases in topics["topics"].values() for text in paraphrases]
            + [str(text) for text in topics["none"]] + [str(m["text"]) for m in danger])


def digest() -> str:
    """What the weights depend on: the labelled messages."""
    content = hashlib.sha256()
    for path in (INTENTS_PATH, TOPICS_PATH, DANGER_PATH):
        content.update(path.read_bytes())
    return content.hexdigest()[:16]


def fit(texts: list[str], labels: list[str]):
    return train_topics.fit_balanced(texts, labels, C, PRUNE)


def check() -> None:
    """Each blind batch read by the phrases and by a classifier that never saw it: how many more wishes a guess
    finds where the phrases found none, and how many it gets wrong (a wish of another kind, or one where the message
    wants nothing), at each threshold, for the guesses bot.intents would take (GUESSED, GUESS_NEEDS)."""
    texts, labels = examples()
    for name, batch in _blind_batches():
        held = {str(m["text"]) for m in batch}
        keep = [i for i, text in enumerate(texts) if text not in held]
        vectorizer, classifier = fit([texts[i] for i in keep], [labels[i] for i in keep])
        rows = classifier.predict_proba(vectorizer.transform(
            [topic_model.features(faq.all_keys(str(m["text"]))) for m in batch]))
        found = [intents.detect(str(m["text"]), guess=False) for m in batch]
        wanted = [None if m["intent"] == intent_model.NONE else m["intent"] for m in batch]
        print(f"{name}: {len(batch)} messages, the phrases right on {sum(f == w for f, w in zip(found, wanted))}")
        for threshold in THRESHOLDS:
            right = wrong = 0
            for text, f, w, row in zip((str(m["text"]) for m in batch), found, wanted, rows):
                best = int(row.argmax())
                guess = str(classifier.classes_[best])
                if f is not None or not intents.may_guess(text, guess, row[best], at=threshold):
                    continue
                right += guess == w
                wrong += guess != w
            print(f"   guessed from {threshold:.2f}: {right} more right, {wrong} wrong")


def _blind_batches() -> list[tuple[str, list[dict]]]:
    lines = INTENTS_PATH.read_text(encoding="utf-8").split("\n")
    starts = [i for i, line in enumerate(lines) if line.startswith("# ---") and BLIND in line]
    batches = []
    for at, start in enumerate(starts):
        end = starts[at + 1] if at + 1 < len(starts) else len(lines)
        batches.append((lines[start][6:60], yaml.safe_load("\n".join(lines[start:end])) or []))
    return batches


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="score each blind batch with a model learnt without it")
    args = parser.parse_args(argv)
    if args.check:
        check()
    texts, labels = examples()
    vectorizer, classifier = fit(texts, labels)
    names = vectorizer.get_feature_names_out()
    weights = {}
    for column, name in enumerate(names):
        kept = [(row, float(w)) for row, w in enumerate(classifier.coef_[:, column]) if w != 0.0]
        if kept:
            weights[str(name)] = kept
    topic_model.write(intent_model.MODEL_PATH, digest(), [str(c) for c in classifier.classes_],
                      [float(b) for b in classifier.intercept_], weights)
    print(f"{len(texts)} examples, {len(classifier.classes_)} labels, {len(weights)} features "
          f"-> {intent_model.MODEL_PATH.name}")


if __name__ == "__main__":
    main(sys.argv[1:])
