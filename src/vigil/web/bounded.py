"""Request bodies bounded before they are read: the staff routes that take a text.

A route of a router made with ``route_class=BoundedRoute`` refuses a body over
``MAX_BODY_BYTES``: at once when ``Content-Length`` says so, else as soon as the bytes
received pass it, so neither the JSON parser nor the form parser ever holds more. The
refusal is a ``TooLarge`` (HTTP 413) with the one error shape, and so is Starlette's
refusal of a form field (a pasted text) over 1 MB. The ingest limits proper (20 MB of
text per source, 20 MB per upload) are checked after, by ``vigil.ingest``.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request, Response
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.types import Message

from vigil.errors import TooLarge
from vigil.ingest.text import MAX_SOURCE_BYTES

__all__ = ["MAX_BODY_BYTES", "BoundedRoute"]

# 20 MB of text, room for JSON escapes (\u0430 is 6 bytes for one letter) and a form.
MAX_BODY_BYTES = 64 * 1024 * 1024
_MB = 1024 * 1024


class _Overflow(HTTPException):
    """Raised inside ``receive``: FastAPI lets an HTTPException through body parsing
    (any other exception becomes a 400), and the route turns it into TooLarge."""

    def __init__(self) -> None:
        super().__init__(413)


def _too_large() -> TooLarge:
    return TooLarge(
        f"the request body is over {MAX_BODY_BYTES // _MB} MB; refused before reading it",
        hint=f"a source is at most {MAX_SOURCE_BYTES // _MB} MB: split it, or ingest it "
        "from the command line (`vigil ingest FILE`)",
    )


class BoundedRoute(APIRoute):
    """An APIRoute whose request body is refused past ``MAX_BODY_BYTES``."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def bounded(request: Request) -> Response:
            declared = request.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
                raise _too_large()
            receive = request.receive
            seen = 0

            async def counted() -> Message:
                nonlocal seen
                message = await receive()
                if message["type"] == "http.request":
                    seen += len(message.get("body", b""))
                    if seen > MAX_BODY_BYTES:
                        raise _Overflow()
                return message

            try:
                return await handler(Request(request.scope, counted))
            except _Overflow:
                raise _too_large() from None
            except HTTPException as exc:
                # Starlette refuses a form field (not a file) over 1 MB as a bare 400.
                cause = exc.__context__
                if isinstance(cause, MultiPartException) and "maximum size" in cause.message:
                    raise TooLarge(
                        "a pasted text over 1 MB is more than the form takes",
                        hint=f"upload it as a .txt file (up to {MAX_SOURCE_BYTES // _MB} MB)",
                    ) from None
                raise

        return bounded
