"""Production web server settings. gunicorn reads ./gunicorn.conf.py by default, so from this folder
`gunicorn "app:create_app()"` uses them; options on the command line override them.

Worker class and count, chosen by measuring on a 2-core machine (bench/RESULTS.md): a message costs about 2-3 ms
of CPU-bound Python (signature check, engine, SQLAlchemy) and four short round trips to PostgreSQL and Redis
(well under a millisecond each on a local network). Nothing waits long, so what serves the most mothers is one
process per core plus one to use the time the others wait on the database:

- sync (chosen): one request at a time per process, no thread or event-loop overhead, nothing shared between
  requests. Registration turns, 16 connections, each setting beside the bare endpoint on the same machine
  (which other work kept 75-85 % busy, so only differences well beyond 20 % mean anything): sync x2 45 req/s
  (0.60 of bare), sync x3 43 (0.55), sync x4 39 (0.48), gevent x2 29 (0.54), gevent x3 27 (0.44), gthread
  2 x 4 threads 29 (0.56). More processes than cores + 1 only added context switches; neither gevent nor
  threads gained anything. A slow client could hold a sync worker, so it must sit behind a buffering proxy
  (nginx, a load balancer); Twilio's requests are small and one-shot, so it loses nothing without keep-alive.
- gevent: cooperative concurrency pays off when requests wait (slow upstream calls); here they compute, a
  greenlet switch adds cost, and one CPU-heavy message delays every other request of its process.
- gthread: threads of one process share one GIL; with more than one thread the CPU-bound turns only contend.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile

from services.settings import load

settings = load()  # the same settings the app reads; production refuses to start here without its secrets

bind = f"{settings.HOST}:{settings.PORT}"
worker_class = "sync"
workers = settings.WEB_CONCURRENCY or (os.cpu_count() or 1) + 1
# Twilio gives up on a webhook after 15 s; a worker silent for twice that is stuck and is replaced.
timeout = 30
# SIGTERM: stop accepting, let requests in flight finish for up to this long, then stop the workers.
graceful_timeout = 30
keepalive = 5  # behind a proxy that reuses connections
# Not preloaded: each worker imports the app after the fork, so no database or Redis socket, lock or pool
# made in the master is ever shared between processes (and gevent, if chosen, patches before anything loads).
preload_app = False
# A worker is replaced after this many requests (jittered so they do not all restart at once): a slow leak
# in a dependency can never grow a worker without bound.
max_requests = 20000
max_requests_jitter = 2000
control_socket_disable = True  # runtime control is not used; several servers on one host would share its path
accesslog = None  # the app logs what it needs, with phone numbers masked (services/logs.py)
errorlog = "-"
if settings.LOG_FORMAT == "json":
    # gunicorn's own lines (starting, booting a worker, shutting down) in the app's JSON format too, so a log
    # collector reads every line of the process the same way. The root logger is left to the app's handler
    # (services/logs.py), which would otherwise print each app line a second time.
    logconfig_dict = {
        "root": {"level": "INFO", "handlers": []},
        "loggers": {"gunicorn.error": {"level": "INFO", "handlers": ["json"], "propagate": False},
                    "gunicorn.access": {"level": "INFO", "handlers": [], "propagate": False}},
        "handlers": {"json": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}},
        "formatters": {"json": {"()": "services.logs.JsonFormatter"}},
    }
WORKER_BOOT_ERROR = 3  # gunicorn's exit status for a worker that cannot start: the master then stops


def on_starting(server):
    """Each start gets an empty directory for the workers' metrics files (prometheus-client multiprocess
    mode), unless the operator chose one, which is emptied: files of an earlier run would count twice."""
    chosen = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if chosen:
        shutil.rmtree(chosen, ignore_errors=True)
        os.makedirs(chosen, exist_ok=True)
    else:
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="aamcare-metrics-")


def post_worker_init(worker):
    """A database behind the migrations is refused before the first request, naming the command to run."""
    from services import readiness
    from services.settings import ConfigurationError

    try:
        readiness.ensure_schema(worker.wsgi)
    except ConfigurationError as error:
        worker.log.error("%s", error)
        sys.exit(WORKER_BOOT_ERROR)


def child_exit(server, worker):
    from services import metrics

    metrics.mark_process_dead(worker.pid)
