"""Person mentions and their clusters: one person under the fullest name in the text.

Mentions come from the statistical NER (PERSON) and from rules (names after a role word
such as "activist", names in a list beside a known name, later surname-only mentions).
Clustering links "Tsikhanouskaya" to "Svyatlana Tsikhanouskaya" and keeps
"Tsikhanouski" apart: a mention joins a person when its words are a subset of theirs.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from vigil.extract.lexicon import KNOWN_OFFICIALS, NOT_NAMES

__all__ = ["Cluster", "Mention", "cluster_mentions", "name_key", "rule_mentions"]

_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "president",
        "counsellor",
        "counselor",
        "state",
        "former",
        "ex",
        "minister",
        "prime",
        "pole",
        "poles",
        "ukrainian",
        "ukrainians",
        "belarusian",
        "russian",
        "activist",
        "journalist",
        "lawyer",
        "opposition",
        "leader",
        "sir",
        "madam",
        "general",
        "judge",
        "prosecutor",
        "chairman",
    ]
)
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſƀ-ɏ"
_NAME_WORD = rf"[{_UPPER}][\w’'\-]*[\w]"
NAME_RE = re.compile(rf"{_NAME_WORD}(?:[ \t]+(?:[{_UPPER}]\.[ \t]+)?{_NAME_WORD}){{1,3}}")
_DESCRIPTOR = re.compile(
    r"\b(?:activist|journalist|director|editor(?:-in-chief)?|reporters?|coordinator|economist|"
    r"lawyer|filmmaker|councillor|lawmaker|pole|ukrainians?|belarusians?|prisoners?|defender|"
    r"blogger|candidate|politician|member|chairman|leader|head|artist|musician|poet|writer|"
    r"photographer|student|teacher|doctor|priest|pastor|deputy|wife|husband|son|daughter|"
    r"brother|sister|mother|father|analyst|researcher|entrepreneur|businessman|"
    r"correspondent|founder|figure|dissident|critic|ex-\w+|former\s+\w+)\s*,?\s*$",
    re.IGNORECASE,
)
_BE_AFTER = re.compile(r"\s+(?:was|were|has\s+been|had\s+been|is)\b|,\s+\d{2},")
_ORG_WORDS = frozenset(
    [
        "Watch",
        "Center",
        "Centre",
        "Court",
        "Office",
        "Union",
        "Party",
        "Association",
        "Committee",
        "Front",
        "Institute",
        "Service",
        "Ministry",
        "Media",
        "News",
        "Police",
        "Council",
        "Group",
        "Network",
        "Agency",
        "Foundation",
        "International",
        "Rights",
        "Human",
        "Republic",
        "Assembly",
        "Nations",
        "Federation",
        "Movement",
        "Campaign",
        "Square",
        "Street",
        "Avenue",
        "Colony",
        "Prison",
        "Region",
        "District",
        "Department",
        "Bureau",
        "Administration",
        "Government",
    ]
)
_FEMALE_END = ("aya", "ava", "ova", "eva", "ina", "kaja", "skaja", "ska", "iya", "ija")


def fold(word: str) -> str:
    text = unicodedata.normalize("NFKD", word.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("ł", "l").replace("đ", "d").replace("ø", "o")


def name_key(name: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in re.findall(r"[\w\-]+", name))


@dataclass
class Mention:
    start: int
    end: int
    name: str
    source: str  # "ner", "rule", "surname", "pronoun"

    @property
    def key(self) -> tuple[str, ...]:
        return name_key(self.name)


@dataclass
class Cluster:
    mentions: list[Mention] = field(default_factory=list)

    @property
    def best(self) -> Mention:
        named = [m for m in self.mentions if m.source != "pronoun"]
        return max(named, key=lambda m: (len(m.key), -m.start))

    @property
    def key(self) -> tuple[str, ...]:
        return self.best.key

    @property
    def official(self) -> bool:
        joined = f" {' '.join(self.key)} "
        return any(f" {o} " in joined for o in KNOWN_OFFICIALS)

    @property
    def gender(self) -> str | None:
        last = self.key[-1] if self.key else ""
        return "female" if last.endswith(_FEMALE_END) else None

    def accepts(self, key: tuple[str, ...]) -> bool:
        mine = self.key
        if not key or not mine:
            return False
        if set(key) <= set(mine) or set(mine) <= set(key):
            return True
        if key[-1] == mine[-1]:  # "Mikola Statkevich" and "Mikalai Statkevich"
            return len(key) == 1 or len(mine) == 1 or key[0][:1] == mine[0][:1]
        return False


def clean_name(text: str, start: int) -> tuple[str, int, int] | None:
    """Cut possessives, brackets and leading titles off an NER span."""
    cut = re.search(r"[’']s?\b", text)
    if cut:
        text = text[: cut.start()]
    end = start + len(text.rstrip())
    words = list(re.finditer(r"[^\s\[\]]+", text))
    while words and (fold(words[0].group(0)) in _TITLES or not words[0].group(0)[0].isupper()):
        words.pop(0)
    if not words:
        return None
    first = words[0].start()
    name = " ".join(w.group(0).strip(",.;:") for w in words)
    parts = [fold(p) for p in name.split()]
    if not parts or all(p in NOT_NAMES for p in parts) or not name[0].isupper():
        return None
    if any(ch.isdigit() for ch in name):
        return None
    return name, start + first, end


def rule_mentions(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Names the model missed: after a role word ("activist Mya Aye")."""
    found: list[Mention] = []
    for m in NAME_RE.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        cleaned = clean_name(m.group(0), m.start())
        if cleaned is None or len(cleaned[0].split()) < 2:
            continue
        before = text[max(0, cleaned[1] - 40) : cleaned[1]]
        after = text[cleaned[2] : cleaned[2] + 20]
        words = cleaned[0].split()
        if any(fold(w) in NOT_NAMES or w in _ORG_WORDS for w in words):
            continue
        if _DESCRIPTOR.search(before) or _BE_AFTER.match(after):
            found.append(Mention(cleaned[1], cleaned[2], cleaned[0], "rule"))
    return found


