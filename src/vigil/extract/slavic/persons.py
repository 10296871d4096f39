"""Person mentions in Russian and Belarusian text and their clusters.

Mentions come from natasha's PER entities and from rules: a capitalised sequence that
holds a known given name in any case ("Ігара Лосіка", "Дар’я Афанасьева"), a name after a
descriptor ("палітвязень Лосік"), names in a comma list beside a known name, and later
mentions by surname alone in any case. A mention joins a person when each of its words
reads, in some case, as one of theirs: "Колесниковой" joins "Мария Колесникова", and
"Тихановская" stays apart from "Сергей Тихановский".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from vigil.extract.slavic.lexicon import Lexicon
from vigil.extract.slavic.names import (
    context_gender,
    dictionary_form,
    given_name,
    name_form,
    variants,
)
from vigil.extract.slavic.nlp import Entity
from vigil.names import NameForm

__all__ = ["DESCRIPTORS", "Cluster", "Mention", "PersonFinder"]

_UP = "А-ЯЁІЎA-Z"
_WORD = rf"[{_UP}][а-яёіўa-z’'ʼ]+(?:-[{_UP}][а-яёіўa-z’'ʼ]+)?"
_CYR = r"[А-ЯЁІЎ][а-яёіў’'ʼ]+(?:-[А-ЯЁІЎ][а-яёіў’'ʼ]+)?"
_SEQUENCE = re.compile(rf"(?<![\w-]){_WORD}(?:[ \u00a0]{_WORD}){{1,2}}(?![\w-])")
_PATRONYMIC = re.compile(r"(?:вич|віч|вна|ўна|овна|евна|аўна|еўна|ична|ічна)$")
# A noun whose genitive is a place: "жыхара Бараўлянаў", "горада Паставы", "уроженца Донецка".
_OF_PLACE = (
    r"жыхар\w*|жыхарк\w*|жител\w+|жительниц\w+|горад\w*|города|городе|пасёлк\w*|"
    r"поселк\w*|посёлк\w*|вёск\w*|вёсц\w*|деревн\w+|мястэчк\w*|нараджэн\w+|ураджэн\w+|уроженц\w+|"
    r"уроженк\w+|ураджэнц\w+|раёна|раёну|района|вуліц\w+|улиц\w+|праспэкт\w*|праспект\w*|"
    r"проспект\w*|бульвар\w*|плошчы|площади|мікрараён\w*|микрорайон\w*"
)
# A street, square or metro station named after a person: "на вуліцы Якуба Коласа".
_NAMED_AFTER = re.compile(r"(?:^|[\s(])(?:вуліц\w*|улиц\w*|праспэкт\w*|праспект\w*|проспект\w*|"
                          r"плошч\w*|площад\w*|бульвар\w*|завулк\w*|переулк\w*|метро|"
                          r"імя|имени)\s+$", re.I)  # fmt: skip
_PLACE_BEFORE = re.compile(r"(?:^|[\s(])(?:в|во|у|ў|на|из|з|под|пад|по|па|до|да|из-за|"
                           r"над|ля|каля|около|возле|між|между|праз|через|"
                           r"" + _OF_PLACE + r")\s+$", re.I)  # fmt: skip
# A settlement noun right before capitalized words: they name the place ("у вёсцы Куплін
# Пружанскага раёна"), however many words.
_SETTLEMENT_BEFORE = re.compile(
    r"(?:^|[\s(])(?:вёсц\w*|вёск\w*|горадзе|пасёлк\w*|посёлк\w*|поселк\w*|мястэчк\w*|"
    r"деревн\w+|селе|сяле|аграгарадк\w*|агрогородк\w*)\s+$",
    re.I,
)
# A preposition that opens a sentence before a place: "У Берасьці асудзілі …".
_PREPOSITIONS = frozenset(str.split("у ў в во з із на па по да до пад под"))
_DESCRIPTORS = (
    r"политзаключ\w+|политическ\w+\s+заключ\w+|активист\w*|журналист\w*|блогер\w*|"
    r"оппозиционер\w*|правозащитни\w*|адвокат\w*|студент\w*|пенсионер\w*|анархист\w*|"
    r"палітвязн\w+|палітвязень|палітычн\w+\s+вязн\w+|актывіст\w*|журналіст\w*|"
    r"апазіцыянер\w*|праваабаронц\w*|адвакат\w*|студэнт\w*|пенсіянер\w*|анархіст\w*|"
    r"экс-\w+|былы\w*\s+\w+|бывш\w+\s+\w+|гражданин\w*|гражданк\w+|грамадзянін\w*|"
    r"грамадзянк\w+|фотограф\w*|фатограф\w*|художни\w+|мастак\w*|музыкант\w*|"
    r"предпринимател\w+|прадпрымальні\w+|священни\w+|святар\w*|учител\w+|настаўні\w+|"
    r"лидер\w*|лідар\w*|координатор\w*|каардынатар\w*|писател\w*|пісьменні\w*|поэт\w*|"
    r"паэт\w*|врач\w*|лекар\w*|инженер\w*|інжынер\w*|бизнесмен\w*|бізнесмен\w*|дизайнер\w*|"
    r"программист\w*|праграміст\w*|философ\w*|філосаф\w*|историк\w*|гісторык\w*|"
    r"экономист\w*|эканаміст\w*|политолог\w*|паліттолаг\w*|режисс[её]р\w*|рэжысёр\w*|"
    r"акт[её]р\w*|акцёр\w*|певиц\w*|певец|спявак\w*|спявачк\w*|спортсмен\w*|футболист\w*|"
    r"футбаліст\w*|ксендз\w*|пастор\w*|депутат\w*|волонт[её]р\w*|валанцёр\w*|медсестр\w*"
)
_DESCRIPTOR = re.compile(rf"(?<![\w-])(?:{_DESCRIPTORS})\s*,?\s*$", re.I)
DESCRIPTORS = _DESCRIPTORS  # the nouns that describe a person before the name
_TITLE_WORDS = re.compile(rf"^(?:{_DESCRIPTORS}|{_OF_PLACE}|президент\w*|прэзідэнт\w*|министр\w*|"
                          rf"міністр\w*|суд\w*|генерал\w*)$", re.I)  # fmt: skip
_ORG_WORDS = frozenset(
    str.split("""центр центра цэнтр суд суда рада совет савет комитет камітэт служба партия партыя
    союз саюз движение рух фонд институт інстытут университет універсітэт ассоциация
    асацыяцыя управление упраўленне министерство міністэрства газета радио радыё канал
    республика рэспубліка область вобласць район раён улица вуліца проспект праспект
    площадь плошча колония калонія тюрьма турма кабинет кабінет кабинета кабінета офис офіс
    офиса офіса штаб штаба""")
)


@dataclass
class Mention:
    start: int
    end: int
    text: str
    source: str  # "ner", "given name", "descriptor", "list", "surname", "pronoun"
    hint: str | None = None  # the gender the word before shows ("мастака": male)

    @cached_property
    def words(self) -> list[str]:
        return re.findall(r"[\w’'ʼ-]+", self.text)

    @cached_property
    def keys(self) -> list[frozenset[str]]:
        return [variants(w) for w in self.words]


@dataclass
class Cluster:
    mentions: list[Mention] = field(default_factory=list)
    language: str = "ru"
    official: bool = False
    role_word: str | None = None  # role → the words that show it
    role: str | None = None
    said_gender: str | None = None

    @property
    def best(self) -> Mention:
        named = [m for m in self.mentions if m.source != "pronoun"]
        return max(named, key=lambda m: (
            len(m.words), all(len(w) > 1 for w in m.words), _nominative(m), m.source == "ner",
            -m.start))  # fmt: skip

    @cached_property
    def form(self) -> tuple[str, str | None]:
        return name_form(self.best.words, self.language, self.best.hint)

    @property
    def name(self) -> str:
        return self.form[0]

    @property
    def dictionary(self) -> NameForm:
        """The name for the matcher (``names.dictionary_form``)."""
        best = self.best
        return dictionary_form(best.words, self.language, best.hint, self.said_gender)

    @property
    def gender(self) -> str | None:
        return self.form[1] or self.said_gender

    def accepts(self, m: Mention) -> bool:
        return any(_same(m, x) for x in self.mentions if x.source != "pronoun")


def _nominative(m: Mention) -> bool:
    """Whether the mention's given name stands in the nominative ("Аляксандр Мароз", not
    "Аляксандру Марозу", which may be a woman's accusative)."""
    readings = [given_name(w) for w in m.words]
    return any(r is not None and r[2] == "nom" for r in readings)


