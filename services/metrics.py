"""Prometheus metrics, all named aamcare_*.

Two kinds:
- Counted where they happen, in the web process: inbound messages and the webhook's latency. Under gunicorn
  every worker writes its values to files in PROMETHEUS_MULTIPROC_DIR (gunicorn.conf.py sets it before a worker
  starts) and a scrape adds them up; elsewhere they live in the process.
- Read from the database and Redis when scraped: outbound messages by channel, kind and status (and every
  status change the outbox recorded), queue depths, failed jobs, alerts and how long they waited to be sent and
  acknowledged, opt-outs. These hold across every web and worker process on
  every host, and a restart loses nothing.
"""
from __future__ import annotations

import os

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest, multiprocess
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily
from prometheus_client.registry import REGISTRY

MULTIPROCESS_DIR = "PROMETHEUS_MULTIPROC_DIR"  # read by prometheus-client itself when it is imported
INBOUND = Counter("aamcare_inbound_messages", "Inbound messages by channel, kind (text, media) and outcome",
                  ["channel", "kind", "status"])
REJECTED = Counter("aamcare_webhook_rejections", "Webhook requests refused before processing, by reason",
                   ["reason"])
WEBHOOK_SECONDS = Histogram("aamcare_webhook_duration_seconds", "Time to answer a Twilio webhook",
                            ["endpoint"], buckets=(.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 15))
ALERT_WAIT_BUCKETS = (10, 30, 60, 300, 900, 3600, 4 * 3600, 24 * 3600)  # seconds


def exposition(collector) -> bytes:
    """The text format of everything: the counters (of every gunicorn worker) and `collector`'s readings."""
    if os.environ.get(MULTIPROCESS_DIR):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    else:
        registry = CollectorRegistry()
        registry.register(_ProcessCounters())
    registry.register(collector)
    return generate_latest(registry)


class _ProcessCounters:
    """This process's own counters, for a server without multiprocess mode (the embedded default)."""

    def collect(self):
        for metric in REGISTRY.collect():
            if metric.name.startswith("aamcare_"):
                yield metric


def gauge(name: str, documentation: str, labels: list[str], values: dict[tuple, float]) -> GaugeMetricFamily:
    family = GaugeMetricFamily(name, documentation, labels=labels)
    for key, value in sorted(values.items()):
        family.add_metric([str(part) for part in key], value)
    return family


def counter(name: str, documentation: str, labels: list[str], values: dict[tuple, float]) -> CounterMetricFamily:
    family = CounterMetricFamily(name, documentation, labels=labels)
    for key, value in sorted(values.items()):
        family.add_metric([str(part) for part in key], value)
    return family


def histogram_from(name: str, documentation: str, buckets: list[tuple[str, int]], total: float):
    """A histogram whose cumulative bucket counts were counted elsewhere (by the database)."""
    return HistogramMetricFamily(name, documentation, buckets=buckets, sum_value=total)


def mark_process_dead(pid: int) -> None:
    """gunicorn.conf.py calls this when a worker exits, so its live gauges stop counting (counters stay)."""
    if os.environ.get(MULTIPROCESS_DIR):
        multiprocess.mark_process_dead(pid)
