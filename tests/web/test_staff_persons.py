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
from tests.web.staff import add_user, csrf_of, post_form, read, signed_in

from vigil.auth.roles import Role
from vigil.model import Gender, NameVariant, Person
from vigil.store.audit import entries, verify
from vigil.store.db import make_engine, transaction
from vigil.store.persons import add_person, get_person
from vigil.store.restricted import reveal


def _person(url: str, name: str, gender: Gender = Gender.UNKNOWN) -> int:
    engine = make_engine(url)
    with transaction(engine) as conn:
        pid = add_person(conn, Person(names=(NameVariant.of(name),), gender=gender), by="t")
    engine.dispose()
    return pid


def _form(pid: int, **changes: str) -> dict[str, str]:
    data = {
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
