"""Merges and splits: one history per person, nothing lost, everything undoable."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine

from tests.store.helpers import claim, event
from vigil.errors import Conflict, InvalidInput
from vigil.model import EventDetail, EventType, Gender, NameVariant, Person, Recognition
from vigil.stats import counts
from vigil.store import persons
from vigil.store.db import transaction
from vigil.store.events import add_event, load_events
from vigil.store.identity import history, merge, split, undo

RECOGNIZED = EventDetail(recognition=Recognition(by="Viasna"))
DAY = dt.date(2022, 6, 1)


def _person(conn, *names: str, gender: Gender = Gender.MALE) -> int:  # type: ignore[no-untyped-def]
    return persons.add_person(
        conn, Person(names=tuple(NameVariant.of(n) for n in names), gender=gender), by="t"
    )


def test_merge_joins_histories_and_undo_restores_them(engine: Engine) -> None:
    with transaction(engine) as conn:
        cid = claim(conn)
        a = _person(conn, "Syarhey Tsikhanouski")
        b = _person(conn, "Сергей Тихановский")
        add_event(conn, event(a, EventType.DETAINED, "2020-05-29", cid))
        add_event(conn, event(b, EventType.RECOGNIZED_POLITICAL_PRISONER, "2020-06-10", cid,
                              detail=RECOGNIZED))  # fmt: skip
        assert counts.count_at(conn, DAY) == 0  # detained and recognized, but as two records
        link = merge(conn, a, b, by="editor", why="same passport data in the court record")
    with transaction(engine) as conn:
        assert counts.count_at(conn, DAY) == 1
        merged = persons.get_person(conn, a)
        assert [n.text for n in merged.names] == ["Syarhey Tsikhanouski", "Сергей Тихановский"]
        assert persons.get_person(conn, b).merged_into == a
        assert [p.id for p in persons.list_persons(conn)] == [a]
        assert persons.count_persons(conn) == 1
        assert [p.id for p in persons.search(conn, "Тихановский")] == [a]
        assert {e.person_id for e in load_events(conn, [a])[a]} == {a}
        assert load_events(conn, [b])[b] == []
        with pytest.raises(Conflict, match="merged already"):
            merge(conn, b, a, by="editor", why="again")
    with transaction(engine) as conn:
        undo(conn, link, by="editor", why="the court record was about a namesake")
    with transaction(engine) as conn:
        assert counts.count_at(conn, DAY) == 0
        assert persons.get_person(conn, b).merged_into is None
        assert len(persons.list_persons(conn)) == 2
        kinds = [(x.kind.value, x.by, x.why) for x in history(conn, a)]
        assert kinds == [
            ("merge", "editor", "same passport data in the court record"),
            ("undo", "editor", "the court record was about a namesake"),
        ]
        with pytest.raises(Conflict, match="undone already"):
            undo(conn, link, by="editor", why="twice")


def test_husband_and_wife_are_never_merged(engine: Engine) -> None:
    with transaction(engine) as conn:
        a = _person(conn, "Syarhey Tsikhanouski")
        b = _person(conn, "Sviatlana Tsikhanouskaya", gender=Gender.FEMALE)
        c = _person(conn, "Tsikhanouskaya", gender=Gender.UNKNOWN)
    with (
        pytest.raises(Conflict, match="is male and person 2 is female"),
        transaction(engine) as conn,
    ):
        merge(conn, a, b, by="editor", why="same surname")
    with pytest.raises(Conflict, match="two forms of one family name"), transaction(engine) as conn:
        merge(conn, a, c, by="editor", why="same surname")
    with (
        pytest.raises(InvalidInput, match="cannot be merged with itself"),
        transaction(engine) as conn,
    ):
        merge(conn, a, a, by="editor", why="x")
    with transaction(engine) as conn:
        d = _person(conn, "Siarhei Tsikhanouski")
    with pytest.raises(InvalidInput, match="say why"), transaction(engine) as conn:
        merge(conn, a, d, by="editor", why=" ")


def test_split_moves_events_to_a_new_person(engine: Engine) -> None:
    with transaction(engine) as conn:
        cid = claim(conn)
        a = _person(conn, "Ihar Losik")
        e1 = add_event(conn, event(a, EventType.DETAINED, "2020-06-25", cid))
        e2 = add_event(conn, event(a, EventType.RECOGNIZED_POLITICAL_PRISONER, "2020-07-01",
                                   cid, detail=RECOGNIZED))  # fmt: skip
        link, b = split(conn, a, [e1], "Ihar Losik (Brest)", by="editor", why="two namesakes")
    with transaction(engine) as conn:
        assert [e.id for e in load_events(conn, [a])[a]] == [e2]
        assert [e.id for e in load_events(conn, [b])[b]] == [e1]
        assert counts.count_at(conn, DAY) == 0  # neither record is both held and recognized
        with pytest.raises(InvalidInput, match="not an event of person"):
            split(conn, a, [e1], "X", by="editor", why="again")
        undo(conn, link, by="editor", why="one person after all")
        assert counts.count_at(conn, DAY) == 1
        assert sorted(e.id or 0 for e in load_events(conn, [a])[a]) == [e1, e2]


def test_linking_reads_case_forms_name_forms_and_lone_surnames(engine: Engine) -> None:
    from vigil.ingest.linking import link_person
    from vigil.names import Basis, NameForm

    with transaction(engine) as conn:
        ales = _person(conn, "Ales Bialiatski")
        _person(conn, "Mikalai Statkevich")
        maryia = _person(conn, "Maryia Kalesnikava", gender=Gender.FEMALE)
        _person(conn, "Aliaksandr Kalesnikau")
        unknown = persons.add_person(
            conn, Person(names=(NameVariant.of("Ihar Losik"),), gender=Gender.UNKNOWN), by="t"
        )
        # a genitive in Belarusian Cyrillic links, and a gendered query finds a person of
        # unknown gender (the registry's "male" is the matcher's "m")
        assert link_person(conn, "Алеся Бяляцкага").person_id == ales
        assert link_person(conn, "Ігара Лосіка", "male").person_id == unknown
        # the extractor's dictionary form: Калеснікава is hers, not the genitive of his name
        her = link_person(conn, NameForm("Калеснікава", gender="female"))
        assert [c.person_id for c in her.candidates if c.same] == [maryia]
        assert her.person_id is None  # a lone surname is never a certain link
        lone = persons.candidates(conn, "Statkevič")
        assert lone[0][2].basis is Basis.SURNAME_ONLY
