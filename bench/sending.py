"""Sending benchmark: the outbox's workers against a local Twilio-compatible sink.

Run by hand, not by the test suite: `python bench/sending.py [--only throughput,ratelimit,bulk,alert]`.

What it measures, each beside its target:
- throughput: messages/s that ONE `python worker.py` process hands to Twilio, with the rate limits set high
  (target >= 300 messages/s per process), and the worker's own CPU per message while it sends (from /proc), so
  a figure taken on a busy shared machine can be read as what one free core would do. The sink's own capacity,
  measured with a bare HTTP client on the same machine, is printed beside it: a worker cannot be faster than
  the sink answers.
- ratelimit: two `python worker.py` processes share one sender number paced at --rate SMS segments/s; the
  segments the sink received in the 60 s after the first one, divided by 60 (target within +-5 % of the rate).
- bulk: 100,000 broadcast rows written with outbox.add_many and committed (target < 20 s), for 100,000 mothers
  whose conversations exist (so the opt-out and window look-ups have rows to find).
- alert: with those 100,000 bulk rows queued and a worker sending them, an alert is written (outbox.add,
  commit, wake) and the time until the sink receives it is measured, several times (target < 2 s each).

Everything listens on 127.0.0.1; every wait has a bound; the processes it starts are stopped on the way out.
The database given by --database (default BENCH_DATABASE_URL) is emptied (its schema dropped and migrated
again) and the Redis database given by --redis (default BENCH_REDIS_URL) is flushed. It follows `make bench`'s
convention (bench/README.md): progress on stderr, a markdown section on stdout, exit status 0 every target met,
1 one missed, 2 the run is invalid (nothing arrived).
"""
from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"
SMS_FROM = "+15005550006"
ACCOUNT = "AC" + "5" * 32
TOKEN = "bench-token"
HIGH = "100000"  # "rate limits set high": far above what one machine can send


# --- the sink: a Twilio-compatible Messages API that only records what it accepted -------------------------------

def _sink(port_box, ready) -> None:
    from werkzeug.serving import WSGIRequestHandler, make_server
    from werkzeug.wrappers import Request, Response

    from bot.render import segments

    log: list[tuple[float, str, int]] = []
    lock = threading.Lock()
    counter = iter(range(1, 10**9))

    def app(environ, start_response):
        request = Request(environ)
        if request.path == "/_log":
            start = int(request.args.get("from", 0))
            to = request.args.get("to")
            with lock:
                rows = [row for row in log[start:] if to is None or row[1] == to]
            response = Response(json.dumps(rows), mimetype="application/json")
        elif request.path == "/_count":
            response = Response(str(len(log)), mimetype="application/json")
        elif request.path == "/_reset":
            with lock:
                log.clear()
            response = Response("{}", mimetype="application/json")
        elif request.path.endswith("/Messages.json") and request.method == "POST":
            form = request.form
            now = time.time()
            with lock:
                sid = f"SM{next(counter):032d}"
                log.append((now, form.get("To", ""), segments(form.get("Body", ""))))
            body = {"sid": sid, "status": "queued", "to": form.get("To"), "from": form.get("From"),
                    "body": form.get("Body"), "num_segments": "1", "date_created": None, "date_sent": None}
            response = Response(json.dumps(body), 201, mimetype="application/json")
        elif request.path.endswith("/Messages.json"):
            response = Response(json.dumps({"messages": [], "next_page_uri": None}), mimetype="application/json")
        else:
            response = Response("not found", 404)
        return response(environ, start_response)

    class KeepAlive(WSGIRequestHandler):
        protocol_version = "HTTP/1.0"  # the SDK's requests session keeps its connection, as with Twilio

        def log_request(self, *args, **kwargs):
            pass

    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=KeepAlive)
    port_box.value = server.server_port
    ready.set()
    server.serve_forever()


