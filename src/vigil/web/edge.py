"""What every response passes through: security headers and the one error shape.

Every JSON error (under ``/api`` and ``/openapi.json``) is::

    {"error": {"code": "not_found", "message": "no person with id 9", "hint": "..."}}

whatever raised it: a VigilError, an unknown route, a validation failure or a bug.
Pages show the same three things as HTML. Internal exception text is never shown; a
bug is logged with its traceback and answered with code ``internal``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from vigil.errors import VigilError

__all__ = ["HSTS", "SECURITY_HEADERS", "EdgeMiddleware", "ErrorBody", "install_error_handlers"]

log = logging.getLogger("vigil.web")

SECURITY_HEADERS: dict[str, str] = {
    "content-security-policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
        "frame-ancestors 'none'"
    ),
    "x-frame-options": "DENY",
    # Same-origin: our own forms send their Origin (a "no-referrer" policy makes browsers
    # send "Origin: null", which the Origin check must refuse); other sites get nothing.
    "referrer-policy": "same-origin",
    "x-content-type-options": "nosniff",
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
}

#: Sent on every response to a request that came over https (directly, or through a
#: trusted proxy that said so): browsers then use https only, for a year.
HSTS = ("strict-transport-security", "max-age=31536000")

_CODES = {
    404: ("not_found", "check the address; lists start at / and /api/v1/persons"),
    405: ("method_not_allowed", "this address answers GET"),
    422: ("invalid_input", "see the OpenAPI schema at /openapi.json"),
}


@dataclass(frozen=True, slots=True)
class ErrorBody:
    """The three things every error says."""

    status: int
    code: str
    message: str
    hint: str

    def json(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, "hint": self.hint}}


#: Paths of data files: a client that asked for one gets its error as JSON, never a page.
DATA_SUFFIXES = (".csv", ".json", ".jsonl", ".xlsx", ".zip", ".pdf")


def is_data_file(path: str) -> bool:
    return path.startswith("/downloads/") or path.endswith(DATA_SUFFIXES)


def wants_json(path: str) -> bool:
    return path.startswith("/api/") or path in {"/api", "/openapi.json"} or is_data_file(path)


ErrorPage = Callable[[Request, ErrorBody], Response]


def _respond(request: Request, body: ErrorBody, page: ErrorPage) -> Response:
    if wants_json(request.url.path):
        return JSONResponse(body.json(), status_code=body.status)
    return page(request, body)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path"))
        parts.append(f"{where}: {err.get('msg', 'invalid')}" if where else err.get("msg", ""))
    return "; ".join(parts) or "the request is not valid"


def install_error_handlers(app: FastAPI, page: ErrorPage) -> None:
    """Map VigilError, HTTP errors and validation errors to the one shape."""

    async def vigil_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, VigilError)
        status = exc.http_status
        if status >= 500:
            log.error("%s: %s", type(exc).__name__, exc.message)
        return _respond(request, ErrorBody(status, exc.code, exc.message, exc.hint), page)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        code, hint = _CODES.get(exc.status_code, ("error", ""))
        try:
            phrase = HTTPStatus(exc.status_code).phrase.lower()
        except ValueError:
            phrase = "error"
        message = exc.detail if isinstance(exc.detail, str) and exc.detail else phrase
        if exc.status_code == 404 and message.lower() == "not found":
            message = f"nothing at {request.url.path}"
        response = _respond(request, ErrorBody(exc.status_code, code, message, hint), page)
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    async def validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        code, hint = _CODES[422]
        if is_data_file(request.url.path) and not request.url.path.startswith("/downloads/"):
            hint = "a list's download holds one page (per_page 200 at most); the whole " \
                   "dataset is one file at /downloads"  # fmt: skip
        body = ErrorBody(422, code, _validation_message(exc), hint)
        return _respond(request, body, page)

    app.add_exception_handler(VigilError, vigil_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)


_INTERNAL = ErrorBody(
    500, "internal", "internal error", "this is a bug in Vigil; it has been logged"
)


class EdgeMiddleware:
    """Adds the security headers to every response (and HSTS over https) and turns a bug
    into a 500 in the error shape (HTML for pages), logged with its traceback."""

    def __init__(self, app: ASGIApp, page: ErrorPage) -> None:
        self.app = app
        self.page = page

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False
        extra = dict(SECURITY_HEADERS)
        if scope.get("scheme") == "https":
            extra[HSTS[0]] = HSTS[1]

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if k.decode("latin-1").lower() not in extra
                ]
                headers += [(k.encode(), v.encode()) for k, v in extra.items()]
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            request = Request(scope, receive)
            if wants_json(request.url.path):
                response: Response = JSONResponse(_INTERNAL.json(), status_code=500)
            else:
                try:
                    response = self.page(request, _INTERNAL)
                except Exception:  # the error page itself failed: plain text
                    response = HTMLResponse("internal error", status_code=500)
            await response(scope, receive, send_with_headers)
