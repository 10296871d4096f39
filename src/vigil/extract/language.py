"""A cheap language guess from the script: enough to say "only English for now"."""

from __future__ import annotations

import re

__all__ = ["detect_language"]

_CYRILLIC = re.compile(r"[Ѐ-ӿ]")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
_BELARUSIAN = re.compile(r"[ўЎ]|(?<=[а-яё])і|і(?=[а-яё])", re.IGNORECASE)
_UKRAINIAN = re.compile(r"[їЇєЄґҐ]")


def detect_language(text: str) -> str | None:
    """``"be"``, ``"uk"``, ``"ru"``, ``"en"`` or None (no letters to judge by)."""
    sample = text[:20000]
    cyr = len(_CYRILLIC.findall(sample))
    lat = len(_LATIN.findall(sample))
    if cyr == 0 and lat == 0:
        return None
    if cyr > lat:
        if _UKRAINIAN.search(sample):
            return "uk"
        return "be" if _BELARUSIAN.search(sample) else "ru"
    return "en"
