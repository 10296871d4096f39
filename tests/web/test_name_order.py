"""The public list in name order reads by surname: "Volha Krumenka", "Ales Bialiatski"
and "Maria Kalesnikava" list as Bialiatski, Kalesnikava, Krumenka (and Aksana Zhurauskaya
last), on the page, in the
API and the downloads; pages across the end of the named persons give each person once.
Real SQLite and PostgreSQL."""

from __future__ import annotations

import re
import warnings

from sqlalchemy import Engine
from tests.store.helpers import claim, event, person
from tests.web.staff import TEST_KEYS_JSON

from vigil.model import EventType, NameVariant, Person
from vigil.settings import Settings
from vigil.store.db import transaction
from vigil.store.events import add_event
from vigil.store.persons import add_person
from vigil.web import create_app

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient

# By given name Aksana Zhurauskaya would come first.
NAMES = ["Volha Krumenka", "Ales Bialiatski", "Maria Kalesnikava", "Aksana Zhurauskaya"]
BY_SURNAME = ["Ales Bialiatski", "Maria Kalesnikava", "Volha Krumenka", "Aksana Zhurauskaya"]


def _names(html: str) -> list[str]:
    return re.findall(r'<th scope="row"><a href="/persons/\d+[^"]*"[^>]*>([^<]+)</a>', html)


def test_the_list_is_in_surname_order(engine: Engine, db_url: str) -> None:
    with transaction(engine) as conn:
        cid = claim(conn)
        ids = [person(conn, name) for name in NAMES]
        hidden = Person(names=(NameVariant.of("Aaron Aardvark"),), name_withheld=True)
        ids.append(add_person(conn, hidden, by="tester"))
        for pid in ids:
            add_event(conn, event(pid, EventType.DETAINED, "2021-05-28", cid))
    app = create_app(Settings(database_url=db_url, keys=TEST_KEYS_JSON))
    with TestClient(app) as c:
        everyone = [*BY_SURNAME, "name withheld"]
        assert _names(c.get("/persons", params={"sort": "name"}).text) == everyone
        listed = c.get("/api/v1/persons", params={"sort": "name"}).json()
        assert [r["name"] for r in listed["items"]] == everyone
        shown = c.get("/persons.json", params={"sort": "name", "per_page": 25}).json()
        assert [r["name"] for r in shown["items"]] == everyone
        for per_page in (1, 2, 3, 4):
            seen: list[str] = []
            for page in range(1, 5 // per_page + 2):
                params = {"sort": "name", "per_page": per_page, "page": page}
                got = c.get("/api/v1/persons", params=params)
                if got.status_code == 404:
                    break
                seen += [r["name"] for r in got.json()["items"]]
            assert seen == everyone, per_page
        # The other sorts break their ties by surname too (everyone held since one day).
        since = c.get("/api/v1/persons", params={"sort": "held_since"}).json()
        assert [r["name"] for r in since["items"]] == everyone
