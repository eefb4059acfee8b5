"""`make bench`: every benchmark in one run, on loopback, written to bench/RESULTS.md beside its target.

What it starts (and stops on the way out): the app under gunicorn with the project's gunicorn.conf.py, the RQ
worker, a Twilio-compatible stub for what the worker sends, and the bare reference endpoint (bench/bare.py)
under gunicorn twice, with sync and with gevent workers. PostgreSQL and Redis are the ones CI uses; the
benchmark database is dropped and recreated, its Redis database flushed.

What it measures, 16 connections each, every load closed-loop and bounded (bench/README.md says how):
- the bare endpoint, sync and gevent; the better of the two is the reference;
- the app's first-contact turn (a new number's "hi"), registration turn and question turn (a registered
  mother's question answered from the knowledge base): each >= 0.5 of the best bare figure, p99 < 100 ms;
- memory (RSS) per web worker and of the RQ worker: < 150 MB each;
- then every other benchmark script in bench/ (the convention is in bench/README.md).

Exit status: 0 every target met, 1 a target missed, 2 the run is invalid.
"""
from __future__ import annotations

import argparse
import ast
import itertools
import json
import math
import os
import secrets
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import psutil
import psycopg
from twilio.request_validator import RequestValidator

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(BENCH), str(ROOT)]

import webhook  # noqa: E402  (the load machinery: wrk, requests.lua, CPU accounting, database checks)
from webhook import OUT, REGISTRATION, Load, Server  # noqa: E402

RESULTS = BENCH / "RESULTS.md"
DRIVER = {"run.py", "webhook.py", "bare.py"}  # this driver's own modules, not benchmarks of their own
MARK_START, MARK_END = "<!-- make bench: start -->", "<!-- make bench: end -->"
TARGET_RATIO, TARGET_P99_MS, TARGET_RSS_MB = 0.5, 100.0, 150.0
QUESTIONS = ("iron tablet when", "what food should I eat", "is it safe to exercise", "can I eat papaya")
REGISTERED_PER_CONNECTION = 4  # mothers each question-turn connection asks for
SCRIPT_TIMEOUT_S = 900


@dataclass
class Series:
    """One kind of load on one server, measured once per round."""

    label: str
    server: Server
    forms: callable  # (connection index, phones) -> iterator of forms, endless
    loads: list[Load] = field(default_factory=list)

    @property
    def rps(self) -> float:
        return statistics.median(load.rps for load in self.loads)

    @property
    def p99(self) -> float:
        return statistics.median(load.ms("p99") for load in self.loads)


# ---------------------------------------------------------------------------------------------- command line

def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=15, help="seconds of measured load per series and round")
    parser.add_argument("--warmup", type=int, default=5, help="seconds of unmeasured load per series first")
    parser.add_argument("--rounds", type=int, default=2, help="each series once per round; medians decide")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--bare-workers", type=int, default=(os.cpu_count() or 1) + 1,
                        help="sync workers of the bare endpoint (gevent gets one per core)")
    parser.add_argument("--postgres", default="postgresql+psycopg://postgres@127.0.0.1:5432")
    parser.add_argument("--database", default="aamcare_bench", help="dropped and recreated on every run")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/14", help="this Redis database is flushed")
    parser.add_argument("--no-write", action="store_true", help="print the results, leave RESULTS.md alone")
    parser.add_argument("--skip-scripts", action="store_true", help="only the webhook loads")
    args = parser.parse_args(argv)
    args.threads, args.workers, args.worker_class = 1, args.bare_workers, "sync"  # read by webhook.py's helpers
    if args.database in ("test", "postgres", "template0", "template1"):
        parser.error(f"refusing to drop the database {args.database!r}")
    return args


# ---------------------------------------------------------------------------------------------- processes

def gunicorn(server: Server, extra: list[str], env: dict) -> subprocess.Popen:
    """`--bind` on the command line as well, so webhook.py's CPU accounting recognises the process."""
    command = [sys.executable, "-m", "gunicorn", "--bind", server.bind, *extra, server.target]
    with open(OUT / f"{server.name}-gunicorn.log", "wb") as log:
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)


def worker(env: dict) -> subprocess.Popen:
    with open(OUT / "worker.log", "wb") as log:
        return subprocess.Popen([sys.executable, "worker.py"], cwd=ROOT, env=env, stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)


