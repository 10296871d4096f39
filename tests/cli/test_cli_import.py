"""``vigil import`` as a documenter meets it: lists in other encodings and layouts, a
mapping file, dry runs, bad rows reported with their line, and files that are not
lists refused in one line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.conftest import Cli

LISTS = Path(__file__).resolve().parents[1] / "ingest" / "list_samples"

HEADER = "№;ФИО;Дата рождения;Статья;Приговор;Место отбывания;Дата задержания;Примечание\n"
ROWS = [
    "1;Гриневич Марина Олеговна;1993 г.р.;ч. 1 ст. 342 УК;;СИЗО-1 Минск;сакавік 2023;В СИЗО\n",
    "2;Ковалёв Дмитрий Сергеевич;~1965;342 ч.1, 130 ч.3;3 г. 6 мес.;ИК-9 Горки;22.03.2021;\n",
    "3;Наумов Евгений Михайлович;23.08.1983;ч. 1 ст. 342;4 года;ИК-10 Новополоцк;04.07.2021;"
    "Помилован 09.02.2023\n",
]


def persons(cli: Cli) -> list[dict[str, object]]:
    listed: list[dict[str, object]] = json.loads(cli("person", "list", "--format", "json").out)
    return listed


def test_a_cp1251_semicolon_list_with_partial_dates(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    path = tmp_path / "list.csv"
    path.write_bytes((HEADER + "".join(ROWS)).encode("cp1251"))
    out = cli("import", str(path), "--recognized-by", "Viasna", "--as-of", "2024-03-01").out
    assert "3 person rows" in out
    assert "persons: 3 new" in out
    assert "on 2024-03-01: 1 detained, 1 imprisoned, 1 released" in out
    names = sorted(str(p["name"]) for p in persons(cli))
    assert names == ["Гриневич Марина Олеговна", "Ковалёв Дмитрий Сергеевич",
                     "Наумов Евгений Михайлович"]  # fmt: skip
    shown = cli("person", "show", "1", "--format", "json").out
    assert '"2023-03"' in shown  # "сакавік 2023": a month, no more


def test_dry_run_prints_the_mapping_and_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    out = cli("import", str(LISTS / "aapp-style.xlsx"), "--dry-run").out
    assert 'sheet = "PP List"' in out
    assert "header_row = 2" in out
    assert 'detention = "Date of Arrest"' in out
    assert "as of 2024-01-31 (the list's title)" in out
    assert "persons: 39 new" in out
    assert "1 rows repeat a person" in out
    assert "dry run: nothing was written" in out
    assert persons(cli) == []


def test_a_bad_row_is_reported_and_the_rest_go_in(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    path = tmp_path / "list.csv"
    bad = "4;Шило Дарья Олеговна;1981;ст. 342;;СИЗО-3 Гомель;32.13.2023;\n"
    path.write_text(HEADER + ROWS[0] + bad + ROWS[1], encoding="utf-8")
    refused = cli("import", str(path), "--all-or-nothing", "--as-of", "2024-03-01", ok=False)
    assert refused.code == 2
    assert "line 3: detention: '32.13.2023' is not a date" in refused.out
    assert "nothing was written" in refused.out
    assert persons(cli) == []
    result = cli("import", str(path), "--as-of", "2024-03-01", ok=False)
    assert result.code == 2
    assert "bad row line 3: detention: '32.13.2023' is not a date" in result.out
    assert "persons: 2 new" in result.out
    assert len(persons(cli)) == 2


def test_a_mapping_file_names_the_columns(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    path = tmp_path / "odd.csv"
    path.write_text("Кто,Когда взяли,Где\nБабич Михаил Александрович,05.08.2023,СИЗО-1 Минск\n",
                    encoding="utf-8")  # fmt: skip
    unmapped = cli("import", str(path), ok=False)
    assert unmapped.code == 2
    assert unmapped.err.count("\n") == 1
    assert "no column of names found" in unmapped.err
    assert "--mapping" in unmapped.err
    mapping = tmp_path / "map.toml"
    mapping.write_text('[columns]\nname = "Кто"\ndetention = "Когда взяли"\nfacility = "Где"\n',
                       encoding="utf-8")  # fmt: skip
    out = cli("import", str(path), "--mapping", str(mapping), "--as-of", "2024-01-01").out
    assert "persons: 1 new" in out
    assert "1 detained" in out
    wrong = tmp_path / "wrong.toml"
    wrong.write_text('[columns]\nwho = "Кто"\n', encoding="utf-8")
    assert "'who' is not a field" in cli("import", str(path), "--mapping", str(wrong),
                                         ok=False).err  # fmt: skip


def test_review_leaves_the_claims_proposed(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    path = tmp_path / "list.csv"
    path.write_text(HEADER + ROWS[1], encoding="utf-8")
    out = cli("import", str(path), "--review", "--as-of", "2024-03-01").out
    assert "claims proposed for review" in out
    assert persons(cli) == []
    assert "Ковалёв" in cli("review", stdin="q\n").out
    cli("review", "--accept-all")
    assert [p["name"] for p in persons(cli)] == ["Ковалёв Дмитрий Сергеевич"]


def test_an_xlsx_with_a_title_a_two_row_header_and_totals(cli: Cli, tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Пояснения"
    notes["A1"] = "Список ведётся с 2020 года"
    sheet = book.create_sheet("Список")
    sheet["A1"] = "Политзаключённые по состоянию на 01.02.2024"
    sheet.merge_cells("A1:E1")
    sheet["A2"], sheet["B2"], sheet["C2"], sheet["E2"] = "№", "ФИО", "Дата", "Статья"
    sheet.merge_cells("C2:D2")
    sheet["C3"], sheet["D3"] = "задержания", "освобождения"
    sheet.append([1, "Лисовская Юлия Петровна", dt.datetime(2021, 7, 3), None, "ст. 361-1 ч. 1"])
    sheet.append([2, "Шевчук Юрий Лукич", "14.12.2021", dt.datetime(2024, 1, 13), "ч.1 ст.342"])
    sheet.append([None, "Итого: 2", None, None, None])
    sheet.append(["Источник: правозащитники"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    cli("init")
    out = cli("import", str(path), "--dry-run").out
    assert 'detention = "Дата задержания"' in out
    assert 'release = "Дата освобождения"' in out
    assert "2 person rows" in out
    assert "as of 2024-02-01 (the list's title)" in out
    assert "on 2024-02-01: 1 detained, 1 released" in out


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "is a binary file"),
        ("\ufeffФИО;Статья\n".encode() + "Бабич;ст. 342\n".encode("cp1251"), "says it is utf-8"),
        (b"PK\x03\x04not really a workbook", "is not a readable XLSX workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "old Excel .xls"),
    ],
)
def test_files_that_are_not_lists_are_refused_in_one_line(
    cli: Cli, tmp_path: Path, content: bytes, says: str
) -> None:
    cli("init")
    path = tmp_path / "list.csv"
    path.write_bytes(content)
    result = cli("import", str(path), ok=False)
    assert result.code == 2
    assert result.err.startswith("error: ")
    assert result.err.count("\n") == 1
    assert says in result.err
    assert "Traceback" not in result.err


def test_burmese_names_in_another_order_are_left_for_review(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    path = tmp_path / "list.csv"
    path.write_text("No.,Name,Sex,Date of Arrest,Current Condition\n"
                    "1,U Win Oo,M,2021-03-01,Detained\n2,Ko Oo Win,M,2022-05-01,Detained\n"
                    "3,Mg Win Oo,M,2021-03-01,Detained\n", encoding="utf-8")  # fmt: skip
    out = cli("import", str(path), "--as-of", "2024-01-31").out
    assert "persons: 1 new, 0 already in the registry, 1 rows repeat a person" in out
    assert "1 left for review" in out
    assert "line 3: may be person 1 Win Oo (the same words in another order)" in out


def test_a_belarusian_list_and_the_printed_mapping_given_back(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    path = tmp_path / "спіс.csv"
    path.write_text(
        "Спіс палітвязняў\n"
        "№;Прозвішча, імя, імя па бацьку;Год нараджэння;Артыкул;Прысуд;Месца адбывання;"
        "Дата затрымання;Заўвагі\n"
        "1;Лукашэвіч Марына Анатольеўна;1969;ч. 1 арт. 342;5 гадоў;ІК-4 Гомель;сакавік 2021;\n"
        "2;Ціханоўскі Сяргей Леанідавіч;1978;ч. 1 арт. 342, 293;18 гадоў;ІК-1 Наваполацк;"
        "29.05.2020;\n"
        "3;Новік Павел Сяргеевіч;~1990;арт. 130;2,5 года;ІК-3 Віцьба;12.03.2021;"
        "Вызвалены 12.09.2023 пасля адбыцця тэрміну\n",
        encoding="utf-8",
    )
    shown = cli("import", str(path), "--dry-run", "--as-of", "2024-03-01").out
    mapping = tmp_path / "map.toml"
    mapping.write_text(shown.split("\n\n", 1)[0] + "\n", encoding="utf-8")
    assert "header_row = 2" in mapping.read_text(encoding="utf-8")
    out = cli("import", str(path), "--mapping", str(mapping), "--recognized-by", "Вясна").out
    assert "as of 2024-03-01 (the mapping)" in out
    assert "persons: 3 new" in out
    assert "on 2024-03-01: 2 imprisoned, 1 released" in out
    women = [p for p in persons(cli) if p["gender"] == "female"]
    assert [p["name"] for p in women] == ["Лукашэвіч Марына Анатольеўна"]


def test_namesakes_with_another_father_are_other_persons(cli: Cli, tmp_path: Path) -> None:
    cli("init")
    first = tmp_path / "first.csv"
    first.write_text(HEADER + "1;Сидорук Роман Ильич;1980;ст. 342;;СИЗО-1 Минск;01.02.2023;\n"
                     "2;Сидорук Роман Петрович;1985;ст. 342;;СИЗО-1 Минск;01.03.2023;\n",
                     encoding="utf-8")  # fmt: skip
    out = cli("import", str(first), "--as-of", "2024-03-01").out
    assert "persons: 2 new" in out
    belarusian = tmp_path / "second.csv"
    belarusian.write_text(HEADER + "1;Сідарук Раман Пятровіч;1985;арт. 342;;СІЗА-1 Мінск;"
                          "01.03.2023;\n", encoding="utf-8")  # fmt: skip
    again = cli("import", str(belarusian), "--as-of", "2024-03-01").out
    assert "persons: 0 new, 1 already in the registry" in again
    assert "0 recorded, 1 confirm known facts" in again
