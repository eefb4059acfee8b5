"""Sign-in attempts, counted in Redis per address and per username, so guessing passwords stays slow.

After MAX_FAILURES failed attempts within WINDOW_SECONDS, further attempts are refused until the window ends.
A success clears the username's count (the address keeps its own).
"""
from __future__ import annotations

from services import queues

MAX_FAILURES = 5
WINDOW_SECONDS = 15 * 60


def _keys(address: str, username: str) -> list[str]:
    return [f"login-failures:address:{address}", f"login-failures:user:{username.lower()}"]


def blocked(address: str, username: str) -> bool:
    counts = queues.redis().mget(_keys(address, username))
    return any(int(count or 0) >= MAX_FAILURES for count in counts)


def failed(address: str, username: str) -> None:
    pipe = queues.redis().pipeline()
    for key in _keys(address, username):
        pipe.set(key, 0, ex=WINDOW_SECONDS, nx=True)  # the window starts at the first failure
        pipe.incr(key)
    pipe.execute()


def succeeded(username: str) -> None:
    queues.redis().delete(f"login-failures:user:{username.lower()}")
