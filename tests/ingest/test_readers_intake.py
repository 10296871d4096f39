"""Reading and ingesting many inputs: provenance stored, once; one transaction per source.

Runs on SQLite and PostgreSQL (``engine``), with the fake extractor: what is tested here
is reading and storing, not extraction.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from tests.ingest.fake_extractor import FakeExtractor
from vigil.errors import InvalidInput
from vigil.extract.types import Extraction
from vigil.ingest.readers import Item, ingest_items, read_targets
from vigil.model import Source
from vigil.store import audit
from vigil.store.db import transaction
from vigil.store.sources import add_source, get_source, list_sources
from vigil.store.tables import claims, sources

DATA = Path(__file__).parent / "data"


class Recording(FakeExtractor):
    """The fake extractor, remembering the language each text was handed over with;
    it refuses any text with "boom" in it, as an extractor failing mid-source would."""

    def __init__(self) -> None:
        super().__init__()
        self.languages: list[str | None] = []

    def __call__(
        self, text: str, *, published: dt.date | None = None, language: str | None = None
    ) -> Extraction:
        self.languages.append(language)
        if "boom" in text:
            raise InvalidInput("the extractor gave up on this text", hint="report it")
        return super().__call__(text, published=published, language=language)


def _count(engine: Engine, table) -> int:  # type: ignore[no-untyped-def]
    with transaction(engine) as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_origin_and_meta_round_trip_once_with_an_audit_entry(engine: Engine) -> None:
    first = Source(text="One message.", origin="telegram:1/2", meta={"kind": "telegram", "n": [1]})
    with transaction(engine) as conn:
        source_id, created = add_source(conn, first, by="tester")
        assert created
        again = add_source(conn, Source(text="Edited message.", origin="telegram:1/2"), by="t")
        same_text = add_source(conn, Source(text="One message.", origin="telegram:1/3"), by="t")
        assert again == same_text == (source_id, False)
        stored = get_source(conn, source_id)
        assert (stored.origin, stored.meta) == ("telegram:1/2", {"kind": "telegram", "n": [1]})
        (entry,) = audit.entries(conn, action="source.add")
        assert (entry.actor, entry.target) == ("tester", f"source:{source_id}")
        assert entry.after == {
            "origin": "telegram:1/2",
            "url": None,
            "title": None,
            "language": None,
        }
    with transaction(engine) as conn, pytest.raises(InvalidInput, match="origin is 501"):
        add_source(conn, Source(text="x", origin="o" * 501), by="t")


def test_a_folder_is_ingested_once_with_languages(engine: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    shutil.copytree(DATA, folder)
    extractor = Recording()
    outcomes = list(ingest_items(engine, read_targets([str(folder)]), extractor, by="t"))
    assert [o.error for o in outcomes if o.error] == []
    reports = [o.report for o in outcomes if o.report]
    assert len(reports) == 10  # 2 + 2 feed items, 1 page, 5 messages with text
    assert all(r.new_source for r in reports)
    assert sorted(extractor.languages, key=str) == ["be"] * 3 + ["en"] * 3 + ["ru"] * 3 + ["uk"]
    assert sum(r.proposed for r in reports) == 14  # the Krumenka message and feed item
    with transaction(engine) as conn:
        stored = {s.origin: s for s in list_sources(conn)}
        page = stored["https://news.example.org/2021/05/28/krumen"]
        assert (page.language, page.published) == ("ru", dt.date(2021, 5, 28))
        assert stored["telegram:1234567890/4"].language == "be"
        assert len(audit.entries(conn, action="source.add")) == 10

    second = list(ingest_items(engine, read_targets([str(folder)]), Recording(), by="t"))
    assert [o.report.new_source for o in second if o.report] == [False] * 10
    assert sum(o.report.proposed for o in second if o.report) == 0
    assert _count(engine, sources) == 10


def test_a_failing_source_leaves_nothing_and_the_rest_go_in(engine: Engine) -> None:
    items = [
        Item("a", source=Source(text="A quiet day.", origin="x:1")),
        Item("b", source=Source(text="It went boom halfway.", origin="x:2")),
        Item("c", error=InvalidInput("c: unreadable", hint="fix it")),
        Item("d", skipped="service message", group="g"),
        Item("e", source=Source(text="Another quiet day.", origin="x:3")),
    ]
    outcomes = list(ingest_items(engine, items, Recording(), by="t"))
    assert [(o.item.name, bool(o.report), bool(o.error)) for o in outcomes] == [
        ("a", True, False),
        ("b", False, True),
        ("c", False, True),
        ("d", False, False),
        ("e", True, False),
    ]
    with transaction(engine) as conn:
        assert [s.origin for s in list_sources(conn)] == ["x:1", "x:3"]
        assert len(audit.entries(conn, action="source.add")) == 2
    assert _count(engine, claims) == 0


def test_published_overrides_texts_and_pages_only(engine: Engine) -> None:
    day = dt.date(2024, 8, 16)
    items = [
        Item("t", source=Source(text="Text file.", meta={"kind": "text"})),
        Item(
            "m",
            source=Source(
                text="Message.", published=dt.date(2021, 1, 1), meta={"kind": "telegram"}
            ),
        ),
    ]
    list(ingest_items(engine, items, Recording(), by="t", published=day))
    with transaction(engine) as conn:
        assert [s.published for s in list_sources(conn)] == [day, dt.date(2021, 1, 1)]
