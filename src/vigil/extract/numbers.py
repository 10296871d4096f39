"""Numbers as news writes them: "30", "1,400", "20 thousand", "six", "two-and-a-half",
"7½", "a dozen".

An own table covers the words that matter in counts and terms; number-parser (imported
lazily) handles the long tail ("one thousand four hundred").
"""

from __future__ import annotations

import re
from fractions import Fraction

__all__ = ["NUMBER", "parse_number"]

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12,
    "a hundred": 100, "hundred": 100, "a thousand": 1000,
}  # fmt: skip
# Words a longer number phrase is made of ("one thousand four hundred and twenty").
_LONG_WORDS = frozenset(w for words in _UNITS for w in words.split()) | {
    "and",
    "a",
    "hundred",
    "thousand",
    "million",
    "billion",
}
_HALF = r"(?:[-\s]and[-\s]a[-\s]half|½)"
_WORD = "|".join(sorted((re.escape(w) for w in _UNITS), key=len, reverse=True))
# A number as a regular expression, to embed in larger patterns (case-insensitive).
NUMBER = (
    rf"(?:\d+(?:\.\d+)?\s+thousand\b|\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:{_WORD})(?:[-\s](?:{_WORD}))?"
    rf"(?:\s+(?:hundred|thousand)(?:\s+(?:and\s+)?(?:{_WORD})(?:[-\s](?:{_WORD}))?)?)?)"
    rf"{_HALF}?"
)


def parse_number(text: str) -> Fraction | None:
    """The value of a number phrase, or None; halves are kept exactly."""
    clean = text.strip().lower().replace("\u00a0", " ")
    half = Fraction(0)
    found = re.search(_HALF + "$", clean)
    if found:
        half = Fraction(1, 2)
        clean = clean[: found.start()].strip()
    digits = clean.replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", digits):
        return Fraction(digits) + half
    thousands = re.fullmatch(r"(\d+(?:\.\d+)?)\s+thousand", digits)
    if thousands:  # "20 thousand people"
        return Fraction(thousands.group(1)) * 1000 + half
    if clean in _UNITS:
        return Fraction(_UNITS[clean]) + half
    parts = re.split(r"[-\s]+", clean)
    if len(parts) == 2 and parts[0] in _UNITS and parts[1] in _UNITS:
        tens, unit = _UNITS[parts[0]], _UNITS[parts[1]]
        if tens % 10 == 0 and tens >= 20 and unit < 10:
            return Fraction(tens + unit) + half
    if not parts or any(p not in _LONG_WORDS for p in parts):
        return None  # not a number phrase: no need to ask number-parser ("journalists")
    return _long(clean, half)


def _long(clean: str, half: Fraction) -> Fraction | None:
    from number_parser import parse_number as np_parse

    value = np_parse(clean, language="en")
    return Fraction(value) + half if isinstance(value, int) else None
