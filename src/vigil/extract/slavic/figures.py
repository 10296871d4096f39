"""Aggregate counts of people in Russian and Belarusian: "более 1400 политзаключённых",
"больш за 1 400 палітвязняў", "30 человек помилованы", "14 женщин и 16 мужчин".

A figure is a number followed (past at most two adjectives) by a noun for people. Never
ages, years, days, article or colony numbers. The category comes from the nearest verb or
noun ("помиловал", "освобождение"); "политзаключённых" with nothing else beside it is the
count of those held, and so is a recognition count said as a total ("сейчас ... признаны").
A count with no category word in its sentence takes the category of the list it stands in
("Среди них — 6 литовцев") or of the sentence before; with none at all it is not a figure.
"""

from __future__ import annotations

import re
from fractions import Fraction

from vigil.extract.core.figures import merge_breakdown
from vigil.extract.figures import RawFigure, nearest_category
from vigil.extract.slavic.lexicon import Lexicon
from vigil.extract.slavic.numerals import MANY, NUMBER, parse_number
from vigil.model import Qualifier

__all__ = ["FigureFinder"]

_ADJ = r"(?:[а-яёіў-]+(?:ых|их|іх|ые|ие|ыя|ія|ым|им|ім|ымі|імі|ыми|ими)\s+)"
# A count in the dative or instrumental ("двоим активистам устроили досмотр") is no headline
# count of people.
_OBLIQUE = re.compile(r"(?:ам|ям|ами|ями|амі|ямі)$")
# "Число политзаключённых выросло до 1500", "Палітвязняў у Беларусі — 1452": the noun first.
_CORE = (
    r"политзаключ[её]нн\w+|политических\s+заключ[её]нн\w+|палітвязн\w+|палітычных\s+вязняў|"
    r"задержанн\w+|затрыман\w+|помилованн\w+|памілаван\w+|освобожд[её]нн\w+|вызвален\w+|"
    r"осужд[её]нн\w+|асуджан\w+"
)
_LINK = (
    r"(?:[—–:]\s*|(?:составляет|составило|составил|составила|выросло\s+до|выросла\s+до|"
    r"вырос\s+до|увеличилось\s+до|достигло|достигла|достиг|превысило|превысила|превысил|"
    r"сягнула|дасягнула|дасягнуў|павялічылася\s+да|павялічыўся\s+да|вырасла\s+да|вырас\s+да|"
    r"перавысіла|перавысіў|складае|склала|сейчас|цяпер|зараз|уже|ужо|всего|усяго)\s+)"
)
_MORE = re.compile(r"превыс|перавыс", re.IGNORECASE)
_CATEGORY_OF = [("задерж", "detained"), ("затрым", "detained"), ("помил", "pardoned"),
                ("паміл", "pardoned"), ("освобо", "released"), ("вызвал", "released"),
                ("осужд", "convicted"), ("асудж", "convicted")]  # fmt: skip
# Nouns that count prisoners whatever the sentence says: they may take the category of the
# sentence before ("52 заключённых пересекли границу"), where "человек" may not.
_PRISONERS = re.compile(
    r"(?:полит)?заключ|узник|задерж|арест|осужд|помил|освобожд|палітвязн|вязн|зняволен|затрым|"
    r"арышт|асудж|паміл|вызвал",
    re.IGNORECASE,
)
# "пополнился пятью именами": a list grows by names, counted in the instrumental.
_NAMES_COUNT = frozenset(["именами", "фамилиями", "імёнамі", "прозвішчамі", "людям", "людзям"])
_LIST_START = re.compile(r"^\W*(?:[Сс]реди\s+них|[Ии]з\s+них|[Вв]\s+том\s+числе|[Сс]ярод\s+іх|"
                         r"[Зз]\s+іх|[Уу]\s+тым\s+ліку)\b")  # fmt: skip


# "123 палітвязняў, якіх вызвалілі": a relative clause says what happened to the people
# counted; its comma does not end the count's clause.
_RELATIVE = re.compile(r",(?=\s*(?:якіх|якія|якім|якімі|которых|которые|которым|которыми)\b)")
# "Цяпер іх у Беларусі 187", "Сейчас их — 1200": a total of the people the sentence before
# named, counted by a pronoun.
_THEIR_TOTAL = re.compile(
    rf"(?<![\w-])(?:[Цц]япер|[Зз]араз|[Уу]сяго|[Сс]ейчас|[Тт]еперь|[Вв]сего)\s+(?:іх|их)\s+"
    rf"(?:(?:у|ў|в|во)\s+[А-ЯЁІЎ][\w-]*\s+)?(?:[—–:]\s*)?(?P<n>{NUMBER})(?![\w,.-]?\d)(?!-)"
    rf"(?!\s*(?:год|гад|лет|%|процент|працэнт|раз|[а-яёіў]+))"
)
# "колькасць скарацілася да 897 чалавек": "да" after a change says where it came to.
_CHANGED_TO = re.compile(
    r"(?<![\w-])(?:скарац|зменшы|вырас|павялічы|узрос|сократ|уменьш|вырос|увелич|возрос|снизил)"
    r"\w*\s+$",
    re.IGNORECASE,
)
# "пяцёх з сямі актывістаў", "троих из пяти задержанных": a part of a count, said first.
_PART_OF = re.compile(rf"(?<![\w№.,-])(?P<n>{NUMBER})\s+(?:з|из)\s+$", re.IGNORECASE)
_SOURCE = re.compile(r"(?<![\w-])(?:[Пп]о\s+словам|[Пп]а\s+словах|[Сс]о\s+слов)\s+[^,.;:]{1,60},")


