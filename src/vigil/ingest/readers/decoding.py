"""``Content-Encoding`` undone in bounded pieces: gzip, deflate, stacked.

An answer of 2 KB can be a gzip of a gzip of 1 GiB of zeros. httpx would inflate each
piece it reads in one call, so the whole gigabyte would exist before anyone could count
it. Here each coding is a generator stage that never asks zlib for more than ``PIECE``
bytes of output per call; the stages are chained in the reverse of the order the header
lists them, and every stage stops once its output passes ``limit``. Memory stays at a
few pieces per stage, whatever the answer expands to.

Codings Vigil does not decode (``br``, ``zstd``, ``compress``) are refused by name: it
never asks for them (``ACCEPT_ENCODING``), so a server that sends them anyway is odd.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Iterator

from vigil.errors import SourceFormatError, TooLarge, VigilError

__all__ = ["ACCEPT_ENCODING", "MAX_CODINGS", "PIECE", "decoded", "parse_codings"]

ACCEPT_ENCODING = "gzip, deflate"
MAX_CODINGS = 3  # "gzip, gzip" is already odd; more is a bomb or a broken server
PIECE = 64 * 1024
_GZIP = {"gzip", "x-gzip"}
_KNOWN = _GZIP | {"deflate", "identity"}
_MAGIC = b"\x1f\x8b"


def parse_codings(header: str, *, name: str) -> list[str]:
    """The codings of a ``Content-Encoding`` header, in the order they were applied."""
    codings = [c.strip().lower() for c in header.split(",") if c.strip()]
    unknown = [c for c in codings if c not in _KNOWN]
    if unknown:
        raise SourceFormatError(
            f"{name}: the server sent Content-Encoding {unknown[0]}, which Vigil does not decode",
            hint="save the page with a browser and ingest the file",
        )
    codings = [c for c in codings if c != "identity"]
    if len(codings) > MAX_CODINGS:
        raise TooLarge(
            f"{name}: the answer is encoded {len(codings)} times over "
            f"(Content-Encoding: {header.strip()[:80]}); refused before decoding",
            hint=f"at most {MAX_CODINGS} stacked encodings are decoded; "
            "save the page with a browser and ingest the file",
        )
    return codings


def decoded(
    raw: Iterable[bytes],
    header: str,
    *,
    name: str,
    limit: int,
    too_large: Callable[[], VigilError],
) -> Iterator[bytes]:
    """The bytes of ``raw`` with every coding of ``header`` undone, in pieces of at most
    ``PIECE`` bytes. A stage whose output passes ``limit`` raises ``too_large()``; the
    caller counts the last stage's bytes against its own limit as they come."""
    stream: Iterable[bytes] = raw
    for coding in reversed(parse_codings(header, name=name)):
        stream = _inflate(stream, coding, name=name, limit=limit, too_large=too_large)
    return iter(stream)


def _inflater(coding: str, head: bytes) -> zlib._Decompress:
    if coding in _GZIP:
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    # "deflate" is a zlib stream by the standard, raw deflate from some servers.
    zlib_header = len(head) >= 2 and (head[0] & 0x0F) == 8 and (head[0] << 8 | head[1]) % 31 == 0
    return zlib.decompressobj(zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS)


def _inflate(
    stream: Iterable[bytes],
    coding: str,
    *,
    name: str,
    limit: int,
    too_large: Callable[[], VigilError],
) -> Iterator[bytes]:
    inflater: zlib._Decompress | None = None
    produced = 0
    between = False  # a gzip member ended with its chunk: another may start the next
    ended = False  # the stream ended; what follows is not decoded (nor kept)
    try:
        for chunk in stream:
            data = b"" if ended else chunk
            if between and data:
                between = False
                ended = not data.startswith(_MAGIC)  # bytes after the end: passed over
                data = b"" if ended else data
            while data:
                if inflater is None:
                    inflater = _inflater(coding, data)
                for out in _drain(inflater, data):
                    produced += len(out)
                    if produced > limit:
                        raise too_large()
                    yield out
                data = b""
                if inflater.eof:
                    # A gzip body may hold several members, one after another; bytes
                    # after the end that start no member are passed over.
                    rest = inflater.unused_data
                    if coding in _GZIP and rest.startswith(_MAGIC):
                        inflater, data = None, rest
                    elif coding in _GZIP and not rest:
                        inflater, between = None, True
                    else:
                        ended = True
    except zlib.error as exc:
        raise _broken(name, coding, str(exc)) from None
    if inflater is not None and not inflater.eof:
        raise _broken(name, coding, "the stream ends early")


def _drain(inflater: zlib._Decompress, data: bytes) -> Iterator[bytes]:
    """Everything ``data`` decodes to, at most ``PIECE`` bytes per call to zlib."""
    while True:
        out = inflater.decompress(data, PIECE)
        data = inflater.unconsumed_tail
        if out:
            yield out
        # A full piece may leave output held back with no input left: ask again.
        if inflater.eof or (not data and len(out) < PIECE):
            return


def _broken(name: str, coding: str, why: str) -> SourceFormatError:
    return SourceFormatError(
        f"{name}: the answer is not valid {coding} ({why})",
        hint="try again later, or save the page with a browser and ingest the file",
    )
