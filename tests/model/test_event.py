"""Event types, regimes, article numbers and event details."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vigil.errors import InvalidInput
from vigil.model import (
    Event,
    EventDetail,
    EventType,
    PartialDate,
    Recognition,
    RecognitionStatus,
    Regime,
    normalize_article,
)

ARTICLE_CASES = [
    ("342", "342"),
    ("Art. 342", "342"),
    ("art.342", "342"),
    ("ART 342", "342"),
    ("article 342", "342"),
    ("Article 130 part 3", "130.3"),
    ("  art 293 part 1 ", "293.1"),
    ("361-1 part 1", "361-1.1"),
    ("361-1.1", "361-1.1"),
    ("342.2", "342.2"),
    ("ст. 342", "342"),
    ("Ст.342 ч.2", "342.2"),
    ("ст 130 ч. 3", "130.3"),
    ("342 ч. 2", "342.2"),
    ("артыкул 130", "130"),
    ("Артыкул 130 частка 3", "130.3"),
    ("130 частка 3", "130.3"),
    ("342 часть 1", "342.1"),
    ("361-4", "361-4"),
    ("13", "13"),
]


@pytest.mark.parametrize(("text", "article"), ARTICLE_CASES)
def test_normalize_article(text: str, article: str) -> None:
    assert normalize_article(text) == article


@pytest.mark.parametrize(("text", "article"), ARTICLE_CASES)
def test_normalize_article_is_idempotent(text: str, article: str) -> None:
    assert normalize_article(article) == article


@pytest.mark.parametrize(
    ("text", "article"), [("статья 342", "342"), ("Статья 342 часть 2", "342.2")]
)
def test_normalize_article_russian_word_for_article(text: str, article: str) -> None:
    assert normalize_article(text) == article


@pytest.mark.parametrize("text", ["", "   ", "abc", "art.", "article", "ч. 1 ст. 342", "part 2"])
def test_normalize_article_refuses(text: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        normalize_article(text)
    assert "361-1.1" in raised.value.hint


@pytest.mark.parametrize("text", ["3421", "1234", "361-123"])
def test_normalize_article_refuses_numbers_too_long(text: str) -> None:
    with pytest.raises(InvalidInput):
        normalize_article(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("detained", EventType.DETAINED),
        ("  Released ", EventType.RELEASED),
        ("Died in custody", EventType.DIED_IN_CUSTODY),
        ("sentence-completed", EventType.SENTENCE_COMPLETED),
        ("RECOGNIZED_POLITICAL_PRISONER", EventType.RECOGNIZED_POLITICAL_PRISONER),
        ("contact restored", EventType.CONTACT_RESTORED),
        ("convicted-in absentia", EventType.CONVICTED_IN_ABSENTIA),
    ],
)
def test_event_type_parse(text: str, kind: EventType) -> None:
    assert EventType.parse(text) is kind


@pytest.mark.parametrize("kind", list(EventType))
def test_event_type_parse_reads_its_own_value(kind: EventType) -> None:
    assert EventType.parse(kind.value) is kind


@pytest.mark.parametrize("text", ["", "arrested", "free", "release", "died"])
def test_event_type_parse_refuses_and_lists_the_known_types(text: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        EventType.parse(text)
    assert repr(text) in raised.value.message
    for kind in EventType:
        assert kind.value in raised.value.hint


@pytest.mark.parametrize(
    ("text", "regime", "custodial"),
    [
        ("general", Regime.GENERAL, True),
        ("Strict", Regime.STRICT, True),
        ("enhanced", Regime.ENHANCED, True),
        ("special", Regime.SPECIAL, True),
        ("prison", Regime.PRISON, True),
        ("medium security", Regime.MEDIUM_SECURITY, True),
        ("colony-settlement", Regime.COLONY_SETTLEMENT, True),
        ("open institution", Regime.OPEN_INSTITUTION, True),
        ("restricted freedom", Regime.RESTRICTED_FREEDOM, False),
        ("suspended", Regime.SUSPENDED, False),
        ("FINE", Regime.FINE, False),
    ],
)
def test_regime_parse_and_custodial(text: str, regime: Regime, custodial: bool) -> None:
    assert Regime.parse(text) is regime
    assert regime.custodial is custodial
    assert EventDetail(regime=regime).custodial is custodial


def test_regime_parse_refuses() -> None:
    with pytest.raises(InvalidInput) as raised:
        Regime.parse("house arrest")
    assert "restricted_freedom" in raised.value.hint


def test_a_sentence_without_regime_is_custodial() -> None:
    assert EventDetail().custodial


def test_empty_detail_is_empty_json() -> None:
    assert EventDetail().to_json() == {}
    assert EventDetail.from_json({}) == EventDetail()
    assert EventDetail.from_json(None) == EventDetail()


def test_detail_json_shape() -> None:
    detail = EventDetail(
        articles=("342", "130.3"),
        term_months=36,
        regime=Regime.GENERAL,
        recognition=Recognition(RecognitionStatus.RECOGNIZED, "Viasna", "2013 guidelines"),
        note="sentenced in a closed hearing",
    )
    assert detail.to_json() == {
        "articles": ["342", "130.3"],
        "term_months": 36,
        "regime": "general",
        "recognition": {"status": "recognized", "by": "Viasna", "criterion": "2013 guidelines"},
        "note": "sentenced in a closed hearing",
    }


def test_an_empty_note_is_no_note() -> None:
    assert EventDetail(note="").to_json() == {}
    assert EventDetail.from_json(EventDetail(note="").to_json()).note is None


def test_a_zero_term_is_kept() -> None:
    assert EventDetail(term_months=0).to_json() == {"term_months": 0}
    assert EventDetail.from_json({"term_months": 0}).term_months == 0


texts = st.text(min_size=1, max_size=40)
detail_strategy = st.builds(
    EventDetail,
    articles=st.lists(st.sampled_from(["342", "130.3", "361-1.1", "293.1"]), max_size=3).map(tuple),
    term_months=st.none() | st.integers(0, 600),
    regime=st.none() | st.sampled_from(Regime),
    recognition=st.none()
    | st.builds(
        Recognition, st.sampled_from(RecognitionStatus), st.none() | texts, st.none() | texts
    ),
    note=st.none() | texts,
)


@settings(max_examples=200, deadline=None)
@given(detail_strategy)
def test_detail_json_round_trip(detail: EventDetail) -> None:
    stored = json.loads(json.dumps(detail.to_json()))  # what a JSON column gives back
    assert EventDetail.from_json(stored) == detail
    assert EventDetail.from_json(stored).custodial is detail.custodial


def test_event_is_immutable_and_has_empty_defaults() -> None:
    event = Event(1, EventType.DETAINED, PartialDate.parse("2020-08-09"), dt.datetime(2020, 8, 10))
    assert event.detail == EventDetail()
    assert (event.claim_ids, event.supersedes, event.id) == ((), None, None)
    with pytest.raises(AttributeError):
        event.type = EventType.RELEASED  # type: ignore[misc]


@pytest.mark.parametrize("section", ["505A", "505(a)", "CTL 50(j)", "UAA 17(1)", "TL 66(d)"])
def test_sections_of_laws_numbered_otherwise_are_kept(section: str) -> None:
    assert normalize_article(section) == section
