"""Reading text sources: what is accepted, and one-line refusals for the rest."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from vigil.errors import SourceFormatError
from vigil.ingest import parse_source, read_source
from vigil.ingest.text import MAX_SOURCE_BYTES


def test_front_matter_and_body() -> None:
    src = parse_source("---\nurl: https://x.org/a\npublished: 2024-08-16\n---\n\nBody.\r\n")
    assert (src.url, src.published, src.text) == ("https://x.org/a", dt.date(2024, 8, 16), "Body.")
    assert parse_source("No front matter: here.").text == "No front matter: here."


def test_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffТэкст".encode())
    assert read_source(path).text == "Тэкст"


def test_too_large_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(MAX_SOURCE_BYTES + 1)  # sparse: no need to write 20 MB
    with pytest.raises(SourceFormatError, match="too large"):
        read_source(path)


def test_a_directory_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(SourceFormatError, match="no such file"):
        read_source(tmp_path)
