"""The shared skeleton of the extractors (``vigil.extract.core``): the order of the
steps, which group statement a list of members belongs to, word lists read as data."""

from __future__ import annotations

from pathlib import Path

import pytest

from vigil.extract.core.members import REACH, GroupStatement, referred
from vigil.extract.core.skeleton import Skeleton
from vigil.extract.core.words import read_word_lists
from vigil.extract.en.words import words
from vigil.extract.types import Extraction
from vigil.model import EventType


def _statement(sentence: int, text: str, count: int | None = None) -> GroupStatement:
    return GroupStatement(sentence, frozenset(text.split()), count)


def test_members_take_the_statement_their_words_name_and_its_later_ones() -> None:
    detained = _statement(0, "police detained five journalists", 5)
    released = _statement(1, "the journalists were later released")
    other = _statement(2, "police detained eight journalists in august", 8)
    chosen = referred([detained, released, other], 3, frozenset({"five"}), pronoun=False)
    assert chosen == [detained, released]  # "eight journalists" is another group


def test_a_pronoun_reaches_the_nearest_statement_only_so_far_back() -> None:
    first = _statement(0, "six reporters were detained", 6)
    assert referred([first], 1, frozenset(), pronoun=True) == [first]
    assert referred([first], REACH + 1, frozenset(), pronoun=True) == []
    assert referred([first], 0, frozenset(), pronoun=True) == []  # only statements before


def test_a_reference_sharing_no_word_falls_back_to_the_nearest() -> None:
    recognized = _statement(0, "recognizing 19 more people as political prisoners", 19)
    assert referred([recognized], 2, frozenset({"names"}), pronoun=False) == [recognized]


def test_word_lists_are_checked_when_read(tmp_path: Path) -> None:
    good = tmp_path / "w.toml"
    good.write_text('a = ["X", "y"]\n[t]\nk = ["Z"]\n', encoding="utf-8")
    lists, tables = read_word_lists(good, ("a",), ("t",))
    assert lists == {"a": frozenset({"x", "y"})}
    assert tables == {"t": {"k": frozenset({"z"})}}
    with pytest.raises(ValueError, match=r"lists missing \['b'\], unknown \['a'\]"):
        read_word_lists(good, ("b",), ("t",))
    bad = tmp_path / "bad.toml"
    bad.write_text('a = "not a list"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="a must be a list of strings"):
        read_word_lists(bad, ("a",))


def test_the_english_word_lists_load_with_their_trigger_table() -> None:
    w = words()
    assert "among" in w.list_markers
    assert "judge" in w.acting_roles
    assert "sentences" in w.triggers[EventType.SENTENCED]


def test_the_skeleton_keeps_the_order_of_the_steps() -> None:
    class Recording(Skeleton):
        def __init__(self) -> None:
            self.steps: list[str] = []

        def find_events(self) -> None:
            self.steps.append("events")

        def attach_members(self) -> None:
            self.steps.append("members")

        def carry_dates(self) -> None:
            self.steps.append("dates")

        def build(self) -> Extraction:
            self.steps.append("build")
            return Extraction(extractor="test", language="en")

    run = Recording()
    assert run.extraction().extractor == "test"
    assert run.steps == ["events", "members", "dates", "build"]


def test_v2_without_the_model_runs_v1s_rules() -> None:
    from vigil.extract.en.v2 import EnglishV2

    ex = EnglishV2(use_model=False)("Activist Mya Aye was detained on Monday.")
    assert ex.extractor == "vigil.extract.en.v2"
    assert [(p.name, [e.type.value for e in p.events]) for p in ex.persons] == [
        ("Mya Aye", ["detained"])
    ]


def test_a_shared_word_reaches_back_only_so_far_but_a_count_any_distance() -> None:
    detained = _statement(0, "police detained five journalists", 5)
    far = REACH + 2
    # "journalists currently held: X, Y": an article about journalists shares the word
    # with every statement; a statement out of reach is no reference
    assert referred([detained], far, frozenset({"journalists", "held"}), pronoun=False) == []
    # "charges against the five: X, Y": the count names the group however far back
    assert referred([detained], far, frozenset({"five"}), pronoun=False, count=5) == [detained]


def test_a_group_s_later_statements_go_along_only_while_the_story_stays_on_it() -> None:
    detained = _statement(0, "police detained five journalists", 5)
    released = _statement(1, "the journalists were later released")
    much_later = _statement(1 + REACH + 1, "others were released")
    chosen = referred([detained, released, much_later], 9, frozenset({"five"}), False, 5)
    assert chosen == [detained, released]
