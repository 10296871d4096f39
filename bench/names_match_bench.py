"""Speed of ``vigil.names.match`` on pairs of real name variants: match() calls per second.

Builds the pairs the way ``score_names.py`` does (every pair inside a group, every pair
across a must_not_match link, 3,000 random pairs across groups, seed 7) and times them
cold (empty parse caches, as the scorer runs them) and warm (the same pairs again),
in CPU time of this process (the machine is shared: wall time measures the neighbours).

    .venv/bin/python bench/names_match_bench.py [../shared/names-dev.jsonl] [--repeat 3]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import time
from pathlib import Path

from vigil.names import VERSION, match
from vigil.names.parse import _words, parse, parse_form

# ../shared beside the repository (a worktree sits one level deeper)
DEFAULT = next(
    (p / "shared" / "names-dev.jsonl" for p in Path(__file__).resolve().parents[1:4]
     if (p / "shared" / "names-dev.jsonl").exists()),
    Path("../shared/names-dev.jsonl"),
)  # fmt: skip


def pairs(path: Path, negatives: int = 3000) -> list[tuple[str, str]]:
    groups = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    by_id = {g["id"]: g for g in groups}
    out = [(a, b) for g in groups for a, b in itertools.combinations(g["variants"], 2)]
    hard = {
        (a, b)
        for g in groups
        for other in g.get("must_not_match") or []
        if other in by_id
        for a in g["variants"]
        for b in by_id[other]["variants"]
    }
    linked = {
        (g["id"], o)
        for g in groups
        for o in (g.get("must_not_match") or []) + (g.get("collides_with") or [])
    }
    rng = random.Random(7)
    easy: set[tuple[str, str]] = set()
    while len(easy) < negatives and len(groups) > 1:
        g1, g2 = rng.sample(groups, 2)
        if (g1["id"], g2["id"]) in linked or (g2["id"], g1["id"]) in linked:
            continue
        easy.add((rng.choice(g1["variants"]), rng.choice(g2["variants"])))
    return out + sorted(hard) + sorted(easy)


def _rate(work: list[tuple[str, str]]) -> float:
    start = time.process_time()
    for a, b in work:
        match(a, b)
    return len(work) / (time.process_time() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("groups", type=Path, nargs="?", default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    work = pairs(args.groups)
    cold, warm = [], []
    for _ in range(args.repeat):
        parse.cache_clear()
        parse_form.cache_clear()
        _words.clear()
        cold.append(_rate(work))
        warm.append(_rate(work))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{VERSION}: {len(work):,} pairs from {args.groups.name}, load average {load:.1f}")
    print(f"match() calls per second, cold (as score_names.py): best {max(cold):,.0f}")
    print(f"match() calls per second, warm caches:              best {max(warm):,.0f}")


if __name__ == "__main__":
    main()
