"""Split a name into tokens, read each token phonetically, and give it a role.

Roles: ``given`` (a known given name), ``patronymic`` (Georgievna, Aliaksandravich: only in
names of three or more parts, so the surname Adamovich stays a surname), ``initial``
("S.", "A.G."), and ``word`` for everything else (surnames, places, organisations).
"""

from __future__ import annotations

import re
import unicodedata
from collections import OrderedDict
from contextlib import suppress
from dataclasses import dataclass, replace
from functools import lru_cache

from vigil.names.given import given_groups, group_gender, patronymic_groups
from vigil.names.inflect import case_forms, oblique
from vigil.names.skeleton import gendered, skeleton
from vigil.names.translit import phonemic

_SPLIT = re.compile(r"[^\s,;:()\[\]\"“”„«»/|+&]+")
_TLD = re.compile(r"\.(com|org|net|eu|by|ru|info|tv|online|media|ua|pl|de)$", re.IGNORECASE)
_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "і", "и", "й", "у", "в", "da", "de"})
# Organisation-type words that outlets add or drop freely ("Belsat TV", "Viasna Centre").
_ORG_WORDS = frozenset(
    [
        "tv",
        "тв",
        "channel",
        "телеканал",
        "party",
        "партия",
        "партыя",
        "movement",
        "рух",
        "движение",
        "centre",
        "center",
        "цэнтр",
        "центр",
        "human",
        "rights",
        "праваабарончы",
        "правозащитный",
        "inc",
        "ltd",
        "llc",
        "jsc",
        "ооо",
        "тоо",
    ]
)
_MASCULINE_STEM = re.compile(r"[бвгджзклмнпрстфхцчшщbcdfghklmnprstvwzčšžłćśńź]$")
_DIGRAPH_INITIALS = frozenset({"yu", "ya", "ye", "yo", "zh", "ch", "sh", "kh", "ts", "dz"})
# a patronymic's skeleton, in any case (Іванавіча, Сяргееўны, Mikałajeŭnaj)
_PATRONYMIC = re.compile(r"^(.{2,}?)(avic|avn|ivn|icn)(a|i|u|am|ai|ia|aia)?$")
_FEMININE_PATRONYMIC = re.compile(r"(avn|ivn|icn)[aiu]*$")


@dataclass(frozen=True, slots=True)
class Reading:
    """One phonetic reading of a token: phonemic form, skeleton, gender and family key."""

    ph: str
    skel: str
    gender: str | None
    family: str
    source: str  # the spelling this reading comes from (a nominative for case forms)
    ending: str | None = None  # class of a surname ending: -sk-, -ov/-au, -in, adjectival


@dataclass(frozen=True, slots=True)
class Token:
    """One name part with its role and readings (best first)."""

    text: str
    role: str
    readings: tuple[Reading, ...]
    groups: frozenset[str]
    oblique: bool = False  # written in a case form no nominative has (Казловым, Bialackaha)

    @property
    def compared(self) -> tuple[Reading, ...]:
        """The readings compared with another part's: an oblique part by its dictionary
        forms only (Kazłovie is Kazłoŭ; as written it looks like Kazłoŭskaha)."""
        if not self.oblique:
            return self.readings
        low = self.text.lower()
        return tuple(r for r in self.readings if r.source != low) or self.readings

    @property
    def skel(self) -> str:
        """Skeleton of the first (as-written) reading."""
        return self.readings[0].skel if self.readings else ""


@dataclass(frozen=True, slots=True)
class ParsedName:
    """A name split into roles; ``acronym`` is set for short all-capital names like BAJ."""

    text: str
    tokens: tuple[Token, ...]
    acronym: str | None
    gender: str | None  # implied by given name, patronymic or surname ending
    cores: tuple[Token, ...]  # given names and other words: the parts aligned in matching

    def by_role(self, *roles: str) -> list[Token]:
        """Tokens with one of the given roles, in written order."""
        return [t for t in self.tokens if t.role in roles]


def _genders(token: Token) -> frozenset[str] | None:
    """The genders a part allows (None: any), from its given-name groups, its patronymic
    suffix or the gendered endings of its readings."""
    if token.role == "given":
        genders = frozenset(group_gender(frozenset({g})) or "" for g in token.groups)
        return None if "" in genders else genders
    if token.role == "patronymic":
        female = any(_FEMININE_PATRONYMIC.search(r.skel) for r in token.readings)
        return frozenset({"f" if female else "m"})
    if token.role == "word":
        of_readings = {r.gender for r in token.readings}
        if None in of_readings:
            return None
        return frozenset(g for g in of_readings if g)
    return None


