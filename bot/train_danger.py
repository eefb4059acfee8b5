"""Learn the danger second opinion's weights from labelled messages: `python -m bot.train_danger`.

Reads tests/eval/danger_tune.yaml and content/danger_training.yaml (messages labelled now / soon / none), and as
everyday messages that are no emergency the topic paraphrases of content/faq/training.yaml and the intent messages
of tests/eval/intents_tune.yaml (so that the classifier also knows a question, a "yes" or "my baby was born"), fits a
logistic regression of `now` against the rest on the features of bot.topic_model, drops the weights too small to
matter and writes content/danger_model.tsv. The same files give the same weights. `--check` first reports
out-of-fold figures: every message scored by a model that never saw it, at each threshold, for the signs
bot.danger lets the classifier calm. Needs scikit-learn (requirements-dev.txt); the service only reads the weights.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from collections import defaultdict
from pathlib import Path

import yaml

from bot import danger, danger_model, faq, topic_model, train_topics

ROOT = Path(__file__).resolve().parent.parent
TUNE_PATH = ROOT / "tests" / "eval" / "danger_tune.yaml"
TRAINING_PATH = ROOT / "content" / "danger_training.yaml"
TOPICS_PATH = ROOT / "content" / "faq" / "training.yaml"
INTENTS_PATH = ROOT / "tests" / "eval" / "intents_tune.yaml"
LABELS = ["other", danger_model.NOW]  # weight order: the model's score is that of `now` against 0
C = 10.0
PRUNE = 0.3  # smaller weights (in absolute value) are dropped: half the features, about 1 MB less per process
SEED = 7
THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)


def messages() -> list[dict]:
    """Every labelled message, the tune set first: {text, label, stage?, sign?}."""
    found = []
    for path in (TUNE_PATH, TRAINING_PATH):
        with open(path, encoding="utf-8") as handle:
            found += yaml.safe_load(handle) or []
    return found + [{"text": text, "label": "none"} for text in everyday()]


def everyday() -> list[str]:
    """Messages that are no emergency and name no sign: topic questions, questions to refuse, intents (not the
    messages labelled with no intent: some of those tell a danger sign)."""
    with open(TOPICS_PATH, encoding="utf-8") as handle:
        topics = yaml.safe_load(handle)
    with open(INTENTS_PATH, encoding="utf-8") as handle:
        intents = yaml.safe_load(handle) or []
    return ([str(text) for paraphrases in topics["topics"].values() for text in paraphrases]
            + [str(text) for text in topics["none"]] + [str(m["text"]) for m in intents if m["intent"] != "none"])


def digest() -> str:
    """What the weights depend on: the labelled messages."""
    content = hashlib.sha256()
    for path in (TUNE_PATH, TRAINING_PATH, TOPICS_PATH, INTENTS_PATH):
        content.update(path.read_bytes())
    return content.hexdigest()[:16]


def target(message: dict) -> str:
    return danger_model.NOW if message["label"] == "now" else LABELS[0]


def fit(texts: list[str], labels: list[str]):
    return train_topics.fit_balanced(texts, labels, C, PRUNE)


def score(vectorizer, classifier, texts: list[str]) -> list[float]:
    column = list(classifier.classes_).index(danger_model.NOW)
    rows = classifier.predict_proba(vectorizer.transform([topic_model.features(faq.all_keys(t)) for t in texts]))
    return [float(row[column]) for row in rows]


class _Unruled(danger._Lexicon):
    """The lexicon without its soften and dismiss rules: what its sign words alone would say."""

    def _urgency(self, sign, message, stage):
        if any(self._holds(rule, message, stage) for rule in sign.now):
            return danger.Urgency.NOW
        return danger.Urgency.SOON if any(self._holds(rule, message, stage) for rule in sign.soon) else None


def check(found: list[dict], folds: int = 5) -> None:
    """Out-of-fold figures. Two readings, both for the signs the classifier may calm (danger.CALMED_SIGNS):
    with the lexicon as it is (what the tune figures become), and with the lexicon's sign words alone, without its
    soften/dismiss rules (on tune the rules fit every message; this shows what the classifier catches by itself)."""
    from sklearn.model_selection import StratifiedKFold

    texts = [str(m["text"]) for m in found]
    labels = [target(m) for m in found]
    oof = [0.0] * len(texts)
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=SEED).split(texts, labels):
        vectorizer, classifier = fit([texts[i] for i in train], [labels[i] for i in train])
        for i, p in zip(test, score(vectorizer, classifier, [texts[i] for i in test])):
            oof[i] = p
    with open(danger.LEXICON, encoding="utf-8") as handle:
        unruled = _Unruled(yaml.safe_load(handle))
    tune = range(len(_tune()))  # messages() reads the tune file first
    ruled = [_lexicon_now(found[i]) for i in tune]
    check_raise(found, oof, ruled)
    bare = [_sign_words_now(unruled, found[i]) for i in tune]
    emergencies = sum(found[i]["label"] == "now" for i in tune)
    calm = len(tune) - emergencies
    print(f"out of fold, {folds} folds, {len(tune)} tune messages ({emergencies} now, {calm} soon/none); "
          f"calmed signs: {', '.join(sorted(danger.CALMED_SIGNS))}")
    for name, said in (("lexicon with its rules", ruled), ("sign words alone (no soften/dismiss rules)", bare)):
        print(f"-- {name}")
        base_hits = sum(s is not None and found[i]["label"] == "now" for i, s in zip(tune, said))
        base_alarms = sum(s is not None and found[i]["label"] != "now" for i, s in zip(tune, said))
        print(f"   without classifier: recall {base_hits / emergencies:.2%}, false go-now {base_alarms / calm:.2%}")
        for threshold in THRESHOLDS:
            hits = alarms = 0
            lost = defaultdict(int)
            for i, sign in zip(tune, said):
                now = sign is not None and not (sign in danger.CALMED_SIGNS and oof[i] < threshold)
                if found[i]["label"] == "now":
                    hits += now
                    if sign is not None and not now:
                        lost[sign] += 1
                else:
                    alarms += now
            losses = ", ".join(f"{s} {n}" for s, n in sorted(lost.items(), key=lambda x: -x[1]))
            print(f"   below {threshold:.2f}: recall {hits / emergencies:.2%}, false go-now {alarms / calm:.2%}"
                  f"  (lost: {losses or '-'})")


def check_raise(found: list[dict], oof: list[float], ruled: list[str | None]) -> None:
    """Out-of-fold figures of the other job: go-now when the classifier is nearly sure and the lexicon said not."""
    from bot import intents

    tune = range(len(ruled))
    emergencies = sum(found[i]["label"] == "now" for i in tune)
    calm = len(ruled) - emergencies
    missed = [i for i in tune if ruled[i] is None and found[i]["label"] == "now"]
    open_to = [i for i in tune if ruled[i] is None and _raisable(found[i])
               and intents.detect(str(found[i]["text"]), guess=False) is None]
    print(f"-- raising: the lexicon misses {len(missed)} of {emergencies} emergencies")
    for threshold in (0.7, 0.8, danger.RAISE_AT, 0.9, 0.95):
        raised = [i for i in open_to if oof[i] >= threshold]
        hits = sum(found[i]["label"] == "now" for i in raised)
        print(f"   at {threshold:.2f}: {hits} of them caught, {len(raised) - hits} more false go-now "
              f"(of {calm} soon/none)")


def _raisable(message: dict) -> bool:
    text, stage = str(message["text"]), _stage(message)
    mild = danger._lexicon_detect(text, stage) or danger.blood_pressure(text, stage)
    return danger.raisable(text, named=mild is not None)


def _tune() -> list[dict]:
    with open(TUNE_PATH, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _stage(message: dict) -> str | None:
    return None if message.get("stage") in (None, "unknown") else message["stage"]


def _lexicon_now(message: dict) -> str | None:
    """The sign of the lexicon's go-now answer (before any second opinion), or None."""
    text, stage = str(message["text"]), _stage(message)
    sign = danger._lexicon_detect(text, stage)
    if sign is None or sign.urgency is not danger.Urgency.NOW:
        sign = danger.blood_pressure(text, stage)
    return sign.sign if sign is not None and sign.urgency is danger.Urgency.NOW else None


def _sign_words_now(unruled: "_Unruled", message: dict) -> str | None:
    text, stage = str(message["text"]), _stage(message)
    sign = unruled.detect(text, stage)
    if sign is not None and sign.urgency is danger.Urgency.NOW:
        return sign.sign
    reading = danger.blood_pressure(text, stage)
    return reading.sign if reading is not None and reading.urgency is danger.Urgency.NOW else None


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report out-of-fold figures first")
    args = parser.parse_args(argv)
    found = messages()
    if args.check:
        check(found)
    texts, labels = [str(m["text"]) for m in found], [target(m) for m in found]
    vectorizer, classifier = fit(texts, labels)
    sign = 1.0 if classifier.classes_[1] == danger_model.NOW else -1.0
    names = vectorizer.get_feature_names_out()
    weights = {str(name): [(1, sign * float(w))] for name, w in zip(names, classifier.coef_[0]) if abs(w) >= PRUNE}
    topic_model.write(danger_model.MODEL_PATH, digest(), LABELS, [0.0, sign * float(classifier.intercept_[0])],
                      weights)
    print(f"{len(texts)} examples, {len(weights)} features -> {danger_model.MODEL_PATH.name}")


if __name__ == "__main__":
    main(sys.argv[1:])
