"""Staff person pages over a real server on both databases: edit a record (public and
restricted fields, names), who sees the restricted fields, merge and its refusals, split.
Every change is in the audit log, restricted content never is."""

from __future__ import annotations

import json

import pytest
from markupsafe import escape
from sqlalchemy import Connection
from tests.conftest import TEST_RING
from tests.web.conftest import RESTRICTED, Site
from tests.web.staff import add_user, csrf_of, form_of, post_form, read, signed_in

from vigil.auth.roles import Role
from vigil.errors import Conflict, InvalidInput
from vigil.model import Gender, NameVariant, Person, PersonEdit
from vigil.store.audit import entries, verify
from vigil.store.db import make_engine, transaction
from vigil.store.persons import add_person, get_person, publish_name, update_person
from vigil.store.restricted import reveal


def _person(url: str, name: str, gender: Gender = Gender.UNKNOWN) -> int:
    engine = make_engine(url)
    with transaction(engine) as conn:
        pid = add_person(conn, Person(names=(NameVariant.of(name),), gender=gender), by="t")
    engine.dispose()
    return pid


RECORD = "gender birth_date region occupation notes health family_contacts"


def _form(pid: int, **changes: str) -> dict[str, str]:
    data = {
        "form_fields": RECORD,
        "gender": "female",
        "birth_date": "1984",
        "region": "Minsk",
        "occupation": "teacher",
        "name_withheld": "",
        "notes": RESTRICTED[0],
        "health": RESTRICTED[1],
        "family_contacts": RESTRICTED[2],
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v != "" or k != "name_withheld"}


def test_edit_a_record(site: Site, db_url: str) -> None:
    assert site.seeded is not None
    pid = site.seeded.named
    page = f"/staff/persons/{pid}"
    with signed_in(site.url, db_url, "doc", Role.DOCUMENTER) as client:
        shown = client.get(page)
        assert shown.status_code == 200
        for secret in RESTRICTED:
            assert secret in shown.text  # documenters see the restricted fields
        data = _form(
            pid,
            region="Hrodna region",
            birth_date="~1984-03",
            health="rsecret91-health, worse since May",
        )
        done = post_form(client, page, page, data)
        assert done.status_code == 303
        assert done.headers["location"] == f"{page}?done=edit&fields=birth_date,region,health"
        assert "Saved: birth date, region, health." in client.get(done.headers["location"]).text
        public = client.get(f"/persons/{pid}").text
        assert "Hrodna region" in public
        assert "worse since May" not in public

        bad = post_form(client, page, page, _form(pid, birth_date="2999"))
        assert bad.status_code == 422
        assert "is in the future" in bad.text
        assert 'value="2999"' in bad.text  # the input is kept

    def check(conn: Connection) -> None:
        person = get_person(conn, pid, restricted=True)
        assert person.region == "Hrodna region"
        assert str(person.birth_date) == "~1984-03"
        assert person.restricted.health == "rsecret91-health, worse since May"
        log = entries(conn, target=f"person:{pid}", action="person.edit")
        assert log[0].actor == "doc"
        before, after = log[0].before, log[0].after
        assert before == {"birth_date": "1984", "region": "Minsk", "sealed": before["sealed"]}
        assert after == {
            "birth_date": "~1984-03",
            "region": "Hrodna region",
            "restricted": ["health"],
            "sealed": after["sealed"],
        }
        # The old and new health values are kept, sealed: a bad edit can be undone.
        shown = reveal(log[0], TEST_RING)
        assert shown.before["sealed"] == {"health": RESTRICTED[1]}
        assert shown.after["sealed"] == {"health": "rsecret91-health, worse since May"}
        everything = json.dumps([(e.before, e.after) for e in entries(conn, limit=None)])
        assert "rsecret91" not in everything  # restricted content never enters the log
        assert verify(conn).ok

    read(db_url, check)