def _initial(word: str, full: str) -> bool:
    """Whether one of the words is the initial of the other ("М." of "Мікіта" in
    "М.Сасімам")."""
    if len(full) == 1:
        word, full = full, word
    return len(word) == 1 and word.isupper() and len(full) > 1 and full[0] == word


def _same(a: Mention, b: Mention) -> bool:
    """Every word of the shorter mention reads as a word of the longer one, and the last
    words (the surnames, or the one word) agree."""
    short, long_ = (a, b) if len(a.words) <= len(b.words) else (b, a)
    if not short.keys or not long_.keys:
        return False
    if not all(
        any(k & other or _initial(w, lw) for other, lw in zip(long_.keys, long_.words, strict=True))
        for k, w in zip(short.keys, short.words, strict=True)
    ):
        return False
    last = long_.keys[_surname_at(long_.words)]
    if len(short.keys) == 1:  # a lone word: a surname, or a given name of a two-word name
        return bool(short.keys[0] & last) or (
            len(long_.keys) == 2 and bool(short.keys[0] & long_.keys[0])
            and given_name(short.words[0]) is not None)  # fmt: skip
    return bool(short.keys[_surname_at(short.words)] & last)


_PATRONYMIC_ANY = re.compile(r"^(\w+?)(?:авіч|евіч|овіч|ович|евич|аўн|еўн|овн|евн)\w{0,3}$")


