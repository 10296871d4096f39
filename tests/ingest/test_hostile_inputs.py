"""Each hostile input of issue 11 through the real `vigil ingest`, in a child limited to
3 GB of address space: the one-line error (or the right result) and a memory bound.

Measured before the bounds: the deep export took 22 GB, the gzip bomb 2.1 GB, the long
text was an internal error (exit 70) and the file of numbers proposed 39,596 claims.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Table, func, select

from tests.ingest.hostile import (
    Run,
    deep_telegram,
    gzip_bomb,
    long_text,
    numbers_text,
    run_bounded,
    seed_body,
)
from tests.ingest.loopback import serve
from vigil.store.db import make_engine, migrate, transaction
from vigil.store.tables import claims, sources

MB = 1024 * 1024


@pytest.fixture
def registry(tmp_path: Path) -> str:
    """An empty SQLite registry: the bounds are the readers' and the extractor's, the
    same on either database."""
    url = f"sqlite:///{tmp_path / 'vigil.db'}"
    engine = make_engine(url)
    migrate(engine)
    engine.dispose()
    return url


def _count(url: str, table: Table) -> int:
    engine = make_engine(url)
    try:
        with transaction(engine) as conn:
            return int(conn.execute(select(func.count()).select_from(table)).scalar_one())
    finally:
        engine.dispose()


def _stored(url: str) -> tuple[str, list[tuple[str, int, int, str]]]:
    """The text of source 1 and its claims as (kind, start, end, quote)."""
    engine = make_engine(url)
    try:
        with transaction(engine) as conn:
            text = conn.execute(select(sources.c.text).where(sources.c.id == 1)).scalar_one()
            rows = conn.execute(
                select(claims.c.kind, claims.c.span_start, claims.c.span_end, claims.c.quote)
            )
            return str(text), [(str(k), int(s), int(e), str(q)) for k, s, e, q in rows]
    finally:
        engine.dispose()


def _one_error_line(run: Run) -> str:
    errors = [line for line in run.err.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, run.err
    assert "Traceback" not in run.err
    return errors[0]


def test_deeply_nested_export_is_refused_while_streaming(registry: str, tmp_path: Path) -> None:
    export = tmp_path / "result.json"
    export.write_bytes(deep_telegram(100_000))
    assert 190_000 < export.stat().st_size < 210_000
    run = run_bounded(["ingest", str(export)], database_url=registry)
    assert run.code == 2, run.err
    line = _one_error_line(run)
    assert "JSON with nesting deeper than 64 levels" in line
    assert "after 1 message" in line
    assert run.max_rss_mb < 500, run.max_rss_mb
    assert _count(registry, sources) == 1  # the message before it; nothing of the rest


def test_stacked_gzip_bomb_stops_at_the_limit_as_decoded(registry: str) -> None:
    bomb = gzip_bomb()
    assert len(bomb) < 2048
    headers = {"Content-Type": "text/html", "Content-Encoding": "gzip, gzip"}
    with serve({"/bomb": (200, headers, bomb)}) as server:
        run = run_bounded(["ingest", server.url("/bomb")], database_url=registry, lift_guard=True)
    assert run.code == 2, run.err
    line = _one_error_line(run)
    assert "larger than 50 MB once decoded (Content-Encoding: gzip, gzip)" in line
    assert run.max_rss_mb < 500, run.max_rss_mb
    assert _count(registry, sources) == 0


def test_a_text_over_a_million_characters_gives_claims_with_exact_spans(
    registry: str, tmp_path: Path
) -> None:
    text = long_text()
    assert len(text) > 1_000_000
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    run = run_bounded(["ingest", str(path)], database_url=registry)
    assert run.code == 0, run.err
    assert "extracted in pieces" in run.out
    assert run.max_rss_mb < 1200, run.max_rss_mb
    stored, proposed = _stored(registry)
    second = stored.rindex("colony No. 1 in Novopolotsk")  # a facility, second copy
    assert second > 1_000_000
    late = [c for c in proposed if c[1] > 1_000_000]
    assert late, "nothing extracted past the first million characters"
    for _, start, end, quote in proposed:
        assert stored[start:end] == quote
    assert any(start <= second < end for _, start, end, _ in late)
    # The second copy gives the claims the first gave, at their place in the whole text.
    offset = stored.rindex(seed_body()[:200]) - stored.index(seed_body()[:200])
    early = {(k, s, e) for k, s, e, _ in proposed if s < offset}
    assert {(k, s - offset, e - offset) for k, s, e, _ in late} == early


def test_a_file_of_numbers_proposes_at_most_500_claims(registry: str, tmp_path: Path) -> None:
    path = tmp_path / "numbers.txt"
    path.write_text(numbers_text(), encoding="utf-8")
    assert 540_000 < path.stat().st_size < 560_000
    run = run_bounded(["ingest", str(path)], database_url=registry)
    assert run.code == 0, run.err
    assert "500 claims proposed" in run.out
    assert "extraction stopped at character" in run.out
    assert "only the first 500 by position in the text were proposed" in run.out
    assert run.max_rss_mb < 1200, run.max_rss_mb
    _, proposed = _stored(registry)
    assert len(proposed) == 500
    assert max(start for _, start, _, _ in proposed) < 60_000  # all from the first piece
