"""``vigil ingest``: read files, folders and URLs, store sources, propose claims.

A file or page that is one source gets one line. An export or a feed holds many: its
sources that proposed something get a line each, and the whole gets a summary line
(new, known, skipped, failed) with its notes counted, so a 100k-message export does
not print 100k lines. A progress bar shows on stderr when stderr is a terminal.
"""

from __future__ import annotations

import shlex
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from vigil.cli.context import engine, parse_day, settings
from vigil.cli.output import console, err_console

if TYPE_CHECKING:
    from vigil.ingest.pipeline import IngestReport
    from vigil.ingest.readers import Outcome, Progress

TARGETS_HELP = (
    "Text files (.txt/.md, front matter optional), saved HTML pages, Telegram Desktop "
    "exports (result.json), RSS/Atom feeds, folders of them, or http(s) URLs"
)


def ingest(
    targets: Annotated[list[str], typer.Argument(metavar="PATH_OR_URL...", help=TARGETS_HELP)],
    published: Annotated[
        str | None,
        typer.Option(help="Publication date of texts and pages (overrides what they say)"),
    ] = None,
    fetch_pages: Annotated[
        bool,
        typer.Option(
            "--fetch-pages",
            help="For feed files: fetch the page of each item that has only a summary",
        ),
    ] = False,
    again: Annotated[
        bool,
        typer.Option(
            "--again",
            help="Extract sources already stored again (after an extractor upgrade); "
            "only claims never proposed before are added",
        ),
    ] = False,
    extractor: Annotated[
        str | None,
        typer.Option(
            "--extractor",
            help="An extractor version for texts in its language, e.g. vigil.extract.en.v1 "
            "(default: the newest of each language)",
        ),
    ] = None,
    reliability: Annotated[
        str | None,
        typer.Option(help="Grade every source: A (completely reliable) to F (cannot be judged)"),
    ] = None,
    credibility: Annotated[
        str | None,
        typer.Option(
            help="Grade every source's information: 1 (confirmed) to 6 (cannot be judged)"
        ),
    ] = None,
) -> None:
    """Store each source, extract what it says, and propose claims to review.

    Each source is its own transaction: a bad file, message or item is reported and
    the others go in. Re-ingesting proposes nothing twice and never brings back a
    rejected claim; a message or page seen before is not stored again.
    """
    from functools import partial

    from vigil.extract import extract
    from vigil.extract.registry import extractor_named
    from vigil.ingest.readers import ReadOptions, ingest_items, read_targets
    from vigil.model import Grade
    from vigil.model import source_edit as grading

    day = parse_day(published, "--published")
    grade = Grade(grading.reliability(reliability), grading.credibility(credibility))
    if extractor:
        extractor_named(extractor)  # an unknown name fails before anything is stored
    groups: dict[str, _Group] = {}
    failed = 0
    with _progress() as progress:
        options = ReadOptions(fetch_pages=fetch_pages, progress=progress)
        items = read_targets(targets, options)
        for outcome in ingest_items(
            engine(),
            items,
            partial(extract, extractor=extractor),
            by=settings().actor,
            published=day,
            grade=grade,
            again=again,
        ):
            failed += outcome.error is not None
            _show(outcome, groups)
    for name, group in groups.items():
        group.summary(name)
    if failed:
        raise typer.Exit(2)
    console.print("[dim]next: `vigil review` to accept or reject what was proposed[/dim]")


@dataclass
class _Group:
    """The tally of one export, feed or folder."""

    new: int = 0
    known: int = 0
    proposed: int = 0
    failed: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    notes: Counter[str] = field(default_factory=Counter)

    def summary(self, name: str) -> None:
        parts = []
        if self.new or self.known or self.failed:
            parts.append(f"{self.new} new sources")
        if self.known:
            parts.append(f"{self.known} known")
        if self.proposed:
            parts.append(f"{self.proposed} claims proposed")
        if self.skipped:
            why = ", ".join(f"{reason}: {n}" for reason, n in self.skipped.most_common())
            parts.append(f"{self.skipped.total()} skipped ({why})")
        if self.failed:
            parts.append(f"{self.failed} not ingested")
        console.print(f"{escape(name)}: " + ", ".join(parts), soft_wrap=True)
        for note, n in self.notes.most_common():
            sources = "1 source" if n == 1 else f"{n} sources"
            console.print(f"  [yellow]note[/yellow] ({sources}): {escape(note)}", soft_wrap=True)