def test_names_are_added_and_removed(site: Site, db_url: str) -> None:
    assert site.seeded is not None
    pid = site.seeded.other  # "Ales Testau"
    page = f"/staff/persons/{pid}"
    with signed_in(site.url, db_url, "doc", Role.DOCUMENTER) as client:
        added = post_form(
            client,
            page,
            f"{page}/names",
            {"text": "Алесь Тэстаў", "language": "be", "primary": "true"},
        )
        assert added.status_code == 303
        assert read(db_url, lambda c: get_person(c, pid).display_name) == "Алесь Тэстаў"
        found = client.get("/persons?q=Тэстаў").text
        assert f'href="/persons/{pid}"' in found
        removed = post_form(client, page, f"{page}/names/remove", {"text": "Ales Testau"})
        assert removed.status_code == 303
        assert [n.text for n in read(db_url, lambda c: get_person(c, pid).names)] == [
            "Алесь Тэстаў"
        ]
        last = post_form(client, page, f"{page}/names/remove", {"text": "Алесь Тэстаў"})
        assert last.status_code == 422
        assert "only name" in last.text


def test_restricted_fields_reach_documenters_only(site: Site, db_url: str) -> None:
    assert site.seeded is not None
    pids = (site.seeded.named, site.seeded.withheld)
    with signed_in(site.url, db_url, "viewer", Role.VIEWER) as viewer:
        for pid in pids:
            page = viewer.get(f"/staff/persons/{pid}")
            assert page.status_code == 200
            for secret in RESTRICTED:
                assert secret not in page.text
            assert "need the documenter role" in page.text
            tried = viewer.post(
                f"/staff/persons/{pid}", data={**_form(pid), "csrf_token": csrf_of(page)}
            )
            assert tried.status_code == 403
    with signed_in(site.url, db_url, "doc", Role.DOCUMENTER) as doc:
        for pid in pids:
            text = doc.get(f"/staff/persons/{pid}").text
            assert all(secret in text for secret in RESTRICTED)
    for pid in pids:
        for path in (f"/persons/{pid}", f"/api/v1/persons/{pid}"):
            public = site.client.get(path).text
            assert not any(secret in public for secret in RESTRICTED)
        assert site.client.get(f"/staff/persons/{pid}").status_code == 303


def test_merge_refuses_husband_and_wife(site: Site, db_url: str) -> None:
    husband = _person(db_url, "Syarhey Tsikhanouski")
    wife = _person(db_url, "Sviatlana Tsikhanouskaya")
    he = _person(db_url, "Siarhei Tsikhanouski", Gender.MALE)
    she = _person(db_url, "Sviatlana Tsikhanouskaya", Gender.FEMALE)
    with signed_in(site.url, db_url, "editor", Role.EDITOR) as client:
        compare = client.get(f"/staff/persons/merge?kept={husband}&other={wife}")
        assert compare.status_code == 200
        assert "two forms of one family name" in compare.text  # the matcher says so up front
        lone = _person(db_url, "Statkevič")
        full = _person(db_url, "Mikalai Statkevich")
        weaker = client.get(f"/staff/persons/merge?kept={full}&other={lone}")
        assert "the same surname, and nothing more to compare" in weaker.text
        page = f"/staff/persons/merge?kept={husband}&other={wife}"
        refused = post_form(
            client,
            page,
            "/staff/persons/merge",
            {"kept": str(husband), "other": str(wife), "why": "same surname"},
        )
        assert refused.status_code == 409
        assert "Not merged" in refused.text
        assert "two forms of one family name" in refused.text
        genders = post_form(
            client,
            page,
            "/staff/persons/merge",
            {"kept": str(he), "other": str(she), "why": "same surname"},
        )
        assert genders.status_code == 409
        assert "a husband and wife share a family name" in genders.text
    assert read(db_url, lambda c: get_person(c, wife).merged_into) is None
    assert read(db_url, lambda c: get_person(c, she).merged_into) is None


