"""Webhook speed benchmark: the app's registration turn against a bare Flask endpoint, same servers, same load.

Run by hand, not by the test suite: `python bench/webhook.py [--duration 20] [--connections 16]`.

Why it is built this way:
- wrk generates the load (a C event loop), so the client takes little of the CPU the two servers compete for.
  Python only pre-signs the requests before the clock starts; bench/requests.lua replays them.
- wrk runs as many threads as connections, so each thread owns one connection and one connection's requests
  go out strictly one after another: every phone's 8 registration messages arrive in order, each after the
  previous reply, as they would from a real phone.
- Every request carries a fresh MessageSid: a repeat would be answered from the deduplication path and flatter
  the app. A connection that runs out of requests stops and the run is reported as invalid.
- The bare endpoint (bench/bare.py) gets the same signed request stream, the same gunicorn settings, database
  server and Redis, so the ratio measures the app's own work.
- Other work on the machine skews both: each round measures bare then app back to back, the verdict takes the
  medians over the rounds, and every row records how much CPU processes outside the benchmark used meanwhile.

Everything listens on 127.0.0.1 only; every wait has a bound; the servers are stopped on the way out.
"""
from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import platform
import resource
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import psycopg
from redis import Redis
from twilio.request_validator import RequestValidator

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
OUT = BENCH / "out"
LUA = BENCH / "requests.lua"
PATH = "/twilio/messages"
REGISTRATION = ("hi", "1", "yes", "Sita", "1", "20 weeks", "yes", "skip")
ACCOUNT_SID = "AC" + "0" * 32
SERVICE_NUMBER = "+9779800000000"
TARGET_RATIO = 0.5
TARGET_P99_MS = 100.0
WARMUP_RATE_PER_CONNECTION = 300  # requests/s assumed before anything is measured; generous for 2 cores
CAPACITY_MARGIN = 3.0  # over the busiest warm-up connection's rate times the duration
START_TIMEOUT_S = 60
STOP_TIMEOUT_S = 20


@dataclass(frozen=True)
class Server:
    name: str
    target: str  # gunicorn's APP_MODULE
    port: int
    extra_args: tuple[str, ...] = ()

    @property
    def bind(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return f"http://{self.bind}"


@dataclass(frozen=True)
class Load:
    requests: int
    seconds: float
    errors: dict
    latency_us: dict
    exhausted: int
    registered: int
    sorry: int
    not_200: int
    per_connection: dict  # fewest and most requests one connection sent
    other_cpu: float  # share of the machine's CPU that processes outside the benchmark used during the run

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def ms(self, percentile: str) -> float:
        return self.latency_us[percentile] / 1000.0


@dataclass(frozen=True)
class Round:
    bare: Load
    app: Load

    @property
    def ratio(self) -> float:
        return self.app.rps / self.bare.rps if self.bare.rps else 0.0

    def named(self) -> tuple[tuple[str, Load], tuple[str, Load]]:
        return ("app", self.app), ("bare", self.bare)


# ---------------------------------------------------------------------------------------------- command line

def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=20, help="seconds of measured load per server")
    parser.add_argument("--warmup", type=int, default=5, help="seconds of unmeasured load per server first")
    parser.add_argument("--rounds", type=int, default=3, help="bare-then-app measurements; medians decide")
    parser.add_argument("--connections", type=int, default=16, help="concurrent connections (= wrk threads)")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers, both servers")
    parser.add_argument("--threads", type=int, default=1, help="gunicorn gthread threads per worker (CPU-bound Python: processes, not threads)")
    parser.add_argument("--worker-class", default="gthread", choices=("sync", "gthread", "gevent"),
                        help="gunicorn worker class, both servers")
    parser.add_argument("--postgres", default="postgresql+psycopg://postgres@127.0.0.1:5432",
                        help="PostgreSQL server URL, without the database")
    parser.add_argument("--database", default="aamcare_bench", help="dropped and recreated on every run")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/14", help="this Redis database is flushed")
    args = parser.parse_args(argv)
    if min(args.duration, args.warmup, args.rounds, args.connections, args.workers, args.threads) < 1:
        parser.error("durations and counts must be at least 1")
    if args.database in ("test", "postgres", "template0", "template1"):
        parser.error(f"refusing to drop the database {args.database!r}")
    return args


# ---------------------------------------------------------------------------------------------- preconditions

def check_prerequisites(args: argparse.Namespace) -> None:
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: `apt-get install -y wrk` (Debian/Ubuntu).")
    if not _answers(args.postgres, 5432):
        sys.exit(f"PostgreSQL does not answer at {args.postgres}")
    if not _answers(args.redis, 6379):
        sys.exit(f"Redis does not answer at {args.redis}")


