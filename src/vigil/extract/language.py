"""The language of a text: a script check first, then lingua among en/ru/be/uk.

Letters that only one language writes decide on their own when they are frequent
enough: ``ў`` and ``і`` mean Belarusian, ``ї``, ``є`` and ``ґ`` Ukrainian. A Russian
article that quotes one Belarusian name does not turn Belarusian, because the letters
must make up a share of the text; below it, lingua (restricted to the four languages
Vigil meets, built once) decides. Belarusian in the Latin script (Łacinka) is told by
"ŭ" beside "ł" and the marked consonants (``slavic.lacinka``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from vigil.extract.slavic.lacinka import is_lacinka

if TYPE_CHECKING:
    from lingua import LanguageDetector

__all__ = ["LANGUAGES", "detect_language"]

LANGUAGES = ("en", "ru", "be", "uk")
SAMPLE = 5000  # characters judged: enough for any language, fast on a 20 MB text

_CYRILLIC = re.compile(r"[Ѐ-ӿ]")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
_BELARUSIAN_ONLY = re.compile(r"[ўЎ]")
_UKRAINIAN_ONLY = re.compile(r"[їЇєЄґҐ]")
_SHARED_I = re.compile(r"[іІ]")  # Belarusian and Ukrainian, never Russian
# Below this many Cyrillic letters (a Telegram post), one telling letter decides.
_SHORT = 200
_SHARE = 0.005


def detect_language(text: str) -> str | None:
    """``"be"``, ``"uk"``, ``"ru"``, ``"en"`` or None (no letters to judge by)."""
    sample = text[:SAMPLE]
    cyrillic = len(_CYRILLIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if cyrillic == 0 and latin == 0:
        return None
    if cyrillic > latin:
        by_script = _by_script(sample, cyrillic)
        if by_script is not None:
            return by_script
    elif is_lacinka(sample):  # Belarusian in the Latin script: "ŭ" beside "ł", "ć", "š"
        return "be"
    found = _detector().detect_language_of(sample)
    if found is None:
        return "ru" if cyrillic > latin else "en"
    return found.iso_code_639_1.name.lower()


def _by_script(sample: str, cyrillic: int) -> str | None:
    """The language that the letters only it writes point to, if they are frequent."""
    be = len(_BELARUSIAN_ONLY.findall(sample))
    uk = len(_UKRAINIAN_ONLY.findall(sample))
    shared = len(_SHARED_I.findall(sample))

    def enough(count: int) -> bool:
        return count > 0 and (cyrillic < _SHORT or count / cyrillic >= _SHARE)

    if enough(uk) and uk > be:
        return "uk"
    if enough(be + (shared if uk == 0 else 0)):
        return "be"
    return None


@cache
def _detector() -> LanguageDetector:
    """The lingua detector for en/ru/be/uk, built on first use (a few ms, then cached)."""
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.ENGLISH, Language.RUSSIAN, Language.BELARUSIAN, Language.UKRAINIAN
    ).build()