def _agree(tokens: list[Token], gender: str | None) -> str | None:
    """The one gender all parts allow (the parts of a name agree), or None when they allow
    both or disagree (a typo, a foreign name). ``gender`` is what the caller knows."""
    allowed = {"m", "f"} if gender not in ("m", "f") else {gender}
    for t in tokens:
        genders = _genders(t)
        if genders is not None:
            if not allowed & genders:
                return gender if gender in ("m", "f") else None
            allowed &= genders
    return allowed.pop() if len(allowed) == 1 else None


def _in_gender(token: Token, gender: str) -> Token:
    """The part with only the readings (and given-name groups) of ``gender``, if any."""
    if token.role == "given":
        groups = frozenset(
            g for g in token.groups if group_gender(frozenset({g})) in (gender, None)
        )
        if groups and groups != token.groups:
            return replace(token, groups=groups)
        return token
    if token.role == "word":
        kept = tuple(r for r in token.readings if r.gender in (gender, None))
        if kept and len(kept) != len(token.readings):
            return replace(token, readings=kept)
    return token


@lru_cache(maxsize=100_000)
def _phonemic(form: str) -> tuple[str, ...]:
    """``phonemic`` cached: a word and its case forms are read twice (readings, given names)."""
    return tuple(phonemic(form))


_DATIVE_LIKE = ("е", "у", "ю")  # Cyrillic dative, locative and accusative endings


def _readings(word: str, forms: list[str]) -> tuple[Reading, ...]:
    """Phonetic readings of one lowercase word and of its dictionary ``forms``."""
    out: list[Reading] = []
    seen: set[str] = set()
    for form in forms:
        for ph in _phonemic(form):
            skel = skeleton(ph)
            g = gendered(ph)
            key = f"{skel}|{g.gender}"
            if skel and key not in seen:
                seen.add(key)
                out.append(Reading(ph, skel, g.gender, skeleton(g.stem), form, g.kind))
    # A case form whose dictionary form ends in a consonant is masculine: feminine
    # surnames in a consonant (Лосик, Статкевіч) do not decline (Лосиком, Statkieviča).
    out = [
        Reading(r.ph, r.skel, "m", r.family, r.source, r.ending)
        if r.gender is None and r.source != word and _MASCULINE_STEM.search(r.source)
        else r
        for r in out
    ]
    written = [i for i, r in enumerate(out) if r.source == word]
    # a form in -а may be a nominative itself (Карпенка, Лойка): dropping its -а implies
    # no gender, unless no nominative ends so (Стэфановіча)
    nominative_a = not oblique(word)
    implied = {
        r.gender
        for r in out
        if r.source != word and not (nominative_a and word in (r.source + "а", r.source + "a"))
    } - {None}
    # an accusative or dative in -у/-ю with an -а/-я reading (Лойку of Лойка, or of a
    # consonant stem) implies no gender either: the reading that matches decides
    if word.endswith(("у", "ю")) and any(r.source[:-1] == word[:-1] for r in out[1:]):
        implied = set()
    if out and all(out[i].gender is None for i in written) and len(implied) == 1:
        # Тихановского is no nominative itself: it carries the gender of Тихановский
        nominative = next(r for r in out if r.gender in implied)
        for i in written:
            r = out[i]
            out[i] = Reading(
                r.ph, r.skel, nominative.gender, nominative.family, r.source, nominative.ending
            )
    if out and out[0].gender:
        # a case reading without a gendered ending keeps the written form's gender
        out[1:] = [
            r
            if r.gender
            else Reading(r.ph, r.skel, out[0].gender, out[0].family, r.source, r.ending)
            for r in out[1:]
        ]
    return tuple(out)


