"""Which of a name's recorded spellings a reader of a language expects: Belarusian
Cyrillic (Ціханоўскі) on a Belarusian page, Russian Cyrillic (Тихановский) on a Russian
one, Latin (Tsikhanouski) on an English one. Only recorded spellings are chosen; none is
made up by transliteration."""

from __future__ import annotations

from collections.abc import Sequence

from vigil.model import NameVariant, Script, detect_script

__all__ = ["spelling_for", "written_language"]

_BE_ONLY = frozenset("ўіІЎ'’")
_RU_ONLY = frozenset("иИщЩъЪ")
# Weaker signs, for names spelt with the letters both languages share: Belarusian
# writes э, дз and ць where Russian has е, д and ть (Крумэнка, Крумянко), and Russian
# surnames end in -ко where Belarusian ones end in -ка.
_BE_SIGNS = ("э", "дз", "ць")
_RU_ENDINGS = ("ко", "ов", "ев", "ий")


def written_language(text: str) -> str | None:
    """ "be", "ru" or "en" when the letters say so; None for Cyrillic both languages
    share (Мінск is Belarusian, Минск Russian, Марына either)."""
    script = detect_script(text)
    if script is Script.LATIN:
        return "en"
    if script is not Script.CYRILLIC:
        return None
    letters = set(text)
    if letters & _BE_ONLY and not letters & _RU_ONLY:
        return "be"
    if letters & _RU_ONLY and not letters & _BE_ONLY:
        return "ru"
    lower = text.lower()
    words = [w.strip(".,-") for w in lower.split()]
    be = any(sign in lower for sign in _BE_SIGNS)
    ru = any(w.endswith(_RU_ENDINGS) for w in words)
    if be != ru:
        return "be" if be else "ru"
    return None


def _fit(variant: NameVariant | str, lang: str) -> int:
    text = variant if isinstance(variant, str) else variant.text
    recorded = None if isinstance(variant, str) else variant.language
    if recorded == lang:
        return 4
    guessed = written_language(text)
    if guessed == lang:
        return 3
    if lang in ("be", "ru") and detect_script(text) is Script.CYRILLIC:
        # Cyrillic both languages share suits either page; the other language's
        # spelling still reads better there than a Latin one.
        return 2 if guessed is None else 1
    return 0


def spelling_for(variants: Sequence[NameVariant | str], lang: str) -> str | None:
    """The recorded spelling that best suits ``lang``, or None when none is written in
    its script (the page then keeps the registry's display name)."""
    best, score = None, 0
    for v in variants:
        fit = _fit(v, lang)
        if fit > score:
            best, score = (v if isinstance(v, str) else v.text), fit
    return best
