"""Records made by hand in the staff workspace, in process on both databases: a person,
an event citing a quote of a source, the correction of an event (a reason required, the
old event kept), facilities with postal addresses and their change, the undoing of a
merge and of a split, and the audit log read with filters. Each through its page and its
staff API route; each write audited; bad input named on the form, nothing written."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Connection
from tests.web.conftest import SOURCE_TEXT, Seeded, seed
from tests.web.inprocess import api_client, post, staff_client
from tests.web.staff import lost, read, snapshot

from vigil.auth.roles import Role
from vigil.model import EventType, Gender, NameVariant, Person
from vigil.store.audit import entries, verify
from vigil.store.db import make_engine, transaction
from vigil.store.events import get_event, load_events
from vigil.store.facilities import get_facility
from vigil.store.identity import history, merge, split
from vigil.store.persons import add_person, get_person

RELEASED = "Wmarker7f3 Hiddenava was released on 1 March 2024"


@pytest.fixture
def registry(db_url: str) -> Seeded:
    return seed(db_url)


def test_add_a_person_and_an_event_citing_a_quote(db_url: str, registry: Seeded) -> None:
    with staff_client(db_url, "doc", Role.DOCUMENTER) as client:
        form = "/staff/records/person"
        assert "Add a person" in client.get(form).text
        bad = post(client, form, form, {"name": ["Ales Bialiatski"], "birth_date": "2999"})
        assert bad.status_code == 422
        assert "is in the future" in bad.text
        assert 'value="Ales Bialiatski"' in bad.text  # what was typed stays
        empty = post(client, form, form, {"name": ["", " "]})
        assert empty.status_code == 422
        assert "a person needs a name" in empty.text
        done = post(client, form, form, {"name": ["Ales Bialiatski", "Алесь Бяляцкі"],
                                         "gender": "male", "birth_date": "1962-09-25",
                                         "region": "Minsk", "notes": "rsecret-note"})  # fmt: skip
        assert done.status_code == 303
        person_id = int(done.headers["location"].split("?")[0].rsplit("/", 1)[1])
        assert "Person added." in client.get(done.headers["location"]).text

        event_form = f"/staff/records/event?person={person_id}"
        assert "Ales Bialiatski" in client.get(event_form).text
        quote = "Volha Krumenka, a teacher, was detained on May 28"
        data = {"person_id": str(person_id), "type": "detained", "date": "2021-07-14",
                "source_id": str(registry.source), "quote": "words the source never wrote",
                "facility_id": str(registry.facility)}  # fmt: skip
        wrong = post(client, event_form, "/staff/records/event", data)
        assert wrong.status_code == 422
        assert "the quote is not in source" in wrong.text
        assert "words the source never wrote" in wrong.text
        nosource = post(client, event_form, "/staff/records/event",
                        {**data, "source_id": "", "quote": ""})  # fmt: skip
        assert nosource.status_code == 422
        assert "an event must rest on a source" in nosource.text
        badtype = post(client, event_form, "/staff/records/event", {**data, "type": "flew"})
        assert badtype.status_code == 422
        assert "unknown event type" in badtype.text
        made = post(client, event_form, "/staff/records/event", {**data, "quote": quote})
        assert made.status_code == 303, made.text[:2000]
        assert made.headers["location"] == f"/staff/persons/{person_id}?done=event_added"

    person = read(db_url, lambda c: get_person(c, person_id, restricted=True))
    assert [n.text for n in person.names] == ["Ales Bialiatski", "Алесь Бяляцкі"]
    assert person.gender is Gender.MALE
    assert person.restricted.notes == "rsecret-note"
    (event,) = read(db_url, lambda c: load_events(c, [person_id])[person_id])
    assert (event.type, str(event.date), event.facility_id) == (
        EventType.DETAINED, "2021-07-14", registry.facility)  # fmt: skip
    actions = [e.action for e in read(db_url, lambda c: entries(c, actor="doc", limit=None))]
    assert actions.count("person.add") == 1
    assert actions.count("event.add") == 1
    assert read(db_url, verify).ok


def test_persons_and_events_through_the_api(db_url: str, registry: Seeded) -> None:
    with api_client(db_url, "bot", Role.DOCUMENTER) as client:
        added = client.post("/api/v1/staff/persons", json={"names": ["Maria Kalesnikava"],
                                                           "gender": "female"})  # fmt: skip
        assert added.status_code == 201, added.text
        person_id = added.json()["id"]
        bad = client.post("/api/v1/staff/persons", json={"names": ["X"], "gender": "other"})
        assert bad.status_code == 422
        assert "gender cannot be 'other'" in bad.json()["error"]["message"]
        event = {"person_id": person_id, "type": "detained", "date": "2020-09",
                 "source_id": registry.source, "quote": "Minsk"}  # fmt: skip
        made = client.post("/api/v1/staff/events", json=event)
        assert made.status_code == 201, made.text
        future = client.post("/api/v1/staff/events", json={**event, "date": "2999"})
        assert future.status_code == 422
        assert "is in the future" in future.json()["error"]["message"]
        assert (
            client.post("/api/v1/staff/events", json={**event, "person_id": 999}).status_code == 404
        )
    (stored,) = read(db_url, lambda c: load_events(c, [person_id])[person_id])
    assert str(stored.date) == "2020-09"  # the month, as precise as it was given


def test_correct_an_event_by_superseding_it(db_url: str, registry: Seeded) -> None:
    named = registry.named
    old = next(e for e in read(db_url, lambda c: load_events(c, [named])[named])
               if e.type is EventType.SENTENCED)  # fmt: skip
    assert old.id is not None
    page = f"/staff/events/{old.id}/correct"
    with staff_client(db_url, "doc", Role.DOCUMENTER) as client:
        shown = client.get(page)
        assert shown.status_code == 200
        assert 'value="2021-10"' in shown.text  # the old values to start from
        data = {"type": "sentenced", "date": "2021-10-12", "articles": "342", "term": "6y",
                "regime": "general"}  # fmt: skip
        noreason = post(client, page, page, data)
        assert noreason.status_code == 422
        assert "say why the event is corrected" in noreason.text
        assert 'value="2021-10-12"' in noreason.text
        done = post(client, page, page, {**data, "reason": "the verdict gives the day and 6 years"})
        assert done.status_code == 303, done.text[:2000]
        again = post(client, page, page, {**data, "reason": "twice"})
        assert again.status_code == 409
        assert "has already been corrected" in again.text
        person = client.get(f"/staff/persons/{named}").text
        assert "Correction recorded" in client.get(done.headers["location"]).text
        assert "(corrected later)" in person
        public = client.get(f"/persons/{named}").text
        assert " <em>(corrected by a later record)</em>" in public  # a space before it
    history_ = read(db_url, lambda c: load_events(c, [named])[named])
    new = next(e for e in history_ if e.supersedes == old.id)
    assert new.detail.term_months == 72
    assert str(new.date) == "2021-10-12"
    assert set(old.claim_ids) <= set(new.claim_ids)  # it rests on the old event's sources
    assert any(e.id == old.id for e in history_)  # the old one is kept
    (corrected,) = read(db_url, lambda c: entries(c, action="event.correct"))
    assert corrected.after == {"event": new.id, "supersedes": old.id,
                               "reason": "the verdict gives the day and 6 years"}  # fmt: skip
    # The API: the same verb, a reason required by the body.
    with api_client(db_url, "bot", Role.DOCUMENTER) as client:
        url = f"/api/v1/staff/events/{new.id}/correct"
        body = {"type": "sentenced", "date": "2021-10-12", "term": "5y"}
        assert client.post(url, json=body).status_code == 422
        fixed = client.post(url, json={**body, "reason": "appeal cut it to 5 years"})
        assert fixed.status_code == 201, fixed.text
        assert fixed.json()["supersedes"] == new.id
    assert read(db_url, lambda c: get_event(c, fixed.json()["id"])).detail.term_months == 60
    assert read(db_url, verify).ok


def test_facilities_with_postal_addresses(db_url: str, registry: Seeded) -> None:
    with staff_client(db_url, "doc", Role.DOCUMENTER) as client:
        listed = client.get("/staff/facilities")
        assert "211440, Navapolatsk" in listed.text
        bad = post(client, "/staff/facilities", "/staff/facilities",
                   {"name": ["Pre-trial centre No. 1"], "kind": "castle"})  # fmt: skip
        assert bad.status_code == 422
        assert "kind cannot be &#39;castle&#39;" in bad.text
        added = post(client, "/staff/facilities", "/staff/facilities",
                     {"name": ["Pre-trial centre No. 1, Minsk", "SIZO-1"],
                      "kind": "pretrial_centre", "region": "Minsk",
                      "postal_address": "220030, Minsk,\n  Valadarskaha 2"})  # fmt: skip
        assert added.status_code == 303
        facility_id = int(added.headers["location"].split("?")[0].rsplit("/", 1)[1])
        page = f"/staff/facilities/{facility_id}"
        noname = post(client, page, page, {"name": [""], "kind": "prison"})
        assert noname.status_code == 422
        assert "a facility needs a name" in noname.text
        edited = post(
            client,
            page,
            page,
            {
                "name": ["Pre-trial centre No. 1, Minsk", "SIZO-1", "Валадарка"],
                "kind": "pretrial_centre",
                "region": "Minsk",
                "postal_address": "220030, Minsk, Valadarskaha 2",
            },
        )
        assert edited.status_code == 303
        shown = client.get(edited.headers["location"]).text
        assert "Saved." in shown
        assert f'href="/staff/audit?record=facility:{facility_id}"' in shown
        # (the audit page is an editor's: the entry itself is checked below)
        public = client.get(f"/facilities/{facility_id}").text  # the edit, published
        assert "<address>220030, Minsk, Valadarskaha 2</address>" in public
        assert "Валадарка" in public
        assert client.get("/staff/facilities/999").status_code == 404
    f = read(db_url, lambda c: get_facility(c, facility_id))
    assert f.names == ("Pre-trial centre No. 1, Minsk", "SIZO-1", "Валадарка")
    assert f.postal_address == "220030, Minsk, Valadarskaha 2"
    (edit,) = read(db_url, lambda c: entries(c, action="facility.edit"))
    assert edit.target == f"facility:{facility_id}"
    assert edit.before == {"names": ["Pre-trial centre No. 1, Minsk", "SIZO-1"],
                           "postal_address": "220030, Minsk,\nValadarskaha 2"}  # fmt: skip
    with api_client(db_url, "bot", Role.DOCUMENTER) as client:
        url = f"/api/v1/staff/facilities/{registry.facility}"
        body = {
            "names": ["Penal colony No. 1, Navapolatsk"],
            "kind": "penal_colony",
            "region": "Vitsebsk region",
            "postal_address": "211440, Navapolatsk, box 1",
        }
        put = client.put(url, json=body)
        assert put.status_code == 200, put.text
        assert put.json()["postal_address"] == "211440, Navapolatsk, box 1"
        assert client.put("/api/v1/staff/facilities/999", json=body).status_code == 404
        new = client.post("/api/v1/staff/facilities", json={"names": ["Prison No. 8, Zhodzina"],
                                                             "kind": "prison"})  # fmt: skip
        assert new.status_code == 201
        assert new.json()["kind"] == "prison"
    # The public person page shows the new address, for letters.
    assert read(db_url, lambda c: get_facility(c, registry.facility)).postal_address.endswith(
        "box 1"
    )
    assert read(db_url, verify).ok


def _person(url: str, name: str) -> int:
    engine = make_engine(url)
    with transaction(engine) as conn:
        pid = add_person(conn, Person(names=(NameVariant.of(name),), gender=Gender.FEMALE), by="t")
    engine.dispose()
    return pid


def test_undo_a_merge_and_a_split(db_url: str, registry: Seeded) -> None:
    twin = _person(db_url, "Volha Krumenka")
    engine = make_engine(db_url)
    with transaction(engine) as conn:
        merged = merge(conn, registry.named, twin, by="t", why="one teacher, two records")
        events = [e.id or 0 for e in load_events(conn, [registry.named])[registry.named]]
        split_link, _ = split(conn, registry.named, events[-1:], "Olga Someone", by="t",
                              why="another woman")  # fmt: skip
    engine.dispose()
    with staff_client(db_url, "doc", Role.DOCUMENTER) as client:
        assert client.get(f"/staff/decisions/{merged}/undo").status_code == 403
    with staff_client(db_url, "editor1", Role.EDITOR) as client:
        person = client.get(f"/staff/persons/{registry.named}").text
        assert f'href="/staff/decisions/{merged}/undo"' in person
        page = f"/staff/decisions/{merged}/undo"
        assert "one teacher, two records" in client.get(page).text
        split_page = f"/staff/decisions/{split_link}/undo"
        nowhy = post(client, split_page, split_page, {"why": " "})
        assert nowhy.status_code == 422
        assert "say why" in nowhy.text
        builds = post(client, page, page, {"why": "two people after all"})
        assert builds.status_code == 409
        assert f"decision {split_link} builds on {merged}" in builds.text
        assert client.get("/staff/decisions/999/undo").status_code == 404
    with api_client(db_url, "edbot", Role.EDITOR) as client:
        done = client.post(f"/api/v1/staff/decisions/{split_link}/undo", json={"why": "mistake"})
        assert done.status_code == 201, done.text
        again = client.post(f"/api/v1/staff/decisions/{split_link}/undo", json={"why": "again"})
        assert again.status_code == 409
    with staff_client(db_url, "editor2", Role.EDITOR) as client:
        done = post(client, page, page, {"why": "two people after all"})
        assert done.status_code == 303, done.text[:2000]
        assert "Decision undone" in client.get(done.headers["location"]).text
        assert "was undone on" in client.get(page).text
    links = read(db_url, lambda c: history(c, registry.named))
    assert sorted(x.undoes for x in links if x.undoes) == sorted([merged, split_link])
    assert read(db_url, lambda c: get_person(c, twin)).merged_into is None
    undos = read(db_url, lambda c: entries(c, action="person.undo"))
    assert {e.actor for e in undos} == {"edbot", "editor2"}
    assert read(db_url, verify).ok


def test_the_audit_log_with_filters(db_url: str, registry: Seeded) -> None:
    with api_client(db_url, "docbot", Role.DOCUMENTER) as client:
        sealed = {"names": ["Sealed Person"], "health": "rsecret-health-77"}
        added = client.post("/api/v1/staff/persons", json=sealed)
        assert added.status_code == 201
    with staff_client(db_url, "doc", Role.DOCUMENTER) as client:
        assert client.get("/staff/audit").status_code == 403
        for i in range(3):
            post(client, "/staff/facilities", "/staff/facilities",
                 {"name": [f"Facility {i}"], "kind": "prison"})  # fmt: skip
    today = dt.datetime.now(dt.UTC).date()
    with staff_client(db_url, "editor1", Role.EDITOR) as client:
        everything = client.get("/staff/audit")
        assert everything.status_code == 200
        assert "facility.add" in everything.text
        assert "person.add" in everything.text
        assert "rsecret-health-77" not in everything.text  # restricted values stay sealed
        mine = client.get("/staff/audit", params={"actor": "doc", "table": "facility"})
        assert mine.text.count("<td>facility.add</td>") == 3
        assert "person.add" not in mine.text
        one = client.get("/staff/audit", params={"record": f"person:{registry.named}"})
        assert f"<td>person:{registry.named}</td>" in one.text
        assert "facility.add" not in one.text
        none = client.get("/staff/audit", params={"until": str(today - dt.timedelta(days=1))})
        assert "No entries match these filters" in none.text
        bad = client.get("/staff/audit", params={"since": "yesterday"})
        assert bad.status_code == 422
        assert "is not a date" in bad.text
        backwards = client.get("/staff/audit", params={"since": str(today), "until": "2020-01-01"})
        assert backwards.status_code == 422
        assert "give the earlier day first" in backwards.text
    with api_client(db_url, "edbot", Role.EDITOR) as client:
        first = client.get("/api/v1/staff/audit", params={"per_page": 2, "action": "facility."})
        assert first.status_code == 200
        assert first.json()["more"] is True
        second = client.get("/api/v1/staff/audit",
                            params={"per_page": 2, "page": 2, "action": "facility."})  # fmt: skip
        ids = [e["id"] for e in first.json()["items"] + second.json()["items"]]
        assert len(ids) == 4  # the seeded facility and the three added
        assert ids == sorted(ids, reverse=True)  # newest first, no entry twice
        dated = client.get(
            "/api/v1/staff/audit",
            params={"since": str(today), "actor": "doc", "action": "facility."},
        )
        assert len(dated.json()["items"]) == 3
        assert client.get("/api/v1/staff/audit", params={"since": "2020-13-01"}).status_code == 422
    with api_client(db_url, "docbot2", Role.DOCUMENTER) as client:
        assert client.get("/api/v1/staff/audit").status_code == 403


def test_roles_and_nothing_half_written(db_url: str, registry: Seeded) -> None:
    before = read(db_url, snapshot)
    with staff_client(db_url, "viewer", Role.VIEWER) as client:
        assert client.get("/staff/facilities").status_code == 200
        for path in ("/staff/records/person", "/staff/records/event"):
            assert client.get(path).status_code == 403
        refused = post(client, "/staff/facilities", "/staff/facilities", {"name": ["X"]})
        assert refused.status_code == 403
    with api_client(db_url, "viewbot", Role.VIEWER) as client:
        assert client.post("/api/v1/staff/persons", json={"names": ["X"]}).status_code == 403
        assert client.get("/api/v1/staff/facilities").status_code == 200

    def no_claims(conn: Connection) -> int:
        return len(entries(conn, action="claim."))

    with api_client(db_url, "docbot", Role.DOCUMENTER) as client:
        # A quote that is found, then an event refused: the citation goes with it.
        refused = client.post("/api/v1/staff/events", json={
            "person_id": registry.named, "type": "detained", "date": "2021-05-29",
            "source_id": registry.source, "quote": SOURCE_TEXT[:20]})  # fmt: skip
        assert refused.status_code == 409  # detained while already held
    changed = lost(before, read(db_url, snapshot))
    assert set(changed) <= {"users", "api_tokens"}  # the accounts made here, nothing else
    assert read(db_url, no_claims) == 0
