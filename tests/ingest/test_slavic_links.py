"""Inflected Russian and Belarusian names link to registry persons through the extractor's
dictionary form (``FoundPerson.form``: nominative, gender and case known, as written)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine

from vigil.extract import Extraction, FoundEvent, FoundPerson, Role, Span, extract
from vigil.ingest.linking import link_person
from vigil.ingest.pipeline import ingest_source
from vigil.model import ClaimKind, EventType, Gender, NameVariant, Person, PersonPayload, Source
from vigil.names import Case, NameForm
from vigil.store.claims import pending_claims
from vigil.store.db import transaction
from vigil.store.persons import add_person

RU = ("Суд приговорил правозащитника Алеся Беляцкого к 10 годам колонии. Вчера в Минске "
      "задержали журналиста Игоря Лосика. Светлану Тихановскую осудили заочно.")  # fmt: skip
BE = "Суд асудзіў праваабаронцу Алеся Бяляцкага да 10 гадоў. Учора затрымалі Ігара Лосіка."


def _registry(engine: Engine) -> dict[str, int]:
    people = {
        "Ales Bialiatski": Gender.MALE,
        "Ihar Losik": Gender.MALE,
        "Сергей Тихановский": Gender.MALE,  # her husband: never her link
    }
    with transaction(engine) as conn:
        return {name: add_person(conn, Person(names=(NameVariant.of(name),), gender=g), by="t")
                for name, g in people.items()}  # fmt: skip


def _links(engine: Engine, text: str, language: str) -> dict[str, PersonPayload]:
    source = Source(text=text, title="Report", published=dt.date(2024, 8, 16), language=language)
    with transaction(engine) as conn:
        ingest_source(conn, source, extract, by="tester")
        claims = [c for c in pending_claims(conn) if c.kind is ClaimKind.PERSON]
    payloads = [c.payload for c in claims if isinstance(c.payload, PersonPayload)]
    return {p.name or "": p for p in payloads}


def test_the_extractor_hands_over_the_dictionary_form() -> None:
    ex = extract(RU, published=dt.date(2024, 8, 16), language="ru")
    forms = {p.name: p.form for p in ex.persons}
    form = forms["Алесь Беляцкий"]
    assert form is not None
    assert (form.text, form.case, form.gender, form.written) == (
        "Алесь Беляцкий", Case.NOM, "male", "Алеся Беляцкого")  # fmt: skip
    her = forms["Светлана Тихановская"]
    assert her is not None
    assert (her.gender, her.written) == ("female", "Светлану Тихановскую")


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("ru", RU, {"Алесь Беляцкий": "Ales Bialiatski", "Игорь Лосик": "Ihar Losik"}),
        ("be", BE, {"Алесь Бяляцкі": "Ales Bialiatski", "Ігар Лосік": "Ihar Losik"}),
    ],
)
def test_inflected_names_link_to_the_right_person(
    engine: Engine, language: str, text: str, names: dict[str, str]
) -> None:
    ids = _registry(engine)
    links = _links(engine, text, language)
    for name, registered in names.items():
        link = links[name].link
        assert link.person_id == ids[registered], (name, link)
    for her in [p.link for name, p in links.items() if name.startswith("Светлана")]:
        assert ids["Сергей Тихановский"] not in her.ids  # her husband


def test_a_guessed_nominative_still_finds_the_written_form(engine: Engine) -> None:
    """A name the extractor could not anchor (no known given name) is handed over as
    written, its case left to the matcher."""
    ids = _registry(engine)
    ex = extract("Суд приговорил Лосика к трем годам.", published=dt.date(2024, 8, 16),
                 language="ru")  # fmt: skip
    with transaction(engine) as conn:
        for p in ex.persons:
            assert p.form is not None
            assert p.form.case is None or p.form.text != p.form.written
            found = link_person(conn, p.form, p.gender)
            assert ids["Ihar Losik"] in found.ids


def test_ingestion_hands_the_matcher_the_form_not_the_string(engine: Engine) -> None:
    """ "Саша Петрова", nominative, gender not shown: read as a string, the matcher may
    take "Петрова" for the genitive of Петров and link Aleksandr Petrov; in its dictionary
    form it does not."""
    text = "Саша Петрова задержана."
    span = Span(0, len("Саша Петрова"))
    form = NameForm("Саша Петрова", gender=None, case=Case.NOM, written="Саша Петрова")

    def one_person(text: str, *, published: dt.date | None = None,
                   language: str | None = None) -> Extraction:  # fmt: skip
        event = FoundEvent(EventType.DETAINED, Span(0, len(text)), reason="test")
        person = FoundPerson("Саша Петрова", Role.DETAINEE, span, (span,), events=(event,),
                             reason="test", form=form)  # fmt: skip
        return Extraction(extractor="test.v1", language="ru", persons=(person,))

    with transaction(engine) as conn:
        petrov = add_person(conn, Person(names=(NameVariant.of("Aleksandr Petrov"),)), by="t")
        assert petrov in link_person(conn, "Саша Петрова").ids  # the string alone would
        report = ingest_source(conn, Source(text=text, title="R", language="ru"), one_person,
                               by="tester")  # fmt: skip
        claims = [c for c in pending_claims(conn) if c.kind is ClaimKind.PERSON]
    assert report.linked == 0
    payload = claims[0].payload
    assert isinstance(payload, PersonPayload)
    assert petrov not in payload.link.ids
