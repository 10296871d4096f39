"""Latency of the public site and API under load, on a large synthetic registry.

Builds (or reuses, ``--db PATH``) a SQLite registry of ``--persons`` fictional persons
with ``write_plan``, serves it with the real app under Uvicorn on loopback in a
subprocess (``--workers``), and keeps ``--concurrency`` connections busy for
``--seconds`` per endpoint (after a short warm-up, on a fresh server each): the public
list (plain, paged, filtered, a name search, a date range), person pages of random ids,
one person page again and again, person pages of random ids across the whole registry,
and the count and series of the stats API. It prints requests per second, p50/p95/p99
and errors per endpoint (a non-200 answer, or no answer within 30 s). The goal (issue 5,
"Speed"): p99 under 100 ms at 50 concurrent connections, and no error.

    python bench/web_bench.py --persons 100000 --db /tmp/vigil-100k.db --seconds 10
    python bench/web_bench.py --db /tmp/vigil-100k.db --no-cache   # every page made anew
    python bench/web_bench.py --db /tmp/vigil-100k.db --profile list   # where time goes

The load comes from the same machine as the server. With ``wrk`` installed (Debian:
``apt-get install wrk``) it is wrk, a C client that needs little CPU; else one Python
process with ``httpx.AsyncClient``, which on a 2-core machine takes about as much CPU
as the server and so halves what it can measure (``--client`` chooses).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import datetime as dt
import json
import math
import os
import pstats
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from rich.console import Console
from rich.table import Table
from sqlalchemy import func, select

from vigil.auth.keyring import new_keyring
from vigil.cli.serve import app_factory
from vigil.demo.build import write_plan
from vigil.demo.generator import generate
from vigil.store.db import connect, make_engine, migrate, transaction
from vigil.store.tables import person_names, persons

# A throwaway registry needs keys like any other (the audit log is keyed): one ring
# for this run, shared with the processes it starts.
os.environ.setdefault("VIGIL_KEYS", new_keyring().to_json())

P99_GOAL_MS = 100.0
console = Console(width=None if sys.stdout.isatty() else 140)


@dataclass
class Endpoint:
    """One thing to ask for; ``path`` gives a new URL for each request."""

    key: str
    label: str
    path: Callable[[random.Random], str]


@dataclass
class Result:
    key: str
    label: str
    seconds: float
    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0
    first_error: str = ""

    def pct(self, q: float) -> float:
        """The ``q`` quantile by nearest rank (0 when nothing was timed)."""
        ordered = sorted(self.latencies_ms)
        if not ordered:
            return 0.0
        return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def _log(message: str) -> None:
    console.print(f"[dim]{time.strftime('%H:%M:%S')}[/dim] {message}", highlight=False)


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--persons", type=int, default=100_000, help="registry size (100000)")
    parser.add_argument(
        "--db", type=Path, help="SQLite file to build, or to reuse when it holds a registry"
    )
    parser.add_argument("--seconds", type=float, default=10.0, help="per endpoint (10)")
    parser.add_argument("--concurrency", type=int, default=50, help="connections (50)")
    parser.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="server processes (one per CPU: %(default)s)",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="serve with the public response cache off (VIGIL_PUBLIC_CACHE=false)",
    )
    parser.add_argument(
        "--client",
        choices=("auto", "wrk", "python"),
        default="auto",
        help="load generator: wrk when installed (auto), or the Python one",
    )
    parser.add_argument("--seed", type=int, default=7, help="generator and sampling seed (7)")
    parser.add_argument(
        "--only", default="", help="comma-separated endpoint keys to run (default all)"
    )
    parser.add_argument(
        "--profile",
        metavar="KEY",
        help="instead of loading a server, profile --requests requests to one endpoint "
        "in-process with cProfile and print the 25 costliest calls",
    )
    parser.add_argument("--requests", type=int, default=50, help="for --profile (50)")
    args = parser.parse_args(argv)
    if args.client == "auto":
        args.client = "wrk" if shutil.which("wrk") else "python"
    elif args.client == "wrk" and not shutil.which("wrk"):
        parser.error("wrk is not installed (Debian: apt-get install wrk); use --client python")
    if args.persons < 100 or args.concurrency < 1 or args.seconds <= 0 or args.workers < 1:
        parser.error("--persons >= 100, --concurrency >= 1, --seconds > 0, --workers >= 1")
    return args


def build(path: Path, size: int, seed: int) -> int:
    """The registry at ``path``: reused when it has persons, else generated; its size."""
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    try:
        migrate(engine)
        with connect(engine) as conn:
            have = int(conn.execute(select(func.count()).select_from(persons)).scalar_one())
        if have:
            _log(f"reusing {path} ({have:,} persons)")
            return have
        start = time.perf_counter()
        plan = generate(size, seed=seed)
        _log(f"generated {size:,} persons in {time.perf_counter() - start:.1f} s; writing")
        start = time.perf_counter()
        with transaction(engine) as conn:
            write_plan(conn, plan)
        with engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
        _log(f"built {path} in {time.perf_counter() - start:.1f} s")
        return size
    finally:
        engine.dispose()


def _samples(path: Path, rng: random.Random) -> tuple[list[int], list[str]]:
    """Person ids and three-letter name prefixes to ask for."""
    engine = make_engine(f"sqlite:///{path}")
    try:
        with connect(engine) as conn:
            ids = list(conn.execute(select(persons.c.id)).scalars())
            names = list(
                conn.execute(
                    select(person_names.c.text).where(person_names.c.is_primary.is_(True))
                ).scalars()
            )
    finally:
        engine.dispose()
    words = [w for n in rng.sample(names, min(500, len(names))) for w in n.split() if len(w) > 3]
    return ids, [w[:3] for w in words]


def endpoints(ids: list[int], prefixes: list[str]) -> list[Endpoint]:
    def fixed(path: str) -> Callable[[random.Random], str]:
        return lambda _rng: path

    year = dt.date.today().year
    return [
        Endpoint("list", "/persons", fixed("/persons")),
        Endpoint(
            "list_page",
            "/persons?page=N (pages 1-200)",
            lambda rng: f"/persons?page={rng.randint(1, 200)}",
        ),
        Endpoint(
            "list_held",
            "/persons?status=political_prisoner&sort=held_since",
            fixed("/persons?status=political_prisoner&sort=held_since"),
        ),
        Endpoint(
            "list_filter",
            "/persons?region=Minsk&gender=female",
            fixed("/persons?region=Minsk&gender=female"),
        ),
        Endpoint(
            "list_search",
            "/persons?q=<3 letters>",
            lambda rng: f"/persons?q={rng.choice(prefixes)}",
        ),
        Endpoint(
            "list_dates",
            "/persons?from=..&to=.. (in custody in a year)",
            lambda rng: "/persons?from={0}-01-01&to={0}-12-31".format(rng.randint(2020, year)),
        ),
        Endpoint("person_one", "/persons/{one id}", fixed(f"/persons/{ids[len(ids) // 2]}")),
        Endpoint(
            "person",
            "/persons/{random id of all}",
            lambda rng: f"/persons/{rng.choice(ids)}",
        ),
        Endpoint("api_count", "/api/v1/stats/count", fixed("/api/v1/stats/count")),
        Endpoint("api_series", "/api/v1/stats/series", fixed("/api/v1/stats/series")),
    ]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def server(path: Path, workers: int, *, cache: bool = True) -> Iterator[str]:
    """The app under Uvicorn in a subprocess on a loopback port; its base URL."""
    port = _free_port()
    env = {
        **os.environ,
        "VIGIL_DATABASE_URL": f"sqlite:///{path}",
        "VIGIL_PUBLIC_CACHE": "true" if cache else "false",
    }
    command = [
        sys.executable, "-m", "uvicorn", "--factory", "vigil.cli.serve:app_factory",
        "--host", "127.0.0.1", "--port", str(port),
        "--workers", str(workers), "--log-level", "warning", "--no-access-log",
        # A connection left idle while the slowest warm-up request finishes must still be
        # open when the timed run reuses it (Uvicorn closes idle ones after 5 s).
        "--timeout-keep-alive", "120",
    ]  # fmt: skip
    proc = subprocess.Popen(command, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"the server exited with {proc.returncode}")
            try:
                if httpx.get(base + "/api/v1/stats/count", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not answer within 60 s")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


async def _load(base: str, endpoint: Endpoint, args: argparse.Namespace, seed: int) -> Result:
    """``--concurrency`` connections asking one after another for ``--seconds``."""
    result = Result(endpoint.key, endpoint.label, args.seconds)
    limits = httpx.Limits(max_connections=args.concurrency, max_keepalive_connections=None)
    timeout = httpx.Timeout(30.0)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=timeout) as client:

        async def one(rng: random.Random, until: float, timed: bool) -> None:
            while time.perf_counter() < until:
                path = endpoint.path(rng)
                start = time.perf_counter()
                try:
                    response = await client.get(path)
                    status, body = response.status_code, response.content
                except httpx.HTTPError as exc:
                    status, body = 0, repr(exc).encode()
                elapsed = (time.perf_counter() - start) * 1000
                if not timed:
                    continue
                result.latencies_ms.append(elapsed)
                if status != 200:
                    result.errors += 1
                    if not result.first_error:
                        result.first_error = f"{status} {path}: {body[:200]!r}"

        warm = time.perf_counter() + min(2.0, args.seconds / 5)
        await asyncio.gather(
            *(one(random.Random(seed * 1000 + i), warm, False) for i in range(args.concurrency))
        )
        start = time.perf_counter()
        until = start + args.seconds
        await asyncio.gather(
            *(one(random.Random(seed * 1000 + i), until, True) for i in range(args.concurrency))
        )
        result.seconds = time.perf_counter() - start
    return result


#: wrk's script: a request for each path in turn, chosen at random; at the end, one
#: JSON line with the counts and the percentiles wrk measured (microseconds).
_WRK_SCRIPT = """
local paths = {%s}
local n = #paths
request = function()
  return wrk.format(nil, paths[math.random(n)])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '\\nVIGIL {"requests": %%d, "us": %%d, "errors": %%d, "p50": %%d, "p95": %%d, "p99": %%d}\\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
