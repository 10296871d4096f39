"""A real server on loopback over a small registry, for the web tests.

``seed`` writes named persons, a person whose name is withheld, restricted fields on
both, a facility with a postal address, a source, events and a figure. Secret strings
(the withheld name, every restricted field) carry markers the leak test looks for.
"""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from tests.conftest import TEST_KEYS
from tests.web.staff import TEST_KEYS_JSON

from vigil.model import (
    MANUAL_EXTRACTOR,
    ClaimKind,
    Event,
    EventDetail,
    EventType,
    Facility,
    FacilityKind,
    Figure,
    Gender,
    NameVariant,
    PartialDate,
    Person,
    Qualifier,
    Recognition,
    RestrictedInfo,
    Source,
)
from vigil.settings import Settings
from vigil.store.claims import cite
from vigil.store.db import make_engine, migrate, transaction
from vigil.store.events import add_event
from vigil.store.facilities import add_facility, add_figure
from vigil.store.persons import add_person
from vigil.store.sources import add_source
from vigil.web import create_app

#: Strings that must never leave through a public page, download or API response.
WITHHELD = ("Wmarker7f3", "Hiddenava", "Вмаркер7f3", "Хідданава")
RESTRICTED = ("rsecret91-notes", "rsecret91-health", "rsecret91-family")
#: Staff-only records: an account's name and password, an API token's name.
STAFF_ONLY = ("Smarker5c2 Staffname", "Pmarker5c2-password", "Tmarker5c2-token")

SOURCE_TEXT = (
    "Minsk, 2 June 2021. Volha Krumenka, a teacher, was detained on May 28 and taken to "
    "colony No. 1 in Navapolatsk. Wmarker7f3 Hiddenava was detained the same day; her "
    "family asked us not to publish her name. Wmarker7f3 Hiddenava was released on 1 "
    "March 2024. More than 1,400 people are still behind bars."
)


@dataclass(frozen=True)
class Seeded:
    named: int
    withheld: int
    other: int
    source: int
    facility: int


def _event(person: int, kind: EventType, date: str, claim: int, **kw: Any) -> Event:
    recorded = dt.datetime(2024, 6, 1, tzinfo=dt.UTC)
    return Event(
        person,
        kind,
        PartialDate.parse(date),
        recorded,
        claim_ids=(claim,),
        recorded_by="tester",
        **kw,
    )


def seed(url: str) -> Seeded:
    """A small registry with secrets in it."""
    engine = make_engine(url, keys=TEST_KEYS)
    secret = RestrictedInfo(*RESTRICTED)
    with transaction(engine) as conn:
        facility = add_facility(
            conn,
            Facility(
                ("Penal colony No. 1, Navapolatsk", "ИК-1, Новополоцк"),
                FacilityKind.PENAL_COLONY,
                "Vitsebsk region",
                "211440, Navapolatsk, Vitsebsk region, Belarus",
            ),
        )
        named = add_person(
            conn,
            Person(
                names=(
                    NameVariant.of("Volha Krumenka", primary=True),
                    NameVariant.of("Вольга Крумэнка"),
                    NameVariant.of("Ольга Крумянко"),
                ),
                gender=Gender.FEMALE,
                birth_date=PartialDate.parse("1984"),
                region="Minsk",
                occupation="teacher",
                restricted=secret,
            ),
            by="tester",
        )
        withheld = add_person(
            conn,
            Person(
                names=(
                    NameVariant.of("Wmarker7f3 Hiddenava", primary=True),
                    NameVariant.of("Вмаркер7f3 Хідданава"),
                ),
                gender=Gender.FEMALE,
                region="Minsk",
                occupation="Wmarker7f3's occupation",
                name_withheld=True,
                restricted=secret,
            ),
            by="tester",
        )
        other = add_person(
            conn, Person(names=(NameVariant.of("Ales Testau"),), gender=Gender.MALE), by="t"
        )
        source, _ = add_source(
            conn,
            Source(
                SOURCE_TEXT,
                url="https://example.org/news/1",
                title="Teacher detained",
                publisher="Example News",
                published=dt.date(2021, 6, 2),
                language="en",
            ),
            by="tester",
        )

        def quote(words: str) -> int:
            return cite(
                conn, source, words, kind=ClaimKind.EVENT, extractor=MANUAL_EXTRACTOR, by="tester"
            )

        recognized = EventDetail(recognition=Recognition(by="Viasna"))
        for person, words in (
            (named, "Volha Krumenka, a teacher, was detained on May 28"),
            (withheld, "Wmarker7f3 Hiddenava was detained the same day"),
        ):
            claim = quote(words)
            add_event(
                conn,
                _event(
                    person,
                    EventType.DETAINED,
                    "2021-05-28",
                    claim,
                    facility_id=facility,
                    detail=EventDetail(note=f"{words} (note)"),
                ),
            )
            add_event(
                conn,
                _event(
                    person,
                    EventType.RECOGNIZED_POLITICAL_PRISONER,
                    "2021-06-01",
                    claim,
                    detail=recognized,
                ),
            )
            add_event(
                conn,
                _event(
                    person,
                    EventType.SENTENCED,
                    "2021-10",
                    claim,
                    detail=EventDetail(articles=("342",), term_months=60),
                ),
            )
        add_event(
            conn,
            _event(
                withheld,
                EventType.RELEASED,
                "2024-03-01",
                quote("Wmarker7f3 Hiddenava was released on 1 March 2024"),
            ),
        )
        add_event(conn, _event(other, EventType.DETAINED, "2022-01-10", quote("Minsk")))
        figure_claim = cite(
            conn,
            source,
            "More than 1,400 people are still behind bars",
            kind=ClaimKind.FIGURE,
            extractor=MANUAL_EXTRACTOR,
            by="tester",
        )
        add_figure(
            conn,
            Figure(
                1400,
                Qualifier.MORE_THAN,
                "political_prisoners_held",  # as the extractors name it
                PartialDate.parse("2024-01-15"),
                attributed_to="Example NGO",
                claim_id=figure_claim,
            ),
        )
    engine.dispose()
    return Seeded(named, withheld, other, source, facility)


@dataclass
class Site:
    url: str
    seeded: Seeded | None
    client: httpx.Client


def _serve(app: FastAPI) -> Iterator[str]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app, log_level="warning", access_log=False, lifespan="on", proxy_headers=False
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=20)
        sock.close()


def serve_app(app: FastAPI) -> Iterator[Site]:
    for url in _serve(app):
        with httpx.Client(base_url=url, timeout=30) as client:
            yield Site(url, None, client)


@pytest.fixture
def site(db_url: str) -> Iterator[Site]:
    """A seeded registry on SQLite or PostgreSQL, served on loopback."""
    seeded = seed(db_url)
    for s in serve_app(create_app(Settings(database_url=db_url, keys=TEST_KEYS_JSON))):
        s.seeded = seeded
        yield s


@pytest.fixture(scope="module")
def sqlite_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The same registry on SQLite, shared by the tests of one module."""
    path: Path = tmp_path_factory.mktemp("web") / "vigil.db"
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    migrate(engine)
    engine.dispose()
    seeded = seed(url)
    for s in serve_app(create_app(Settings(database_url=url, keys=TEST_KEYS_JSON))):
        s.seeded = seeded
        yield s