def twilio_stub() -> tuple[object, str]:
    from tests.support.twilio_stub import TwilioStub, serve

    return serve(TwilioStub())


def app_env(args, token: str, base_url: str, stub_url: str) -> dict:
    """Production-like: the project's gunicorn.conf.py decides workers and class; messages go to the stub."""
    env = webhook.server_env(args, token, base_url)
    env.update(TWILIO_ACCOUNT_SID="AC" + "0" * 32, TWILIO_API_BASE_URL=stub_url, TWILIO_SMS_FROM="+15005550006",
               LOG_FORMAT="json", HOST="127.0.0.1", PORT=base_url.rsplit(":", 1)[1])
    env.pop("WEB_CONCURRENCY", None)
    return env


# ---------------------------------------------------------------------------------------------- request streams

def first_contacts(connection: int, phones) -> itertools.chain:
    """A new number's first "hi", every request a number never seen before."""
    return (webhook._form(*_addresses(next(phones), n % 2 == 1), "hi") for n in itertools.count())


def registrations(connection: int, phones) -> itertools.chain:
    return itertools.chain.from_iterable(
        webhook.registration_forms(next(phones), whatsapp=n % 2 == 1) for n in itertools.count())


def questions_of(registered: list[tuple[str, str]], connections: int):
    """Each connection asks for its own registered mothers, in turn, so one mother's questions stay in order."""
    def questions(connection: int, phones) -> itertools.chain:
        mine = registered[connection::connections] or registered
        return (webhook._form(*_addresses(phone, channel == "whatsapp"), QUESTIONS[n % len(QUESTIONS)])
                for n, (phone, channel) in enumerate(itertools.cycle(mine)))
    return questions


def _addresses(phone: str, whatsapp: bool) -> tuple[str, str]:
    if whatsapp:
        return f"whatsapp:{phone}", f"whatsapp:{webhook.SERVICE_NUMBER}"
    return phone, webhook.SERVICE_NUMBER


def write_requests(directory: Path, args, per_connection: int, forms, phones, validator, url: str) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for connection in range(1, args.connections + 1):
        stream = forms(connection - 1, phones)
        lines = (webhook._signed_line(next(stream), validator, url) for _ in range(per_connection))
        (directory / f"conn-{connection}.txt").write_text("".join(lines))


def measure(series: Series, phase: str, seconds: int, per_connection: int, args, phones, validator,
            binds) -> Load:
    directory = OUT / f"{series.label.replace(' ', '-')}-{phase}"
    write_requests(directory, args, per_connection, series.forms, phones, validator,
                   series.server.base_url + webhook.PATH)
    print(f"  {series.label:<28} {phase:<8} {seconds:>3} s", flush=True)
    return webhook.run_wrk(series.server, directory, seconds, args, binds)


def register(server: Server, args, phones, validator) -> list[tuple[str, str]]:
    """Mothers for the question turn, registered through the webhook before anything is measured: one thread
    per connection, each registering its mothers message by message. Returns (phone, channel) in order."""
    from concurrent.futures import ThreadPoolExecutor

    url = server.base_url + webhook.PATH
    wanted = [(next(phones), "whatsapp" if n % 2 else "sms")
              for n in range(args.connections * REGISTERED_PER_CONNECTION)]

    def one(mother: tuple[str, str]) -> tuple[str, str]:
        replies = [_post(url, form, validator) for form in webhook.registration_forms(mother[0], mother[1] == "whatsapp")]
        if "registered" not in replies[-1]:
            raise RuntimeError(f"registering a mother for the question turn failed: {replies[-1][:200]!r}")
        return mother

    print(f"  registering {len(wanted)} mothers for the question turn", flush=True)
    with ThreadPoolExecutor(args.connections) as pool:
        return list(pool.map(one, wanted))