def _raw_tokens(text: str) -> list[tuple[str, bool]]:
    """Written parts as (text, is_initial); 'A.G.' gives two initials, hyphens join."""
    out: list[tuple[str, bool]] = []
    for found in _SPLIT.findall(text):
        raw = _TLD.sub("", found.strip(".-'’"))
        if not raw:
            continue
        parts = [p for p in raw.split(".") if p]
        if "." in raw and all(len(p) <= 2 for p in parts):
            out.extend((p, True) for p in parts)
            continue
        # initials written against the surname: Д.Мухамедкарим, S.Vaqifqızı, A.G.Lukashenko
        # (not St.Petersburg: an initial is one letter, or a digraph such as Zh)
        if (
            "." in raw
            and len(parts) >= 2
            and all(p[:1].isupper() for p in parts)
            and all(len(p) == 1 or p.lower() in _DIGRAPH_INITIALS for p in parts[:-1])
        ):
            out.extend((p, True) for p in parts[:-1])
            raw = parts[-1]
        if len(raw) == 1 and raw.isalpha() and raw.isupper():
            out.append((raw, True))
            continue
        if len(raw) == 2 and raw.lower() in _DIGRAPH_INITIALS and text.find(raw + ".") >= 0:
            out.append((raw, True))
            continue
        word = raw.replace(".", "").replace("-", "").replace("‐", "")
        low = word.lower()
        if low in _ORG_WORDS or (word == low and low in _FUNCTION_WORDS):
            continue
        out.append((word, False))
    return out


def _mark_patronymic(tokens: list[Token]) -> None:
    """Turn one suffix-matching token into a patronymic, only in names of 3+ parts."""
    if len(tokens) < 3:
        return
    candidates = []
    for i, t in enumerate(tokens):
        if t.role == "given":
            continue
        for r in t.readings:
            m = _PATRONYMIC.match(r.skel)
            groups = patronymic_groups(m.group(1)) if m else frozenset()
            if groups:
                after_given = i > 0 and tokens[i - 1].role == "given"
                candidates.append((not after_given, i == 0 or i == len(tokens) - 1, i, groups))
                break
    if candidates:
        *_, i, groups = min(candidates, key=lambda c: c[:3])
        t = tokens[i]
        tokens[i] = replace(t, role="patronymic", groups=groups)


_WORDS_MAX = 100_000
_Word = tuple[tuple[Reading, ...], frozenset[str]]
_words: OrderedDict[tuple[str, str], _Word] = OrderedDict()


def _word(word: str, keep: bool = True, mode: str = "text") -> _Word:
    """Readings and given-name groups of one lowercase word (cached: names share words).

    ``mode``: "text" reads case forms by their own endings; "oblique" also by endings a
    nominative may have, for a word in a name another part of which is oblique (its
    given-name groups are then those of every reading: Алеся is Алеся or Алесь);
    "dictionary" reads the word as a nominative only.

    A least-recently-used cache. ``keep=False`` reads it but does not fill it: for the
    stored names an index search compares, which in a large index seldom repeat; keeping
    them would evict the words that do repeat and leave garbage for the cyclic GC to scan.
    """
    key = (word, mode)
    hit = _words.get(key)
    if hit is not None:
        with suppress(KeyError):  # another thread may have evicted it meanwhile
            _words.move_to_end(key)
        return hit
    oblique_name = mode == "oblique"
    forms = [word] if mode == "dictionary" else case_forms(word, in_oblique_name=oblique_name)
    readings = _readings(word, forms)
    # given names are looked up on every phonemic form (two forms may share a skeleton,
    # and with it a reading, yet only one be a given name: Swiatłanie, Swiatłana)
    spelled = [(form, ph) for form in forms for ph in _phonemic(form)]
    if not readings:
        groups: frozenset[str] = frozenset()
    elif mode == "oblique" and not oblique(word):
        groups = frozenset().union(*(given_groups([ph]) for _, ph in spelled))
    elif oblique(word):
        # an oblique form is no nominative: look up its dictionary forms only (Евгении is
        # Евгения or Евгений, though it sounds like Евгений; the other parts decide)
        groups = frozenset().union(*(given_groups([ph]) for form, ph in spelled if form != word))
    else:
        groups = given_groups([ph for form, ph in spelled if form == word])
        if not groups or word.endswith(_DATIVE_LIKE):
            # not a given name as written, or written with an ending no East Slavic given
            # name has in the nominative: any of its dictionary forms may be the one
            # (Жене is the dative of Женя, though it sounds like Жанна)
            groups = frozenset().union(*(given_groups([ph]) for form, ph in spelled))
    if keep:
        _words[key] = readings, groups
        if len(_words) > _WORDS_MAX:
            with suppress(KeyError):
                _words.popitem(last=False)
    return readings, groups


def _her_accusative(words: list[Token]) -> list[Token]:
    """Эльнару Гасымову: beside a surname that may be hers in the accusative (-ову of
    -ова), an unknown given name in -у/-ю may be hers too (Эльнару of Эльнара), not only
    his dative (of Эльнар): its -а/-я reading keeps the feminine gender open."""
    if len(words) < 2 or not any(
        any(r.gender == "f" and r.source != t.text.lower() for r in t.readings)
        and t.text.lower().endswith(("у", "ю"))
        for t in words[1:]
    ):
        return words
    first = words[0]
    low = first.text.lower()
    if first.role != "word" or first.groups or not low.endswith(("у", "ю")):
        return words
    readings = tuple(
        replace(r, gender="f")
        if r.source != low and r.source.endswith(("а", "я"))
        else replace(r, gender=None)
        if r.source == low
        else r
        for r in first.readings
    )
    return [replace(first, readings=readings), *words[1:]]


