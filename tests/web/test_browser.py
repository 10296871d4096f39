"""End to end in a real browser: Playwright driving Debian's Chromium against a real
server over a demo registry. An editor signs in (turning on two-step sign-in with a
code computed as an authenticator app would, since editors must), ingests the founding
report by pasting it, reviews every claim (a new person for Tsikhanouski, a year for the
detention the report leaves undated), then ingests a recognition statement; the home count and chart
move and the person page shows the events with their quotes and sources.

Screenshots are kept in ``tests/artifacts/screenshots/`` (ignored by git; CI keeps them).
Without /usr/bin/chromium the test fails: CI installs it (``.ci/run``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyotp
import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from tests.web.conftest import serve_app
from tests.web.staff import PASSWORD, TEST_KEYS_JSON, add_user

from vigil.auth.roles import Role
from vigil.demo.build import write_plan
from vigil.demo.generator import generate
from vigil.settings import Settings
from vigil.store.db import make_engine, migrate, transaction
from vigil.web import create_app

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"
SEED = Path(__file__).resolve().parents[2] / "src/vigil/demo/data/seed_000_af915d7ba50896bb.txt"
RECOGNITION = (
    "The Viasna human rights centre recognized Syarhey Tsikhanouski as a political prisoner "
    "on June 1, 2020."
)


def _article() -> str:
    """The founding report's text as a person would paste it: without front matter."""
    text = SEED.read_text("utf-8")
    return text.split("\n---\n", 1)[1] if text.startswith("---\n") else text


@dataclass
class Server:
    url: str


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A demo registry of 300 fictional persons (so the chart has a history), an editor."""
    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'vigil.db'}"
    engine = make_engine(url)
    migrate(engine)
    with transaction(engine) as conn:
        write_plan(conn, generate(300, seed=7))
    engine.dispose()
    add_user(url, "editor", Role.EDITOR)
    for site in serve_app(create_app(Settings(database_url=url, keys=TEST_KEYS_JSON))):
        site.client.close()
        yield Server(site.url)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests drive Debian's Chromium "
            "(apt-get install chromium; `playwright install` is not used)"
        )
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield launched
        launched.close()


def _shot(page: Page, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _home(page: Page, url: str) -> tuple[int, str]:
    page.goto(url + "/")
    count = page.locator(".headline .count").inner_text()
    line = page.locator("svg.chart polyline.line").get_attribute("points")
    return int(count.replace(",", "")), line or ""


def _review_all(page: Page, names_new: set[str], shots: bool) -> dict[str, int]:
    """Decide every claim the queue shows, as a person would; returns what happened."""
    counts = {"accepted": 0, "skipped": 0, "dated": 0}
    skipped: set[str] = set()
    for _ in range(80):
        url = page.url
        if not re.search(r"/staff/review/\d+", url):
            break
        claim = url.split("/staff/review/")[1].split("?")[0]
        problem = page.locator(".problem")
        if problem.count():
            message = problem.inner_text()
            if "gives no date" in message:
                if shots and not counts["dated"]:
                    _shot(page, "04-review-needs-a-date")
                page.fill("#edit-date", "2020")
                counts["dated"] += 1
            elif claim in skipped:
                raise AssertionError(f"claim {claim} cannot be accepted: {message}")
            else:  # e.g. held incommunicado before the detention is recorded: come back
                skipped.add(claim)
                counts["skipped"] += 1
                page.click("button[value=skip]")
                continue
        heading = page.locator("h1").inner_text()
        legend = page.locator("fieldset.who legend")
        who = legend.inner_text() if legend.count() else ""
        if heading.endswith(": person") and any(name in who for name in names_new):
            page.check("#who-new")
            if shots:
                _shot(page, "03-review-claim")
        page.click("button[value=accept]")
        if not page.locator(".problem").count():
            counts["accepted"] += 1
    else:
        raise AssertionError("the review did not come to an end")
    return counts


def test_ingest_review_and_see_the_public_pages_change(server: Server, browser: Browser) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on(
        "console",
        lambda m: problems.append(m.text) if "Content Security Policy" in m.text else None,
    )
    page.on(
        "response",
        lambda r: (
            problems.append(f"{r.status} {r.url}")
            if r.status >= 400
            and r.request.resource_type != "document"
            and not r.url.endswith("/favicon.ico")
            else None
        ),
    )

    held_before, line_before = _home(page, server.url)
    assert held_before > 0
    _shot(page, "00-home-before")

    page.goto(server.url + "/staff/review")
    assert "/staff/login" in page.url  # signing in first
    page.fill("#username", "editor")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/staff/mfa\?next=%2Fstaff%2Freview$"))  # editors enrol
    secret = page.locator("#totp-secret").inner_text().replace(" ", "")
    assert page.locator("#totp-uri").inner_text().startswith("otpauth://totp/Vigil:editor?")
    page.fill("#code", pyotp.TOTP(secret).now())
    page.click("text=Turn on two-step sign-in")
    assert page.locator(".recovery-codes li").count() == 10
    _shot(page, "01-mfa-recovery-codes")
    page.click("text=Continue")
    page.wait_for_url(re.compile(r".*/staff/review$"))
    page.goto(server.url + "/staff")
    _shot(page, "01-staff-home")

    page.goto(server.url + "/staff/ingest")
    page.fill("#text", _article())
    page.fill("#title", "Tsikhanouskaya welcomes pardon of 30, says more than 1,400 remain")
    page.fill("#published", "2024-08-16")
    page.select_option("#language", "en")
    page.click("form.staff button[type=submit]")
    notice = page.locator(".notice").inner_text()
    assert "Stored as new source" in notice
    _shot(page, "02-ingest-result")

    page.click("text=Review the claims of source")
    page.click("text=Start reviewing")
    done = _review_all(page, {"Syarhey Tsikhanouski"}, shots=True)
    assert done["dated"] == 1  # "... her husband was barred ... and imprisoned": no date
    assert done["accepted"] >= 10
    assert "Nothing to review" in page.content()
    _shot(page, "05-queue-done")

    # The report says he is held and out of sight; a recognition makes him count.
    page.goto(server.url + "/staff/ingest")
    page.fill("#text", RECOGNITION)
    page.fill("#published", "2020-06-02")
    page.click("form.staff button[type=submit]")
    page.click("text=Review the claims of source")
    page.click("text=Start reviewing")
    _review_all(page, set(), shots=False)

    held_after, line_after = _home(page, server.url)
    assert held_after == held_before + 1
    assert line_after != line_before
    _shot(page, "06-home-after")

    page.goto(server.url + "/persons?q=Tsikhanouski")
    page.click("table a:has-text('Syarhey Tsikhanouski')")
    person = page.content()
    assert "held incommunicado" in person
    assert "recognized as a political prisoner" in person
    assert "out of public sight for 527 days" in person
    assert "Tsikhanouskaya welcomes pardon of 30" in person  # the source, linked
    _shot(page, "07-person")
    page.goto(page.url.replace("/persons/", "/staff/persons/"))
    _shot(page, "08-staff-person")
    assert not problems, problems  # no script errors, no broken assets, nothing CSP blocked
    context.close()


def test_phone_width(server: Server, browser: Browser) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    for path, name in (("/", "09-phone-home"), ("/persons", "10-phone-list")):
        page.goto(server.url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{path} scrolls sideways at phone width ({width}px)"
        _shot(page, name)
    context.close()
    print(f"\nscreenshots: {SHOTS}")
