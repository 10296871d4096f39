"""Sources a person gives by hand: a pasted text (front matter optional) with the
details typed beside it, or an uploaded file read by the reader its kind needs (a text
with front matter, a saved web page, a Telegram export, a feed); and their ingestion, a
savepoint each. The staff pages and the staff API both ingest through here.

A bad input (an empty text, broken front matter, a file that is not UTF-8 text, a date in
the future) raises a ``VigilError`` that says what to do, and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import Connection

from vigil.errors import InvalidInput, SourceFormatError, TooLarge
from vigil.extract.language import detect_language
from vigil.ingest.pipeline import ExtractFn, IngestReport, KnownDetails, ingest_source
from vigil.ingest.readers import ReadOptions, read_targets
from vigil.ingest.readers.sniff import EXTENSIONS
from vigil.ingest.text import MAX_SOURCE_BYTES, parse_source
from vigil.model import Source
from vigil.model.source_edit import published_day

__all__ = ["LANGUAGES", "IngestFields", "run_ingest", "source_from", "upload_sources"]

LANGUAGES = ("", "en", "ru", "be", "uk")
_MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class IngestFields:
    """What the form says about the source; empty fields leave the text's own front
    matter (or nothing) in place."""

    text: str = ""
    title: str = ""
    url: str = ""
    publisher: str = ""
    published: str = ""
    language: str = ""


def _published(text: str) -> dt.date:
    return published_day(text)


def _with_fields(source: Source, fields: IngestFields) -> Source:
    """``source`` with the metadata the form gives (the form wins over front matter)."""
    url = fields.url.strip()
    if url and not url.startswith(("https://", "http://")):
        raise InvalidInput(
            f"the URL {url[:80]!r} is not a web address", hint="give an https:// address"
        )
    language = fields.language.strip()
    if language not in LANGUAGES:
        raise InvalidInput(
            f"language cannot be {language!r}", hint="use en, ru, be or uk, or leave it empty"
        )
    changes: dict[str, object] = {}
    for name, value in (("title", fields.title), ("url", url), ("publisher", fields.publisher),
                        ("language", language)):  # fmt: skip
        if value.strip():
            changes[name] = value.strip()[:500]
    if fields.published.strip():
        changes["published"] = _published(fields.published)
    return replace(source, **changes)  # type: ignore[arg-type]


def source_from(fields: IngestFields) -> Source:
    """The source a pasted text (front matter optional) describes, with the form's
    metadata on top and its language detected when nobody named it."""
    if not fields.text.strip():
        raise InvalidInput("there is nothing to ingest", hint="paste a text or choose a file")
    source = _with_fields(parse_source(fields.text, name="the pasted text"), fields)
    if source.language is None:
        source = replace(source, language=detect_language(source.text))
    return source


def _meta_given(fields: IngestFields) -> bool:
    return any(v.strip() for v in (fields.title, fields.url, fields.publisher, fields.published,
                                   fields.language))  # fmt: skip


def upload_sources(name: str, data: bytes, fields: IngestFields) -> tuple[list[Source], list[str]]:
    """The sources in an uploaded file, read by the reader its kind needs (a text with
    front matter, a saved page, a Telegram export, a feed), and the items that could not
    be read, each said in one line (service messages and the like are passed over
    silently). The form's metadata applies to a single document."""
    if fields.text.strip():
        raise InvalidInput("give either pasted text or a file, not both", hint="clear one of them")
    if len(data) > MAX_SOURCE_BYTES:
        raise TooLarge(
            f"{name}: more than {MAX_SOURCE_BYTES // _MB} MB is too large for one upload",
            hint="split it, or ingest it from the command line: `vigil ingest FILE`",
        )
    suffix = Path(name).suffix.lower()
    if suffix not in EXTENSIONS:
        raise SourceFormatError(
            f"{name}: Vigil does not read {suffix or 'files without an extension'} files",
            hint="upload " + ", ".join(sorted(EXTENSIONS)) + "; or paste the text",
        )
    with tempfile.TemporaryDirectory(prefix="vigil-upload-") as folder:
        path = Path(folder) / f"upload{suffix}"
        path.write_bytes(data)
        items = list(read_targets([str(path)], ReadOptions()))

    def named(text: str) -> str:  # the temporary path means nothing to the person
        return text.replace(str(path), name)

    sources = [i.source for i in items if i.source is not None]
    problems = [named(i.error.one_line()) for i in items if i.error is not None]
    if not sources:
        first = next((i.error for i in items if i.error is not None), None)
        raise SourceFormatError(
            named(first.message) if first else f"{name}: no source found in it",
            hint=first.hint if first else "check that it is the file you meant",
        )
    single = len(sources) == 1 and (sources[0].meta or {}).get("kind") in (None, "text", "html")
    if _meta_given(fields) and not single:
        raise InvalidInput(
            f"{name} holds {len(sources)} sources; the title, address, publisher, date and "
            "language fields describe one document",
            hint="leave them empty: each message or item keeps its own",
        )
    return ([_with_fields(sources[0], fields)] if single else sources), problems


def run_ingest(
    conn: Connection,
    source: Source,
    extract: ExtractFn,
    *,
    by: str,
    known: KnownDetails = KnownDetails.IGNORE,
) -> IngestReport:
    """Ingest inside a savepoint: when it fails, nothing of it stays in the transaction.
    A person who typed a text's details and finds it stored already is offered them
    (``KnownDetails.OFFER``): the report says what would change, nothing is changed."""
    with conn.begin_nested():
        return ingest_source(conn, source, extract, by=by, known=known)
