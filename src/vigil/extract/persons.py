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
from functools import lru_cache

from vigil.extract.lexicon import KNOWN_OFFICIALS, NOT_NAMES

__all__ = [
    "Cluster",
    "Mention",
    "cluster_mentions",
    "name_key",
    "name_shaped",
    "person_context",
    "rule_mentions",
]

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
        # role nouns a sentence opens with ("Rapper X was freed", "Blogger X")
        "spokeswoman",
        "spokesman",
        "spokesperson",
        "rapper",
        "blogger",
        "poet",
        "writer",
        "artist",
        "economist",
        "dissident",
        "editor",
        "reporter",
        "photographer",
        "cleric",
        "filmmaker",
        "singer",
        "musician",
        "student",
        "teacher",
        "scholar",
        "researcher",
        # a monarch's title: "insulting King Hamad" names the king, a title and a name
        "king",
        "queen",
        "emir",
        "sultan",
        "crown",
        "prince",
    ]
)
# ... and their plurals before a list ("Journalists X and Y were released"; not in an
# organisation's name: "Reporters Without Borders", "Lawyers for Human Rights")
_PLURAL_ROLES = frozenset(
    f"{w}s"
    for w in ("activist", "journalist", "lawyer", "leader", "blogger", "poet", "writer",
              "artist", "economist", "dissident", "editor", "reporter", "photographer",
              "cleric", "filmmaker", "singer", "musician", "student", "teacher", "scholar",
              "researcher", "rapper")
)  # fmt: skip
# Capitalized function words a sentence or headline opens with, never a name's first
# word: "In Venezuela, X ..." must not yield the name "In Venezuela".
_LEADING = frozenset(
    ["in", "on", "at", "from", "for", "by", "with", "after", "before", "during", "since",
     "among", "under", "while", "when", "as", "and", "but", "meanwhile", "separately",
     "also", "then", "yet", "unlike", "like", "including", "via", "per"]
)  # fmt: skip
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſƀ-ɏ"
# honorifics written as a name's first word (Burmese: "U" for a man, "Daw" for a woman)
_HONORIFICS = frozenset({"U", "Daw"})
_NAME_WORD = rf"[{_UPPER}][\w’'\-]*[\w]"
# Lower-case particles inside a name: "Abduljalil al-Singace", "Vilma Núñez de Escorcia".
_PARTICLE = r"(?:(?:al|el|ad|as|ash|az|ar|an|at|ul)-|(?:bin|ibn|bint|abu|de|da|del|van|von)[ \t]+)"
_NEXT_WORD = rf"(?:[{_UPPER}]\.[ \t]+)?(?:{_PARTICLE}(?=[{_UPPER}]))?{_NAME_WORD}"
NAME_RE = re.compile(rf"{_NAME_WORD}(?:[ \t]+{_NEXT_WORD}){{1,3}}")
_DESCRIPTOR = re.compile(
    r"\b(?:activist|journalist|director|editor(?:-in-chief)?|reporters?|coordinator|economist|"
    r"lawyer|filmmaker|councillor|lawmaker|pole|ukrainians?|belarusians?|prisoners?|defender|"
    r"blogger|candidate|politician|member|chairman|leader|head|artist|musician|poet|writer|"
    r"photographer|student|teacher|doctor|priest|pastor|deputy|wife|husband|son|daughter|"
    r"brother|sister|mother|father|analyst|researcher|entrepreneur|businessman|"
    r"correspondent|founder|figure|dissident|critic|ex-\w+|former\s+\w+)\s*,?\s*$",
    re.IGNORECASE,
)
_BE_AFTER = re.compile(
    r"\s+(?:was|were|has\s+been|had\s+been|is)\b|,\s+\d{2},|,\s+who\s+(?:was|has|had|is|were)\b"
)
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
# Words that make a capitalized phrase an organization, a medium or a place, not a person.
_NOT_PERSON_WORDS = _ORG_WORDS | frozenset(
    [
        "TV",
        "Radio",
        "Press",
        "Times",
        "Post",
        "Daily",
        "Club",
        "Bank",
        "University",
        "College",
        "School",
        "Church",
        "Company",
        "Fund",
        "Trust",
        "Forum",
        "Initiative",
        "Alliance",
        "Coalition",
        "Platform",
        "Mission",
        "Commission",
        "Board",
        "Army",
        "Forces",
        "Guard",
        "Parliament",
        "Duma",
        "Congress",
        "Senate",
        "Cabinet",
        "Embassy",
        "House",
        "Hall",
        "Europe",
        "Liberty",
        "Freedom",
        "Free",
        "Open",
        "United",
        "National",
        "Democratic",
        "Popular",
        "Civic",
        "Civil",
        "Solidarity",
        "Resistance",
        "Opposition",
        "Youth",
        "Team",
        "Project",
        "Riot",
        "Jail",
        "Camp",
        "Hospital",
        "Facility",
        "Detention",
        "Penitentiary",
        "Correctional",
        "Labour",
        "Labor",
        "Tribunal",
        "Democracy",
        "Justice",
        "Supreme",
        "Revolutionary",
        "Security",
        "Airport",
        "Station",
        "Television",
        "Channel",
        "Magazine",
        "Journal",
        "Gazette",
        "Herald",
        "Tribune",
        "Telegraph",
        "Express",
        "Monitor",
        "Observer",
        "Prize",
        "Peace",
        "Nobel",
        "Circle",
        "Autonomous",
        "Kingdom",
        "States",
        "Sea",
        "River",
        "Lake",
        "Mountains",
        "Island",
        "Islands",
    ]
)
_CALENDAR = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
_MALE_END = ("ov", "ev", "ski", "sky", "vich", "vic", "yc")
_FEMALE_END = ("aya", "ava", "ova", "eva", "ina", "kaja", "skaja", "ska", "iya", "ija")


