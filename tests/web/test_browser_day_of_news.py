"""A documenter's day of news, in a real browser (Debian's Chromium through Playwright),
from the first claim to the last, in the web only: the founding report and two short
reports (Belarusian and English) are pasted on the ingest page, then every claim of the
queue is decided on its page as a documenter would: persons and facilities accepted, the
founding report's undated detention given its year ("in 2020"), events of unnamed groups
and quotes of nobody (or of "a statement") rejected with a note, a facility named in
another script and case ("Наваполацкай калоніі") recorded as the known colony, a second
report of a known detention confirmed. No response is a 5xx, no decision is refused, the
queue ends empty, Tsikhanouski is incommunicado since 2023-03-08 (527 days on
2024-08-16) without a conflict, the detention confirmed by two sources shows both on the
public page, and no year-only date is ever shown as its first day.

Screenshots are kept in ``tests/artifacts/screenshots/`` (ignored by git).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Response, sync_playwright
from sqlalchemy import Connection, func, select
from tests.web.conftest import serve_app
from tests.web.staff import PASSWORD, TEST_KEYS_JSON, add_user, read

from vigil.auth.roles import Role
from vigil.model import EventType, Precision
from vigil.read.dossier import dossier
from vigil.settings import Settings
from vigil.status import days_incommunicado
from vigil.store.db import make_engine, migrate
from vigil.store.tables import facilities, person_names
from vigil.web import create_app

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"
SEED = Path(__file__).resolve().parents[2] / "src/vigil/demo/data/seed_000_af915d7ba50896bb.txt"
REPORTED = dt.date(2024, 8, 16)

#: From a Belarusian report (Radyjo Racyja): a detention on a day, a colony in the
#: locative case ("in the Navapolatsk colony").
BELARUSIAN = (
    "25 сакавіка 2021 году Анджэй Пачобут быў затрыманы ў Гародні і кінуты ў турму. "
    "Цяпер ён па-ранейшаму знаходзіцца ў памяшканні камернага тыпу ў Наваполацкай калоніі."
)
#: A second report of the same detention, in English.
ENGLISH = "Police detained the journalist Andrzej Poczobut in Hrodna on March 25, 2021."
DAY = (
    (SEED.read_text(encoding="utf-8"), "", "", ""),
    (BELARUSIAN, "Pachobut: a solidarity action", "2024-12-20", "be"),
    (ENGLISH, "Poczobut detained", "2021-03-26", "en"),
)


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, str]]:
    url = f"sqlite:///{tmp_path / 'vigil.db'}"
    engine = make_engine(url)
    migrate(engine)
    engine.dispose()
    add_user(url, "maryia", Role.DOCUMENTER)
    for s in serve_app(create_app(Settings(database_url=url, keys=TEST_KEYS_JSON))):
        s.client.close()
        yield s.url, url


@pytest.fixture
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: the browser tests drive Debian's Chromium")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield launched
        launched.close()


def _decide(page: Page, shot: set[str]) -> str:
    """Decide the claim on ``page`` as the documenter does; what was done."""
    kind = page.locator("h1").inner_text().split(": ")[-1]
    proposes = page.locator(".proposes").inner_text()
    if page.locator(".which-facility").count():
        done = "facility-chosen"
        page.locator(".which-facility input[type=radio]").nth(1).check()  # the known one
        button = "form.decision button[value=accept]"
    elif page.locator(".confirms").count():
        done, button = "confirmed", ".confirms button[value=confirm]"
    elif kind == "event" and "unnamed group" in proposes:
        done, button = "rejected", "form.decision button[value=reject]"
        page.fill("#note", "a group, nobody named")
    elif kind == "event" and "(no date)" in proposes and "Tsikhanouski" in proposes:
        done, button = "edited", "form.decision button[value=accept]"
        page.fill("#edit-date", "2020")  # "in 2020": the year, as the source gives it
    elif kind == "event" and "(no date)" in proposes:
        done, button = "rejected", "form.decision button[value=reject]"
        page.fill("#note", "no date in the source")
    elif kind == "quote" and ("said by ?" in proposes or "said by A statement" in proposes):
        done, button = "rejected", "form.decision button[value=reject]"
        page.fill("#note", "nobody said to say it")  # (en.v2 proposes no speakerless fragment)
    else:
        done, button = "accepted", "form.decision button[value=accept]"
    if done not in shot:
        shot.add(done)
        page.screenshot(path=str(SHOTS / f"40-day-of-news-{done}.png"), full_page=True)
    page.locator(button).first.click()
    page.wait_for_load_state()
    return done


def test_a_day_of_news_reviewed_from_first_claim_to_last(
    site: tuple[str, str], browser: Browser
) -> None:
    base, db_url = site
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    pages: list[str] = []
    page.on("pageerror", lambda e: problems.append(str(e)))

    def answered(r: Response) -> None:
        if r.status >= 500:
            problems.append(f"{r.status} {r.url}")

    page.on("response", answered)

    page.goto(base + "/staff/ingest")
    page.fill("#username", "maryia")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/staff/ingest$"))
    for text, title, published, language in DAY:
        page.goto(base + "/staff/ingest")
        page.fill("#text", text)
        page.fill("#title", title)
        page.fill("#published", published)
        page.select_option("#language", language)
        page.click("form.staff button[type=submit]")
        page.wait_for_load_state()
        assert "Stored as new source" in page.locator(".notice").inner_text()

    page.goto(base + "/staff/review")
    page.click("text=Start reviewing")
    page.wait_for_load_state()
    done: list[str] = []
    shot: set[str] = set()
    while re.search(r"/staff/review/\d+", page.url) and len(done) < 100:
        pages.append(page.content())
        claim = page.url
        done.append(_decide(page, shot))
        assert page.url != claim, page.locator(".problem").all_inner_texts()
        assert not page.locator(".problem").count(), page.locator(".problem").inner_text()
    assert re.search(r"/staff/review\?done=\d+$", page.url), page.url
    assert "0 claims waiting for review." in page.locator("main").inner_text()
    page.screenshot(path=str(SHOTS / "41-day-of-news-end-of-queue.png"), full_page=True)
    assert {"accepted", "rejected", "edited", "confirmed", "facility-chosen"} <= set(done)

    def person(conn: Connection, name: str) -> int:
        rows = select(person_names.c.person_id).where(person_names.c.text == name)
        (found,) = set(conn.execute(rows).scalars())
        return int(found)

    def registry(conn: Connection) -> tuple[int, int, int]:
        tsikhanouski = person(conn, "Syarhey Tsikhanouski")
        d = dossier(conn, tsikhanouski, as_of=REPORTED)
        by_type = {e.type: e for e in d.events}
        assert by_type[EventType.DETAINED].date.precision is Precision.YEAR
        assert str(by_type[EventType.INCOMMUNICADO].date) == "2023-03-08"
        assert d.fold.conflicts == ()
        assert days_incommunicado(d.fold, REPORTED) == 527
        held = int(conn.execute(select(func.count()).select_from(facilities)).scalar_one())
        return tsikhanouski, person(conn, "Анджэй Пачобут"), held

    tsikhanouski, pachobut, colonies = read(db_url, registry)
    assert colonies == 1  # one Navapolatsk colony, named in two scripts

    for path in (f"/staff/persons/{tsikhanouski}", "/persons", f"/persons/{tsikhanouski}"):
        page.goto(base + path)
        pages.append(page.content())
    assert "since 2020" in page.locator("main").inner_text()
    page.goto(base + f"/persons/{pachobut}")
    timeline = page.locator("main").inner_text()
    page.screenshot(path=str(SHOTS / "42-day-of-news-two-sources.png"), full_page=True)
    assert "Pachobut: a solidarity action" in timeline  # every source of the detention
    assert "Poczobut detained" in timeline
    pages.append(page.content())
    for html in pages:
        assert "2020-01-01" not in html  # "in 2020" is never shown as its first day
    assert problems == []
    context.close()
