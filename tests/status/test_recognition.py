"""Each organisation's recognition is its own position; the headline says whose counts."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.cases.status_histories import RECORDED

from vigil.errors import InvalidInput
from vigil.model import Event, EventDetail, EventType, PartialDate, Recognition, RecognitionStatus
from vigil.status import Headline, Rule, fold, positions

D = dt.date.fromisoformat
R = RecognitionStatus


def _rec(id: int, date: str, by: str | None, status: R = R.RECOGNIZED) -> Event:
    detail = EventDetail(recognition=Recognition(status, by, "PACE Resolution 1900 §3.b"))
    return Event(1, EventType.RECOGNIZED_POLITICAL_PRISONER, PartialDate.parse(date), RECORDED,
                 detail=detail, id=id)  # fmt: skip


def _history() -> list[Event]:
    return [
        Event(1, EventType.DETAINED, PartialDate.parse("2021-01-01"), RECORDED, id=1),
        _rec(2, "2021-02-01", "Viasna"),
        _rec(3, "2021-03-01", "Memorial"),
        _rec(4, "2021-06-01", "Memorial", R.WITHDRAWN),
    ]


@pytest.mark.parametrize(
    ("headline", "counted_on"),
    [
        # Memorial's withdrawal does not touch Viasna's recognition.
        ("any", {"2021-01-15": False, "2021-02-15": True, "2021-04-01": True, "2021-07-01": True}),
        ("Viasna", {"2021-02-15": True, "2021-07-01": True}),
        ("memorial", {"2021-02-15": False, "2021-04-01": True, "2021-07-01": False}),
        ("any:Viasna,Memorial", {"2021-02-15": True, "2021-07-01": True}),
        ("all:Viasna,Memorial", {"2021-02-15": False, "2021-04-01": True, "2021-07-01": False}),
        ("OVD-Info", {"2021-04-01": False}),
    ],
)
def test_the_headline_counts_whose_recognitions_it_names(
    headline: str, counted_on: dict[str, bool]
) -> None:
    f = fold(_history(), headline=Headline.parse(headline))
    for day, counted in counted_on.items():
        seg = f.at(D(day))
        assert seg is not None
        assert seg.counted is counted, (headline, day)


def test_segments_keep_every_recognizing_organisation() -> None:
    f = fold(_history())
    assert [(str(s.start), s.recognized_by) for s in f.segments] == [
        ("2021-01-01", ()),
        ("2021-02-01", ("Viasna",)),
        ("2021-03-01", ("Memorial", "Viasna")),
        ("2021-06-01", ("Viasna",)),
    ]


def test_an_unattributed_recognition_counts_only_under_any() -> None:
    events = [_history()[0], _rec(2, "2021-02-01", None)]
    anyone, viasna = fold(events), fold(events, headline=Headline.parse("Viasna"))
    assert [f.segments[-1].counted for f in (anyone, viasna)] == [True, False]


def test_positions_per_organisation_with_dates_and_criteria() -> None:
    found = positions(_history())
    rows = [(p.organisation, p.status, str(p.date), str(p.until) if p.until else None)
            for p in found]  # fmt: skip
    assert rows == [
        ("Memorial", R.RECOGNIZED, "2021-03-01", "2021-06-01"),
        ("Memorial", R.WITHDRAWN, "2021-06-01", None),
        ("Viasna", R.RECOGNIZED, "2021-02-01", None),
    ]
    assert found[0].criterion == "PACE Resolution 1900 §3.b"


def test_headline_parse_and_text() -> None:
    assert Headline.parse("") == Headline()
    assert Headline.parse(" all: Viasna , Memorial ") == Headline(Rule.ALL, ("Memorial", "Viasna"))
    assert str(Headline.parse("all:Viasna,Memorial")) == "all:Memorial,Viasna"
    assert str(Headline.parse("Viasna")) == "Viasna"
    assert Headline.parse("any:Viasna,Memorial").describe() == "recognized by Memorial or Viasna"
    with pytest.raises(InvalidInput, match="unknown headline rule"):
        Headline.parse("most:Viasna,Memorial")
    with pytest.raises(InvalidInput, match="no organisation"):
        Headline.parse("all: , ")
