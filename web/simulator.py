"""/simulator: a phone-like chat window for trying the service without Twilio (off in production)."""
from __future__ import annotations

from flask import Blueprint, abort, jsonify, render_template, request
from sqlalchemy import select

from bot.inbound import BadSender, e164
from models import InboundMessage, OutboundMessage, db
from models.base import aware
from services import inbox

blueprint = Blueprint("simulator", __name__, url_prefix="/simulator", template_folder="templates",
                      static_folder="static", static_url_path="/static")
CHANNELS = ("sms", "whatsapp")
HISTORY = 100


@blueprint.get("/")
def page():
    return render_template("simulator.html")


@blueprint.post("/send")
def send():
    payload = request.get_json(silent=True) or {}
    phone, channel = _sender(payload)
    text = str(payload.get("text", ""))[:1600]
    inbox.receive(inbox.simulated(phone, channel, text))
    return jsonify(messages=_history(phone))


@blueprint.get("/messages")
def messages():
    phone, _ = _sender(request.args)
    return jsonify(messages=_history(phone))


def _sender(values) -> tuple[str, str]:
    channel = values.get("channel", "sms")
    if channel not in CHANNELS:
        abort(400, description="channel must be sms or whatsapp")
    try:
        return e164(str(values.get("phone", "")), "NP"), channel
    except BadSender as error:
        abort(400, description=str(error))


def _history(phone: str) -> list[dict]:
    """Only the simulator's own conversation with this number: what was typed here and the answers to it, and
    proactive messages only if the number never wrote through Twilio. A real mother's messages never show,
    whoever types her number. The raw parameters are encrypted, so which messages came from here is told here."""
    received = db.session.scalars(select(InboundMessage).where(InboundMessage.phone == phone)
                                  .order_by(InboundMessage.id.desc())).all()
    inbound = [m for m in received if _from_simulator(m)]
    own, real = {m.id for m in inbound}, len(inbound) < len(received)
    outbound = [m for m in db.session.scalars(select(OutboundMessage).where(OutboundMessage.phone == phone)
                                              .order_by(OutboundMessage.id.desc()))
                if m.inbound_id in own or (m.inbound_id is None and not real)][:HISTORY]
    inbound = inbound[:HISTORY]
    rows = [_bubble("in", m.body, m.received_at, m.channel) for m in inbound]
    rows += [_bubble("out", m.body, m.created_at, m.channel, m.status) for m in outbound]
    return sorted(rows, key=lambda row: (row["at"], row["direction"] == "out"))


def _from_simulator(message: InboundMessage) -> bool:
    return (message.params or {}).get("To") == inbox.SIMULATED_TO


def _bubble(direction: str, body: str, at, channel: str, status: str | None = None) -> dict:
    return {"direction": direction, "text": body, "at": aware(at).isoformat(), "channel": channel, "status": status}
