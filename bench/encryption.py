"""What encryption at rest costs a webhook turn: the seal, open and blind-index calls of real turns, timed.

Run by hand: `python bench/encryption.py [--phones 20]`. It drives registrations and questions through the signed
webhook of an app on SQLite and an embedded Redis in a temporary folder, counts every call to the keyring during
those turns and times each; then times each operation alone. CPU time, one process: it needs no quiet machine,
though a busy one inflates every figure alike.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from models import crypto  # noqa: E402

TURNS = ("hi", "1", "yes", "Sita Kumari", "1", "20 weeks", "1", "skip", "what should I eat", "my back hurts a bit")
KEYS = {"PII_ENCRYPTION_KEY": "bench:" + "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        "PII_INDEX_KEY": "aW5kZXgta2V5LWZvci10ZXN0cy1vbmx5LTMyYnl0ZXM="}


class Counted:
    """Wraps the keyring's three operations with a call count and the CPU time spent in them."""

    def __init__(self):
        self.calls = {"seal": 0, "open": 0, "blind": 0}
        self.seconds = 0.0

    def wrap(self):
        for name in self.calls:
            original = getattr(crypto.Keyring, name)

            def timed(keyring, value, _original=original, _name=name):
                start = time.process_time()
                try:
                    return _original(keyring, value)
                finally:
                    self.seconds += time.process_time() - start
                    self.calls[_name] += 1

            setattr(crypto.Keyring, name, timed)


def turns(phones: int, folder: Path) -> tuple[int, float, Counted]:
    from app import create_app
    from tests.support import services
    from tests.support.phone import Phone

    backend = services.embedded(folder)
    try:
        services.upgrade(backend)
        app = create_app(services.overrides(backend) | KEYS)
        counted = Counted()
        counted.wrap()
        with app.app_context():
            client = app.test_client()
            start = time.process_time()
            for n in range(phones):
                phone = Phone(client, f"+97798{n:08d}")
                for text in TURNS:
                    phone.send(text)
            return phones * len(TURNS), time.process_time() - start, counted
    finally:
        backend["_server"].shutdown()


def alone(repeat: int = 20000) -> dict[str, float]:
    keyring = crypto.Keyring.parse(KEYS["PII_ENCRYPTION_KEY"], KEYS["PII_INDEX_KEY"])
    body = "My feet and hands are swollen since Monday and I have a headache, is this normal at 30 weeks?"
    sealed = keyring.seal(body)
    timings = {}
    for name, call in (("seal", lambda: keyring.seal(body)), ("open", lambda: keyring.open(sealed)),
                       ("blind", lambda: keyring.blind("+9779800000001"))):
        start = time.process_time()
        for _ in range(repeat):
            call()
        timings[name] = (time.process_time() - start) / repeat * 1e6
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=20)
    args = parser.parse_args()
    unit = alone()
    print("one operation alone (µs, 94-character body): "
          + ", ".join(f"{name} {micro:.1f}" for name, micro in unit.items()))
    with tempfile.TemporaryDirectory() as folder:
        count, seconds, counted = turns(args.phones, Path(folder))
    per_turn = {name: calls / count for name, calls in counted.calls.items()}
    print(f"{count} turns, {seconds / count * 1e3:.2f} ms CPU per turn in this process (test client, SQLite)")
    print("keyring calls per turn: " + ", ".join(f"{name} {n:.1f}" for name, n in per_turn.items()))
    print(f"CPU in the keyring per turn: {counted.seconds / count * 1e6:.0f} µs "
          f"({counted.seconds / seconds:.1%} of the turn)")


if __name__ == "__main__":
    main()