"""


@dataclass
class WrkResult(Result):
    """What wrk measured: counts and percentiles, not each request."""

    requests: int = 0
    p: dict[float, float] = field(default_factory=dict)

    def pct(self, q: float) -> float:
        return self.p.get(q, 0.0)


def _wrk(base: str, endpoint: Endpoint, args: argparse.Namespace, seed: int) -> WrkResult:
    """wrk on one thread with ``--concurrency`` connections, after a warm-up run."""
    rng = random.Random(seed)
    paths = [endpoint.path(rng) for _ in range(20_000)]
    lua = _WRK_SCRIPT % ",".join(json.dumps(p) for p in paths)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(f"math.randomseed({seed})\n" + lua)
    try:

        def run(seconds: float) -> dict[str, int]:
            command = [
                "wrk", "-t1", f"-c{args.concurrency}", f"-d{max(1, round(seconds))}s",
                "--timeout", "30s", "-s", script.name, base,
            ]  # fmt: skip
            out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
            lines = [line for line in out.splitlines() if line.startswith("VIGIL ")]
            if not lines:
                raise RuntimeError(f"wrk said nothing we understand: {out[-500:]}")
            return dict(json.loads(lines[-1][len("VIGIL ") :]))

        run(min(2.0, args.seconds / 5))
        got = run(args.seconds)
    finally:
        os.unlink(script.name)
    result = WrkResult(endpoint.key, endpoint.label, got["us"] / 1e6)
    result.requests = got["requests"]
    result.errors = got["errors"]
    result.p = {0.50: got["p50"] / 1000, 0.95: got["p95"] / 1000, 0.99: got["p99"] / 1000}
    if result.errors:
        result.first_error = "see wrk: non-2xx/3xx answers, or socket errors or timeouts"
    return result


def _count(r: Result) -> int:
    return r.requests if isinstance(r, WrkResult) else len(r.latencies_ms)


def _table(results: list[Result], args: argparse.Namespace, size: int) -> Table:
    table = Table(
        title=f"{size:,} persons, SQLite, {args.workers} worker(s), "
        f"cache {'off' if args.no_cache else 'on'}, {args.concurrency} connections from "
        f"{args.client}, {args.seconds:g} s per endpoint, {os.cpu_count()} CPUs",
        title_justify="left",
    )
    for col in ("endpoint", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors"):
        table.add_column(col, justify="left" if col == "endpoint" else "right")
    for r in results:
        table.add_row(
            r.label,
            f"{_count(r):,}",
            f"{_count(r) / r.seconds:.0f}",
            f"{r.pct(0.50):.1f}",
            f"{r.pct(0.95):.1f}",
            f"{r.pct(0.99):.1f}",
            str(r.errors),
        )
    return table


def profile(path: Path, endpoint: Endpoint, rng: random.Random, requests: int) -> None:
    """Run ``requests`` requests to one endpoint in this thread under cProfile.

    FastAPI runs sync routes and dependencies in worker threads, which cProfile would
    not see; here they run inline instead (a bench-only shortcut, not how it serves).
    """
    import fastapi.concurrency
    import fastapi.dependencies.utils
    import fastapi.routing

    async def inline(func: Callable[..., Any], *a: Any, **kw: Any) -> Any:
        return func(*a, **kw)

    for module in (fastapi.routing, fastapi.concurrency, fastapi.dependencies.utils):
        if hasattr(module, "run_in_threadpool"):
            module.run_in_threadpool = inline  # type: ignore[attr-defined]
    os.environ["VIGIL_DATABASE_URL"] = f"sqlite:///{path}"
    app = app_factory()  # what `vigil serve` and each of its workers build

    async def drive() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            await client.get(endpoint.path(rng))
            profiler = cProfile.Profile()
            start = time.perf_counter()
            profiler.enable()
            for _ in range(requests):
                response = await client.get(endpoint.path(rng))
                if response.status_code != 200:
                    raise RuntimeError(f"{response.status_code}: {response.text[:200]}")
            profiler.disable()
            each = (time.perf_counter() - start) * 1000 / requests
            _log(f"{endpoint.label}: {each:.1f} ms per request, one at a time (profiled)")
            stats = pstats.Stats(profiler, stream=sys.stdout)
            stats.sort_stats("tottime").print_stats(25)
            stats.sort_stats("cumulative").print_stats(40)

    asyncio.run(drive())


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="vigil-web-bench-") as tmp:
        path = args.db or Path(tmp) / "bench.db"
        size = build(path, args.persons, args.seed)
        ids, prefixes = _samples(path, rng)
        chosen = endpoints(ids, prefixes)
        if args.profile:
            found = [e for e in chosen if e.key == args.profile]
            if not found:
                raise SystemExit(f"--profile takes one of: {', '.join(e.key for e in chosen)}")
            profile(path, found[0], rng, args.requests)
            return 0
        if args.only:
            keys = {k.strip() for k in args.only.split(",")}
            chosen = [e for e in chosen if e.key in keys]
        results = []
        for i, endpoint in enumerate(chosen):
            # A fresh server per endpoint: requests a slow endpoint left queued (their
            # clients gave up) must not be charged to the next one.
            with server(path, args.workers, cache=not args.no_cache) as base:
                _log(f"loading {endpoint.label}")
                if args.client == "wrk":
                    results.append(_wrk(base, endpoint, args, args.seed + i))
                else:
                    results.append(asyncio.run(_load(base, endpoint, args, args.seed + i)))
        console.print(_table(results, args, size))
        for r in results:
            if r.first_error:
                console.print(f"[red]{r.key}[/red]: {r.errors} errors, first: {r.first_error}")
        worst = max(results, key=lambda r: r.pct(0.99))
        met = worst.pct(0.99) < P99_GOAL_MS and not any(r.errors for r in results)
        console.print(
            f"{'GOAL MET' if met else 'GOAL NOT MET'}: worst p99 {worst.pct(0.99):.1f} ms "
            f"({worst.key}; goal < {P99_GOAL_MS:.0f} ms), "
            f"{sum(r.errors for r in results)} errors",
            highlight=False,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
