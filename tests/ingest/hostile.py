"""Hostile inputs and a bounded way to run ``vigil ingest`` on them.

The same builders serve the tests (``test_hostile_inputs.py``) and the benchmark
(``bench/hostile_inputs.py``). ``run_bounded`` runs the real console script in a child
with an address-space limit (``RLIMIT_AS``), so a case that escapes its bounds dies
alone instead of taking the machine, and gives the child's own peak RSS.
"""

from __future__ import annotations

import gzip
import os
import random
import subprocess
import sys
import tempfile
import zlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "src/vigil/demo/data/seed_000_af915d7ba50896bb.txt"
GIB = 1024 * 1024 * 1024

# The child sets its own address-space limit first (no preexec_fn: the loopback server
# runs in a thread of the parent), notes its peak RSS at exit (VmHWM of its own memory
# since exec: the rusage of a child counts the parent's memory at the fork), then runs
# what the console script runs. With ``lift_guard`` it also lifts the fetcher's address
# guard, as the fetch tests do in-process, so `vigil ingest http://127.0.0.1:…` reaches
# the loopback server.
_CHILD = (
    "import atexit, os, resource, sys; "
    "resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit})); "
    "atexit.register(lambda: open({hwm!r}, 'w').write(next(line.split()[1] for line in "
    "open('/proc/self/status') if line.startswith('VmHWM')))); "
    "{lift}from vigil.cli.app import main; sys.argv[0] = 'vigil'; sys.exit(main())"
)
_LIFT = (
    "import vigil.ingest.readers.fetch as f; "
    "f.Fetcher.__init__.__kwdefaults__['allow_private'] = True; "
)


def seed_body() -> str:
    """The founding report without its front matter."""
    return SEED.read_text(encoding="utf-8").split("---\n", 2)[2].strip()


def deep_telegram(depth: int = 100_000) -> bytes:
    """A Telegram-shaped export whose second message nests ``depth`` lists (~2 bytes
    a level: 200 KB for 100,000 levels)."""
    head = (
        b'{"name": "Channel", "type": "public_channel", "id": 1, "messages": ['
        b'{"id": 1, "type": "message", "date_unixtime": "1600000000", '
        b'"text": "A first message."}, {"id": 2, "type": "message", "text": '
    )
    return head + b"[" * depth + b"]" * depth + b"}]}"


@cache
def gzip_bomb(size: int = GIB) -> bytes:
    """``size`` zero bytes gzipped twice (``Content-Encoding: gzip, gzip``): 1,827 bytes
    for 1 GiB, the inner layer one gzip member of about 1 MB (built in a few seconds)."""
    inner = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = b"\x00" * (1 << 20)
    layer = b"".join([inner.compress(zeros) for _ in range(size >> 20)] + [inner.flush()])
    return gzip.compress(layer, compresslevel=9)


def long_text(chars: int = 1_050_000) -> str:
    """The founding report, then ``chars`` characters of filler in paragraphs, then the
    report again: over spaCy's 1,000,000 characters, cheap to tag (long tokens)."""
    body = seed_body()
    filler = ("x" * 998 + "\n\n") * (chars // 1000)
    return f"{body}\n\n{filler}{body}\n"


def numbers_text(size: int = 549_000) -> str:
    """``size`` bytes of "N people were detained." — a figure and an event per line."""
    rng = random.Random(1)
    parts: list[str] = []
    total = 0
    while total < size:
        line = f"{rng.randint(2, 99_999)} people were detained."
        parts.append(line)
        total += len(line) + 1
    return " ".join(parts) + "\n"


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str
    max_rss_mb: float  # the child's own peak resident memory (VmHWM), NaN if unknown


def run_bounded(
    args: list[str],
    *,
    database_url: str,
    limit: int = 3 * GIB,
    lift_guard: bool = False,
    timeout: float = 300,
) -> Run:
    """``vigil ARGS`` in a child limited to ``limit`` bytes of address space."""
    env = {**os.environ, "VIGIL_DATABASE_URL": database_url, "VIGIL_ACTOR": "tester",
           "COLUMNS": "200", "NO_COLOR": "1"}  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="vigil-run-") as folder:
        hwm = Path(folder) / "hwm"
        out, err = Path(folder) / "out", Path(folder) / "err"
        code = _CHILD.format(limit=limit, hwm=str(hwm), lift=_LIFT if lift_guard else "")
        command = [sys.executable, "-c", code, *args]
        with out.open("wb") as stdout, err.open("wb") as stderr:
            child = subprocess.Popen(command, stdout=stdout, stderr=stderr, env=env)
            try:
                child.wait(timeout)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
        peak = int(hwm.read_text()) / 1024 if hwm.exists() else float("nan")
        return Run(child.returncode, out.read_text(), err.read_text(), peak)
