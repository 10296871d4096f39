"""A text stored before, ingested again with details: filled in where the stored source
has none (before a re-extraction, which then reads them), offered where it has others,
ignored for messages and items. Nothing is extracted again without ``again``."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine

from tests.ingest.fake_extractor import TEXT, FakeExtractor
from vigil.extract.types import Extraction
from vigil.ingest.pipeline import KnownDetails, ingest_source
from vigil.model import Source
from vigil.model.source_edit import FieldChange
from vigil.store.db import transaction
from vigil.store.sources import get_source

DAY = dt.date(2021, 6, 2)


class Recording(FakeExtractor):
    """The fake extractor, remembering the publication date it was given."""

    def __init__(self) -> None:
        super().__init__()
        self.published: list[dt.date | None] = []

    def __call__(
        self, text: str, *, published: dt.date | None = None, language: str | None = None
    ) -> Extraction:
        self.published.append(published)
        return super().__call__(text, published=published, language=language)


def test_fill_sets_the_missing_date_before_extracting_again(engine: Engine) -> None:
    extract = Recording()
    with transaction(engine) as conn:
        first = ingest_source(conn, Source(TEXT, title="Kept"), extract, by="t")
        same = ingest_source(conn, Source(TEXT, published=DAY, title="Other"), extract, by="t",
                             again=True, known=KnownDetails.FILL)  # fmt: skip
        stored = get_source(conn, first.source_id)
    assert extract.published == [None, DAY]  # the re-extraction read the new date
    assert same.filled == (FieldChange("published", None, DAY),)
    assert same.offered == (FieldChange("title", "Kept", "Other"),)
    assert (stored.published, stored.title) == (DAY, "Kept")


def test_offer_changes_nothing_and_ignore_says_nothing(engine: Engine) -> None:
    extract = Recording()
    with transaction(engine) as conn:
        sid = ingest_source(conn, Source(TEXT), extract, by="t").source_id
        offered = ingest_source(conn, Source(TEXT, published=DAY), extract, by="t",
                                known=KnownDetails.OFFER)  # fmt: skip
        ignored = ingest_source(conn, Source(TEXT, published=DAY), extract, by="t")
        stored = get_source(conn, sid)
    assert offered.offered == (FieldChange("published", None, DAY),)
    assert offered.filled == ()
    assert (ignored.offered, ignored.filled) == ((), ())
    assert stored.published is None
    assert extract.published == [None]  # neither was extracted again
