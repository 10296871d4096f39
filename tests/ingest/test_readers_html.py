"""HTML pages: main text and metadata of the golden page, charsets, and bad pages."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from vigil.errors import SourceFormatError
from vigil.ingest.readers.html import MAX_HTML_BYTES, read_html, read_html_file

DATA = Path(__file__).parent / "data"
ARTICLE = "Правозащитники сообщают, что активистку задержали в Гродно и доставили в РОВД. " * 4


def _page(head: str = "", body: str = f"<article><p>{ARTICLE}</p></article>") -> str:
    return f"<html><head>{head}<title>Т</title></head><body>{body}</body></html>"


def test_golden_russian_page() -> None:
    source = read_html_file(DATA / "page_ru.html")
    assert source.text.startswith("В Гродно задержана Ольга Крумень\nПравозащитники сообщают")
    assert "признало Ольгу Крумень политической заключённой" in source.text
    for boilerplate in ("Главная", "Читайте также", "Футбол", "Все права защищены"):
        assert boilerplate not in source.text
    assert source.title == "В Гродно задержана Ольга Крумень"
    assert source.publisher == "Пример Новостей"
    assert source.published == dt.date(2021, 5, 28)
    assert source.url == "https://news.example.org/2021/05/28/krumen"  # the canonical link
    assert source.origin == source.url
    assert source.language is None  # detected later, for every kind alike
    assert source.meta == {
        "kind": "html",
        "author": "Анна Иванова",
        "site": "example.org",
        "date_found": "2021-05-28",
    }


def test_meta_charset_is_honoured() -> None:
    data = _page('<meta charset="windows-1251">').encode("cp1251")
    assert "Правозащитники" in read_html(data, name="p.html").text


def test_the_servers_charset_wins_when_the_page_names_none() -> None:
    data = _page().encode("cp1251")
    page = read_html(data, name="u", url="https://x.example/a", charset="windows-1251")
    assert "Правозащитники" in page.text
    unknown = read_html(_page().encode(), name="u", url="https://x.example/a", charset="x-nope")
    assert "Правозащитники" in unknown.text


def test_og_url_and_fetched_url() -> None:
    og = '<meta property="og:url" content="https://og.example.org/a">'
    saved = read_html(_page(og).encode(), name="p.html")
    assert (saved.url, saved.origin) == ("https://og.example.org/a", "https://og.example.org/a")
    fetched = read_html(_page(og).encode(), name="u", url="https://og.example.org/a?utm=1")
    assert fetched.url == "https://og.example.org/a?utm=1"
    assert fetched.meta is not None
    assert fetched.meta["canonical"] == "https://og.example.org/a"
    assert fetched.meta["fetched_from"] == "https://og.example.org/a?utm=1"
    bogus = '<link rel="canonical" href="javascript:alert(1)">'
    assert read_html(_page(bogus).encode(), name="p.html").url is None


def test_a_date_in_the_future_is_not_kept() -> None:
    future = f'<meta property="article:published_time" content="{dt.date.today().year + 2}-01-01">'
    assert read_html(_page(future).encode(), name="p.html").published is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty page"),
        (b"  \n\t ", "empty page"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "not an HTML page: a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not an HTML page: a PNG image"),
        (
            b"<html><head><script>var x = 1;</script></head><body><img src=x.png></body></html>",
            "no main text found",
        ),
        (b"<html><body></body></html>", "no main text found"),
        (b"\x00\x01\x02binary", "not an HTML page: binary data"),
    ],
)
def test_bad_pages(data: bytes, message: str) -> None:
    with pytest.raises(SourceFormatError, match=message) as caught:
        read_html(data, name="page.html")
    assert "\n" not in caught.value.one_line()
    assert caught.value.hint


def test_nested_100k_deep_is_refused_quickly() -> None:
    deep = ("<div>" * 100_000 + ARTICLE + "</div>" * 100_000).encode()
    start = time.monotonic()
    with pytest.raises(SourceFormatError, match="no main text found"):
        read_html(deep, name="deep.html")
    assert time.monotonic() - start < 10


def test_over_50_mb_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as f:
        f.truncate(MAX_HTML_BYTES + 1)  # sparse: nothing is written, nothing is read
    with pytest.raises(SourceFormatError, match="too large for one page") as caught:
        read_html_file(path)
    assert "50 MB" in caught.value.hint
    with pytest.raises(SourceFormatError, match="too large for one page"):
        read_html(b" " * (MAX_HTML_BYTES + 1), name="big")
