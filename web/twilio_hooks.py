"""Twilio's webhooks: inbound messages (POST /twilio/messages) and delivery status (POST /twilio/status)."""
from __future__ import annotations

import logging
import re
import time
from xml.sax.saxutils import escape

from flask import Blueprint, Response, abort, current_app, g, request
from werkzeug.exceptions import RequestEntityTooLarge

from bot.inbound import BadSender
from services import delivery, inbox, metrics
from web import limits
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


@blueprint.errorhandler(RequestEntityTooLarge)
def too_large(error: RequestEntityTooLarge):
    log.warning("refused %s: body of %s bytes over the limit of %s", request.path, request.content_length,
                limits.MAX_REQUEST_BYTES)
    metrics.REJECTED.labels("too_large").inc()
    return error


@blueprint.post("/messages")
def inbound_message() -> Response:
    form = request.form
    _check(limits.check_message, form)
    try:
        reply = inbox.receive(form)
    except BadSender as error:
        _refuse(400, "bad_sender", str(error), form)
    metrics.INBOUND.labels(_channel(form), _kind(form), _outcome(reply)).inc()
    return twiml(reply.text)


def _check(check, form) -> None:
    try:
        check(form)
    except limits.Refused as error:
        _refuse(400, "limits", str(error), form)


def _refuse(status: int, reason: str, description: str | None = None, form=None) -> None:
    """A 4xx with the reason; the log names the request but never what it carried."""
    if form is not None:
        log.warning("refused %s %s (%d bytes): %s", request.path, limits.safe_sid(form), request.content_length or 0,
                    description)
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
    _check(limits.check_status, form)
    delivery.record_status(form["MessageSid"], form["MessageStatus"], form.get("ErrorCode"), delivery.now_utc())
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
