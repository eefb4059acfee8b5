"""`flask --app app outbox tick [--now ISO-8601]` and `flask --app app outbox status [--phone E164] [--json]`."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import click
from flask import current_app
from flask.cli import AppGroup
from sqlalchemy import func, select

from models import OutboundEvent, OutboundMessage, db
from models.base import aware
from web.cli import schema_ready

outbox_cli = AppGroup("outbox", help="The outbox of proactive messages: run a dispatcher pass, see where they are.",
                      callback=schema_ready)
STATUSES = ("queued", "sending", "sent", "delivered", "read", "failed", "undelivered", "expired", "skipped",
            "cancelled")


def parse_now(value: str | None) -> datetime:
    """--now: ISO-8601; with an offset it is that moment, without one it is UTC. Default: the clock."""
    if not value:
        return datetime.now(timezone.utc)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as error:
        raise click.BadParameter(f"not an ISO-8601 time: {value}", param_hint="--now") from error
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


@outbox_cli.command("tick")
@click.option("--now", "now_text", default=None, help="The present for this pass, ISO-8601 (default: the clock)")
def tick(now_text: str | None) -> None:
    """One dispatcher pass: expire, check stuck sends, escalate alerts, hand due rows to the workers."""
    from services import dispatcher

    done = dispatcher.dispatch(parse_now(now_text))
    click.echo(", ".join(f"{name} {count}" for name, count in done.items()))


@outbox_cli.command("status")
@click.option("--phone", default=None, help="Also list this number's messages with their history (E.164)")
@click.option("--json", "as_json", is_flag=True, help="One JSON object instead of a table")
def status(phone: str | None, as_json: bool) -> None:
    """Counts of outbox messages by kind and status, and one number's messages."""
    report = {"counts": _counts(), "messages": _messages(_number(phone)) if phone else []}
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=1))
        return
    for kind, counts in sorted(report["counts"].items()):
        click.echo(f"{kind:18} " + "  ".join(f"{name} {counts[name]}" for name in STATUSES if counts.get(name)))
    for message in report["messages"]:
        click.echo(f"#{message['id']} {message['kind']} {message['channel']} {message['status']} "
                   f"created {message['created_at']}")
        for event in message["history"]:
            click.echo(f"    {event['at']} {event['status']} {event['detail'] or ''}".rstrip())


def _number(phone: str) -> str:
    from bot.inbound import BadSender, e164

    try:
        return e164(phone, current_app.config["AAMCARE"].DEFAULT_COUNTRY)
    except BadSender as error:
        raise click.BadParameter(str(error), param_hint="--phone") from error


def _counts() -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    rows = db.session.execute(select(OutboundMessage.kind, OutboundMessage.status, func.count())
                              .where(OutboundMessage.status != "inline")
                              .group_by(OutboundMessage.kind, OutboundMessage.status))
    for kind, state, count in rows:
        counts.setdefault(kind, {})[state] = count
    return counts


def _messages(phone: str) -> list[dict]:
    rows = db.session.scalars(select(OutboundMessage).where(OutboundMessage.phone == phone,
                                                            OutboundMessage.status != "inline")
                              .order_by(OutboundMessage.id)).all()
    events: dict[int, list] = {}
    for event in db.session.scalars(select(OutboundEvent).where(OutboundEvent.outbound_id.in_([r.id for r in rows]))
                                    .order_by(OutboundEvent.id)):
        events.setdefault(event.outbound_id, []).append(
            {"status": event.status, "at": _iso(event.at), "detail": event.detail})
    return [{"id": row.id, "kind": row.kind, "channel": row.channel, "to": row.phone, "status": row.status,
             "created_at": _iso(row.created_at), "sent_at": _iso(row.sent_at),
             "history": [{"status": "queued" if row.status != "skipped" else "skipped",
                          "at": _iso(row.created_at), "detail": row.error_code if row.status == "skipped" else None}]
             + events.get(row.id, [])} for row in rows]


def _iso(value: datetime | None) -> str | None:
    return aware(value).isoformat() if value else None
