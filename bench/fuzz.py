"""The webhook under generated hostile requests, by hand: gunicorn on PostgreSQL, every request signed.

Run: `python bench/fuzz.py [--requests 100000] [--connections 8] [--seed 1]`. It drops and recreates the
database `aamcare_fuzz` (`--database`), migrates it, starts gunicorn on 127.0.0.1, and sends:
- inbound messages from tests/support/fuzzing.py: odd senders and schemes, MessageSids of every length, bodies
  from empty to 20,000 characters with NUL, controls and odd Unicode, odd parameter names, too many parameters,
  bodies over the size limit; fresh SIDs mostly, repeats now and then (Twilio's retries);
- status callbacks (one request in twenty) with odd statuses, error codes and SIDs;
- every 25th request on a connection, an ordinary "menu" from that connection's own phone, which must be
  answered: a hostile request must never break the next honest one.

It passes when no response is >= 500, every 200 is parseable TwiML, and every message answered with 200 is in
`inbound_messages` (nothing lost) while no refused one is. Figures go to stdout and bench/out/fuzz.json.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import psycopg
from twilio.request_validator import RequestValidator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.support import fuzzing  # noqa: E402  (the same generator as the property tests)

OUT = ROOT / "bench" / "out"
TOKEN = "fuzz-auth-token"
# In `make bench` (bench/README.md): a shorter run, on that run's database and Redis.
MAKE_BENCH_ARGS = ["--requests", "20000", "--postgres", "{postgres}", "--database", "{database}", "--redis", "{redis}"]
HONEST_EVERY = 25
STATUS_SHARE = 0.05
STATUSES = ("sent", "delivered", "read", "failed", "undelivered", "partially_delivered", "x" * 30, "DELIVERED",
            "sent\x00", "")
ERROR_CODES = ("", "30007", "63016", "9" * 50, "30\x0007", "abc")


@dataclass
class Tally:
    statuses: Counter = field(default_factory=Counter)
    answered: set = field(default_factory=set)  # MessageSids answered 200
    refused: set = field(default_factory=set)  # MessageSids refused (4xx)
    bad_twiml: int = 0
    honest_failures: int = 0
    connection_errors: int = 0
    sent_bytes: int = 0
    kinds: Counter = field(default_factory=Counter)
    examples_5xx: list = field(default_factory=list)


def main() -> int:
    args = _arguments()
    url = f"{args.postgres}/{args.database}".replace("postgresql://", "postgresql+psycopg://")
    _fresh_database(args)
    env = os.environ | {"APP_ENV": "development", "DATABASE_URL": url, "REDIS_URL": args.redis,
                        "TWILIO_AUTH_TOKEN": TOKEN, "TWILIO_ACCOUNT_SID": "", "PUBLIC_BASE_URL": _base(args),
                        "SIMULATOR": "off"}
    subprocess.run([sys.executable, "-m", "flask", "--app", "app", "db", "upgrade"], cwd=ROOT, env=env, check=True,
                   capture_output=True)
    server = _start_gunicorn(args, env)
    try:
        tallies, seconds = _run(args)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return _report(args, url, tallies, seconds)


def _arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--port", type=int, default=5112)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432")
    parser.add_argument("--database", default="aamcare_fuzz")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/12")
    args = parser.parse_args()
    if args.database == "test":
        parser.error("the database `test` belongs to the test suite")
    args.postgres = args.postgres.replace("postgresql+psycopg://", "postgresql://")
    return args


def _base(args) -> str:
    return f"http://127.0.0.1:{args.port}"


def _fresh_database(args) -> None:
    with psycopg.connect(f"{args.postgres}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{args.database}"')
        connection.execute(f'CREATE DATABASE "{args.database}"')


def _start_gunicorn(args, env) -> subprocess.Popen:
    OUT.mkdir(exist_ok=True)
    log = open(OUT / "fuzz-gunicorn.log", "w")
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-w", str(args.workers), "--worker-class", "gthread", "--threads",
         str(args.threads), "-b", f"127.0.0.1:{args.port}", "app:create_app()"],
        cwd=ROOT, env=env | {"PYTHONPATH": str(ROOT)}, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", args.port, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise SystemExit("gunicorn did not answer /healthz within 60 s; see bench/out/fuzz-gunicorn.log")


def _run(args) -> tuple[list[Tally], float]:
    per_connection = args.requests // args.connections
    tallies = [Tally() for _ in range(args.connections)]
    threads = [threading.Thread(target=_connection, args=(args, i, per_connection, tallies[i]))
               for i in range(args.connections)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tallies, time.monotonic() - started


def _connection(args, index: int, count: int, tally: Tally) -> None:
    rng = random.Random(args.seed * 1000 + index)
    validator = RequestValidator(TOKEN)
    honest_phone = f"+97798100{index:05d}"
    connection = http.client.HTTPConnection("127.0.0.1", args.port, timeout=30)
    for n in range(count):
        if n % HONEST_EVERY == HONEST_EVERY - 1:
            kind, path, form = "honest", "/twilio/messages", _honest(rng, honest_phone)
        elif rng.random() < STATUS_SHARE:
            kind, path, form = "status", "/twilio/status", _status(rng)
        else:
            kind, path, form = "message", "/twilio/messages", fuzzing.form(rng)
        connection = _send(args, connection, validator, kind, path, form, tally)


def _honest(rng: random.Random, phone: str) -> dict:
    return {"MessageSid": "SM" + "".join(rng.choice("0123456789abcdef") for _ in range(32)), "From": phone,
            "To": "+15005550006", "Body": "menu", "AccountSid": "AC" + "0" * 32}


def _status(rng: random.Random) -> dict:
    form = {"MessageSid": fuzzing.sid(rng), "MessageStatus": rng.choice(STATUSES)}
    code = rng.choice(ERROR_CODES)
    return form | ({"ErrorCode": code} if code else {})


def _send(args, connection, validator, kind, path, form, tally: Tally):
    body = urlencode(form).encode()
    headers = {"Content-Type": "application/x-www-form-urlencoded",
               "X-Twilio-Signature": validator.compute_signature(_base(args) + path, form)}
    tally.kinds[kind] += 1
    tally.sent_bytes += len(body)
    for attempt in (1, 2):  # a server may close a kept-alive connection; the request then goes again, once
        try:
            connection.request("POST", path, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read()
            break
        except (OSError, http.client.HTTPException):
            tally.connection_errors += 1
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", args.port, timeout=30)
    else:
        tally.statuses[f"{kind} no-answer"] += 1
        return connection
    _tally(kind, form, response.status, data, tally)
    if response.status >= 400 or response.getheader("Connection", "").lower() == "close":
        connection.close()  # a refused request's unread body would be read as the next request
        connection = http.client.HTTPConnection("127.0.0.1", args.port, timeout=30)
    return connection


def _tally(kind: str, form: dict, status: int, data: bytes, tally: Tally) -> None:
    tally.statuses[f"{kind} {status}"] += 1
    if status >= 500 and len(tally.examples_5xx) < 20:
        tally.examples_5xx.append({key: value[:80] for key, value in form.items()})
    if kind == "status":
        return
    sid = form.get("MessageSid", "")
    if status == 200:
        tally.answered.add(sid)
        root = None
        try:
            root = ET.fromstring(data)
            assert root.tag == "Response"
        except (ET.ParseError, AssertionError):
            tally.bad_twiml += 1
        if kind == "honest" and (root is None or not root.findtext("Message")):
            tally.honest_failures += 1
    else:
        tally.refused.add(sid)
        if kind == "honest":
            tally.honest_failures += 1


def _report(args, url: str, tallies: list[Tally], seconds: float) -> int:
    statuses = sum((t.statuses for t in tallies), Counter())
    answered = set().union(*(t.answered for t in tallies))
    refused = set().union(*(t.refused for t in tallies)) - answered
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as connection:
        stored = {row[0] for row in connection.execute("SELECT message_sid FROM inbound_messages")}
        errors = connection.execute("SELECT count(*) FROM inbound_messages WHERE error IS NOT NULL").fetchone()[0]
        largest = connection.execute("SELECT coalesce(max(pg_column_size(params)), 0) FROM inbound_messages").fetchone()[0]
    figures = {
        "requests": sum(sum(t.kinds.values()) for t in tallies), "seconds": round(seconds, 1),
        "kinds": dict(sum((t.kinds for t in tallies), Counter())), "responses": dict(sorted(statuses.items())),
        "5xx": sum(n for key, n in statuses.items() if key.split()[1].isdigit() and int(key.split()[1]) >= 500),
        "no_answer": sum(n for key, n in statuses.items() if key.endswith("no-answer")),
        "bad_twiml": sum(t.bad_twiml for t in tallies), "connection_errors": sum(t.connection_errors for t in tallies),
        "honest_failures": sum(t.honest_failures for t in tallies),
        "answered_sids": len(answered), "stored_rows": len(stored), "lost": len(answered - stored),
        "stored_though_refused": len(refused & stored), "rows_with_error": errors,
        "largest_params_bytes": largest, "sent_megabytes": round(sum(t.sent_bytes for t in tallies) / 1e6, 1),
        "examples_5xx": [e for t in tallies for e in t.examples_5xx][:20],
    }
    OUT.mkdir(exist_ok=True)
    (OUT / "fuzz.json").write_text(json.dumps(figures, indent=2, ensure_ascii=False))
    print(json.dumps({k: v for k, v in figures.items() if k != "examples_5xx"}, indent=2))
    ok = not (figures["5xx"] or figures["no_answer"] or figures["bad_twiml"] or figures["lost"] or figures["stored_though_refused"]
              or figures["honest_failures"])
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
