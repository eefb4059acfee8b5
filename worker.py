"""The RQ worker on queues high, default and bulk, in that priority, with the outbox dispatcher beside it.

Production: `python worker.py` (as many processes as needed, on as many hosts). Jobs run inside the app made by
create_app(). Each worker also runs the dispatcher pass every OUTBOX_DISPATCH_SECONDS in a thread of its own:
the outbox rows in the database, not the jobs in Redis, decide what is sent, so no RQ scheduler is needed and a
worker killed with `kill -9` leaves no lock behind. SIGTERM (or Ctrl-C) is a warm shutdown: the job in hand
finishes, then the worker exits; a second one stops it at once (RQ's own handling).
"""
from __future__ import annotations

import logging
import threading
import time
from datetime import datetime
from typing import Callable

from flask import Flask
from rq import SimpleWorker

from services import queues
from services.logs import REQUEST_ID

log = logging.getLogger(__name__)


class Worker(SimpleWorker):
    """SimpleWorker runs jobs in this process, inside the pushed app context (no fork, no copied pools).

    Each job runs under the request id of what enqueued it (services.queues), so its log lines, and the jobs it
    enqueues in turn, carry the id of the message that started it all."""

    def execute_job(self, job, queue):
        token = REQUEST_ID.set(job.meta.get("request_id"))
        try:
            return super().execute_job(job, queue)
        finally:
            REQUEST_ID.reset(token)


def make_worker(app: Flask) -> Worker:
    return Worker([queues.queue(name, app) for name in queues.QUEUE_NAMES], connection=queues.redis(app))


def start_dispatcher(app: Flask, stop: threading.Event) -> threading.Thread:
    thread = threading.Thread(target=_dispatch_forever, args=(app, stop), name="dispatcher", daemon=True)
    thread.start()
    return thread


def periodic_tasks(app: Flask) -> list[tuple[str, float, Callable[[datetime], object]]]:
    """What each worker runs by itself, every so many seconds, with the present as its argument. Each task must be
    safe to run on every worker at once (the outbox's natural keys and claims make it so)."""
    from services import dispatcher

    return [("dispatcher pass", app.config["AAMCARE"].OUTBOX_DISPATCH_SECONDS, dispatcher.dispatch)]


def _dispatch_forever(app: Flask, stop: threading.Event) -> None:
    from models import db
    from services import delivery

    tasks = periodic_tasks(app)
    next_run = {name: 0.0 for name, _, _ in tasks}
    while not stop.is_set():
        for name, every, task in tasks:
            if time.monotonic() < next_run[name]:
                continue
            next_run[name] = time.monotonic() + every
            with app.app_context():
                try:
                    task(delivery.now_utc())
                except Exception:  # Redis or the database away: try again next time
                    db.session.rollback()
                    log.warning("%s failed; next in %ss", name, every, exc_info=True)
        stop.wait(min(every for _, every, _ in tasks))


def main() -> None:
    from app import create_app
    from services import readiness

    app = create_app()
    readiness.ensure_schema(app)
    stop = threading.Event()
    start_dispatcher(app, stop)
    with app.app_context():
        try:
            make_worker(app).work()
        finally:
            stop.set()


if __name__ == "__main__":
    main()
