"""Places of detention on the public site, and sentences with their expected end: a
family finds a facility's address for letters and who is held there (withheld persons
counted, never named); person pages, the list (sortable by expected release) and the
API give the term, the time served and the expected release. On both databases."""

from __future__ import annotations

import datetime as dt

from tests.web.conftest import Site

ADDRESS = "211440, Navapolatsk, Vitsebsk region, Belarus"


def test_a_family_finds_the_address_and_who_is_held(site: Site) -> None:
    assert site.seeded is not None
    fid, named, withheld = site.seeded.facility, site.seeded.named, site.seeded.withheld
    listed = site.client.get("/facilities").text
    assert f'href="/facilities/{fid}"' in listed
    assert ADDRESS in listed
    page = site.client.get(f"/facilities/{fid}").text
    assert "<address>" + ADDRESS + "</address>" in page
    assert "ИК-1, Новополоцк" in page  # its other names
    assert f'href="/persons/{named}"' in page
    assert "Hiddenava" not in page
    assert f'href="/persons/{withheld}"' not in page
    assert "Места содержания" in site.client.get(f"/facilities/{fid}?lang=ru").text
    body = site.client.get(f"/api/v1/facilities/{fid}").json()
    assert body["postal_address"] == ADDRESS
    assert [p["id"] for p in body["persons"]] == [named]
    # One named person; a withheld one (released by now) would be counted, not told apart.
    assert body["held_now"] == {"count": None, "at_least": 1, "named": 1, "withheld": None}
    assert len(body["series"]) == 24
    assert site.client.get("/api/v1/facilities/999999").status_code == 404
    missing = site.client.get("/facilities/999999")
    assert missing.status_code == 404
    assert "This page does not exist." in missing.text
    person = site.client.get(f"/persons/{named}").text
    assert f'<a href="/facilities/{fid}">Penal colony No. 1, Navapolatsk</a>' in person


def test_the_sentence_and_its_expected_end(site: Site) -> None:
    assert site.seeded is not None
    named, withheld = site.seeded.named, site.seeded.withheld
    sentence = site.client.get(f"/api/v1/persons/{named}").json()["sentence"]
    served = (dt.date.today() - dt.date(2021, 5, 28)).days
    assert sentence == {"term_months": 60, "counted_from": "2021-05-28",
                        "counted_from_estimate": False, "served_days": served,
                        "served_at_least": False, "expected_release": "2026-05-28",
                        "expected_release_estimate": False}  # fmt: skip
    page = site.client.get(f"/persons/{named}").text
    assert "5 y." in page
    assert "2026-05-28" in page
    assert site.client.get(f"/api/v1/persons/{withheld}").json()["sentence"] is None
    rows = site.client.get("/api/v1/persons?sort=expected_release").json()["items"]
    assert rows[0]["id"] == named
    assert (rows[0]["sentence_months"], rows[0]["expected_release"]) == (60, "2026-05-28")
    assert all(r["expected_release"] is None for r in rows[1:])
    listed = site.client.get("/persons?sort=expected_release").text
    assert "soonest expected release first" in listed
    assert "2026-05-28" in listed
