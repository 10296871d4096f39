"""Russian and Belarusian numbers as news writes them: "1 400", "1,4 тыс.", "тридцать",
"пятерых", "трыццаць", "дзвесце", "полтора", "тры з паловай".

Our own table holds every case form that counts and terms use, in both languages, with
collective numerals (двое, пяцёра); number-parser (imported lazily) reads the Russian
long tail. No library reads Belarusian number words, so the table is the only source.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import cache

__all__ = ["MANY", "NUMBER", "parse_number", "trie_regex"]

# Words that alone say "many" ("сотни людей", "сотні затрыманых") and with a qualifier
# one of them ("более сотни", "больш за сотню" is in the table): their value then.
MANY = {"сотни": 100, "сотні": 100, "тысячи": 1000, "тысячы": 1000}


def trie_regex(words: set[str] | list[str]) -> str:
    """One alternation of ``words`` with shared prefixes factored out ("тр(?:и|ех|ём)"):
    Python's engine tries a plain alternation word by word at every position."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            body = f"(?:{body})?"
        return body

    return build(trie)


def _soft(stem: str, value: int) -> dict[str, int]:
    """A numeral in -ь and its oblique forms: пять, пяти, пятью; пяць, пяці, пяццю."""
    if stem.endswith("ць"):  # Belarusian
        return {stem: value, stem[:-1] + "і": value, stem[:-2] + "ццю": value}
    return {stem: value, stem[:-1] + "и": value, stem + "ю": value}


_RU: dict[str, int] = {
    "один": 1, "одна": 1, "одно": 1, "одного": 1, "одной": 1, "одному": 1, "одну": 1,
    "два": 2, "две": 2, "двух": 2, "двум": 2, "двумя": 2,
    "три": 3, "трёх": 3, "трех": 3, "трём": 3, "трем": 3, "тремя": 3,
    "четыре": 4, "четырёх": 4, "четырех": 4, "четырём": 4, "четырем": 4, "четырьмя": 4,
    "сорок": 40, "сорока": 40, "девяносто": 90, "девяноста": 90, "сто": 100, "ста": 100,
    "пятьдесят": 50, "пятидесяти": 50, "шестьдесят": 60, "шестидесяти": 60,
    "семьдесят": 70, "семидесяти": 70, "восемьдесят": 80, "восьмидесяти": 80,
    "двести": 200, "двухсот": 200, "триста": 300, "трехсот": 300, "трёхсот": 300,
    "четыреста": 400, "четырехсот": 400, "четырёхсот": 400, "пятьсот": 500, "пятисот": 500,
    "шестьсот": 600, "шестисот": 600, "семьсот": 700, "семисот": 700, "восемьсот": 800,
    "восьмисот": 800, "девятьсот": 900, "девятисот": 900,
    "тысяча": 1000, "тысячи": 1000, "тысяч": 1000, "тысячу": 1000, "тысячей": 1000,
    "восьми": 8,
    # collective numerals count people: "двое задержанных", "пятерых активистов"
    "двое": 2, "двоих": 2, "двоим": 2, "трое": 3, "троих": 3, "троим": 3,
    "четверо": 4, "четверых": 4, "пятеро": 5, "пятерых": 5, "шестеро": 6, "шестерых": 6,
    "семеро": 7, "семерых": 7, "восьмеро": 8, "восьмерых": 8, "девятеро": 9,
    "девятерых": 9, "десятеро": 10, "десятерых": 10, "оба": 2, "обоих": 2, "обе": 2,
    "полтысячи": 500, "полсотни": 50, "сотня": 100, "сотню": 100, "сотней": 100,
}  # fmt: skip
for _stem, _value in [("пять", 5), ("шесть", 6), ("семь", 7), ("восемь", 8), ("девять", 9),
                      ("десять", 10), ("одиннадцать", 11), ("двенадцать", 12),
                      ("тринадцать", 13), ("четырнадцать", 14), ("пятнадцать", 15),
                      ("шестнадцать", 16), ("семнадцать", 17), ("восемнадцать", 18),
                      ("девятнадцать", 19), ("двадцать", 20), ("тридцать", 30)]:  # fmt: skip
    _RU.update(_soft(_stem, _value))

_BE: dict[str, int] = {
    "адзін": 1, "адна": 1, "адно": 1, "аднаго": 1, "адной": 1, "аднаму": 1, "адну": 1,
    "два": 2, "дзве": 2, "двух": 2, "двум": 2, "двума": 2, "дзвюх": 2, "дзвюма": 2,
    "тры": 3, "трох": 3, "тром": 3, "трыма": 3,
    "чатыры": 4, "чатырох": 4, "чатыром": 4, "чатырма": 4,
    "сем": 7, "сямі": 7, "сямю": 7, "восем": 8, "васьмі": 8, "васьмю": 8,
    "сорак": 40, "сарака": 40, "дзевяноста": 90, "сто": 100, "ста": 100,
    "пяцьдзясят": 50, "пяцідзесяці": 50, "шэсцьдзясят": 60, "шасцідзесяці": 60,
    "семдзесят": 70, "сямідзесяці": 70, "восемдзесят": 80, "васьмідзесяці": 80,
    "дзвесце": 200, "двухсот": 200, "трыста": 300, "трохсот": 300, "чатырыста": 400,
    "чатырохсот": 400, "пяцьсот": 500, "пяцісот": 500, "шэсцьсот": 600, "шасцісот": 600,
    "семсот": 700, "сямісот": 700, "васемсот": 800, "васьмісот": 800,
    "дзевяцьсот": 900, "дзевяцісот": 900,
    "тысяча": 1000, "тысячы": 1000, "тысяч": 1000, "тысячу": 1000, "тысячай": 1000,
    "шэсць": 6, "шасці": 6, "шасцю": 6,
    "двое": 2, "дваіх": 2, "дваім": 2, "трое": 3, "траіх": 3, "траім": 3,
    "чацвёра": 4, "чацвярых": 4, "пяцёра": 5, "пяцярых": 5, "шасцёра": 6, "шасцярых": 6,
    "сямёра": 7, "сямярых": 7, "васьмёра": 8, "дзесяцера": 10, "дзесяцярых": 10,
    "абодва": 2, "абедзве": 2,
    # the genitive of a collective numeral as speech and taraškievica write it: "пяцёх з сямі"
    "пяцёх": 5, "шасцёх": 6, "шасьцёх": 6, "сямёх": 7, "васьмёх": 8, "чацьвярых": 4,
    "чацьвёра": 4, "шасьцёра": 6, "шасьцярых": 6, "дзесяцёх": 10,
    "паўтысячы": 500, "паўсотні": 50, "сотня": 100, "сотню": 100, "сотняй": 100,
}  # fmt: skip
for _stem, _value in [("пяць", 5), ("дзевяць", 9), ("дзесяць", 10), ("адзінаццаць", 11),
                      ("дванаццаць", 12), ("трынаццаць", 13), ("чатырнаццаць", 14),
                      ("пятнаццаць", 15), ("шаснаццаць", 16), ("сямнаццаць", 17),
                      ("васямнаццаць", 18), ("дзевятнаццаць", 19), ("дваццаць", 20),
                      ("трыццаць", 30)]:  # fmt: skip
    _BE.update(_soft(_stem, _value))

