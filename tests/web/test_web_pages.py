"""The public pages and API say what the registry holds: the count, the chart with its
table and figures, the list with filters and downloads, the person page, statistics."""

from __future__ import annotations

import csv
import io

from conftest import Site


def test_home_shows_the_count_the_chart_and_the_figures(sqlite_site: Site) -> None:
    html = sqlite_site.client.get("/").text
    count = sqlite_site.client.get("/api/v1/stats/count").json()
    assert count["held"] == 1  # the named person; the withheld one was released
    # The headline number links to the people it counts.
    assert (
        f'<a class="count" href="/persons?status=political_prisoner">{count["held"]:,}</a>' in html
    )
    assert '<svg class="chart"' in html
    assert "<polyline" in html
    assert "<table>" in html  # the numbers behind the chart, readable without JavaScript
    assert sqlite_site.seeded is not None
    assert f'<a href="/sources/{sqlite_site.seeded.source}">' in html  # a figure's point
    assert '<circle class="figure"' in html  # drawn on the chart, in the extractors' category
    assert "more than 1,400 held" in html
    assert "Latest detentions" in html
    assert "Volha Krumenka" in html


def test_the_list_filters_sorts_pages_and_downloads_what_it_shows(sqlite_site: Site) -> None:
    c = sqlite_site.client
    everyone = c.get("/api/v1/persons").json()
    assert everyone["total"] == 3
    held = c.get("/api/v1/persons", params={"status": "political_prisoner"}).json()
    assert [r["name"] for r in held["items"]] == ["Volha Krumenka"]
    released = c.get("/api/v1/persons", params={"status": "released"}).json()
    assert [r["name"] for r in released["items"]] == ["name withheld"]
    by_article = c.get("/api/v1/persons", params={"article": "Art. 342"}).json()
    assert by_article["total"] == 1
    assert sqlite_site.seeded is not None
    at = c.get("/api/v1/persons", params={"facility": sqlite_site.seeded.facility}).json()
    assert [r["name"] for r in at["items"]] == ["Volha Krumenka"]
    men = c.get("/api/v1/persons", params={"gender": "male"}).json()
    assert [r["name"] for r in men["items"]] == ["Ales Testau"]
    # Named persons sort by surname; withheld ones come last, in no order of their name.
    names = [r["name"] for r in everyone["items"]]
    assert names == ["Volha Krumenka", "Ales Testau", "name withheld"]
    page2 = c.get("/api/v1/persons", params={"per_page": 1, "page": 2}).json()
    assert [r["name"] for r in page2["items"]] == ["Ales Testau"]
    assert page2["pages"] == 3
    html = c.get("/persons", params={"per_page": 25, "status": "held"}).text
    assert 'href="/persons.csv?status=held&amp;per_page=25"' in html
    shown = c.get("/persons.csv", params={"status": "held", "per_page": 25}).content
    assert shown.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads Cyrillic
    shown = shown.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(shown)))
    assert [r["name"] for r in rows] == ["Volha Krumenka", "Ales Testau"]
    as_json = c.get("/persons.json", params={"status": "held", "per_page": 25}).json()
    assert [r["id"] for r in as_json["items"]] == [int(r["id"]) for r in rows]


def test_the_person_page_has_status_address_timeline_and_quotes(sqlite_site: Site) -> None:
    assert sqlite_site.seeded is not None
    s = sqlite_site.seeded
    html = sqlite_site.client.get(f"/persons/{s.named}").text
    assert "<h1>Volha Krumenka</h1>" in html
    assert "Вольга Крумэнка" in html
    assert "imprisoned" in html
    assert "Days held" in html
    assert "211440, Navapolatsk" in html  # the address for letters
    assert "<blockquote>Volha Krumenka, a teacher, was detained on May 28</blockquote>" in html
    detail = sqlite_site.client.get(f"/api/v1/persons/{s.named}").json()
    assert detail["status"] == "imprisoned"
    assert detail["facility"]["postal_address"].startswith("211440")
    assert [e["type"] for e in detail["events"]][:2] == [
        "detained",
        "recognized_political_prisoner",
    ]
    withheld = sqlite_site.client.get(f"/api/v1/persons/{s.withheld}").json()
    assert withheld["name"] == "name withheld"
    assert withheld["other_names"] == []
    assert all(e["sources"] == [] for e in withheld["events"])


