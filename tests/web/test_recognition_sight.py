"""On the public site: whose count the headline is, each organisation's own count, each
organisation's position on a person, and the people held out of sight with their days,
one click from the home page. On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from tests.web.conftest import Site, serve_app

from vigil.model import (
    MANUAL_EXTRACTOR,
    ClaimKind,
    Event,
    EventDetail,
    EventType,
    Gender,
    NameVariant,
    PartialDate,
    Person,
    Recognition,
    RecognitionStatus,
    Source,
)
from vigil.settings import Settings
from vigil.store.claims import cite
from vigil.store.db import make_engine, transaction
from vigil.store.events import add_event
from vigil.store.persons import add_person
from vigil.store.sources import add_source
from vigil.web import create_app

REPORTED = dt.date(2024, 8, 16)  # the founding report's day
EARLY = dt.datetime(2024, 8, 1, tzinfo=dt.UTC)  # recorded before the report
LATE = dt.datetime(2024, 9, 1, tzinfo=dt.UTC)  # recorded after it


def _seed(url: str) -> dict[str, int]:
    engine = make_engine(url)
    ids: dict[str, int] = {}
    with transaction(engine) as conn:
        source, _ = add_source(conn, Source("Reports on four prisoners.", title="Reports"), by="t")
        claim = cite(conn, source, "Reports on four prisoners", kind=ClaimKind.EVENT,
                     extractor=MANUAL_EXTRACTOR, by="t")  # fmt: skip

        def event(pid: int, kind: EventType, day: str, *, by: str | None = None,
                  status: RecognitionStatus = RecognitionStatus.RECOGNIZED,
                  criterion: str | None = None, recorded: dt.datetime = EARLY) -> None:  # fmt: skip
            rec = Recognition(status, by, criterion) if by else None
            add_event(conn, Event(pid, kind, PartialDate.parse(day), recorded,
                                  claim_ids=(claim,), detail=EventDetail(recognition=rec),
                                  recorded_by="t"))  # fmt: skip

        for key, name in (("tsikhanouski", "Syarhey Tsikhanouski"), ("kalesnikava",
                          "Maria Kalesnikava"), ("losik", "Ihar Losik"), ("babaryka",
                          "Viktar Babaryka")):  # fmt: skip
            ids[key] = add_person(conn, Person(names=(NameVariant.of(name, primary=True),),
                                               gender=Gender.UNKNOWN), by="t")  # fmt: skip
            event(ids[key], EventType.DETAINED, "2020-06-18")
        rec = EventType.RECOGNIZED_POLITICAL_PRISONER
        event(ids["tsikhanouski"], rec, "2020-06-20", by="Viasna",
              criterion="PACE Resolution 1900 §3.b")  # fmt: skip
        event(ids["tsikhanouski"], rec, "2020-07-01", by="Memorial")
        event(ids["tsikhanouski"], rec, "2022-01-10", by="Memorial",
              status=RecognitionStatus.WITHDRAWN)  # fmt: skip
        event(ids["kalesnikava"], rec, "2020-09-10", by="Viasna")
        event(ids["kalesnikava"], rec, "2020-09-20", by="Memorial")
        event(ids["losik"], rec, "2020-07-01", by="Memorial")
        event(ids["babaryka"], rec, "2020-07-01", by="Viasna",
              status=RecognitionStatus.UNDER_MONITORING)  # fmt: skip
        event(ids["tsikhanouski"], EventType.INCOMMUNICADO, "2023-03-08")
        event(ids["kalesnikava"], EventType.INCOMMUNICADO, "2023-02")
        # Known only after the report: not out of sight "as known on" its day.
        event(ids["losik"], EventType.INCOMMUNICADO, "2024-03-01", recorded=LATE)
    engine.dispose()
    return ids


@pytest.fixture
def viasna(db_url: str) -> Iterator[tuple[Site, dict[str, int]]]:
    ids = _seed(db_url)
    settings = Settings(database_url=db_url, public_cache=False, headline="Viasna")
    for site in serve_app(create_app(settings)):
        yield site, ids


def test_both_counts_each_its_own_figure_and_the_out_of_sight_list(
    viasna: tuple[Site, dict[str, int]],
) -> None:
    site, _ = viasna
    home = site.client.get("/").text
    held = re.search(r'<a class="count" href="[^"]*">(\d+)</a>', home)
    assert held is not None
    assert held.group(1) == "2"  # Viasna: Tsikhanouski and Kalesnikava
    assert "Whose count: recognized by Viasna." in home
    assert re.search(r"<strong>2</strong> Viasna</a>", home)
    assert re.search(r"<strong>2</strong> Memorial</a>", home)  # Kalesnikava and Losik
    # The longest held out of sight, longest first, and the link to everyone.
    section = home[home.index("Held out of sight longest") :]
    assert section.index("Maria Kalesnikava") < section.index("Syarhey Tsikhanouski")
    link = re.search(r'<a href="(/persons\?status=incommunicado&amp;sort=out_of_sight)">', home)
    assert link is not None
    listed = site.client.get(link.group(1).replace("&amp;", "&")).text
    assert "<strong>3</strong> persons" in listed
    days = (dt.date.today() - dt.date(2023, 3, 8)).days
    since = re.search(r'since <time datetime="2023-03-08">([^<]+)</time> \(([\d,]+) days\)', listed)
    assert since is not None, listed
    assert since.groups() == ("March 8, 2023", f"{days:,}")

    api = site.client.get("/api/v1/persons", params={"status": "incommunicado",
                                                     "sort": "out_of_sight"})  # fmt: skip
    assert api.status_code == 200
    rows = api.json()["items"]
    assert [r["name"] for r in rows] == ["Maria Kalesnikava", "Syarhey Tsikhanouski", "Ihar Losik"]
    assert (rows[0]["incommunicado_since"], rows[0]["days_incommunicado_at_least"]) == (
        "2023-02", True)  # fmt: skip
    assert rows[1]["days_incommunicado"] == days

    # As known on the day of the founding report: 527 days, Losik not yet known to be
    # cut off.
    then = site.client.get("/api/v1/stats/incommunicado",
                           params={"at": REPORTED, "known_at": REPORTED}).json()  # fmt: skip
    assert then["incommunicado"] == 2
    reported = [(i["name"], i["incommunicado_since"], i["days_incommunicado"])
                for i in then["items"]]  # fmt: skip
    assert reported == [
        ("Maria Kalesnikava", "2023-02", (REPORTED - dt.date(2023, 2, 28)).days),  # at least
        ("Syarhey Tsikhanouski", "2023-03-08", 527),
    ]
    assert site.client.get("/api/v1/stats/incommunicado").json()["incommunicado"] == 3

    orgs = site.client.get("/api/v1/stats/organisations").json()
    assert orgs["headline"] == "recognized by Viasna"
    assert {o["organisation"]: o["held"] for o in orgs["organisations"]} == {
        "Viasna": 2, "Memorial": 2}  # fmt: skip
    before = site.client.get("/api/v1/stats/organisations", params={"at": "2021-06-01"}).json()
    assert {o["organisation"]: o["held"] for o in before["organisations"]} == {
        "Viasna": 2, "Memorial": 3}  # fmt: skip
    count = site.client.get("/api/v1/stats/count").json()
    assert (count["held"], count["headline"]) == (2, "recognized by Viasna")

    memorial = site.client.get("/api/v1/persons", params={"recognized_by": "memorial"}).json()
    assert sorted(r["name"] for r in memorial["items"]) == ["Ihar Losik", "Maria Kalesnikava"]
    wrong = site.client.get("/api/v1/persons", params={"recognized_by": "Amnesty"})
    assert wrong.status_code in (400, 422)
    assert "no one has been recognized by 'Amnesty'" in wrong.json()["error"]["message"]

    stats = site.client.get("/stats").text
    assert "recognized by Viasna" in stats
    assert "<strong>3</strong> held incommunicado" in stats


def test_the_person_page_shows_each_organisations_position(
    viasna: tuple[Site, dict[str, int]],
) -> None:
    site, ids = viasna
    page = site.client.get(f"/api/v1/persons/{ids['tsikhanouski']}").json()
    rows = [(r["organisation"], r["status"], r["date"], r["until"]) for r in page["recognitions"]]
    assert rows == [
        ("Memorial", "recognized", "2020-07-01", "2022-01-10"),
        ("Memorial", "withdrawn", "2022-01-10", None),
        ("Viasna", "recognized", "2020-06-20", None),
    ]  # fmt: skip
    assert page["recognized"] is True  # Memorial's withdrawal leaves Viasna's standing
    html = site.client.get(f"/persons/{ids['tsikhanouski']}").text
    assert "PACE Resolution 1900 §3.b" in html
    assert "<strong>Memorial</strong>: recognition withdrawn" in html
    monitored = site.client.get(f"/api/v1/persons/{ids['babaryka']}").json()
    assert monitored["recognized"] is False
    assert monitored["recognitions"][0]["status"] == "under_monitoring"


def test_whose_count_in_each_language(viasna: tuple[Site, dict[str, int]]) -> None:
    site, _ = viasna
    for lang, words in (("en", "recognized by Viasna"), ("be", "прызнаныя Viasna"),
                        ("ru", "признанные Viasna")):  # fmt: skip
        assert words in site.client.get("/", params={"lang": lang}).text, lang
