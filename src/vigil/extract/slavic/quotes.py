"""Quotes with their speaker and channel: «…», — написала Колесникова в Telegram."""

from __future__ import annotations

import re

from vigil.extract.quotes import RawQuote
from vigil.extract.slavic.lexicon import Lexicon

__all__ = ["find_quotes"]

_QUOTE = re.compile(r"«[^«»]{20,}?»|\"[^\"\n]{20,}?\"|“[^”]{20,}?”|„[^“”]{20,}?[“”]")
_NAME = r"[А-ЯЁІЎ][\w’'-]+(?:\s+[А-ЯЁІЎ][\w’'-]+){0,2}"


def find_quotes(text: str, lex: Lexicon) -> list[RawQuote]:
    """Quoted words of at least four words; the speaker from "— сказал X" after the quote
    or "X заявил:" before it."""
    after_re = re.compile(
        rf"^\s*[,.]?\s*[—–-]\s*(?:{lex.says})\s+(?P<who>{_NAME})(?P<rest>[^.\n]{{0,60}})"
    )
    before_re = re.compile(
        rf"(?P<who>{_NAME})\s+(?:\w+\s+){{0,2}}?{lex.says}(?P<rest>[^«\"“„]{{0,60}}?)[:,]?\s*$"
    )
    found: list[RawQuote] = []
    for m in _QUOTE.finditer(text):
        if len(m.group(0).split()) < 4:
            continue  # «Наша Нива», «Беларусь головного мозга»: names, not quotes
        who: str | None = None
        at: int | None = None
        rest = ""
        a = after_re.match(text[m.end() : m.end() + 140])
        b = before_re.search(text[max(0, m.start() - 140) : m.start()].rsplit("\n", 1)[-1])
        if a:
            who, rest, at = a.group("who"), a.group("rest"), m.end() + a.start("who")
        elif b:
            line = text[max(0, m.start() - 140) : m.start()].rsplit("\n", 1)[-1]
            who, rest, at = b.group("who"), b.group("rest"), m.start() - len(line) + b.start("who")
        channel = lex.channels.search(rest or "")
        found.append(RawQuote(
            m.start(), m.end(), who, at,
            re.sub(r"^\S+\s+", "", channel.group(0)) if channel else None,
            "quotation marks" + (f', attributed by "{who}"' if who else "")))  # fmt: skip
    return found
