"""Counting and lookup speed of a synthetic registry on SQLite and PostgreSQL.

For each size, a fictional registry (``vigil.demo.generator``, about 5.3 events per
person) is written with ``write_plan`` into a fresh SQLite file and a fresh database on a
throwaway PostgreSQL server; then each query is timed over ``--repeat`` runs after one
warm-up. The goal (issue "Benchmarks"): count-at-date under 50 ms and a 5-year monthly
series under 500 ms at 1M events on both databases.

    python bench/registry_bench.py --events 10000,100000 --db sqlite,postgres --repeat 20
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import math
import os
import pstats
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from sqlalchemy import Connection, Engine, create_engine, event, func, select, text

from vigil.auth.keyring import new_keyring
from vigil.demo.build import write_plan
from vigil.demo.generator import Plan, generate
from vigil.model import search_key
from vigil.stats import counts
from vigil.stats.counts import BreakdownField
from vigil.status import Step
from vigil.store import persons
from vigil.store.db import connect, make_engine, migrate, transaction
from vigil.store.tables import events, status_segments
from vigil.store.tables import persons as person_rows

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the throwaway server lives in the tests' support

from tests.support.throwaway import ThrowawayPostgres  # noqa: E402

# A throwaway registry needs keys like any other (the audit log is keyed): one ring
# for this run, shared with the processes it starts.
os.environ.setdefault("VIGIL_KEYS", new_keyring().to_json())

EVENTS_PER_PERSON = 5.3
COUNT_GOAL_MS = 50.0
SERIES_GOAL_MS = 500.0
#: A fixed "today" keeps the generated registry, and so the figures, reproducible.
TODAY = dt.date(2026, 1, 1)
DATA_START = dt.date(2020, 5, 1)  # the generator's first detentions

OPERATIONS = [
    ("count_at", "count at date"),
    ("count_at_known", "count at date, known_at"),
    ("series", "5-year monthly series"),
    ("breakdown", "breakdown by facility"),
    ("person_by_id", "person by id"),
    ("person_search", "person search, 3-letter prefix"),
]

# Off a terminal (nohup, a pipe) Rich assumes 80 columns; the tables need more.
console = Console(width=None if sys.stdout.isatty() else 140)


@dataclass
class Timing:
    median_ms: float
    p95_ms: float


@dataclass
class Run:
    """What one database of one size gave."""

    events: int
    persons: int
    build_s: float
    analyze_s: float
    segments: int
    timings: dict[str, Timing] = field(default_factory=dict)
    plans: dict[str, str] = field(default_factory=dict)


def _parse_sizes(value: str) -> list[int]:
    try:
        sizes = [int(v.replace("_", "")) for v in value.split(",") if v.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--events takes whole numbers separated by commas, not {value!r}"
        ) from None
    if not sizes or min(sizes) < 100:
        raise argparse.ArgumentTypeError("--events needs sizes of at least 100 events")
    return sizes


def _parse_dbs(value: str) -> list[str]:
    dbs = [v.strip() for v in value.split(",") if v.strip()]
    wrong = [d for d in dbs if d not in ("sqlite", "postgres")]
    if wrong or not dbs:
        raise argparse.ArgumentTypeError(f"--db takes sqlite and/or postgres, not {value!r}")
    return dbs


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--events",
        type=_parse_sizes,
        default=[10_000, 100_000, 1_000_000],
        help="registry sizes in events, comma-separated (default 10000,100000,1000000)",
    )
    parser.add_argument(
        "--db",
        type=_parse_dbs,
        default=["sqlite", "postgres"],
        help="databases, comma-separated: sqlite, postgres (default both)",
    )
    parser.add_argument("--repeat", type=int, default=20, help="timed runs per query (20)")
    parser.add_argument("--seed", type=int, default=7, help="generator seed (7)")
    parser.add_argument(
        "--no-analyze",
        action="store_true",
        help="skip ANALYZE after the build, to see the plans without statistics",
    )
    parser.add_argument(
        "--explain", action="store_true", help="print the query plan of the count queries"
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="profile write_plan with cProfile and print the 15 costliest calls",
    )
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


def _log(message: str) -> None:
    console.print(f"[dim]{time.strftime('%H:%M:%S')}[/dim] {message}", highlight=False)


def _timed(run: Callable[[], object], repeat: int) -> Timing:
    """Median and 95th percentile (nearest rank) of ``repeat`` runs, after one warm-up."""
    run()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        samples.append((time.perf_counter() - start) * 1000)
    ordered = sorted(samples)
    return Timing(statistics.median(ordered), ordered[math.ceil(0.95 * len(ordered)) - 1])


def _cycle(items: list[Any]) -> Callable[[], Any]:
    """Each call gives the next item, so every timed run asks something different."""
    state = {"i": 0}

    def nxt() -> Any:
        item = items[state["i"] % len(items)]
        state["i"] += 1
        return item

    return nxt


def _prefixes(plan: Plan, rng: random.Random, n: int) -> list[str]:
    """Three-letter starts of words of real names in the plan (given names and surnames)."""
    found: list[str] = []
    while len(found) < n:
        person = rng.choice(plan.persons)
        text_, _ = rng.choice(person.names)
        word = rng.choice(text_.split())
        if len(word) >= 3:
            found.append(word[:3])
    return found


@contextmanager
def _captured(conn: Connection) -> Iterator[list[tuple[str, Any]]]:
    """The SQL statements (with parameters) sent on ``conn`` inside the block."""
    seen: list[tuple[str, Any]] = []

    def listen(_c: Any, _cur: Any, statement: str, params: Any, *_rest: Any) -> None:
        seen.append((statement, params))

    event.listen(conn, "before_cursor_execute", listen)
    try:
        yield seen
    finally:
        event.remove(conn, "before_cursor_execute", listen)


def _explain(conn: Connection, run: Callable[[], object]) -> str:
    """The database's plan for the first statement ``run`` sends."""
    with _captured(conn) as seen:
        run()
    statement, params = seen[0]
    if conn.dialect.name == "sqlite":
        rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()
        return "\n".join(str(r[-1]) for r in rows)
    rows = conn.exec_driver_sql("EXPLAIN (ANALYZE, BUFFERS) " + statement, params).all()
    return "\n".join(str(r[0]) for r in rows)


