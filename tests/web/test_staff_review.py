"""The review queue over a real server on both databases: accept (choosing a new person),
reject with a note, edit then accept, bulk accept, and the guards (role, form token).
What a decision does must show on the public pages."""

from __future__ import annotations

import re

import httpx
import pytest
from markupsafe import escape
from tests.web.conftest import Site
from tests.web.staff import REPORT, csrf_of, post_form, read, signed_in

from vigil.auth.roles import Role
from vigil.model import Claim, ClaimKind, Edit, EventPayload, ReviewState
from vigil.store.claims import get_claims, pending_claims, source_claims
from vigil.store.persons import search

_COUNT = re.compile(r'class="count" href="[^"]*">([0-9,]+)<')


def _ingest(client: httpx.Client, text: str = REPORT) -> int:
    done = post_form(client, "/staff/ingest", "/staff/ingest", {"text": text})
    assert done.status_code == 200, done.text
    found = re.search(r"/staff/review\?source=(\d+)", done.text)
    assert found
    return int(found.group(1))


def _held(client: httpx.Client) -> int:
    found = _COUNT.search(client.get("/").text)
    assert found
    return int(found.group(1).replace(",", ""))


def _claim(url: str, source: int, kind: ClaimKind, words: str) -> Claim:
    claims = read(url, lambda c: source_claims(c, source))
    return next(c for c in claims if c.kind is kind and words in c.quote)


def _state(url: str, claim: Claim) -> Claim:
    assert claim.id is not None
    return read(url, lambda c: get_claims(c, [claim.id or 0])[0])


def _decide(client: httpx.Client, claim: Claim, data: dict[str, str]) -> httpx.Response:
    page = f"/staff/review/{claim.id}"
    return post_form(client, page, page, data)


def test_accept_through_the_queue_changes_the_public_pages(site: Site, db_url: str) -> None:
    with signed_in(site.url, db_url, "doc", Role.DOCUMENTER) as client:
        held = _held(client)
        source = _ingest(client)
        queue = client.get(f"/staff/review?source={source}")
        assert queue.status_code == 200
        assert "Ihar Losikau" in queue.text
        person = _claim(db_url, source, ClaimKind.PERSON, "Ihar Losikau")
        # The queue starts with the persons of the source, and each page shows the span.
        assert f'href="/staff/review/{person.id}?source={source}">Start reviewing' in queue.text
        page = client.get(f"/staff/review/{person.id}?source={source}")
        assert '<mark id="span">Ihar Losikau</mark>' in page.text
        assert 'value="new"' in page.text
        assert "vigil.extract.en.v2" in page.text

        done = _decide(client, person, {"action": "accept", "who": "new", "note": "a blogger"})
        assert done.status_code == 303
        assert done.headers["location"].startswith("/staff/review/")
        assert f"done={person.id}" in done.headers["location"]
        nxt = client.get(done.headers["location"])
        assert f"Claim {person.id} accepted by doc: person" in nxt.text
        review = _state(db_url, person).review
        assert review is not None
        assert review.decision is not None
        assert review.decision.person_id is not None
        new_id = review.decision.person_id

        for words in ("Police detained the blogger", "recognized Ihar Losikau"):
            event = _claim(db_url, source, ClaimKind.EVENT, words)
            shown = client.get(f"/staff/review/{event.id}")
            assert f'href="/staff/persons/{new_id}">person {new_id}</a>' in shown.text
            assert _decide(client, event, {"action": "accept"}).status_code == 303
            assert _state(db_url, event).state is ReviewState.ACCEPTED

        public = client.get(f"/persons/{new_id}").text
        assert "Ihar Losikau" in public
        assert "recognized as a political prisoner" in public
        assert escape("Police detained the blogger Ihar Losikau in Minsk on March 1, 2024.") in (
            public
        )
        assert _held(client) == held + 1


def test_reject_with_a_note_and_it_stays_rejected(site: Site, db_url: str) -> None:
    with signed_in(site.url, db_url, "doc", Role.DOCUMENTER) as client:
        source = _ingest(client)
        transfer = _claim(db_url, source, ClaimKind.EVENT, "was transferred")
        done = _decide(client, transfer, {"action": "reject", "note": "another colony"})
        assert done.status_code == 303
        after = _state(db_url, transfer)
        assert after.state is ReviewState.REJECTED
        assert after.review is not None
        assert after.review.note == "another colony"
        assert after.review.by == "doc"
        # Re-ingesting brings nothing back, and a decided claim cannot be decided again.
        _ingest(client)
        assert _state(db_url, transfer).state is ReviewState.REJECTED
        again = _decide(client, transfer, {"action": "accept"})
        assert again.status_code == 422
        assert "already rejected" in again.text


