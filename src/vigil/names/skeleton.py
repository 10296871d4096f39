"""Phonemic Latin to a phonetic skeleton that is the same for Belarusian and Russian forms.

The folds close the gaps listed in docs/names.md: ц before a soft vowel is т (Ціханоўскі /
Тихановский), дз is д, ў and a post-vowel u are в (Tsikhanouski / Tikhanovsky), г/h/g/х
are one sound, glides vanish before vowels (Sviatlana / Svetlana), and akanye plus я/е
make a, o and e one vowel (Kalesnikava / Kolesnikova).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SOFT_TS = re.compile(r"c(?=[ij]|y[aeou])")
_Y_GLIDE_BEFORE = re.compile(r"y(?=[aeiou])")
_Y_GLIDE_AFTER = re.compile(r"(?<=[aeiou])y")
_U_AS_V = re.compile(r"(?<=[aeo])u(?![aeiou])")
_GLIDES = re.compile(r"[ij]+(?=[aeou])")
_FOLD = str.maketrans(
    {
        "S": "s",
        "Z": "z",
        "C": "c",
        "x": "h",
        "g": "h",
        "w": "v",
        "o": "a",
        "e": "a",
        "y": "i",
        "j": "i",
        "q": "k",
    }
)
_DOUBLES = re.compile(r"(.)\1+")
_NOT_LETTER = re.compile(r"[^a-z]")


def _prepare(ph: str) -> str:
    """Phoneme-level folds that must see the original glides and vowels."""
    s = ph.replace("dZ", "Z").replace("w", "u")
    s = _SOFT_TS.sub("t", s)
    s = s.replace("dz", "d")
    s = _Y_GLIDE_BEFORE.sub("j", s)
    s = _Y_GLIDE_AFTER.sub("j", s)
    return _U_AS_V.sub("v", s)


def skeleton(ph: str, *, keep_glides: bool = False) -> str:
    """Phonetic skeleton of one phonemic token, e.g. 'Tsikhanouskaja' -> 'tihanavska'.

    ``keep_glides`` keeps i/j before vowels (as i): a finer key for the given-name table,
    where Viktoria and the genitive Viktora must stay apart.
    """
    s = _prepare(ph)
    if not keep_glides:
        s = _GLIDES.sub("", s)
    s = s.translate(_FOLD)
    return _NOT_LETTER.sub("", _DOUBLES.sub(r"\1", s))


@dataclass(frozen=True, slots=True)
class Gendered:
    """A surname's grammatical gender and its gender-neutral stem (phonemic)."""

    gender: str | None  # "m", "f" or None for forms that do not change (-ich, -enka, -uk)
    stem: str
    kind: str | None = None  # the ending's class: "sk", "ov", "in", "adj"


_ENDINGS: list[tuple[re.Pattern[str], str, int, str]] = [
    # (pattern, gender, group whose end is the stem's end, class of the ending)
    (re.compile(r"(sk|ck|(?<!d)zk)(aja|aya|aia|aa|a)$"), "f", 1, "sk"),
    (re.compile(r"(sk|ck|(?<!d)zk)(ij|iy|ii|yj|yi|yy|y|i)$"), "m", 1, "sk"),
    (re.compile(r"((?:[aeo]|jo)v)a$"), "f", 1, "ov"),
    (re.compile(r"((?:[aeo]|jo)(?:v|w|u|ff))$"), "m", 1, "ov"),
    (re.compile(r"([iy]n)a$"), "f", 1, "in"),
    (re.compile(r"([iy]n)$"), "m", 1, "in"),
    (re.compile(r"([bdhklmnrstvxz])(aja|aya|aia)$"), "f", 1, "adj"),
    (re.compile(r"([bdhklmnrstvxz])(yj|yi|ij|iy|ii|y)$"), "m", 1, "adj"),
]


# Endings that do not change with gender, yet tell two surnames apart (Mikhalevich and
# Mikhalenka share a stem, not a surname).
_GENDERLESS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"[iy](C|c|tS|tsC|x)$"), "ich"),
    (re.compile(r"[ae]nk[ao]$"), "enk"),
]


def gendered(ph: str) -> Gendered:
    """Grammatical gender of a surname-like phonemic token and its neutral stem."""
    for pattern, gender, group, kind in _ENDINGS:
        m = pattern.search(ph)
        if m and m.start() >= 2:
            stem = ph[: m.end(group)]
            if gender == "m" and stem.endswith(("u", "w", "ff")):
                stem = stem.removesuffix("ff").rstrip("uw") + "v"
            return Gendered(gender, stem, kind)
    for pattern, kind in _GENDERLESS:
        m = pattern.search(ph)
        if m and m.start() >= 3:
            return Gendered(None, ph, kind)
    return Gendered(None, ph)
