"""Timeline sweep benchmark: one day's sweeps over 1,000,000 synthetic mothers in PostgreSQL.

Run by hand, not by the test suite:

    python bench/sweep.py [--mothers 1000000] [--database postgresql+psycopg://postgres@127.0.0.1:5432/bench_timeline]

What it does:
- creates the database if needed, builds the schema with the Alembic migrations, and loads `--mothers` mothers
  with COPY, at every stage: 58 % pregnant (last period 2 to 42 weeks ago), 40 % with a baby (0 to 24 months),
  2 % after a loss; 55 % Nepal, 40 % India, 5 % Kenya (three time zones); 2 % opted out. Each has her
  conversation row, which the outbox reads to route a message;
- runs the worker's hourly sweeps for one whole day (`now` on the hour, 24 of them, in UTC), each in a fresh
  process so that its peak memory is its own, and reports per sweep: seconds, messages selected, outbox rows
  written, peak RSS; then runs the day's busiest sweep again to show it writes nothing.

Target (the issue): one day's sweep selects and queues every due message in under 60 s with bounded memory.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DEFAULT_DATABASE = "postgresql+psycopg://postgres@127.0.0.1:5432/bench_timeline"
DEFAULT_REDIS = "redis://127.0.0.1:6379/11"
DAY = date(2027, 1, 10)  # the day swept (UTC hours); mothers' dates are spread around it
COUNTRIES = (("NP", 0.55, ("ne", "en")), ("IN", 0.40, ("hi", "en")), ("KE", 0.05, ("en",)))
COPY_CHUNK = 50_000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mothers", type=int, default=1_000_000)
    parser.add_argument("--database", default=DEFAULT_DATABASE)
    parser.add_argument("--redis", default=DEFAULT_REDIS)
    parser.add_argument("--reuse", action="store_true", help="keep the mothers already loaded; clear the outbox")
    parser.add_argument("--load-only", action="store_true", help="load the mothers, sweep nothing")
    parser.add_argument("--sweep-at", help=argparse.SUPPRESS)  # internal: one sweep in this process
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.sweep_at:
        return _one_sweep(args)
    if not args.reuse:
        _load(args)
    else:
        _upgrade(args)
        _clear_outbox(args.database)
    return 0 if args.load_only else _day(args)


# Loading


def _load(args) -> None:
    import psycopg

    _create_database(args.database)
    app = _app(args)
    with app.app_context():
        from flask_migrate import upgrade

        from tests.support.services import reset_schema

        reset_schema(args.database)
        upgrade()
    started = time.perf_counter()
    with psycopg.connect(_plain(args.database), autocommit=False) as connection:
        _copy_mothers(connection, args.mothers)
        connection.commit()
    with psycopg.connect(_plain(args.database), autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")
    print(f"loaded {args.mothers:,} mothers in {time.perf_counter() - started:.0f} s", flush=True)


def _upgrade(args) -> None:
    with _app(args).app_context():
        from flask_migrate import upgrade

        upgrade()


def _copy_mothers(connection, count: int) -> None:
    from models import crypto

    rng = random.Random(8)
    registered = datetime(2026, 6, 1, tzinfo=timezone.utc)
    keys = crypto.keyring()  # COPY bypasses the column types: values are sealed and indexed here, as they would be

    def sealed(value):
        return None if value is None else keys.seal(value.isoformat() if isinstance(value, date) else value)

    def index(value):
        return None if value is None else keys.blind(value)

    with connection.cursor() as cursor:
        for start in range(1, count + 1, COPY_CHUNK):
            ids = range(start, min(start + COPY_CHUNK, count + 1))
            people = [_person(rng, mother_id) for mother_id in ids]
            with cursor.copy("COPY mothers (id, phone, phone_index, name, locale, channel, country, stage, lmp, "
                             "lmp_index, due_date, due_date_index, consented_at, registered_at, updated_at) "
                             "FROM STDIN") as copy:
                for p in people:
                    due = p["lmp"] and p["lmp"] + timedelta(days=280)
                    copy.write_row((p["id"], sealed(p["phone"]), index(p["phone"]), sealed("Sita"), p["locale"],
                                    "sms", p["country"], p["stage"], sealed(p["lmp"]), index(p["lmp"]), sealed(due),
                                    index(due), registered, p["registered_at"], registered))
            with cursor.copy("COPY babies (mother_id, born_on, born_on_index, created_at) FROM STDIN") as copy:
                for p in people:
                    if p["born_on"]:
                        copy.write_row((p["id"], sealed(p["born_on"]), index(p["born_on"]), registered))
            with cursor.copy("COPY conversations (phone, phone_index, channel, locale, state, data, opted_out, "
                             "mother_id, created_at, updated_at) FROM STDIN") as copy:
                for p in people:
                    copy.write_row((sealed(p["phone"]), index(p["phone"]), "sms", p["locale"], "menu.main",
                                    sealed("{}"), p["opted_out"], p["id"], registered, registered))
        cursor.execute("SELECT setval(pg_get_serial_sequence('mothers', 'id'), %s)", (count,))


def _person(rng: random.Random, mother_id: int) -> dict:
    roll, share = rng.random(), 0.0
    for country, weight, locales in COUNTRIES:
        share += weight
        if roll < share:
            break
    stage_roll = rng.random()
    stage = "pregnant" if stage_roll < 0.58 else ("baby" if stage_roll < 0.98 else "loss")
    lmp = DAY - timedelta(days=rng.randint(14, 294)) if stage == "pregnant" else None
    born_on = DAY - timedelta(days=rng.randint(0, 730)) if stage == "baby" else None
    anchor = lmp or born_on or DAY - timedelta(days=100)
    registered_at = datetime.combine(anchor + timedelta(days=rng.randint(0, 20)), datetime.min.time(),
                                     timezone.utc)
    prefix = {"NP": "+97798", "IN": "+9198", "KE": "+2547"}[country]
    return {"id": mother_id, "phone": f"{prefix}{mother_id:08d}", "country": country, "locale": rng.choice(locales),
            "stage": stage, "lmp": lmp, "born_on": born_on, "opted_out": rng.random() < 0.02,
            "registered_at": min(registered_at, datetime.combine(DAY, datetime.min.time(), timezone.utc))}


# Sweeping


def _day(args) -> int:
    results = []
    for hour in range(24):
        now = datetime.combine(DAY, datetime.min.time(), timezone.utc) + timedelta(hours=hour, minutes=5)
        results.append(_run_sweep(args, now))
        _print(results[-1])
    busiest = max(results, key=lambda result: result["selected"])
    again = _run_sweep(args, datetime.fromisoformat(busiest["now"]))
    print("again:", end=" ")
    _print(again)
    summary = {"machine": _machine(), "mothers": args.mothers, "day": DAY.isoformat(), "sweeps": results,
               "again": again, "total_written": sum(r["written"] for r in results),
               "max_seconds": max(r["seconds"] for r in results), "max_rss_mb": max(r["rss_mb"] for r in results)}
    out = BENCH / "out"
    out.mkdir(exist_ok=True)
    (out / "sweep.json").write_text(json.dumps(summary, indent=2))
    print(json.dumps({key: summary[key] for key in ("total_written", "max_seconds", "max_rss_mb")}))
    return 0 if summary["max_seconds"] < 60 and again["written"] == 0 else 1


def _run_sweep(args, now: datetime) -> dict:
    command = [sys.executable, __file__, "--sweep-at", now.isoformat(), "--database", args.database,
               "--redis", args.redis]
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _one_sweep(args) -> int:
    now = datetime.fromisoformat(args.sweep_at)
    app = _app(args)
    with app.app_context():
        from services import sweep

        quiet = datetime.combine(now.date(), datetime.min.time(), timezone.utc)  # 00:00 UTC: night in every zone
        sweep.sweep(quiet)  # warm-up: imports and the first connection, nothing due (not measured)
        started, cpu = time.perf_counter(), time.process_time()
        report = sweep.sweep(now)
        seconds = time.perf_counter() - started
    print(json.dumps({"now": now.isoformat(), "seconds": round(seconds, 2), "cpu": round(time.process_time() - cpu, 2),
                      "selected": report.selected, "written": report.written, "by_kind": dict(report.by_kind),
                      "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))
    return 0


def _print(result: dict) -> None:
    print(f"{result['now']}: {result['seconds']:6.2f} s, {result['selected']:7,} due, {result['written']:7,} "
          f"written, peak RSS {result['rss_mb']} MB", flush=True)


# Helpers


def _app(args):
    from app import create_app

    return create_app({"APP_ENV": "test", "DATABASE_URL": args.database, "REDIS_URL": args.redis,
                       "TWILIO_ACCOUNT_SID": "", "TWILIO_AUTH_TOKEN": ""})


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def _create_database(url: str) -> None:
    import psycopg

    base, _, name = _plain(url).rpartition("/")
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')


def _clear_outbox(url: str) -> None:
    import psycopg

    with psycopg.connect(_plain(url), autocommit=True) as connection:
        connection.execute("TRUNCATE outbound_messages, care_visits CASCADE")


def _machine() -> dict:
    return {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version(),
            "date": datetime.now(timezone.utc).strftime("%Y-%m-%d")}


if __name__ == "__main__":
    sys.exit(main())