def test_a_missing_date_is_asked_for_then_edit_and_accept(site: Site, db_url: str) -> None:
    text = "Police detained the journalist Andrei Kuznechyk in Minsk on Sunday."
    with signed_in(site.url, db_url, "doc", Role.DOCUMENTER) as client:
        source = _ingest(client, text)
        claims = read(db_url, lambda c: pending_claims(c, source_id=source))
        event = next(c for c in claims if c.kind is ClaimKind.EVENT)
        assert isinstance(event.payload, EventPayload)
        assert event.payload.date is None
        page = client.get(f"/staff/review/{event.id}")
        assert '<details class="edit" open>' in page.text  # no date: the edit form is open

        refused = _decide(client, event, {"action": "accept", "who": "new"})
        assert refused.status_code == 422
        assert "gives no date" in refused.text
        assert "Nothing was written" in refused.text
        assert read(db_url, lambda c: search(c, "Kuznechyk")) == []

        bad = _decide(client, event, {"action": "accept", "who": "new", "edit_date": "May"})
        assert bad.status_code == 422
        assert escape("'May' is not a date") in bad.text
        assert 'value="May"' in bad.text  # the reviewer's input is kept

        edited = {
            "action": "accept",
            "who": "new",
            "edit_date": "2024-05-12",
            "edit_articles": "342, 361-1",
        }
        assert _decide(client, event, edited).status_code == 303
        after = _state(db_url, event)
        assert after.state is ReviewState.ACCEPTED
        assert after.review is not None
        decision = after.review.decision
        assert decision is not None
        assert decision.edited == (Edit("date", "2024-05-12"), Edit("articles", ("342", "361-1")))
        public = client.get(f"/persons/{decision.person_id}").text
        assert "2024-05-12" in public
        assert "Andrei Kuznechyk" in public


def test_candidates_are_shown_and_chosen(site: Site, db_url: str) -> None:
    assert site.seeded is not None
    named = site.seeded.named
    text = "Volga Krumenko was transferred to colony No. 4 in Homel on 20 February 2024."
    with signed_in(site.url, db_url, "doc", Role.DOCUMENTER) as client:
        source = _ingest(client, text)
        claims = read(db_url, lambda c: pending_claims(c, source_id=source))
        person = next(c for c in claims if c.kind is ClaimKind.PERSON)
        page = client.get(f"/staff/review/{person.id}")
        assert f'name="who" value="{named}"' in page.text
        assert "Volha Krumenka" in page.text
        done = _decide(client, person, {"action": "accept", "who": str(named)})
        assert done.status_code == 303
        review = _state(db_url, person).review
        assert review is not None
        assert review.decision is not None
        assert review.decision.person_id == named
        names = client.get(f"/staff/persons/{named}").text
        assert "Volga Krumenko" in names  # the spelling of this source joins the record


def test_guards_role_and_form_token(site: Site, db_url: str) -> None:
    with signed_in(site.url, db_url, "doc", Role.DOCUMENTER) as doc:
        source = _ingest(doc)
        person = _claim(db_url, source, ClaimKind.PERSON, "Ihar Losikau")
        forged = doc.post(f"/staff/review/{person.id}", data={"action": "accept", "who": "new"})
        assert forged.status_code == 403
        assert _state(db_url, person).state is ReviewState.PROPOSED
        assert doc.post(f"/staff/review/bulk?source={source}").status_code == 403
        bulk = post_form(doc, "/staff/review", f"/staff/review/bulk?source={source}", {})
        assert bulk.status_code == 403  # documenters decide one by one
    with signed_in(site.url, db_url, "viewer", Role.VIEWER) as viewer:
        page = viewer.get(f"/staff/review/{person.id}")
        assert page.status_code == 200
        assert "needs the documenter role" in page.text
        assert 'name="action"' not in page.text
        tried = viewer.post(
            f"/staff/review/{person.id}", data={"action": "reject", "csrf_token": csrf_of(page)}
        )
        assert tried.status_code == 403
    assert site.client.get("/staff/review").status_code == 303
    assert _state(db_url, person).state is ReviewState.PROPOSED


def test_skip_and_bulk_accept(site: Site, db_url: str) -> None:
    with signed_in(site.url, db_url, "editor", Role.EDITOR) as client:
        source = _ingest(client)
        first = _claim(db_url, source, ClaimKind.PERSON, "Ihar Losikau")
        skipped = _decide(client, first, {"action": "skip"})
        assert skipped.status_code == 303
        assert f"/staff/review/{first.id}" not in skipped.headers["location"]
        assert _state(db_url, first).state is ReviewState.PROPOSED

        done = post_form(client, "/staff/review", f"/staff/review/bulk?source={source}", {})
        assert done.status_code == 200, done.text
        assert "recorded as bulk decisions by editor" in done.text
        left = read(db_url, lambda c: pending_claims(c, source_id=source))
        decided = [c for c in read(db_url, lambda c: source_claims(c, source)) if c.review]
        assert decided
        assert all(c.review is not None and c.review.bulk for c in decided)
        for claim in left:
            assert f"Claim {claim.id}</a>" in done.text  # each one left says why


@pytest.mark.parametrize("query", ["?kind=nothing", "?min_confidence=2", "?source=x"])
def test_bad_filters_say_what_to_do(site: Site, db_url: str, query: str) -> None:
    with signed_in(site.url, db_url, "doc", Role.DOCUMENTER) as client:
        page = client.get("/staff/review" + query)
        assert page.status_code == 422
        assert "cannot be" in page.text or "must be an id" in page.text


def test_bulk_reject_with_a_note(site: Site, db_url: str) -> None:
    with signed_in(site.url, db_url, "editor", Role.EDITOR) as client:
        source = _ingest(client)
        queue = client.get(f"/staff/review?source={source}")
        assert 'name="note"' in queue.text  # the bulk reject form, for editors
        done = post_form(client, "/staff/review", f"/staff/review/bulk?source={source}&kind=event",
                         {"action": "reject", "note": "a rumour"})  # fmt: skip
        assert done.status_code == 200, done.text
        assert "Rejected" in done.text
        claims = read(db_url, lambda c: source_claims(c, source))
        events = [c for c in claims if c.kind is ClaimKind.EVENT]
        assert events
        assert all(c.state is ReviewState.REJECTED for c in events)
        assert all(c.review is not None and c.review.note == "a rumour" for c in events)
        assert all(c.state is ReviewState.PROPOSED for c in claims if c not in events)