def _build(engine: Engine, plan: Plan, *, analyze: bool, profile: bool) -> tuple[float, float]:
    """Write the plan in one transaction; returns seconds for the build and for ANALYZE."""
    migrate(engine)
    profiler = cProfile.Profile() if profile else None
    start = time.perf_counter()
    with transaction(engine) as conn:
        if profiler:
            profiler.enable()
        write_plan(conn, plan)
        if profiler:
            profiler.disable()
    built = time.perf_counter() - start
    if profiler:
        stats = pstats.Stats(profiler, stream=sys.stdout)
        stats.sort_stats("cumulative").print_stats(15)
    analyzed = 0.0
    if analyze:
        start = time.perf_counter()
        with engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
        analyzed = time.perf_counter() - start
    return built, analyzed


def _measure(engine: Engine, plan: Plan, args: argparse.Namespace, run: Run) -> None:
    rng = random.Random(args.seed)
    middle = DATA_START + (TODAY - DATA_START) / 2
    series_start = TODAY.replace(year=TODAY.year - 5)
    with connect(engine) as conn:
        ids = list(conn.execute(select(person_rows.c.id)).scalars())
        run.segments = int(
            conn.execute(select(func.count()).select_from(status_segments)).scalar_one()
        )
        picks = _cycle(rng.sample(ids, min(len(ids), args.repeat + 1)))
        prefixes = _cycle(_prefixes(plan, rng, args.repeat + 1))
        queries: dict[str, Callable[[], object]] = {
            "count_at": lambda: counts.count_at(conn, middle),
            "count_at_known": lambda: counts.count_at(conn, middle, known_at=middle),
            "series": lambda: counts.series(conn, series_start, TODAY, Step.MONTHLY),
            "breakdown": lambda: counts.breakdown(conn, middle, BreakdownField.FACILITY),
            "person_by_id": lambda: persons.get_person(conn, picks()),
            "person_search": lambda: persons.search(conn, prefixes()),
        }
        for key, query in queries.items():
            run.timings[key] = _timed(query, args.repeat)
        if args.explain:
            run.plans["count_at"] = _explain(conn, queries["count_at"])
            run.plans["count_at_known"] = _explain(conn, queries["count_at_known"])
            word = search_key(prefixes())
            run.plans["person_search"] = _explain(conn, lambda: persons.search(conn, word))


