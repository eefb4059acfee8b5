"""Running the workers' jobs in a test: a dispatcher pass at `now`, then every queued job, as a worker would."""
from __future__ import annotations

from datetime import datetime

from rq import SimpleWorker

from models import db
from models.base import utcnow
from services import dispatcher, queues


def run_jobs(app, now: datetime | None = None, passes: int = 1) -> None:
    for _ in range(passes):
        db.session.rollback()
        dispatcher.dispatch(now or utcnow())
        worker = SimpleWorker([queues.queue(name, app) for name in queues.QUEUE_NAMES], connection=queues.redis(app))
        worker.work(burst=True)
    db.session.rollback()  # end the test's read snapshot: see what the jobs committed
