"""One language's words, compiled: ``lexicon("ru")`` and ``lexicon("be")``.

The word lists live in ``words_ru`` and ``words_be``; this module turns them into
compiled patterns once per process, so the rules stay linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from vigil.model import EventType

__all__ = ["Lexicon", "lexicon"]

_I = re.IGNORECASE
# Words that may stand between a role word and the name: "президент Литвы", "глава МВД",
# "министр иностранных дел" (capitalised, quoted or genitive-looking, never a verb).
_BETWEEN = (
    r"(?-i:«[^»]{1,40}»|[А-ЯЁІЎA-Z][\w’'-]*|[а-яёіў]+(?<!л[аоиі])"
    r"(?:ов|ев|ей|ых|их|ого|его|ага|ай|ой|ы|і|и|ел))"
)


# Words after a trigger that give it another sense: "освобожден от должности" (dismissed),
# "арестовано имущество" (property seized).
_NOT_AFTER = {
    EventType.RELEASED: r"(?!\s+(?:\w+\s+)?(?:от|ад|з)\s+(?:должност|занимаем|пасад|займан|"
    r"обязанност|абавязк|уголовн|крымінальн|ответственност|адказнасц))",
    EventType.DETAINED: r"(?!\s+(?:\w+\s+)?(?:имуществ\w*|сч[её]т(?:а|ов)?|актив(?:ы|ов)|"
    r"квартир\w*|машин\w*|автомоб\w*|деньг\w*|средств\w*|маёмас\w*|рахун\w*|грош\w*|"
    r"аўтамаб\w*|кватэр\w*|банковск\w*|банкаўск\w*)(?!\w))",
}


@dataclass(frozen=True)
class Lexicon:
    language: str
    triggers: list[tuple[EventType, str, re.Pattern[str]]]  # (type, form, pattern)
    # The same patterns in lower case, without IGNORECASE, for lower-cased text: Python's
    # engine matches them about twice as fast.
    lower_triggers: list[tuple[EventType, str, re.Pattern[str]]]
    not_fact: re.Pattern[str]
    near: re.Pattern[str]  # what a "near" trigger needs in its sentence
    speech: re.Pattern[str]
    pronouns: dict[str, str]
    pronoun_re: re.Pattern[str]
    plural_re: re.Pattern[str]
    clause_break: re.Pattern[str]
    report_before: re.Pattern[str]
    past_markers: re.Pattern[str]
    list_intro: re.Pattern[str]
    people_nouns: str
    people_re: re.Pattern[str]  # a noun for people, as a word
    qualifiers: list[tuple[str, str]]
    categories: list[tuple[str, re.Pattern[str]]]
    total: re.Pattern[str]
    new: re.Pattern[str]
    roles: dict[str, re.Pattern[str]]  # role → words just before a name
    former: re.Pattern[str]
    known_officials: tuple[str, ...]
    known_orgs: tuple[str, ...]
    not_names: frozenset[str]
    places: frozenset[str]
    channels: re.Pattern[str]
    says: str


def _words(language: str) -> ModuleType:
    if language == "be":
        from vigil.extract.slavic import words_be

        return words_be
    from vigil.extract.slavic import words_ru

    return words_ru


def _classical(pattern: str) -> str:
    """A Belarusian pattern that also reads the classical spelling (тарашкевіца) of Радыё
    Свабода and Наша Ніва, which marks soft consonants: затрыманьне, сьмерць, палітвязьні."""
    pattern = pattern.replace("калоні", "кал[оё]ні")  # калёнія
    return re.sub(r"(?<=[сзнцлд])(?=[внмпцлзсдчт])", "ь?", pattern)


@cache
def lexicon(language: str, version: int = 1) -> Lexicon:
    """The compiled words of ``language`` ("ru" or "be"; anything else reads as Russian),
    as extractor ``version`` reads them (v2 adds the rows of ``TRIGGERS_V2``)."""
    w = _words(language)
    soft = _classical if language == "be" else (lambda p: p)
    rows = list(w.TRIGGERS) + (list(w.TRIGGERS_V2) if version >= 2 else [])
    sources = [
        (kind, form, rf"(?<![\w-])(?:{soft(p)})(?![\w-]){_NOT_AFTER.get(kind, '')}")
        for kind, form, p in rows
    ]
    triggers = [(kind, form, re.compile(p, _I)) for kind, form, p in sources]
    lower = [(kind, form, re.compile(p.lower())) for kind, form, p in sources]
    people = soft(
        w.PEOPLE_NOUNS + (f"|{w.PEOPLE_NOUNS_V2}" if version >= 2 and w.PEOPLE_NOUNS_V2 else "")
    )
    replaced = dict(w.FIGURE_CATEGORIES_V2) if version >= 2 else {}
    pronoun_words = "|".join(sorted(w.PRONOUNS, key=len, reverse=True))
    return Lexicon(
        language=language,
        triggers=triggers,
        lower_triggers=lower,
        not_fact=re.compile(w.NOT_FACT, _I),
        near=re.compile(soft(w.NEAR), _I),
        speech=re.compile(w.SPEECH, _I),
        pronouns=dict(w.PRONOUNS),
        pronoun_re=re.compile(rf"(?<![\w-])(?:{pronoun_words})(?![\w-])", _I),
        plural_re=re.compile(rf"(?<![\w-])(?:{soft(w.PLURAL_PRONOUNS)})(?![\w-])", _I),
        clause_break=re.compile(w.CLAUSE_BREAK, _I),
        report_before=re.compile(w.REPORT_BEFORE, _I),
        past_markers=re.compile(w.PAST_MARKERS, _I),
        list_intro=re.compile(soft(w.LIST_INTRO)),
        people_nouns=people,
        people_re=re.compile(rf"(?<![\w-])(?:{people})(?![\w-])", _I),
        qualifiers=list(w.QUALIFIERS),
        categories=[
            (name, re.compile(rf"(?<![\w-])(?:{soft(replaced.get(name, p))})\w*", _I))
            for name, p in w.FIGURE_CATEGORIES
        ],
        total=re.compile(soft(w.TOTAL), _I),
        new=re.compile(w.NEW, _I),
        roles={
            role: re.compile(rf"(?<![\w-])(?:{soft(p)})(?:\s+{_BETWEEN}){{0,3}}?\s*,?\s*$", _I)
            for role, p in w.ROLE_WORDS.items()
        },
        former=re.compile(rf"{w.FORMER}\s*$", _I),
        known_officials=tuple(w.KNOWN_OFFICIALS),
        known_orgs=tuple(w.KNOWN_ORGS),
        not_names=frozenset(w.NOT_NAMES),
        places=frozenset(w.PLACES) | (w.PLACES_V2 if version >= 2 else frozenset()),
        channels=re.compile(w.CHANNELS),
        says=w.SAYS,
    )
