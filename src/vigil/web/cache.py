"""An in-process cache of anonymous public GET responses, keyed by the data version.

The registry's data version is the id of the last audit log entry
(``vigil.store.audit.data_version``): every change made by a person and every bulk build
writes one in the transaction of the change. A response is stored under the version
read *before* it was made, with today's date (counts "as of today" move at midnight),
the interface language (``?lang=`` is in the query; else Accept-Language decides), the
host, the path and the query. When the version or the date changes, every entry is
dropped.

The version is read at most once a second, so a change shows on public pages within a
second of its commit. A response made while the version moves may be newer than the
version it is stored under, never older.

Only anonymous GET requests for public pages and the public API are served from the
cache: a request with a ``vigil_session`` cookie or an Authorization header, and every
path under ``/staff``, ``/api/v1/staff`` and ``/static``, passes straight through. Only
200 responses of at most ``MAX_BODY`` bytes without ``set-cookie`` or
``cache-control: private/no-store`` are stored. The cache holds at most ``max_entries``
responses and ``max_bytes`` of bodies, dropping the least recently used first.

Concurrent misses of one key are made once: the first request makes the response and
the others wait for it, then answer from the cache (or, when it was not stored, make
their own). Without this, the first visitors after every change would all render the
same expensive page at once.

It runs inside ``EdgeMiddleware``, so hits get the security headers like any response.
Each response it considers carries ``x-vigil-cache: hit`` or ``miss``. Each server
process (Uvicorn worker) keeps its own cache.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

import anyio
from anyio import to_thread
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from vigil.errors import VigilError
from vigil.store.audit import data_version
from vigil.store.db import connect
from vigil.web.i18n import choose_language

__all__ = ["CACHE_HEADER", "MAX_BODY", "PublicCache"]

CACHE_HEADER = b"x-vigil-cache"
MAX_BODY = 2 * 1024 * 1024
RECHECK_S = 1.0
PRIVATE_PREFIXES = ("/staff", "/api/v1/staff", "/static")
_SESSION_COOKIE = "vigil_session"

Key = tuple[str, str, bytes, str]  # host, path, query, language
Generation = tuple[int, dt.date]  # data version, today


@dataclass(frozen=True, slots=True)
class _Entry:
    status: int
    headers: tuple[tuple[bytes, bytes], ...]
    body: bytes


def _private_path(path: str) -> bool:
    return any(path == p or path.startswith(p + "/") for p in PRIVATE_PREFIXES)


def _signed_in(headers: list[tuple[bytes, bytes]]) -> bool:
    for name, value in headers:
        if name == b"authorization":
            return True
        if name == b"cookie":
            for part in value.decode("latin-1").split(";"):
                if part.split("=", 1)[0].strip() == _SESSION_COOKIE:
                    return True
    return False


def _storable(status: int, headers: list[tuple[bytes, bytes]]) -> bool:
    if status != 200:
        return False
    for name, value in headers:
        if name.lower() == b"set-cookie":
            return False
        if name.lower() == b"cache-control" and (b"no-store" in value or b"private" in value):
            return False
    return True


class PublicCache:
    """ASGI middleware: answers repeated anonymous public GETs from memory."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        engine: Engine,
        max_entries: int = 1000,
        max_bytes: int = 64 * 1024 * 1024,
        recheck_s: float = RECHECK_S,
    ) -> None:
        self.app = app
        self.engine = engine
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.recheck_s = recheck_s
        self._lock = threading.Lock()
        self._entries: OrderedDict[Key, _Entry] = OrderedDict()
        self._bytes = 0
        self._generation: Generation | None = None
        self._checked_at = -float("inf")
        # Responses being made now, by key: the event is set when the maker is done
        # (or knows it will not store). Touched only from the event loop.
        self._making: dict[tuple[Key, Generation], anyio.Event] = {}

    # The data version ------------------------------------------------------------------

    def _read_version(self) -> int:
        with connect(self.engine) as conn:
            return data_version(conn)

    async def _current(self) -> Generation:
        """The generation, read again when the last reading is over ``recheck_s`` old."""
        now = time.monotonic()
        with self._lock:
            fresh = self._generation is not None and now - self._checked_at < self.recheck_s
            if fresh:
                assert self._generation is not None
                return self._generation
            # Other requests keep the previous reading while this one asks the database.
            if self._generation is not None:
                self._checked_at = now
        version = await to_thread.run_sync(self._read_version)
        generation = (version, dt.date.today())
        with self._lock:
            self._checked_at = max(self._checked_at, now)
            if generation != self._generation:
                self._entries.clear()
                self._bytes = 0
                self._generation = generation
        return generation

    # The entries ----------------------------------------------------------------------

    def _get(self, key: Key, generation: Generation) -> _Entry | None:
        with self._lock:
            if generation != self._generation:
                return None
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def _put(self, key: Key, generation: Generation, entry: _Entry) -> None:
        size = len(entry.body)
        if size > self.max_bytes:
            return
        with self._lock:
            if generation != self._generation:  # the data moved on while it was made
                return
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= len(old.body)
            self._entries[key] = entry
            self._bytes += size
            while len(self._entries) > self.max_entries or self._bytes > self.max_bytes:
                _, dropped = self._entries.popitem(last=False)
                self._bytes -= len(dropped.body)

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    # ASGI ------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        headers: list[tuple[bytes, bytes]] = scope["headers"]
        if _private_path(path) or _signed_in(headers):
            await self.app(scope, receive, send)
            return
        host = accept = ""
        for name, value in headers:
            if name == b"host":
                host = value.decode("latin-1")
            elif name == b"accept-language":
                accept = value.decode("latin-1")
        key: Key = (host, path, scope["query_string"], choose_language(None, accept)[0])
        try:
            generation = await self._current()
        except (VigilError, SQLAlchemyError):  # no registry to read: the app says why
            await self.app(scope, receive, send)
            return
        making = (key, generation)
        entry = self._get(key, generation)
        if entry is None and making in self._making:
            await self._making[making].wait()
            entry = self._get(key, generation)
        if entry is not None:
            await send(
                {
                    "type": "http.response.start",
                    "status": entry.status,
                    "headers": [*entry.headers, (CACHE_HEADER, b"hit")],
                }
            )
            await send({"type": "http.response.body", "body": entry.body})
            return
        if making in self._making:  # another request is making it again: do not wait twice
            await self._make(scope, receive, send, key, generation, None)
            return
        done = self._making[making] = anyio.Event()
        try:
            await self._make(scope, receive, send, key, generation, done)
        finally:
            done.set()
            if self._making.get(making) is done:
                del self._making[making]

    async def _make(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        key: Key,
        generation: Generation,
        done: anyio.Event | None,
    ) -> None:
        """The app's response, passed on and stored when it may be; ``done`` is set as
        soon as it is known that it will not be stored."""
        start: Message | None = None
        chunks: list[bytes] = []
        size = 0
        keep = True

        def give_up() -> None:
            nonlocal keep
            keep = False
            chunks.clear()
            if done is not None:
                done.set()

        async def capture(message: Message) -> None:
            nonlocal start, size
            if message["type"] == "http.response.start":
                start = message
                if not _storable(message["status"], list(message.get("headers", []))):
                    give_up()
                message = {
                    **message,
                    "headers": [*message.get("headers", []), (CACHE_HEADER, b"miss")],
                }
            elif message["type"] == "http.response.body" and keep:
                body: bytes = message.get("body", b"")
                size += len(body)
                if size > MAX_BODY:
                    give_up()
                else:
                    chunks.append(body)
                if not message.get("more_body", False) and keep and start is not None:
                    self._put(
                        key,
                        generation,
                        _Entry(start["status"], tuple(start.get("headers", [])), b"".join(chunks)),
                    )
                    if done is not None:
                        done.set()
            await send(message)

        await self.app(scope, receive, capture)
