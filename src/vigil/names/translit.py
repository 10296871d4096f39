"""Any script to a broad phonemic Latin, the common ground for all name comparisons.

One merged table serves Belarusian, Russian and Ukrainian Cyrillic, so no language
detection is needed; Latin input in any romanization (BGN/PCGN, national, ICAO, ISO 9,
LC, Łacinka, Polish, German, Czech, Romanian) is read back into the same alphabet.
Letters that a romanization leaves ambiguous (``ch`` is ч in English but х in Polish,
Czech and German) yield several readings; the matcher keeps the best one.

Phonemic alphabet: lowercase ASCII plus ``C`` ч, ``S`` ш/щ, ``Z`` ж, ``x`` х, ``w`` ў,
``y`` ы (or an English y, decided later), ``j`` й and glides.
"""

from __future__ import annotations

import itertools
import unicodedata

MAX_READINGS = 4

_CYRILLIC: dict[str, str] = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "ё": "jo",
    "є": "je",
    "ж": "Z",
    "з": "z",
    "и": "i",
    "і": "i",
    "ї": "ji",
    "й": "j",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ў": "w",
    "ф": "f",
    "х": "x",
    "ц": "c",
    "ч": "C",
    "ш": "S",
    "щ": "S",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "ju",
    "я": "ja",
    "ѣ": "e",
    # Kazakh, Kyrgyz, Tajik, Uzbek and Azerbaijani Cyrillic letters
    "ә": "e",
    "ғ": "g",
    "қ": "k",
    "ң": "n",
    "ө": "o",
    "ү": "u",
    "ұ": "u",
    "һ": "x",
    "ҳ": "x",
    "ҷ": "Z",
    "ӣ": "i",
    "ӯ": "u",
    "'": "",
    "’": "",
    "ʼ": "",
}
_CYRILLIC_VOWELS = set("аеёєиіїоуыэюяѣ")
_UKRAINIAN_ONLY = set("єїґ")

_GREEK_PAIRS: dict[str, str] = {
    "ου": "u",
    "μπ": "b",
    "ντ": "d",
    "γκ": "g",
    "αι": "e",
    "ει": "i",
    "οι": "i",
    "τσ": "c",
    "τζ": "dz",
}
_GREEK: dict[str, str] = {
    "α": "a",
    "β": "v",
    "γ": "g",
    "δ": "d",
    "ε": "e",
    "ζ": "z",
    "η": "i",
    "θ": "t",
    "ι": "i",
    "κ": "k",
    "λ": "l",
    "μ": "m",
    "ν": "n",
    "ξ": "ks",
    "ο": "o",
    "π": "p",
    "ρ": "r",
    "σ": "s",
    "ς": "s",
    "τ": "t",
    "υ": "i",
    "φ": "f",
    "χ": "x",
    "ψ": "ps",
    "ω": "o",
}

# Latin sequences, longest first at each position; a list gives alternative readings.
_LATIN: dict[str, list[str]] = {
    "shch": ["S"],
    "szcz": ["S"],
    "tsch": ["C"],
    "sch": ["S"],
    "sh": ["S"],
    "sz": ["S"],
    "zh": ["Z"],
    "kh": ["x"],
    "ch": ["C", "x"],
    "cz": ["C"],
    "rz": ["Z", "rz"],  # Polish rz is ж (Andrzej, Grzegorz); r+z elsewhere
    "tch": ["C"],
    "dzh": ["Z"],
    "dž": ["Z"],
    "dź": ["dz"],
    "ts": ["c"],
    "tz": ["c"],
    "zk": ["zk", "ck"],
    "x": ["ks"],
    "q": ["k", "g"],  # Azerbaijani and Uzbek q is g (Vaqifqızı, Qasımova) or k
    "ph": ["f"],
    "th": ["t"],
    "w": ["v"],
    "š": ["S"],
    "ș": ["S"],
    "ş": ["S"],
    "ŝ": ["S"],
    "ž": ["Z"],
    "ż": ["Z"],
    "ź": ["z"],
    "č": ["C"],
    "ć": ["c"],
    "ț": ["c"],
    "ţ": ["c"],
    "ŭ": ["w"],
    "ǔ": ["w"],
    "ł": ["l"],
    "ĺ": ["l"],
    "ľ": ["l"],
    "ń": ["n"],
    "ň": ["n"],
    "ś": ["s"],
    "ř": ["rZ"],
    "ë": ["jo"],
    "ě": ["je"],
    "â": ["ja"],
    "û": ["ju"],
    "î": ["y"],
    "ß": ["s"],
    "ä": ["e"],
    "ö": ["o"],
    "ü": ["u"],
    "ą": ["o"],
    # Azerbaijani, Turkish, Turkmen Latin: ə is e, dotless ı is ы, ç is ч
    "ə": ["e"],
    "ı": ["y"],
    "ç": ["C"],
    "ę": ["e"],
}
_LATIN_MAX = max(len(k) for k in _LATIN)
_SOFT_MARKS = set("'’ʼʹʺ`´\"")