def _her_surname_slot(raw: list[tuple[str, bool]]) -> str | None:
    """The last part of a name that begins with a given name in the nominative, when it
    reads as a woman's -ova/-ina surname and is no given name as written (Kateryna
    Andreeva): her surname, not a case form of a given name (Andreev sounds like Andrew)."""
    parts = [part for part, ini in raw if not ini]
    if len(parts) < 2:
        return None
    first, last = parts[0].lower(), parts[-1].lower()
    if not given_groups(list(_phonemic(first))) or given_groups(list(_phonemic(last))):
        return None
    her = any(
        (g := gendered(ph)).gender == "f" and g.kind in ("ov", "in") for ph in _phonemic(last)
    )
    return parts[-1] if her else None


@lru_cache(maxsize=100_000)
def _given_case_form(word: str) -> bool:
    """Whether a word is no given name as written but a case form of one (Ryhora of
    Ryhor, Кастуся of Кастусь): the name it stands in is then in that case."""
    if len(word) < 4 or given_groups(list(_phonemic(word))):
        return False
    forms = case_forms(word, in_oblique_name=True)[1:]
    return any(given_groups(list(_phonemic(form))) for form in forms)


def _masculine_given_feminine_word(words: list[Token]) -> bool:
    """A given name only a man has beside a word that reads only as a woman's."""
    givens = [t for t in words if t.role == "given"]
    if not givens or any(group_gender(t.groups) != "m" for t in givens):
        return False
    return any(t.role == "word" and _genders(t) == frozenset({"f"}) for t in words)


def _written_gender(token: Token) -> str | None:
    """The gender of a part as written (Наумова: hers), when its spelling has one."""
    low = token.text.lower()
    genders = {r.gender for r in token.readings if r.source == low}
    return genders.pop() if len(genders) == 1 else None


def _undeclined_surname(words: list[Token]) -> bool:
    """A given name in a case form beside a surname in a consonant that kept its
    nominative (Яўгенію Бародзіч, Евгении Лосик): feminine, since masculine surnames in
    a consonant decline (Яўгену Бародзічу) and feminine ones do not."""
    given_in_case = any(
        t.role == "given" and (t.oblique or _given_case_form(t.text.lower())) for t in words
    )
    return given_in_case and any(
        t.role == "word"
        and not t.oblique
        and len(t.readings) == 1
        and _MASCULINE_STEM.search(t.text.lower())
        for t in words
    )


# Letters of the Latin alphabets that decline names (Łacinka, Polish): English-style
# romanisations have none of them.
_DECLINING_LATIN = re.compile(r"[łŭčšžśćźńżąę]|cz|sz")


def _latin_case_given(token: Token, keep_words: bool) -> Token:
    """A given name in -ii/-ji written in Łacinka or Polish is a case form of an -ija
    name (Jaŭhienii, Jauhieniji), never a masculine nominative as in English (Yauhenii):
    Łacinka and Polish write him Jaŭhien, Dzmitryj."""
    low = token.text.lower()
    forms = case_forms(low, in_oblique_name=True)[1:]
    groups = frozenset().union(*(given_groups([ph]) for f in forms for ph in _phonemic(f)))
    if not groups:
        return token
    readings, _ = _word(low, keep_words, "oblique")
    return Token(token.text, "given", readings, groups, True)


def _tokens(
    raw: list[tuple[str, bool]], keep_words: bool, mode: str
) -> tuple[list[Token], list[tuple[int, Token]]]:
    """Name parts (patronymic marked) and initials with their positions."""
    words: list[Token] = []
    initials: list[tuple[int, Token]] = []
    for text_part, is_initial in raw:
        readings, groups = _word(text_part.lower(), keep_words, mode)
        if not readings:
            continue
        if is_initial:
            initials.append((len(words), Token(text_part, "initial", readings, frozenset())))
            continue
        role = "given" if groups else "word"
        words.append(Token(text_part, role, readings, groups, oblique(text_part.lower())))
    _mark_patronymic(words)
    return words, initials


