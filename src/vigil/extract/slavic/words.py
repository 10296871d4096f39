"""A Slavic language pack's words as data: ``extract/data/words_ru.toml``, ``words_be.toml``.

Each file holds the same lists (trigger rows, people nouns, role words, figure categories,
names that are no names ...), as regular expressions in TOML literal strings. ``${NAME}``
stands for the fragment NAME of the file's ``[fragments]`` table (fragments may use each
other), and ``${NUMBER}`` for a number in digits or words (``numerals.NUMBER``). Reading
fails at once, naming the file and the list, when a list is missing, unknown or of the
wrong shape, or a fragment is unknown; ``lexicon`` compiles the result.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, fields
from functools import cache
from importlib.resources import files
from typing import Any

from vigil.extract.slavic.numerals import NUMBER
from vigil.model import EventType

__all__ = ["Words", "words"]

_FRAGMENT = re.compile(r"\$\{([A-Z_]+)\}")


@dataclass(frozen=True)
class Words:
    """One language's word lists, as the file gives them (fragments expanded)."""

    triggers: tuple[tuple[EventType, str, str], ...]  # (event type, form, pattern)
    triggers_v2: tuple[tuple[EventType, str, str], ...]  # rows only v2 reads
    figure_categories_v2: dict[str, str]  # categories v2 reads otherwise
    people_nouns_v2: str  # people nouns only v2 reads ("": none)
    not_fact_v2: str  # words before a trigger that make it no fact, only for v2 ("": none)
    past_markers_v2: str  # markers of the story of the past only v2 reads ("": none)
    near: str
    not_fact: str
    speech: str
    pronouns: dict[str, str]  # pronoun → "male" / "female"
    plural_pronouns: str
    anaphors: dict[str, str]  # "male" / "female" → nouns for one person of that gender
    clause_break: str
    report_before: str
    past_markers: str
    list_intro: str
    people_nouns: str
    qualifiers: tuple[tuple[str, str], ...]  # (qualifier, pattern), first match wins
    figure_categories: tuple[tuple[str, str], ...]  # (category, pattern), in this order
    total: str
    new: str
    role_words: dict[str, str]  # role → words just before a name
    former: str
    known_officials: tuple[str, ...]
    known_orgs: tuple[str, ...]
    not_names: frozenset[str]
    places: frozenset[str]
    places_v2: frozenset[str]
    channels: str
    says: str


@cache
def words(language: str) -> Words:
    """The words of ``language`` ("be"; anything else reads as Russian)."""
    name = f"words_{'be' if language == 'be' else 'ru'}.toml"
    text = files("vigil.extract").joinpath("data", name).read_text(encoding="utf-8")
    return read_words(name, tomllib.loads(text), classical=language == "be")


# Belarusian in the classical spelling (taraškievica) of Радыё Свабода and Наша Ніва marks
# soft consonants: "пакараньне", "сьвята", "зьняволеньне", "палітвязьні", "калёнія". The
# lists are written in the official spelling; every pattern read for Belarusian also
# matches these forms.
_SOFTENED = "сзнцлд"
_SOFTENING = "внмпцлзсдчт"


def _classical(pattern: str) -> str:
    """``pattern`` matching the classical spelling too: an optional "ь" between a consonant
    that softens and a soft consonant after it, "калёні" beside "калоні", and "ў" for a
    word-initial "у" ("узбудзілі", "ўзбудзілі"). Escapes and character classes are left as
    they are."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
            continue
        out.append(c)
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c.lower() in _SOFTENED and pattern[i + 1 : i + 2].lower() in set(_SOFTENING):
            out.append("ь?")
        i += 1
    soft = "".join(out).replace("калоні", "кал[оё]ні")
    return re.sub(r"(^|\(\?:|\||\\s\+|\\s|\\b)у(?=[а-яёіў])", r"\1[уў]", soft)


def read_words(name: str, data: dict[str, Any], *, classical: bool = False) -> Words:
    """``data`` (a parsed words file called ``name``) checked and expanded; with
    ``classical``, each pattern also matches the classical Belarusian spelling."""
    raw = data.pop("fragments", {})
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise ValueError(f"{name}: [fragments] must map names to patterns")
    fragments: dict[str, str] = {"NUMBER": NUMBER, **raw}

    def expand_fragments(pattern: str, seen: tuple[str, ...] = ()) -> str:
        def one(m: re.Match[str]) -> str:
            key = m.group(1)
            if key not in fragments or key in seen:
                raise ValueError(f"{name}: unknown or circular fragment ${{{key}}}")
            return expand_fragments(fragments[key], (*seen, key))

        return _FRAGMENT.sub(one, pattern)

    def expand(pattern: str) -> str:
        whole = expand_fragments(pattern)
        return _classical(whole) if classical else whole

    wanted = {f.name for f in fields(Words)}
    missing, extra = sorted(wanted - set(data)), sorted(set(data) - wanted)
    if missing or extra:
        raise ValueError(f"{name}: lists missing {missing}, unknown {extra}")

    def strings(key: str) -> list[str]:
        value = data[key]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{name}: {key} must be a list of strings")
        return value

    def rows(key: str, width: int) -> list[list[str]]:
        value = data[key]
        if not isinstance(value, list) or not all(
            isinstance(r, list) and len(r) == width and all(isinstance(x, str) for x in r)
            for r in value
        ):
            raise ValueError(f"{name}: {key} must be a list of {width}-string rows")
        return value

    def table(key: str) -> dict[str, str]:
        value = data[key]
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise ValueError(f"{name}: [{key}] must map words to patterns")
        return {k: expand(v) for k, v in value.items()}

    def pattern(key: str) -> str:
        if not isinstance(data[key], str):
            raise ValueError(f"{name}: {key} must be a pattern (a string)")
        return expand(data[key])

    def trigger_rows(key: str) -> tuple[tuple[EventType, str, str], ...]:
        try:
            return tuple((EventType(t), form, expand(p)) for t, form, p in rows(key, 3))
        except ValueError as e:
            raise ValueError(f"{name}: {key}: {e}") from None

    return Words(
        triggers=trigger_rows("triggers"),
        triggers_v2=trigger_rows("triggers_v2"),
        figure_categories_v2=table("figure_categories_v2"),
        people_nouns_v2=pattern("people_nouns_v2"),
        not_fact_v2=pattern("not_fact_v2"),
        past_markers_v2=pattern("past_markers_v2"),
        near=pattern("near"),
        not_fact=pattern("not_fact"),
        speech=pattern("speech"),
        pronouns=table("pronouns"),
        plural_pronouns=pattern("plural_pronouns"),
        anaphors=table("anaphors"),
        clause_break=pattern("clause_break"),
        report_before=pattern("report_before"),
        past_markers=pattern("past_markers"),
        list_intro=pattern("list_intro"),
        people_nouns=pattern("people_nouns"),
        qualifiers=tuple((q, expand(p)) for q, p in rows("qualifiers", 2)),
        figure_categories=tuple((c, expand(p)) for c, p in rows("figure_categories", 2)),
        total=pattern("total"),
        new=pattern("new"),
        role_words=table("role_words"),
        former=pattern("former"),
        known_officials=tuple(strings("known_officials")),
        known_orgs=tuple(strings("known_orgs")),
        not_names=frozenset(strings("not_names")),
        places=frozenset(strings("places")),
        places_v2=frozenset(strings("places_v2")),
        channels=pattern("channels"),
        says=pattern("says"),
    )
