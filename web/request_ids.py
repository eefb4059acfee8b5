"""Every request runs under a request id: Twilio's I-Twilio-Idempotency-Token (the same on its retries of a
webhook) or a new one. Log lines and the jobs the request enqueues carry it (services.logs)."""
from __future__ import annotations

from flask import Flask, Response, g, request

from services.logs import REQUEST_ID, TWILIO_REQUEST_ID_HEADER, new_request_id

RESPONSE_HEADER = "X-Request-Id"


def init_app(app: Flask) -> None:
    app.before_request(_begin)
    app.after_request(_answer)
    app.teardown_request(_end)


def _begin() -> None:
    g.request_id_token = REQUEST_ID.set(new_request_id(request.headers.get(TWILIO_REQUEST_ID_HEADER)))


def _answer(response: Response) -> Response:
    response.headers[RESPONSE_HEADER] = REQUEST_ID.get() or ""
    return response


def _end(_error=None) -> None:
    token = g.pop("request_id_token", None)
    if token is not None:
        REQUEST_ID.reset(token)
