"""Every staff form, posted with each of its fields missing in turn, on both databases:
nothing the registry held is cleared or changed. A form may still do what the fields it
carries ask (add a name, accept a claim); what it did not receive stays as it was.

Each form is read from its page as a browser would send it (``form_of``), so a field
the template adds later is covered without a change here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import httpx
import pytest
from sqlalchemy import Connection
from tests.web.conftest import SOURCE_TEXT, Site
from tests.web.staff import REPORT, add_user, form_of, lost, post_form, read, signed_in, snapshot

from vigil.auth.roles import Role
from vigil.model import ClaimKind
from vigil.store.audit import verify
from vigil.store.claims import pending_claims


@dataclass(frozen=True)
class StaffForm:
    role: Role
    page: str  # the page that shows the form; {named}, {withheld}, {other}, {claim} filled in
    action: str
    changes: dict[str, str] = field(default_factory=dict)  # typed into the form first
    refused: bool = False  # every post missing a field is refused outright
    #: Boxes a browser leaves out when unchecked: a post without one is the whole form.
    checkboxes: tuple[str, ...] = ()
    setup: Callable[[httpx.Client, Site], dict[str, str]] | None = None


def _first_event(client: httpx.Client, site: Site) -> dict[str, str]:
    assert site.seeded is not None
    shown = client.get(f"/staff/persons/{site.seeded.named}").text
    return {"event": shown.split('name="event" value="')[1].split('"')[0]}


def _pending_claim(client: httpx.Client, site: Site) -> dict[str, str]:
    done = post_form(client, "/staff/ingest", "/staff/ingest", {"text": REPORT})
    assert done.status_code == 200, done.text[:500]
    return {}  # the claim's own form says the rest


RECORD = "gender birth_date region occupation notes health family_contacts"

FORMS = {
    "person record": StaffForm(
        Role.DOCUMENTER, "/staff/persons/{named}", "/staff/persons/{named}",
        {"region": "Brest region", "notes": "a new note", "name_withheld": "true"}, refused=True,
        checkboxes=("name_withheld",),
    ),
    "withheld person record": StaffForm(
        Role.DOCUMENTER, "/staff/persons/{withheld}", "/staff/persons/{withheld}",
        {"occupation": "x", "health": "", "birth_date": "1990"}, refused=True,
    ),
    "add a name": StaffForm(
        Role.DOCUMENTER, "/staff/persons/{named}", "/staff/persons/{named}/names",
        {"text": "Volha K. Krumenka", "language": "en"},
    ),
    "remove a name": StaffForm(
        Role.DOCUMENTER, "/staff/persons/{named}", "/staff/persons/{named}/names/remove",
    ),
    "publish a name": StaffForm(
        Role.EDITOR, "/staff/persons/{withheld}", "/staff/persons/{withheld}/publish-name",
        {"reason": "the family agreed"}, refused=True,
    ),
    "split": StaffForm(
        Role.EDITOR, "/staff/persons/{named}", "/staff/persons/{named}/split",
        {"name": "Someone Else", "why": "two people"}, refused=True, setup=_first_event,
    ),
    "merge": StaffForm(
        Role.EDITOR, "/staff/persons/merge?kept={named}&other={other}", "/staff/persons/merge",
        {"why": "one person"}, refused=True,
    ),
    "review a claim": StaffForm(
        Role.DOCUMENTER, "/staff/review/{claim}", "/staff/review/{claim}",
        {"note": "checked"}, setup=_pending_claim,
    ),
    "ingest": StaffForm(
        Role.DOCUMENTER, "/staff/ingest", "/staff/ingest",
        {"text": SOURCE_TEXT, "title": "Another title", "publisher": "Another"},
    ),
    "source details": StaffForm(
        Role.DOCUMENTER, "/staff/sources/{source}/details", "/staff/sources/{source}/details",
        {"why": "checked against the page"},
    ),
    "user role": StaffForm(
        Role.ADMIN, "/staff/users", "/staff/users/subject/role", {"role": "editor"}, refused=True
    ),
    "user active": StaffForm(
        Role.ADMIN, "/staff/users", "/staff/users/subject/active", refused=True
    ),
    "add a user": StaffForm(
        Role.ADMIN, "/staff/users", "/staff/users",
        {"username": "newcomer", "display_name": "New Comer", "role": "viewer"},
    ),
    "create a token": StaffForm(
        Role.ADMIN, "/staff/users", "/staff/users/subject/tokens", {"name": "nightly"}
    ),
}  # fmt: skip
# Left out on purpose: the password reset form. An empty password field there means
# "generate one" (shown once to the admin), so a post without it resets the password,
# which is what the form's button does.


@pytest.mark.parametrize("name", FORMS)
def test_a_form_missing_a_field_clears_nothing(site: Site, db_url: str, name: str) -> None:
    spec = FORMS[name]
    assert site.seeded is not None
    add_user(db_url, "subject", Role.VIEWER)
    places = {"named": site.seeded.named, "withheld": site.seeded.withheld,
              "other": site.seeded.other, "claim": 0, "source": site.seeded.source}  # fmt: skip
    with signed_in(site.url, db_url, "staffer", spec.role) as client:
        extra = spec.setup(client, site) if spec.setup else {}
        if "{claim}" in spec.page:
            places["claim"] = read(db_url, _a_pending_person_claim)
        page_url = spec.page.format(**places)
        action = spec.action.format(**places)
        sent = form_of(client.get(page_url), action)
        sent.update(spec.changes)
        sent.update(extra)
        fields = [f for f in sent if f not in ("csrf_token", *spec.checkboxes)]
        assert fields, f"the {name} form sends no fields"
        for missing in fields:
            before = read(db_url, snapshot)
            data = {k: v for k, v in sent.items() if k not in (missing, "csrf_token")}
            done = post_form(client, page_url, action, data)
            assert done.status_code < 500, done.text[:500]
            if spec.refused:
                assert done.status_code in (400, 403, 404, 409, 422), (missing, done.status_code)
            gone = lost(before, read(db_url, snapshot))
            assert not gone, f"{name} without {missing!r} changed or cleared: {gone}"
    assert read(db_url, verify).ok


def _a_pending_person_claim(conn: Connection) -> int:
    found = [c for c in pending_claims(conn) if c.kind is ClaimKind.PERSON]
    assert found
    assert found[0].id is not None
    return found[0].id
