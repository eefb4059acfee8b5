"""Sending pace per sender and channel, shared by every worker process on every host through Redis.

A reservation ("generic cell rate") limiter: the key holds the time at which the sender is next free. Sending a
message of `cost` units (SMS segments, or 1 per WhatsApp message) reserves the next free moment and moves it on
by cost / rate. A worker waits for its reserved moment only when that is close (`max_wait`); otherwise it
reserves nothing and puts the message back, due when the sender is free, so a worker is never held up long and
an alert behind a bulk backlog still goes first. Twilio's 429 with Retry-After pauses the sender for everyone.
"""
from __future__ import annotations

from dataclasses import dataclass

from redis import Redis

_RESERVE = """
local free_at = tonumber(redis.call('GET', KEYS[1]) or '0')
local now, cost, rate, max_wait = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local start = math.max(free_at, now)
if start - now > max_wait then return {0, tostring(start - now)} end
redis.call('SET', KEYS[1], tostring(start + cost / rate), 'EX', 3600)
return {1, tostring(start - now)}
"""
_PAUSE = """
local free_at = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > free_at then redis.call('SET', KEYS[1], ARGV[1], 'EX', 3600) end
return 1
"""


@dataclass(frozen=True)
class Slot:
    granted: bool  # True: send after `wait` seconds; False: nothing reserved, the sender is free in `wait` seconds
    wait: float


class RateLimiter:
    def __init__(self, redis: Redis, prefix: str = "aamcare:rate:"):
        self.prefix = prefix
        self._reserve = redis.register_script(_RESERVE)
        self._pause = redis.register_script(_PAUSE)

    def reserve(self, sender: str, cost: float, rate: float, now: float, max_wait: float) -> Slot:
        """`now` in seconds since the epoch (every host's clock, kept by NTP)."""
        granted, wait = self._reserve(keys=[self.prefix + sender], args=[repr(now), cost, rate, max_wait])
        return Slot(bool(granted), float(wait))

    def pause(self, sender: str, until: float) -> None:
        """Nobody sends from `sender` before `until` (Twilio said 429, Retry-After)."""
        self._pause(keys=[self.prefix + sender], args=[repr(until)])
