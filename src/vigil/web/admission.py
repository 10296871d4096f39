"""At most so many requests at work in one server process; the rest wait at the door.

Without it, every request that arrives starts at once: FastAPI takes a database
connection for it (in a worker thread) before its handler gets a thread of its own, so
fifty concurrent requests hold fifty connections and fifty threads that share one
interpreter lock. Each of them then finishes late, the connection pool runs dry, and a
request that waits too long for a connection fails.

Here a request waits, in arrival order, until one of ``limit`` places is free, and
holds its place until its response has been sent. The database pool is sized to hold
one connection per place and some to spare (``vigil.store.db``), so a request that has
a place never waits for a connection. Answers from the public cache do not take a place:
the cache sits outside this door.
"""

from __future__ import annotations

import anyio
from starlette.types import ASGIApp, Receive, Scope, Send

__all__ = ["DEFAULT_LIMIT", "Admission"]

#: Requests at work at once in one process. A few keep the CPU busy while one waits on
#: the database; many more only share one interpreter lock and finish later.
DEFAULT_LIMIT = 8


class Admission:
    """ASGI middleware: ``limit`` HTTP requests at work at once, the rest first come,
    first served."""

    def __init__(self, app: ASGIApp, *, limit: int = DEFAULT_LIMIT) -> None:
        if limit < 1:
            raise ValueError("the admission limit must be at least 1")
        self.app = app
        self.limit = limit
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
        async with self._door():
            await self.app(scope, receive, send)