class Sink:
    def __enter__(self):
        context = multiprocessing.get_context("spawn")
        self.port, ready = context.Value("i", 0), context.Event()
        self.process = context.Process(target=_sink, args=(self.port, ready), daemon=True)
        self.process.start()
        if not ready.wait(60):
            raise SystemExit("the sink did not start")
        self.url = f"http://127.0.0.1:{self.port.value}"
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.join(10)

    def log(self, start: int = 0, to: str | None = None) -> list:
        query = f"?from={start}" + (f"&to={urllib.request.quote(to)}" if to else "")
        with urllib.request.urlopen(self.url + "/_log" + query, timeout=30) as answer:
            return json.loads(answer.read())

    def count(self) -> int:
        with urllib.request.urlopen(self.url + "/_count", timeout=30) as answer:
            return int(answer.read())

    def reset(self) -> None:
        urllib.request.urlopen(self.url + "/_reset", timeout=30).read()

    def capacity(self, seconds: float = 5.0) -> float:
        """Creates/s one bare client (requests, one kept connection, as the SDK uses) gets from the sink."""
        import requests

        session, url, sent = requests.Session(), f"{self.url}/2010-04-01/Accounts/{ACCOUNT}/Messages.json", 0
        started = time.monotonic()
        while time.monotonic() - started < seconds:
            session.post(url, data={"To": "+9779800000000", "From": SMS_FROM, "Body": "capacity"},
                         auth=(ACCOUNT, TOKEN), timeout=10).raise_for_status()
            sent += 1
        rate = sent / (time.monotonic() - started)
        self.reset()
        return rate


# --- the app, the workers ---------------------------------------------------------------------------------------

# Production settings need the keys of personal data; these are for benchmark databases only.
BENCH_ENCRYPTION_KEY = "bench:YmVuY2gtb25seS1lbmNyeXB0aW9uLWtleS0zMmJ5dGU="
BENCH_INDEX_KEY = "YmVuY2gtb25seS1pbmRleC1rZXktb2YtMzItYnl0ZXM="


def settings(args, sink: Sink, **rates) -> dict:
    return {"APP_ENV": "production", "SECRET_KEY": "bench", "DATABASE_URL": args.database, "REDIS_URL": args.redis,
            "TWILIO_ACCOUNT_SID": ACCOUNT, "TWILIO_AUTH_TOKEN": TOKEN, "TWILIO_API_BASE_URL": sink.url,
            "TWILIO_SMS_FROM": SMS_FROM, "PUBLIC_BASE_URL": "http://127.0.0.1:9", "SMS_RATE_PER_SECOND": HIGH,
            "WHATSAPP_RATE_PER_SECOND": HIGH, "PII_ENCRYPTION_KEY": BENCH_ENCRYPTION_KEY,
            "PII_INDEX_KEY": BENCH_INDEX_KEY} | {key: str(value) for key, value in rates.items()}


def make_app(config: dict):
    from app import create_app

    return create_app({key: (float(value) if key.endswith("_PER_SECOND") else value) for key, value in config.items()})


@contextmanager
def workers(config: dict, count: int, name: str):
    OUT.mkdir(exist_ok=True)
    logs = [(OUT / f"{name}-worker-{n}.log").open("wb") for n in range(count)]
    processes = [subprocess.Popen([sys.executable, "worker.py"], cwd=ROOT, env=os.environ | config, stdout=log,
                                  stderr=subprocess.STDOUT) for log in logs]
    try:
        yield processes
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
        for log in logs:
            log.close()


