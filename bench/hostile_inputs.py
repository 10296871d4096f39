"""Hostile inputs through `vigil ingest`: outcome, time and peak memory of each.

Builds each case of issue 11 (and a few more), runs the real command on it in a child
process limited to --limit GB of address space (so a case that escapes its bounds dies
alone), and prints the exit code, the one-line message, the wall time and the child's
own peak RSS (its VmHWM at exit) beside two references: the founding report and a small
Telegram export. Each case gets a fresh SQLite registry.

    .venv/bin/python bench/hostile_inputs.py
    .venv/bin/python bench/hostile_inputs.py --only gzip,deep --limit 2

The gzip bomb is served by the tests' loopback server; the child lifts the fetcher's
address guard for it (as the fetch tests do), nothing else. Figures depend on the
machine and on what else runs on it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the builders live beside the tests that use them

from tests.ingest.hostile import (  # noqa: E402
    GIB,
    SEED,
    Run,
    deep_telegram,
    gzip_bomb,
    long_text,
    numbers_text,
    run_bounded,
)
from tests.ingest.loopback import serve  # noqa: E402

from vigil.auth.keyring import new_keyring  # noqa: E402
from vigil.ingest.text import MAX_SOURCE_BYTES  # noqa: E402
from vigil.store.db import make_engine, migrate  # noqa: E402

# A throwaway registry needs keys like any other (the audit log is keyed): one ring
# for this run, shared with the processes it starts.
os.environ.setdefault("VIGIL_KEYS", new_keyring().to_json())

EXPORT = ROOT / "tests/ingest/data/telegram_export/result.json"


def _registry(folder: Path) -> str:
    url = f"sqlite:///{folder / 'vigil.db'}"
    engine = make_engine(url)
    migrate(engine)
    engine.dispose()
    return url


def _file(folder: Path, name: str, data: bytes | str) -> str:
    path = folder / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return str(path)


def _long_string_export(size: int) -> bytes:
    return (b'{"name": "c", "type": "public_channel", "id": 1, "messages": [{"id": 1, '
            b'"type": "message", "text": "' + b"word " * (size // 5) + b'"}]}')  # fmt: skip


def _tag_soup(tags: int) -> bytes:
    return b"<html><body>" + b"<p>a</p>" * (tags // 2) + b"</body></html>"


# name → (what it is, builder of (args, lift_guard) given a work folder and a server URL)
Case = Callable[[Path, str], list[str]]
CASES: dict[str, tuple[str, Case]] = {
    "report": ("reference: the founding report (3 KB text)", lambda d, _: [str(SEED)]),
    "export": ("reference: a small Telegram export", lambda d, _: [str(EXPORT)]),
    "deep": (
        "Telegram-shaped JSON nested 100,000 deep (200 KB)",
        lambda d, _: [_file(d, "result.json", deep_telegram(100_000))],
    ),
    "gzip": (
        "1 GiB of zeros as 'Content-Encoding: gzip, gzip' (~2 KB) over loopback",
        lambda d, url: [url + "/bomb"],
    ),
    "long": (
        "text of 1,056,000 characters (report, filler, report)",
        lambda d, _: [_file(d, "long.txt", long_text())],
    ),
    "numbers": (
        "549 KB of 'N people were detained.'",
        lambda d, _: [_file(d, "numbers.txt", numbers_text())],
    ),
    "dense": (
        "200,000 characters of 'a\\n': a token a character, nothing to find",
        lambda d, _: [_file(d, "dense.txt", "a\n" * 100_000)],
    ),
    "string": (
        "Telegram export with one 200 MB string",
        lambda d, _: [_file(d, "result.json", _long_string_export(200 * 1024 * 1024))],
    ),
    "bigtext": (
        "text file of 21 MB",
        lambda d, _: [_file(d, "big.txt", "word " * ((MAX_SOURCE_BYTES + (1 << 20)) // 5))],
    ),
    "tags": (
        "HTML of 5,000,000 <p> elements (40 MB)",
        lambda d, _: [_file(d, "page.html", _tag_soup(10_000_000))],
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="comma-separated cases: " + ", ".join(CASES))
    parser.add_argument("--limit", type=float, default=3.0, help="address space, GB")
    args = parser.parse_args()
    chosen = args.only.split(",") if args.only else list(CASES)
    headers = {"Content-Type": "text/html", "Content-Encoding": "gzip, gzip"}
    print(f"{'case':8} {'exit':>4} {'time':>7} {'peak RSS':>9}  outcome")
    with serve({"/bomb": (200, headers, gzip_bomb())}) as server:
        for name in chosen:
            what, build = CASES[name]
            with tempfile.TemporaryDirectory(prefix="vigil-hostile-") as folder:
                work = Path(folder)
                target = build(work, server.url(""))
                url = _registry(work)
                start = time.monotonic()
                limit = int(args.limit * GIB)
                run = run_bounded(
                    ["ingest", *target], database_url=url, limit=limit, lift_guard=name == "gzip"
                )
                took = time.monotonic() - start
            print(f"{name:8} {run.code:>4} {took:>6.1f}s {run.max_rss_mb:>6.0f} MB  {what}")
            print(f"{'':34}{_outcome(run)}")


def _outcome(run: Run) -> str:
    """The error line, else the line that says what was stored, shortened."""
    errors = [line for line in run.err.splitlines() if line.startswith(("error", "internal"))]
    lines = errors or [line for line in run.out.splitlines() if line.strip()][:1]
    text = lines[0] if lines else "(nothing printed)"
    return text if len(text) <= 200 else text[:197] + "..."


if __name__ == "__main__":
    main()
