"""Rendering pages: one Jinja2 environment (autoescaping on) and the chrome every page
shares (language, navigation, links that keep ``?lang=``, who is signed in)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from vigil.web.edge import ErrorBody
from vigil.web.i18n import Translator, choose_language, translator
from vigil.web.security import page_staff

__all__ = ["Chrome", "chrome", "error_page", "number", "render"]

TEMPLATES = Path(__file__).resolve().parent / "templates"

_NAV = (("/", "nav.home"), ("/persons", "nav.persons"), ("/cases", "nav.cases"),
        ("/stats", "nav.stats"), ("/sources", "nav.sources"))  # fmt: skip


def number(value: int, lang: str = "en") -> str:
    """1,446 in English; 1 446 (narrow no-break space) in Belarusian and Russian."""
    text = f"{value:,}"
    return text if lang == "en" else text.replace(",", "\u202f")


def _env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["day"] = lambda d: d.isoformat() if isinstance(d, dt.date) else (d or "")
    return env


ENV = _env()


@dataclass(frozen=True, slots=True)
class Chrome:
    """What the layout needs: language, strings, the current path, navigation."""

    lang: str
    lang_in_url: bool
    t: Translator
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
    return Chrome(lang, in_url, translator(lang), request.url.path, _NAV)


def render(request: Request, template: str, page: object, *, status: int = 200) -> HTMLResponse:
    """``template`` with its typed context ``page`` and the shared chrome, including the
    signed-in staff member (``staff``, or None) and their session's ``csrf_token``."""
    c = chrome(request)
    staff = page_staff(request)
    csrf = staff.csrf_token if staff else None
    html = ENV.get_template(template).render(
        chrome=c, t=c.t, page=page, staff=staff, csrf_token=csrf
    )
    headers = {"content-language": c.lang}
    if staff is not None:  # a page that names its reader is nobody else's to cache
        headers["cache-control"] = "private, no-store"
    return HTMLResponse(html, status_code=status, headers=headers)


def error_page(request: Request, body: ErrorBody) -> HTMLResponse:
    return render(request, "error.html", body, status=body.status)