def reset(args) -> None:
    from sqlalchemy import create_engine, text

    from tests.support.services import reset_schema, upgrade

    admin = args.database.rsplit("/", 1)
    if admin[1] in ("test", ""):
        raise SystemExit("refusing to empty the database 'test', which the test suite uses; pass --database")
    engine = create_engine(admin[0] + "/postgres", isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        if not connection.execute(text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": admin[1]}).first():
            connection.execute(text(f'CREATE DATABASE "{admin[1]}"'))
    engine.dispose()
    reset_schema(args.database)
    upgrade({"DATABASE_URL": args.database, "REDIS_URL": args.redis})
    from redis import Redis

    Redis.from_url(args.redis).flushdb()


def empty_outbox(app) -> None:
    from models import db

    db.session.rollback()
    db.session.execute(db.text("TRUNCATE outbound_events, outbound_messages, status_events RESTART IDENTITY CASCADE"))
    db.session.commit()
    from services import queues

    queues.redis(app).flushdb()


def drafts(count: int, *, kind: str, priority: str, key: str, long_every: int = 0):
    from services import outbox

    short = "Your checkup is due this week. Reply 0 for the menu."
    long = ("This week: eat iron-rich food, rest on your left side, drink clean water, and go to your checkup. "
            "If you bleed, have fits, severe pain or a bad headache, go to a health facility at once.")
    for n in range(count):
        body = long if long_every and n % long_every == 0 else short
        yield outbox.Draft(phone=f"+97798{n:08d}", kind=kind, body=body, priority=priority,
                           natural_key=f"{key}:{n}")


def queue(app, count: int, **kwargs) -> float:
    """add_many + commit, timed; the seconds it took."""
    from models import db
    from services import outbox

    now = datetime.now(timezone.utc)
    started = time.perf_counter()
    written = outbox.add_many(drafts(count, **kwargs), now=now)
    db.session.commit()
    took = time.perf_counter() - started
    assert written == count, (written, count)
    return took


def count_status(app, status: str) -> int:
    from models import db

    db.session.rollback()
    return db.session.execute(db.text("SELECT count(*) FROM outbound_messages WHERE status = :s"),
                              {"s": status}).scalar()


# --- the measurements --------------------------------------------------------------------------------------------

def cpu_seconds(pid: int) -> float:
    """User + system CPU a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def throughput(args, sink: Sink) -> dict:
    """Wall rate, and the worker's own CPU per message while sending: on a busy shared machine the wall rate says
    how much CPU the worker got; CPU per message says what one core would do (1 / CPU per message)."""
    config = settings(args, sink)
    app = make_app(config)
    with app.app_context():
        empty_outbox(app)
        queue(app, args.messages, kind="weekly", priority="default", key="weekly")
        sink.reset()
        with workers(config, 1, "throughput") as (worker,):
            deadline = time.monotonic() + args.messages / 10 + 120
            while sink.count() == 0 and time.monotonic() < deadline:
                time.sleep(0.05)
            cpu_start, count_start = cpu_seconds(worker.pid), sink.count()
            deadline = min(deadline, time.monotonic() + args.seconds)
            while sink.count() < args.messages and time.monotonic() < deadline:
                time.sleep(0.2)
            cpu_end, count_end = cpu_seconds(worker.pid), sink.count()
        sent = count_status(app, "sent")
    log = sink.log()
    times = sorted(row[0] for row in log)
    rate = (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0
    cpu_per_message = (cpu_end - cpu_start) / max(1, count_end - count_start)
    return {"messages": args.messages, "sent": sent, "received": len(log), "per_second": rate,
            "valid": len(times) > 1,
            "worker_cpu_ms_per_message": cpu_per_message * 1000, "per_cpu_second": 1 / cpu_per_message,
            "target": ">= 300 messages/s", "met": rate >= 300}


def ratelimit(args, sink: Sink) -> dict:
    config = settings(args, sink, SMS_RATE_PER_SECOND=args.rate)
    app = make_app(config)
    segments_needed = args.rate * (args.window + 30)
    with app.app_context():
        empty_outbox(app)
        queue(app, int(segments_needed / 1.25) + 1, kind="weekly", priority="default", key="paced", long_every=4)
        sink.reset()
        with workers(config, 2, "ratelimit"):
            deadline = time.monotonic() + args.window + 120
            while time.monotonic() < deadline:
                log = sink.log()
                if log and log[-1][0] - min(row[0] for row in log) > args.window + 2:
                    break
                time.sleep(1)
    log = sorted(sink.log())
    if not log:
        return {"met": False, "valid": False, "error": "nothing received"}
    start = log[0][0]
    window = [row for row in log if row[0] < start + args.window]
    segments = sum(row[2] for row in window)
    measured = segments / args.window
    error = (measured - args.rate) / args.rate
    per_second = [sum(row[2] for row in window if start + s <= row[0] < start + s + 1) for s in range(args.window)]
    return {"rate": args.rate, "window_s": args.window, "segments": segments, "messages": len(window),
            "measured_per_second": measured, "error": error, "busiest_second": max(per_second),
            "quietest_second": min(per_second), "target": "within +-5 %", "met": abs(error) <= 0.05}


def bulk(args, sink: Sink) -> dict:
    from models import db

    config = settings(args, sink)
    app = make_app(config)
    with app.app_context():
        empty_outbox(app)
        seed_conversations(args.bulk)
        took = queue(app, args.bulk, kind="broadcast", priority="bulk", key="broadcast:1")
        rows = db.session.execute(db.text("SELECT count(*) FROM outbound_messages WHERE priority = 'bulk' "
                                          "AND status = 'queued'")).scalar()
    return {"rows": rows, "seconds": took, "per_second": rows / took, "target": "< 20 s", "met": took < 20}


def seed_conversations(count: int) -> None:
    """Numbers are encrypted with a blind index beside them (models.crypto): the rows go through the column types."""
    from datetime import datetime, timedelta, timezone

    from sqlalchemy import delete, insert

    from models import Conversation, db

    now = datetime.now(timezone.utc)
    table = Conversation.__table__
    for start in range(0, count, 5000):
        phones = [f"+97798{n:08d}" for n in range(start, min(start + 5000, count))]
        db.session.execute(delete(table).where(table.c.phone.in_(phones)))
        db.session.execute(insert(table), [
            {"phone": phone, "phone_index": phone, "channel": "sms", "state": "menu.main", "opted_out": False,
             "last_inbound_at": now - timedelta(days=2), "data": {}, "created_at": now, "updated_at": now}
            for phone in phones])
    db.session.commit()


def alert_behind_backlog(args, sink: Sink) -> dict:
    from models import db
    from services import outbox

    config = settings(args, sink, SMS_RATE_PER_SECOND=args.alert_rate)
    app = make_app(config)
    latencies = []
    with app.app_context():
        if count_status(app, "queued") < args.bulk:  # run alone: queue the backlog first
            empty_outbox(app)
            seed_conversations(args.bulk)
            queue(app, args.bulk, kind="broadcast", priority="bulk", key="broadcast:1")
        sink.reset()
        with workers(config, 1, "alert"):
            deadline = time.monotonic() + 120
            while len(sink.log()) < 200 and time.monotonic() < deadline:  # the worker is busy with the backlog
                time.sleep(0.2)
            for n in range(args.alerts):
                phone = f"+9779811{n:06d}"
                written = time.time()
                outbox.add(outbox.Draft(phone=phone, kind="alert", priority="high",
                                        body=f"Aamcare ALERT: Sita (+9779800000001) reported a possible danger sign: "
                                             f"bleeding. Please contact her now. Reply OK when you have seen this."),
                           now=datetime.now(timezone.utc))
                db.session.commit()
                outbox.wake()
                arrived = None
                while time.time() - written < 30:
                    found = sink.log(to=phone)
                    if found:
                        arrived = found[0][0]
                        break
                    time.sleep(0.02)
                latencies.append(arrived - written if arrived else math.inf)
                time.sleep(1.5)
            backlog_sent = len(sink.log()) - args.alerts
    return {"alerts": len(latencies), "latencies_s": latencies, "median_s": statistics.median(latencies),
            "max_s": max(latencies), "bulk_sent_meanwhile": backlog_sent, "sms_rate": args.alert_rate,
            "target": "< 2 s each", "met": max(latencies) < 2}


# --- the report --------------------------------------------------------------------------------------------------

def machine(args) -> dict:
    from importlib.metadata import version

    from redis import Redis
    from sqlalchemy import create_engine, text

    lscpu = subprocess.run(["lscpu"], capture_output=True, text=True).stdout if shutil.which("lscpu") else ""
    model = next((line.split(":", 1)[1].strip() for line in lscpu.splitlines() if line.startswith("Model name")), "?")
    engine = create_engine(args.database)
    with engine.connect() as connection:
        postgres = connection.execute(text("SHOW server_version")).scalar()
    engine.dispose()
    return {"cpu": model, "nproc": os.cpu_count(), "kernel": platform.release(), "python": platform.python_version(),
            "postgresql": postgres, "redis": Redis.from_url(args.redis).info("server")["redis_version"],
            **{name: version(name) for name in ("rq", "SQLAlchemy", "twilio", "Werkzeug", "psycopg")}}


def load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def markdown(info: dict, results: dict, started: str) -> str:
    lines = [f"### Sending (bench/sending.py), {started} UTC", "",
             f"Machine: {info['cpu']}, nproc {info['nproc']}, Linux {info['kernel']}; Python {info['python']}, "
             f"PostgreSQL {info['postgresql']}, Redis {info['redis']}, rq {info['rq']}, SQLAlchemy "
             f"{info['SQLAlchemy']}, twilio {info['twilio']}, Werkzeug {info['Werkzeug']}, psycopg {info['psycopg']}.",
             "", "| measurement | figure | target | met | load (1/5/15 min) before |", "|---|---|---|---|---|"]
    for name, result in results.items():
        lines.append(f"| {name} | {result['figure']} | {result.get('target', '')} | "
                     f"{'yes' if result.get('met') else 'NO'} | {result['load']} |")
    return "\n".join(lines) + "\n"


def figure(name: str, result: dict) -> str:
    if name == "throughput":
        return (f"{result['per_second']:.0f} messages/s wall from 1 worker process ({result['received']:,} sent; "
                f"the sink alone answers {result['sink_capacity']:.0f}/s); worker CPU "
                f"{result['worker_cpu_ms_per_message']:.2f} ms per message = {result['per_cpu_second']:.0f} "
                f"messages per CPU-second")
    if name == "ratelimit":
        return (f"{result['measured_per_second']:.2f} segments/s for {result['rate']:g} configured "
                f"({result['error']:+.1%}; {result['messages']} messages, busiest second {result['busiest_second']}, "
                f"quietest {result['quietest_second']}), 2 worker processes, {result['window_s']} s")
    if name == "bulk":
        return f"{result['rows']:,} rows in {result['seconds']:.1f} s ({result['per_second']:,.0f} rows/s)"
    if name == "alert":
        return (f"median {result['median_s']:.2f} s, max {result['max_s']:.2f} s over {result['alerts']} alerts "
                f"({', '.join(f'{x:.2f}' for x in result['latencies_s'])}); SMS rate {result['sms_rate']:g}/s; "
                f"{result['bulk_sent_meanwhile']:,} bulk sent meanwhile")
    return json.dumps(result)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database", default=os.environ.get(
        "BENCH_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/aamcare_bench"))
    parser.add_argument("--redis", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14"))
    parser.add_argument("--only", default="throughput,ratelimit,bulk,alert")
    parser.add_argument("--messages", type=int, default=20_000, help="rows queued for the throughput run")
    parser.add_argument("--seconds", type=int, default=60, help="longest the throughput run measures")
    parser.add_argument("--rate", type=float, default=20.0, help="SMS segments/s in the rate-limiter run")
    parser.add_argument("--window", type=int, default=60, help="seconds measured in the rate-limiter run")
    parser.add_argument("--bulk", type=int, default=100_000, help="bulk rows queued")
    parser.add_argument("--alerts", type=int, default=5, help="alerts written behind the backlog")
    parser.add_argument("--alert-rate", type=float, default=float(HIGH),
                        help="SMS segments/s while the alerts are measured (default: high)")
    parser.add_argument("--append", action="store_true", help="append the results to bench/RESULTS.md")
    args = parser.parse_args()
    started = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M")
    reset(args)
    info = machine(args)
    print(json.dumps(info), file=sys.stderr)
    results = {}
    with Sink() as sink:
        for name in args.only.split(","):
            before = load()
            if name == "throughput":
                capacity = sink.capacity()
                result = throughput(args, sink) | {"sink_capacity": capacity}
            else:
                result = {"ratelimit": ratelimit, "bulk": bulk, "alert": alert_behind_backlog}[name](args, sink)
            result |= {"load": before}
            result["figure"] = figure(name, result)
            results[name] = result
            print(f"{name}: {result['figure']} (target {result.get('target')}): "
                  f"{'met' if result.get('met') else 'MISSED'}; load before {before}", file=sys.stderr, flush=True)
    OUT.mkdir(exist_ok=True)
    (OUT / "sending.json").write_text(json.dumps({"machine": info, "results": results}, indent=1, default=str))
    report = markdown(info, results, started)
    print(report)
    if args.append:
        with (ROOT / "bench" / "RESULTS.md").open("a") as results_file:
            results_file.write("\n" + report)
    if not all(result.get("valid", True) for result in results.values()):
        return 2
    return 0 if all(result.get("met") for result in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
