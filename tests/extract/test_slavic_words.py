"""The Russian and Belarusian word lists are data, read and checked once."""

from __future__ import annotations

import tomllib
from importlib.resources import files
from typing import Any

import pytest

from vigil.extract.slavic.words import read_words, words
from vigil.model import EventType


def _data(language: str) -> dict[str, Any]:
    text = files("vigil.extract").joinpath("data", f"words_{language}.toml").read_text("utf-8")
    return tomllib.loads(text)


@pytest.mark.parametrize("language", ["ru", "be"])
def test_the_files_read_with_fragments_expanded(language: str) -> None:
    w = words(language)
    assert w.triggers
    assert all(isinstance(t, EventType) for t, _form, _p in w.triggers)
    patterns = [p for _t, _f, p in w.triggers] + list(w.role_words.values())
    assert not any("${" in p for p in patterns)
    assert "PP" in _data(language)["fragments"]  # a fragment the rows share, kept as one


def test_a_missing_list_is_named() -> None:
    data = _data("ru")
    del data["near"]
    with pytest.raises(ValueError, match=r"words_ru.toml: lists missing \['near'\]"):
        read_words("words_ru.toml", data)


def test_an_unknown_fragment_is_named() -> None:
    data = _data("be")
    data["near"] = "${NOWHERE}"
    with pytest.raises(ValueError, match=r"words_be.toml: unknown or circular fragment"):
        read_words("words_be.toml", data)


def test_a_row_of_the_wrong_shape_is_named() -> None:
    data = _data("ru")
    data["triggers"] = [["detained", "short"]]
    with pytest.raises(ValueError, match="triggers must be a list of 3-string rows"):
        read_words("words_ru.toml", data)
    data["triggers"] = [["arrested", "short", "x"]]
    with pytest.raises(ValueError, match=r"words_ru\.toml: triggers: 'arrested'"):
        read_words("words_ru.toml", data)