class FigureFinder:
    """Figures sentence by sentence, remembering the categories of the sentences before."""

    inside = 1  # how far away a category word in the counted noun itself stands

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        qual = "|".join(f"(?P<{name}>{p})" for name, p in lex.qualifiers)
        self.pattern = re.compile(
            rf"\b(?:(?<![\w-])(?:{qual}),?\s+(?:(?:пра|аб|про|о|об)\s+)?)?(?<![\w№.,-])"
            rf"(?P<n>{NUMBER})(?:-(?:ти|ці|ци|х|ох|ух|ми|мі|мю|м|ю))?"  # "30-ти", "78-м"
            rf"\s+{_ADJ}{{0,2}}"
            rf"(?P<noun>{lex.people_nouns})(?![\w-])",
            re.IGNORECASE,
        )
        self.reverse = re.compile(
            rf"\b(?<![\w-])(?P<noun>{_CORE})\s+(?:[\w-]+\s+){{0,5}}?(?P<link>{_LINK}+)"
            rf"(?:(?:{qual.replace('?P<', '?P<r')})\s+)?(?P<n>{NUMBER})(?![\w,.-]?\d)(?!-)"
            rf"(?!\s*(?:год|гад|лет|%|процент|працэнт|раз|[а-яёіў]+\s+\d))",
            re.IGNORECASE,
        )
        self.breakdown = re.compile(
            rf"\b(?<![\w-])(?P<a>{NUMBER})\s+(?P<an>женщин\w*|мужчин\w*|несовершеннолетн\w*|"
            rf"иностран\w*|жанчын\w*|мужчын\w*|непаўналетн\w*|замежн\w*)\s+(?:и|і)\s+"
            rf"(?P<b>{NUMBER})\s+(?P<bn>женщин\w*|мужчин\w*|несовершеннолетн\w*|иностран\w*|"
            rf"жанчын\w*|мужчын\w*|непаўналетн\w*|замежн\w*)",
            re.IGNORECASE,
        )
        self.previous: str | None = None  # category of the last figure
        self.context: str | None = None  # category word of the last sentence that had one

    def _category(self, sentence: str, start: int, end: int) -> tuple[str, str] | None:
        """The category word nearest the number phrase (verbs before "political
        prisoners"); another category word inside the phrase is one character away."""
        # "По словам освобожденных, …": the source of the report names no category
        plain = _SOURCE.sub(lambda m: " " * len(m.group(0)), sentence)
        plain = _RELATIVE.sub(" ", plain)
        return nearest_category(
            self.lex.categories, plain, start, end, inside_other=self.inside, same_clause=True
        )

    def _takes_context(self, sentence: str, noun: str) -> bool:
        """Whether a count with no category word of its own takes the sentence before's."""
        return bool(_PRISONERS.match(noun))

    def _last_category(self, sentence: str) -> str | None:
        """The category of the sentence for the one after it: its last category word,
        "political prisoners" only when there is no other."""
        best: tuple[int, int, str] | None = None
        for name, pattern in self.lex.categories:
            for m in pattern.finditer(sentence):
                key = (name != "political_prisoners_held", m.end(), name)
                if best is None or key > best:
                    best = key
        return best[2] if best else None

    def find(self, sentence: str, offset: int) -> list[RawFigure]:
        found: list[RawFigure] = []
        for m in self.pattern.finditer(sentence):
            number = m.group("n")
            value = parse_number(number)
            n_start = m.start("n")
            part = _PART_OF.search(sentence, 0, m.start())
            if part and value is not None:
                # "вызвалілі пяцёх з сямі актывістаў": the count is of the five
                number, value = part.group("n"), parse_number(part.group("n"))
                n_start = part.start("n")
            qualified = any(m.group(name) for name, _ in self.lex.qualifiers)
            if value is None and qualified and number.lower() in MANY:
                value = Fraction(MANY[number.lower()])  # "более тысячи", "звыш сотні": one
            if value is None or value.denominator != 1 or value < 2:
                continue
            if re.fullmatch(r"(?:19|20)\d\d", number):
                continue  # a year
            head = sentence[max(0, m.start("n") - 14) : m.start("n")]
            if re.search(r"(?:№|N|ст\.|ч\.|арт\.|номер|нумар)\s*$", head, re.IGNORECASE):
                continue
            noun = m.group("noun")
            if _OBLIQUE.search(noun.lower()) and noun.lower() not in _NAMES_COUNT:
                continue
            qualifier = Qualifier.EXACT
            for name, _ in self.lex.qualifiers:
                if m.group(name):
                    qualifier = Qualifier(name)
            if qualifier is Qualifier.UP_TO and _CHANGED_TO.search(sentence, 0, m.start()):
                qualifier = Qualifier.EXACT  # "скарацілася да 897": the count it came to
            cat = self._category(sentence, n_start, m.end())
            if (
                _LIST_START.match(sentence)
                and self.previous
                and (cat is None or cat[0] == "political_prisoners_held")
            ):
                category, word = self.previous, "the list it stands in"
            elif cat is None:
                if self.context is None or not self._takes_context(sentence, noun):
                    continue  # "около 150 человек ждали": a count of someone, of nothing here
                category, word = self.context, "the sentence before"
            else:
                category, word = cat
            if (
                category == "other"
                and self.lex.total.search(sentence)
                and not self.lex.new.search(sentence[max(0, m.start("n") - 12) : m.start("n")])
            ):
                category, word = "political_prisoners_held", "a total of those recognized"
            self.previous = category
            found.append(RawFigure(
                value=int(value), qualifier=qualifier, category=category,
                start=m.start() + offset, end=m.end() + offset, of_whom=noun.lower(),
                reason=f'count of people "{m.group(0)[:50]}", category from "{word}"',
                breakdown={}))  # fmt: skip
        found += self._reversed(sentence, offset, found)
        found += self._their_total(sentence, offset, found)
        self._breakdowns(sentence, offset, found)
        self.context = found[-1].category if found else self._last_category(sentence)
        return found

    def _reversed(self, sentence: str, offset: int, found: list[RawFigure]) -> list[RawFigure]:
        out: list[RawFigure] = []
        for m in self.reverse.finditer(sentence):
            if any(f.start <= m.start("n") + offset < f.end for f in found):
                continue
            value = count_of(m.group("n"))
            if value is None:
                continue
            noun = m.group("noun").lower()
            category = next((c for stem, c in _CATEGORY_OF if noun.startswith(stem)),
                            "political_prisoners_held")  # fmt: skip
            qualifier = Qualifier.MORE_THAN if _MORE.search(m.group("link")) else Qualifier.EXACT
            for name, _ in self.lex.qualifiers:
                if m.group("r" + name):
                    qualifier = Qualifier(name)
            self.previous = category
            out.append(RawFigure(
                value=int(value), qualifier=qualifier, category=category,
                start=m.start() + offset, end=m.end() + offset, of_whom=noun,
                reason=f'count of people "{m.group(0)[:50]}", category from "{noun}"',
                breakdown={}))  # fmt: skip
        return out

    def _their_total(self, sentence: str, offset: int, found: list[RawFigure]) -> list[RawFigure]:
        """ "Цяпер іх у Беларусі 187": the people of the sentence before, counted as a total;
        recognized or held there, the count is of those held now."""
        out: list[RawFigure] = []
        for m in _THEIR_TOTAL.finditer(sentence):
            value = count_of(m.group("n"))
            if self.context is None or value is None:
                continue
            if any(f.start <= m.start("n") + offset < f.end for f in found):
                continue
            category = self.context
            if category == "other":
                category = "political_prisoners_held"
            self.previous = category
            out.append(RawFigure(
                value=value, qualifier=Qualifier.EXACT, category=category,
                start=m.start() + offset, end=m.end() + offset, of_whom="",
                reason=f'a total "{m.group(0)[:50]}" of the people of the sentence before',
                breakdown={}))  # fmt: skip
        return out

    def _breakdowns(self, sentence: str, offset: int, found: list[RawFigure]) -> None:
        for b in self.breakdown.finditer(sentence):
            first, second = parse_number(b.group("a")), parse_number(b.group("b"))
            if first is None or second is None:
                continue
            parts = {_part(b.group("an")): int(first), _part(b.group("bn")): int(second)}
            merge_breakdown(found, b.start() + offset, b.end() + offset, parts)


def count_of(number: str) -> int | None:
    """A number written in a text as a count of people: whole, two or more, and not a year
    ("2020")."""
    value = parse_number(number)
    if value is None or value.denominator != 1 or value < 2:
        return None
    if re.fullmatch(r"(?:19|20)\d\d", number):
        return None
    return int(value)


def _part(word: str) -> str:
    low = word.lower()
    for stem, name in (("женщ", "women"), ("жанч", "women"), ("мужч", "men"),
                       ("несоверш", "minors"), ("непаўн", "minors"), ("иностр", "foreigners"),
                       ("замеж", "foreigners")):  # fmt: skip
        if low.startswith(stem):
            return name
    return low
