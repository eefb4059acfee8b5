"""The RQ worker on queues high, default and bulk, in that priority, with the outbox dispatcher beside it.

Production: `python worker.py` (as many processes as needed, on as many hosts). Jobs run inside the app made by
create_app(). Each worker also runs the dispatcher pass every OUTBOX_DISPATCH_SECONDS in a thread of its own:
the outbox rows in the database, not the jobs in Redis, decide what is sent, so no RQ scheduler is needed and a
worker killed with `kill -9` leaves no lock behind.
"""
from __future__ import annotations

import logging
import threading

from flask import Flask
from rq import SimpleWorker

from services import queues

log = logging.getLogger(__name__)


def make_worker(app: Flask) -> SimpleWorker:
    """SimpleWorker runs jobs in this process, inside the pushed app context (no fork, no copied pools)."""
    return SimpleWorker([queues.queue(name, app) for name in queues.QUEUE_NAMES], connection=queues.redis(app))


def start_dispatcher(app: Flask, stop: threading.Event) -> threading.Thread:
    thread = threading.Thread(target=_dispatch_forever, args=(app, stop), name="dispatcher", daemon=True)
    thread.start()
    return thread


def _dispatch_forever(app: Flask, stop: threading.Event) -> None:
    from services import delivery, dispatcher
    from models import db

    interval = app.config["AAMCARE"].OUTBOX_DISPATCH_SECONDS
    while not stop.is_set():
        with app.app_context():
            try:
                dispatcher.dispatch(delivery.now_utc())
            except Exception:  # Redis or the database away: try again at the next pass
                db.session.rollback()
                log.warning("dispatcher pass failed; next in %ss", interval, exc_info=True)
        stop.wait(interval)


def main() -> None:
    from app import create_app

    app = create_app()
    stop = threading.Event()
    start_dispatcher(app, stop)
    with app.app_context():
        try:
            make_worker(app).work()
        finally:
            stop.set()


if __name__ == "__main__":
    main()