def _show(outcome: Outcome, groups: dict[str, _Group]) -> None:
    """Print one outcome (or only count it, inside an export or a feed)."""
    item, report, error = outcome.item, outcome.report, outcome.error
    group = groups.setdefault(item.group, _Group()) if item.group else None
    if error is not None:
        message = error.one_line()
        if item.name == item.group:  # the export or feed as a whole
            sys.stderr.write(f"error: {message}\n")
        else:
            message = message.removeprefix(f"{item.name}: ")
            sys.stderr.write(f"error: {item.name}: not ingested: {message}\n")
        if group is not None:
            group.failed += 1
        return
    if report is None:
        if group is not None:
            group.skipped[item.skipped or "skipped"] += 1
        return
    if group is not None:
        group.new += report.new_source
        group.known += not report.new_source
        group.proposed += report.proposed
        group.notes.update(report.notes)
        if not (report.proposed or report.already_known or report.linked or report.filled
                or report.offered):  # fmt: skip
            return
    what = "new source" if report.new_source else "known source"
    if not report.extractor:  # stored before, not extracted again
        console.print(
            f"{escape(item.name)}: {what} {report.source_id}, not extracted again "
            "[dim](--again re-extracts it)[/dim]",
            soft_wrap=True,
        )
        _details(report)
        return
    console.print(
        f"{escape(item.name)}: {what} {report.source_id}, {report.proposed} claims proposed"
        + (f", {report.already_known} already seen" if report.already_known else "")
        + (f", {report.linked} persons linked to the registry" if report.linked else "")
        + f" [dim]({report.extractor})[/dim]",
        soft_wrap=True,  # one line per source, however long: scripts read it
    )
    _details(report)
    if group is None:
        for note in report.notes:
            console.print(f"  [yellow]note:[/yellow] {escape(note)}", soft_wrap=True)


def _details(report: IngestReport) -> None:
    """What a known text's details changed of the stored source, and what they did not."""
    if report.filled:
        done = "; ".join(str(c) for c in report.filled)
        console.print(f"  source {report.source_id} corrected: {escape(done)}", soft_wrap=True)
    if report.offered:
        differs = "; ".join(str(c) for c in report.offered)
        flags = " ".join(f"--{c.field} {shlex.quote(str(c.after))}" for c in report.offered)
        console.print(
            f"  [yellow]not changed[/yellow] (source {report.source_id} has them): "
            f"{escape(differs)}; to correct it: "
            f"vigil source edit {report.source_id} {escape(flags)}",
            soft_wrap=True,
        )


class _RichProgress:
    """Progress bars on stderr, one per export or folder being read."""

    def __init__(self) -> None:
        from rich.progress import (
            BarColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeRemainingColumn,
        )

        self.bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            TaskProgressColumn(),
            TimeRemainingColumn(),
            console=err_console,
            transient=True,
        )

    def begin(self, label: str, total: int | None) -> int:
        return int(self.bar.add_task(escape(label), total=total))

    def update(self, task: int, completed: int) -> None:
        from rich.progress import TaskID

        self.bar.update(TaskID(task), completed=completed)

    def end(self, task: int) -> None:
        from rich.progress import TaskID

        self.bar.remove_task(TaskID(task))


@contextmanager
def _progress() -> Iterator[Progress]:
    """A Rich progress display when stderr is a terminal; nothing otherwise."""
    from vigil.ingest.readers import NoProgress

    if not sys.stderr.isatty():
        yield NoProgress()
        return
    shown = _RichProgress()
    with shown.bar:
        yield shown
