"""Long texts extracted in pieces, with every span put back into the whole text.

spaCy refuses a text over its ``max_length`` (1,000,000 characters) and needs memory in
proportion to the tokens it is given; natasha is no different in the second respect. A
text longer than ``PIECE_CHARS`` characters or ``PIECE_TOKENS`` tokens is therefore cut
at the last paragraph break before the limit (else a line break, a sentence end, a
space; a hard cut only in a text without any), each piece is extracted on its own, and
every span is moved by the piece's offset, so ``text[span.start:span.end]`` is exact in
the whole text.

The work is bounded too: pieces are read in order, and once the items found reach
``MAX_ITEMS`` (each item becomes one proposed claim, and ingestion proposes no more than
that per source) the rest of the text is not extracted, and a note says where it
stopped. Context does not cross a cut: a pronoun or a date carried from the piece
before is not resolved, and a person named in two pieces is found twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from vigil.extract.types import (
    NOTHING_FOUND,
    Extraction,
    FoundEvent,
    FoundPerson,
    Span,
)

__all__ = ["MAX_ITEMS", "PIECE_CHARS", "PIECE_TOKENS", "extract_in_pieces", "pieces", "shifted"]

PIECE_CHARS = 50_000  # far below spaCy's max_length of 1,000,000
# spaCy's memory goes with tokens, about 17 KB each while a piece is tagged: 10,000
# tokens (~45,000 characters of prose) take ~170 MB; "a\n" repeated is a token a letter.
PIECE_TOKENS = 10_000
MAX_ITEMS = 500  # = ingest.claims.MAX_CLAIMS_PER_SOURCE: extracting more is wasted work
_SENTENCE_END = re.compile(r"[.!?…][\"'»”’)\]]*\s")
_SPACE = re.compile(r"\s")
_TOKEN = re.compile(r"\w+|[^\w\s]|\n")  # roughly what spaCy makes a token of


def pieces(
    text: str, limit: int = PIECE_CHARS, max_tokens: int = PIECE_TOKENS
) -> list[tuple[int, int]]:
    """``[start, end)`` ranges that cover ``text``, each at most ``limit`` characters and
    about ``max_tokens`` tokens long, cut at the best boundary in the second half."""
    out: list[tuple[int, int]] = []
    start = 0
    while True:
        end = _window(text, start, limit, max_tokens)
        if end >= len(text):
            out.append((start, len(text)))
            return out
        out.append((start, _cut(text, start, end)))
        start = out[-1][1]


def _window(text: str, start: int, limit: int, max_tokens: int) -> int:
    """Where a piece from ``start`` must end at the latest: ``limit`` characters on, or
    sooner where the ``max_tokens``-th token starts."""
    end = min(len(text), start + limit)
    for count, token in enumerate(_TOKEN.finditer(text, start, end), start=1):
        if count > max_tokens:
            return token.start()
    return end


def _cut(text: str, start: int, end: int) -> int:
    """Where the piece ``[start, end)`` best ends: just after a boundary."""
    low = start + (end - start) // 2
    for mark in ("\n\n", "\n"):
        at = text.rfind(mark, low, end)
        if at != -1:
            return at + len(mark)
    for pattern in (_SENTENCE_END, _SPACE):
        last = None
        for last in pattern.finditer(text, low, end):  # noqa: B007
            pass
        if last is not None:
            return last.end()
    return end


def extract_in_pieces(
    run: Callable[[str], Extraction],
    text: str,
    *,
    limit: int = PIECE_CHARS,
    max_tokens: int = PIECE_TOKENS,
    max_items: int = MAX_ITEMS,
) -> Extraction:
    """``run`` over each piece of ``text`` in order, merged, with spans in ``text``;
    a text that fits in one piece is given to ``run`` whole, as it always was."""
    ranges = pieces(text, limit, max_tokens)
    if len(ranges) == 1:
        return run(text)
    found: list[Extraction] = []
    items = 0
    stopped: tuple[int, int] | None = None
    for number, (start, end) in enumerate(ranges):
        if not text[start:end].strip():
            continue
        part = shifted(run(text[start:end]), start)
        found.append(part)
        items += part.size
        if items >= max_items and number + 1 < len(ranges):
            stopped = (end, items)
            break
    return _merged(found, text, stopped, max_items)


def shifted(found: Extraction, offset: int) -> Extraction:
    """``found`` with every span moved ``offset`` characters on."""
    if offset == 0:
        return found

    def span(s: Span) -> Span:
        return Span(s.start + offset, s.end + offset)

    def event(e: FoundEvent) -> FoundEvent:
        return replace(e, span=span(e.span))

    def person(p: FoundPerson) -> FoundPerson:
        return replace(
            p,
            span=span(p.span),
            mentions=tuple(span(m) for m in p.mentions),
            events=tuple(event(e) for e in p.events),
        )

    return replace(
        found,
        persons=tuple(person(p) for p in found.persons),
        group_events=tuple(event(e) for e in found.group_events),
        figures=tuple(replace(f, span=span(f.span)) for f in found.figures),
        facilities=tuple(replace(f, span=span(f.span)) for f in found.facilities),
        organizations=tuple(replace(o, span=span(o.span)) for o in found.organizations),
        quotes=tuple(replace(q, span=span(q.span)) for q in found.quotes),
    )


def _merged(
    found: list[Extraction], text: str, stopped: tuple[int, int] | None, max_items: int
) -> Extraction:
    first = found[0] if found else Extraction(extractor="", language=None)
    merged = Extraction(
        extractor=first.extractor,
        language=first.language,
        persons=tuple(p for f in found for p in f.persons),
        group_events=tuple(e for f in found for e in f.group_events),
        figures=tuple(x for f in found for x in f.figures),
        facilities=tuple(x for f in found for x in f.facilities),
        organizations=tuple(x for f in found for x in f.organizations),
        quotes=tuple(x for f in found for x in f.quotes),
    )
    # Each piece says "nothing found" for itself; the whole says it only if true of all.
    notes = [n for f in found for n in f.notes if n != NOTHING_FOUND]
    if found and all(NOTHING_FOUND in f.notes for f in found):
        notes.append(NOTHING_FOUND)
    notes.append(f"the text is long ({len(text):,} characters): it was extracted in "
                 "pieces, and a pronoun or a date does not carry across a cut")  # fmt: skip
    if stopped is not None:
        at, items = stopped
        notes.append(
            f"extraction stopped at character {at:,} of {len(text):,} with {items:,} items "
            f"found (at most {max_items} claims are proposed per source): the rest of the "
            "text was not read; split it to extract the rest"
        )
    return replace(merged, notes=tuple(dict.fromkeys(notes)))
