"""Which named persons a group reference stands for (``en.anaphora.resolve``): the count
must agree, the nearest persons named decide, "all" may mean every detainee so far."""

from __future__ import annotations

import datetime as dt

from vigil.extract.en.anaphora import GroupReference, Named, resolve
from vigil.extract.en.v2 import EnglishV2


def ref(count: int | None = None, *, every: bool = False) -> GroupReference:
    return GroupReference("they", 0, count, every)


def test_a_pronoun_refers_to_the_persons_of_the_nearest_sentence_naming_any() -> None:
    layers = [Named([], [], 0), Named([], [], 0), Named([3, 4], [], 0)]
    assert resolve(ref(), layers, [1, 3, 4]) == [3, 4]


def test_one_person_is_no_group() -> None:
    assert resolve(ref(), [Named([], [], 0), Named([3], [], 0)], [3]) == []


def test_a_count_widens_to_the_sentences_before_until_it_is_reached() -> None:
    layers = [Named([], [], 0), Named([4], [], 0), Named([3], [], 0)]
    assert resolve(ref(2), layers, [3, 4]) == [4, 3]


def test_a_count_that_does_not_agree_refers_to_none() -> None:
    layers = [Named([], [], 0), Named([3, 4], [], 0)]
    assert resolve(ref(3), layers, [3, 4]) == []
    assert resolve(ref(4, every=True), layers, [1, 3, 4]) == []


def test_all_three_may_mean_every_detainee_named_so_far() -> None:
    layers = [Named([], [], 0), Named([4], [], 0), Named([3, 5, 6], [], 0)]
    assert resolve(ref(3, every=True), layers, [1, 3, 4]) == [1, 3, 4]


def test_persons_with_no_event_count_only_where_none_has_one() -> None:
    assert resolve(ref(), [Named([3], [5, 6], 0)], [3]) == []  # the mother beside the held
    assert resolve(ref(2), [Named([], [5, 6], 0)], []) == [5, 6]


def test_officials_or_speakers_named_nearest_stop_the_reference() -> None:
    layers = [Named([], [], 0), Named([], [], 2), Named([3, 4], [], 0)]
    assert resolve(ref(), layers, [3, 4]) == []


def test_an_unnamed_group_stated_nearer_takes_the_reference() -> None:
    layers = [Named([], [], 0), Named([], [], 0, group=True), Named([3, 4], [], 0)]
    assert resolve(ref(), layers, [3, 4]) == []
    assert resolve(ref(2), layers, [3, 4]) == []


def test_one_speaker_is_passed_over_several_stop_the_reference() -> None:
    lawyer = [Named([], [], 0), Named([], [], 0, speakers=1), Named([3, 4], [], 0)]
    assert resolve(ref(), lawyer, [3, 4]) == [3, 4]
    lawyers = [Named([], [], 0), Named([], [], 0, speakers=2), Named([3, 4], [], 0)]
    assert resolve(ref(), lawyers, [3, 4]) == []


def test_the_event_quotes_the_group_sentence_and_names_whom_it_went_to() -> None:
    text = (
        "Anna Lis and Pavel Orel were each given three years on Tuesday. "
        "Both had been detained in November 2023."
    )
    found = EnglishV2()(text, published=dt.date(2024, 3, 8))
    detained = {p.name: e for p in found.persons for e in p.events if e.type.value == "detained"}
    assert sorted(detained) == ["Anna Lis", "Pavel Orel"]
    for event in detained.values():
        assert text[event.span.start : event.span.end] == "Both had been detained in November 2023."
        assert 'stated of the group "Both": Anna Lis and Pavel Orel' in event.reason
        assert str(event.date) == "2023-11"
