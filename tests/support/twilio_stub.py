"""A local Twilio-compatible Messages API, so the real twilio SDK code path runs in tests.

It creates messages (POST .../Messages.json), lists them (GET .../Messages.json?To=...), and fails on demand:
`failures` is a list of (HTTP status, Twilio code) used in order, optionally with a Retry-After (seconds).
`accept_then_fail` makes the next create be accepted by "Twilio" although the caller sees an error, as when the
answer is lost on the way back. `hold` (a threading.Event) keeps each accepted create unanswered until it is set,
as when a sender dies between Twilio's acceptance and its answer.
"""
from __future__ import annotations

import itertools
import json
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import format_datetime

from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response


@dataclass
class TwilioStub:
    requests: list[dict] = field(default_factory=list)  # every accepted create, as posted
    failures: list[tuple] = field(default_factory=list)  # (HTTP status, Twilio code[, Retry-After]), used in order
    accept_then_fail: int = 0  # this many next creates are stored, yet answered with a 500
    attempts: int = 0  # every create, accepted or not
    hold: threading.Event | None = None  # when given: an accepted create is answered only once it is set
    _sids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, environ, start_response):
        request = Request(environ)
        if not request.path.endswith("/Messages.json"):
            return Response("not found", 404)(environ, start_response)
        if request.method == "GET":
            return self._list(request)(environ, start_response)
        with self._lock:
            self.attempts += 1
            response = self._failure() or self._created(request)
        if self.hold is not None and response.status_code == 201:
            self.hold.wait(timeout=30)
        return response(environ, start_response)

    def _failure(self) -> Response | None:
        if not self.failures:
            return None
        status, code, *retry_after = self.failures.pop(0)
        body = {"code": code, "message": f"stub error {code}", "status": status}
        headers = {"Retry-After": str(retry_after[0])} if retry_after else {}
        return Response(json.dumps(body), status, mimetype="application/json", headers=headers)

    def _created(self, request: Request) -> Response:
        sid = f"SM{next(self._sids):032d}"
        stored = dict(request.form) | {"_auth": request.authorization.username, "_sid": sid,
                                       "_created": datetime.now(timezone.utc)}
        self.requests.append(stored)
        if self.accept_then_fail:
            self.accept_then_fail -= 1
            return Response(json.dumps({"code": 20500, "message": "lost answer", "status": 500}), 500,
                            mimetype="application/json")
        return Response(json.dumps(self._resource(stored)), 201, mimetype="application/json")

    def _list(self, request: Request) -> Response:
        to = request.args.get("To")
        found = [self._resource(message) for message in self.requests if to is None or message.get("To") == to]
        body = {"messages": found, "page": 0, "page_size": 50, "next_page_uri": None,
                "uri": request.path, "first_page_uri": request.path}
        return Response(json.dumps(body), 200, mimetype="application/json")

    @staticmethod
    def _resource(message: dict) -> dict:
        return {"sid": message["_sid"], "status": "queued", "to": message.get("To"), "from": message.get("From"),
                "body": message.get("Body"), "num_segments": "1",
                "date_created": format_datetime(message["_created"]), "date_sent": None}

    def sent_to(self, phone: str) -> list[dict]:
        return [message for message in self.requests if message.get("To", "").endswith(phone)]


def serve(stub: TwilioStub):
    server = make_server("127.0.0.1", 0, stub, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, f"http://127.0.0.1:{server.server_port}"
