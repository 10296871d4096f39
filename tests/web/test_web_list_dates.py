"""The list's date range ("in custody at some time from ... to ..."): the page's form,
its downloads and the API carry it; bad ranges are refused in the one error shape; on a
phone the list stacks instead of scrolling sideways.

Seeded: Volha Krumenka and the withheld person detained 2021-05-28 (the withheld one
released 2024-03-01), Ales Testau detained 2022-01-10; all three still held otherwise.
A date range never finds the withheld person: their dates are published to the month
only (docs/publication.md), and a range of single days would tell the day.
"""

from __future__ import annotations

import csv
import io

import pytest

from conftest import Site


def _names(site: Site, **params: str) -> list[str]:
    found = site.client.get("/api/v1/persons", params=params)
    assert found.status_code == 200, found.text
    return [r["name"] for r in found.json()["items"]]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"from": "2024-03-01"}, ["Volha Krumenka", "Ales Testau"]),  # released that day
        ({"from": "2024-02-29", "to": "2024-02-29"}, ["Volha Krumenka", "Ales Testau"]),
        ({"to": "2021-12-31"}, ["Volha Krumenka"]),
        ({"to": "2021-05-27"}, []),  # the day before the first detention
        ({"from": "2021-05-28", "to": "2021-05-28"}, ["Volha Krumenka"]),
        ({"from": "2022-01-10", "to": "2022-01-10", "status": "released"}, []),
        ({"from": "", "to": ""}, ["Volha Krumenka", "Ales Testau", "name withheld"]),
    ],
)  # fmt: skip
def test_the_api_filters_by_custody_between_two_days(
    sqlite_site: Site, params: dict[str, str], expected: list[str]
) -> None:
    assert _names(sqlite_site, **params) == expected


def test_the_page_its_downloads_and_its_pages_carry_the_range(sqlite_site: Site) -> None:
    c = sqlite_site.client
    params = {"from": "2024-03-01", "to": "2024-12-31"}
    html = c.get("/persons", params=params).text
    assert 'name="from" type="date" value="2024-03-01"' in html
    assert 'name="to" type="date" value="2024-12-31"' in html
    assert 'href="/persons.csv?from=2024-03-01&amp;to=2024-12-31"' in html
    assert 'href="/persons.json?from=2024-03-01&amp;to=2024-12-31"' in html
    assert "<strong>2</strong>" in html
    shown = c.get("/persons.csv", params=params).content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(shown)))
    assert [r["name"] for r in rows] == ["Volha Krumenka", "Ales Testau"]
    as_json = c.get("/persons.json", params=params).json()
    assert as_json["total"] == 2
    paged = c.get("/persons", params={**params, "per_page": 1}).text
    assert 'href="/persons?from=2024-03-01&amp;to=2024-12-31&amp;page=2&amp;per_page=1"' in paged


@pytest.mark.parametrize(
    ("params", "says"),
    [
        ({"from": "2024-05-01", "to": "2024-01-01"}, "from 2024-05-01 is after to 2024-01-01"),
        ({"from": "2024-13-01"}, ""),
        ({"to": "2024"}, "to needs a full date"),
        ({"from": "x" * 11}, ""),
    ],
)
def test_a_bad_range_is_refused_in_the_one_shape(
    sqlite_site: Site, params: dict[str, str], says: str
) -> None:
    answer = sqlite_site.client.get("/api/v1/persons", params=params)
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert set(error) == {"code", "message", "hint"}
    assert error["code"] == "invalid_input"
    assert says in error["message"]
    page = sqlite_site.client.get("/persons", params=params)
    assert page.status_code == 422
    assert page.headers["content-type"].startswith("text/html")


def test_the_range_on_both_databases(site: Site) -> None:
    assert _names(site, **{"from": "2024-03-01"}) == ["Volha Krumenka", "Ales Testau"]
    assert _names(site, to="2021-12-31") == ["Volha Krumenka"]


def test_on_a_phone_the_list_stacks_with_each_value_named(sqlite_site: Site) -> None:
    html = sqlite_site.client.get("/persons").text
    assert '<td data-label="Status">' in html
    assert '<td data-label="Held since">' in html
    css = sqlite_site.client.get("/static/vigil.css").text
    phone = css.split("@media (max-width: 40rem) {", 1)[1].split("\n}", 1)[0]
    assert "table.persons td[data-label]::before { content: attr(data-label)" in phone
    assert "display: block" in phone
