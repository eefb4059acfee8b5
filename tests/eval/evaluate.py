"""Offline evaluation of the FAQ matcher and the danger-sign detector on labelled messages.

Run from the repository root as `python -m tests.eval.evaluate` or `python tests/eval/evaluate.py`.
It prints, per split (tune, heldout) and language (en, hi, ne, all): danger-sign recall and precision,
the false-alarm rate on non-emergency messages, top-1 topic accuracy, and matching latency. The tune split
is for tuning; the held-out split only measures, and tests/eval/test_targets.py guards its numbers.

The danger detector (bot.danger) is imported lazily: while it does not exist, its columns say so.
"""
from __future__ import annotations

import importlib
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import yaml

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script
    sys.path.insert(0, str(ROOT))

from bot import faq  # noqa: E402

EVAL_DIR = Path(__file__).resolve().parent
SPLITS = ("tune", "heldout")
LANGUAGES = ("en", "hi", "ne", "all")


@dataclass
class Counts:
    """Tallies for one split and language; ratios are None when there is nothing to divide by."""

    topic_total: int = 0
    topic_correct: int = 0
    emergencies: int = 0  # danger messages labelled now
    emergencies_caught: int = 0  # ... detected as NOW
    detected_now: int = 0  # any message detected as NOW
    detected_now_right: int = 0  # ... whose label is now
    non_emergencies: int = 0  # topic messages + danger messages labelled none/soon
    false_alarms: int = 0  # ... detected as NOW
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float | None:
        return _ratio(self.topic_correct, self.topic_total)

    @property
    def recall(self) -> float | None:
        return _ratio(self.emergencies_caught, self.emergencies)

    @property
    def precision(self) -> float | None:
        return _ratio(self.detected_now_right, self.detected_now)

    @property
    def false_alarm_rate(self) -> float | None:
        return _ratio(self.false_alarms, self.non_emergencies)


@dataclass
class Report:
    split: str
    by_language: dict[str, Counts]
    latencies_ms: list[float]
    danger_available: bool


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def load(name: str) -> list[dict]:
    """A labelled message file, or [] when it does not exist (yet)."""
    path = EVAL_DIR / f"{name}.yaml"
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle) or []


def danger_module() -> ModuleType | None:
    try:
        return importlib.import_module("bot.danger")
    except ModuleNotFoundError as missing:
        if missing.name != "bot.danger":  # the module exists but is broken: say so loudly
            raise
        return None


def is_now(danger: ModuleType | None, text: str) -> bool:
    if danger is None:
        return False
    sign = danger.detect(text)
    return sign is not None and _urgency_value(sign.urgency) == "now"


def _urgency_value(urgency) -> str:
    return str(getattr(urgency, "value", urgency)).lower()


def evaluate(split: str) -> Report:
    """Score one split: topic messages through faq.match, every message through danger.detect."""
    danger = danger_module()
    counts = {language: Counts() for language in LANGUAGES}
    latencies: list[float] = []
    for message in load(f"topics_{split}"):
        latencies.append(_score_topic(message, danger, _tallies(counts, message)))
    for message in load(f"danger_{split}") if danger else []:
        _score_danger(message, danger, _tallies(counts, message))
    return Report(split, counts, latencies, danger is not None)


def _tallies(counts: dict[str, Counts], message: dict) -> list[Counts]:
    return [counts[message["lang"]], counts["all"]]


def _score_topic(message: dict, danger: ModuleType | None, tallies: list[Counts]) -> float:
    """Tally one topic message; return the time (ms) to match it and check it for danger signs."""
    start = time.perf_counter()
    found = faq.match(message["text"], message["lang"])
    alarm = is_now(danger, message["text"])
    elapsed = (time.perf_counter() - start) * 1000
    predicted = found.topic if found else "none"
    for tally in tallies:
        tally.topic_total += 1
        tally.topic_correct += predicted == message["topic"]
        tally.non_emergencies += 1
        tally.false_alarms += alarm
        tally.detected_now += alarm
        if predicted != message["topic"]:
            tally.misses.append(f"{message['text']!r}: want {message['topic']}, got {predicted}")
    return elapsed


def _score_danger(message: dict, danger: ModuleType, tallies: list[Counts]) -> None:
    alarm = is_now(danger, message["text"])
    emergency = str(message["label"]).lower() == "now"
    for tally in tallies:
        tally.emergencies += emergency
        tally.emergencies_caught += emergency and alarm
        tally.non_emergencies += not emergency
        tally.false_alarms += alarm and not emergency
        tally.detected_now += alarm
        tally.detected_now_right += alarm and emergency


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of the values fall (nearest rank)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def format_report(report: Report) -> str:
    header = f"{'lang':<5}{'n_topic':>8}{'top1_acc':>10}{'n_now':>7}{'recall':>8}{'precision':>10}{'false_alarm':>12}"
    lines = [f"== {report.split} ==", header]
    lines += [_format_row(language, counts) for language, counts in report.by_language.items()]
    if not report.danger_available:
        lines.append("danger part unavailable: bot.danger is not importable (topic accuracy only)")
    lines.append(
        f"latency per message (faq.match + danger.detect): p50 {statistics.median(report.latencies_ms or [0]):.2f} ms,"
        f" p99 {percentile(report.latencies_ms, 0.99):.2f} ms"
    )
    return "\n".join(lines)


def _format_row(language: str, c: Counts) -> str:
    return (
        f"{language:<5}{c.topic_total:>8}{_pct(c.accuracy):>10}{c.emergencies:>7}{_pct(c.recall):>8}"
        f"{_pct(c.precision):>10}{_pct(c.false_alarm_rate):>12}"
    )


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    for split in SPLITS:
        report = evaluate(split)
        print(format_report(report))
        if verbose:
            print("\n".join(f"  miss: {line}" for line in report.by_language["all"].misses))
        print()


if __name__ == "__main__":
    main(sys.argv[1:])
