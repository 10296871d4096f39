"""Facilities ("colony No. 1 in Novopolotsk", "Evin prison") and organizations.

Facilities are named places of detention: a numbered colony, prison or pre-trial centre
(with its town when the text gives it), or a prison named by a proper noun. Courts,
hospitals and an unnamed "prison" are not facilities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vigil.extract.core.places import unique
from vigil.extract.lexicon import KNOWN_ORGS

__all__ = ["Place", "find_facilities", "find_orgs"]

_TOWN = r"(?:\s+(?:in|near)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?"
_KIND = (
    r"(?:(?:[Pp]enal|[Cc]orrectional|[Cc]orrective|[Pp]rison|[Ll]abou?r|[Ss]trict[- ]regime|"
    r"[Mm]edium[- ]security|[Ii]ndustrial)\s+)?[Cc]olony|"
    r"[Pp]re-?trial\s+detention\s+(?:[Cc]ent(?:er|re)|[Ff]acility|[Ii]solator)|[Dd]etention\s+[Cc]ent(?:er|re)|[Pp]rison|SIZO|[Jj]ail|"
    r"[Rr]emand\s+[Pp]rison|[Ii]solation\s+[Ww]ard|IK|[Cc]amp"
)
_NUMBERED = re.compile(rf"\b(?:{_KIND})\s+(?:No\.?|Number|#|№)\s*\d+{_TOWN}")
_NAMED = re.compile(
    r"\b(?!The\b|A\b|In\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+(?:[Pp]rison|[Jj]ail|SIZO|"
    r"[Pp]enal\s+[Cc]olony|[Dd]etention\s+[Cc]ent(?:er|re)|[Rr]emand\s+[Cc]ent(?:er|re))\b"
)
_NOT_PLACE = frozenset(
    {
        "Russian",
        "Belarusian",
        "Iranian",
        "Georgian",
        "State",
        "Federal",
        "National",
        "Central",
        "Women's",
        "Military",
        "Political",
        "Notorious",
    }
)
_ORG = re.compile(
    r"\b(?:" + "|".join(re.escape(o) for o in sorted(KNOWN_ORGS, key=len, reverse=True)) + r")\b"
)


@dataclass(frozen=True)
class Place:
    name: str
    start: int
    end: int
    reason: str


def find_facilities(text: str) -> list[Place]:
    found: list[Place] = []
    for m in _NUMBERED.finditer(text):
        if re.search(r"Group\s*$", text[max(0, m.start() - 8) : m.start()]):
            continue
        found.append(Place(m.group(0), m.start(), m.end(), "numbered place of detention"))
    for m in _NAMED.finditer(text):
        words = m.group(0).split()
        if words[0] in _NOT_PLACE or any(m.start() < p.end and p.start < m.end() for p in found):
            continue
        found.append(Place(m.group(0), m.start(), m.end(), "named prison"))
    return unique(found)


def find_orgs(text: str, ner_orgs: list[tuple[str, int, int]]) -> list[Place]:
    found = [
        Place(m.group(0), m.start(), m.end(), "known organization") for m in _ORG.finditer(text)
    ]
    for name, start, end in ner_orgs:
        if any(start < p.end and p.start < end for p in found):
            continue
        clean = re.sub(r"^(?:the|The)\s+", "", name).strip()
        if len(clean) >= 2 and clean[0].isupper():
            found.append(Place(clean, end - len(clean), end, "organization (statistical model)"))
    return unique(found)
