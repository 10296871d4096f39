"""The same review decisions through ``vigil review``, the staff pages and the staff API,
each on a fresh copy of the same registry, leave the same registry behind: the persons,
events, figures and facilities accepting writes, and the decisions on every claim.

The decisions: accept a person; accept another person as "other" (not held: the case
that once failed with KeyError 'person_id'); accept a detention with an edited facility;
reject a release with a note; then accept in bulk whatever is left.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Connection, select, text
from tests.conftest import TEMPLATE, TEST_KEYS, Cli
from tests.ingest.fake_extractor import TEXT, FakeExtractor
from tests.web.conftest import serve_app
from tests.web.staff import TEST_KEYS_JSON, post_form, read, signed_in, token_for

from vigil.auth.roles import Role
from vigil.ingest.pipeline import ingest_source
from vigil.model import Source
from vigil.settings import Settings
from vigil.store.claims import source_claims
from vigil.store.db import make_engine, migrate, transaction
from vigil.store.tables import (
    claim_reviews,
    event_claims,
    events,
    facility_names,
    figures,
    person_names,
    persons,
)
from vigil.web import create_app

FACILITY = "Hrodna prison No. 1"
NOTE = "he was never detained"


@pytest.fixture
def fresh(
    db_url: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Callable[[], str]]:
    """Makes new, empty, migrated registries on the backend of ``db_url``."""
    dropped: list[str] = []
    admin = None

    def make() -> str:
        nonlocal admin
        if db_url.startswith("sqlite"):
            url = f"sqlite:///{tmp_path / f'{uuid.uuid4().hex[:8]}.db'}"
            engine = make_engine(url)
            migrate(engine)
            engine.dispose()
            return url
        server = request.getfixturevalue("pg_server")
        name = f"t_{uuid.uuid4().hex[:12]}"
        admin = admin or make_engine(server.url()).execution_options(isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}"))
        dropped.append(name)
        return str(server.url(name))

    yield make
    if admin is not None:
        with admin.connect() as conn:
            for name in dropped:
                conn.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
        admin.dispose()


def _registry(url: str) -> dict[str, int]:
    """The same registry each time: one report, its claims proposed; their ids by quote."""
    engine = make_engine(url, keys=TEST_KEYS)
    with transaction(engine) as conn:
        ingest_source(conn, Source(text=TEXT, title="Report"), FakeExtractor(), by="tester")
        ids = {c.quote: c.id or 0 for c in source_claims(conn, 1)}
    engine.dispose()
    return ids


def _state(conn: Connection) -> dict[str, list[tuple[object, ...]]]:
    """What review wrote, without the times and the actors."""

    def rows(*columns: object) -> list[tuple[object, ...]]:
        found = conn.execute(select(*columns))  # type: ignore[call-overload]
        return sorted(
            (tuple(json.dumps(v, sort_keys=True) if isinstance(v, dict | list) else v for v in r)
             for r in found),
            key=repr,
        )  # fmt: skip

    return {
        "persons": rows(persons.c.id, persons.c.gender),
        "names": rows(person_names.c.person_id, person_names.c.text, person_names.c.is_primary),
        "events": rows(events.c.id, events.c.person_id, events.c.type, events.c.date,
                       events.c.date_precision, events.c.facility_id, events.c.detail),
        "event_claims": rows(event_claims.c.event_id, event_claims.c.claim_id),
        "figures": rows(figures.c.value, figures.c.qualifier, figures.c.category,
                        figures.c.claim_id),
        "facilities": rows(facility_names.c.facility_id, facility_names.c.text),
        "reviews": rows(claim_reviews.c.claim_id, claim_reviews.c.state, claim_reviews.c.note,
                        claim_reviews.c.bulk, claim_reviews.c.decision),
    }  # fmt: skip


def _by_cli(url: str, tmp_path: Path) -> None:
    cli = Cli(url, tmp_path)
    # Queue order: Volha, Ivan, the facility, detained, recognized, released, the figure.
    answers = [
        "a",  # Volha Krumenka
        "e", "", "other", "",  # Ivan Test: name, role, gender
        "s",  # the facility
        "e", "", "", "", FACILITY, "", "", "", "",  # detained: the 8 editable fields
        "s",  # recognized
        "r", NOTE,  # released
        "s",  # the figure
    ]  # fmt: skip
    out = cli("review", stdin="\n".join(answers) + "\n").out
    assert "3 accepted, 1 rejected, 3 skipped" in out
    bulk = cli("review", "--accept-all").out
    assert "accepted 2 claims" in bulk
    assert "“Hrodna prison” may be a known facility" in bulk  # left for a person
    assert "1 accepted" in cli("review", stdin="a\n1\n").out  # the facility: Hrodna No. 1


def _by_pages(url: str, ids: dict[str, int]) -> None:
    for site in serve_app(create_app(Settings(database_url=url, keys=TEST_KEYS_JSON))):
        with signed_in(site.url, url, "editor", Role.EDITOR) as client:

            def decide(quote: str, **data: str) -> None:
                page = f"/staff/review/{ids[quote]}"
                done = post_form(client, page, page, {"action": "accept", "who": "auto", **data})
                assert done.status_code == 303, done.text[:2000]

            decide("Volha Krumenka")
            decide("Ivan Test", edit_role="other")
            decide("Volha Krumenka was detained on May 28, 2021", edit_facility=FACILITY)
            decide("Ivan Test was released", action="reject", note=NOTE)
            bulk = post_form(client, "/staff/review", "/staff/review/bulk", {"action": "accept"})
            assert "Accepted 2 claims" in bulk.text
            assert "may be a known facility" in bulk.text
            decide("Hrodna prison", facility="1")


def _by_api(url: str, ids: dict[str, int]) -> None:
    headers = {"authorization": f"Bearer {token_for(url, 'editor', Role.EDITOR)}"}
    for site in serve_app(create_app(Settings(database_url=url, keys=TEST_KEYS_JSON))):

        def post(path: str, body: dict[str, object], api: httpx.Client = site.client) -> Any:
            done = api.post(f"/api/v1/staff/claims/{path}", json=body, headers=headers)
            assert done.status_code == 200, done.text
            return done.json()

        post(f"{ids['Volha Krumenka']}/accept", {})
        post(f"{ids['Ivan Test']}/accept", {"edited": {"role": "other"}})
        detained = ids["Volha Krumenka was detained on May 28, 2021"]
        post(f"{detained}/accept", {"edited": {"facility": FACILITY}})
        post(f"{ids['Ivan Test was released']}/reject", {"note": NOTE})
        (left,) = post("bulk-accept", {})["left"]
        assert left["claim_id"] == ids["Hrodna prison"]
        post(f"{ids['Hrodna prison']}/accept", {"facility_id": 1})


def test_cli_pages_and_api_leave_the_same_registry(
    fresh: Callable[[], str], tmp_path: Path
) -> None:
    found = {}
    for name in ("cli", "pages", "api"):
        url = fresh()
        ids = _registry(url)
        if name == "cli":
            _by_cli(url, tmp_path)
        elif name == "pages":
            _by_pages(url, ids)
        else:
            _by_api(url, ids)
        found[name] = read(url, _state)
    cli = found["cli"]
    assert len(cli["persons"]) == 1  # Ivan Test, accepted as "other", is no record
    assert [row[1] for row in cli["facilities"]] == [FACILITY]  # "Hrodna prison" is it
    assert len(cli["events"]) == 2
    assert len(cli["figures"]) == 1
    assert len(cli["reviews"]) == 7
    assert found["pages"] == cli
    assert found["api"] == cli
