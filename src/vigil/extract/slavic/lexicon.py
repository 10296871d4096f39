"""One language's words, compiled: ``lexicon("ru")`` and ``lexicon("be")``.

The word lists are data (``extract/data/words_ru.toml``, ``words_be.toml``, read by
``words``); this module turns them into compiled patterns once per process, so the rules
stay linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from vigil.extract.slavic.words import words
from vigil.model import EventType

__all__ = ["Lexicon", "lexicon"]

_I = re.IGNORECASE
# Words that may stand between a role word and the name: "президент Литвы", "глава МВД",
# "министр иностранных дел" (capitalised, quoted or genitive-looking, never a verb).
_BETWEEN = (
    r"(?-i:«[^»]{1,40}»|[А-ЯЁІЎA-Z][\w’'-]*|[а-яёіў]+(?<!л[аоиі])"
    r"(?:ов|ев|ей|ых|их|ого|его|ага|ай|ой|ы|і|и|ел)(?<!л[аиі])"  # no past verb: "задержали"
    r"|раёну|раёна|района|суда|суду)"  # "судзьдзя Фрунзенскага раёну Марыя Ярохіна"
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
    anaphors: list[tuple[str, re.Pattern[str]]]  # (gender, a noun for one person)
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


def _either(pattern: str, more: str) -> str:
    """``pattern``, or also ``more`` where it is not empty (the rows only v2 reads)."""
    return f"(?:{pattern})|(?:{more})" if more else pattern


@cache
def lexicon(language: str, version: int = 1) -> Lexicon:
    """The compiled words of ``language`` ("ru" or "be"; anything else reads as Russian),
    as extractor ``version`` reads them (v2 adds the rows of ``triggers_v2``)."""
    w = words(language)
    # v2 rows first: where a row of its own and one of v1 overlap ("арестовал X на 12
    # суток", "арестовал"), the longer reading of v2 wins.
    rows = (list(w.triggers_v2) if version >= 2 else []) + list(w.triggers)
    sources = [
        (kind, form, rf"(?<![\w-])(?:{p})(?!\w|-(?![0-9])){_NOT_AFTER.get(kind, '')}")
        for kind, form, p in rows
    ]
    triggers = [(kind, form, re.compile(p, _I)) for kind, form, p in sources]
    lower = [(kind, form, re.compile(p.lower())) for kind, form, p in sources]
    people = w.people_nouns + (
        f"|{w.people_nouns_v2}" if version >= 2 and w.people_nouns_v2 else ""
    )
    replaced = dict(w.figure_categories_v2) if version >= 2 else {}
    pronoun_words = "|".join(sorted(w.pronouns, key=len, reverse=True))
    return Lexicon(
        language=language,
        triggers=triggers,
        lower_triggers=lower,
        not_fact=re.compile(_either(w.not_fact, w.not_fact_v2 if version >= 2 else ""), _I),
        near=re.compile((w.near), _I),
        speech=re.compile(w.speech, _I),
        pronouns=dict(w.pronouns),
        pronoun_re=re.compile(rf"(?<![\w-])(?:{pronoun_words})(?![\w-])", _I),
        plural_re=re.compile(rf"(?<![\w-])(?:{(w.plural_pronouns)})(?![\w-])", _I),
        anaphors=[
            (g, re.compile(rf"(?<![\w-])(?:{p})(?![\w-])", _I)) for g, p in w.anaphors.items()
        ],
        clause_break=re.compile(w.clause_break, _I),
        report_before=re.compile(w.report_before, _I),
        past_markers=re.compile(
            _either(w.past_markers, w.past_markers_v2 if version >= 2 else ""), _I
        ),
        list_intro=re.compile(w.list_intro),
        people_nouns=people,
        people_re=re.compile(rf"(?<![\w-])(?:{people})(?![\w-])", _I),
        qualifiers=list(w.qualifiers),
        categories=[
            (name, re.compile(rf"(?<![\w-])(?:{(replaced.get(name, p))})\w*", _I))
            for name, p in w.figure_categories
        ],
        total=re.compile((w.total), _I),
        new=re.compile(w.new, _I),
        roles={
            role: re.compile(rf"(?<![\w-])(?:{p})(?:\s+{_BETWEEN}){{0,3}}?\s*,?\s*$", _I)
            for role, p in w.role_words.items()
        },
        former=re.compile(rf"{w.former}\s*$", _I),
        known_officials=tuple(w.known_officials),
        known_orgs=tuple(w.known_orgs),
        not_names=frozenset(w.not_names),
        places=frozenset(w.places) | (w.places_v2 if version >= 2 else frozenset()),
        channels=re.compile(w.channels),
        says=w.says,
    )
