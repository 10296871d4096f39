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
    from vigil.web.i18n import translator

    t = translator(lang)
    page = briefing_context(b, lang, "", min_cell)
    out = [
        f"{t('briefing.title')} · {page.day(b.at)}",
        f"{page.num(b.held)} {t('home.held')}; {page.signed(b.change)} "
        f"{t('briefing.change')} {page.day(b.month_before)}",
        t("briefing.counts_whom").replace("{orgs}", page.orgs()),
        "",
        t("briefing.period").replace("{start}", page.day(b.period_start))
        .replace("{end}", page.day(b.at)),
    ]  # fmt: skip
    for g in page.groups:
        names = ", ".join(
            f"{t('name_withheld') if e.name_withheld else e.name} ({e.date})" for e in b.events[g]
        )
        out.append(f"  {t('briefing.' + g)}: {page.count(g)}" + (f": {names}" if names else ""))
    for key, people in (("briefing.longest_held", b.longest_held),
                        ("briefing.out_of_sight", b.longest_out_of_sight)):  # fmt: skip
        out.append(t(key) + ":" + ("" if people else " " + t("briefing.none")))
        for p in people:
            days = "" if p.days is None else f": {page.num(p.days)} {t('person.days')}"
            name = t("name_withheld") if p.name_withheld else p.name
            out.append(f"  {name}, {t('person.since')} {p.since or '?'}{days}")
    out.append(t("briefing.figures") + ":" + ("" if b.figures else " " + t("briefing.none")))
    for f in b.figures:
        then, now = page.num(f.registry_then), page.num(f.registry_now)
        out.append(f"  {f.day}: {page.figure(f)} ({f.said_by}); {t('briefing.then')} {then}, "
                   f"{t('briefing.now')} {now}")  # fmt: skip
    console.print("\n".join(out), soft_wrap=True, markup=False)
