"""Quotes with their speaker and channel: '"...," Tsikhanouskaya said on Telegram'."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vigil.extract.lexicon import CHANNELS

__all__ = ["RawQuote", "find_quotes"]

_QUOTE = re.compile(r"“[^”]{12,}?”|\"[^\"\n]{12,}?\"|«[^»]{12,}?»")
_SAYS = r"(?:said|says|wrote|writes|added|told|stated|posted|noted|tweeted|declared|announced)"
_AFTER = re.compile(
    rf"^\s*[,—–-]?\s*(?P<who>(?:the\s+)?[\w’'.\- ]{{1,60}}?)\s+{_SAYS}\b(?P<rest>[^.\n]{{0,60}})"
    rf"|^\s*[,—–-]?\s*{_SAYS}\s+(?P<who2>[A-Z][\w’'.\- ]{{1,40}}?)[,.](?P<rest2>)",
)
_BEFORE = re.compile(
    rf"(?P<who>[A-Z][\w’'.\- ]{{1,60}}?|[Hh]e|[Ss]he|[Tt]hey)\s+{_SAYS}(?P<rest>[^\"“]{{0,60}}?)"
    r"[:,]?\s*$"
)
_CHANNEL = re.compile(CHANNELS)


@dataclass(frozen=True)
class RawQuote:
    start: int
    end: int
    speaker: str | None
    speaker_at: int | None  # where the speaker's words are, for linking a pronoun
    channel: str | None
    reason: str


def find_quotes(text: str) -> list[RawQuote]:
    found: list[RawQuote] = []
    for m in _QUOTE.finditer(text):
        after = text[m.end() : m.end() + 120]
        before = text[max(0, m.start() - 120) : m.start()]
        who: str | None = None
        at: int | None = None
        rest = ""
        a = _AFTER.match(after)
        b = _BEFORE.search(before.split("\n")[-1])
        if a:
            who = a.group("who") or a.group("who2")
            rest = a.group("rest") or ""
            at = m.end() + (a.start("who") if a.group("who") else a.start("who2"))
        elif b:
            who, rest = b.group("who"), b.group("rest")
            at = m.start() - len(before.split("\n")[-1]) + b.start("who")
        channel = None
        ch = _CHANNEL.search(rest)
        if ch:
            channel = re.sub(r"^(?:on|in\s+a|to)\s+", "", ch.group(0))
        found.append(
            RawQuote(m.start(), m.end(), who.strip() if who else None, at, channel,
                     "quotation marks" + (f', attributed by "{who.strip()}"' if who else ""))
        )  # fmt: skip
    return found
