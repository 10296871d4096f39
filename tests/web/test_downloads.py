"""``/downloads``: every file of the public dataset, read back with its own library, holds
the whole registry as the public may see it, and no withheld name, restricted field or
withheld person's detail (the downloads' canaries; the crawls of test_web_leaks and
test_publication_boundary reach them too)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.conftest import TEST_KEYS
from tests.publish.readback import csv_zip, datapackage, ftm, read_csv, text_of, xlsx

from conftest import RESTRICTED, WITHHELD, Site
from vigil.model import Case, Court, Defendant, Judge, PartialDate, Verdict
from vigil.model.prosecution import Appeal
from vigil.store.cases import add_case
from vigil.store.db import make_engine, transaction

LINK = re.compile(r'href="(/downloads/[^"]+)"')
# A group trial of both: the court and judge are public, her verdict note is not.
CASE_TEXT = ("Minsk city court", "Judge Ivanova", "Hmarker2b verdict: 5 years")
# A trial of her alone is not published at all: nothing of it leaves, not even its court.
HER_CASE = ("Case Hmarker2b alone", "Hmarker2b court", "Hmarker2b activity")


@pytest.fixture
def files(site: Site, db_url: str) -> dict[str, bytes]:
    assert site.seeded is not None
    engine = make_engine(db_url, keys=TEST_KEYS)
    s = site.seeded
    with transaction(engine) as conn:
        named = Defendant(
            s.named,
            Verdict(PartialDate.parse("2021-10"), 66),
            Appeal.UPHELD,
            PartialDate.parse("2022-02-01"),
        )
        hers = Defendant(
            s.withheld, Verdict(PartialDate.parse("2021-10-12"), 60, note=CASE_TEXT[2])
        )
        add_case(
            conn,
            Case(
                "Case of Krumenka and others",
                (named, hers),
                ("342",),
                activity="a protest",
                court=Court(CASE_TEXT[0]),
                judge=Judge(CASE_TEXT[1]),
                prosecutor="Prosecutor Sidarau",
                hearings=(PartialDate.parse("2021-09-01"),),
            ),
            by="tester",
        )
        add_case(
            conn,
            Case(
                HER_CASE[0],
                (Defendant(s.withheld),),
                ("130",),
                activity=HER_CASE[2],
                court=Court(HER_CASE[1]),
            ),
            by="tester",
        )
    engine.dispose()
    page = site.client.get("/downloads")
    assert page.status_code == 200
    links = LINK.findall(page.text)
    assert len(links) == 12, links
    found = {}
    for link in links:
        response = site.client.get(link)
        assert response.status_code == 200, link
        assert "attachment" in response.headers["content-disposition"]
        found[link.rsplit("/", 1)[1]] = response.content
    return found


def test_every_download_reads_back_and_keeps_the_withheld_out(
    site: Site, files: dict[str, bytes], tmp_path: Path
) -> None:
    s = site.seeded
    assert s is not None
    # No withheld name, restricted field or withheld person's case text in any file.
    for name, data in files.items():
        text = text_of(name, data).casefold()
        for secret in (*WITHHELD, *RESTRICTED, "wmarker7f3's occupation", "hmarker2b"):
            assert secret.casefold() not in text, f"{secret!r} in {name}"

    readme, tables = csv_zip(files["vigil.csv.zip"])
    assert "public data" in readme
    persons = {int(r["id"]): r for r in tables["persons"]}
    assert set(persons) == {s.named, s.withheld, s.other}
    named, withheld = persons[s.named], persons[s.withheld]
    assert named["name"] == "Volha Krumenka"
    assert set(named["other_names"].split("; ")) == {"Вольга Крумэнка", "Ольга Крумянко"}
    assert (named["name_withheld"], named["recognized"], named["status"]) == (
        "false", "true", "imprisoned")  # fmt: skip
    assert named["held_since"] == "2021-05-28"
    assert named["url"] == f"{site.url}/persons/{s.named}"
    assert (withheld["name"], withheld["other_names"], withheld["region"]) == (
        "name withheld", "", "")  # fmt: skip
    # Her events: dates to the month, no sources, facility or sentence.
    hers = [e for e in tables["events"] if int(e["person_id"]) == s.withheld]
    assert {e["date"] for e in hers} == {"2021-05", "2021-06", "2021-10", "2024-03"}
    assert all(e["source_ids"] == "" and e["facility"] == "" and e["articles"] == ""
               for e in hers)  # fmt: skip
    # The group trial as its page shows it: she is counted, never listed; her own trial
    # is not published.
    (case,) = tables["cases"]
    assert (case["title"], case["court"], case["judge"], case["articles"]) == (
        "Case of Krumenka and others", *CASE_TEXT[:2], "342")  # fmt: skip
    assert (case["hearings"], case["defendants"], case["withheld_defendants"]) == (
        "2021-09-01", "2", "1")  # fmt: skip
    assert case["url"] == f"{site.url}/cases/{case['id']}"
    assert site.client.get(f"/cases/{case['id']}").status_code == 200
    (defendant,) = tables["defendants"]
    assert (defendant["case_id"], defendant["person_id"]) == (case["id"], str(s.named))
    assert (defendant["verdict_date"], defendant["term_months"], defendant["appeal"],
            defendant["appeal_date"]) == ("2021-10", "66", "upheld", "2022-02-01")  # fmt: skip
    (figure,) = tables["figures"]
    assert (figure["value"], figure["qualifier"], figure["as_of"]) == ("1400", "more_than",
                                                                        "2024-01-15")  # fmt: skip

    # One table alone is the same CSV, with its BOM.
    alone = read_csv(files["vigil-persons.csv"])
    assert [r["id"] for r in alone] == [r["id"] for r in tables["persons"]]

    about, sheets, props = xlsx(files["vigil.xlsx"])
    assert "public data" in about[0]
    assert (props.creator, props.lastModifiedBy) == ("Vigil", "Vigil")
    assert {r["id"] for r in sheets["persons"]} == {s.named, s.withheld, s.other}
    assert next(r for r in sheets["persons"] if r["id"] == s.named)["recognized"] is True

    descriptor = datapackage(files["vigil.datapackage.zip"], tmp_path / "dp")
    assert [r["name"] for r in descriptor["resources"]] == list(tables)
    keys = next(r for r in descriptor["resources"] if r["name"] == "defendants")["schema"]
    assert [(k["fields"], k["reference"]["resource"]) for k in keys["foreignKeys"]] == [
        (["case_id"], "cases"), (["person_id"], "persons")]  # fmt: skip

    entities = ftm(files["vigil.ftm.jsonl"])
    kinds = {e["schema"] for e in entities}
    assert kinds == {"Person", "Organization", "Address", "CourtCase", "CourtCaseParty"}
    people = [e for e in entities if e["schema"] == "Person"]
    assert {e["id"] for e in people} == {f"vigil-person-{s.named}", f"vigil-person-{s.other}"}
    (trial,) = [e for e in entities if e["schema"] == "CourtCase"]
    assert trial["properties"]["court"] == [CASE_TEXT[0]]
    parties = [e for e in entities if e["schema"] == "CourtCaseParty"]
    assert [(p["properties"]["party"], p["properties"]["case"]) for p in parties] == [
        ([f"vigil-person-{s.named}"], [trial["id"]])]  # fmt: skip


def test_a_list_download_beyond_its_limit_is_a_clean_problem(site: Site) -> None:
    for path in ("/persons.csv?per_page=5000", "/persons.json?per_page=5000"):
        response = site.client.get(path)
        assert response.status_code == 422
        assert response.headers["content-type"].startswith("application/json")
        error = response.json()["error"]
        assert error["code"] == "invalid_input"
        assert "per_page" in error["message"]
        assert "/downloads" in error["hint"]
    missing = site.client.get("/downloads/vigil.exe")
    assert missing.status_code == 404
    assert missing.json()["error"]["hint"] == "the files are listed at /downloads"


def test_the_list_csv_is_excel_ready(site: Site) -> None:
    response = site.client.get("/persons.csv", params={"status": "held"})
    rows = read_csv(response.content)
    assert rows
    assert all(r["recognized"] in ("true", "false") for r in rows)
    assert all(r["url"].startswith(site.url + "/persons/") for r in rows)


def test_a_download_is_made_once_per_registry_version(site: Site, db_url: str) -> None:
    import time

    from vigil.model import NameVariant, Person
    from vigil.store.persons import add_person

    # An Authorization header passes the public response cache: the file itself is kept.
    past_cache = {"authorization": "Bearer not-a-token"}
    first = site.client.get("/downloads/vigil.json", headers=past_cache)
    assert first.headers.get("x-vigil-cache") is None
    time.sleep(1.1)  # "made_at" is to the second: a new file would say so
    again = site.client.get("/downloads/vigil.json", headers=past_cache).json()
    assert again["about"]["made_at"] == first.json()["about"]["made_at"]
    engine = make_engine(db_url, keys=TEST_KEYS)
    with transaction(engine) as conn:
        added = add_person(conn, Person(names=(NameVariant.of("Newa Persona"),)), by="tester")
    engine.dispose()
    after = site.client.get("/downloads/vigil.json", headers=past_cache).json()
    assert added in [p["id"] for p in after["tables"]["persons"]]