def test_merge_two_records_of_one_person(site: Site, db_url: str) -> None:
    assert site.seeded is not None
    kept = site.seeded.named
    other = _person(db_url, "Вольга Крумэнка", Gender.FEMALE)
    with signed_in(site.url, db_url, "editor", Role.EDITOR) as client:
        found = client.get("/staff/persons/merge?kept=Volha&other=Крумэнка")
        assert f"?kept={kept}&amp;other=" in found.text
        page = f"/staff/persons/merge?kept={kept}&other={other}"
        compare = client.get(page)
        assert "the same name" in compare.text
        done = post_form(
            client,
            page,
            "/staff/persons/merge",
            {"kept": str(kept), "other": str(other), "why": "same passport"},
        )
        assert done.status_code == 303
        assert done.headers["location"] == f"/staff/persons/{kept}?done=merged&other={other}"
        assert (
            f"Person {other} was merged into this record."
            in client.get(done.headers["location"]).text
        )
        assert client.get(f"/persons/{other}").headers["location"] == f"/persons/{kept}"
    with signed_in(site.url, db_url, "doc", Role.DOCUMENTER) as doc:
        assert doc.get("/staff/persons/merge").status_code == 403


def test_split_events_off(site: Site, db_url: str) -> None:
    assert site.seeded is not None
    pid = site.seeded.other
    page = f"/staff/persons/{pid}"
    with signed_in(site.url, db_url, "editor", Role.EDITOR) as client:
        shown = client.get(page).text
        event = int(shown.split('name="event" value="')[1].split('"')[0])
        done = post_form(
            client,
            page,
            f"{page}/split",
            {"event": str(event), "name": "Ales Other", "why": "two people"},
        )
        assert done.status_code == 303
        new = client.get(done.headers["location"]).text
        assert "Ales Other" in new
        assert f"Events were split off person {pid}" in new


@pytest.mark.parametrize("path", ["/staff/persons", "/staff/persons?q=Volha"])
def test_find_records(site: Site, db_url: str, path: str) -> None:
    add_user(db_url, "someone", Role.VIEWER)
    with signed_in(site.url, db_url, "viewer", Role.VIEWER) as client:
        page = client.get(path)
        assert page.status_code == 200
        assert escape("Volha Krumenka") in page.text
        assert "withheld" in page.text or "q=" in path  # staff see withheld names, marked


def test_a_partial_form_changes_nothing(site: Site, db_url: str) -> None:
    """The measured case: a documenter posts only ``occupation`` to a withheld record."""
    assert site.seeded is not None
    pid = site.seeded.withheld
    page = f"/staff/persons/{pid}"
    engine = make_engine(db_url)
    with transaction(engine) as conn:  # every field set
        update_person(conn, pid, PersonEdit.parse({"birth_date": "1990-04"}), by="t")
    engine.dispose()
    before = read(db_url, lambda c: get_person(c, pid, restricted=True))
    assert before.name_withheld
    assert all(getattr(before, f) for f in ("gender", "birth_date", "region", "occupation"))
    assert all(getattr(before.restricted, f) for f in ("notes", "health", "family_contacts"))
    with signed_in(site.url, db_url, "doc", Role.DOCUMENTER) as client:
        refused = post_form(client, page, page, {"occupation": "x"})
        assert refused.status_code == 422
        assert "the form does not say which fields it carries" in refused.text
        assert "nothing was saved" in refused.text
        lacking = post_form(client, page, page, {"form_fields": RECORD, "occupation": "x"})
        assert lacking.status_code == 422
        assert "the form lacks the field &#39;gender&#39;" in lacking.text
        unpublish = post_form(client, page, page, {**_form(pid), "name_withheld": "false"})
        assert unpublish.status_code == 422
        assert "cannot publish the withheld name" in unpublish.text
    after = read(db_url, lambda c: get_person(c, pid, restricted=True))
    assert after == before
    assert after.name_withheld
    assert after.restricted.notes == RESTRICTED[0]
    assert after.occupation == "Wmarker7f3's occupation"
    log = read(db_url, lambda c: entries(c, target=f"person:{pid}", action="person.edit"))
    assert len(log) == 1  # the birth date set above, nothing since


