"""Rendering pages: one Jinja2 environment (autoescaping on) and the chrome every page
shares (language, navigation, links that keep ``?lang=``, who is signed in)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from vigil.web.edge import ErrorBody
from vigil.web.i18n import (
    APPEAL_NAMES,
    CONNECTIONS,
    CREDIBILITY_NAMES,
    FIGURE_CATEGORIES,
    GENDER_NAMES,
    N_,
    RECOGNITION_NAMES,
    REGIMES,
    RELIABILITY_NAMES,
    choose_language,
    event_detail,
    event_name,
    format_day,
    format_number,
    format_partial,
    gendered,
    gettext,
    label,
    language,
    language_name,
    ngettext,
    qualified,
    status_name,
    term,
)
from vigil.web.security import page_staff

__all__ = ["Chrome", "LanguageMiddleware", "chrome", "error_page", "number", "render"]

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC_DIR = Path(__file__).resolve().parent / "static"

_NAV = (("/", N_("Home")), ("/persons", N_("Persons")), ("/cases", N_("Cases")),
        ("/stats", N_("Statistics")), ("/facilities", N_("Places of detention")),
        ("/sources", N_("Sources")), ("/briefing", N_("Briefing")),
        ("/downloads", N_("Downloads")))  # fmt: skip


def number(value: int, lang: str = "en") -> str:
    """1,446 in English; 1 446 in Belarusian and Russian (Babel's locale data)."""
    return format_number(value, lang)


def _env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        extensions=["jinja2.ext.i18n"],
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["day"] = lambda d: d.isoformat() if isinstance(d, dt.date) else (d or "")
    # Dates and numbers as the page's language writes them; the machine-readable ISO
    # form stays in <time datetime>.
    env.filters["longday"] = lambda d: format_day(d) if isinstance(d, dt.date) else (d or "")
    env.filters["partial"] = lambda d, governed=False: (
        format_partial(d, governed=governed) if d else ""
    )
    env.filters["num"] = format_number
    env.filters["langname"] = language_name
    env.globals["event_name"] = event_name
    env.globals["event_detail"] = event_detail
    env.globals["gendered"] = gendered
    env.globals["term"] = term
    env.globals["gender_label"] = lambda g: label(GENDER_NAMES, g)
    env.globals["figure_text"] = qualified
    env.globals["figure_category"] = lambda c: label(FIGURE_CATEGORIES, c)
    env.globals["connection_name"] = lambda c: label(CONNECTIONS, c)
    env.globals["status_name"] = status_name
    env.globals["regime_name"] = lambda r: label(REGIMES, r)
    env.globals["recognition_name"] = lambda r: label(RECOGNITION_NAMES, r)
    env.globals["appeal_name"] = lambda a: label(APPEAL_NAMES, a)
    env.globals["reliability_name"] = lambda r: label(RELIABILITY_NAMES, r or "none")
    env.globals["credibility_name"] = lambda c: label(CREDIBILITY_NAMES, c or "none")
    env.install_gettext_callables(gettext, ngettext, newstyle=True)  # type: ignore[attr-defined]
    return env


ENV = _env()


@dataclass(frozen=True, slots=True)
class Chrome:
    """What the layout needs: language, strings, the current path, navigation."""

    lang: str
    lang_in_url: bool
    path: str
    nav: tuple[tuple[str, str], ...]

    def link(self, path: str, **params: Any) -> str:
        """A link that keeps the language chosen in the URL; empty params are dropped."""
        query = {k: v for k, v in params.items() if v not in (None, "")}
        if self.lang_in_url:
            query["lang"] = self.lang
        joiner = "&" if "?" in path else "?"  # a path may carry a query (/cases?court=3)
        return path + (joiner + urlencode(query) if query else "")

    def switch(self, lang: str) -> str:
        return self.path + "?" + urlencode({"lang": lang})

    def num(self, value: int) -> str:
        return number(value, self.lang)


def chrome(request: Request) -> Chrome:
    lang, in_url = choose_language(
        request.query_params.get("lang"), request.headers.get("accept-language")
    )
    return Chrome(lang, in_url, request.url.path, _NAV)


def render(request: Request, template: str, page: object, *, status: int = 200) -> HTMLResponse:
    """``template`` with its typed context ``page`` and the shared chrome, including the
    signed-in staff member (``staff``, or None) and their session's ``csrf_token``."""
    c = chrome(request)
    staff = page_staff(request)
    csrf = staff.csrf_token if staff else None
    fictional = bool(
        getattr(request.app.state, "settings", None) and request.app.state.settings.fictional
    )
    with language(c.lang):
        html = ENV.get_template(template).render(
            chrome=c, page=page, staff=staff, csrf_token=csrf, fictional=fictional
        )
    headers = {"content-language": c.lang}
    if staff is not None:  # a page that names its reader is nobody else's to cache
        headers["cache-control"] = "private, no-store"
    return HTMLResponse(html, status_code=status, headers=headers)


@dataclass(frozen=True, slots=True)
class ErrorView:
    """An error as a page says it: in the page's language for the public; staff also
    see the registry's own message and what to do."""

    status: int
    code: str
    title: str
    advice: str
    detail: str


def error_page(request: Request, body: ErrorBody) -> HTMLResponse:
    staff = request.url.path.startswith("/staff")
    lang = chrome(request).lang
    # The registry's own message is English: a public page in another language keeps
    # to its own words.
    detail = body.message if lang == "en" else ""
    with language(lang):
        if staff:
            view = ErrorView(body.status, body.code, body.message, body.hint, "")
        elif body.status == 404:
            view = ErrorView(body.status, body.code, gettext("This page does not exist."),
                             gettext("Check the address, or find the person in the list."),
                             detail)  # fmt: skip
        elif body.status < 500:
            view = ErrorView(body.status, body.code,
                             gettext("The address asks for something this site cannot show."),
                             gettext("Check the address, or start again from the list."),
                             detail)  # fmt: skip
        else:
            view = ErrorView(
                body.status,
                body.code,
                gettext("Something went wrong on our side."),
                gettext("It has been logged; please try again later."),
                "",
            )
    return render(request, "error.html", view, status=body.status)


class LanguageMiddleware:
    """Make the request's language the current one while it is answered, so strings
    that page code builds (labels, chart text) come out in the language of the page."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        accept = Headers(scope=scope).get("accept-language")
        lang, _ = choose_language((query.get("lang") or [None])[0], accept)
        with language(lang):
            await self.app(scope, receive, send)
