"""Sentences' terms, regimes and articles in Russian and Belarusian.

"к 15 годам колонии усиленного режима" → 180 months, enhanced; "да трох з паловай гадоў"
→ 42 months; "ч. 1 ст. 342 УК", "арт. 361-1 КК", "частью 2 статьи 130" → "342.1",
"361-1", "130.2".
"""

from __future__ import annotations

import re

from vigil.errors import InvalidInput
from vigil.extract.slavic.numerals import NUMBER, parse_number
from vigil.model import Regime, normalize_article

__all__ = ["articles_of", "regime_of", "term_of"]

_YEARS = r"(?:год(?:а|у|ом|ам|ами)?|лет|гад(?:оў|ы|а|ам|амі)?)"
_MONTHS = r"(?:месяц(?:а|ев|ам|ами|аў|ы|амі)?)"
_TERM = re.compile(
    rf"(?<![\w-])(?P<n>{NUMBER})\s+(?P<u>{_YEARS}|{_MONTHS})(?![\w-])"
    rf"(?:\s*(?:,|и|і)?\s*(?P<n2>{NUMBER})\s+{_MONTHS}(?![\w-]))?",
    re.IGNORECASE,
)
_NOT_TERM_AFTER = re.compile(r"\s*(?:назад|таму|тому|от\s+роду|\)|исполнил|споўнілася)", re.I)
_NOT_TERM_BEFORE = re.compile(
    r"(?:возрасте|ўзросце|узросце|ему|ей|яму|ёй|\(|последние|апошнія|за|течение|працягу|"
    r"уже|ужо|через|праз|спустя|более|больш\s+за|около|каля|почти|амаль)\s*$",
    re.IGNORECASE,
)


def term_of(text: str, *, listed: bool = False) -> tuple[int | None, str | None]:
    """A clause's prison term in months, and the words that give it. ``listed``: the words
    after one name of a list ("Лосик (15 лет), Сакевич (6 лет)"), where a bracketed count
    is a term, and the last term is the person's ("(45 лет) приговорили к 3 годам")."""
    found: tuple[int | None, str | None] = (None, None)
    for m in _TERM.finditer(text):
        before = text[max(0, m.start() - 20) : m.start()]
        if listed and before.endswith("("):
            before = before[:-1]
        if _NOT_TERM_AFTER.match(text[m.end() :].lstrip(")" if listed else "")) or (
            _NOT_TERM_BEFORE.search(before)
        ):
            continue
        value = parse_number(m.group("n"))
        if value is None:
            continue
        unit = m.group("u").lower()
        months = value * 12 if not unit.startswith("месяц") else value
        if m.group("n2"):
            months += parse_number(m.group("n2")) or 0
        if 0 < months <= 12 * 50:
            found = int(months), m.group(0)
            if not listed:
                return found
    return found


_REGIMES = [
    (Regime.STRICT, r"строго\w*\s+режим\w*|строга\w*\s+рэжым\w*|строгі\w*\s+рэжым\w*"),
    (Regime.SPECIAL, r"особо\w*\s+режим\w*|асаблів\w+\s+рэжым\w*"),
    (Regime.ENHANCED, r"усилен\w+\s+режим\w*|[уў]змоцнен\w+\s+рэжым\w*"),
    (Regime.GENERAL, r"обще\w*\s+режим\w*|общи\w*\s+режим\w*|агульн\w+\s+рэжым\w*"),
    (Regime.COLONY_SETTLEMENT, r"колони\w*[- ]поселени\w*|калоні\w*[- ]пасяленн\w*"),
    (Regime.PRISON, r"тюремн\w+\s+(?:режим|заключени)\w*|(?:в|во)\s+тюрьме|турэмн\w+\s+"
                    r"(?:рэжым|зняволенн)\w*|(?:у|ў)\s+турме"),
    (Regime.RESTRICTED_FREEDOM, r"ограничени\w+\s+свободы|(?:домашн\w+\s+)?хими\w*|"
                                r"абмежаванн\w+\s+волі|(?:хатн\w+\s+)?хімі\w*"),
    (Regime.SUSPENDED, r"условн\w+|отсрочк\w+|умоўн\w+|адтэрміноўк\w+"),
    (Regime.FINE, r"штраф\w*"),
]  # fmt: skip
_REGIMES_RE = [(r, re.compile(rf"(?<![\w-])(?:{p})", re.IGNORECASE)) for r, p in _REGIMES]


def regime_of(text: str) -> Regime | None:
    for regime, pattern in _REGIMES_RE:
        if pattern.search(text):
            return regime
    return None


_PART = r"(?:ч\.|ч|част(?:и|ью|ь|ям)|частк(?:і|а|ай|у))"
_ART = r"(?:ст\.|ст|стать(?:и|е|ей|я|ю|ям|ями)|арт\.|арт|артыкул(?:а|у|ам|ах|ы|аў)?|ст\.\s*ст\.)"
_NUM = r"\d{1,3}(?:-\d{1,2})?(?:\.\d{1,2})?"
_ARTICLE = re.compile(
    rf"(?<![\w.])(?:(?P<p2>\d{{1,2}})-?(?:й|я|ой|ая|ай)?\s+{_PART}\s+|{_PART}\s*(?P<p>\d{{1,2}})"
    rf"(?:\s*(?:,|и|і)\s*\d{{1,2}})*\s+)?{_ART}\s*(?P<a>{_NUM})"
    rf"(?P<more>(?:\s*(?:,|и|і)\s*(?:{_ART}\s*)?{_NUM}(?![\d.-]))*)",
    re.IGNORECASE,
)


def articles_of(text: str) -> tuple[str, ...]:
    """Criminal-code articles of a clause, normalised ("342.1", "361-1")."""
    found: list[str] = []
    for m in _ARTICLE.finditer(text):
        part = m.group("p") or m.group("p2")
        numbers = [m.group("a"), *re.findall(_NUM, m.group("more") or "")]
        for i, number in enumerate(numbers):
            raw = f"{number} part {part}" if part and i == 0 and "." not in number else number
            try:
                found.append(normalize_article(raw))
            except InvalidInput:  # a number that is no article
                continue
    return tuple(dict.fromkeys(found))
