"""`vigil ingest` at its limits, on both databases, each run in a child limited to 3 GB
of address space: one line and exit 2 with nothing of the input stored, or the capped
result with its notes. (`tests/ingest/test_hostile_inputs.py` has every hostile case.)"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from tests.ingest.hostile import deep_telegram, numbers_text, run_bounded
from vigil.ingest.text import MAX_SOURCE_BYTES
from vigil.store.db import make_engine, transaction
from vigil.store.tables import claims, sources


def _counts(url: str) -> tuple[int, int]:
    engine = make_engine(url)
    try:
        with transaction(engine) as conn:
            return (
                conn.execute(select(func.count()).select_from(sources)).scalar_one(),
                conn.execute(select(func.count()).select_from(claims)).scalar_one(),
            )
    finally:
        engine.dispose()


def test_limits_refuse_in_one_line(db_url: str, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(MAX_SOURCE_BYTES + 1)  # sparse: nothing written
    deep = tmp_path / "result.json"
    deep.write_bytes(deep_telegram(100_000))
    run = run_bounded(["ingest", str(big), str(deep)], database_url=db_url)
    assert run.code == 2, run.err
    errors = run.err.strip().splitlines()
    assert len(errors) == 2, run.err
    assert errors[0] == (
        f"error: {big}: not ingested: 20.0 MB is too large for one source "
        "(split it; the limit is 20 MB)"
    )
    assert errors[1].startswith(f"error: {deep}: JSON with nesting deeper than 64 levels")
    assert run.max_rss_mb < 500, run.max_rss_mb
    assert _counts(db_url) == (1, 0)  # the export's first message, which proposes nothing


def test_claims_per_source_are_capped_with_a_note(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "numbers.txt"
    path.write_text(numbers_text(), encoding="utf-8")
    run = run_bounded(["ingest", str(path)], database_url=db_url)
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    assert lines[0].startswith(f"{path}: new source 1, 500 claims proposed")
    assert any(
        "claims found; only the first 500 by position in the text were proposed "
        "(at most 500 per source): split the text to review the rest" in line
        for line in lines
    )
    assert run.max_rss_mb < 1200, run.max_rss_mb
    assert _counts(db_url) == (1, 500)