def _patronymic(word: str) -> bool:
    """Whether ``word`` is a patronymic in any case: a given name's stem and -авіч/-евна
    ("Алегавіча", "Сяргееўны"), not a surname in -евіч ("Дашкевіча")."""
    m = _PATRONYMIC_ANY.match(word)
    return m is not None and any(given_name(m.group(1) + end) for end in ("", "й", "а"))


def _surname_at(words: list[str]) -> int:
    """Where the surname stands: last, or first in the official order of a surname, a given
    name and a patronymic ("Нялепка Сяргея Алегавіча", "Иванова Ивана Петровича")."""
    if (
        len(words) == 3
        and _patronymic(words[2])
        and given_name(words[1]) is not None
        and given_name(words[0]) is None
    ):
        return 0
    return -1


class PersonFinder:
    """The persons of one text."""

    def __init__(self, text: str, lex: Lexicon, blocked: list[tuple[int, int]]) -> None:
        self.text = text
        self.lex = lex
        self.blocked = blocked

    def _free(self, start: int, end: int, taken: list[tuple[int, int]]) -> bool:
        return not any(start < e and s < end for s, e in taken)

    def _clean(self, start: int, end: int, source: str) -> Mention | None:
        """Cut quotes, leading descriptors and lower-case words off a span; refuse places."""
        cut = self.text.find("(", start, end)  # "Андреевой (Бахваловой)": a second surname
        end = cut if cut > start else end
        cut = self.text.find("\n\n", start, end)  # a heading above: "Грамадства\n\nУ …"
        end = cut if cut > start else end
        words = list(re.finditer(r"[^\s«»\"“”„()]+", self.text[start:end]))
        if words and _NAMED_AFTER.search(
            self.text[max(0, start + words[0].start() - 14) : start + words[0].start()]
        ):
            if len(words) <= 2:
                return None  # "на вуліцы Якуба Коласа": a street, not the poet
            words = words[2:]  # "на вуліцы Янкі Купалы Уладзіслава Мароза": the name after it
        while (
            words
            and (
                _TITLE_WORDS.match(words[0].group(0))
                or not words[0].group(0)[0].isupper()
                # "Пазьней Рабцава адпусьцілі": a word that is no name, opening the sentence
                or (len(words) > 1 and words[0].group(0).lower() in _PREPOSITIONS)
                or (
                    len(words) > 1
                    and words[0].group(0).lower() in self.lex.not_names
                    and words[1].group(0)[0].isupper()
                )
                or (  # "палітвязень з Пінска Мікалай Гапановіч": a place before the name
                    len(words) >= 3
                    and given_name(words[1].group(0))
                    and (
                        variants(words[0].group(0)) & self.lex.places
                        or _PLACE_BEFORE.search(
                            self.text[
                                max(0, start + words[0].start() - 6) : start + words[0].start()
                            ]
                        )
                    )
                )
            )
        ):
            words.pop(0)
        while words and not words[-1].group(0)[0].isupper():
            words.pop()
        if (
            len(words) >= 3
            and not given_name(words[0].group(0))
            and given_name(words[1].group(0))
            and not _PATRONYMIC.search(words[2].group(0))
            and not _patronymic(words[2].group(0))
        ):
            words.pop(0)  # "Вызваленьне Ігара Лосіка": a word at the head of the sentence
        if not words:
            return None
        s, e = start + words[0].start(), start + words[-1].end()
        while e > s and self.text[e - 1] in ",.;:!?":
            e -= 1
        text = self.text[s:e]
        low = [w.lower() for w in re.findall(r"[\w’'ʼ-]+", text)]
        if not low or any(ch.isdigit() for ch in text) or all(w in self.lex.not_names for w in low):
            return None
        if any(w in _ORG_WORDS for w in low) or text.isupper():
            return None
        if len(low) == 1 and len(low[0]) < 3:
            return None  # "Дз": a name cut off where the text ends
        if len(low) == 1 and re.search(r"(?:шчын|щин)\w*$", low[0]):
            return None  # "Кобринщины", "Берасцейшчына": a region
        if len(low) == 1 and (low[0] in self.lex.pronouns or self.lex.plural_re.fullmatch(low[0])):
            return None  # "Ён", "Она" opening a sentence: a pronoun
        if _SETTLEMENT_BEFORE.search(self.text[max(0, s - 16) : s]):
            return None  # "у вёсцы Куплін Пружанскага раёна": a village
        if len(low) > 1 and any(variants(w) & self.lex.places for w in low):
            return None  # "Рэйс Мінск — Масква": a place in it, no person
        if len(low) == 1 and (
            _PLACE_BEFORE.search(self.text[max(0, s - 12) : s])
            or variants(low[0]) & self.lex.places
            or (
                re.search(r"(?:ай|ой|ага|ого|ых|их|ым|ім|ую)$", low[0])
                and re.match(r"\s+[а-яёіў]", self.text[e : e + 3])
            )
        ):
            return None  # "у Беларусі", "раёна Мінска": a place; "Нобелеўскай прэміі": a word
        word = re.search(r"([а-яёіў]+)\s+$", self.text[max(0, s - 25) : s])
        return Mention(s, e, text, source, context_gender(word.group(1)) if word else None)

    def mentions(self, entities: list[Entity]) -> list[Mention]:
        places = {e.text.lower() for e in entities if e.type == "LOC"}
        found: list[Mention] = []
        taken = list(self.blocked)
        for e in entities:
            if e.type != "PER" or not self._free(e.start, e.end, taken):
                continue
            m = self._clean(e.start, e.end, "ner")
            if m is None or (len(m.words) == 1 and m.text.lower() in places):
                continue
            found.append(m)
        taken += [(m.start, m.end) for m in found]
        taken += [(e.start, e.end) for e in entities if e.type in {"ORG", "LOC"}]
        ruled = self._given_names(taken)
        found = [m for m in found if not any(r.start <= m.start and m.end <= r.end
                                             for r in ruled)] + ruled  # fmt: skip
        others = [(e.start, e.end) for e in entities if e.type in {"ORG", "LOC"}]
        taken = list(self.blocked) + others + [(m.start, m.end) for m in found]
        found += self._described(taken)
        taken = list(self.blocked) + others + [(m.start, m.end) for m in found]
        found += self._listed(found, taken)
        return sorted(found, key=lambda m: m.start)

    def _given_names(self, taken: list[tuple[int, int]]) -> list[Mention]:
        """Capitalised sequences with a given name in them: "Дар’я Афанасьева", and lists
        written surname first with a patronymic: "Лосік Ігар Аляксандравіч"."""
        found: list[Mention] = []
        for m in _SEQUENCE.finditer(self.text):
            words = list(re.finditer(r"\S+", m.group(0)))
            first = next((i for i, w in enumerate(words) if given_name(w.group(0))), None)
            if first is None:
                continue
            if first == 1 and len(words) == 3 and _PATRONYMIC.search(words[2].group(0)):
                first = 0  # surname first, as in Viasna's lists
            if len(words) - first < 2:
                continue
            start = m.start() + words[first].start()
            cleaned = self._clean(start, m.end(), "given name")
            if cleaned is None or len(cleaned.words) < 2:
                continue
            overlapping = [t for t in taken if cleaned.start < t[1] and t[0] < cleaned.end]
            if any(t[0] < cleaned.start or t[1] > cleaned.end for t in overlapping):
                continue
            found.append(cleaned)  # natasha may have taken part of it ("Афанасьева")
        return found

    def _described(self, taken: list[tuple[int, int]]) -> list[Mention]:
        """One to three capitalised words after a descriptor: "палітвязень Лосік"."""
        found: list[Mention] = []
        for m in re.finditer(rf"{_CYR}(?:[ \u00a0]{_CYR}){{0,2}}", self.text):
            if not self._free(m.start(), m.end(), taken):
                continue
            if not _DESCRIPTOR.search(self.text[max(0, m.start() - 40) : m.start()]):
                continue
            cleaned = self._clean(m.start(), m.end(), "descriptor")
            if cleaned is not None:
                found.append(cleaned)
        return found

    def _listed(self, known: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
        """Capitalised names standing in a comma list next to a known name."""
        found: list[Mention] = []
        for m in _SEQUENCE.finditer(self.text):
            if not self._free(m.start(), m.end(), taken):
                continue
            if any(_beside(self.text, x, m.start(), m.end()) for x in known):
                cleaned = self._clean(m.start(), m.end(), "list")
                if cleaned is not None and len(cleaned.words) >= 2:
                    found.append(cleaned)
        return found

    def surname_mentions(self, clusters: list[Cluster], taken: list[tuple[int, int]]) -> None:
        """Later mentions by surname alone, in any case, added to their person."""
        for c in clusters:
            best = c.best
            if len(best.words) < 2:
                continue
            surname = best.words[-1]
            stem = surname[: max(3, len(surname) - 3)]
            pattern = re.compile(rf"(?<![\w-]){re.escape(stem)}[\w’'ʼ]{{0,5}}(?![\w-])")
            for m in pattern.finditer(self.text):
                if not self._free(m.start(), m.end(), taken):
                    continue
                mention = Mention(m.start(), m.end(), m.group(0), "surname")
                if mention.keys[0] & best.keys[-1]:
                    c.mentions.append(mention)
                    taken.append((m.start(), m.end()))


def _beside(text: str, x: Mention, start: int, end: int) -> bool:
    """Whether ``[start, end)`` stands next to mention ``x`` in a list ("X, Y", "Y и X")."""
    if 0 <= start - x.end <= 4:
        return _list_gap(text[x.end : start])
    return 0 <= x.start - end <= 4 and _list_gap(text[end : x.start])


def _list_gap(gap: str) -> bool:
    return bool(re.fullmatch(r"\s*(?:,|и|і|й|а\s+также|а\s+таксама)\s*", gap))


def cluster_mentions(mentions: list[Mention], language: str) -> list[Cluster]:
    clusters: list[Cluster] = []
    for mention in sorted(mentions, key=lambda m: (-len(m.words), m.start)):
        home = next((c for c in clusters if c.accepts(mention)), None)
        if home is None:
            clusters.append(Cluster([mention], language))
        else:
            home.mentions.append(mention)
    for c in clusters:
        c.mentions.sort(key=lambda m: m.start)
    return sorted(clusters, key=lambda c: c.mentions[0].start)
