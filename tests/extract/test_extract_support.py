"""Numbers, dates, language guess, the model manifest and the registry, without spaCy work."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path

import pytest

from vigil.extract import extract
from vigil.extract.dates import find_dates, narrative_anchor
from vigil.extract.language import detect_language
from vigil.extract.numbers import parse_number
from vigil.extract.pipeline import ModelMismatch, model_dir, verify_model


@pytest.mark.parametrize(
    ("text", "value"),
    [("30", 30), ("1,400", 1400), ("six", 6), ("twenty-one", 21), ("a dozen", 12),
     ("two-and-a-half", Fraction(5, 2)), ("7½", Fraction(15, 2)),
     ("one thousand four hundred", 1400), ("20 thousand", 20000), ("many", None)],
)  # fmt: skip
def test_numbers(text: str, value: Fraction | int | None) -> None:
    assert parse_number(text) == value


PUBLISHED = dt.date(2024, 8, 16)  # a Friday


@pytest.mark.parametrize(
    ("text", "date"),
    [("on August 16", "2024-08-16"), ("in March 2021", "2021-03"), ("on Friday", "2024-08-16"),
     ("on Thursday", "2024-08-15"), ("last month", "2024-07"), ("two months ago", "2024-06"),
     ("yesterday", "2024-08-15"), ("for 527 days", "2023-03-08"), ("in 2020", "2020"),
     ("on December 10, 2021", "2021-12-10"), ("in November", "2023-11"),
     ("earlier this week", "2024-08"), ("last week", "2024-08"), ("on August 30", "2023-08-30"),
     ("last September", "2023-09"), ("last August", "2023-08"), ("in June last year", "2023-06"),
     ("last Friday", "2024-08-09"), ("on Friday, August 2", "2024-08-02"),
     ("on 03.03.2023", "2023-03-03"), ("on 2022-03-03", "2022-03-03"),
     ("In December", "2023-12"), ("In 2022", "2022"), ("in the summer of 2021", "2021"),
     ("at the end of 2020", "2020"), ("for over two years", "2022-08")],
)  # fmt: skip
def test_dates_resolve_against_publication(text: str, date: str | None) -> None:
    found = find_dates(text, PUBLISHED)
    assert len(found) == 1
    assert (str(found[0].date) if found[0].date else None) == date


def test_a_narrative_keeps_its_year() -> None:
    """A month without a year after a date with one, in the same sentence or the one
    before, is in that year when it does not come before it; a "since" sets none."""
    found = find_dates("arrested in June 2022 and sentenced in December", PUBLISHED)
    assert [str(d.date) for d in found] == ["2022-06", "2022-12"]
    found = find_dates("arrested in June 2022 and sentenced in February", PUBLISHED)
    assert str(found[1].date) == "2024-02"  # which February is not said: the latest
    found = find_dates("in prison since April 2021 and moved in December", PUBLISHED)
    assert str(found[1].date) == "2023-12"
    before = find_dates("He was detained in April 2021.", None)
    assert narrative_anchor(before, "He was detained in April 2021.") == before[0]
    assert (
        str(find_dates("In December, he was sentenced.", None, 0, before[0])[0].date) == "2021-12"
    )


def test_dates_need_a_year() -> None:
    assert find_dates("on August 16", None)[0].date is None
    assert find_dates("more than 1,400 people, aged 41", PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [("Political prisoners remain behind bars.", "en"),
     ("Палітвязні застаюцца за кратамі ў Беларусі.", "be"),
     ("Политзаключённые остаются за решёткой.", "ru"), ("12345", None)],
)  # fmt: skip
def test_language_guess(text: str, language: str | None) -> None:
    assert detect_language(text) == language


def test_other_languages_say_so() -> None:
    ex = extract("Політв'язні залишаються за ґратами в Білорусі.", language=None)
    assert ex.empty
    assert ex.extractor == "vigil.extract.none"
    assert "Ukrainian" in ex.notes[0]
    assert "only English, Russian and Belarusian" in ex.notes[0]


def test_belarusian_and_russian_have_their_extractors() -> None:
    be = extract("Палітвязні застаюцца за кратамі ў Беларусі.", language=None)
    assert (be.language, be.extractor) == ("be", "vigil.extract.be.v2")
    ru = extract("Политзаключённые остаются за решёткой в Беларуси.", language=None)
    assert (ru.language, ru.extractor) == ("ru", "vigil.extract.ru.v2")


def test_installed_model_matches_manifest() -> None:
    path = model_dir()
    if path is None:
        pytest.skip("the English model is not installed")
    verify_model(path)


def test_changed_model_file_is_refused(tmp_path: Path) -> None:
    path = model_dir()
    if path is None:
        pytest.skip("the English model is not installed")
    copy = tmp_path / "model"
    for file in path.rglob("*"):
        if file.is_file():
            target = copy / file.relative_to(path)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(file.read_bytes())
    (copy / "ner" / "model").write_bytes(b"tampered")
    with pytest.raises(ModelMismatch, match="ner/model"):
        verify_model(copy)


def test_import_does_not_load_spacy() -> None:
    import subprocess
    import sys

    code = "import sys, vigil.extract, vigil.cli.app; print('spacy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_rules_only_without_the_model_warns_and_still_finds() -> None:
    from vigil.extract.en_v1 import EnglishV1

    ex = EnglishV1(use_model=False)(
        "Opposition activist Ihar Losik was detained on June 25, 2020. More than 1,400 people "
        "are behind bars.",
        published=None,
    )
    assert ex.notes == ()  # asked for rules only: nothing to warn about
    assert [p.name for p in ex.persons] == ["Ihar Losik"]
    assert (1400, "political_prisoners_held") in [(f.value, f.category) for f in ex.figures]


def test_name_shaped_takes_a_burmese_honorific() -> None:
    from vigil.extract.persons import name_shaped

    # "U" and "Daw" open a Burmese name; a lone capital still needs three words (Tamil)
    assert name_shaped("U Tarlin", 0) == ("U Tarlin", 0, 8)
    assert name_shaped("Daw Khin Mar", 4) == ("Daw Khin Mar", 4, 16)
    assert name_shaped("G Tarlin", 0) is None
