"""Public pages as a reader expects them: the list starts with the people held now, a
person's page on a past day, names in the script of the page, errors without command
lines, and a demo that says its people are fictional."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import TEST_KEYS
from tests.store.helpers import claim, event, person
from tests.web.staff import TEST_KEYS_JSON

from conftest import Site, seed
from vigil.model import EventType
from vigil.publish.views import public_note
from vigil.settings import Settings
from vigil.store.db import make_engine, migrate, transaction
from vigil.store.events import add_event
from vigil.web import create_app

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient


def _names(html: str) -> list[str]:
    return re.findall(r'<th scope="row"><a href="/persons/\d+[^"]*"[^>]*>([^<]+)</a>', html)


def test_the_list_starts_with_the_people_held_now(sqlite_site: Site) -> None:
    c = sqlite_site.client
    # Volha Krumenka (recognized, held) and Ales Testau (held, not recognized); the
    # withheld person was released.
    assert sorted(_names(c.get("/persons").text)) == ["Ales Testau", "Volha Krumenka"]
    everyone = c.get("/persons", params={"status": "all"}).text
    assert len(_names(everyone)) == 3
    assert '<option value="held" selected>' in c.get("/persons").text
    # The downloads and the API list everyone unless asked.
    assert c.get("/api/v1/persons").json()["total"] == 3


def test_a_page_past_the_last_is_a_clean_404(sqlite_site: Site) -> None:
    c = sqlite_site.client
    page = c.get("/persons", params={"page": 91, "lang": "ru"})
    assert page.status_code == 404
    assert "Такой страницы нет." in page.text
    assert "Page 91" not in page.text
    assert c.get("/api/v1/persons", params={"page": 91}).status_code == 404
    assert c.get("/sources", params={"page": 91}).status_code == 404
    assert c.get("/persons", params={"page": 1, "status": "died"}).status_code == 200


def test_public_error_pages_give_no_command_lines(sqlite_site: Site) -> None:
    missing = sqlite_site.client.get("/persons/99999")
    assert missing.status_code == 404
    assert "vigil " not in missing.text
    assert "person search" not in missing.text
    assert "This page does not exist." in missing.text
    be = sqlite_site.client.get("/persons/99999", params={"lang": "be"})
    assert "Такой старонкі няма." in be.text


def test_a_person_page_and_its_api_on_a_past_day(sqlite_site: Site) -> None:
    assert sqlite_site.seeded is not None
    named = sqlite_site.seeded.named
    c = sqlite_site.client
    # Detained on 28 May 2021: 18 days held on 15 June, and sentenced only in October.
    api = c.get(f"/api/v1/persons/{named}", params={"as_of": "2021-06-15"}).json()
    assert (api["days_held"], api["status"], str(api["as_of"])) == (18, "detained", "2021-06-15")
    page = c.get(f"/persons/{named}", params={"as_of": "2021-06-15", "lang": "ru"}).text
    assert "18 дней" in page
    assert "Состояние на 15 июня 2021" in page
    assert "осуждена" not in page  # the sentence came later
    assert f'href="/api/v1/persons/{named}?as_of=2021-06-15"' in page
    # As the registry knew it on a day before anything was recorded: nothing yet.
    known = c.get(f"/api/v1/persons/{named}", params={"known_at": "2000-01-01"}).json()
    assert (known["status"], known["events"]) == (None, [])
    bad = c.get(f"/api/v1/persons/{named}", params={"as_of": "2021-06"})
    assert bad.status_code == 422
    assert "as_of needs a full date" in bad.json()["error"]["message"]


def test_names_places_and_regions_in_the_script_of_the_page(sqlite_site: Site) -> None:
    assert sqlite_site.seeded is not None
    path = f"/persons/{sqlite_site.seeded.named}"
    c = sqlite_site.client
    be = c.get(path, params={"lang": "be"}).text
    ru = c.get(path, params={"lang": "ru"}).text
    en = c.get(path).text
    assert "<h1>Вольга Крумэнка</h1>" in be
    assert "<h1>Ольга Крумянко</h1>" in ru
    assert "<h1>Volha Krumenka</h1>" in en
    assert "Volha Krumenka" in ru  # among the other spellings
    assert "ИК-1, Новополоцк" in ru
    assert "статья 342; 5 лет" in ru  # the sentence, in Russian
    assert "артыкул 342; 5 гадоў" in be
    assert "Penal colony No. 1, Navapolatsk" in en
    assert "Мінск" in be
    assert "Минск" in ru
    listed = c.get("/persons", params={"lang": "ru"}).text
    assert "Ольга Крумянко" in _names(listed)
    api = c.get(f"/api/v1{path}").json()
    assert api["spellings"] == {"be": "Вольга Крумэнка", "ru": "Ольга Крумянко",
                                "en": "Volha Krumenka"}  # fmt: skip
    withheld = c.get(f"/api/v1/persons/{sqlite_site.seeded.withheld}").json()
    assert withheld["spellings"] == {}


def test_the_home_page_names_people_in_its_script(sqlite_site: Site) -> None:
    ru = sqlite_site.client.get("/", params={"lang": "ru"}).text
    assert "Ольга Крумянко</a>: задержана, ИК-1, Новополоцк" in ru
    assert "Wmarker7f3" not in ru


def test_extractor_notes_stay_off_public_pages() -> None:
    assert public_note('date from "the day of publication"') is None
    assert public_note('3 y; date from "yesterday" (earlier sentence)') == "3 y"
    assert public_note("on hunger strike") == "on hunger strike"


@pytest.fixture(scope="module")
def demo_like(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    path: Path = tmp_path_factory.mktemp("fictional") / "vigil.db"
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    migrate(engine)
    engine.dispose()
    seed(url)
    settings = Settings(database_url=url, keys=TEST_KEYS_JSON, fictional=True)
    with TestClient(create_app(settings)) as client:
        yield client


@pytest.mark.parametrize("path", ["/", "/persons", "/persons/1", "/stats", "/sources",
                                  "/sources/1", "/persons/99999", "/staff/login"])  # fmt: skip
def test_a_fictional_registry_says_so_on_every_page(demo_like: TestClient, path: str) -> None:
    page = demo_like.get(path, params={"lang": "ru"})
    assert "вымышлены" in page.text, path


def test_a_real_registry_does_not(sqlite_site: Site) -> None:
    assert 'class="fictional"' not in sqlite_site.client.get("/").text


def test_the_founding_reports_527_days_on_its_day(tmp_path: Path) -> None:
    """Siarhei Tsikhanouski, out of public sight since 8 March 2023: on 16 August 2024,
    the day of the founding report, that is 527 days; the page says so on that day."""
    url = f"sqlite:///{tmp_path / 'vigil.db'}"
    engine = make_engine(url, keys=TEST_KEYS)
    migrate(engine)
    with transaction(engine) as conn:
        held = person(conn, "Siarhei Tsikhanouski")
        cited = claim(conn, "Siarhei Tsikhanouski, out of public sight for 527 days.")
        for kind, day in ((EventType.DETAINED, "2020-05-29"),
                          (EventType.INCOMMUNICADO, "2023-03-08")):  # fmt: skip
            add_event(conn, event(held, kind, day, cited))
    engine.dispose()
    with TestClient(create_app(Settings(database_url=url, keys=TEST_KEYS_JSON))) as client:
        api = client.get(f"/api/v1/persons/{held}", params={"as_of": "2024-08-16"}).json()
        assert (api["incommunicado"], api["days_incommunicado"]) == (True, 527)
        page = client.get(f"/persons/{held}", params={"as_of": "2024-08-16", "lang": "ru"})
        assert "527 дней" in page.text
