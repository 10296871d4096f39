"""``vigil briefing``: the one-page briefing on a day, in a language, as text or PDF."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from vigil.cli.context import engine, parse_day, settings
from vigil.cli.output import console
from vigil.errors import InvalidInput
from vigil.publish import Publication, PublicationPolicy
from vigil.publish.briefing import Briefing, briefing
from vigil.store.db import connect


class Lang(StrEnum):
    EN = "en"
    BE = "be"
    RU = "ru"


def _write(path: Path, data: bytes) -> None:
    """``data`` to ``path`` whole or not at all."""
    if not path.parent.exists():
        raise InvalidInput(f"no directory {path.parent}", hint="create it first")
    handle, name = tempfile.mkstemp(prefix=".vigil-briefing-", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as f:
            f.write(data)
        Path(name).replace(path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def briefing_command(
    at: Annotated[str | None, typer.Option(help="The day (default today)")] = None,
    lang: Annotated[Lang, typer.Option(help="be, ru or en")] = Lang.EN,
    pdf: Annotated[Path | None, typer.Option(help="Write a one-page PDF here")] = None,
    html: Annotated[Path | None, typer.Option(help="Write the printable HTML here")] = None,
) -> None:
    """The one-page briefing: the count and its change, new detentions, releases,
    pardons and deaths of the month, the longest held, published figures beside ours."""
    day = parse_day(at, "--at") or dt.date.today()
    s = settings()
    policy = PublicationPolicy.parse(s.withheld_dates, s.withheld_shows, s.min_cell)
    with connect(engine()) as conn:
        b = briefing(Publication.open(conn, policy), day)
    if pdf is None and html is None:
        _print(b, lang.value, policy.min_cell)
        return
    from vigil.web.briefing import briefing_html, briefing_pdf

    base = s.public_url.rstrip("/")
    if html is not None:
        _write(html, briefing_html(b, lang.value, base, policy.min_cell).encode())
        console.print(f"wrote {html}", soft_wrap=True)
    if pdf is not None:
        _write(pdf, briefing_pdf(b, lang.value, base, policy.min_cell))
        console.print(f"wrote {pdf} (one A4 page, {lang.value})", soft_wrap=True)


def _print(b: Briefing, lang: str, min_cell: int) -> None:
    from vigil.web.briefing import briefing_context
    from vigil.web.i18n import gettext as _
    from vigil.web.i18n import language, ngettext

    page = briefing_context(b, lang, "", min_cell)
    with language(lang):
        out = [
            f"{_('Briefing')} · {page.day(b.at)}",
            f"{page.num(b.held)} "
            f"{ngettext('political prisoner held', 'political prisoners held', b.held)}; "
            f"{page.signed(b.change)} {_('since')} {page.day(b.month_before)}",
            _("Counted: people in custody on the day and recognized as political prisoners "
              "(recognitions recorded from: %(orgs)s). A verified minimum.")
            % {"orgs": page.orgs()},
            "",
            _("From %(start)s to %(end)s") % {"start": page.day(b.period_start),
                                              "end": page.day(b.at)},
        ]  # fmt: skip
        withheld = _("name withheld")
        for g in page.groups:
            names = ", ".join(
                f"{withheld if e.name_withheld else e.name} ({e.date})" for e in b.events[g]
            )
            counted = f"  {page.group_name(g)}: {page.count(g)}"
            out.append(counted + (f": {names}" if names else ""))
        for title, people in ((_("Longest held"), b.longest_held),
                              (_("Longest out of sight (incommunicado)"),
                               b.longest_out_of_sight)):  # fmt: skip
            out.append(title + ":" + ("" if people else " " + _("None recorded.")))
            for p in people:
                days = "" if p.days is None else f": {page.num(p.days)} {_('days')}"
                name = withheld if p.name_withheld else p.name
                out.append(f"  {name}, {_('since')} {p.since or '?'}{days}")
        figures = _("Published figures beside the registry's count")
        out.append(figures + ":" + ("" if b.figures else " " + _("None recorded.")))
        for f in b.figures:
            then, now = page.num(f.registry_then), page.num(f.registry_now)
            out.append(f"  {f.day}: {page.figure(f)} ({f.said_by}); "
                       f"{_('Registry, as known then')} {then}, "
                       f"{_('Registry, as known now')} {now}")  # fmt: skip
    console.print("\n".join(out), soft_wrap=True, markup=False)
