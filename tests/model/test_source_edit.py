"""A correction of a source's details: what it parses, what it refuses (one line each),
and what a re-ingested text offers against the stored source."""

from __future__ import annotations

import datetime as dt

import pytest

from vigil.errors import InvalidInput
from vigil.model import KEEP, Source
from vigil.model.source_edit import FieldChange, SourceCorrection, SourceOffer


def test_parse_keeps_what_is_not_given_and_clears_what_is_empty() -> None:
    c = SourceCorrection.parse({"title": " A title ", "publisher": "", "published": "2024-08-16"})
    assert c.title == "A title"
    assert c.publisher is None
    assert c.published == dt.date(2024, 8, 16)
    assert c.url is KEEP
    assert c.language is KEEP
    assert c.given() == {"title": "A title", "publisher": None, "published": dt.date(2024, 8, 16)}


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"published": "2024-08"}, "published needs a full date, not '2024-08'"),
        ({"published": "~2024-08-16"}, "published needs a full date"),
        ({"published": "16.08.2024"}, "'16.08.2024' is not a date"),
        ({"published": "2999-01-01"}, "published 2999-01-01 is in the future"),
        ({"url": "ftp://example.org/x"}, "is not a web address"),
        ({"url": "example.org"}, "is not a web address"),
        ({"language": "English"}, "language cannot be 'English'"),
        ({"title": "x" * 501}, "the title is 501 characters long"),
        ({"text": "new text"}, "'text' is not a detail of a source that can be corrected"),
        ({"title": 5}, "title must be text"),
    ],
)
def test_bad_values_are_refused_in_one_line(values: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInput, match=message) as caught:
        SourceCorrection.parse(values)
    assert "\n" not in caught.value.one_line()


def test_changes_name_only_what_differs() -> None:
    stored = Source(text="t", title="Old", published=dt.date(2024, 8, 15))
    c = SourceCorrection.parse({"title": "Old", "published": "2024-08-16", "url": ""})
    assert c.changes(stored) == (
        FieldChange("published", dt.date(2024, 8, 15), dt.date(2024, 8, 16)),
    )
    assert str(c.changes(stored)[0]) == "published '2024-08-15' → '2024-08-16'"


def test_an_offer_fills_what_is_missing_and_reports_what_differs() -> None:
    stored = Source(text="t", title="Stored title", language="en")
    given = Source(text="t", title="Typed title", publisher="RFE/RL",
                   published=dt.date(2024, 8, 16), language="en", url="not an address")  # fmt: skip
    offer = SourceOffer.of(stored, given)
    assert offer.fills.given() == {"publisher": "RFE/RL", "published": dt.date(2024, 8, 16)}
    assert offer.differs.given() == {"title": "Typed title"}  # the bad URL is not offered
    assert SourceOffer.of(stored, stored).empty
