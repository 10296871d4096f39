"""``vigil extract`` end to end: jsonl for the scorer, and one-line errors for bad input."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from tests.conftest import run_in_process


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    done = run_in_process(["extract", *args], {"COLUMNS": "160", "PATH": "/usr/bin:/bin"},
                          Path.cwd())  # fmt: skip
    return subprocess.CompletedProcess(args, done.code, done.out, done.err)


def test_jsonl_one_object_per_file(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "---\npublished: 2024-02-13\nlanguage: en\n---\n"
        "Rocio San Miguel was detained on Friday at the airport.\n",
        encoding="utf-8",
    )
    other = tmp_path / "b.txt"
    other.write_text("Политзаключённые остаются за решёткой в Беларуси.\n", encoding="utf-8")
    done = _run("--format", "jsonl", str(article), str(other))
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["file"] for r in rows] == [str(article), str(other)]
    detainee = rows[0]["detainees"][0]
    assert detainee["name"] == "Rocio San Miguel"
    assert detainee["events"][0]["date"] == "2024-02-09"
    assert rows[0]["extractor"] == "vigil.extract.en.v2"
    assert rows[1]["extractor"] == "vigil.extract.ru.v2"
    assert rows[1]["language"] == "ru"


def test_another_version_by_name(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("---\npublished: 2024-02-13\nlanguage: en\n---\nThe harshest sentences "
                       "were handed to former lawmakers, Albert Ho, Lee Cheuk-yan and Leung "
                       "Kwok-hung.\n", encoding="utf-8")  # fmt: skip
    other = tmp_path / "b.txt"
    other.write_text("Политзаключённые остаются за решёткой в Беларуси.\n", encoding="utf-8")
    new = _run("--format", "jsonl", str(article), str(other))  # en.v2: the default
    old = _run("--format", "jsonl", "--extractor", "vigil.extract.en.v1", str(article))
    assert new.returncode == 0, new.stderr
    rows = [json.loads(line) for line in new.stdout.splitlines()]
    assert [r["extractor"] for r in rows] == ["vigil.extract.en.v2", "vigil.extract.ru.v2"]
    assert json.loads(old.stdout)["detainees"] == []  # v1 does not read a noun handed to a list
    names = [d["name"] for d in rows[0]["detainees"]]
    assert names == ["Albert Ho", "Lee Cheuk-yan", "Leung Kwok-hung"]


def test_an_unknown_version_is_one_line(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Ihar Losik was detained.\n", encoding="utf-8")
    done = _run("--extractor", "vigil.extract.en.v9", str(article))
    assert done.returncode != 0
    assert "unknown extractor 'vigil.extract.en.v9'" in done.stderr
    assert "vigil.extract.en.v1" in done.stderr
    assert "Traceback" not in done.stderr


def test_published_option_overrides_front_matter(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("---\npublished: 2024-02-13\n---\nIhar Losik was detained yesterday.\n",
                       encoding="utf-8")  # fmt: skip
    done = _run("--format", "json", "--published", "2020-06-26", str(article))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[0]["detainees"][0]["events"][0]["date"] == "2020-06-25"


def test_table_is_readable(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Police detained at least 389 people on Thursday.\n", encoding="utf-8")
    done = _run(str(article))
    assert done.returncode == 0, done.stderr
    assert "Figures" in done.stdout
    assert "389" in done.stdout
    assert "detained" in done.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "no text"), (b"\x00\x01\x02binary", "binary file"),
     ("Палітвязні".encode("cp1251", errors="replace") + b"\xff\xfe", "not UTF-8")],
)  # fmt: skip
def test_bad_files_are_one_line_errors(tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    done = _run(str(bad))
    assert done.returncode == 2
    assert message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_huge_file_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as out:
        out.truncate(50 * 1024 * 1024)  # sparse: 50 MB without writing them
    done = _run(str(big))
    assert done.returncode == 2
    assert "too large" in done.stderr


def test_bad_published_date(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Text.\n", encoding="utf-8")
    done = _run("--published", "2024-13", str(article))
    assert done.returncode == 2
    assert done.stderr.startswith("error:")


def test_extractor_option_selects_an_earlier_version(tmp_path: Path) -> None:
    article = tmp_path / "ru.txt"
    article.write_text("Ивана Иванова задержали вчера в Минске.\n", encoding="utf-8")
    done = _run("--format", "jsonl", "--extractor", "vigil.extract.ru.v1", str(article))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["extractor"] == "vigil.extract.ru.v1"
    bad = _run("--format", "jsonl", "--extractor", "vigil.extract.ru.v9", str(article))
    assert bad.returncode != 0
    assert "unknown extractor 'vigil.extract.ru.v9'" in bad.stdout + bad.stderr
