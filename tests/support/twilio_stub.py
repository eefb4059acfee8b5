"""A local Twilio-compatible Messages API, so the real twilio SDK code path runs in tests."""
from __future__ import annotations

import itertools
import json
import threading
from dataclasses import dataclass, field

from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response


@dataclass
class TwilioStub:
    requests: list[dict] = field(default_factory=list)
    failures: list[tuple[int, int]] = field(default_factory=list)  # (HTTP status, Twilio code), used in order
    _sids: itertools.count = field(default_factory=lambda: itertools.count(1))

    def __call__(self, environ, start_response):
        request = Request(environ)
        if request.method != "POST" or not request.path.endswith("/Messages.json"):
            return Response("not found", 404)(environ, start_response)
        self.requests.append(dict(request.form) | {"_auth": request.authorization.username})
        response = self._failure() or self._created(request)
        return response(environ, start_response)

    def _failure(self) -> Response | None:
        if not self.failures:
            return None
        status, code = self.failures.pop(0)
        body = {"code": code, "message": f"stub error {code}", "status": status}
        return Response(json.dumps(body), status, mimetype="application/json")

    def _created(self, request: Request) -> Response:
        sid = f"SM{next(self._sids):032d}"
        body = {"sid": sid, "status": "queued", "to": request.form.get("To"), "from": request.form.get("From"),
                "body": request.form.get("Body"), "num_segments": "1"}
        return Response(json.dumps(body), 201, mimetype="application/json")


def serve(stub: TwilioStub):
    server = make_server("127.0.0.1", 0, stub, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, f"http://127.0.0.1:{server.server_port}"
