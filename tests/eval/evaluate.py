"""Offline evaluation of understanding: topics, questions it must refuse, danger signs and intents.

    python -m tests.eval.evaluate                  # the latest held-out set (tests/eval/v4/): aggregate tables only
    python -m tests.eval.evaluate --set v3         # an earlier held-out set (v2, v3): aggregate tables only
    python -m tests.eval.evaluate --set tune -v    # a set we tune on, with every miss listed

A held-out set is written by someone who has seen neither the lexicons nor the knowledge base, and nobody
tunes on it: its messages are never printed, not even a miss or an error, and nothing is written anywhere.
Only counts per category and language come out. Files of a set (each optional):
  topics.yaml  {text, lang, script, writer, topic, also?}   top-1 topic (also: other acceptable topics)
  nearby.yaml  {text, lang, script, writer}                 near-domain questions it must refuse
  danger.yaml  {text, lang, script, writer, stage, label: now|soon|none, sign}
               (stage: pregnant, baby or unknown; v4 writes postpartum or newborn for baby, any for unknown)
  intents.yaml {text, lang, script, writer, intent}
The tuning sets keep their older layout: tests/eval/{topics,danger}_tune.yaml (topic "none" = must refuse).
tests/eval/history/ holds the first held-out files, frozen: they were tuned on, so they measure nothing now.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script
    sys.path.insert(0, str(ROOT))

from bot import danger, faq, intents  # noqa: E402
from flows import timeline  # noqa: E402

EVAL_DIR = Path(__file__).resolve().parent
HELD_OUT = "v4"
STAGES = {"postpartum": "baby", "newborn": "baby", "any": "unknown"}  # v4's names for the stages of bot.danger
ALL = "all"


@dataclass
class Tally:
    """Counts for one category and language; a rate is None when there is nothing to divide by."""

    n: int = 0
    right: int = 0  # topic top-1 / refused / caught (label now) / intent found
    alarms: int = 0  # go-now answers to a message that is no emergency
    calm: int = 0  # messages that are no emergency
    errors: int = 0  # the code under test raised
    wishes: int = 0  # questions the engine would answer as a wish (bot.intents reads a message before its topic)
    by_label: dict[str, list[int]] = field(default_factory=dict)  # danger label -> [messages, answered go-now]
    misses: list[str] = field(default_factory=list)  # only ever filled for a set we tune on

    @property
    def rate(self) -> float | None:
        return self.right / self.n if self.n else None

    @property
    def alarm_rate(self) -> float | None:
        return self.alarms / self.calm if self.calm else None


@dataclass
class Report:
    name: str
    tallies: dict[str, dict[str, Tally]]  # category -> language -> tally
    latencies_ms: list[float]


def load(path: Path) -> list[dict]:
    """A labelled file, or [] when it does not exist. A broken file is reported without its content."""
    if not path.exists():
        return []
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise SystemExit(f"{path.name}: not readable YAML (line {mark.line + 1 if mark else '?'})") from None


def sets(name: str) -> dict[str, list[dict]]:
    """category -> messages, for the held-out set or the tuning set."""
    if name != "tune":
        folder = EVAL_DIR / name
        return {category: load(folder / f"{category}.yaml") for category in ("topics", "nearby", "danger", "intents")}
    topics = load(EVAL_DIR / "topics_tune.yaml")
    return {"topics": [m for m in topics if m["topic"] != "none"],
            "nearby": [m for m in topics if m["topic"] == "none"],
            "danger": load(EVAL_DIR / "danger_tune.yaml"), "intents": load(EVAL_DIR / "intents_tune.yaml")}


def is_now(text: str, stage: str | None = None) -> bool:
    stage = STAGES.get(stage, stage)
    sign = danger.detect(text, stage=None if stage in (None, "unknown") else stage)
    return sign is not None and sign.urgency == danger.Urgency.NOW


# A wish the engine never acts on for a registered mother who gets her messages: a restart.
NOT_ACTED_ON = frozenset({"opt_in"})


def _taken_for_a_wish(message: dict) -> bool:
    """Whether the engine, which reads her wishes before her question's topic, would answer the wish instead (a
    registered mother, pregnant for a birth or a new due date, a reminder lately sent): unless the wish answers the
    topic itself (her own upcoming checkups answer "when are the checkups?")."""
    text = message["text"]
    found = intents.detect(text)
    if found is None or found in NOT_ACTED_ON:
        return False
    if found == "loss":
        return timeline.her_loss(text, found)
    if found == "baby_born":
        return timeline.her_birth(text, found)
    return message.get("topic") not in intents.serves(found)


def _topic(message: dict) -> tuple[bool, bool]:
    found = faq.match(message["text"], message["lang"])
    wanted = {message["topic"], *(message.get("also") or ())}
    right = found is not None and found.topic in wanted and not _taken_for_a_wish(message)
    return right, is_now(message["text"])


def _nearby(message: dict) -> tuple[bool, bool]:
    refused = faq.match(message["text"], message["lang"]) is None and not _taken_for_a_wish(message)
    return refused, is_now(message["text"])


def _danger(message: dict) -> tuple[bool, bool]:
    now = is_now(message["text"], message.get("stage"))
    return (now if message["label"] == "now" else not now), now


NO_INTENT = "none"  # a message that only shares an intent's words: no wish should be found in it


def _intent(message: dict) -> tuple[bool, bool]:
    wanted = None if message["intent"] == NO_INTENT else message["intent"]
    return _acted_on(message["text"]) == wanted, is_now(message["text"])


def _acted_on(text: str) -> str | None:
    """The wish the engine acts on (flows/wishes.py, flows/timeline.py): a loss that is not hers ("my neighbour's baby
    died in the womb, am I at risk?") is read again without it; a birth that is not hers ("my neighbour's baby was
    born at 7 months, will mine come early?") is none, and her question is answered."""
    found = intents.detect(text)
    if found == "loss" and not timeline.her_loss(text, found):
        again = intents.match(text, without=frozenset({"loss"}))
        return again.id if again else None
    if found == "baby_born" and not timeline.her_birth(text, found):
        return None
    return found


SCORERS = {"topics": _topic, "nearby": _nearby, "danger": _danger, "intents": _intent}


def evaluate(name: str = HELD_OUT, *, keep_misses: bool = False) -> Report:
    tallies: dict[str, dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
    latencies: list[float] = []
    for category, messages in sets(name).items():
        for message in messages:
            rows = (tallies[category][message.get("lang", "?")], tallies[category][ALL])
            start = time.perf_counter()
            outcome = _score(category, message)
            latencies.append((time.perf_counter() - start) * 1000)
            wish = category in ("topics", "nearby") and outcome is not None and _taken_for_a_wish(message)
            for tally in rows:
                _add(tally, category, message, outcome, keep_misses)
                tally.wishes += wish
    return Report(name, tallies, latencies)


def _score(category: str, message: dict) -> tuple[bool, bool] | None:
    try:
        return SCORERS[category](message)
    except Exception:  # noqa: BLE001 - counted, never shown: the message may be held out
        return None


def _add(tally: Tally, category: str, message: dict, outcome, keep_misses: bool) -> None:
    tally.n += 1
    if outcome is None:
        tally.errors += 1
        return
    right, alarm = outcome
    tally.right += right
    if category == "danger":
        counts = tally.by_label.setdefault(message["label"], [0, 0])
        counts[0] += 1
        counts[1] += alarm
    emergency = category == "danger" and message["label"] == "now"
    if not emergency:
        tally.calm += 1
        tally.alarms += alarm
    if keep_misses and not right:
        wanted = message.get("topic") or message.get("intent") or message.get("label") or "refuse"
        tally.misses.append(f"[{category}] {message['text']!r}: want {wanted}")


COLUMNS = {"topics": "topic top-1", "nearby": "refused", "danger": "recall/right", "intents": "intent"}


def format_report(report: Report) -> str:
    lines = [f"== {report.name} ==",
             f"{'category':<9}{'lang':<5}{'n':>5}{'measure':>14}{'rate':>8}{'false go-now':>14}{'errors':>8}"]
    for category, by_language in report.tallies.items():
        for language in sorted(by_language, key=lambda code: (code == ALL, code)):
            t = by_language[language]
            lines.append(f"{category:<9}{language:<5}{t.n:>5}{COLUMNS[category]:>14}{_pct(t.rate):>8}"
                         f"{_pct(t.alarm_rate):>14}{t.errors:>8}")
    lines += _danger_lines(report) + _wish_lines(report)
    lines.append(f"time per message: p50 {statistics.median(report.latencies_ms or [0]):.2f} ms, "
                 f"max {max(report.latencies_ms or [0]):.2f} ms")
    return "\n".join(lines)


def _danger_lines(report: Report) -> list[str]:
    """Go-now answers per danger label: recall on `now`, false alarms on `none`, escalations of `soon`."""
    lines = []
    for language in sorted(report.tallies.get("danger", {}), key=lambda code: (code == ALL, code)):
        by_label = report.tallies["danger"][language].by_label
        parts = [f"{label} {_pct(alarms / n if n else None)} of {n}"
                 for label, (n, alarms) in sorted(by_label.items())]
        lines.append(f"danger   {language:<5} go-now on label: " + ", ".join(parts))
    return lines


def _wish_lines(report: Report) -> list[str]:
    """Questions that a wish would answer first (stop, baby born, a reminder done...): the topic's answer never comes,
    and they are counted as misses above."""
    return [f"{category:<9}{ALL:<5} taken for a wish (misses): {report.tallies[category][ALL].wishes} of "
            f"{report.tallies[category][ALL].n}" for category in ("topics", "nearby") if category in report.tallies]


def _recall(report: Report, language: str) -> float | None:
    tally = report.tallies["danger"][language]
    emergencies = tally.n - tally.calm
    caught = tally.right - (tally.calm - tally.alarms)  # right on calm messages = calm - alarms
    return caught / emergencies if emergencies else None


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default=HELD_OUT, help="v4 (held out, the default), v2 or v3 (held out earlier) or tune")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the misses (never for a held-out set)")
    args = parser.parse_args(argv)
    if args.verbose and args.set != "tune":
        parser.error("a held-out set is only ever shown as aggregate figures")
    report = evaluate(args.set, keep_misses=args.verbose)
    print(format_report(report))
    for line in (m for by_language in report.tallies.values() for m in by_language[ALL].misses):
        print("  miss:", line)


if __name__ == "__main__":
    main(sys.argv[1:])
