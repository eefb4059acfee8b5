"""The RQ worker with its scheduler, on queues high, default and bulk, in that priority.

Production: `python worker.py` (as many processes as needed). Jobs run inside the app made by create_app().
SIGTERM (or Ctrl-C) is a warm shutdown: the job in hand finishes, then the worker exits; a second one stops it
at once (RQ's own handling).
"""
from __future__ import annotations

from flask import Flask
from rq import SimpleWorker

from services import queues
from services.logs import REQUEST_ID


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


def main() -> None:
    from app import create_app
    from services import readiness

    app = create_app()
    readiness.ensure_schema(app)
    with app.app_context():
        make_worker(app).work(with_scheduler=True)


if __name__ == "__main__":
    main()
