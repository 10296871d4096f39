"""Choosing the reader (extension, first bytes, media type) and bad input of every kind:
one line naming the problem and what to do, the next input still read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.ingest.loopback import html, serve
from vigil.ingest.readers import Fetcher, Item, ReadOptions, is_url, read_targets
from vigil.ingest.readers.html import MAX_HTML_BYTES

ARTICLE = "<html><body><article><p>" + "Activists were detained in Minsk today. " * 6
ARTICLE += "</p></article></body></html>"
MESSAGE = {"id": 1, "type": "message", "text": "A message from the channel."}
EXPORT = {"name": "C", "type": "public_channel", "id": 9, "messages": [MESSAGE]}
RSS = (Path(__file__).parent / "data" / "feed.rss").read_bytes()


def _one(path: Path) -> Item:
    items = list(read_targets([str(path)]))
    assert len(items) == 1, items
    return items[0]


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("page.html", ARTICLE.encode(), "html"),
        ("saved_page", ARTICLE.encode(), "html"),  # no extension: by the first bytes
        ("export", json.dumps(EXPORT).encode(), "telegram"),
        ("feed", RSS, "feed"),
        ("notes", b"Plain words about a trial.", "text"),
        ("notes.md", b"# Title\n\nA trial.", "text"),
    ],
)
def test_the_reader_is_chosen_by_extension_then_content(
    tmp_path: Path, name: str, data: bytes, kind: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    items = [i for i in read_targets([str(path)]) if i.source]
    assert items
    assert items[0].source is not None
    assert items[0].source.meta is not None
    assert items[0].source.meta["kind"] == kind


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.html", b"", "empty file"),
        ("empty.json", b"\n", "empty file"),
        ("empty.txt", b"", "no text"),
        ("scan.html", b"%PDF-1.4\n%\xe2\xe3", "not a page, export, feed or text: a PDF document"),
        ("photo.xml", b"\x89PNG\r\n\x1a\n\x00\x00", "a PNG image"),
        ("archive", b"PK\x03\x04\x14\x00", "a ZIP archive"),
        ("binary.json", b"\x00\x01\x02\x03", "binary data"),
        ("latin1.txt", "Минск".encode("cp1251"), "not UTF-8"),
        ("cut.json", json.dumps(EXPORT).encode()[:-10], "the JSON ends early"),
        ("other.json", b'{"persons": []}', "not a Telegram Desktop export"),
        ("page.xml", b"<html><body>hi</body></html>", "not an RSS or Atom feed"),
        ("nav.html", b"<html><body><script>x()</script></body></html>", "no main text found"),
    ],
)
def test_bad_files(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    errors = [i.error.one_line() for i in read_targets([str(path)]) if i.error]
    assert len(errors) == 1
    assert message in errors[0]
    assert "\n" not in errors[0]
    assert errors[0].endswith(")")  # (what to do)


def test_huge_and_deep_pages(tmp_path: Path) -> None:
    huge = tmp_path / "huge.html"
    with huge.open("wb") as f:
        f.write(b"<html>" + b" " * 10_000)  # then sparse: nothing more is written or read
        f.truncate(MAX_HTML_BYTES + 1)
    deep = tmp_path / "deep.html"
    deep.write_text("<div>" * 100_000 + "text" + "</div>" * 100_000)
    items = list(read_targets([str(huge), str(deep)]))
    assert [i.error.message if i.error else None for i in items] == [
        f"{huge}: 50.0 MB is too large for one page",
        f"{deep}: no main text found in the page",
    ]


def test_missing_paths_and_the_rest(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("A trial began in Homel.")
    items = list(read_targets([str(tmp_path / "nope.html"), str(good)]))
    assert items[0].error is not None
    assert (
        items[0].error.one_line()
        == f"{tmp_path / 'nope.html'}: no such file or folder (check the path)"
    )
    assert items[1].source is not None
    assert items[1].source.language == "en"


def test_folders_skip_hidden_entries_and_other_kinds(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text("hidden")
    (tmp_path / ".draft.txt").write_text("hidden")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Visible words.")
    (tmp_path / "sub" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    items = list(read_targets([str(tmp_path)]))
    assert [(Path(i.name).name, i.skipped) for i in items] == [
        ("a.txt", None),
        ("photo.jpg", "not a kind of file Vigil reads"),
    ]


def test_front_matter_language_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("---\nlanguage: be\n---\nThe text is in English, the file says otherwise.")
    source = _one(path).source
    assert source is not None
    assert source.language == "be"


def test_is_url() -> None:
    assert is_url("https://example.org/a")
    assert is_url("file:///etc/passwd")  # a URL, which the fetcher then refuses
    assert not is_url("notes/a.txt")
    assert not is_url("C:\\notes\\a.txt")


def test_urls_by_media_type() -> None:
    routes = {
        "/page": html(ARTICLE),
        "/feed": (200, {"Content-Type": "application/rss+xml"}, RSS),
        "/text": (200, {"Content-Type": "text/plain; charset=utf-8"}, b"Plain words, no tags."),
        "/scan.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4\n"),
        "/image": (200, {"Content-Type": "image/png"}, b"not really"),
        "/empty": (200, {"Content-Type": "text/html"}, b""),
    }
    with serve(routes) as server:
        options = ReadOptions(fetcher=Fetcher(allow_private=True))
        got = {path: list(read_targets([server.url(path)], options)) for path in routes}
    page = got["/page"][0].source
    assert page is not None
    assert (page.url, page.origin, page.language) == (server.url("/page"),) * 2 + ("en",)
    assert [i.source.meta["kind"] for i in got["/feed"] if i.source and i.source.meta] == [
        "feed",
        "feed",
    ]
    text = got["/text"][0].source
    assert text is not None
    assert (text.text, text.url) == ("Plain words, no tags.", server.url("/text"))
    for path, message in [
        ("/scan.pdf", "a PDF document"),
        ("/image", "the server sent image/png"),
        ("/empty", "the server sent nothing"),
    ]:
        error = got[path][0].error
        assert error is not None
        assert message in error.one_line()


def test_a_loopback_url_is_refused_by_default() -> None:
    with serve({"/": html(ARTICLE)}) as server:
        (item,) = read_targets([server.url()])
        assert server.seen == []
    assert item.error is not None
    assert "loopback address" in item.error.one_line()
