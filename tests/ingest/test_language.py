"""Language per source: the script check first, then lingua among en/ru/be/uk."""

from __future__ import annotations

import pytest

from vigil.extract import extract
from vigil.extract.language import _detector, detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Political prisoners remain behind bars.", "en"),
        ("Volha was detained in Minsk on Monday, her lawyer said.", "en"),
        ("Политзаключённые остаются за решёткой.", "ru"),
        ("В Минске задержали активиста, суд назначил ему 15 суток ареста.", "ru"),
        ("Палітвязні застаюцца за кратамі ў Беларусі.", "be"),
        ("Міліцыя затрымала актывіста", "be"),  # і alone, short: Belarusian
        ("Наш тэлеграм-канал", "be"),  # no telling letter: lingua hears Belarusian
        ("Затримано активіста у Києві.", "uk"),  # ї, є
        ("Ґрунтовне розслідування триває", "uk"),
        # an English report full of names in Łacinka stays English
        (
            "Spring96.org reports that Aleś Bialacki was sent to Colony No. 9 in Horki; "
            "Źmicier Sałaŭjoŭ and Uładzimir Łabkovič were sentenced in absentia.",
            "en",
        ),
        (
            "Siarhieja Kavalčuka zatrymali 16 červienia 2023 hoda ŭ Puchavičach. Paśla čaho jaho "
            "advieźli ŭ minskaje SIZA.",
            "be",
        ),
        # a short post in Łacinka with one "ŭ": no other language writes it
        ("Aktyvistku Kaciarynu Łapuć zatrymali ŭ Hrodnie.", "be"),
        ("12345 — 67:89", None),
        ("", None),
        ("😀 🙏", None),
    ],
)
def test_detect(text: str, language: str | None) -> None:
    assert detect_language(text) == language


def test_one_belarusian_name_does_not_make_a_russian_article_belarusian() -> None:
    article = (
        "Правозащитники сообщают, что в Гродно была задержана активистка. "
        "Её доставили в районный отдел милиции, а затем в изолятор временного содержания. "
    ) * 6 + "Об этом сообщил Праваабарончы цэнтр «Вясна»."
    assert detect_language(article) == "ru"


def test_the_detector_is_built_once() -> None:
    assert _detector() is _detector()


def test_a_language_vigil_does_not_extract_is_flagged() -> None:
    text = "Затримано активіста у Києві, його доставили до відділку поліції."
    found = extract(text, language=detect_language(text))
    assert found.empty
    assert any("Ukrainian" in note for note in found.notes)