def test_statistics_sources_and_the_schema(sqlite_site: Site) -> None:
    c = sqlite_site.client
    html = c.get("/stats", params={"at": "2022-02-01"}).text
    assert "By region" in html
    assert "Monthly flows" in html
    groups = c.get("/api/v1/stats/breakdown", params={"by": "gender", "at": "2022-02-01"}).json()
    # Two women held: a cell under 5, pooled and not shown as a number (or a label).
    assert groups["groups"] == [
        {"key": "all groups (too few to show apart)", "count": None, "groups_pooled": 1}
    ]
    assert groups["min_cell"] == 5
    flows = c.get("/api/v1/stats/flows", params={"from": "2021-05-01", "to": "2024-03-31"}).json()
    detained = [(f["month"], f["detained"]) for f in flows if f["detained"] != 0]
    assert detained == [("2021-05-01", None)]  # the recognized persons' 2 detentions: <5
    assert [f["released"] for f in flows if f["released"] != 0] == [None]
    series = c.get("/api/v1/stats/series", params={"from": "2021-05-01", "to": "2021-07-01"})
    assert [p["count"] for p in series.json()["points"]] == [0, 2, 2]
    assert sqlite_site.seeded is not None
    source = c.get(f"/sources/{sqlite_site.seeded.source}").text
    assert "Teacher detained" in source
    assert "https://example.org/news/1" in source
    paths = c.get("/openapi.json").json()["paths"]
    for path in (
        "/api/v1/persons",
        "/api/v1/persons/{person_id}",
        "/api/v1/persons/{person_id}/events",
        "/api/v1/sources",
        "/api/v1/sources/{source_id}",
        "/api/v1/figures",
        "/api/v1/stats/count",
        "/api/v1/stats/series",
        "/api/v1/stats/breakdown",
        "/api/v1/stats/flows",
    ):
        assert "get" in paths[path], path


def test_the_interface_language(sqlite_site: Site) -> None:
    c = sqlite_site.client
    assert 'lang="be"' in c.get("/", params={"lang": "be"}).text
    ru = c.get("/persons", headers={"accept-language": "ru-RU,ru;q=0.9,en;q=0.5"})
    assert '<html lang="ru">' in ru.text
    assert "Люди" in ru.text
    kept = c.get("/persons", params={"lang": "be"}).text
    assert 'href="/stats?lang=be"' in kept


def test_the_person_page_speaks_the_chosen_language(sqlite_site: Site) -> None:
    """The words of a person's record (status, events, gender, headings) are in the
    reader's language, not English in a Belarusian or Russian page."""
    assert sqlite_site.seeded is not None
    path = f"/persons/{sqlite_site.seeded.named}"
    be = sqlite_site.client.get(path, params={"lang": "be"}).text
    # Volha Krumenka: the labels agree with a woman (затрымана, not затрыманы).
    for words in ("Статус", "Храналогія", "затрымана", "асуджана", "прызнана палітвязнем",
                  "жаночы", "Пол"):  # fmt: skip
        assert words in be, words
    for english in ("Timeline", ">detained<", ">sentenced<", "Gender", ">female<"):
        assert english not in be, english
    ru = sqlite_site.client.get(path, params={"lang": "ru"}).text
    assert "Хронология" in ru
    assert "задержана" in ru
    en = sqlite_site.client.get(path).text
    assert "<strong>detained</strong>" in en
    assert "Timeline" in en


def test_the_list_shows_statuses_in_the_chosen_language(sqlite_site: Site) -> None:
    be = sqlite_site.client.get("/persons", params={"lang": "be"}).text
    assert "адбывае пакаранне, прызнана палітвязнем" in be  # imprisoned, recognized
    assert "imprisoned" not in be.split("<tbody>")[-1]
    en = sqlite_site.client.get("/persons").text
    assert "imprisoned, recognized" in en
