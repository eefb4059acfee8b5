"""How long understanding one message takes: danger-sign detection plus knowledge-base matching.

Target (issue: understanding what mothers write): under 20 ms at p99 on this machine. Run by hand:
    .venv/bin/python bench/matching.py [--rounds 20]
It times every labelled evaluation message (tests/eval/*.yaml), several rounds, after loading the content once.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import danger, faq  # noqa: E402

TARGET_P99_MS = 20.0


def messages() -> list[tuple[str, str]]:
    found = []
    for path in sorted((ROOT / "tests" / "eval").glob("*.yaml")):
        found += [(m["text"], m["lang"]) for m in yaml.safe_load(path.read_text(encoding="utf-8"))]
    return found


def time_one(text: str, locale: str) -> float:
    start = time.perf_counter()
    danger.detect(text)
    faq.match(text, locale)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    rounds = parser.parse_args().rounds
    texts = messages()
    load_start = time.perf_counter()
    time_one("warm up", "en")
    load_ms = (time.perf_counter() - load_start) * 1000
    timings = sorted(time_one(text, lang) for _ in range(rounds) for text, lang in texts)
    p50 = statistics.median(timings)
    p99 = timings[int(len(timings) * 0.99) - 1]
    print(f"messages {len(texts)} x {rounds} rounds = {len(timings)} timings; first call (loads content) "
          f"{load_ms:.0f} ms")
    print(f"p50 {p50:.2f} ms  p99 {p99:.2f} ms  max {timings[-1]:.2f} ms  target p99 < {TARGET_P99_MS:.0f} ms: "
          f"{'PASS' if p99 < TARGET_P99_MS else 'FAIL'}")


if __name__ == "__main__":
    main()
