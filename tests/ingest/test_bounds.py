"""The bounds in-process, case by case: decoding, the JSON guard, pieces of a long text,
the cap on claims and the size of a source."""

from __future__ import annotations

import gzip
import io
import itertools
import json
import random
import zlib
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from tests.ingest.hostile import gzip_bomb
from tests.ingest.loopback import serve
from vigil.errors import SourceFormatError, TooLarge
from vigil.extract.chunks import PIECE_TOKENS, extract_in_pieces, pieces
from vigil.extract.types import (
    Extraction,
    FoundEvent,
    FoundFigure,
    FoundPerson,
    FoundQuote,
    Role,
    Span,
)
from vigil.ingest.claims import capped
from vigil.ingest.pipeline import ingest_source
from vigil.ingest.readers.decoding import PIECE, decoded
from vigil.ingest.readers.fetch import Fetcher
from vigil.ingest.readers.jsonguard import GuardedStream, JsonTooLarge
from vigil.ingest.readers.telegram import read_telegram
from vigil.ingest.text import MAX_SOURCE_BYTES
from vigil.model import EventType, Qualifier, Source
from vigil.store.claims import pending_claims
from vigil.store.db import transaction
from vigil.store.sources import count_sources

# -- Content-Encoding -----------------------------------------------------------------


def _chunks(data: bytes, size: int = 1000) -> Iterator[bytes]:
    return (data[i : i + size] for i in range(0, len(data), size))


def _decode(data: bytes, header: str, limit: int = 10 * PIECE) -> bytes:
    def too_large() -> TooLarge:
        return TooLarge("too large")

    return b"".join(decoded(_chunks(data), header, name="u", limit=limit, too_large=too_large))


@pytest.mark.parametrize(
    ("header", "encode"),
    [
        ("", lambda b: b),
        ("identity", lambda b: b),
        ("gzip", gzip.compress),
        ("x-gzip", gzip.compress),
        ("deflate", zlib.compress),  # a zlib stream, as the standard says
        ("deflate", lambda b: zlib.compress(b)[2:-4]),  # raw deflate, as some servers send
        ("gzip, gzip", lambda b: gzip.compress(gzip.compress(b))),
        ("deflate, gzip", lambda b: gzip.compress(zlib.compress(b))),
        ("gzip", lambda b: gzip.compress(b[:100]) + gzip.compress(b[100:])),  # two members
        ("gzip", lambda b: gzip.compress(b) + b"\x00" * 10),  # padding after the end
    ],
)
def test_codings_are_undone_in_order(header: str, encode: object) -> None:
    body = bytes(random.Random(3).randrange(256) for _ in range(3 * PIECE)) + b"\x00" * PIECE
    assert callable(encode)
    assert _decode(encode(body), header) == body


def test_a_member_may_end_with_a_chunk() -> None:
    first = gzip.compress(b"a" * 10)
    members = first + gzip.compress(b"b" * 10)

    def never() -> TooLarge:
        raise AssertionError

    reads = iter([first, members[len(first) :]])  # the second member in a read of its own
    assert b"".join(decoded(reads, "gzip", name="u", limit=100, too_large=never)) == (
        b"a" * 10 + b"b" * 10
    )


def test_a_bomb_stops_at_the_limit_in_every_stage() -> None:
    bomb = gzip_bomb(64 * 1024 * 1024)
    with pytest.raises(TooLarge, match="too large"):
        _decode(bomb, "gzip, gzip", limit=PIECE * 4)