def _answers(url: str, default_port: int) -> bool:
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or default_port), timeout=3):
            return True
    except OSError:
        return False


# ---------------------------------------------------------------------------------------------- databases

def database_url(args: argparse.Namespace) -> str:
    return f"{args.postgres.rstrip('/')}/{args.database}"


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def recreate_database(args: argparse.Namespace) -> None:
    with psycopg.connect(_libpq(f"{args.postgres.rstrip('/')}/postgres"), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{args.database}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{args.database}"')


def flush_redis(args: argparse.Namespace) -> None:
    connection = Redis.from_url(args.redis)
    connection.flushdb()
    connection.close()


def migrate(env: dict[str, str]) -> None:
    done = subprocess.run([sys.executable, "-m", "flask", "--app", "app", "db", "upgrade"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"flask db upgrade failed:\n{done.stderr[-3000:]}")


def create_bare_schema(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(BENCH))
    import bare

    bare.create_schema(database_url(args))


def server_env(args: argparse.Namespace, token: str, base_url: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(APP_ENV="development", DATABASE_URL=database_url(args), REDIS_URL=args.redis,
               TWILIO_AUTH_TOKEN=token, PUBLIC_BASE_URL=base_url, TWILIO_ACCOUNT_SID="",
               PYTHONDONTWRITEBYTECODE="1")
    return env


# ---------------------------------------------------------------------------------------------- servers

def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(server: Server, args: argparse.Namespace, env: dict[str, str]) -> subprocess.Popen:
    command = [sys.executable, "-m", "gunicorn", "--bind", server.bind,
               "--workers", str(args.workers), "--worker-class", args.worker_class, "--threads", str(args.threads),
               *server.extra_args, server.target]
    with open(OUT / f"{server.name}-gunicorn.log", "wb") as log:
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)


def wait_until_up(server: Server, process: subprocess.Popen) -> None:
    """Any HTTP answer means a worker has loaded the app; the unmeasured warm-up covers the others."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{server.name} exited with {process.returncode}; see bench/out/{server.name}"
                               "-gunicorn.log")
        if _http_answers(server.base_url + "/healthz"):
            return
        time.sleep(0.5)
    raise RuntimeError(f"{server.name} did not answer within {START_TIMEOUT_S} s")


def _http_answers(url: str) -> bool:
    try:
        urllib.request.urlopen(url, timeout=2).close()
    except urllib.error.HTTPError:
        return True
    except OSError:
        return False
    return True


def stop(process: subprocess.Popen) -> None:
    """SIGTERM to the gunicorn master we started (it stops its workers), SIGKILL to its group if it hangs."""
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=STOP_TIMEOUT_S)


# ---------------------------------------------------------------------------------------------- requests

def phone_numbers() -> Iterator[str]:
    """Distinct Nepali mobile numbers, +97798 then 8 digits; one generator per run, never reused."""
    return (f"+97798{n:08d}" for n in itertools.count(10_000_000))


def registration_forms(phone: str, whatsapp: bool) -> list[dict[str, str]]:
    origin = f"whatsapp:{phone}" if whatsapp else phone
    to = f"whatsapp:{SERVICE_NUMBER}" if whatsapp else SERVICE_NUMBER
    return [_form(origin, to, body) for body in REGISTRATION]


def _form(origin: str, to: str, body: str) -> dict[str, str]:
    """The fields Twilio posts for an inbound text message; the SID is fresh for every message."""
    sid = "SM" + secrets.token_hex(16)
    return {"ToCountry": "NP", "SmsMessageSid": sid, "NumMedia": "0", "SmsSid": sid, "SmsStatus": "received",
            "Body": body, "To": to, "NumSegments": "1", "MessageSid": sid, "AccountSid": ACCOUNT_SID,
            "From": origin, "FromCountry": "NP", "ApiVersion": "2010-04-01"}


def write_requests(directory: Path, connections: int, per_connection: int, phones: Iterator[str],
                   validator: RequestValidator, url: str) -> int:
    """conn-<i>.txt per connection: whole registrations (8 lines each), signed for url. Returns the total."""
    directory.mkdir(parents=True, exist_ok=True)
    registrations = math.ceil(per_connection / len(REGISTRATION))
    for connection in range(1, connections + 1):
        lines = (_signed_line(form, validator, url)
                 for n in range(registrations)
                 for form in registration_forms(next(phones), whatsapp=n % 2 == 1))
        (directory / f"conn-{connection}.txt").write_text("".join(lines))
    return connections * registrations * len(REGISTRATION)


def _signed_line(form: dict[str, str], validator: RequestValidator, url: str) -> str:
    return f"{validator.compute_signature(url, form)}\t{urlencode(form)}\n"


# ---------------------------------------------------------------------------------------------- machine noise

@dataclass(frozen=True)
class Ticks:
    at: float  # time.monotonic()
    busy: int  # the whole machine, from /proc/stat
    ours: dict  # pid -> ticks, for the processes this benchmark uses


def cpu_ticks(args: argparse.Namespace, binds: tuple[str, ...]) -> Ticks:
    """Busy CPU ticks of the machine and of our processes: gunicorn (both trees), wrk, Redis, and PostgreSQL
    except backends serving other databases. Shared daemons count as ours, so `other` errs low."""
    ours = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            command = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # the process ended meanwhile
            continue
        if _is_ours(command, args, binds):
            ours[stat.parent.name] = int(fields[11]) + int(fields[12])  # utime + stime
    cpu = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    busy = sum(int(value) for index, value in enumerate(cpu[:8]) if index not in (3, 4))  # not idle, iowait
    return Ticks(at=time.monotonic(), busy=busy, ours=ours)


def _is_ours(command: str, args: argparse.Namespace, binds: tuple[str, ...]) -> bool:
    if "gunicorn" in command and any(f"--bind {bind} " in command for bind in binds):
        return True  # the masters and their forked workers, which keep the master's command line
    if command.startswith("wrk ") or (command.startswith("redis-server ") and _redis_port(args) in command):
        return True
    if command.startswith("postgres: ") and command.count(":") >= 2:
        backend = command.split(":", 2)[2].split()
        return len(backend) < 3 or not backend[2].startswith(("127.", "[local]")) or backend[1] == args.database
    return command.startswith("/usr/lib/postgresql/")


def _redis_port(args: argparse.Namespace) -> str:
    return f":{urlsplit(args.redis).port or 6379}"


def _children_ticks() -> float:
    """CPU of our children that have exited: wrk, gone before the second snapshot of /proc."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * os.sysconf("SC_CLK_TCK")


def other_cpu_share(before: Ticks, after: Ticks, exited: float = 0.0) -> float:
    """CPU the rest of the machine used during a run, as a share of all the CPU the machine had."""
    ours = exited + sum(after.ours[pid] - before.ours.get(pid, 0) for pid in after.ours)
    available = (after.at - before.at) * os.sysconf("SC_CLK_TCK") * (os.cpu_count() or 1)
    return max(0.0, (after.busy - before.busy - ours) / available) if available else 0.0


# ---------------------------------------------------------------------------------------------- load

def run_wrk(server: Server, directory: Path, seconds: int, args: argparse.Namespace,
            binds: tuple[str, ...]) -> Load:
    command = ["wrk", "--threads", str(args.connections), "--connections", str(args.connections), "--duration",
               f"{seconds}s", "--timeout", "10s", "--script", str(LUA), server.base_url, "--", str(directory)]
    before, wrk_before = cpu_ticks(args, binds), _children_ticks()
    done = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 120, check=False)
    other = other_cpu_share(before, cpu_ticks(args, binds), _children_ticks() - wrk_before)
    (directory / "wrk.txt").write_text(done.stdout + done.stderr)
    lines = [line for line in done.stdout.splitlines() if line.startswith("BENCH_JSON ")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"wrk failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}")
    return _load(json.loads(lines[-1].removeprefix("BENCH_JSON ")), other)


def _load(raw: dict, other_cpu: float) -> Load:
    return Load(requests=raw["requests"], seconds=raw["duration_us"] / 1e6, errors=raw["errors"],
                latency_us=raw["latency_us"], exhausted=raw["exhausted_connections"],
                registered=raw["replies_registered"], sorry=raw["replies_sorry"], not_200=raw["replies_not_200"],
                per_connection=raw["per_connection"], other_cpu=other_cpu)


def measure(server: Server, phase: str, seconds: int, per_connection: int, args: argparse.Namespace,
            phones: Iterator[str], validator: RequestValidator, binds: tuple[str, ...]) -> Load:
    directory = OUT / f"{server.name}-{phase}"
    total = write_requests(directory, args.connections, per_connection, phones, validator, server.base_url + PATH)
    print(f"  {server.name:<4} {phase:<8} {seconds:>3} s, {total} fresh signed requests prepared", flush=True)
    return run_wrk(server, directory, seconds, args, binds)


def capacity(warm: list[Load], args: argparse.Namespace) -> int:
    """Fresh requests per connection for a measured run, sized on the busiest connection of either warm-up.

    gunicorn does not share connections evenly between workers, so one connection may send three times the
    average; the margin covers that connection getting faster still once warm. Both servers get the size of
    the faster one: the app's warm-up includes its workers loading their content, which made it too small."""
    per_second = max(max(load.per_connection["max"] for load in warm) / args.warmup, 1.0)
    return math.ceil(per_second * args.duration * CAPACITY_MARGIN) + len(REGISTRATION)


def benchmark(args: argparse.Namespace, app: Server, bare: Server, token: str) -> list[Round]:
    """Warm both up, then per round measure the bare endpoint and the app back to back."""
    validator, phones = RequestValidator(token), phone_numbers()
    common = (args, phones, validator, (app.bind, bare.bind))
    warm_size = WARMUP_RATE_PER_CONNECTION * args.warmup
    warm = {s.name: measure(s, "warmup", args.warmup, warm_size, *common) for s in (bare, app)}
    size = capacity(list(warm.values()), args)
    return [Round(bare=measure(bare, f"round{n}", args.duration, size, *common),
                  app=measure(app, f"round{n}", args.duration, size, *common))
            for n in range(1, args.rounds + 1)]


# ---------------------------------------------------------------------------------------------- verification

def app_outcome(args: argparse.Namespace) -> dict[str, int]:
    """What the app left in the database; out_of_order counts phones whose messages did not arrive in order."""
    queries = {
        "mothers": "SELECT count(*) FROM mothers",
        "inbound_messages": "SELECT count(*) FROM inbound_messages",
        "inbound_errors": "SELECT count(*) FROM inbound_messages WHERE error IS NOT NULL",
        "inbound_unprocessed": "SELECT count(*) FROM inbound_messages WHERE processed_at IS NULL",
        "replies": "SELECT count(*) FROM outbound_messages WHERE kind = 'reply'",
        "bare_events": "SELECT count(*) FROM bench_events",
    }
    with psycopg.connect(_libpq(database_url(args))) as connection:
        outcome = {name: connection.execute(sql).fetchone()[0] for name, sql in queries.items()}
        return outcome | {"out_of_order": _out_of_order(connection)}


def _out_of_order(connection) -> int:
    """Phones whose messages are not a prefix of the registration in arrival order. Numbers and texts are
    encrypted (models.crypto): rows are grouped by the number's blind index and read with the servers' keys."""
    sys.path.insert(0, str(ROOT))
    from services import keys, settings

    environ = {name: value for name, value in os.environ.items() if name.startswith("PII_")}
    keyring = keys.keyring(settings.load(environ=environ | {"APP_ENV": "development"}), settings.INSTANCE)
    sequences: dict[str, list[str]] = {}
    for index, body in connection.execute("SELECT phone_index, body FROM inbound_messages ORDER BY id"):
        sequences.setdefault(index, []).append(keyring.open(body))
    full = "|".join(REGISTRATION)
    return sum(not full.startswith("|".join(sequence)) for sequence in sequences.values())


def problems(rounds: list[Round], outcome: dict[str, int]) -> list[str]:
    """Anything that makes the figures meaningless: errors, repeats, or an app that did not register anyone."""
    found = [problem for measured in rounds for name, load in measured.named() for problem in _faults(name, load)]
    if outcome["mothers"] == 0:
        found.append("app: no mother was registered")
    if outcome["inbound_errors"] or any(measured.app.sorry for measured in rounds):
        found.append(f"app: {outcome['inbound_errors']} messages failed ('Sorry' replies)")
    if outcome["out_of_order"]:
        found.append(f"app: {outcome['out_of_order']} phones' messages arrived out of order")
    return found


def _faults(name: str, load: Load) -> list[str]:
    found = []
    if load.exhausted:
        found.append(f"{name}: {load.exhausted} connection(s) ran out of fresh requests")
    if any(load.errors.values()) or load.not_200:
        found.append(f"{name}: errors {load.errors}, non-200 replies {load.not_200}")
    return found


# ---------------------------------------------------------------------------------------------- report

def machine(args: argparse.Namespace) -> list[str]:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                     if line.startswith("MemTotal"))
    return [f"date      {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}",
            f"machine   {os.cpu_count()} CPUs, {cpu}, {memory_kb / 1024 / 1024:.1f} GiB RAM, {platform.platform()}",
            (f"software  Python {platform.python_version()}, {_server_versions(args)}, "
             f"{_version(['wrk', '--version'])}")]


