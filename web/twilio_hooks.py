"""Twilio's webhooks: inbound messages (POST /twilio/messages) and delivery status (POST /twilio/status)."""
from __future__ import annotations

import logging
import re
from xml.sax.saxutils import escape

from flask import Blueprint, Response, abort, current_app, request
from werkzeug.exceptions import RequestEntityTooLarge

from bot.inbound import BadSender
from services import delivery, inbox
from web import limits
from web.signature import is_valid

log = logging.getLogger(__name__)
blueprint = Blueprint("twilio", __name__, url_prefix="/twilio")
_TWIML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>'
_TWIML_EMPTY = _TWIML_HEAD + "<Response />"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@blueprint.before_request
def check_signature() -> None:
    settings = current_app.config["AAMCARE"]
    if settings.TWILIO_AUTH_TOKEN and not is_valid(request, settings.TWILIO_AUTH_TOKEN, settings.PUBLIC_BASE_URL):
        log.warning("rejected a request with a bad Twilio signature on %s", request.path)
        abort(403)


@blueprint.errorhandler(RequestEntityTooLarge)
def too_large(error: RequestEntityTooLarge):
    log.warning("refused %s: body of %s bytes over the limit of %s", request.path, request.content_length,
                limits.MAX_REQUEST_BYTES)
    return error


@blueprint.post("/messages")
def inbound_message() -> Response:
    form = request.form
    _check(limits.check_message, form)
    try:
        reply = inbox.receive(form)
    except BadSender as error:
        _refuse(form, str(error))
    return twiml(reply.text)


@blueprint.post("/status")
def status_callback() -> tuple[str, int]:
    form = request.form
    _check(limits.check_status, form)
    delivery.record_status(form["MessageSid"], form["MessageStatus"], form.get("ErrorCode"), delivery.now_utc())
    return "", 204


def _check(check, form) -> None:
    try:
        check(form)
    except limits.Refused as error:
        _refuse(form, str(error))


def _refuse(form, reason: str):
    """400 with the reason; the log names the request but never what it carried."""
    log.warning("refused %s %s (%d bytes): %s", request.path, limits.safe_sid(form), request.content_length or 0,
                reason)
    abort(400, description=reason)


def twiml(text: str) -> Response:
    """The reply as TwiML: one <Message>, or an empty <Response/> when nothing should be sent.

    Written directly rather than through an XML tree (it is one element, on every message), and characters
    XML 1.0 cannot carry (control characters she may have typed into her name) are dropped, so Twilio can
    always parse it."""
    if not text:
        return Response(_TWIML_EMPTY, mimetype="application/xml")
    body = escape(_NOT_XML.sub("", text))
    return Response(f"{_TWIML_HEAD}<Response><Message>{body}</Message></Response>", mimetype="application/xml")