@pytest.mark.parametrize(
    ("header", "body", "error", "message"),
    [
        ("br", b"x", SourceFormatError, "Content-Encoding br, which Vigil does not decode"),
        ("gzip, gzip, gzip, gzip", b"x", TooLarge, "encoded 4 times over"),
        ("gzip", gzip.compress(b"abc" * 1000)[:-30], SourceFormatError, "ends early"),
        ("gzip", b"not gzip at all", SourceFormatError, "not valid gzip"),
    ],
)
def test_bad_codings_are_one_line(
    header: str, body: bytes, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        _decode(body, header)


def test_the_fetcher_counts_decoded_bytes() -> None:
    headers = {"Content-Type": "text/html", "Content-Encoding": "gzip, gzip"}
    small = gzip.compress(gzip.compress(b"<p>Hello</p>"))
    routes = {"/bomb": (200, headers, gzip_bomb(64 * 1024 * 1024)), "/ok": (200, headers, small)}
    with serve(routes) as server:
        fetcher = Fetcher(allow_private=True, max_bytes=1024 * 1024)
        assert fetcher.fetch(server.url("/ok")).body == b"<p>Hello</p>"
        with pytest.raises(TooLarge, match=r"larger than 1 MB once decoded \(Content-Encoding"):
            fetcher.fetch(server.url("/bomb"))


# -- JSON ----------------------------------------------------------------------------


def _read_all(data: bytes, size: int, max_token: int) -> None:
    stream = GuardedStream(io.BytesIO(data), max_token=max_token)
    while stream.read(size):
        pass


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64, 4096])
def test_the_guard_follows_strings_and_escapes_across_reads(size: int) -> None:
    rng = random.Random(size)
    alphabet = 'ab "\\\n,[]{}:ў'
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(60))) for _ in range(40)]
    longest = "".join(rng.choice(alphabet) for _ in range(300))
    messages = [{"text": t, "n": 12345} for t in texts] + [longest]
    data = json.dumps({"messages": messages}, ensure_ascii=False)
    encoded = json.dumps(longest, ensure_ascii=False).encode()[1:-1]  # without its quotes
    raw = json.dumps(data, ensure_ascii=False).encode()  # the whole document as one string
    for document in (data.encode(), raw):
        within = len(encoded) if document is not raw else len(raw) - 2
        _read_all(document, size, max_token=within + size + 1)
        with pytest.raises(JsonTooLarge):  # measured at the end of each read
            _read_all(document, size, max_token=within - size - 2)


def test_a_long_bare_value_is_refused() -> None:
    with pytest.raises(JsonTooLarge, match="a value longer"):
        _read_all(b'{"id": ' + b"1" * 5000 + b"}", 100, max_token=1000)


def test_a_long_string_in_an_export_is_one_line() -> None:
    data = b'{"id": 1, "messages": [{"id": 1, "type": "message", "text": "' + b"ab " * 4000
    items = list(read_telegram(io.BytesIO(data + b'"}]}'), name="x.json"))
    assert [i.source.text[:2] for i in items if i.source] == ["ab"]  # 12 KB is fine
    stream = io.BytesIO(data + b"x" * (MAX_SOURCE_BYTES + 200_000) + b'"}]}')
    (item,) = list(read_telegram(stream, name="x.json"))
    assert item.error is not None
    assert "JSON with a string longer than 20 MB" in item.error.one_line()


# -- pieces of a long text -------------------------------------------------------------


def test_pieces_cut_at_the_best_boundary() -> None:
    para = "One sentence here. Another one there.\n\n"
    text = para * 50
    ranges = pieces(text, limit=300)
    assert ranges[0][0] == 0
    assert ranges[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(ranges))
    assert all(e - s <= 300 for s, e in ranges)
    assert all(text[:e].endswith("\n\n") for _, e in ranges[:-1])  # paragraph ends
    sentences = "Words and words. " * 100
    assert all(sentences[:e].endswith(". ") for _, e in pieces(sentences, limit=200)[:-1])
    solid = "x" * 1000
    assert pieces(solid, limit=300) == [(0, 300), (300, 600), (600, 900), (900, 1000)]


def test_pieces_are_bounded_in_tokens_too() -> None:
    dense = "a\n" * 30_000  # a token a character: spaCy's memory goes with tokens
    ranges = pieces(dense)
    assert len(ranges) == 6
    assert all(e - s <= PIECE_TOKENS for s, e in ranges)
    prose = "The court in Minsk sentenced him to five years. " * 2000  # 96,000 characters
    assert [e - s for s, e in pieces(prose)] == [48_000, 48_000]