def _server_versions(args: argparse.Namespace) -> str:
    """The versions of the servers that answer, not of whatever binaries are on the PATH."""
    with psycopg.connect(_libpq(f"{args.postgres.rstrip('/')}/postgres")) as connection:
        postgres = connection.execute("SHOW server_version").fetchone()[0]
    redis = Redis.from_url(args.redis)
    version = redis.info("server")["redis_version"]
    redis.close()
    return f"PostgreSQL {postgres}, Redis {version}"


def _version(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=10, check=False)
    except OSError:
        return f"{command[0]} ?"
    output = (done.stdout or done.stderr).strip()
    return output.split(" Copyright")[0].splitlines()[0] if output else command[0]


def table(rounds: list[Round]) -> list[str]:
    rows = [(f"{'':<30}{'requests/s':>11}{'p50 ms':>8}{'p90 ms':>8}{'p99 ms':>8}{'max ms':>8}{'requests':>9}"
             f"{'other CPU':>10}")]
    for n, measured in enumerate(rounds, 1):
        for name, load in measured.named():
            label = f"{'app (registration turn)' if name == 'app' else 'bare endpoint'} r{n}"
            rows.append(f"{label:<30}{load.rps:>11.1f}{load.ms('p50'):>8.1f}{load.ms('p90'):>8.1f}"
                        f"{load.ms('p99'):>8.1f}{load.ms('max'):>8.1f}{load.requests:>9}{load.other_cpu:>10.0%}")
        rows.append(f"{'':<30}ratio app/bare r{n}: {measured.ratio:.2f}")
    ratio, p99 = median_ratio(rounds), median_app_p99(rounds)
    label = "median over rounds: " if len(rounds) > 1 else ""
    rows.append(f"{label}ratio app/bare {ratio:.2f} (target >= {TARGET_RATIO}): {_verdict(ratio >= TARGET_RATIO)}")
    rows.append(f"{label}app p99 {p99:.1f} ms (target < {TARGET_P99_MS:.0f} ms): {_verdict(p99 < TARGET_P99_MS)}")
    return rows