@contextmanager
def _databases(
    dbs: list[str], size: int, workdir: Path, server: ThrowawayPostgres | None
) -> Iterator[dict[str, Engine]]:
    engines: dict[str, Engine] = {}
    if "sqlite" in dbs:
        engines["sqlite"] = make_engine(f"sqlite:///{workdir / f'bench_{size}.db'}")
    if "postgres" in dbs and server is not None:
        name = f"bench_{size}"
        admin = create_engine(server.url("postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        engines["postgres"] = make_engine(server.url(name))
    try:
        yield engines
    finally:
        for engine in engines.values():
            engine.dispose()
        for leftover in workdir.glob(f"bench_{size}.db*"):
            leftover.unlink()


def _ms(t: Timing | None) -> str:
    return "—" if t is None else f"{t.median_ms:8.2f} / {t.p95_ms:8.2f}"


def _table(db: str, runs: dict[int, Run], repeat: int) -> Table:
    table = Table(title=f"{db}: median / p95 ms over {repeat} runs", title_justify="left")
    table.add_column("operation")
    sizes = sorted(runs)
    for size in sizes:
        table.add_column(f"{size:,} asked", justify="right")
    table.add_row("events (actual)", *[f"{runs[s].events:,}" for s in sizes])
    table.add_row("persons", *[f"{runs[s].persons:,}" for s in sizes])
    table.add_row("status segments", *[f"{runs[s].segments:,}" for s in sizes])
    table.add_row("build s (write_plan)", *[f"{runs[s].build_s:.1f}" for s in sizes])
    table.add_row("ANALYZE s", *[f"{runs[s].analyze_s:.1f}" for s in sizes], end_section=True)
    for key, label in OPERATIONS:
        table.add_row(label, *[_ms(runs[s].timings.get(key)) for s in sizes])
    return table


def _verdict(results: dict[str, dict[int, Run]]) -> str:
    parts, met = [], True
    for db, runs in results.items():
        largest = max(runs)
        run = runs[largest]
        count = max(run.timings["count_at"].median_ms, run.timings["count_at_known"].median_ms)
        series = run.timings["series"].median_ms
        ok = count < COUNT_GOAL_MS and series < SERIES_GOAL_MS
        met = met and ok
        parts.append(
            f"{db} at {run.events:,} events: count {count:.1f} ms "
            f"({'<' if count < COUNT_GOAL_MS else '>='} {COUNT_GOAL_MS:.0f}), "
            f"series {series:.1f} ms ({'<' if series < SERIES_GOAL_MS else '>='} "
            f"{SERIES_GOAL_MS:.0f})"
        )
    head = "GOALS MET" if met else "GOALS NOT MET"
    return f"{head} (medians; count = worse of with and without known_at): " + "; ".join(parts)


def _bench_one(db: str, engine: Engine, plan: Plan, planned: int, args: argparse.Namespace) -> Run:
    built, analyzed = _build(engine, plan, analyze=not args.no_analyze, profile=args.profile)
    with connect(engine) as conn:
        stored = int(conn.execute(select(func.count()).select_from(events)).scalar_one())
    if stored != planned:
        _log(f"[red]{db}: {stored:,} events stored, {planned:,} planned[/]")
    run = Run(stored, len(plan.persons), built, analyzed, 0)
    _log(f"{db}: built in {built:.1f} s (ANALYZE {analyzed:.1f} s); timing")
    _measure(engine, plan, args, run)
    for key, shown in run.plans.items():
        console.print(f"[bold]{db} {run.events:,}: plan of {key}[/bold]")
        console.print(shown, highlight=False, markup=False, soft_wrap=True)
    _log(f"{db}: done")
    return run


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    results: dict[str, dict[int, Run]] = {db: {} for db in args.db}
    server = None
    if "postgres" in args.db:
        _log("starting a throwaway PostgreSQL server")
        server = ThrowawayPostgres.start()
    try:
        with tempfile.TemporaryDirectory(prefix="vigil-bench-") as tmp:
            for size in args.events:
                start = time.perf_counter()
                plan = generate(round(size / EVENTS_PER_PERSON), seed=args.seed, today=TODAY)
                planned = sum(len(p.events) for p in plan.persons)
                _log(
                    f"{size:,} events asked: generated {len(plan.persons):,} persons with "
                    f"{planned:,} events ({planned / len(plan.persons):.2f} per person) "
                    f"in {time.perf_counter() - start:.1f} s"
                )
                with _databases(args.db, size, Path(tmp), server) as engines:
                    for db, engine in engines.items():
                        results[db][size] = _bench_one(db, engine, plan, planned, args)
    finally:
        if server is not None:
            server.stop()
    for db, runs in results.items():
        console.print(_table(db, runs, args.repeat))
    console.print(_verdict(results), highlight=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
