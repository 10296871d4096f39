"""The briefing: one printable page, on the site and as a PDF (looked at as a picture:
rendered to PNG with pypdfium2, its size, its text), in Belarusian, Russian and English,
read through the publication boundary."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import Cli
from tests.publish.readback import pdf_pages
from tests.web.conftest import seed

from conftest import RESTRICTED, WITHHELD, Site

A4 = (595, 842)  # points
AT = "2024-01-20"  # both seeded prisoners held and recognized; the figure of 2024-01-15


def _picture(data: bytes) -> tuple[int, tuple[float, float], tuple[int, int], int]:
    """Pages, the first page's size in points, its picture's size at 100 dpi and how many
    of its pixels are not white."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        page = document[0]
        image = page.render(scale=100 / 72).to_pil().convert("L")
        inked = sum(image.histogram()[:200])
        return len(document), page.get_size(), image.size, inked
    finally:
        document.close()


def test_the_briefing_page_in_three_languages(site: Site) -> None:
    en = site.client.get("/briefing", params={"at": AT})
    assert en.status_code == 200
    assert "Briefing" in en.text
    assert "political prisoners held" in en.text
    assert "<strong>2</strong>" in en.text
    assert "Viasna" in en.text  # whose recognition it counts
    assert "Volha Krumenka" in en.text  # the longest held
    assert "Example NGO" in en.text  # the figure beside the registry's count
    be = site.client.get("/briefing", params={"at": AT, "lang": "be"})
    for label in ("Зводка", "Новыя затрыманні", "Найдаўжэй за кратамі", "20 студзеня 2024"):
        assert label in be.text, label
    ru = site.client.get("/briefing", params={"at": AT, "lang": "ru"})
    assert "Дольше всех за решёткой" in ru.text
    for body in (en.text, be.text, ru.text):
        assert not [s for s in (*WITHHELD, *RESTRICTED) if s.casefold() in body.casefold()]
    bad = site.client.get("/briefing", params={"at": "2024-13-01"})
    assert bad.status_code == 422


def test_the_pdf_is_one_a4_page_in_belarusian(site: Site) -> None:
    response = site.client.get("/briefing.pdf", params={"at": AT, "lang": "be"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf"
    pages, size, picture, inked = _picture(response.content)
    assert pages == 1
    assert tuple(round(v) for v in size) == A4
    assert picture == (827, 1170)  # A4 at 100 dpi
    assert inked > 5000  # a page with text and a chart, not a blank one
    (text,) = pdf_pages(response.content)
    for words in ("Зводка", "палітвязняў за кратамі", "Новыя затрыманні", "Вызваленні",
                  "Памілаванні", "Смерці пад вартай", "Найдаўжэй без сувязі"):  # fmt: skip
        assert words in text, words
    assert "2 палітвязняў за кратамі" in text.replace("\n", " ")
    assert "Volha Krumenka" in text
    assert not [s for s in (*WITHHELD, *RESTRICTED) if s.casefold() in text.casefold()]


@pytest.fixture
def seeded_cli(cli: Cli, db_url: str) -> Cli:
    seed(db_url)
    return cli


def test_vigil_briefing_prints_and_writes_a_pdf(seeded_cli: Cli, tmp_path: Path) -> None:
    text = seeded_cli("briefing", "--at", AT, "--lang", "ru").out
    assert "Сводка · 20 января 2024" in text
    assert "2 политзаключённых за решёткой" in text
    assert "Volha Krumenka" in text
    done = seeded_cli("briefing", "--at", AT, "--lang", "be", "--pdf", "b.pdf")
    assert "b.pdf" in done.out
    data = (tmp_path / "b.pdf").read_bytes()
    assert _picture(data)[0] == 1
    (page,) = pdf_pages(data)
    assert "Зводка" in page
    assert "http://127.0.0.1:8000/briefing" in page  # links are absolute (VIGIL_PUBLIC_URL)
    wrong = seeded_cli("briefing", "--lang", "de", ok=False)
    assert wrong.code == 2


def test_the_longest_out_of_sight_are_listed(site: Site, db_url: str) -> None:
    import datetime as dt

    from tests.conftest import TEST_KEYS

    from vigil.model import MANUAL_EXTRACTOR, ClaimKind, Event, EventType, PartialDate
    from vigil.store.claims import cite
    from vigil.store.db import make_engine, transaction
    from vigil.store.events import add_event

    s = site.seeded
    assert s is not None
    engine = make_engine(db_url, keys=TEST_KEYS)
    with transaction(engine) as conn:
        claim = cite(conn, s.source, "Volha Krumenka, a teacher, was detained on May 28",
                     kind=ClaimKind.EVENT, extractor=MANUAL_EXTRACTOR, by="tester")  # fmt: skip
        add_event(conn, Event(s.named, EventType.INCOMMUNICADO, PartialDate.parse("2023-12-01"),
                              dt.datetime(2024, 6, 1, tzinfo=dt.UTC), claim_ids=(claim,),
                              recorded_by="tester"))  # fmt: skip
    engine.dispose()
    page = site.client.get("/briefing", params={"at": AT}).text
    out_of_sight = page.split("Longest out of sight", 1)[1].split("</section>", 1)[0]
    assert "Volha Krumenka" in out_of_sight
    assert "since 2023-12-01: 50 days" in out_of_sight