def median_ratio(rounds: list[Round]) -> float:
    return statistics.median(measured.ratio for measured in rounds)


def median_app_p99(rounds: list[Round]) -> float:
    return statistics.median(measured.app.ms("p99") for measured in rounds)


def _verdict(passed: bool) -> str:
    return "PASS" if passed else "FAIL"


def passed(rounds: list[Round]) -> bool:
    return median_ratio(rounds) >= TARGET_RATIO and median_app_p99(rounds) < TARGET_P99_MS


def save(rounds: list[Round], outcome: dict[str, int], args: argparse.Namespace) -> Path:
    path = OUT / "results.json"
    record = {"args": vars(args), "machine": machine(args), "outcome": outcome,
              "rounds": [{name: {**asdict(load), "rps": load.rps} for name, load in measured.named()}
                         for measured in rounds]}
    path.write_text(json.dumps(record, indent=2))
    return path


def report(rounds: list[Round], outcome: dict[str, int], args: argparse.Namespace) -> int:
    print()
    print("\n".join(table(rounds)))
    print(f"app outcome: {outcome}; replies saying 'registered': {sum(r.app.registered for r in rounds)}")
    print(f"raw figures: {save(rounds, outcome, args).relative_to(ROOT)}")
    found = problems(rounds, outcome)
    if found:
        print("INVALID RUN:\n  " + "\n  ".join(found))
        return 2
    print("RESULT:", _verdict(passed(rounds)))
    return 0 if passed(rounds) else 1


