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
from vigil.model import Case
from vigil.store.db import make_engine, transaction
from vigil.store.facilities import add_case

LINK = re.compile(r'href="(/downloads/[^"]+)"')
# A case of each: the withheld person's court, judge and verdict are free text about her.
CASE_TEXT = ("Minsk city court", "Judge Ivanova", "Wmarker7f3 Hiddenava's verdict: 5 years")


@pytest.fixture
def files(site: Site, db_url: str) -> dict[str, bytes]:
    assert site.seeded is not None
    engine = make_engine(db_url, keys=TEST_KEYS)
    with transaction(engine) as conn:
        for person in (site.seeded.named, site.seeded.withheld):
            add_case(conn, Case(person, ("342",), activity="a protest", court=CASE_TEXT[0],
                                judge=CASE_TEXT[1], verdict=CASE_TEXT[2]), by="tester")  # fmt: skip
    engine.dispose()
    page = site.client.get("/downloads")
    assert page.status_code == 200
    links = LINK.findall(page.text)
    assert len(links) == 11, links
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
        for secret in (*WITHHELD, *RESTRICTED, "wmarker7f3's occupation"):
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
    cases = {int(c["person_id"]): c for c in tables["cases"]}
    assert cases[s.named]["court"] == CASE_TEXT[0]
    assert (cases[s.withheld]["court"], cases[s.withheld]["articles"]) == ("", "")
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

    entities = ftm(files["vigil.ftm.jsonl"])
    kinds = {e["schema"] for e in entities}
    assert kinds == {"Person", "Organization", "Address", "CourtCase", "CourtCaseParty"}
    people = [e for e in entities if e["schema"] == "Person"]
    assert {e["id"] for e in people} == {f"vigil-person-{s.named}", f"vigil-person-{s.other}"}
    parties = [e for e in entities if e["schema"] == "CourtCaseParty"]
    assert [p["properties"]["party"] for p in parties] == [[f"vigil-person-{s.named}"]]


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
