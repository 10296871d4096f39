"""`vigil review` through the real console script, interactive and in bulk."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine

from tests.conftest import Cli
from tests.ingest.fake_extractor import TEXT, FakeExtractor
from vigil.ingest.pipeline import ingest_source
from vigil.model import ReviewState, Source
from vigil.stats import counts
from vigil.store.claims import source_claims
from vigil.store.db import transaction


def _ingest(engine: Engine) -> None:
    with transaction(engine) as conn:
        ingest_source(conn, Source(text=TEXT, title="Report"), FakeExtractor(), by="t")


def test_interactive_review(cli: Cli, engine: Engine) -> None:
    _ingest(engine)
    # Order: persons (Volha, Ivan), facility, events (detained, recognized, released), figure.
    answers = "a\nr\nnot in this case\na\na\na\ns\na\n"
    out = cli("review", stdin=answers).out
    assert "Volha Krumenka was detained on May 28, 2021" in out
    assert "candidate" not in out
    assert "5 accepted, 1 rejected, 1 skipped" in out
    with transaction(engine) as conn:
        assert counts.count_at(conn, dt.date(2021, 6, 15)) == 1
        states = {c.quote: c.state for c in source_claims(conn, 1)}
    assert states["Ivan Test"] is ReviewState.REJECTED
    assert states["Ivan Test was released"] is ReviewState.PROPOSED
    # what is left comes back; end of input stops cleanly
    again = cli("review", stdin="").out
    assert "Ivan Test was released" in again
    assert "0 accepted, 0 rejected, 0 skipped" in again


def test_bulk_review_respects_confidence_and_leaves_hard_cases(cli: Cli, engine: Engine) -> None:
    _ingest(engine)
    out = cli("review", "--accept-all", "--min-confidence", "0.5").out
    assert "accepted 6 claims (recorded as bulk decisions by tester)" in out
    with transaction(engine) as conn:
        reviewed = [c for c in source_claims(conn, 1) if c.review is not None]
        assert all(c.review is not None and c.review.bulk for c in reviewed)
        assert counts.count_at(conn, dt.date(2021, 6, 15)) == 1
    out = cli("review", "--accept-all").out  # the released claim has no date and no detention
    assert "left for review" in out
    assert "no date" in out
    assert "nothing to review" not in out


def test_bulk_reject_of_one_kind_with_a_note(cli: Cli, engine: Engine) -> None:
    _ingest(engine)
    out = cli("review", "--reject-all", "--kind", "event", "--note", "a rumour").out
    assert "rejected 3 claims (recorded as bulk decisions by tester)" in out
    with transaction(engine) as conn:
        claims = source_claims(conn, 1)
    rejected = [c for c in claims if c.state is ReviewState.REJECTED]
    assert {c.kind.value for c in rejected} == {"event"}
    assert all(c.review is not None and c.review.note == "a rumour" for c in rejected)
    both = cli("review", "--accept-all", "--reject-all", ok=False)
    assert both.code == 2
    assert "cannot be used with" in both.err
    assert "kind cannot be 'law'" in cli("review", "--kind", "law", ok=False).err
