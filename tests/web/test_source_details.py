"""A source's details on the web: the staff page corrects them (and shows their history),
the staff API reads and patches them, and the ingest form, given a text stored already,
keeps what was typed, says what differs, and applies it with one button. Every path is
the same service call, audited; the text and its hash never change."""

from __future__ import annotations

import httpx
from tests.web.conftest import SOURCE_TEXT, Site
from tests.web.staff import form_of, post_form, read, signed_in, token_for

from vigil.auth.roles import Role
from vigil.model import Source
from vigil.store.audit import verify
from vigil.store.sources import get_source


def _source(db_url: str, source_id: int) -> Source:
    return read(db_url, lambda conn: get_source(conn, source_id))


def test_the_staff_page_corrects_details_with_history(site: Site, db_url: str) -> None:
    assert site.seeded is not None
    sid = site.seeded.source
    before = _source(db_url, sid)
    page = f"/staff/sources/{sid}/details"
    with signed_in(site.url, db_url, "doc", Role.DOCUMENTER) as client:
        sent = form_of(client.get(page), page)
        assert sent["title"] == "Teacher detained"
        sent.update({"publisher": "", "published": "2021-06-03", "why": "the dateline"})
        sent.pop("csrf_token")
        done = post_form(client, page, page, sent, follow_redirects=True)
        assert done.status_code == 200
        assert "Saved." in done.text
        assert "published &#39;2021-06-02&#39; → &#39;2021-06-03&#39;" in done.text
        assert "the dateline" in done.text
        bad = post_form(client, page, page, {**sent, "published": "2021-06"})
        assert bad.status_code == 422
        assert "published needs a full date, not &#39;2021-06&#39;" in bad.text
        assert 'value="2021-06"' in bad.text  # what was typed stays in the form
    after = _source(db_url, sid)
    assert (after.publisher, str(after.published)) == (None, "2021-06-03")
    assert (after.text, after.hash) == (before.text, before.hash)
    with signed_in(site.url, db_url, "view", Role.VIEWER) as client:
        assert client.get(page).status_code == 403
    assert read(db_url, verify).ok


def test_the_ingest_form_keeps_what_was_typed_and_offers_it(site: Site, db_url: str) -> None:
    assert site.seeded is not None
    sid = site.seeded.source
    typed = {"text": SOURCE_TEXT, "title": "Teacher detained in Hrodna",
             "url": "https://example.org/news/1-updated", "publisher": "Example News"}  # fmt: skip
    with signed_in(site.url, db_url, "doc", Role.DOCUMENTER) as client:
        shown = post_form(client, "/staff/ingest", "/staff/ingest", typed)
        assert shown.status_code == 200
        assert f"Source {sid} holds this text already" in shown.text
        assert 'value="Teacher detained in Hrodna"' in shown.text  # kept in the form
        assert "title &#39;Teacher detained&#39; → &#39;Teacher detained in Hrodna&#39;" in (
            shown.text
        )
        assert _source(db_url, sid).title == "Teacher detained"  # offered, not applied
        action = f"/staff/sources/{sid}/details"
        offer = form_of(shown, action)
        assert offer["form_fields"] == "title url"  # the publisher is the same
        done = client.post(action, data=offer)
        assert done.status_code == 303
    after = _source(db_url, sid)
    assert (after.title, after.url) == ("Teacher detained in Hrodna",
                                        "https://example.org/news/1-updated")  # fmt: skip
    assert after.published is not None  # what was not offered stays
    assert read(db_url, verify).ok


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_the_staff_api_reads_and_patches_details(site: Site, db_url: str) -> None:
    assert site.seeded is not None
    sid = site.seeded.source
    api: httpx.Client = site.client
    doc = _bearer(token_for(db_url, "doc", Role.DOCUMENTER))
    got = api.get(f"/api/v1/staff/sources/{sid}", headers=doc).json()
    assert (got["title"], got["published"]) == ("Teacher detained", "2021-06-02")
    assert [h["action"] for h in got["history"]] == ["source.add"]
    done = api.patch(f"/api/v1/staff/sources/{sid}", headers=doc,
                     json={"language": "be", "publisher": None, "why": "checked"})  # fmt: skip
    assert done.status_code == 200, done.text
    body = done.json()
    assert {c["field"] for c in body["changed"]} == {"language", "publisher"}
    assert body["source"]["publisher"] is None
    assert body["source"]["title"] == "Teacher detained"  # not sent: kept
    assert body["source"]["history"][0]["why"] == "checked"
    assert body["source"]["content_hash"] == got["content_hash"]
    for payload, message in (({"published": "2021"}, "published needs a full date"),
                             ({"text": "new"}, "")):  # fmt: skip
        bad = api.patch(f"/api/v1/staff/sources/{sid}", headers=doc, json=payload)
        assert bad.status_code == 422
        assert set(bad.json()["error"]) == {"code", "message", "hint"}
        assert message in bad.json()["error"]["message"]
    again = api.post("/api/v1/staff/ingest", headers=doc,
                     json={"text": SOURCE_TEXT, "title": "Teacher detained in Hrodna"})  # fmt: skip
    assert again.json()["new_source"] is False
    # The title sent, and the language detected (the stored one was corrected to be).
    assert again.json()["offered"] == ["title 'Teacher detained' → 'Teacher detained in Hrodna'",
                                       "language 'be' → 'en'"]  # fmt: skip
    viewer = _bearer(token_for(db_url, "viewer", Role.VIEWER))
    assert api.patch(f"/api/v1/staff/sources/{sid}", headers=viewer, json={}).status_code == 403
    assert api.get(f"/api/v1/staff/sources/{sid}").status_code == 401
    assert read(db_url, verify).ok
