"""The publication boundary, tested as a difference: crawl every public page, download
and API route of a registry; add a person whose name is withheld and whose name already
stands in other records' text (another person's quote, a note, a figure's quote, a
source's title and address); crawl again. No public byte names them in any script or
case form, and nothing else changed but counts and the redacted spans. Then the same
after merges and a split. On SQLite and PostgreSQL.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import httpx
import pytest
from fastapi.routing import APIRoute

from conftest import Site, serve_app
from vigil.demo.build import add_seed_article, write_plan
from vigil.demo.cases import add_demo_cases
from vigil.demo.generator import generate
from vigil.ingest.cases import CaseInput, VerdictInput, join_case, open_case, record_verdict
from vigil.model import (
    MANUAL_EXTRACTOR,
    ClaimKind,
    Event,
    EventDetail,
    EventType,
    Figure,
    Gender,
    NameVariant,
    PartialDate,
    Person,
    Qualifier,
    Recognition,
    Source,
)
from vigil.publish import MARKER
from vigil.settings import Settings
from vigil.store.claims import cite
from vigil.store.db import make_engine, transaction
from vigil.store.events import add_event, corroborate_event
from vigil.store.facilities import add_figure, corroborate_figure
from vigil.store.identity import merge, split
from vigil.store.persons import add_person
from vigil.store.sources import add_source
from vigil.web import create_app

# The withheld person's names as stored, and as other texts write them.
STORED = ("Wmarker7f3 Hiddenava", "Вмаркер7f3 Хідданава")
SECRETS = ("wmarker7f3", "вмаркер7f3", "hiddenava", "хідданава", "хидданав", "hiddenau")
# How the texts of other records name her before she is in the registry.
IN_TEXTS = ("Wmarker7f3 Hiddenava", "Вмаркер7f3 Хідданава", "Хидданавой", "Hiddenava", "Hiddenau")
ADDRESS = "https://example.org/news/krumenka-and-hiddenava"
HREF = re.compile(r'href="([^"]+)"')
MAX_PAGES = 260
STARTS = [
    "/", "/?lang=be", "/?lang=ru", "/persons", "/persons?status=held",
    "/persons?sort=held_since", "/persons?sort=region", "/persons?q=Krumenka",
    "/persons?region=Homiel", "/stats", "/stats?at=2022-01-01&known_at=2024-06-01",
    "/sources", "/persons?lang=be", "/cases", "/courts",
]  # fmt: skip
API = [
    "/api/v1/persons?per_page=200", "/api/v1/persons?sort=region&per_page=200",
    "/api/v1/persons?region=Homiel", "/api/v1/persons?from=2021-05-01&to=2021-05-31",
    "/api/v1/sources?per_page=200", "/api/v1/figures", "/api/v1/stats/count",
    "/api/v1/stats/series?from=2021-01-01&to=2024-12-31",
    "/api/v1/stats/flows?from=2020-01-01", "/persons.csv?per_page=200",
    "/persons.json?per_page=200", "/openapi.json", "/api/v1/cases", "/api/v1/courts",
    *(f"/api/v1/stats/breakdown?by={b}" for b in ("gender", "age", "region", "facility",
                                                    "article")),
]  # fmt: skip


def _normal(body: str, before: bool) -> str:
    """A body with counts and redacted spans made comparable."""
    if before:
        for text in IN_TEXTS:
            body = body.replace(text, MARKER)
    body = re.sub(r"<\d+|\d[\d,.\u202f\u00a0 ]*", "#", body)
    return re.sub(r"\s+", " ", body)


def _text(response: httpx.Response) -> str:
    """The body as a reader sees it: JSON with its escapes decoded."""
    if response.headers.get("content-type", "").startswith("application/json"):
        return json.dumps(response.json(), ensure_ascii=False, sort_keys=True)
    return response.text


def _crawl(site: Site, extra: list[str]) -> dict[str, str]:
    bodies: dict[str, str] = {}
    queue = deque(STARTS)
    while queue and len(bodies) < MAX_PAGES:
        path = queue.popleft()
        if path in bodies:
            continue
        response = site.client.get(path)
        assert response.status_code < 400, f"{path}: {response.status_code}"
        bodies[path] = _text(response)
        if response.headers.get("content-type", "").startswith("text/html"):
            for href in HREF.findall(response.text):
                target = urlsplit(urljoin(site.url + path, href.replace("&amp;", "&")))
                if target.netloc == urlsplit(site.url).netloc and not target.path.startswith(
                    ("/staff", "/static")
                ):
                    queue.append(target.path + (f"?{target.query}" if target.query else ""))
    for path in extra:
        response = site.client.get(path, follow_redirects=True)
        assert response.status_code == 200, f"{path}: {response.status_code}"
        bodies[path] = _text(response)
    return bodies


def _no_secret(bodies: dict[str, str], also: tuple[str, ...] = ()) -> None:
    for path, body in bodies.items():
        folded = body.casefold()
        for secret in (*SECRETS, *also):
            if secret in path.casefold():
                continue  # the search box shows what was asked
            assert secret not in folded, f"{secret!r} is public at {path}"


class Registry:
    def __init__(self, url: str) -> None:
        self.url = url
        engine = make_engine(url)
        with transaction(engine) as conn:
            plan = generate(40, seed=11, today=dt.date(2024, 6, 1))
            ids = write_plan(conn, plan)
            self.trials = add_demo_cases(conn, plan, ids)
            add_seed_article(conn)
            self.public = next(pid for pid, p in zip(ids, plan.persons, strict=True)
                               if p.gender is Gender.FEMALE and not p.withheld)  # fmt: skip
            self.named = add_person(
                conn,
                Person(names=(NameVariant.of("Volha Krumenka", primary=True),
                              NameVariant.of("Вольга Крумэнка")),
                       gender=Gender.FEMALE, region="Minsk"),
                by="tester",
            )  # fmt: skip
            text = (
                "Minsk, 2 June 2021. Volha Krumenka and Wmarker7f3 Hiddenava were detained on "
                "28 May. Адвакат Хидданавой не допущен. More than 1,400 people are still "
                "behind bars, among them Вмаркер7f3 Хідданава, said Hiddenau's lawyer."
            )
            self.source, _ = add_source_with(conn, text)
            quote = "Volha Krumenka and Wmarker7f3 Hiddenava were detained on 28 May"
            claim = cite(conn, self.source, quote, kind=ClaimKind.EVENT,
                         extractor=MANUAL_EXTRACTOR, by="tester")  # fmt: skip
            self.claim = claim
            added = [
                add_event(conn, _event(self.named, kind, day, claim, detail))
                for kind, day, detail in (
                    (EventType.DETAINED, "2021-05-28",
                     EventDetail(note="detained with Вмаркер7f3 Хідданава")),
                    (EventType.RECOGNIZED_POLITICAL_PRISONER, "2021-06-01",
                     EventDetail(recognition=Recognition(by="Viasna"))),
                )
            ]  # fmt: skip
            self.detained = added[0]
            # A group trial whose title and activity name her before she is in the
            # registry; she joins it as a defendant below.
            self.case = open_case(conn, CaseInput.parse(
                title="Case of Krumenka and Hiddenava", defendants=[self.named, self.public],
                court="Homiel Regional Court", judge="Judge Testava",
                activity="a letter to Вмаркер7f3 Хідданава's school", articles="342",
            ), by="tester")  # fmt: skip
            figure = cite(
                conn, self.source,
                "More than 1,400 people are still behind bars, among them Вмаркер7f3 Хідданава",
                kind=ClaimKind.FIGURE, extractor=MANUAL_EXTRACTOR, by="tester",
            )  # fmt: skip
            stated = Figure(1400, Qualifier.MORE_THAN, "held", PartialDate.parse("2021-06-02"),
                            attributed_to="Hiddenau's lawyer", claim_id=figure)  # fmt: skip
            figure_id = add_figure(conn, stated)
            # A second report of the detention and of the figure (corroboration): its
            # title and quotes name her too, and every source of a fact is public.
            self.second, _ = add_source(
                conn,
                Source(SECOND, title="Hiddenau's lawyer on the Minsk arrests",
                       publisher="Second News", published=dt.date(2021, 6, 3), language="en"),
                by="tester",
            )  # fmt: skip
            self.claim2 = cite(conn, self.second, SECOND_EVENT, kind=ClaimKind.EVENT,
                               extractor=MANUAL_EXTRACTOR, by="tester")  # fmt: skip
            corroborate_event(conn, self.detained, self.claim2, by="tester")
            again = cite(conn, self.second, SECOND_FIGURE, kind=ClaimKind.FIGURE,
                         extractor=MANUAL_EXTRACTOR, by="tester")  # fmt: skip
            corroborate_figure(conn, figure_id, again, by="tester")
        engine.dispose()

    def add_withheld(self) -> int:
        engine = make_engine(self.url)
        with transaction(engine) as conn:
            self.withheld = add_person(
                conn,
                Person(names=tuple(NameVariant.of(n, primary=i == 0) for i, n in enumerate(STORED)),
                       gender=Gender.FEMALE, birth_date=PartialDate.parse("1990"),
                       region="Homiel", occupation="journalist", name_withheld=True),
                by="tester",
            )  # fmt: skip
            for kind, day, detail in (
                (EventType.DETAINED, "2021-05-28", EventDetail(note="Hiddenava's note")),
                (EventType.RECOGNIZED_POLITICAL_PRISONER, "2021-06-01",
                 EventDetail(recognition=Recognition(by="Viasna"))),
                (EventType.SENTENCED, "2021-10-12",
                 EventDetail(articles=("342",), term_months=60)),
            ):  # fmt: skip
                event = add_event(conn, _event(self.withheld, kind, day, self.claim, detail))
                if kind is EventType.DETAINED:  # the second report names her arrest too
                    corroborate_event(conn, event, self.claim2, by="tester")
            join_case(conn, self.case, self.withheld, by="tester")
            record_verdict(conn, self.case, self.withheld,
                           VerdictInput.parse(date="2021-10-12", term="5y", appeal="upheld",
                                              note="Hiddenava's verdict"), by="tester")  # fmt: skip
            # A trial of withheld defendants only is not published at all.
            self.hidden_case = open_case(conn, CaseInput.parse(
                title="Case of one", defendants=[self.withheld], court="Secret Court Wmarker7f3"),
                by="tester")  # fmt: skip
        engine.dispose()
        return self.withheld


SECOND = (
    "Minsk, 3 June 2021. Volha Krumenka was detained on 28 May, said Hiddenau's lawyer. "
    "More than 1,400 people are still behind bars, among them Hiddenava."
)
SECOND_EVENT = "Volha Krumenka was detained on 28 May, said Hiddenau's lawyer"
SECOND_FIGURE = "More than 1,400 people are still behind bars, among them Hiddenava"


def add_source_with(conn: object, text: str) -> tuple[int, bool]:
    return add_source(
        conn,  # type: ignore[arg-type]
        Source(text, url=ADDRESS, title="Krumenka and Hiddenava detained in Minsk",
               publisher="Example News", published=dt.date(2021, 6, 2), language="en"),
        by="tester",
    )  # fmt: skip


def _event(person: int, kind: EventType, day: str, claim: int, detail: EventDetail) -> Event:
    return Event(person, kind, PartialDate.parse(day), dt.datetime(2024, 6, 1, tzinfo=dt.UTC),
                 claim_ids=(claim,), recorded_by="tester", detail=detail)  # fmt: skip


def _diff(before: dict[str, str], after: dict[str, str], path: str, w: int) -> str:
    import difflib

    a = _normal(_without_rows(before[path], w), before=True)
    b = _normal(_without_rows(after[path], w), before=False)
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return " | ".join(f"{a[i1 - 30:i2 + 10]!r} -> {b[j1 - 30:j2 + 10]!r}"
                      for tag, i1, i2, j1, j2 in ops if tag != "equal")[:1500]  # fmt: skip


def _without_rows(body: str, person_id: int) -> str:
    """``body`` without the rows that list ``person_id`` (list pages and downloads)."""
    link = f"/persons/{person_id}"
    body = re.sub(rf"<(tr|li)\b(?:(?!</\1>).)*?{link}\b(?:(?!</\1>).)*?</\1>", "", body, flags=re.S)
    try:
        data = json.loads(body)
    except ValueError:
        return "\n".join(line for line in body.splitlines()
                         if not line.startswith(f"{person_id},"))  # fmt: skip
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        data["items"] = [i for i in data["items"] if i.get("id") != person_id]
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


#: Responses whose change is expected beyond counts: breakdowns are counts by group (a
#: group may cross the small-cell threshold and show as its own row); the source whose
#: address names the withheld person publishes no address now.
def _expected_change(path: str, source: int) -> bool:
    if path.startswith(("/stats", "/api/v1/stats/breakdown")):
        return True
    if path.startswith(("/cases", "/api/v1/cases", "/courts", "/api/v1/courts")):
        return True  # the trial she joined: one more defendant, counted, never named
    return path.startswith(("/sources", "/api/v1/sources")) and (
        path.rstrip("/").endswith(str(source)) or "?" in path or path in ("/sources",
                                                                           "/api/v1/sources")
    )  # fmt: skip


@pytest.fixture
def registry(db_url: str) -> Iterator[tuple[Registry, Site]]:
    reg = Registry(db_url)
    for site in serve_app(create_app(Settings(database_url=db_url, public_cache=False))):
        yield reg, site


def test_withheld_name_in_other_records_text_never_published(
    registry: tuple[Registry, Site],
) -> None:
    reg, site = registry
    extra = [*API, f"/persons/{reg.named}", f"/api/v1/persons/{reg.named}/events",
             f"/sources/{reg.source}", f"/api/v1/sources/{reg.source}",
             f"/sources/{reg.second}", f"/api/v1/sources/{reg.second}"]  # fmt: skip
    before = _crawl(site, extra)
    assert any("hiddenava" in b.casefold() for b in before.values()), "the canary is not set"
    # The canary of the list of sources of a fact: the second report's title and quotes.
    (stated,) = [f for f in json.loads(before["/api/v1/figures"]) if f["source_id"] == reg.source]
    assert "Hiddenau's lawyer on the Minsk arrests" in {s["title"] for s in stated["sources"]}

    w = reg.add_withheld()
    mine = [
        f"/persons/{w}",
        f"/api/v1/persons/{w}",
        f"/api/v1/persons/{w}/events",
        f"/cases/{reg.case}",
        f"/api/v1/cases/{reg.case}",
    ]
    after = _crawl(site, [*extra, *mine])
    _no_secret(after)
    assert any(MARKER in b for b in after.values())

    # Nothing else changed: counts, redacted spans and the new person's own rows aside.
    changed = []
    for path in sorted(set(before) & set(after)):
        if _expected_change(path, reg.source):
            continue
        old = _normal(_without_rows(before[path], w), before=True)
        new = _normal(_without_rows(after[path], w), before=False)
        if old != new:
            changed.append(path)
    shown = _diff(before, after, changed[0], w) if changed else ""
    assert changed == [], f"{len(changed)} changed beyond counts: {changed[:6]} {shown}"

    # The trial she joined: the named defendants and the court as before; she is one
    # defendant whose name is withheld, with no link, verdict or note of hers.
    trial = site.client.get(f"/api/v1/cases/{reg.case}").json()
    assert [d["person_id"] for d in trial["defendants"]] == [reg.named, reg.public]
    assert trial["withheld_defendants"] == 1
    assert MARKER in trial["title"]
    assert MARKER in trial["activity"]
    page = site.client.get(f"/cases/{reg.case}").text
    assert "One defendant whose name is withheld" in page
    assert f"/persons/{w}" not in page
    assert f"/cases/{reg.case}" in site.client.get(f"/persons/{reg.named}").text
    assert site.client.get(f"/api/v1/persons/{w}").json()["cases"] == []
    assert site.client.get(f"/cases/{reg.hidden_case}").status_code == 404
    assert reg.hidden_case not in [c["id"] for c in site.client.get("/api/v1/cases").json()]
    assert len(reg.trials) >= 1  # the demo's group trials are crawled too

    # What the public sees of her: held and counted, dates to the month, nothing more.
    page = site.client.get(f"/api/v1/persons/{w}").json()
    assert page["name"] == "name withheld"
    assert (page["gender"], page["birth_year"], page["region"], page["occupation"]) == (
        None, None, None, None)  # fmt: skip
    assert page["status"] == "imprisoned"
    assert page["status_since"] == "2021-05"
    assert (page["status_since_precision"], page["status_since_estimate"]) == ("month", False)
    assert page["days_held"] is None
    assert (page["days_held_at_least"], page["days_incommunicado_at_least"]) == (False, False)
    assert {e["date"] for e in page["events"]} == {"2021-05", "2021-06", "2021-10"}
    assert all(e["sources"] == [] and "342" not in e["detail"] for e in page["events"])
    # Every source of a fact is public, each text redacted: the named person's detention
    # rests on two reports, and so does the figure.
    named = site.client.get(f"/api/v1/persons/{reg.named}").json()
    detained = next(e for e in named["events"] if e["type"] == "detained")
    assert [s["source_id"] for s in detained["sources"]] == [reg.source, reg.second]
    assert all(MARKER in s["title"] and MARKER in s["quote"] for s in detained["sources"])
    (figure,) = [f for f in site.client.get("/api/v1/figures").json()
                 if f["source_id"] == reg.source]  # fmt: skip
    assert [s["source_id"] for s in figure["sources"]] == [reg.source, reg.second]
    assert all(MARKER in s["quote"] for s in figure["sources"])
    assert MARKER in figure["sources"][1]["title"]
    # Filters on what is hidden never find her; the list still counts her.
    for path in ("/api/v1/persons?region=Homiel", "/api/v1/persons?gender=female",
                 "/api/v1/persons?from=2021-05-28&to=2021-05-28"):  # fmt: skip
        assert w not in [i["id"] for i in site.client.get(path).json()["items"]], path
    listed = site.client.get("/api/v1/persons", params={"status": "held", "per_page": 200})
    assert w in [i["id"] for i in listed.json()["items"]]
    mine_listed = next(i for i in listed.json()["items"] if i["id"] == w)
    assert (mine_listed["held_since"], mine_listed["held_since_precision"]) == ("2021-05", "month")
    assert (
        site.client.get("/api/v1/sources/" + str(reg.source)).json()["source"]["original_url"]
        is None
    )


def test_identity_changes_keep_a_name_withheld(registry: tuple[Registry, Site]) -> None:
    reg, site = registry
    w = reg.add_withheld()
    engine = make_engine(reg.url)
    with transaction(engine) as conn:
        # A public record merged into the withheld one: its names are withheld too.
        merge(conn, w, reg.public, by="editor", why="same person, by the court record")
        # The withheld record split: the new record is withheld.
        events = [e for e in _events(conn, w) if e.type is EventType.SENTENCED]
        _, new = split(conn, w, [events[0].id or 0], "Wmarker7f3 Hiddenava-Second",
                       by="editor", why="two people")  # fmt: skip
    engine.dispose()
    merged_name = _names_of(reg.url, reg.public)
    after = _crawl(site, [*API, f"/persons/{w}", f"/persons/{new}", f"/persons/{reg.public}",
                          f"/api/v1/persons/{new}", f"/api/v1/persons/{reg.public}"])  # fmt: skip
    _no_secret(after, also=tuple(n.casefold() for n in merged_name))
    assert site.client.get(f"/api/v1/persons/{new}").json()["name_withheld"] is True
    moved = site.client.get(f"/persons/{reg.public}", follow_redirects=False)
    assert moved.status_code == 301
    assert moved.headers["location"] == f"/persons/{w}"
    # Her trial: the record merged into hers is her, one defendant whose name is withheld.
    trial = site.client.get(f"/api/v1/cases/{reg.case}").json()
    assert [d["person_id"] for d in trial["defendants"]] == [reg.named]
    assert trial["withheld_defendants"] == 1

    # The withheld person merged into a public record: the record becomes withheld.
    engine = make_engine(reg.url)
    with transaction(engine) as conn:
        merge(conn, reg.named, new, by="editor", why="same person")
    engine.dispose()
    after = _crawl(site, [*API, f"/persons/{reg.named}", f"/api/v1/persons/{reg.named}",
                          f"/api/v1/persons/{reg.named}/events"])  # fmt: skip
    _no_secret(after, also=("krumenka", "крумэнка"))
    assert site.client.get(f"/api/v1/persons/{reg.named}").json()["name_withheld"] is True
    # Every defendant of her trial is withheld now: the case is no longer published.
    assert site.client.get(f"/cases/{reg.case}").status_code == 404


def _events(conn: object, person: int) -> list[Event]:
    from vigil.store.events import load_events

    return load_events(conn, [person])[person]  # type: ignore[arg-type]


def _names_of(url: str, person: int) -> list[str]:
    from vigil.store.persons import record_names

    engine = make_engine(url)
    with transaction(engine) as conn:
        names = record_names(conn, person)
    engine.dispose()
    from vigil.names.parse import parse_uncached

    return [t.text for n in names for t in parse_uncached(n).tokens if t.role == "word"]


def test_every_public_route_is_crawled(registry: tuple[Registry, Site]) -> None:
    """A new public route must join the crawl above (and so get its canary)."""
    reg, site = registry
    reg.add_withheld()
    crawled = {urlsplit(p).path for p in _crawl(site, API)}
    app = create_app(Settings(database_url=reg.url))
    patterns = [
        r.path for r in app.routes
        if isinstance(r, APIRoute) and "GET" in r.methods
        and not r.path.startswith(("/staff", "/api/v1/staff", "/static"))
    ]  # fmt: skip
    missing = [
        p for p in patterns
        if not any(re.fullmatch(re.sub(r"\{[^}]+\}", "[^/]+", p), c) for c in crawled)
    ]  # fmt: skip
    assert missing == [], f"public routes the crawl never reaches: {missing}"


def test_csv_downloads_never_carry_a_live_formula(db_url: str) -> None:
    payloads = ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(1)",
                "\t=1+1", "\r=1+1"]  # fmt: skip
    engine = make_engine(db_url)
    with transaction(engine) as conn:
        for i, payload in enumerate(payloads):
            add_person(conn, Person(names=(NameVariant.of(f"Formula{i} Person"),),
                                    region=payload), by="tester")  # fmt: skip
    engine.dispose()
    for site in serve_app(create_app(Settings(database_url=db_url, public_cache=False))):
        text = site.client.get("/persons.csv", params={"per_page": 200}).text
        rows = list(csv.DictReader(io.StringIO(text)))
        regions = {r["region"] for r in rows}
        assert regions == {"'" + p for p in payloads}
