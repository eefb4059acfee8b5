"""What /metrics reads from the database and Redis at scrape time (see services.metrics for why)."""
from __future__ import annotations

from flask import Flask
from rq.registry import FailedJobRegistry, ScheduledJobRegistry, StartedJobRegistry
from sqlalchemy import Float, case, cast, func, select

from models import Alert, ConsentEvent, Conversation, OutboundEvent, OutboundMessage, db
from services import metrics, queues, stores


class Readings:
    """A prometheus-client collector over one app's database and queues; `collect` runs once per scrape."""

    def __init__(self, app: Flask):
        self.app = app

    def collect(self):
        """A store that is down is reported as aamcare_store_up 0 and its readings are left out."""
        with self.app.app_context():
            errors = stores.check()
            yield metrics.gauge("aamcare_store_up", "1 when the store answers, 0 when it is down (its error is "
                                "in the log of /healthz)", ["store"],
                                {(name,): 0 if error else 1 for name, error in errors.items()})
            if not errors["database"]:
                try:
                    yield from self._database()
                finally:
                    db.session.rollback()
            if not errors["queue"]:
                yield from self._queues()

    def _database(self):
        yield metrics.gauge(
            "aamcare_outbound_messages", "Outbound messages by channel, kind and current status",
            ["channel", "kind", "status"], _counts(OutboundMessage.channel, OutboundMessage.kind,
                                                   OutboundMessage.status))
        yield metrics.counter(
            "aamcare_outbound_status_changes", "Outbound status changes recorded by the outbox, by channel, kind "
            "and the status reached", ["channel", "kind", "status"], _status_changes())
        yield metrics.gauge("aamcare_alerts", "Danger-sign alerts by urgency and state (open: nobody told yet; "
                            "sent: a health worker's message was accepted; acknowledged)", ["urgency", "state"],
                            _counts(Alert.urgency, Alert.status))
        yield _alert_wait("aamcare_alert_notify_seconds", "Seconds from a danger-sign alert to the first message "
                          "about it accepted by Twilio", Alert.notified_at)
        yield _alert_wait("aamcare_alert_acknowledge_seconds", "Seconds from a danger-sign alert to a health "
                          "worker acknowledging it", Alert.acknowledged_at)
        yield metrics.gauge("aamcare_consent_events", "Consent ledger entries by kind (opt_out, opt_in, ...)",
                            ["kind"], _counts(ConsentEvent.kind))
        opted_out = db.session.scalar(select(func.count()).where(Conversation.opted_out.is_(True)))
        yield metrics.gauge("aamcare_opted_out_numbers", "Numbers that are opted out now", [], {(): opted_out})

    def _queues(self):
        depth, failed = {}, {}
        for name in queues.QUEUE_NAMES:
            queue = queues.queue(name, self.app)
            depth[(name, "queued")] = queue.count
            depth[(name, "started")] = StartedJobRegistry(queue=queue).count
            depth[(name, "scheduled")] = ScheduledJobRegistry(queue=queue).count
            failed[(name,)] = FailedJobRegistry(queue=queue).count
        yield metrics.gauge("aamcare_queue_jobs", "RQ jobs by queue and state", ["queue", "state"], depth)
        yield metrics.gauge("aamcare_jobs_failed", "Jobs in RQ's failed registry (kept a year, or until requeued)",
                            ["queue"], failed)


def _counts(*columns) -> dict[tuple, int]:
    rows = db.session.execute(select(*columns, func.count()).group_by(*columns)).all()
    return {tuple(row[:-1]): row[-1] for row in rows}


def _status_changes() -> dict[tuple, int]:
    """outbound_events is append-only, so these counts only grow: a counter, read from the table."""
    columns = (OutboundMessage.channel, OutboundMessage.kind, OutboundEvent.status)
    rows = db.session.execute(select(*columns, func.count()).join(
        OutboundMessage, OutboundMessage.id == OutboundEvent.outbound_id).group_by(*columns)).all()
    return {tuple(row[:-1]): row[-1] for row in rows}


def _alert_wait(name: str, documentation: str, until):
    """Seconds from an alert's creation to `until`, as a histogram counted by the database."""
    waited = _seconds_between(Alert.created_at, until)
    bounds = [func.sum(case((waited <= bound, 1), else_=0)) for bound in metrics.ALERT_WAIT_BUCKETS]
    row = db.session.execute(select(func.count(), func.coalesce(func.sum(waited), 0), *bounds)
                             .where(until.is_not(None))).one()
    count, total, cumulative = row[0], float(row[1]), [int(value or 0) for value in row[2:]]
    buckets = [(str(bound), value) for bound, value in zip(metrics.ALERT_WAIT_BUCKETS, cumulative)]
    return metrics.histogram_from(name, documentation, buckets + [("+Inf", count)], total)


def _seconds_between(start, end):
    if db.engine.dialect.name == "sqlite":
        return cast((func.julianday(end) - func.julianday(start)) * 86400.0, Float)
    return func.extract("epoch", end - start)
