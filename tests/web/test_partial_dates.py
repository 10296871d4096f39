"""A date is shown as precisely as it is known at every surface: the public person page
in its three languages, the list, the public API, the CSV and JSON downloads, the staff
person page and ``vigil person show``. Detained "in 2020" is never 2020-01-01, and the
days held from it are a lower bound ("at least"), counted from 31 December 2020.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator

import pytest
from tests.conftest import Cli
from tests.store.helpers import claim, event, person
from tests.web.conftest import Site, serve_app
from tests.web.staff import TEST_KEYS_JSON, signed_in

from vigil.auth.roles import Role
from vigil.model import EventType
from vigil.settings import Settings
from vigil.store.db import make_engine, transaction
from vigil.store.events import add_event
from vigil.web import create_app
from vigil.web.i18n import format_number


def _at_least() -> int:
    """Days held at least by someone detained "in 2020", as of today: read when asserted,
    not when the module is imported (a run that crosses midnight counts one day more)."""
    return (dt.date.today() - dt.date(2020, 12, 31)).days


REC = EventType.RECOGNIZED_POLITICAL_PRISONER


def _registry(url: str) -> tuple[int, int]:
    """A person detained "in 2020", and one detained "about May 2021"."""
    from tests.conftest import TEST_KEYS

    engine = make_engine(url, keys=TEST_KEYS)
    with transaction(engine) as conn:
        year, month = person(conn, "Ales Godzik"), person(conn, "Maryia Mesiac")
        cited = claim(conn, "Ales Godzik was detained in 2020; Maryia Mesiac about May 2021.")
        for e in (event(year, EventType.DETAINED, "2020", cited), event(year, REC, "2020", cited),
                  event(month, EventType.DETAINED, "~2021-05", cited),
                  event(month, REC, "2021-06-01", cited)):  # fmt: skip
            add_event(conn, e)
    engine.dispose()
    return year, month


@pytest.fixture
def dated(db_url: str) -> Iterator[tuple[Site, int, int]]:
    year, month = _registry(db_url)
    app = create_app(Settings(database_url=db_url, keys=TEST_KEYS_JSON, public_cache=False))
    for site in serve_app(app):
        yield site, year, month


def test_public_surfaces_show_dates_at_their_precision(dated: tuple[Site, int, int]) -> None:
    site, year, month = dated
    for lang, at_least, since in (("en", "at least", "since"), ("be", "не менш як", "з"),
                                  ("ru", "не менее", "с")):  # fmt: skip
        page = site.client.get(f"/persons/{year}", params={"lang": lang}).text
        assert f'{since} <time datetime="2020">2020</time>' in page, lang
        assert f"{at_least} {format_number(_at_least(), lang)}" in page
        assert "2020-01-01" not in page
    about = site.client.get(f"/persons/{month}", params={"lang": "ru"}).text
    # The month in the genitive after "since": с примерно мая 2021
    assert 'с <time datetime="2021-05">примерно мая 2021</time>' in about

    api = site.client.get(f"/api/v1/persons/{year}").json()
    assert (api["status_since"], api["status_since_precision"]) == ("2020", "year")
    assert (api["days_held"], api["days_held_at_least"]) == (_at_least(), True)
    assert [e["date"] for e in api["events"]] == ["2020", "2020"]
    other = site.client.get(f"/api/v1/persons/{month}").json()
    assert (other["status_since"], other["status_since_estimate"]) == ("2021-05", True)

    listed = {i["id"]: i for i in site.client.get("/api/v1/persons").json()["items"]}
    assert (listed[year]["held_since"], listed[year]["held_since_precision"]) == ("2020", "year")
    assert (listed[month]["held_since"], listed[month]["held_since_precision"],
            listed[month]["held_since_estimate"]) == ("2021-05", "month", True)  # fmt: skip
    rows = {int(r["id"]): r for r in csv.DictReader(io.StringIO(site.client.get(
        "/persons.csv").content.decode("utf-8-sig")))}  # fmt: skip
    assert (rows[year]["held_since"], rows[year]["held_since_precision"]) == ("2020", "year")
    assert rows[month]["held_since_estimate"] == "true"
    download = json.loads(site.client.get("/persons.json").text)["items"]
    assert {i["held_since"] for i in download} == {"2020", "2021-05"}
    shown = site.client.get("/persons").text
    assert '<time datetime="2020">2020</time>' in shown
    assert '<time datetime="2021-05">about May 2021</time>' in shown
    assert "2020-01-01" not in shown
    assert "2021-05-01" not in shown


def test_the_staff_page_shows_the_date_and_a_lower_bound(
    dated: tuple[Site, int, int], db_url: str
) -> None:
    site, year, _ = dated
    with signed_in(site.url, db_url, "doc", Role.DOCUMENTER) as client:
        page = client.get(f"/staff/persons/{year}").text
        assert "in custody since 2020," in page
        assert f"at least {_at_least():,} days held" in page
        assert "2020-01-01" not in page


def test_the_command_line_shows_the_date_and_a_lower_bound(cli: Cli, db_url: str) -> None:
    year, month = _registry(db_url)
    shown = cli("person", "show", str(year)).out
    assert "detained since 2020;" in shown
    assert f"days held: at least {_at_least()}" in shown
    assert "2020-01-01" not in shown
    data = json.loads(cli("person", "show", str(month), "--format", "json").out)[0]
    assert (data["status_since"], data["days_held_at_least"]) == ("~2021-05", True)
    assert data["days_held"] == max(0, (dt.date.today() - dt.date(2021, 5, 31)).days)