@lru_cache(maxsize=4096)
def _given_gender(word: str) -> str | None:
    """The gender of a known East Slavic given name ("maryna" → female), else None."""
    from vigil.names.given import given_groups, group_gender
    from vigil.names.translit import phonemic

    gender = group_gender(given_groups(phonemic(word)))
    return {"f": "female", "m": "male"}.get(gender or "")


@lru_cache(maxsize=65_536)
def fold(word: str) -> str:
    text = unicodedata.normalize("NFKD", word.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("ł", "l").replace("đ", "d").replace("ø", "o")


@lru_cache(maxsize=65_536)
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
    said_gender: str | None = None  # from the text: "she", "Mr", "her husband, X"

    @property
    def best(self) -> Mention:
        named = [m for m in self.mentions if m.source != "pronoun"]
        return max(named, key=lambda m: (len(m.key), -m.start))

    @property
    def key(self) -> tuple[str, ...]:
        return self.best.key

    @property
    def official(self) -> bool:
        # the official's name as the person's surname or whole name ("Recep Tayyip
        # Erdogan"), not a given name the same ("Erdoğan Zamur", a printer held in Turkey)
        joined = f" {' '.join(self.key)}"
        return any(joined.endswith(f" {o}") for o in KNOWN_OFFICIALS)

    @property
    def gender(self) -> str | None:
        last = self.key[-1] if self.key else ""
        if last.endswith(_FEMALE_END):
            return "female"
        if self.said_gender:
            return self.said_gender
        if len(self.key) > 1 and (given := _given_gender(self.key[0])):
            return given  # "Maryna Adamovich": a -vich surname is any gender's
        return "male" if len(self.key) > 1 and last.endswith(_MALE_END) else None

    def accepts(self, key: tuple[str, ...]) -> bool:
        mine = self.key
        if not key or not mine:
            return False
        if set(key) <= set(mine) or set(mine) <= set(key):
            return True
        if _bare(key[-1]) == _bare(mine[-1]):  # "Mikola Statkevich" and "Mikalai
            # Statkevich"; "Abdel Fattah" and "Alaa Abd El-Fattah"
            return len(key) == 1 or len(mine) == 1 or key[0][:1] == mine[0][:1]
        return False


# an Arabic article joined to a surname, spelled one way or another or left off:
# "El-Fattah" ~ "Fattah", "al-Baqer" ~ "El-Baqer"
_ARTICLE = re.compile(r"^(?:a|e)[lnrstdz]-|^ash-")


def _bare(word: str) -> str:
    return _ARTICLE.sub("", word)


def clean_name(text: str, start: int) -> tuple[str, int, int] | None:
    """Cut possessives, brackets and leading titles off an NER span; a bracketed
    second surname or pen name ends it ("Sevinj Abbasova (Vagifqizi)")."""
    bracket = text.find("(")
    if bracket > 0:
        text = text[:bracket]
    cut = re.search(r"[’']s?\b", text)
    if cut:
        text = text[: cut.start()]
    end = start + len(text.rstrip())
    words = list(re.finditer(r"[^\s\[\]]+", text))
    led = False
    while words and (
        fold(words[0].group(0)) in _TITLES | _LEADING
        or not words[0].group(0)[0].isupper()
        or (
            fold(words[0].group(0)) in _PLURAL_ROLES
            and len(words) > 2
            and fold(words[1].group(0)) not in _LEADING | {"without", "of", "against", "union"}
        )
    ):
        led = led or fold(words[0].group(0)) in _LEADING
        words.pop(0)
    if not words or (led and len(words) < 2):
        return None  # "In Venezuela": a place after a preposition, no name
    while len(words) > 1 and fold(words[-1].group(0).strip(",.;:")) in _CALENDAR:
        words.pop()  # "Pavel Orlov Tuesday": wire style puts the day after the name
        end = start + words[-1].end()
    first = words[0].start()
    name = " ".join(w.group(0).strip(",.;:") for w in words)
    parts = [fold(p) for p in name.split()]
    if not parts or all(p in NOT_NAMES for p in parts) or not name[0].isupper():
        return None
    if any(ch.isdigit() for ch in name) or not looks_like_a_name(name):
        return None
    return name, start + first, end


_WORD_ENDINGS = re.compile(r"(?:ous|ive|ful|less|tions?|ness|ments?|ities)$")


def looks_like_a_name(name: str) -> bool:
    """Capitalized phrases that are not names: "Exiled Belarusian" (a demonym last),
    "Torturous Conditions" (English word endings), "ExchangeVyasna" (two words run
    together, as in a headline glued to the next line)."""
    words = name.split()
    if len(words) > 1 and fold(words[-1]) in _TITLES:
        return False
    if any(_WORD_ENDINGS.search(w.lower()) and len(w) > 6 for w in words):
        return False
    return not any(re.search(r"[a-z]{4,}[A-Z]", w) for w in words)


def name_shaped(text: str, start: int) -> tuple[str, int, int] | None:
    """An entity the model tagged ORG that is written like a person's name ("Dmytro Hudyk"):
    two to four capitalized words, none of them an organization's or a place's word."""
    if re.match(r"(?:the|The)\s", text):
        return None
    cleaned = clean_name(text, start)
    if cleaned is None:
        return None
    words = cleaned[0].split()
    # "G Thirumurugan Gandhi": a Tamil initial before two names
    initial = len(words) >= 3 and re.fullmatch(rf"[{_UPPER}]\.?", words[0]) is not None
    # "U Gambira", "Daw Hla Hla": a Burmese honorific before a name of one word or more
    initial = initial or (len(words) >= 2 and words[0] in _HONORIFICS)
    rest = words[1:] if initial else words
    if not 2 <= len(words) <= 4 or not all(re.fullmatch(_NAME_WORD, w) for w in rest):
        return None
    if any(
        w.isupper() or w in _NOT_PERSON_WORDS or fold(w) in NOT_NAMES or fold(w) in _TITLES
        for w in rest
    ):
        return None
    return cleaned


# What stands next to a name and not to an organization: "X (five years)", "X, who was",
# "X, 47,", "X — an advisor", "X was", "winner X".
_PERSON_AFTER = re.compile(
    r"\s*(?:\(|,\s*(?:who\b|\d{2},)|[—–]\s|-\s|(?:was|were|has|had|is|died|said|says|remains?|"
    r"received|got|told)\b)"
)
_PERSON_BEFORE = re.compile(r"\b(?:winner|laureate|nationals?|citizens?)\s*,?\s*$", re.IGNORECASE)


def person_context(text: str, start: int, end: int) -> bool:
    """Whether the words around a span show a person rather than an organization."""
    before = text[max(0, start - 40) : start]
    return bool(
        _PERSON_AFTER.match(text[end : end + 20])
        or _DESCRIPTOR.search(before)
        or _PERSON_BEFORE.search(before)
    )


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


_PARENTHESIS = re.compile(r"\s*\([^()]{0,40}\)")


def _list_gap(gap: str) -> bool:
    """ ", ", " and ", ", and ", also with a bracketed aside: "X (five years) and Y"."""
    return bool(re.fullmatch(r",\s*(?:and\s+)?|\s+and\s+", _PARENTHESIS.sub("", gap)))


def list_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """Capitalized names standing in a comma list next to a known name, or next to one
    found so ("X, Y and Z" where only Z was known)."""
    found: list[Mention] = []
    for _ in range(20):  # a list of names is found a name a round, from the known one
        more = _listed_beside(text, mentions + found)
        if not more:
            break
        found += more
    return found


def _listed_beside(text: str, mentions: list[Mention]) -> list[Mention]:
    found: list[Mention] = []
    taken = [(m.start, m.end) for m in mentions]
    for m in NAME_RE.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        if re.search(
            r"\b(?:of|for|at|from|in|on|with|by|to|the)\s+$",
            text[max(0, m.start() - 6) : m.start()],
        ):
            continue  # "the editor of Nasha Niva, X": a thing someone belongs to
        before = text[max(0, m.start() - 6) : m.start()]
        after = text[m.end() : m.end() + 6]
        near = [
            x
            for x in mentions
            if (0 <= m.start() - x.end <= 50 and _list_gap(text[x.end : m.start()]))
            or (0 <= x.start - m.end() <= 50 and _list_gap(text[m.end() : x.start]))
        ]
        after = _PARENTHESIS.sub("", text[m.end() : m.end() + 50])[:6]
        if near and (re.search(r"(?:,|\band)\s*$", before) or re.match(r"\s*(?:,|and\b)", after)):
            cleaned = clean_name(m.group(0), m.start())
            if cleaned and not any(w in _NOT_PERSON_WORDS for w in cleaned[0].split()):
                found.append(Mention(cleaned[1], cleaned[2], cleaned[0], "rule"))
    return found


def _alone(text: str, start: int, end: int) -> bool:
    """Whether a capitalized word stands alone, not inside a longer capitalized run
    ("Ho" alone, not "Ho Chi Minh City"; "Lai", not "Lai Chau")."""
    before = re.search(r"([\w’'\-]+)[ \t]+$", text[max(0, start - 40) : start])
    after = re.match(r"[ \t]+([\w’'\-]+)", text[end : end + 40])
    return not any(m and m.group(1)[:1].isupper() for m in (before, after))


def surname_mentions(
    text: str, clusters: list[Cluster], taken: list[tuple[int, int]]
) -> list[Mention]:
    """Later mentions by one word of a known full name ("Stefanovič"; "Chow" of "Chow
    Hang-tung", whose surname comes first; "Lai" of "Jimmy Lai").

    The last word is looked for, and the first one too: news written in English keeps the
    order a name has at home, so the surname may be either. A word of three letters or
    fewer, or a first word, counts only where it stands alone (not inside "Ho Chi Minh
    City"); a word two persons' names share is left to neither; a word the text also
    writes in lower case ("Hope", "Rose") or that is no name ("Police") is no mention.
    """
    words_of: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        words = cluster.best.name.split()
        if len(words) < 2:
            continue
        # ... and, in a name of three words or more, the one before the last: a Spanish
        # first surname ("Plana" of "Emilio Plana Robert"), of four letters or more
        middle = (words[-2],) if len(words) >= 3 and len(words[-2]) >= 4 else ()
        for i, word in enumerate(dict.fromkeys((words[-1], words[0], *middle))):
            if len(word) < 2 + min(i, 1) or fold(word) in NOT_NAMES or fold(word) in _TITLES:
                continue  # a last word of two letters ("Ho", "Wu") may stand; no first
            homes = words_of.setdefault(word, [])
            if cluster not in homes:
                homes.append(cluster)
    found: list[Mention] = []
    for word, homes in words_of.items():
        if len(homes) > 1 or re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text):
            continue
        last = homes[0].best.name.split()[-1] == word
        # a particle is capitalized at the start of a sentence: "El-Gamal" of "Gamal el-Gamal"
        head = rf"[{word[0]}{word[0].upper()}]" if re.match(_PARTICLE, word) else re.escape(word[0])
        pattern = re.compile(rf"(?<![\w-]){head}{re.escape(word[1:])}(?![\w-])")
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if (not last or len(word) < 4) and not _alone(text, m.start(), m.end()):
                continue
            found.append(Mention(m.start(), m.end(), m.group(0), "surname"))
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
