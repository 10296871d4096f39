"""Export time and peak memory for a large synthetic registry, per format.

    .venv/bin/python bench/export_bench.py [--persons 50000] [--formats csv,xlsx,...] [--db PATH]

Builds (or reuses, ``--db``) a SQLite registry of fictional persons (``vigil.demo``, about
5.3 events each), then runs each public export (``vigil.publish.export.export_file``)
in a child process of its own and prints its wall time, the file's size, and the
child's peak heap (anonymous resident memory, sampled) beside that of a child that only
imported the same modules: the difference is what the export itself holds. Rows are
read and written in batches, so that difference should stay flat as the registry grows.
``VmHWM`` is printed too; it also counts the database file's pages that SQLite maps
into memory, which grow with the registry and which the kernel drops when it needs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from vigil.auth.keyring import KeySource, new_keyring
from vigil.demo.build import write_plan
from vigil.demo.generator import generate
from vigil.store.db import make_engine, migrate, transaction

FORMATS = ("csv", "xlsx", "json", "datapackage", "ftm")


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


class AnonPeak:
    """The peak of anonymous resident memory (the heap: what the process itself holds),
    sampled every 50 ms. VmHWM also counts the pages of the database file that SQLite
    maps into memory (``mmap_size``), which the kernel drops as it needs."""

    def __init__(self) -> None:
        self.peak = _status_kib("RssAnon")
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.05):
            self.peak = max(self.peak, _status_kib("RssAnon"))

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return max(self.peak, _status_kib("RssAnon"))


def child(db: str, keys: str, fmt: str, out: str) -> None:
    """One export in this process; prints a JSON line with its figures."""
    from vigil.publish import PublicationPolicy
    from vigil.publish.export import ExportFormat, export_file

    engine = make_engine(f"sqlite:///{db}", keys=KeySource(Path(keys)))
    anon = AnonPeak()
    if fmt == "none":
        print(json.dumps({"seconds": 0.0, "bytes": 0, "peak_kib": _status_kib("VmHWM"),
                          "anon_kib": anon.stop()}))  # fmt: skip
        return
    start = time.perf_counter()
    result = export_file(engine, Path(out), ExportFormat(fmt), public=True,
                         policy=PublicationPolicy(), at=dt.date(2024, 6, 1), known_at=None,
                         base_url="https://vigil.example", actor="bench")  # fmt: skip
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "bytes": result.size, "peak_kib": _status_kib("VmHWM"),
                      "anon_kib": anon.stop()}))  # fmt: skip


def _run(db: Path, keys: Path, fmt: str, out: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(db), str(keys), fmt, str(out)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=50_000)
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--db", type=Path, help="reuse (or build here) a registry")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.db"
        keys = db.with_name(db.name + ".keys")
        if not db.exists():
            ring = new_keyring(keys)
            ring.save(keys)
            engine = make_engine(f"sqlite:///{db}", keys=KeySource(keys))
            migrate(engine)
            start = time.perf_counter()
            with transaction(engine) as conn:
                write_plan(conn, generate(args.persons, seed=5, today=dt.date(2024, 6, 1)))
            engine.dispose()
            print(f"built {args.persons:,} persons in {time.perf_counter() - start:.0f} s")
        base = _run(db, keys, "none", Path(tmp) / "none")
        print(f"baseline child (imports only): heap {base['anon_kib'] / 1024:.0f} MiB")
        print(f"{'format':<12} {'seconds':>8} {'MiB out':>8} {'peak heap MiB':>14} "
              f"{'export MiB':>10} {'VmHWM MiB':>10}")  # fmt: skip
        for fmt in args.formats.split(","):
            f = _run(db, keys, fmt, Path(tmp) / f"out.{fmt}")
            own = (f["anon_kib"] - base["anon_kib"]) / 1024
            heap, hwm = f["anon_kib"] / 1024, f["peak_kib"] / 1024
            print(f"{fmt:<12} {f['seconds']:>8.1f} {f['bytes'] / 2**20:>8.1f} "
                  f"{heap:>14.0f} {own:>10.0f} {hwm:>10.0f}")  # fmt: skip


if __name__ == "__main__":
    main()
