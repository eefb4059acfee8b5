"""The embedded default in one process: the web app in a thread, the RQ worker and its outbox dispatcher on the
embedded redis-server, so the same jobs run as in production, retries included."""
from __future__ import annotations

import threading

from flask import Flask
from werkzeug.serving import make_server

from worker import make_worker, start_dispatcher


def serve(app: Flask, host: str, port: int) -> None:
    server = make_server(host, port, app, threaded=True)
    threading.Thread(target=server.serve_forever, name="web", daemon=True).start()
    print(f"Aamcare is running. Open http://{host}:{port}/simulator (health: http://{host}:{port}/healthz)",
          flush=True)
    stop = threading.Event()
    start_dispatcher(app, stop)
    with app.app_context():
        try:
            make_worker(app).work()
        finally:
            stop.set()
            server.shutdown()
