"""``vigil extract FILE...``: what the extractor finds in text files, for people or scripts."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich import box
from rich.markup import escape
from rich.table import Table

from vigil.cli.context import parse_day
from vigil.cli.output import console, err_console
from vigil.ingest import read_source

if TYPE_CHECKING:
    from vigil.extract import Extraction

__all__ = ["extract"]


class ExtractFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"


def extract(
    files: list[Path] = typer.Argument(..., help="Text files (front matter optional)."),  # noqa: B008
    published: str | None = typer.Option(
        None, "--published", help="Publication date YYYY-MM-DD; overrides the front matter."
    ),
    fmt: ExtractFormat = typer.Option(ExtractFormat.TABLE, "--format", help="table, json or jsonl"),  # noqa: B008
    extractor: str | None = typer.Option(
        None,
        "--extractor",
        help="An extractor version for texts in its language, e.g. vigil.extract.en.v1 "
        "(default: the newest of each language).",
    ),
) -> None:
    """Extract persons, events, figures, facilities and quotes from news texts."""
    from vigil.extract import extract as run
    from vigil.extract.language import detect_language

    day = parse_day(published, "--published")
    if extractor:
        from vigil.extract.registry import extractor_named

        extractor_named(extractor)  # an unknown name fails before any file is read
    sources = [(path, read_source(path)) for path in files]  # every file checked first
    results: list[dict[str, Any]] = []
    warned = False
    for path, source in sources:
        language = detect_language(source.text) or source.language or "en"
        if language == "en" and source.language and source.language not in {"en", "eng"}:
            language = source.language
        extraction = run(
            source.text, published=day or source.published, language=language, extractor=extractor
        )
        for note in extraction.notes:
            if note.startswith(("the English model", "refusing")) and not warned:
                err_console.print(f"[yellow]warning:[/yellow] {escape(note)}", soft_wrap=True)
                warned = True
        row = {"file": str(path), **extraction.to_gold(source.text)}
        if fmt is ExtractFormat.JSONL:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        elif fmt is ExtractFormat.JSON:
            results.append(row)
        else:
            _show(str(path), source.text, extraction)
    if fmt is ExtractFormat.JSON:
        sys.stdout.write(json.dumps(results, ensure_ascii=False, indent=2) + "\n")


def _cut(quote: str, limit: int = 160) -> str:
    clean = " ".join(quote.split())
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"


_ROLE_STYLE = {"detainee": "bold red", "official": "blue", "advocate": "green",
               "journalist": "magenta", "other": "white"}  # fmt: skip


def _show(name: str, text: str, ex: Extraction) -> None:
    """One file for a person: figures, persons with their events, places, quotes, notes."""
    console.rule(f"[bold]{escape(name)}[/bold] [dim]{ex.extractor}[/dim]")
    for note in ex.notes:
        console.print(f"[yellow]note:[/yellow] {escape(note)}", soft_wrap=True)
    if ex.figures:
        # Keys stay whole at any width; the quote (with what else was found) wraps.
        table = Table(title="Figures", title_justify="left", box=box.SIMPLE_HEAD)
        for col in ("value", "qualifier", "category", "as of"):
            table.add_column(col, no_wrap=True)
        table.add_column("quote", overflow="fold", ratio=1, min_width=16)
        for f in ex.figures:
            quote = f.span.of(text)
            split = ", ".join(f"{k} {v}" for k, v in f.breakdown.items())
            about = "; ".join(x for x in (split, f"confidence {f.confidence:.1f}") if x)
            table.add_row(f"[bold]{f.value:,}[/bold]", f.qualifier.value.replace("_", " "),
                          f"[cyan]{f.category}[/cyan]", str(f.as_of or ""),
                          f"{escape(_cut(quote))}\n[dim]{escape(about)}[/dim]")  # fmt: skip
        console.print(table)
    if ex.persons:
        table = Table(title="Persons and events", title_justify="left")
        table.box = box.SIMPLE_HEAD
        table.add_column("person", min_width=10)
        table.add_column("role", no_wrap=True)
        # an event type wraps between its words ("recognized political prisoner"), so
        # the quote keeps a readable width at 80 columns
        table.add_column("event", min_width=10)
        table.add_column("date", no_wrap=True)
        table.add_column("quote", overflow="fold", ratio=1, min_width=16)
        for p in sorted(ex.persons, key=lambda p: (p.role.value != "detainee", p.span.start)):
            style = _ROLE_STYLE.get(p.role.value, "white")
            who = f"[{style}]{escape(p.name)}[/{style}]"
            if not p.events:
                why = f"{p.reason}; confidence {p.confidence:.1f}"
                table.add_row(who, p.role.value, "", "", f"[dim]{escape(why)}[/dim]")
            for i, e in enumerate(p.events):
                sure = f"confidence {e.confidence:.1f}"
                about = "; ".join(x for x in (e.detail or "", sure) if x)
                quote = f"{escape(_cut(e.span.of(text)))}\n[dim]{escape(about)}[/dim]"
                table.add_row(who if i == 0 else "", p.role.value if i == 0 else "",
                              f"[bold]{e.type.value.replace('_', ' ')}[/bold]", str(e.date or ""),
                              quote)  # fmt: skip
        console.print(table)
    for e in ex.group_events:
        console.print(f"[bold]group event[/bold] {e.type.value} {e.date or ''}: "
                      f"[dim]{escape(e.span.of(text)[:100])}[/dim]", soft_wrap=True)  # fmt: skip
    places = [f"[yellow]{escape(f.name)}[/yellow]" for f in ex.facilities]
    places += [f"[cyan]{escape(o.name)}[/cyan]" for o in ex.organizations]
    if places:
        console.print("[bold]Facilities[/bold] (yellow) [bold]and organizations[/bold] (cyan): "
                      + "; ".join(places), soft_wrap=True)  # fmt: skip
    for q in ex.quotes:
        console.print(f"[bold]quote[/bold] {escape(q.speaker or '?')}"
                      + (f" [dim]({escape(q.channel)})[/dim]" if q.channel else "")
                      + f": {escape(q.span.of(text)[:100])}", soft_wrap=True)  # fmt: skip
