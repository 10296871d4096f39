"""Write a generated plan into a registry, with a fictional source for every fact.

The whole build is one entry of the audit log (``demo.build``, with its counts), not
one per row.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from importlib import resources

from rich.progress import Progress
from sqlalchemy import Connection

from vigil.demo.generator import ADDRESSES, FACILITIES, Plan, PlannedEvent
from vigil.ingest import parse_source
from vigil.model import (
    Claim,
    ClaimKind,
    Credibility,
    Event,
    EventPayload,
    EventType,
    Facility,
    Figure,
    FigurePayload,
    NameLink,
    NameVariant,
    PartialDate,
    Person,
    Qualifier,
    Reliability,
    Review,
    ReviewState,
    Source,
)
from vigil.store import audit
from vigil.store import facilities as fac_store
from vigil.store.bulk import (
    bulk_claims,
    bulk_events,
    bulk_facilities,
    bulk_persons,
    bulk_sources,
)
from vigil.store.claims import cite
from vigil.store.segments import rematerialize
from vigil.store.sources import add_source

__all__ = ["DEMO_ACTOR", "DEMO_EXTRACTOR", "add_seed_article", "write_plan"]

DEMO_ACTOR = "demo-generator"
DEMO_EXTRACTOR = "demo.v1"
SEED_FILE = "seed_000_af915d7ba50896bb.txt"


def _phrase(e: PlannedEvent, name: str, facility: str | None) -> str:
    where = f" ({facility})" if facility else ""
    if e.type is EventType.TRANSFERRED and facility is None:
        where = " (to a place not disclosed)"
    detail = e.detail
    extra = ""
    if detail.articles:
        extra += f", article{'s' if len(detail.articles) > 1 else ''} {', '.join(detail.articles)}"
    if detail.term_months:
        years, months = divmod(detail.term_months, 12)
        extra += f", {years} y {months} m" if months else f", {years} years"
    if detail.regime:
        extra += f", {detail.regime.value.replace('_', ' ')} regime"
    if detail.recognition and detail.recognition.by:
        rec = detail.recognition
        extra += f", {rec.status.value.replace('_', ' ')} by {rec.by}"
        extra += f" ({rec.criterion})" if rec.criterion else ""
    return f"{e.date}: {name}: {e.type.value.replace('_', ' ')}{where}{extra}."


def write_plan(conn: Connection, plan: Plan, progress: Progress | None = None) -> list[int]:
    """Persons, facilities, monthly bulletins, claims and events; returns person ids."""
    facility_ids = bulk_facilities(
        conn,
        [Facility(names, kind, region, address)
         for (names, kind, region), address in zip(FACILITIES, ADDRESSES, strict=True)],
    )  # fmt: skip
    people = [
        Person(
            names=tuple(NameVariant.of(t, language=lang) for t, lang in p.names),
            gender=p.gender,
            birth_date=p.birth,
            region=p.region,
            occupation=p.occupation,
            name_withheld=p.withheld,
        )
        for p in plan.persons
    ]
    person_ids = bulk_persons(conn, people, by=DEMO_ACTOR)
    # One bulletin per month of recording, one line (and claim) per event.
    by_month: dict[tuple[int, int], list[tuple[int, PlannedEvent]]] = defaultdict(list)
    for pid, planned in zip(person_ids, plan.persons, strict=True):
        for e in planned.events:
            by_month[(e.recorded.year, e.recorded.month)].append((pid, e))
    months = sorted(by_month.items())
    names = {pid: p.names[0][0] for pid, p in zip(person_ids, plan.persons, strict=True)}
    bulletins: list[Source] = []
    spans: list[list[tuple[int, str]]] = []
    for (year, month), items in months:
        lines = [f"Demo bulletin {year}-{month:02d}. Fictional people, made up.", ""]
        month_spans: list[tuple[int, str]] = []
        offset = sum(len(line) + 1 for line in lines)
        for pid, e in items:
            fac = FACILITIES[e.facility][0][0] if e.facility is not None else None
            line = _phrase(e, f"{names[pid]} (demo person {pid})", fac)
            month_spans.append((offset, line))
            lines.append(line)
            offset += len(line) + 1
        bulletins.append(
            Source(
                text="\n".join(lines),
                title=f"Demo bulletin {year}-{month:02d} (fictional people)",
                publisher="Vigil demo generator",
                published=max(e.recorded for _, e in items),
                language="en",
                # Graded as monitors grade a partner's bulletin: usually reliable and
                # probably true; every fifth month's is a second-hand one (C3).
                reliability=Reliability.C if len(bulletins) % 5 == 4 else Reliability.B,
                credibility=Credibility.POSSIBLE
                if len(bulletins) % 5 == 4
                else Credibility.PROBABLE,
            )
        )
        spans.append(month_spans)
    source_ids = bulk_sources(conn, bulletins, by=DEMO_ACTOR)
    task = progress.add_task("writing demo history", total=len(months)) if progress else None
    written = {"sources": len(source_ids), "claims": 0, "events": 0}
    ranges: dict[str, tuple[int, int] | None] = {
        "facility": _span(facility_ids),
        "person": _span(person_ids),
        "source": _span(source_ids),
    }
    for source_id, month_spans, (_, items) in zip(source_ids, spans, months, strict=True):
        claim_ids = bulk_claims(
            conn,
            [
                Claim(
                    source_id,
                    start,
                    start + len(line),
                    line,
                    ClaimKind.EVENT,
                    DEMO_EXTRACTOR,
                    payload=EventPayload(e.type, e.date, link=NameLink(pid)),
                    review=Review(ReviewState.ACCEPTED, DEMO_ACTOR, _noon(e.recorded)),
                )
                for (start, line), (pid, e) in zip(month_spans, items, strict=True)
            ],
        )
        event_ids = bulk_events(
            conn,
            [
                Event(
                    pid,
                    e.type,
                    e.date,
                    _noon(e.recorded),
                    facility_id=facility_ids[e.facility] if e.facility is not None else None,
                    detail=e.detail,
                    claim_ids=(cid,),
                    recorded_by=DEMO_ACTOR,
                )
                for cid, (pid, e) in zip(claim_ids, items, strict=True)
            ],
        )
        written["claims"] += len(claim_ids)
        written["events"] += len(event_ids)
        ranges["claim"] = _span([*(ranges.get("claim") or ()), *claim_ids])
        ranges["event"] = _span([*(ranges.get("event") or ()), *event_ids])
        if progress and task is not None:
            progress.advance(task)
    rematerialize(conn, person_ids)
    audit.record(
        conn,
        actor=DEMO_ACTOR,
        action="demo.build",
        target="registry",
        after={
            "persons": len(person_ids),
            "person_ids": [min(person_ids), max(person_ids)] if person_ids else [],
            "facilities": len(facility_ids),
            **written,
        },
        # Every record written here is stated in the entry, so a later direct change to
        # one of them shows in `vigil audit verify`.
        ranges={kind: span for kind, span in ranges.items() if span is not None},
    )
    return person_ids


def _span(ids: Sequence[int]) -> tuple[int, int] | None:
    return (min(ids), max(ids)) if ids else None


def _noon(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC)


def add_seed_article(conn: Connection) -> int:
    """The founding report, with the figures it states as claims."""
    text = resources.files("vigil.demo").joinpath("data").joinpath(SEED_FILE).read_text("utf-8")
    # A newspaper report of the pardon, confirmed by the decree's own announcement.
    source = replace(parse_source(text, name=SEED_FILE), reliability=Reliability.B,
                     credibility=Credibility.CONFIRMED)  # fmt: skip
    source_id, _ = add_source(conn, source, by=DEMO_ACTOR)
    stated = [
        ("More than 1,400 people are still behind bars in politically motivated cases",
         1400, Qualifier.MORE_THAN, "held", {}, "Sviatlana Tsikhanouskaya"),
        ("he signed a decree pardoning 14 women and 16 men", 30, Qualifier.EXACT, "pardoned",
         {"women": 14, "men": 16}, "Office of Alyaksandr Lukashenka"),
    ]  # fmt: skip
    for quote, value, qualifier, category, breakdown, who in stated:
        claim_id = cite(
            conn,
            source_id,
            quote,
            kind=ClaimKind.FIGURE,
            extractor=DEMO_EXTRACTOR,
            by=DEMO_ACTOR,
            payload=FigurePayload(value, qualifier, category),
        )
        fac_store.add_figure(
            conn,
            Figure(
                value,
                qualifier,
                category,
                as_of=None if source.published is None else PartialDate.of(source.published),
                breakdown=breakdown,
                attributed_to=who,
                claim_id=claim_id,
            ),
            by=DEMO_ACTOR,
        )
    return source_id
