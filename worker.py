"""The RQ worker with its scheduler, on queues high, default and bulk, in that priority.

Production: `python worker.py` (as many processes as needed). Jobs run inside the app made by create_app().
"""
from __future__ import annotations

from flask import Flask
from rq import SimpleWorker

from services import queues


def make_worker(app: Flask) -> SimpleWorker:
    """SimpleWorker runs jobs in this process, inside the pushed app context (no fork, no copied pools)."""
    return SimpleWorker([queues.queue(name, app) for name in queues.QUEUE_NAMES], connection=queues.redis(app))


def main() -> None:
    from app import create_app
    from services import readiness

    app = create_app()
    readiness.ensure_schema(app)
    with app.app_context():
        make_worker(app).work(with_scheduler=True)


if __name__ == "__main__":
    main()