def test_the_record_form_sends_every_field_it_shows(site: Site, db_url: str) -> None:
    assert site.seeded is not None
    for pid in (site.seeded.named, site.seeded.withheld):
        page = f"/staff/persons/{pid}"
        with signed_in(site.url, db_url, f"doc{pid}", Role.DOCUMENTER) as client:
            sent = form_of(client.get(page), page)
            assert sent["form_fields"].split() == RECORD.split()
            assert set(RECORD.split()) <= set(sent)
            done = client.post(page, data={**sent, "occupation": "a new trade"})
            assert done.status_code == 303
            assert done.headers["location"].endswith("fields=occupation")
    person = read(db_url, lambda c: get_person(c, site.seeded.withheld, restricted=True))
    assert person.name_withheld  # the form of a withheld record has no way to publish it
    assert person.restricted.health == RESTRICTED[1]


def test_withholding_is_an_edit_publishing_needs_an_editor_and_a_reason(
    site: Site, db_url: str
) -> None:
    assert site.seeded is not None
    pid = site.seeded.named
    page = f"/staff/persons/{pid}"
    publish = f"{page}/publish-name"
    with signed_in(site.url, db_url, "doc", Role.DOCUMENTER) as doc:
        withheld = post_form(doc, page, page, _form(pid, name_withheld="true"))
        assert withheld.status_code == 303
        assert read(db_url, lambda c: get_person(c, pid).name_withheld)
        shown = doc.get(page).text
        assert "Only an editor can publish it" in shown
        assert "publish-name" not in shown
        token = csrf_of(doc.get(page))
        refused = doc.post(publish, data={"csrf_token": token, "reason": "the family agreed"})
        assert refused.status_code == 403
    with signed_in(site.url, db_url, "editor", Role.EDITOR) as editor:
        assert f'action="/staff/persons/{pid}/publish-name"' in editor.get(page).text
        bare = post_form(editor, page, publish, {"reason": "  "})
        assert bare.status_code == 422
        assert "publishing a withheld name needs a reason" in bare.text
        assert read(db_url, lambda c: get_person(c, pid).name_withheld)
        done = post_form(editor, page, publish, {"reason": "the family agreed on 3 May"})
        assert done.status_code == 303
        assert "Name published." in editor.get(done.headers["location"]).text
        again = post_form(editor, page, publish, {"reason": "once more"})
        assert again.status_code == 409
    assert not read(db_url, lambda c: get_person(c, pid).name_withheld)

    def check(conn: Connection) -> None:
        [entry] = entries(conn, target=f"person:{pid}", action="person.publish_name")
        assert entry.actor == "editor"
        assert entry.before == {"name_withheld": True}
        assert entry.after == {"name_withheld": False, "reason": "the family agreed on 3 May"}
        assert verify(conn).ok

    read(db_url, check)


def test_publish_name_is_one_service_verb(db_url: str) -> None:
    pid = _person(db_url, "Ales Zhurau")
    engine = make_engine(db_url)
    try:
        with transaction(engine) as conn:
            with pytest.raises(Conflict, match="is not withheld"):
                publish_name(conn, pid, by="t", reason="why not")
            update_person(conn, pid, PersonEdit(name_withheld=True), by="t")
            with pytest.raises(InvalidInput, match="needs a reason"):
                publish_name(conn, pid, by="t", reason="")
            with pytest.raises(InvalidInput, match="cannot publish"):
                update_person(conn, pid, PersonEdit(name_withheld=False), by="t")
            assert update_person(conn, pid, PersonEdit(region="Minsk"), by="t") == ["region"]
            assert get_person(conn, pid).name_withheld
            publish_name(conn, pid, by="t", reason="he asked to be named")
            assert not get_person(conn, pid).name_withheld
    finally:
        engine.dispose()