def _post(url: str, form: dict, validator) -> str:
    request = urllib.request.Request(url, data=urlencode(form).encode(), method="POST", headers={
        "X-Twilio-Signature": validator.compute_signature(url, form),
        "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read().decode()


# ---------------------------------------------------------------------------------------------- the run

def run_loads(args, servers: dict[str, Server], token: str) -> list[Series]:
    validator, phones = RequestValidator(token), webhook.phone_numbers()
    binds = tuple(server.bind for server in servers.values())
    common = (args, phones, validator, binds)
    warm_size = webhook.WARMUP_RATE_PER_CONNECTION * args.warmup
    series = [Series("bare endpoint, sync", servers["bare-sync"], registrations),
              Series("bare endpoint, gevent", servers["bare-gevent"], registrations),
              Series("first-contact turn", servers["app"], first_contacts),
              Series("registration turn", servers["app"], registrations)]
    sizes = {}
    for one in series:
        warm = measure(one, "warmup", args.warmup, warm_size, *common)
        sizes[one.label] = _capacity(warm, args)
    registered = register(servers["app"], args, phones, validator)
    question = Series("question turn", servers["app"], questions_of(registered, args.connections))
    sizes[question.label] = _capacity(measure(question, "warmup", args.warmup, warm_size, *common), args)
    series.append(question)
    for n in range(1, args.rounds + 1):
        for one in series:
            one.loads.append(measure(one, f"round{n}", args.duration, sizes[one.label], *common))
    return series


def _capacity(warm: Load, args) -> int:
    per_second = max(warm.per_connection["max"] / args.warmup, 1.0)
    return math.ceil(per_second * args.duration * webhook.CAPACITY_MARGIN) + len(REGISTRATION)


def app_outcome(args) -> dict[str, int]:
    """What the app left in the database; a question not answered from the knowledge base is a failed turn."""
    queries = {
        "mothers": "SELECT count(*) FROM mothers",
        "inbound_messages": "SELECT count(*) FROM inbound_messages",
        "inbound_errors": "SELECT count(*) FROM inbound_messages WHERE error IS NOT NULL",
        "inbound_unprocessed": "SELECT count(*) FROM inbound_messages WHERE processed_at IS NULL",
        "questions_passed_on": "SELECT count(*) FROM outbound_messages WHERE body LIKE '%%not sure%%'",
    }
    with psycopg.connect(webhook._libpq(webhook.database_url(args))) as connection:
        return {name: connection.execute(sql).fetchone()[0] for name, sql in queries.items()}


def memory(app: subprocess.Popen, rq_worker: subprocess.Popen) -> dict[str, list[float]]:
    """RSS in MB of each gunicorn worker of the app (the master's children) and of the RQ worker."""
    def mb(process: psutil.Process) -> float:
        return process.memory_info().rss / 1024 / 1024

    master = psutil.Process(app.pid)
    return {"web worker": [mb(child) for child in master.children()], "RQ worker": [mb(psutil.Process(rq_worker.pid))]}


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    webhook.check_prerequisites(args)
    OUT.mkdir(exist_ok=True)
    token = secrets.token_hex(16)
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    servers = {"app": Server("app", "app:create_app()", webhook.free_port()),
               "bare-sync": Server("bare-sync", "bare:create_app()", webhook.free_port()),
               "bare-gevent": Server("bare-gevent", "bare:create_app()", webhook.free_port())}
    machine = webhook.machine(args)
    print("\n".join(machine), flush=True)
    webhook.prepare(args, servers["app"], token)
    stub, stub_url = twilio_stub()
    processes: dict[str, subprocess.Popen] = {}
    try:
        env = app_env(args, token, servers["app"].base_url, stub_url)
        processes["worker"] = worker(env)
        processes["app"] = gunicorn(servers["app"], [], env)
        bare_config = ["--config", str(BENCH / "bare_gunicorn.conf.py"), "--pythonpath", str(BENCH)]
        processes["bare-sync"] = gunicorn(servers["bare-sync"], [*bare_config, "--worker-class", "sync", "--workers",
                                          str(args.bare_workers)], webhook.server_env(args, token, servers["bare-sync"].base_url))
        processes["bare-gevent"] = gunicorn(servers["bare-gevent"], [
            *bare_config, "--worker-class", "gevent", "--workers", str(os.cpu_count() or 1),
            "--worker-connections", "100"], webhook.server_env(args, token, servers["bare-gevent"].base_url))
        for name, server in servers.items():
            webhook.wait_until_up(server, processes[name])
        series = run_loads(args, servers, token)
        rss = memory(processes["app"], processes["worker"])
        app_config = gunicorn_settings(processes["app"])
    finally:
        for process in processes.values():
            webhook.stop(process)
        stub.shutdown()
    outcome = app_outcome(args)
    scripts = [] if args.skip_scripts else run_scripts(args)
    report = Report(started, machine, args, series, rss, app_config, outcome, scripts)
    print("\n" + report.markdown())
    if not args.no_write:
        write_results(report.markdown())
        print(f"written to {RESULTS.relative_to(ROOT)}")
    return report.status()


def gunicorn_settings(app: subprocess.Popen) -> str:
    """What gunicorn.conf.py chose, as the app's log says it: worker class and number of workers."""
    text = (OUT / "app-gunicorn.log").read_text(errors="replace")
    kind = next((_message(line).split("Using worker: ", 1)[1].strip() for line in text.splitlines()
                 if "Using worker: " in line), "?")
    return f"gunicorn.conf.py: {kind} workers x {len(psutil.Process(app.pid).children())}"


def _message(line: str) -> str:
    """A log line's message: gunicorn writes JSON lines when the app's LOG_FORMAT is json, plain text otherwise."""
    try:
        return json.loads(line)["message"]
    except (ValueError, KeyError, TypeError):
        return line


# ---------------------------------------------------------------------------------------------- other scripts

def discover() -> list[tuple[Path, list[str]]]:
    """bench/*.py with a top-level main(), except this driver's own modules, each with the arguments its
    MAKE_BENCH_ARGS asks for (bench/README.md, "Adding one")."""
    found = []
    for path in sorted(BENCH.glob("*.py")):
        if path.name in DRIVER or path.name.startswith("_"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if any(isinstance(node, ast.FunctionDef) and node.name == "main" for node in tree.body):
            found.append((path, _make_bench_args(tree)))
    return found


def _make_bench_args(tree: ast.Module) -> list[str]:
    for node in tree.body:
        if (isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "MAKE_BENCH_ARGS" for t in node.targets)):
            return [str(value) for value in ast.literal_eval(node.value)]
    return []


@dataclass
class ScriptResult:
    name: str
    status: int
    output: str
    seconds: float


def run_scripts(args) -> list[ScriptResult]:
    env = dict(os.environ, BENCH_DATABASE_URL=webhook.database_url(args), BENCH_REDIS_URL=args.redis,
               PYTHONPATH=str(ROOT))
    places = {"database": args.database, "redis": args.redis, "postgres": args.postgres}
    results = []
    for path, extra in discover():
        command = [sys.executable, str(path), *(part.format(**places) for part in extra)]
        print(f"running bench/{path.name} {' '.join(command[2:])}", flush=True)
        begun = time.monotonic()
        try:
            done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                                  timeout=SCRIPT_TIMEOUT_S, check=False)
            status, output = done.returncode, done.stdout + (f"\n{done.stderr[-2000:]}" if done.returncode else "")
        except subprocess.TimeoutExpired:
            status, output = 2, f"stopped after {SCRIPT_TIMEOUT_S} s"
        results.append(ScriptResult(path.name, status, output.strip(), time.monotonic() - begun))
    return results


# ---------------------------------------------------------------------------------------------- report

@dataclass
class Report:
    started: str
    machine: list[str]
    args: argparse.Namespace
    series: list[Series]
    rss: dict[str, list[float]]
    app_config: str
    outcome: dict
    scripts: list[ScriptResult]

    def bare(self) -> list[Series]:
        return [one for one in self.series if one.label.startswith("bare")]

    def app(self) -> list[Series]:
        return [one for one in self.series if not one.label.startswith("bare")]

    def best_bare(self) -> Series:
        return max(self.bare(), key=lambda one: one.rps)

    def problems(self) -> list[str]:
        found = [f"{one.label}: {problem}" for one in self.series for load in one.loads
                 for problem in webhook._faults("", load)]
        found += [f"{one.label}: {load.sorry} 'Sorry' replies" for one in self.app() for load in one.loads
                  if load.sorry]
        if self.outcome["inbound_errors"]:
            found.append(f"app: {self.outcome['inbound_errors']} messages stored with an error")
        if self.outcome.get("questions_passed_on"):
            found.append(f"question turn: {self.outcome['questions_passed_on']} questions were not answered")
        return found

    def verdicts(self) -> list[tuple[str, str, str, bool]]:
        """(figure, measured, target, met) for every target."""
        best = self.best_bare()
        rows = []
        for one in self.app():
            ratio = one.rps / best.rps if best.rps else 0.0
            rows.append((f"{one.label}: requests/s vs best bare", f"{one.rps:.0f} / {best.rps:.0f} = {ratio:.2f}",
                         f">= {TARGET_RATIO}", ratio >= TARGET_RATIO))
            rows.append((f"{one.label}: p99", f"{one.p99:.1f} ms", f"< {TARGET_P99_MS:.0f} ms",
                         one.p99 < TARGET_P99_MS))
        for name, values in self.rss.items():
            rows.append((f"memory per {name} (RSS, largest of {len(values)})", f"{max(values):.0f} MB",
                         f"< {TARGET_RSS_MB:.0f} MB", max(values) < TARGET_RSS_MB))
        return rows

    def status(self) -> int:
        if self.problems() or any(result.status == 2 for result in self.scripts):
            return 2
        missed = any(not met for *_, met in self.verdicts()) or any(r.status == 1 for r in self.scripts)
        return 1 if missed else 0

    def markdown(self) -> str:
        lines = [MARK_START, f"## Latest `make bench`: {self.started}", ""]
        lines += [f"- {line.split(None, 1)[0]}: {line.split(None, 1)[1]}" for line in self.machine]
        lines += [f"- app: {self.app_config}; bare: sync x {self.args.bare_workers} and gevent x "
                  f"{os.cpu_count() or 1} (100 connections each); {self.args.connections} connections, "
                  f"{self.args.warmup} s warm-up, {self.args.rounds} rounds of {self.args.duration} s per series "
                  "(medians); PostgreSQL, Redis, wrk and every server on the same machine", ""]
        lines += ["| target | measured | target | verdict |", "|---|---|---|---|"]
        lines += [f"| {figure} | {measured} | {target} | {'PASS' if met else '**FAIL**'} |"
                  for figure, measured, target, met in self.verdicts()]
        lines += ["", "Every round (requests/s, latency in ms, and the CPU other processes used meanwhile):", "",
                  "| series | round | requests/s | p50 | p90 | p99 | max | requests | other CPU |",
                  "|---|---|---|---|---|---|---|---|---|"]
        for one in self.series:
            for n, load in enumerate(one.loads, 1):
                lines.append(f"| {one.label} | {n} | {load.rps:.0f} | {load.ms('p50'):.1f} | {load.ms('p90'):.1f} | "
                             f"{load.ms('p99'):.1f} | {load.ms('max'):.1f} | {load.requests} | {load.other_cpu:.0%} |")
        best = self.best_bare()
        lines += ["", f"Best bare configuration: {best.label.split(', ')[1]} ({best.rps:.0f} requests/s); "
                  + ", ".join(f"{one.label.split(', ')[1]} {one.rps:.0f}" for one in self.bare()) + ".",
                  "Memory (RSS, MB): " + "; ".join(f"{name} " + ", ".join(f"{v:.0f}" for v in values)
                                                   for name, values in self.rss.items()) + ".",
                  f"App outcome: {self.outcome}.", ""]
        problems = self.problems()
        lines += (["**Invalid run:** " + "; ".join(problems), ""] if problems else [])
        for result in self.scripts:
            verdict = {0: "targets met", 1: "**a target missed**"}.get(result.status, "**invalid or failed**")
            lines += [f"### bench/{result.name} ({verdict}, {result.seconds:.0f} s)", ""]
            body = result.output
            lines += [body if body.startswith("#") or body.startswith("|") else f"```\n{body}\n```", ""]
        lines.append(MARK_END)
        return "\n".join(lines)


def write_results(section: str) -> None:
    """The latest run replaces the previous one at the top of RESULTS.md; the history below is kept."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    if MARK_START in text and MARK_END in text:
        before, rest = text.split(MARK_START, 1)
        text = before + section + rest.split(MARK_END, 1)[1]
    elif "\n## " in text:  # before the first earlier section
        head, tail = text.split("\n## ", 1)
        text = f"{head}\n{section}\n\n## {tail}"
    else:
        text = f"{text.rstrip()}\n\n{section}\n"
    RESULTS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
