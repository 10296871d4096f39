"""Bounds on a JSON stream before ijson builds anything from it: depth and token length.

Two shapes of a small or large file make a streaming parser costly:

- **nesting**: ``[[[[…`` 100,000 levels deep. ijson's ``parse`` builds a path string
  per level (``item.item.item…``), so memory grows with the square of the depth: 22 GB
  for 200 KB. ``bounded_events`` takes the bare events (no paths) and refuses level
  ``MAX_DEPTH`` + 1; ijson builds paths from the events that passed.
- **one long token**: a string (or a bare number) of hundreds of megabytes. yajl keeps
  the whole token and scans it again with every read, so time grows with its square
  and memory with its length. ``GuardedStream`` follows strings and escapes over the
  raw bytes (at C speed: a few ``bytes`` and ``re`` calls per read) and refuses a token
  longer than ``MAX_TOKEN`` bytes while reading it.

Both raise ``JsonTooLarge`` with the byte offset; the reader turns it into one line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import IO, Any

from vigil.ingest.text import MAX_SOURCE_BYTES

__all__ = ["MAX_DEPTH", "MAX_TOKEN", "GuardedStream", "JsonTooLarge", "bounded_events"]

# A Telegram export is 6 to 8 levels deep (chats.list[].messages[].text[].{text});
# 64 leaves room for any shape a real JSON has, and none for a bomb.
MAX_DEPTH = 64
# A Telegram message is at most 4,096 characters; no string of a source can be longer
# than a source (20 MB).
MAX_TOKEN = MAX_SOURCE_BYTES
_ESCAPE = re.compile(rb"\\.", re.DOTALL)
_DELIMITERS = (b"[", b"]", b"{", b"}", b",", b":", b" ", b"\n", b"\r", b"\t")


class JsonTooLarge(Exception):
    """The JSON passed a bound; ``what`` says which, ``offset`` where (bytes read)."""

    def __init__(self, what: str, offset: int) -> None:
        super().__init__(what, offset)
        self.what = what
        self.offset = offset


def bounded_events(
    events: Iterator[tuple[str, Any]], where: Callable[[], int], max_depth: int = MAX_DEPTH
) -> Iterator[tuple[str, Any]]:
    """ijson's bare events, refused past ``max_depth`` levels of nesting; ``where`` says
    how many bytes have been read."""
    depth = 0
    for event, value in events:
        if event in ("start_map", "start_array"):
            depth += 1
            if depth > max_depth:
                raise JsonTooLarge(f"nesting deeper than {max_depth} levels", where())
        elif event in ("end_map", "end_array"):
            depth -= 1
        yield event, value


class GuardedStream:
    """The bytes of ``raw`` without a leading BOM, each read checked for a token over
    ``max_token`` bytes; ``report`` is told how many bytes were read."""

    def __init__(
        self,
        raw: IO[bytes],
        report: Callable[[int], None] | None = None,
        max_token: int = MAX_TOKEN,
    ) -> None:
        self.raw = raw
        self.report = report
        self.max_token = max_token
        self.done = 0
        self.in_string = False
        self.carry = b""  # a backslash that ended the last read and escapes the next byte
        self.token = 0  # bytes of the string or bare value open at the end of the last read

    def read(self, size: int = -1) -> bytes:
        chunk = self.raw.read(size)
        if self.done == 0 and chunk.startswith(b"\xef\xbb\xbf"):
            self.done = 3
            chunk = chunk[3:]
        self.done += len(chunk)
        self._follow(chunk)
        if self.token > self.max_token:
            mb = self.max_token // (1024 * 1024)
            what = "a string" if self.in_string else "a value"
            raise JsonTooLarge(f"{what} longer than {mb} MB", self.done)
        if self.report is not None:
            self.report(self.done)
        return chunk

    def _follow(self, chunk: bytes) -> None:
        """Where the strings of ``chunk`` open and close, and how long the last one is."""
        data = self.carry + chunk
        self.carry = b""
        if (len(data) - len(data.rstrip(b"\\"))) % 2:
            self.carry, data = b"\\", data[:-1]  # pairs with the first byte of the next read
        # Backslashes pair left to right (one outside a string is invalid JSON anyway).
        quotes = data.count(b'"') - _ESCAPE.findall(data).count(b'\\"')
        last = _last_quote(data)
        if last == -1:  # the same string or value goes on
            if self.in_string:
                self.token += len(data)
            else:
                self.token = _bare_run(data, self.token)
            return
        self.in_string ^= quotes % 2 == 1
        tail = data[last + 1 :]
        self.token = len(tail) if self.in_string else _bare_run(tail, 0)


def _last_quote(data: bytes) -> int:
    """The index of the last ``"`` that no backslash escapes, or -1."""
    at = data.rfind(b'"')
    while at != -1:
        before = at
        while before > 0 and data[before - 1] == 0x5C:
            before -= 1
        if (at - before) % 2 == 0:
            return at
        at = data.rfind(b'"', 0, at)
    return -1


def _bare_run(data: bytes, before: int) -> int:
    """The length of the bare value (number, literal) open at the end of ``data``."""
    cut = max(data.rfind(d) for d in _DELIMITERS)
    return before + len(data) if cut == -1 else len(data) - cut - 1
