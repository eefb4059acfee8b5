"""Learn the topic classifier's weights from the written paraphrases: `python -m bot.train_topics`.

Reads content/faq/training.yaml (paraphrases per topic, and `none`: questions we must not answer) and the
keywords and titles of content/faq/topics.yaml, fits a multinomial logistic regression on the features of
bot.topic_model, drops the weights too small to matter and writes content/faq/topic_model.tsv. The same files
give the same weights. `--check` first reports a cross-validated estimate on the paraphrases themselves.
Needs scikit-learn (requirements-dev.txt); the service only reads the written weights.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import sys

import yaml

from bot import faq, topic_model

TRAINING_PATH = faq.CONTENT_DIR / "training.yaml"
C = 20.0  # inverse regularisation strength of the logistic regression
PRUNE = 0.2  # smaller weights (in absolute value) are dropped: a quarter of the weights, the same accuracy
SEED = 7


def examples() -> tuple[list[str], list[str]]:
    """(texts, labels): the paraphrases, then each topic's keywords and titles."""
    with open(TRAINING_PATH, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    pairs = [(str(text), topic) for topic, texts in data["topics"].items() for text in texts]
    pairs += [(str(text), topic_model.OUT_OF_SCOPE) for text in data[topic_model.OUT_OF_SCOPE]]
    for topic in faq._content().topics:
        phrases = [p for group in topic["keywords"].values() for p in group] + list(topic["title"].values())
        pairs += [(str(p), topic["id"]) for p in phrases]
    return [t for t, _ in pairs], [label for _, label in pairs]


def misspelt(text: str, chance: random.Random) -> str:
    """The text with one typing slip in each longer word: two letters swapped, one dropped or one doubled."""
    def slip(word: str) -> str:
        if len(word) < 5 or not word.isalpha():
            return word
        i = chance.randrange(1, len(word) - 1)
        kind = chance.randrange(3)
        if kind == 0:
            return word[:i] + word[i + 1] + word[i] + word[i + 2:]
        return word[:i] + word[i + 1:] if kind == 1 else word[:i] + word[i] + word[i:]
    return " ".join(slip(word) for word in text.split())


def augmented(texts: list[str], labels: list[str]) -> tuple[list[str], list[str]]:
    """Each example once more with typing slips, so that misspellings nobody wrote down are read too."""
    chance = random.Random(SEED)
    slipped = [misspelt(text, chance) for text in texts]
    return texts + slipped, labels + labels


def digest() -> str:
    """What the weights depend on: the paraphrases and the topics' keywords and titles."""
    content = hashlib.sha256()
    for path in (TRAINING_PATH, faq.CONTENT_DIR / "topics.yaml"):
        content.update(path.read_bytes())
    return content.hexdigest()[:16]


def vectors(texts: list[str]) -> list[dict[str, float]]:
    return [topic_model.features(faq.all_keys(text)) for text in texts]


def fit(texts: list[str], labels: list[str]):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    texts, labels = augmented(texts, labels)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(vectors(texts))
    classifier = LogisticRegression(C=C, max_iter=3000, random_state=SEED)
    classifier.fit(matrix, labels)
    return vectorizer, classifier


def fit_balanced(texts: list[str], labels: list[str], c: float, prune: float):
    """The same features and typing slips, for a classifier of a few labels of very different sizes (the danger second
    opinion, the intents): classes weighed as balanced, and weights below `prune` dropped in place, as they are
    stored, so that figures measured on the fitted model are the service's."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    texts, labels = augmented(texts, labels)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(vectors(texts))
    classifier = LogisticRegression(C=c, max_iter=3000, random_state=SEED, class_weight="balanced")
    classifier.fit(matrix, labels)
    classifier.coef_[abs(classifier.coef_) < prune] = 0.0
    return vectorizer, classifier


def pruned(vectorizer, classifier) -> dict[str, list[tuple[int, float]]]:
    names = vectorizer.get_feature_names_out()
    weights = {}
    for column, name in enumerate(names):
        kept = [(row, float(w)) for row, w in enumerate(classifier.coef_[:, column]) if abs(w) >= PRUNE]
        if kept:
            weights[str(name)] = kept
    return weights


def check(texts: list[str], labels: list[str], folds: int = 5) -> None:
    """Cross-validated topic top-1 and refusals of `none`, decided as bot.faq.match decides (keywords and titles
    always stay in training; only paraphrases are held out)."""
    from sklearn.model_selection import StratifiedKFold

    count = _paraphrase_count()
    split = StratifiedKFold(folds, shuffle=True, random_state=SEED)
    right = refused = topics = nones = 0
    for train, test in split.split(texts[:count], labels[:count]):
        keep = sorted(set(range(len(texts))) - set(test))
        vectorizer, classifier = fit([texts[i] for i in keep], [labels[i] for i in keep])
        rows = classifier.predict_proba(vectorizer.transform(vectors([texts[i] for i in test])))
        for i, row in zip(test, rows):
            lexical = dict(faq._lexical(texts[i], limit=len(classifier.classes_)))
            guess = faq.verdict(*faq.blend(dict(zip(classifier.classes_, row)), lexical))
            if labels[i] == topic_model.OUT_OF_SCOPE:
                nones += 1
                refused += guess is None
            else:
                topics += 1
                right += guess == labels[i]
    print(f"cross-validated: topic top-1 {right / topics:.1%} of {topics}, refused {refused / nones:.1%} of {nones}")


def _paraphrase_count() -> int:
    with open(TRAINING_PATH, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return sum(map(len, data["topics"].values())) + len(data[topic_model.OUT_OF_SCOPE])


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report a cross-validated estimate first")
    args = parser.parse_args(argv)
    texts, labels = examples()
    if args.check:
        check(texts, labels)
    vectorizer, classifier = fit(texts, labels)
    weights = pruned(vectorizer, classifier)
    topic_model.write(topic_model.MODEL_PATH, digest(), [str(c) for c in classifier.classes_],
                      [float(b) for b in classifier.intercept_], weights)
    kept = sum(map(len, weights.values()))
    print(f"{len(texts)} examples, {len(classifier.classes_)} labels, {len(weights)} features, {kept} weights "
          f"-> {topic_model.MODEL_PATH.name}")


if __name__ == "__main__":
    main(sys.argv[1:])