def _finder(word: str) -> object:
    """A fake extractor: every ``word`` is a detainee with an event, a figure, a quote."""

    def run(text: str) -> Extraction:
        persons, figures, quotes = [], [], []
        at = text.find(word)
        while at != -1:
            span = Span(at, at + len(word))
            event = FoundEvent(EventType.DETAINED, Span(max(0, at - 5), at + len(word)))
            persons.append(FoundPerson(word, Role.DETAINEE, span, (span,), events=(event,)))
            figures.append(FoundFigure(2, Qualifier.EXACT, "detained", span))
            quotes.append(FoundQuote(span))
            at = text.find(word, at + 1)
        return Extraction("fake", "en", persons=tuple(persons), figures=tuple(figures),
                          quotes=tuple(quotes))  # fmt: skip

    return run


def test_spans_of_every_piece_point_into_the_whole_text() -> None:
    rng = random.Random(5)
    words = ["filler"] * 3000 + ["Krumenka"] * 30
    rng.shuffle(words)
    text = " ".join(words) + "\n"
    run = _finder("Krumenka")
    assert callable(run)
    found = extract_in_pieces(run, text, limit=1000, max_items=10_000)
    assert len(found.persons) == 30 == len(found.figures) == len(found.quotes)
    for p in found.persons:
        assert text[p.span.start : p.span.end] == "Krumenka"
        assert all(text[m.start : m.end] == "Krumenka" for m in p.mentions)
        assert text[p.events[0].span.start : p.events[0].span.end].endswith("Krumenka")
    assert all(text[q.span.start : q.span.end] == "Krumenka" for q in found.quotes)
    assert any("extracted in pieces" in n for n in found.notes)


def test_extraction_stops_once_enough_is_found() -> None:
    text = "Krumenka and filler words. " * 2000
    run = _finder("Krumenka")
    assert callable(run)
    found = extract_in_pieces(run, text, limit=1000, max_items=100)
    assert 100 <= found.size < 200  # the piece that passed 100, and none after it
    assert max(p.span.end for p in found.persons) <= 2000
    (note,) = [n for n in found.notes if "stopped" in n]
    assert f"of {len(text):,}" in note
    assert "split it" in note


# -- the cap on claims ---------------------------------------------------------------


def test_the_cap_keeps_the_first_claims_and_a_person_with_its_events() -> None:
    text = "Krumenka was detained. " * 400
    run = _finder("Krumenka")
    assert callable(run)
    found = run(text)
    assert found.size == 400 * 4
    kept = capped(found, limit=10)
    assert kept.size <= 10
    assert all(len(p.events) == 1 for p in kept.persons)
    spans = [p.span.start for p in kept.persons] + [f.span.start for f in kept.figures]
    assert max(spans) < text.index("Krumenka", 23 * 4)  # the first ones by position
    assert capped(found, limit=10_000) is found


class _Many:
    """An extractor that finds ``n`` figures."""

    def __init__(self, n: int) -> None:
        self.n = n

    def __call__(self, text: str, **_: object) -> Extraction:
        figures = tuple(FoundFigure(i + 2, Qualifier.EXACT, "detained", Span(i, i + 1))
                        for i in range(self.n))  # fmt: skip
        return Extraction("many.v1", "en", figures=figures)


def test_at_most_500_claims_are_proposed_per_source_with_a_note(engine: Engine) -> None:
    text = "x" * 1000
    with transaction(engine) as conn:
        report = ingest_source(conn, Source(text=text), _Many(700), by="t")
        assert report.proposed == 500
        assert any("700 claims found; only the first 500 by position" in n for n in report.notes)
        proposed = pending_claims(conn, source_id=report.source_id)
    assert len(proposed) == 500
    assert max(c.start for c in proposed) == 499


def test_a_source_over_20_mb_is_refused_and_nothing_is_stored(engine: Engine) -> None:
    text = "ў" * (MAX_SOURCE_BYTES // 2 + 1)  # 2 bytes a letter: just over 20 MB
    with pytest.raises(TooLarge, match="over the limit of 20 MB"), transaction(engine) as conn:
        ingest_source(conn, Source(text=text), _Many(1), by="t")
    with transaction(engine) as conn:
        assert count_sources(conn) == 0
