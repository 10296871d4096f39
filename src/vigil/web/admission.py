"""At most so many requests at work in one server process; the rest wait at the door.

Without it, every request that arrives starts at once: FastAPI takes a database
connection for it (in a worker thread) before its handler gets a thread of its own, so
fifty concurrent requests hold fifty connections and fifty threads that share one
interpreter lock. Each of them then finishes late, the connection pool runs dry, and a
request that waits too long for a connection fails.

Here a request waits, in arrival order, until one of ``limit`` places is free, and
holds its place until its response has been sent, or for ``hold_s`` at most: a slow
request (a large download to a slow reader, a big upload being ingested) then gives
its place up and goes on beside the others, so a few of them cannot shut the door on
everyone. The database pool holds more connections than there are places
(``vigil.store.db``). Answers from the public cache do not take a place: the cache sits
outside this door.

Measured with ``bench/web_bench.py`` (one process, 25 connections, uncached person
pages): 282 requests/s with 1 place, 243 with 2, 204 with 4 and 157 with 8; p99 rose
from 133 to 242 ms. Two places keep most of that and let a fast request pass a slow one.
"""

from __future__ import annotations

import asyncio

import anyio
from starlette.types import ASGIApp, Receive, Scope, Send

__all__ = ["DEFAULT_HOLD_S", "DEFAULT_LIMIT", "Admission"]

#: Requests at work at once in one process. Threads that share one interpreter lock
#: finish each other's work later, and slow the whole process down as they switch.
DEFAULT_LIMIT = 2
#: The longest a request keeps its place, in seconds.
DEFAULT_HOLD_S = 1.0


class Admission:
    """ASGI middleware: ``limit`` HTTP requests at work at once, the rest first come,
    first served."""

    def __init__(
        self, app: ASGIApp, *, limit: int = DEFAULT_LIMIT, hold_s: float = DEFAULT_HOLD_S
    ) -> None:
        if limit < 1:
            raise ValueError("the admission limit must be at least 1")
        if hold_s <= 0:
            raise ValueError("the longest hold must be more than 0 seconds")
        self.app = app
        self.limit = limit
        self.hold_s = hold_s
        self._places: anyio.Semaphore | None = None

    def _door(self) -> anyio.Semaphore:
        # Made on first use, inside the server's event loop.
        if self._places is None:
            self._places = anyio.Semaphore(self.limit, fast_acquire=True)
        return self._places

    @property
    def at_work(self) -> int:
        """Requests holding a place now."""
        return self.limit - self._door().value

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        door = self._door()
        await door.acquire()
        held = True

        def give_up() -> None:
            nonlocal held
            if held:
                held = False
                door.release()

        timer = asyncio.get_running_loop().call_later(self.hold_s, give_up)
        try:
            await self.app(scope, receive, send)
        finally:
            timer.cancel()
            give_up()