def list_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """Capitalized names standing in a comma list next to a known name."""
    found: list[Mention] = []
    taken = [(m.start, m.end) for m in mentions]
    for m in NAME_RE.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        before = text[max(0, m.start() - 6) : m.start()]
        after = text[m.end() : m.end() + 6]
        near = [
            x
            for x in mentions
            if (
                0 <= m.start() - x.end <= 6
                and re.fullmatch(r",\s*(?:and\s+)?|\s+and\s+", text[x.end : m.start()])
            )
            or (
                0 <= x.start - m.end() <= 6
                and re.fullmatch(r",\s*(?:and\s+)?|\s+and\s+", text[m.end() : x.start])
            )
        ]
        if near and (re.search(r"(?:,|\band)\s*$", before) or re.match(r"\s*(?:,|and\b)", after)):
            cleaned = clean_name(m.group(0), m.start())
            if cleaned:
                found.append(Mention(cleaned[1], cleaned[2], cleaned[0], "rule"))
    return found


def surname_mentions(
    text: str, clusters: list[Cluster], taken: list[tuple[int, int]]
) -> list[Mention]:
    """Later mentions by surname alone ("Stefanovič"), once the full name is known."""
    found: list[Mention] = []
    for cluster in clusters:
        best = cluster.best
        words = best.name.split()
        if len(words) < 2 or len(words[-1]) < 4:
            continue
        pattern = re.compile(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])")
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            found.append(Mention(m.start(), m.end(), words[-1], "surname"))
            taken.append((m.start(), m.end()))
    return found


def cluster_mentions(mentions: list[Mention]) -> list[Cluster]:
    clusters: list[Cluster] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        key = mention.key
        home = next((c for c in clusters if c.accepts(key)), None)
        if home is None:
            clusters.append(Cluster([mention]))
        else:
            home.mentions.append(mention)
    return clusters
