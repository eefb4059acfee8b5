"""Danger-sign alerts to health workers: the mother's facility first, else whoever is on call for all."""
from __future__ import annotations

import logging

from sqlalchemy import select

from bot.i18n import N_, translate
from services.jobs import in_app_context
from models import Alert, HealthWorker, Mother, db, utcnow
from services import delivery

log = logging.getLogger(__name__)
ALERT = N_("Aamcare ALERT: {who} ({phone}) reported a possible danger sign: {sign}. Please contact her now.")


@in_app_context
def notify(alert_id: int) -> int:
    """The job on the `high` queue. Safe to run twice: a notified alert is left alone. Returns messages queued."""
    alert = db.session.get(Alert, alert_id)
    if alert is None or alert.notified_at is not None:
        return 0
    mother = db.session.get(Mother, alert.mother_id) if alert.mother_id else None
    jobs = [delivery.enqueue_message(worker.phone, worker.channel, _text(worker, alert, mother), "alert", "high")
            for worker in responsible_workers(mother)]
    if not jobs:
        log.warning("alert %s: no health worker to notify; it stays open on the dashboard", alert_id)
        return 0
    alert.notified_at = utcnow()
    db.session.commit()
    for job in jobs:
        job()
    return len(jobs)


def responsible_workers(mother: Mother | None) -> list[HealthWorker]:
    facility = mother.facility_code if mother else None
    if facility:
        assigned = db.session.scalars(select(HealthWorker).where(HealthWorker.facility_code == facility)).all()
        if assigned:
            return list(assigned)
    return list(db.session.scalars(select(HealthWorker).where(HealthWorker.facility_code.is_(None))).all())


def _text(worker: HealthWorker, alert: Alert, mother: Mother | None) -> str:
    who = mother.name if mother else translate(worker.locale, N_("an unregistered number"))
    return translate(worker.locale, ALERT, who=who, phone=alert.phone, sign=alert.sign.replace("_", " "))
