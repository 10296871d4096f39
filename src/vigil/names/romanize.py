"""Cyrillic to Latin for display, in the romanization systems the sources use.

Matching never depends on these (it reads every system back through ``translit``); they
serve display, tests (every system of every name must match its Cyrillic) and the bench
generator. Belarusian or Russian is guessed per word from і/ў/' versus и/щ/ъ.
"""

from __future__ import annotations

_COMMON = dict(zip("абвдзклмнопрстуфы", "abvdzklmnoprstufy", strict=True))
_VOWELS = set("аеёиіоуыэюяєї")
_BELARUSIAN_MARKS = set("іўʼ'’")

# Per system: letters beyond _COMMON, as "cyrillic=latin" pairs ("ь=" drops the sign;
# "ь='" marks softness with an acute on the consonant before it).
_TABLES = {
    "bgn-be": (
        "г=h е=ye ё=yo ж=zh і=i и=i й=y ў=w х=kh ц=ts ч=ch ш=sh щ=shch э=e ю=yu я=ya ь=ʼ ъ= '=ʺ"
    ),
    "bgn-ru": (
        "г=g е=ye ё=yë ж=zh і=i и=i й=y ў=w х=kh ц=ts ч=ch ш=sh щ=shch э=e ю=yu я=ya ь=ʹ ъ=ʺ '="
    ),
    "by-national": (
        "г=h е=je ё=jo ж=ž і=i и=i й=j ў=ŭ х=ch ц=c ч=č ш=š щ=šč э=e ю=ju я=ja ь=' ъ= '="
    ),
    "icao": (
        "г=g е=e ё=e ж=zh і=i и=i й=i ў=u х=kh ц=ts ч=ch ш=sh щ=shch э=e ю=iu я=ia ь= ъ=ie '="
    ),
    "iso9": ("г=g е=e ё=ë ж=ž і=ì и=i й=j ў=ǔ х=h ц=c ч=č ш=š щ=ŝ э=è ю=û я=â ь=ʹ ъ=ʺ '=ʼ ы=y"),
    "lc": ("г=g е=e ё=ë ж=zh і=i и=i й=ĭ ў=ŭ х=kh ц=ts ч=ch ш=sh щ=shch э=ė ю=iu я=ia ь=ʹ ъ=ʺ '=ʺ"),
    "lacinka": (
        "г=h е=je ё=jo ж=ž і=i и=i й=j ў=ŭ х=ch ц=c ч=č ш=š щ=šč э=e ю=ju я=ja ь=' ъ= '=j л=ł"
    ),
    "pl": (
        "г=h е=je ё=jo ж=ż і=i и=i й=j ў=u х=ch ц=c ч=cz ш=sz щ=szcz э=e ю=ju "
        "я=ja ь= ъ= '= в=w ы=y л=ł"
    ),
    "de": (
        "г=g е=je ё=jo ж=sch і=i и=i й=i ў=u х=ch ц=z ч=tsch ш=sch щ=schtsch "
        "э=e ю=ju я=ja ь= ъ= '= в=w з=s ы=y с=ss"
    ),
    "press": (
        "г=h е=ye ё=yo ж=zh і=i и=i й=i ў=u х=kh ц=ts ч=ch ш=sh щ=shch э=e ю=yu я=ya ь= ъ= '="
    ),
}
_SYSTEMS: dict[str, dict[str, str]] = {
    name: {
        k: ("\u0301" if v == "'" and k == "ь" else v)
        for k, _, v in (pair.partition("=") for pair in spec.split())
    }
    for name, spec in _TABLES.items()
}
# After a consonant: (я, ю, е, ё) in systems that mark softness on the vowel.
_SOFT: dict[str, list[str]] = {
    name: spec.split()
    for name, spec in {
        "bgn-be": "ya yu e yo",
        "bgn-ru": "ya yu e ë",
        "by-national": "ia iu ie io",
        "icao": "ia iu e e",
        "iso9": "â û e ë",
        "lc": "ia iu e ë",
        "lacinka": "ia iu ie io",
        "pl": "ia iu ie io",
        "de": "ja ju e jo",
        "press": "ia iu e io",
    }.items()
}
_ACUTE = {"s": "ś", "c": "ć", "n": "ń", "z": "ź", "l": "ĺ", "ł": "l", "d": "dź"}

SYSTEMS: tuple[str, ...] = tuple(_SYSTEMS)


def _word(word: str, system: str, belarusian: bool) -> str:
    table = _SYSTEMS[system]
    out: list[str] = []
    prev = ""
    for i, ch in enumerate(word.lower()):
        nxt = word[i + 1 : i + 2].lower()
        if ch in "яюеё" and prev and prev not in _VOWELS and prev not in "ьъ'’ʼ":
            text = _SOFT[system]["яюеё".index(ch)]
            if system in ("lacinka", "pl") and out and out[-1] == "ł":
                out[-1], text = "l", text[1:]  # ля -> la, not łia
        elif ch == "ь":
            text = ""
            mark = table["ь"]
            if mark == "\u0301" and out and not (system == "lacinka" and out[-1] == "l"):
                out[-1] = _ACUTE.get(out[-1], out[-1])
            else:
                text = mark
        elif ch == "г":
            text = "h" if belarusian and system not in ("bgn-ru", "iso9") else "g"
        elif ch == "л" and system in ("lacinka", "pl") and nxt in ("і", "ь", "я", "е", "ё", "ю"):
            text = "l"
        elif ch == "с" and system == "de":
            text = "ss" if prev in _VOWELS and nxt in _VOWELS else "s"
        else:
            text = table.get(ch, _COMMON.get(ch, ch))
        out.append(text)
        prev = ch
    result = "".join(out)
    if word[:1].isupper():
        result = result[:1].upper() + result[1:]
    return result


def romanize(text: str, system: str = "press") -> str:
    """Write Cyrillic ``text`` in a romanization ``system`` (one of ``SYSTEMS``)."""
    if system not in _SYSTEMS:
        known = ", ".join(SYSTEMS)
        raise ValueError(f"unknown romanization system {system!r}; use one of: {known}")
    low = text.lower()
    belarusian = any(c in _BELARUSIAN_MARKS for c in low) and not any(c in "ищъ" for c in low)
    return " ".join(_word(w, system, belarusian) for w in text.split(" "))
