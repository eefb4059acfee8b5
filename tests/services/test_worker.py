"""The worker runs the same RQ jobs everywhere: on the embedded redis-server and on Redis, scheduled ones too."""
import time
from datetime import timedelta

from rq import Retry

from services import queues
from worker import make_worker


def test_the_worker_takes_queues_in_priority_order(app):
    assert [queue.name for queue in make_worker(app).queues] == ["high", "default", "bulk"]


def test_a_scheduled_job_runs_when_it_is_due(app):
    job = queues.queue("default").enqueue_in(timedelta(seconds=1), "os.getpid", job_id="scheduled-1")
    assert job.get_status() == "scheduled"
    time.sleep(1.5)
    make_worker(app).work(burst=True, with_scheduler=True)
    assert job.get_status() == "finished"


def test_a_failing_job_is_retried(app):
    job = queues.queue("default").enqueue("math.sqrt", -1, retry=Retry(max=2, interval=0))
    make_worker(app).work(burst=True)
    job.refresh()
    assert job.get_status() == "failed" and job.retries_left == 0


def test_sigterm_lets_the_worker_finish_the_job_in_hand(migrated, app):
    """What `docker stop` and systemd send: a warm shutdown, nothing lost."""
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    queue = queues.queue("default")
    job = queue.enqueue("time.sleep", 3, job_id="sleeps-through-sigterm")
    env = os.environ | {"APP_ENV": "test", "DATABASE_URL": migrated["DATABASE_URL"], "REDIS_URL": migrated["REDIS_URL"]}
    process = subprocess.Popen([sys.executable, "worker.py"], cwd=Path(__file__).resolve().parents[2], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while job.get_status(refresh=True) != "started":
            assert time.monotonic() < deadline and process.poll() is None, "the worker did not take the job"
            time.sleep(0.1)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
    assert job.get_status(refresh=True) == "finished"
