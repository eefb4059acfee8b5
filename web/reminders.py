"""`flask --app app reminders send-due [--now ISO-8601] [--dry-run]`: the worker's hourly sweep, by hand."""
from __future__ import annotations

from datetime import datetime, timezone

import click
from flask.cli import AppGroup


reminders = AppGroup("reminders", help="Checkup and vaccine reminders, follow-ups and weekly messages.")


def parse_now(text: str | None) -> datetime:
    """--now: ISO-8601; with an offset it is that moment, without one it is UTC; none: the clock."""
    if not text:
        return datetime.now(timezone.utc)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as error:
        raise click.BadParameter(f"{text!r} is not an ISO-8601 time, e.g. 2027-01-10T09:05:00+05:45",
                                 param_hint="--now") from error
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


@reminders.command("send-due")
@click.option("--now", "moment", default=None, help="The present for this run (ISO-8601; no offset: UTC).")
@click.option("--dry-run", is_flag=True, help="Count what is due; write and send nothing.")
def send_due(moment: str | None, dry_run: bool) -> None:
    """Write every message due at --now to the outbox, then hand the rows due by then to the workers."""
    from services import dispatcher, sweep

    now = parse_now(moment)
    report = sweep.sweep(now, dry_run=dry_run)
    kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(report.by_kind.items())) or "nothing"
    if dry_run:
        click.echo(f"{now.isoformat()}: due {report.selected} ({kinds}); dry run, nothing written.")
        return
    handed = dispatcher.dispatch(now)["handed"]  # the rows due by --now go to the workers' queues
    click.echo(f"{now.isoformat()}: due {report.selected} ({kinds}); {report.written} new; handed: {handed}.")