def script_of(token: str) -> str:
    """Return 'cyrillic', 'greek' or 'latin' for a token, by its first letter of those."""
    for ch in token:
        if "\u0400" <= ch <= "\u04ff":
            return "cyrillic"
        if "\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff":
            return "greek"
    return "latin"


def _strip_marks(text: str) -> str:
    """Drop combining accents (stress marks, tonos, tie bars) but keep letters like ł."""
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", kept)


def _strip_stress(text: str) -> str:
    """Drop stress accents only: й, ў, ё and ї must keep their marks."""
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if c not in "\u0301\u0300")
    return unicodedata.normalize("NFC", kept)


def _cyrillic(token: str) -> str:
    ukrainian = any(c in _UKRAINIAN_ONLY for c in token) or ("і" in token and "и" in token)
    out: list[str] = []
    prev = ""
    for ch in token:
        if ch == "е" and (not prev or prev in _CYRILLIC_VOWELS):
            out.append("je")  # word-initial or post-vowel е is [je]
        elif ch == "и" and ukrainian:
            out.append("y")
        elif ch == "г" and ukrainian:
            out.append("h")
        else:
            out.append(_CYRILLIC.get(ch, ch if ch.isascii() and ch.isalpha() else ""))
        prev = ch
    return "".join(out)


def _greek(token: str) -> str:
    text = _strip_marks(token)
    out: list[str] = []
    i = 0
    while i < len(text):
        pair = text[i : i + 2]
        if pair in _GREEK_PAIRS:
            out.append(_GREEK_PAIRS[pair])
            i += 2
            continue
        out.append(_GREEK.get(text[i], ""))
        i += 1
    return "".join(out)


def _latin_options(token: str) -> list[list[str]]:
    """Split a Latin token into segments, each with its alternative phonemic readings."""
    # Keep the letters that carry meaning (ł, š, ŭ...) and drop plain accents.
    text = "".join(c if c in _LATIN else _strip_marks(c) for c in token)
    segments: list[list[str]] = []
    i = 0
    while i < len(text):
        for size in range(min(_LATIN_MAX, len(text) - i), 0, -1):
            chunk = text[i : i + size]
            if chunk in _LATIN:
                segments.append(_LATIN[chunk])
                i += size
                break
        else:
            ch = text[i]
            if ch == "c":
                nxt = text[i + 1 : i + 2]
                segments.append(["c"] if nxt in ("e", "i", "y", "j") else ["c", "k"])
            elif ch.isascii() and ch.isalpha():
                segments.append([ch])
            elif ch in _SOFT_MARKS:
                pass
            i += 1
    return segments


def phonemic(token: str) -> list[str]:
    """All phonemic readings of one lowercase token (at most MAX_READINGS, best first)."""
    script = script_of(token)
    if script == "cyrillic":
        return [_cyrillic(_strip_stress(token))]
    if script == "greek":
        return [_greek(token)]
    segments = _latin_options(token)
    readings: list[str] = []
    for combo in itertools.product(*segments):
        reading = "".join(combo)
        if reading not in readings:
            readings.append(reading)
        if len(readings) >= MAX_READINGS:
            break
    return readings or [""]
