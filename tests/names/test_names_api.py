"""The public API of vigil.names: shapes, ranges, versions, reasons, gender arguments."""

from __future__ import annotations

import dataclasses

import pytest

from vigil import names
from vigil.names import VERSION, NameIndex, NameMatch, keys, match, romanize


def test_exports_are_declared() -> None:
    for name in names.__all__:
        assert hasattr(names, name), name
    assert {"match", "NameIndex", "NameMatch", "Candidate", "keys", "VERSION"} <= set(names.__all__)


def test_match_result_is_frozen_and_versioned() -> None:
    result = match("Syarhey Tsikhanouski", "Сергей Тихановский")
    assert isinstance(result, NameMatch)
    assert result.version == VERSION == "vigil.names.v3"
    assert result.same
    assert 0.8 <= result.score <= 1.0
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.score = 0.0  # type: ignore[misc]


def test_reason_names_both_sides() -> None:
    reason = match("Syarhey Tsikhanouski", "Сергей Тихановский").reason
    assert "Syarhey ~ Сергей" in reason
    assert "Tsikhanouski ~ Тихановский" in reason


def test_family_link_without_merge() -> None:
    result = match("Sviatlana Tsikhanouskaya", "Siarhei Tsikhanouski")
    assert not result.same
    assert result.same_family
    assert "relatives, not one person" in result.reason
    assert result.score <= 0.5


def test_scores_stay_in_range() -> None:
    for a, b in [("A", "B"), ("", "Ivan"), ("S.", "S."), ("Ivan Ivanov", "Ivan Ivanov")]:
        assert 0.0 <= match(a, b).score <= 1.0


def test_gender_arguments_block_a_merge() -> None:
    assert match("S. Kovalenko", "S. Kovalenko").same
    assert not match("S. Kovalenko", "S. Kovalenko", gender_a="m", gender_b="f").same
    assert not match("Sasha Kovalenko", "Sviatlana Kovalenko", gender_a="m").same


def test_keys_are_shared_across_scripts_and_genders() -> None:
    shared = set(keys("Ціханоўская")) & set(keys("Sergei Tikhanovsky"))
    assert "p:tihana" in shared
    assert set(keys("Tsyhanovich")) != set(keys("Tsikhanouski"))


def test_romanize_systems() -> None:
    assert romanize("Святлана Ціханоўская", "bgn-be") == "Svyatlana Tsikhanowskaya"
    assert romanize("Святлана Ціханоўская", "lacinka") == "Sviatłana Cichanoŭskaja"
    assert romanize("Юлия Навальная", "icao") == "Iuliia Navalnaia"
    with pytest.raises(ValueError, match="use one of"):
        romanize("Юлия", "klingon")


def test_index_finds_across_scripts_and_keeps_relatives_apart() -> None:
    index = NameIndex()
    index.add("p1", "Sviatlana Tsikhanouskaya", "f")
    index.add("p2", "Siarhei Tsikhanouski", "m")
    index.add("p3", "Maria Kalesnikava", "f")
    index.add("p4", "Uladzimir Tsyhanovich", "m")
    hits = index.search("Светланы Тихановской")
    assert hits[0].id == "p1"
    assert hits[0].same
    assert all(not h.same for h in hits[1:])
    assert [h.id for h in index.search("Сергей Тихановский", limit=1)] == ["p2"]
    lone = index.search("Tsikhanouski")
    assert {h.id for h in lone} >= {"p1", "p2"}
    # a lone surname is a weaker match for the man, never for his wife, never certain
    assert [h.id for h in lone if h.same] == ["p2"]
    assert all(h.score < 0.95 for h in lone)
    assert index.search("Wolfgang Amadeus Mozart") == []
    assert len(index) == 4


def test_index_blocks_instead_of_scanning() -> None:
    index = NameIndex()
    for i in range(300):
        index.add(f"x{i}", f"Ivan Zzyzx{i:03d}ov")
    index.add("p", "Ales Bialiatski")
    assert len(index.candidates("Алесь Бяляцкі")) == 1


def test_reasons_are_data() -> None:
    from vigil.names import Reason, Why

    result = match("Siarhei Tsikhanouski", "Sviatlana Tsikhanouskaya")
    assert all(isinstance(r, Reason) for r in result.reasons)
    relatives = [r for r in result.reasons if r.why is Why.RELATIVES]
    assert relatives
    assert relatives[0].parts == ("Tsikhanouski", "Tsikhanouskaya")
    assert relatives[0].conflict
    assert result.relatives
    case = match("Сергея Тихановского", "Sergei Tikhanovsky").reasons
    assert Reason(Why.CASE_FORM, ("Тихановского",), None, "тихановский") in case


def test_surname_only_is_a_weaker_match() -> None:
    from vigil.names import Basis, Why

    result = match("Statkevič", "Mikalai Statkevich")
    assert result.same
    assert result.basis is Basis.SURNAME_ONLY
    assert result.score == 0.8  # at the bar: never certain enough to link on its own
    assert result.reasons[0].why is Why.SURNAME_ONLY
    assert match("Mikola Statkevich", "Mikalai Statkevich").basis is Basis.FULL


def test_name_form_in_dictionary_form() -> None:
    from vigil.names import Case, NameForm

    # The extractor read "Алеся Пушкіна" after "мастака": the genitive of a man's name.
    form = NameForm("Алесь Пушкін", gender="m", case=Case.NOM, written="Алеся Пушкіна")
    assert match(form, "Ales Pushkin").same
    # A dictionary form is not read as a case form again: Калеснікава is hers, not his.
    her = NameForm("Калеснікава", gender="f")
    assert not match(her, "Aliaksandr Kalesnikau").same
    assert match(her, "Maryia Kalesnikava").same
    # A known gender keeps the other gender's readings out.
    assert not match(NameForm("Яна Коваленко", gender="m", case=None), "Yana Kovalenko").same
    assert match(NameForm("Яна Коваленко", gender="m", case=None), "Yan Kovalenko").same
    # The old call with plain strings still works.
    assert match("Алеся Беляцкого", "Ales Bialiatski").same
    with pytest.raises(ValueError, match="gender"):
        NameForm("Ales", gender="man")


def test_registry_gender_words_are_understood() -> None:
    # the registry and the extractors say "male"/"female"; v1 read "male" != "m" as a conflict
    assert match("Siarhei Tsikhanouski", "Сяргей Ціханоўскі", gender_a="male").same
    assert not match("Siarhei Tsikhanouski", "Сяргей Ціханоўскі", gender_a="female").same
    assert match("Sviatlana Tsikhanouskaya", "Святлана Ціханоўская", gender_b="unknown").same