# Tens counted as a noun multiply the number before them ("двух дзясяткаў" is 20, "трёх
# десятков" 30); alone ("дзясяткі людзей") they are no number, as "тысячи" alone is not.
_TENS = frozenset(["десяток", "десятка", "десятки", "десятков", "десятками", "дзясятак",
                   "дзясятка", "дзясяткі", "дзясяткаў", "дзясяткамі"])  # fmt: skip
_WORDS: dict[str, int] = {**_RU, **_BE, **dict.fromkeys(_TENS, 10)}
_HALVES = {"полтора": 1, "полторы": 1, "полутора": 1, "паўтара": 1, "паўтары": 1}
_WORD = trie_regex({*_WORDS, *_HALVES, *MANY})
_HALF = r"(?:\s+(?:с|з)\s+(?:половиной|паловай))"
_THOUSANDS = r"(?:\s*(?:тыс\.|тыс\b|тысяч[аиуы]?\b|тысячей|тысячай))"
# A number as a regular expression, to embed in larger patterns (case-insensitive).
# "1 тыс. 700": thousands and the hundreds after them, as wire copy writes a count.
_REST = r"(?:\s+\d{1,3}(?![\d.,]))"
NUMBER = (
    rf"(?:(?:\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+|\d+(?:[.,]\d+)?)(?:{_THOUSANDS}{_REST}?)?"
    rf"|(?:{_WORD})(?:\s+(?:{_WORD}))*(?![\w-]))"
    rf"{_HALF}?"
)


def parse_number(text: str) -> Fraction | None:
    """The value of a number phrase, or None; halves are kept exactly. "Тысячи" alone
    ("тысячи людей") is no number: thousands, not a thousand; nor are "сотни" (hundreds,
    or "более сотни" with its qualifier: ``MANY``). "Десяток" (and its genitive, "около
    десятка") alone is ten, "десятки" not."""
    clean = re.sub(r"[\s\u00a0\u202f]+", " ", text.strip().lower())
    if clean in {"тысячи", "тысяч", "тысячы", "тысячей", "тысячай"} or clean in MANY:
        return None
    if clean in {"десяток", "дзясятак", "десятка", "дзясятка"}:
        return Fraction(10)  # "около десятка", "каля дзясятка": about ten
    half = Fraction(0)
    found = re.search(_HALF + "$", clean)
    if found:
        half = Fraction(1, 2)
        clean = clean[: found.start()].strip()
    rest = Fraction(0)
    tail = re.search(_THOUSANDS + r"\s+(\d{1,3})$", clean)
    if tail and re.match(r"\d", clean):
        rest = Fraction(int(tail.group(1)))  # "1 тыс. 700": 1700
        clean = clean[: tail.start(1)].strip()
    many = re.search(_THOUSANDS + "$", clean)
    scale = 1
    if many and re.match(r"\d", clean):
        scale = 1000
        clean = clean[: many.start()].strip()
    digits = clean.replace(" ", "")
    if re.fullmatch(r"\d+(?:[.,]\d+)?", digits):
        if "," in digits and re.fullmatch(r"\d{1,3},\d{3}", digits) and scale == 1:
            return Fraction(digits.replace(",", "")) + half  # "1,400" in a wire's style
        return Fraction(digits.replace(",", ".")) * scale + rest + half
    return _words(clean, half)


@cache
def _words(clean: str, half: Fraction) -> Fraction | None:
    words = clean.split()
    if len(words) == 2 and words[0] in _HALVES and words[1] in {"тысячи", "тысячы"}:
        return Fraction(1500)
    if len(words) == 1 and words[0] in _HALVES:
        return Fraction(3, 2)
    total = current = 0
    for word in words:
        value = _WORDS.get(word)
        if value is None:
            return _long(clean, half)
        if value == 1000:
            total += max(current, 1) * 1000
            current = 0
        elif word in _TENS:
            if current == 0:
                return None  # "дзясяткі затрыманых": tens, not ten
            current *= 10
        else:
            current += value
    return Fraction(total + current) + half


def _long(clean: str, half: Fraction) -> Fraction | None:
    from number_parser import parse_number as np_parse

    value = np_parse(clean, language="ru")
    return Fraction(value) + half if isinstance(value, int) else None
