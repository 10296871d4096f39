"""In a real browser (Debian's Chromium through Playwright): a documenter opens a source's
text, selects the words the extractor missed, and makes a claim of them; the selection
fills the character positions, the claim opens in the review queue with the words
marked, and accepting it records the event on the person's record.

Screenshots are kept in ``tests/artifacts/screenshots/`` (ignored by git).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from tests.web.conftest import SOURCE_TEXT, Seeded, seed, serve_app
from tests.web.staff import PASSWORD, TEST_KEYS_JSON, add_user, read

from vigil.auth.roles import Role
from vigil.model import ClaimKind
from vigil.settings import Settings
from vigil.store.claims import source_claims
from vigil.store.db import make_engine, migrate
from vigil.web import create_app

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"
WORDS = "Volha Krumenka, a teacher, was detained on May 28 and taken to colony No. 1"


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, str, Seeded]]:
    url = f"sqlite:///{tmp_path / 'vigil.db'}"
    engine = make_engine(url)
    migrate(engine)
    engine.dispose()
    seeded = seed(url)
    add_user(url, "maryia", Role.DOCUMENTER)
    for s in serve_app(create_app(Settings(database_url=url, keys=TEST_KEYS_JSON))):
        s.client.close()
        yield s.url, url, seeded


@pytest.fixture
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: the browser tests drive Debian's Chromium")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield launched
        launched.close()


def _select(page: Page, words: str) -> None:
    """Select ``words`` in the source text as a reader's mouse would: a range over the
    text node, given to the document's selection."""
    page.evaluate(
        """(words) => {
            const text = document.getElementById("source-text").firstChild;
            const at = text.data.indexOf(words);
            const range = document.createRange();
            range.setStart(text, at);
            range.setEnd(text, at + words.length + 1);  // and the space after, as a drag does
            const sel = window.getSelection();
            sel.removeAllRanges();
            sel.addRange(range);
        }""",
        words,
    )


def test_select_words_in_a_source_and_make_a_claim(
    site: tuple[str, str, Seeded], browser: Browser
) -> None:
    base, db_url, seeded = site
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)

    page.goto(base + "/staff/sources")
    assert "/staff/login" in page.url
    page.fill("#username", "maryia")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/staff/sources$"))
    page.click(f"a[href='/staff/sources/{seeded.source}/claim']")
    page.wait_for_url(re.compile(r".*/claim$"))
    # Only the chosen kind's fields show (the script hides the others).
    assert page.locator("fieldset[data-kind=event]").is_visible()
    assert not page.locator("fieldset[data-kind=figure]").is_visible()

    _select(page, WORDS)
    start = SOURCE_TEXT.index(WORDS)
    page.wait_for_function("document.getElementById('start').value !== ''")
    assert page.input_value("#start") == str(start)
    assert page.input_value("#end") == str(start + len(WORDS))  # the space left out
    assert page.locator("#selected").inner_text() == WORDS
    marked = "CSS.highlights.get('claim-span') ? CSS.highlights.get('claim-span').size : 0"
    assert page.evaluate(marked) == 1  # the span stays marked when the focus moves on

    page.select_option("#kind", "event")
    page.select_option("#event-type", "transferred")
    page.fill("#event-date", "2021-06-01")
    page.fill("#event-person", "Volha Krumenka")
    page.fill("#event-facility", "colony No. 1")
    page.evaluate("window.getSelection().removeAllRanges()")
    page.screenshot(path=str(SHOTS / "20-claim-from-selection.png"), full_page=True)
    page.click("#claim-form button[type=submit]")

    page.wait_for_url(re.compile(r".*/staff/review/\d+\?source=\d+$"))
    assert page.locator("mark#span").inner_text() == WORDS
    assert "transferred on 2021-06-01 of Volha Krumenka" in page.locator(".proposes").inner_text()
    assert "manual.v1" in page.locator(".about").inner_text()
    page.screenshot(path=str(SHOTS / "21-claim-in-review.png"), full_page=True)
    page.check(f"#who-{seeded.named}")
    page.click("button[value=accept]")
    page.wait_for_load_state()
    assert not page.locator(".problem").count(), page.locator(".problem").inner_text()

    by_hand = "selected by hand by maryia"
    (claim,) = [c for c in read(db_url, lambda c: source_claims(c, seeded.source))
                if c.payload is not None and c.payload.reason == by_hand]  # fmt: skip
    assert claim.kind is ClaimKind.EVENT
    assert (claim.start, claim.quote) == (start, WORDS)
    assert claim.review is not None
    assert claim.review.decision is not None
    assert claim.review.decision.person_id == seeded.named
    page.goto(base + f"/staff/persons/{seeded.named}")
    assert "transferred" in page.locator("table.events").inner_text()
    page.screenshot(path=str(SHOTS / "22-person-with-the-event.png"), full_page=True)
    page.click("text=Add an event")
    page.wait_for_url(re.compile(r".*/staff/records/event\?person=\d+$"))
    page.screenshot(path=str(SHOTS / "23-add-an-event.png"), full_page=True)
    page.goto(base + f"/staff/facilities/{seeded.facility}")
    page.screenshot(path=str(SHOTS / "24-facility.png"), full_page=True)
    page.goto(base + "/staff")
    page.screenshot(path=str(SHOTS / "25-staff-home-documenter.png"), full_page=True)
    assert problems == []
    context.close()
