"""Twilio's webhooks: inbound messages (POST /twilio/messages) and delivery status (POST /twilio/status)."""
from __future__ import annotations

import logging
import re
import time
from xml.sax.saxutils import escape

from flask import Blueprint, Response, abort, current_app, g, request

from bot.inbound import BadSender
from services import delivery, inbox, metrics
from web.signature import is_valid

log = logging.getLogger(__name__)
blueprint = Blueprint("twilio", __name__, url_prefix="/twilio")
_TWIML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>'
_TWIML_EMPTY = _TWIML_HEAD + "<Response />"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@blueprint.before_request
def check_signature() -> None:
    g.webhook_started = time.perf_counter()
    settings = current_app.config["AAMCARE"]
    if settings.TWILIO_AUTH_TOKEN and not is_valid(request, settings.TWILIO_AUTH_TOKEN, settings.PUBLIC_BASE_URL):
        log.warning("rejected a request with a bad Twilio signature on %s", request.path)
        _refuse(403, "signature")


@blueprint.after_request
def time_webhook(response: Response) -> Response:
    metrics.WEBHOOK_SECONDS.labels(request.path.rsplit("/", 1)[-1]).observe(
        time.perf_counter() - g.webhook_started)
    return response


@blueprint.post("/messages")
def inbound_message() -> Response:
    form = request.form
    if not form.get("MessageSid") or not form.get("From"):
        _refuse(400, "incomplete", "MessageSid and From are required")
    try:
        reply = inbox.receive(form)
    except BadSender as error:
        log.warning("unusable From on %s: %s", form.get("MessageSid"), error)
        _refuse(400, "bad_sender", str(error))
    metrics.INBOUND.labels(_channel(form), _kind(form), _outcome(reply)).inc()
    return twiml(reply.text)


def _refuse(status: int, reason: str, description: str | None = None) -> None:
    metrics.REJECTED.labels(reason).inc()
    abort(status, description=description)


def _channel(form) -> str:
    return "whatsapp" if form.get("From", "").startswith("whatsapp:") else "sms"


def _kind(form) -> str:
    return "media" if form.get("NumMedia", "0") not in ("", "0") else "text"


def _outcome(reply: inbox.Reply) -> str:
    return "duplicate" if reply.duplicate else "failed" if reply.failed else "processed"


@blueprint.post("/status")
def status_callback() -> tuple[str, int]:
    form = request.form
    if not form.get("MessageSid") or not form.get("MessageStatus"):
        _refuse(400, "incomplete", "MessageSid and MessageStatus are required")
    delivery.record_status(form["MessageSid"], form["MessageStatus"], form.get("ErrorCode"))
    return "", 204


def twiml(text: str) -> Response:
    """The reply as TwiML: one <Message>, or an empty <Response/> when nothing should be sent.

    Written directly rather than through an XML tree (it is one element, on every message), and characters
    XML 1.0 cannot carry (control characters she may have typed into her name) are dropped, so Twilio can
    always parse it."""
    if not text:
        return Response(_TWIML_EMPTY, mimetype="application/xml")
    body = escape(_NOT_XML.sub("", text))
    return Response(f"{_TWIML_HEAD}<Response><Message>{body}</Message></Response>", mimetype="application/xml")
