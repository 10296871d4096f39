"""RSS and Atom: the golden feeds (broken dates included), summary-only items, bad feeds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.ingest.loopback import html, serve
from vigil.errors import InvalidInput
from vigil.ingest.readers import Fetcher, ReadOptions, read_targets
from vigil.ingest.readers.feeds import fragment_text, read_feed
from vigil.model import Source

DATA = Path(__file__).parent / "data"
RSS = (DATA / "feed.rss").read_bytes()


def test_golden_rss() -> None:
    items = list(read_feed(RSS, name="feed.rss"))
    assert [i.skipped for i in items] == [None, None, "item without text"]
    full, summary = (i.source for i in items[:2])
    assert full is not None
    assert summary is not None
    assert full.text.startswith("Volha Krumenka was detained on May 28, 2021")
    assert "\n\nRights defenders recognized Krumenka" in full.text
    assert full.url == "https://monitor.example.org/news/krumenka"
    assert full.title == "Volha Krumenka detained in Hrodna"
    assert full.publisher == "Example Rights Monitor"
    assert full.published == dt.date(2021, 5, 28)
    assert full.origin == (
        "feed:https://monitor.example.org/feed.rss/https://monitor.example.org/news/krumenka"
    )
    assert full.meta is not None
    assert full.meta["published_at"] == "2021-05-28T07:00:00+00:00"
    assert "page_fetched" not in full.meta  # the feed carries the full text
    assert summary.text == "The hearing in the case of three students was postponed."
    assert summary.published is None
    assert summary.origin == "feed:https://monitor.example.org/feed.rss/monitor-2021-0042"
    assert summary.meta is not None
    assert summary.meta["date_unreadable"] == "Mon, 31 Feb 2021 25:61:00 +0300"
    assert summary.meta["page_fetched"] is False
    assert summary.meta["note"] == "the feed holds only a summary; the page was not fetched"


def test_golden_atom_with_a_broken_date() -> None:
    first, second = (i.source for i in read_feed((DATA / "feed.atom").read_bytes(), name="a"))
    assert first is not None
    assert second is not None
    assert first.published == dt.date(2021, 5, 28)
    assert first.text.startswith("28 мая ў Гродне затрымалі")
    assert first.meta is not None
    assert first.meta["author"] == "Рэдакцыя"
    assert first.origin == (
        "feed:urn:uuid:6b7f8a8e-0000-4000-8000-000000000001/"
        "urn:uuid:6b7f8a8e-0000-4000-8000-000000000002"
    )
    assert second.published is None
    assert second.meta is not None
    assert second.meta["date_unreadable"] == "not a date at all"


def test_summary_only_items_use_the_page_when_allowed() -> None:
    def page(url: str) -> Source:
        if url.endswith("hearing"):
            return Source(text="The whole article about the hearing.", title="Hearing")
        raise InvalidInput(f"{url}: the server answered 404", hint="check the address")

    feed = RSS.replace(b"<description></description>", b"<description>Photo.</description>")
    items = [i.source for i in read_feed(feed, name="f", fetch_page=page)]
    assert items[1] is not None
    assert items[1].meta is not None
    assert items[1].text == "The whole article about the hearing."
    assert items[1].meta["page_fetched"] is True
    assert items[2] is not None
    assert items[2].meta is not None
    assert items[2].text == "Photo."  # the fetch failed: the summary, and why
    assert items[2].meta["page_fetched"] is False
    assert "answered 404" in items[2].meta["note"]


def test_a_feed_url_fetches_the_pages_of_summary_only_items() -> None:
    article = "<html><body><article><p>" + "The hearing was postponed again. " * 8 + "</p>"
    with serve({}) as server:
        feed = RSS.replace(b"https://monitor.example.org/news/hearing",
                           server.url("/hearing").encode())  # fmt: skip
        server.routes["/feed.rss"] = (200, {"Content-Type": "application/rss+xml"}, feed)
        server.routes["/hearing"] = html(article + "</article></body></html>")
        options = ReadOptions(fetcher=Fetcher(allow_private=True))
        items = list(read_targets([server.url("/feed.rss")], options))
    hearing = items[1].source
    assert hearing is not None
    assert hearing.meta is not None
    assert hearing.text.startswith("The hearing was postponed again.")
    assert hearing.meta["page_fetched"] is True
    assert hearing.meta["feed"] == "https://monitor.example.org/feed.rss"  # its self link
    assert hearing.language == "en"


@pytest.mark.parametrize(
    "data",
    [b"<html><body><p>a page</p></body></html>", b"{not xml", b"plain words", b"<rss"],
)
def test_not_a_feed(data: bytes) -> None:
    (item,) = read_feed(data, name="x.xml")
    assert item.error is not None
    assert item.error.message.startswith("x.xml: not an RSS or Atom feed")
    assert "\n" not in item.error.one_line()


def test_a_long_item_id_is_cut_to_a_unique_origin() -> None:
    long_id = "urn:" + "x" * 1000
    feed = RSS.replace(b"monitor-2021-0042", long_id.encode())
    origin = next(i.source.origin for i in read_feed(feed, name="f") if i.source and i.source.url
                  and i.source.url.endswith("hearing"))  # fmt: skip
    assert origin is not None
    assert len(origin) == 500
    other = next(
        i.source.origin
        for i in read_feed(feed.replace(b"xxxx<", b"xxxy<"), name="f")
        if i.source and i.source.url and i.source.url.endswith("hearing")
    )
    assert other != origin


def test_fragment_text() -> None:
    assert fragment_text("<p>One <b>two</b> &amp; three</p><p>Four<br>five</p>") == (
        "One two & three\n\nFour\nfive"
    )
    assert fragment_text("<script>alert(1)</script>Plain") == "Plain"
    assert fragment_text("no tags &amp; all") == "no tags & all"