# ---------------------------------------------------------------------------------------------- main

def prepare(args: argparse.Namespace, app: Server, token: str) -> None:
    print("preparing: database, Redis, schema", flush=True)
    recreate_database(args)
    flush_redis(args)
    migrate(server_env(args, token, app.base_url))
    create_bare_schema(args)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    check_prerequisites(args)
    OUT.mkdir(exist_ok=True)
    token = secrets.token_hex(16)
    app = Server("app", "app:create_app()", free_port())
    bare = Server("bare", "bare:create_app()", free_port(),
                  ("--pythonpath", str(BENCH), "--config", str(BENCH / "bare_gunicorn.conf.py")))
    print("\n".join(machine(args)), flush=True)
    prepare(args, app, token)
    processes = []
    try:
        for server in (app, bare):
            processes.append(start(server, args, server_env(args, token, server.base_url)))
            wait_until_up(server, processes[-1])
        print(f"gunicorn: {args.workers} workers x {args.threads} threads ({args.worker_class}) each; "
              f"wrk: {args.connections} connections, {args.connections} threads", flush=True)
        rounds = benchmark(args, app, bare, token)
    finally:
        for process in processes:
            stop(process)
    return report(rounds, app_outcome(args), args)


if __name__ == "__main__":
    sys.exit(main())
