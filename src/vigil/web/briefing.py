"""The briefing rendered: as a page (``/briefing``) and as a one-page PDF (WeasyPrint),
in English, Belarusian or Russian. The PDF is made from the same template with its
stylesheet inline and nothing fetched: the fetcher refuses every address but the
site's own static files, and fonts are the system's (fontconfig)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from vigil.publish import RecentView
from vigil.publish.briefing import GROUPS, QUALIFIERS, Briefing, FigureBeside
from vigil.web.chart import LineChart, line_chart
from vigil.web.i18n import N_, event_name, gettext, label, language
from vigil.web.render import _NAV, ENV, Chrome, number

__all__ = ["BriefingContext", "briefing_context", "briefing_html", "briefing_pdf", "day_text"]

GROUP_NAMES = {
    "detentions": N_("New detentions"),
    "releases": N_("Releases"),
    "pardons": N_("Pardons"),
    "deaths": N_("Deaths in custody"),
}


def day_text(day: dt.date, lang: str) -> str:
    """A day as the language writes it: December 4, 2026; 4 снежня 2026 г."""
    from babel.dates import format_date

    return str(format_date(day, format="long", locale=lang))


@dataclass(frozen=True, slots=True)
class BriefingContext:
    b: Briefing
    chart: LineChart
    lang: str
    base: str  # "" on the site; the site's address in a PDF (links must be absolute)
    groups: tuple[str, ...]
    min_cell: int

    def day(self, day: dt.date) -> str:
        return day_text(day, self.lang)

    def num(self, value: int) -> str:
        return number(value, self.lang)

    def signed(self, value: int) -> str:
        return ("+" if value > 0 else "−" if value < 0 else "±") + number(abs(value), self.lang)

    def count(self, group: str) -> str:
        n = self.b.counts[group]
        return f"<{self.min_cell}" if n is None else number(n, self.lang)

    def event(self, e: RecentView) -> str:
        with language(self.lang):
            return event_name(e.type)

    def group_name(self, group: str) -> str:
        with language(self.lang):
            return label(GROUP_NAMES, group)

    def text(self, message: str) -> str:
        """``message`` in the briefing's language."""
        with language(self.lang):
            return gettext(message)

    def figure(self, f: FigureBeside) -> str:
        return QUALIFIERS.get(f.qualifier, "") + number(f.value, self.lang)

    def link(self, path: str) -> str:
        return self.base + path

    def orgs(self) -> str:
        return ", ".join(self.b.recognized_by) or "—"


def briefing_context(b: Briefing, lang: str, base: str = "", min_cell: int = 5) -> BriefingContext:
    marks = [(f.day, f.value, f"{f.text} ({f.said_by})", base + f.source_url)
             for f in b.figures if b.series and b.series[0][0] <= f.day]  # fmt: skip
    chart = line_chart(b.series, marks, width=720, height=200)
    return BriefingContext(b, chart, lang, base, tuple(GROUPS), min_cell)


def _chrome(lang: str) -> Chrome:
    return Chrome(lang, True, "/briefing", _NAV)


def briefing_html(b: Briefing, lang: str, base: str, min_cell: int = 5) -> str:
    """The standalone printable document (stylesheet inline), links under ``base``."""
    from vigil.web.render import STATIC_DIR

    css = (STATIC_DIR / "briefing.css").read_text(encoding="utf-8")
    c = _chrome(lang)
    page = briefing_context(b, lang, base, min_cell)
    with language(lang):
        html: str = ENV.get_template("briefing_print.html").render(chrome=c, page=page, css=css)
    return html


def _local_only() -> Any:
    """A WeasyPrint URL fetcher that fetches nothing from the network: only the site's
    own static files (the briefing needs none; a stray reference fails quietly)."""
    from weasyprint.urls import URLFetcher

    from vigil.web.render import STATIC_DIR

    root = STATIC_DIR.resolve().as_uri() + "/"

    class LocalOnly(URLFetcher):  # type: ignore[misc]
        def fetch(self, url: str, headers: Any = None) -> Any:
            if not url.startswith(root):
                raise ValueError(f"the briefing fetches nothing from {url}")
            return super().fetch(url, headers)

    return LocalOnly(allowed_protocols=("file",))


def briefing_pdf(b: Briefing, lang: str, base: str, min_cell: int = 5) -> bytes:
    """The briefing as a one-page A4 PDF."""
    from weasyprint import HTML

    from vigil.web.render import STATIC_DIR

    html = briefing_html(b, lang, base, min_cell)
    document = HTML(string=html, base_url=STATIC_DIR.as_uri() + "/", url_fetcher=_local_only())
    pdf: bytes = document.write_pdf()
    return pdf