def parse_uncached(
    text: str, *, keep_words: bool = True, dictionary: bool = False, gender: str | None = None
) -> ParsedName:
    """Parse a written name into role-tagged tokens; ``keep_words``: see ``_word``.

    ``dictionary``: the name is in its dictionary form (the extractor normalised it), so
    no part is read as a case form. ``gender``: the person's gender, where known.
    """
    norm = unicodedata.normalize("NFC", text).strip()
    raw = _raw_tokens(norm)
    acronym = None
    if len(raw) == 1 and 2 <= len(raw[0][0]) <= 6 and raw[0][0].isupper():
        acronym = raw[0][0].lower()
    mode = "dictionary" if dictionary else "text"
    her_surname = _her_surname_slot(raw)
    if not dictionary and any(not ini and oblique(part.lower()) for part, ini in raw):
        mode = "oblique"
    elif (
        not dictionary
        and sum(not ini for _, ini in raw) >= 2
        and any(
            not ini and _given_case_form(part.lower()) and part != her_surname for part, ini in raw
        )
    ):
        # a given name in a case form (Ryhora, Aleny, Кастуся) puts the name in that case
        mode = "oblique"
    words, initials = _tokens(raw, keep_words, mode)
    if her_surname is not None and mode == "text":
        words = [
            replace(t, role="word", groups=frozenset()) if t.text == her_surname else t
            for t in words
        ]
    if gender and mode == "text" and _agree(words, None) not in (None, gender):
        # the caller knows the gender and the nominative reading has the other one
        # ("Яна Коваленко" of a man): the name is a case form, read it so
        words, initials = _tokens(raw, keep_words, "oblique")
    if not gender and mode == "text":
        words = _her_accusative(words)
    if not gender and mode == "text" and _masculine_given_feminine_word(words):
        # Paŭła Kavalova, Michaiła Rudzina: a man's given name beside a surname that reads
        # only as a woman's is his genitive (-ova, -ina are also the genitive of -oŭ, -in)
        words, initials = _tokens(raw, keep_words, "oblique")
        gender = "m"
    if not dictionary and _DECLINING_LATIN.search(norm.lower()):
        words = [
            _latin_case_given(t, keep_words)
            if t.role == "given" and not t.oblique and t.text.lower().endswith(("ii", "ji", "yi"))
            else t
            for t in words
        ]
    if not gender and mode == "text" and initials and len(words) == 1:
        # О. Наумова: with no given name to say otherwise, a surname written as a woman's
        # nominative is hers (as a lone surname is read), not his genitive
        gender = _written_gender(words[0])
    if not gender and mode == "oblique" and _undeclined_surname(words):
        gender = "f"
    if not gender and not any(t.oblique for t in words if t.role == "word"):
        # only a surname in a case form decides Евгении, Валерии (Евгении Бородиче is his);
        # else they are the feminine names' case forms (three cases) before the masculine
        # names' prepositional (one): Евгении Кара-Мурзы is hers
        words = [_in_gender(t, "f") if t.role == "given" and t.oblique else t for t in words]
    implied = _agree(words, gender)
    if implied:
        words = [_in_gender(t, implied) for t in words]
    tokens = list(words)
    for offset, (pos, tok) in enumerate(initials):
        tokens.insert(pos + offset, tok)
    cores = tuple(t for t in tokens if t.role in ("given", "word"))
    return ParsedName(norm, tuple(tokens), acronym, implied, cores)


parse = lru_cache(maxsize=50_000)(parse_uncached)
parse.__doc__ = "Parse a written name (cached: the index and the matcher reparse often)."


@lru_cache(maxsize=20_000)
def parse_form(text: str, dictionary: bool, gender: str | None) -> ParsedName:
    """Parse a name whose form or gender the caller knows (cached)."""
    return parse_uncached(text, dictionary=dictionary, gender=gender)


def joined(a: Token, b: Token) -> Token:
    """Two adjacent parts read as one (Kara Murza as Kara-Murza)."""
    readings, _ = _word((a.text + b.text).lower())
    return Token(f"{a.text}-{b.text}", "word", readings, frozenset())


def word_keys(word: str) -> frozenset[str]:
    """The keys one written word may stand for as a name part: the gender-neutral family
    keys and skeletons of each reading (case forms and romanizations included), and for a
    given name its equivalence groups (``given:…``: Ihar, Igor and Игоря meet there)."""
    readings, groups = _word(word.casefold())
    keys = {r.family for r in readings} | {r.skel for r in readings} - {""}
    return frozenset(keys | {f"given:{g}" for g in groups})
