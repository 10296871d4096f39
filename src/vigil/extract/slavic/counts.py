"""Figure rules of ``ru.v2`` / ``be.v2`` on top of ``figures.FigureFinder``.

Three readings the v1 finder misses, each said in the figure's reason: a count said
after a dash with no verb of its own ("памілаваў 37 чалавек, 16 жніўня — 30 чалавек")
takes the category of the count before it in the sentence; a count of people described
by age, health or children ("17 чалавек маюць хранічныя захворванні", "дзевяць
памілаваных — старэйшыя за 50 гадоў") is a demographic sub-count, category ``other`` as
the annotation rules say; and "8 жанчын і 24 мужчыны" in the sentence after a count of 32
is that count's breakdown, whatever the parts' own words.
"""

from __future__ import annotations

import re

from vigil.extract.figures import RawFigure, nearest_category
from vigil.extract.slavic.figures import _OBLIQUE, FigureFinder, _part, count_of
from vigil.extract.slavic.lexicon import Lexicon
from vigil.extract.slavic.nlp import morph
from vigil.extract.slavic.numerals import NUMBER, parse_number
from vigil.extract.slavic.terms import term_of
from vigil.model import Qualifier

__all__ = ["COUNTED", "CountFinder", "animate"]

_DEMOGRAPHIC = re.compile(
    r"(?<![\w-])(?:хроническ\w*|хранічн\w*|заболевани\w*|захворванн\w*|болезн\w*|хвароб\w*|"
    r"инвалид\w*|інвалід\w*|дет(?:и|ей|ьми)|дзец(?:і|ям|ьмі)|дзяцей|многодетн\w*|шматдзетн\w*|"
    r"пенсионер\w*|пенсіянер\w*|старше|старэйш\w*|младше|маладзейш\w*|несовершеннолетн\w*|"
    r"непаўналетн\w*|беременн\w*|цяжарн\w*)(?![\w-])"
    # an age, not a term: "19 человек — до 40 лет", "старэйшыя за 60 гадоў"
    r"|(?<![\w-])(?:до|от|за|старше|младше|моложе)\s+\d{2}\s+(?:лет|гадоў)(?![\w-])"
    r"(?!\s+(?:лишени|колони|заключени|тюрьм|пазбаўленн|калоні|зняволенн))",
    re.IGNORECASE,
)
# "число политзаключенных увеличилось на 82 человека": a change in a count is ``other``.
_CHANGE = re.compile(
    r"(?<![\w-])(?:увелич|уменьш|сократ|вырос|возрос|снизил|павялічы|зменшы|скарацi|скараці|"
    r"вырас)\w*\s+(?:[\w-]+\s+){0,2}?на\s+(?:(?:более|почти|около|больш\s+за|амаль)\s+)?$",
    re.IGNORECASE,
)
# "признал виновными семерых … и приговорил к различным срокам": the verdict gave terms.
_SENTENCED_TOO = re.compile(r"(?<![\w-])(?:приговорил\w*|прысудзі\w*|засудзі\w*)\s+"
                            r"(?:[\w-]+\s+){0,3}?(?:к|да)\s", re.IGNORECASE)  # fmt: skip
# "11 из них имеют несовершеннолетних детей": a count of the group named before, with no
# people noun of its own.
_OF_THEM = re.compile(
    rf"(?<![\w№.,-])(?P<n>{NUMBER})\s+(?:из|з)\s+(?:них|іх|[а-яёіў]+(?:нных|ных|ных|тых))"
    rf"(?![\w-])|(?<![\w-])(?:из|з)\s+(?:них|іх|которых|якіх)\s+(?P<n2>{NUMBER})(?![\w,.-]?\d)",
    re.I,
)
# "…, в Петербурге — 21", "…, у Гомелі — 21", "из 54 задержанных 12 —": a count whose noun
# is the one of the count before it.
_BARE = re.compile(
    rf"(?:,\s*(?:а\s+)?(?:в|во|у|ў)\s+[А-ЯЁІЎ][\w-]*(?:\s+[\w-]+)?\s+[—–]\s+"
    rf"|(?<![\w-])(?:из|з)\s+(?:{NUMBER})\s+[а-яёіў]+\s+)(?P<n>{NUMBER})"
    rf"(?![\w,.-]?\d)(?!\s*(?:год|гад|лет|%|процент|працэнт|раз|[а-яёіў]+\s+\d))"
    # the place after: "– 789 – в Москве,  467 – в Санкт-Петербурге"
    rf"|,\s*(?P<n2>\d[\d\s]*?)\s+[—–]\s+(?:в|во|у|ў)\s+(?-i:[А-ЯЁІЎ])",
    re.IGNORECASE,
)
# "У Гомельскай вобласці – 16, Менскай – 13": a place (a capitalised word, a region word
# after it) and a count after a dash, in a list.
_PLACE_COUNT = re.compile(
    r"(?:^|[,;:]\s*|\s)(?:(?:у|ў|в|во)\s+)?(?-i:[А-ЯЁІЎ][а-яёіў-]+)(?:\s+(?:вобласць|вобласці|"
    r"область|области|раён|раёне|район|районе))?\s+[—–]\s+(?P<n>\d{1,5})(?![\w,.-]?\d)"
    r"(?=\s*(?:[,;.]|$))",
    re.IGNORECASE,
)
# "Задержали 15 человек. 11 впоследствии отпустили, четырех арестовали": a count with its
# noun left out, the people of the count before, and a verb of its own.
_COUNT_VERB = re.compile(
    rf"(?:^|[,;]\s*|\s[—–]\s*)(?P<n>{NUMBER})\s+(?:(?:впоследствии|позже|позднее|затем|потом|"
    rf"сразу|уже|также|пазней|потым|затым|адразу|ужо|таксама)\s+)?"
    rf"(?P<v>[а-яёіў]+(?:ли|лі|ны|ныя|ены))(?![\w-])",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[,;.:()«»]|\s(?:и|і|а|но|але)\s")
# A break between clauses ("…, а 11 из них задержали", "… – задержаны 20 человек").
_BREAK = re.compile(r"[,;]\s|\s[—–]\s")
# "с 362 до 420 человек", "з 807 да 1198": the start of a change, right before its end
_AND_BEFORE = re.compile(rf"(?<![\w№.,-])(?P<n>{NUMBER})\s+(?:и|і)\s+$", re.IGNORECASE)
_FROM = re.compile(rf"(?<![\w-])[СсЗз]о?\s+(?P<n>{NUMBER})\s+(?:(?:до|да)\s+)?$")
# "…, 15 в Новосибирске и 11 в Екатеринбурге", "а 64 — по политическим мотивам": a count
# after a comma or "и"/"а", then a dash or a place, and no noun of its own
_ELIDED = re.compile(
    rf"(?:[,;]|\s(?:и|а|і))\s+(?:(?:в\s+том\s+числе|у\s+тым\s+ліку)\s+)?"
    rf"(?:(?:еще|ещё|яшчэ)\s+)?(?<![\w№.,-])(?P<n>{NUMBER})"
    rf"(?=\s*[—–-]\s+(?:по|на|в|во|за|у|ў|к|да|из|з)\s|\s+(?:в|во|у|ў)\s+(?-i:[А-ЯЁІЎ]))"
    # "7 ноября он помиловал 31 человека, 20 ноября — еще 32": a dash, the count, the end
    rf"|,\s*[^,;—–]{{1,30}}?\s[—–]\s+(?:(?:еще|ещё|яшчэ)\s+)?(?P<n2>{NUMBER})(?=\s*(?:[.,;)]|$))",
    re.IGNORECASE,
)
_MOST = re.compile(r"\W*(?:[Бб]ольше\s+всего|[Бб]ольш\s+за\s+ўсё|[Бб]ольш\s+за\s+ўсіх)\b")
# "…, которые вышли на свободу": a relative clause right after the count
_RELATIVE = re.compile(r"\s*,\s*(?:которые|которых|кто|что|якія|якіх)\s+([^,;.]{1,60})", re.I)
_NOT_PEOPLE = re.compile(r"\s*(?:год|гад|лет|сут|дн|дзён|мес|час|%|процент|працэнт|раз\b)",
                         re.IGNORECASE)  # fmt: skip
_NAMES = re.compile(r"(?:имен|имён|фамили|імён|прозвішч)", re.IGNORECASE)
# the people whose names are counted, in the genitive right after ("фамилий задержанных")
_OF_PEOPLE = re.compile(
    r"\s+(?:задержанн|арестованн|осужд[её]нн|помилованн|освобожд[её]нн|"
    r"затрыман|арыштаван|асуджан|памілаван|вызвален)\w*",
    re.IGNORECASE,
)
# Russian: a count before a noun the word lists do not hold ("четверых крымских татар",
# "пятеро анархистов", "восемь волонтеров-наблюдателей"), a people noun by its morphology
# (animate, not a name); a collective numeral with no noun ("девятерых из них задержали");
# a count of arrests or detentions ("о 22 фактах задержания", "шести административных
# арестах"), a count of those arrested.
_ADJ_RU = r"(?:[а-яё-]+(?:ых|их|ые|ие|ым|им|ыми|ими)\s+)"
COUNTED = re.compile(
    rf"(?<![\w№.,-])(?P<n>{NUMBER})\s+(?:(?:еще|ещё)\s+)?(?:{_ADJ_RU}(?:и\s+)?){{0,3}}"
    rf"(?P<noun>[а-яё]+)(?:-[а-яё]+)?(?![\w-])",
    re.IGNORECASE,
)
_COLLECTIVE = re.compile(
    r"(?<![\w-])(?P<n>двое|двоих|трое|троих|четверо|четверых|пятеро|пятерых|шестеро|шестерых|"
    r"семеро|семерых|восьмеро|восьмерых|девятеро|девятерых|десятеро|десятерых)(?![\w-])",
    re.IGNORECASE,
)
_ARRESTS = re.compile(r"(?:факт\w*\s+)?(?:задержани(?:й|я|ях|ями)|арест(?:ов|а|ах|ами))$", re.I)


class CountFinder(FigureFinder):
    """``FigureFinder`` with the v2 readings; ``find`` is called sentence by sentence."""

    # A category word in the counted noun itself ("500 осуждённых", "20 задержанных")
    # stands this many characters away: a verb closer than that governs the count
    # ("помиловал более 500 осуждённых", "освободили 20 задержанных").
    inside = 16

    def __init__(self, lex: Lexicon) -> None:
        super().__init__(lex)
        self.last: list[RawFigure] = []  # the figures of the sentence before
        self.recent: list[list[RawFigure]] = []  # the figures of the last three sentences
        # a count of people, not a day ("…, а 3 ліпеня на волю выйшлі 18")
        self.later_count = re.compile(
            rf"(?<![\w№.,-])(?:{NUMBER})\s+(?:[\w-]+\s+)?(?:(?:из|з)\s+(?:них|іх)|"
            rf"(?:{lex.people_nouns}))(?![\w-])",
            re.IGNORECASE,
        )

    def find(self, sentence: str, offset: int) -> list[RawFigure]:
        found = super().find(sentence, offset)
        for f in found:
            if (_NAMES.match(f.of_whom) and f.category not in ("other", "political_prisoners_held")
                    and not _OF_PEOPLE.match(sentence, f.end - offset)):  # fmt: skip
                # "список включает 164 имени": names count a list, whatever else is said,
                # unless the names are of people the next word says ("прозвішчаў затрыманых")
                f.category = "political_prisoners_held"
                f.reason += "; names counted: the count of a list"
        pardon = next((p for name, p in self.lex.categories if name == "pardoned"), None)
        for f in found:
            at = f.start - offset
            lo = max((m.end() for m in _CLAUSE.finditer(sentence, 0, at)), default=0)
            if f.category == "released" and pardon and pardon.search(sentence, lo, f.end - offset):
                # "по помилованию были освобождены 569 человек": freed by a pardon
                f.category = "pardoned"
                f.reason += "; freed by the pardon of its sentence: pardoned"
        found += self._ranges(sentence, offset, found)
        found += self._of_them(sentence, offset, found)
        if self.lex.language == "ru":
            found += self._loose(sentence, offset, found)
        termed = term_of(sentence)[0] is not None or bool(_SENTENCED_TOO.search(sentence))
        for f in found:
            if f.category == "convicted" and termed:
                # "асудзіў чатырох … да 5 гадоў": a verdict with a term is a sentence
                f.category = "sentenced"
                f.reason += "; the sentence gives a term: sentenced"
        found.sort(key=lambda f: f.start)
        for i, f in enumerate(found):
            at = f.start - offset
            lo = max((m.end() for m in _CLAUSE.finditer(sentence, 0, at)), default=0)
            nxt = _CLAUSE.search(sentence, f.end - offset)
            hi = (
                nxt.start() if nxt and nxt.group(0).strip() not in {"", "и", "і"} else len(sentence)
            )
            clause = sentence[lo:hi]
            whole = re.search(r"(?:^|\s)(?:из|з)\s+$", sentence[max(0, at - 4) : at], re.I)
            if _DEMOGRAPHIC.search(clause) and f.category != "other" and not whole:
                # ("Из 54 задержанных 12 — несовершеннолетние": 54 is the whole)
                f.category = "other"
                f.reason += "; a demographic sub-count (age, health or children): other"
                continue
            if _CHANGE.search(sentence, 0, at) and f.category != "other":
                f.category = "other"
                f.reason += "; a change in a count: other"
                continue
            before = sentence[lo:at]
            if i and re.search(r"[—–]\s*$", before) and not self._said(before):
                f.category = found[i - 1].category
                f.reason += "; said after a dash with no verb: the category of the count before"
        found += self._parts(sentence, offset, found)
        found += self._coordinated(sentence, offset, found)
        found += self._elided(sentence, offset, found)
        found += self._by_place(sentence, offset, found)
        found += self._counted_by_verb(sentence, offset, found)
        self._breakdown_of_before(sentence, found)
        found = self._breakdown_of_earlier(found)
        self.last = found or self.last[:0]
        self.recent = [*self.recent, found][-3:]
        return found

    def _breakdown_of_earlier(self, found: list[RawFigure]) -> list[RawFigure]:
        """ "помиловал 25 политзаключенных. … из тюрем вышли 12 женщин и 13 мужчин": parts
        whose total is a count of the last three sentences are that count's breakdown, not
        a new count."""
        out: list[RawFigure] = []
        earlier = [f for figs in self.recent for f in figs]
        for f in found:
            if not f.breakdown:
                out.append(f)
                continue
            here = [g for g in found if g is not f and not g.breakdown and g.value == f.value]
            twin = next((e for e in reversed(earlier) if e.value == f.value), None)
            if here:  # "помиловал 30 политзеков — 14 женщин и 16 мужчин": one count
                if here[0].category == "other" and f.category != "other":
                    here[0].category = f.category  # the verb's, not the demographic words'
                    here[0].reason += f"; its parts: the category {f.category}"
                here[0].breakdown = dict(f.breakdown)
                here[0].reason += f"; breakdown {f.breakdown}"
            elif twin is not None and twin.breakdown in ({}, f.breakdown):
                twin.breakdown = dict(f.breakdown)  # a repeated breakdown is said once
                twin.reason += f"; breakdown {f.breakdown} from a sentence after"
            else:
                out.append(f)
        return out

    def _category(self, sentence: str, start: int, end: int) -> tuple[str, str] | None:
        """As the v1 finder, but a participle set off after the count ("помиловал 25
        человек, осужденных по …") describes the people: the verb before gives the category
        where there is one."""
        cat = super()._category(sentence, start, end)
        tail = sentence[end : end + 80]
        rel = _RELATIVE.match(tail)
        if rel and (cat is None or cat[0] == "political_prisoners_held"):
            # "о 18 политзаключенных, которые вышли на свободу": the relative clause says
            # what happened to the people counted
            own = nearest_category(self.lex.categories, rel.group(1), 0, 0)
            if own is not None and own[0] != "political_prisoners_held":
                return own
        if cat is None:
            return None
        word = re.escape(cat[1].lower())
        if re.match(rf"\s*,\s*(?:[\w-]+\s+)?{word}", tail.lower()):
            before = nearest_category(self.lex.categories, sentence[:end], start, end,
                                      inside_other=self.inside)  # fmt: skip
            if before is not None:
                return before
        if self._word_of_a_later_count(sentence, start, end, cat[1]):
            return None
        return cat

    def _word_of_a_later_count(self, sentence: str, start: int, end: int, word: str) -> bool:
        """Whether the category word after the count belongs to a later count of another
        clause ("допросили 14 журналистов, а 11 из них задержали", "пришли в дома 25
        крымских татар – задержаны 20 человек"): the count is of a verb of its own clause
        that names no category ("16 жніўня — 30 чалавек, а …" has none: it is elided)."""
        at = sentence.find(word, end)
        if at < 0:
            return False
        lo = max((m.end() for m in _BREAK.finditer(sentence, 0, start)), default=0)
        if not any(
            morph().parse(w.lower())[0].tag.POS in {"VERB", "PRTS"}
            for w in re.findall(r"[^\W\d_]+", sentence[lo:start])
        ):
            return False
        between = sentence[end:at]
        brk = _BREAK.search(between)
        if not brk:
            return False
        # the later count stands between, or right after the word ("– задержаны 20 человек")
        return bool(self.later_count.search(sentence, end + brk.end(), at + len(word) + 30))

    def _of_them(self, sentence: str, offset: int, found: list[RawFigure]) -> list[RawFigure]:
        """ "11 из них имеют …", "5 з іх …": a count of part of the group before, with the
        category of its clause's words (a demographic one: ``other``; none: not a figure)."""
        out: list[RawFigure] = []
        for m in _OF_THEM.finditer(sentence):
            value = parse_number(m.group("n") or m.group("n2"))
            if value is None or value.denominator != 1 or value < 2:
                continue
            if any(f.start < m.end() + offset and m.start() + offset < f.end for f in found):
                continue
            cat = self._category(sentence, m.start(), m.end())
            nxt = _CLAUSE.search(sentence, m.end())
            end = nxt.start() if nxt else len(sentence)
            if cat is None and _DEMOGRAPHIC.search(sentence, m.end(), end):
                cat = ("other", "a demographic sub-count")
            whole = [f for f in found + out if f.end <= m.start() + offset]
            if cat is None and whole:
                # "150 политзаключенных …, 99 из них – крымские татары": a part of the count
                # before takes its category
                last = max(whole, key=lambda f: f.end)
                cat = (last.category, "the count it is part of")
            if cat is None:
                continue
            category, word = cat
            qualifier = Qualifier.EXACT
            at = m.start("n") if m.group("n") else m.start("n2")
            for name, pattern in self.lex.qualifiers:
                # "Каля 2 тыс. з іх ужо выйшлі": the qualifier right before the number
                if re.search(
                    rf"(?<![\w-])(?:{pattern}),?\s+$", sentence[max(0, at - 24) : at], re.I
                ):
                    qualifier = Qualifier(name)
                    break
            out.append(RawFigure(
                value=int(value), qualifier=qualifier, category=category,
                start=m.start() + offset, end=m.end() + offset, of_whom="",
                reason=f'count of part of a group "{m.group(0)}", category from "{word}"',
                breakdown={}))  # fmt: skip
        return out

    def _loose(self, sentence: str, offset: int, found: list[RawFigure]) -> list[RawFigure]:
        """Russian counts of people the word lists miss, read by morphology; only with a
        category word in the count's own clause (a count of nothing here is no figure)."""
        out: list[RawFigure] = []
        taken = [(f.start - offset, f.end - offset) for f in found]
        for m in [*COUNTED.finditer(sentence), *_COLLECTIVE.finditer(sentence)]:
            at = m.start("n")
            if any(a <= at < b for a, b in taken) or any(
                f.start - offset <= at < f.end - offset for f in out
            ):
                continue
            value = count_of(m.group("n"))
            if value is None:
                continue
            head = sentence[max(0, at - 14) : at]
            if re.search(r"(?:№|N|\bст\.|\bч\.|\bномер|\bстать\w*|\bчаст\w*)\s*$", head, re.I):
                continue
            noun = m.groupdict().get("noun") or ""
            tail = sentence[m.end() : m.end() + 40]
            facts = noun.lower().startswith("факт") and re.match(r"\s+(?:задержани|арест)\w*", tail)
            arrests = bool(noun) and (bool(_ARRESTS.search(m.group(0).lower())) or bool(facts))
            if (
                noun
                and not arrests
                and (len(noun) < 3 or not animate(noun, int(value), oblique=True))
            ):
                if _COLLECTIVE.fullmatch(m.group("n")):
                    noun = ""  # "девятерых их них задержали": the numeral is the people
                else:
                    continue
            end = m.end() if noun else m.end("n")
            if arrests:
                category, word = "detained", (facts.group(0) if facts else noun).strip()
            else:
                cat = self._category(sentence, at, end)
                if cat is None:
                    continue
                category, word = cat
            if noun and _OBLIQUE.search(noun.lower()) and category != "sentenced":
                # "двум другим фигурантам продлили арест": no headline count; a verdict is
                # handed to people in the dative ("приговоры вынесены 102 человекам")
                continue
            qual = self._qualifier(sentence[max(0, at - 30) : at])
            self.previous = category
            out.append(RawFigure(
                value=int(value), qualifier=qual, category=category,
                start=m.start("n") + offset, end=end + offset, of_whom=noun.lower(),
                reason=(f'a count of arrests "{sentence[at:end][:50]}": of those arrested'
                        if arrests else f'count of people "{sentence[at:end][:50]}" '
                        f'(by morphology), category from "{word}"'),
                breakdown={}))  # fmt: skip
        return out

    def _qualifier(self, before: str) -> Qualifier:
        for name, pattern in self.lex.qualifiers:
            if re.search(rf"(?<![\w-])(?:{pattern})\s+$", before, re.IGNORECASE):
                return Qualifier(name)
        return Qualifier.EXACT

    def _parts(self, sentence: str, offset: int, found: list[RawFigure]) -> list[RawFigure]:
        """Counts that leave their noun out after a count that gives it: "в Петербурге — 21"
        after "задержали 54 человека" (the same category), and "из 54 задержанных 12 —
        несовершеннолетние" (a part: demographic words make it ``other``)."""
        out: list[RawFigure] = []
        taken = [(f.start - offset, f.end - offset) for f in found]
        for m in _BARE.finditer(sentence):
            key = "n" if m.group("n") else "n2"
            at = m.start(key)
            if any(a <= at < b for a, b in taken):
                continue
            before = [f for f in found if f.end - offset <= at]
            if not before:
                continue
            head = before[-1]
            value = parse_number(m.group(key))
            if value is None or value.denominator != 1 or value < 2:
                continue
            nxt = _CLAUSE.search(sentence, m.end())
            rest = sentence[m.end() : nxt.start() if nxt else len(sentence)]
            category, why = head.category, "the category of the count before"
            if _DEMOGRAPHIC.search(rest + " " + m.group(0)):
                category, why = "other", "a demographic sub-count"
            out.append(RawFigure(
                value=int(value), qualifier=Qualifier.EXACT, category=category,
                start=m.start(key) + offset, end=m.end() + offset, of_whom=head.of_whom,
                reason=f'a count with its noun left out "{m.group(0).strip()[:40]}": {why}',
                breakdown={}))  # fmt: skip
        return out

    def _takes_context(self, sentence: str, noun: str) -> bool:
        """ "Больше всего в Уфе – 54 человека": the count of the sentence before, by place."""
        return super()._takes_context(sentence, noun) or bool(_MOST.match(sentence))

    def _ranges(self, sentence: str, offset: int, found: list[RawFigure]) -> list[RawFigure]:
        """The first end of a change "с 362 до 420 человек" is a count of the same people
        (and "до 420" is where it ended, not a bound)."""
        out: list[RawFigure] = []
        for f in found:
            m = _FROM.search(sentence[: f.start - offset])
            value = count_of(m.group("n")) if m else None
            if m is None or value is None or value == f.value:
                continue
            if f.qualifier is Qualifier.UP_TO:
                f.qualifier = Qualifier.EXACT
            out.append(RawFigure(
                value=value, qualifier=Qualifier.EXACT, category=f.category,
                start=m.start("n") + offset, end=m.end("n") + offset, of_whom=f.of_whom,
                reason=f'the start of a change "{m.group(0).strip()} {f.value}": the '
                       "category of the count it changes to",
                breakdown={}))  # fmt: skip
        return out

    def _coordinated(self, sentence: str, offset: int, found: list[RawFigure]) -> list[RawFigure]:
        """ "задержано 16 и 19 человек соответственно": a bare number joined by "и" to a
        count shares its noun and category."""
        out: list[RawFigure] = []
        for f in found:
            m = _AND_BEFORE.search(sentence[: f.start - offset])
            value = count_of(m.group("n")) if m else None
            if m is None or value is None:
                continue
            out.append(RawFigure(
                value=value, qualifier=Qualifier.EXACT, category=f.category,
                start=m.start("n") + offset, end=m.end("n") + offset, of_whom=f.of_whom,
                reason=f'a number joined to the count "{f.value}" shares its noun and category',
                breakdown={}))  # fmt: skip
        return out

    def _elided(self, sentence: str, offset: int, found: list[RawFigure]) -> list[RawFigure]:
        """Counts that leave out the noun of a count before them in the sentence: "77
        задержали в Петербурге, 15 в Новосибирске и 11 в Екатеринбурге", "250 человек
        лишены свободы по религиозным мотивам, а 64 — по политическим"; the category of
        their own clause's words, else of the count before."""
        out: list[RawFigure] = []
        for m in _ELIDED.finditer(sentence):
            key = "n" if m.group("n") else "n2"
            at = m.start(key) + offset
            before = [f for f in found + out if f.end <= at]
            if not before or any(f.start <= at < f.end for f in found + out):
                continue
            value = count_of(m.group(key))
            if value is None or _NOT_PEOPLE.match(sentence, m.end(key)):
                continue
            last = max(before, key=lambda f: f.end)
            if at - last.end > 120:
                continue
            nxt = _CLAUSE.search(sentence, m.end(key))
            clause = sentence[m.start(key) : nxt.start() if nxt else len(sentence)]
            own = nearest_category(self.lex.categories, clause, 0, len(m.group(key)))
            category = own[0] if own and own[0] != "political_prisoners_held" else last.category
            out.append(RawFigure(
                value=value, qualifier=Qualifier.EXACT, category=category,
                start=at, end=m.end(key) + offset, of_whom=last.of_whom,
                reason=f'a count without its noun "{clause.strip()[:40]}": the people of '
                       f"the count before, category {category}",
                breakdown={}))  # fmt: skip
        return out

    def _by_place(self, sentence: str, offset: int, found: list[RawFigure]) -> list[RawFigure]:
        """ "У Гомельскай вобласці – 16, Менскай – 13, Гарадзенскай – 10", "Мінск – 77;
        Брэсцкая – 13": a list of places, each with a count, splits the count before (in
        this sentence or the ones just before) by region; each part is a count of its own
        in that count's category. Two places at least make a list."""
        taken = [(f.start - offset, f.end - offset) for f in found]
        items = [m for m in _PLACE_COUNT.finditer(sentence)
                 if not any(a <= m.start("n") < b for a, b in taken)]  # fmt: skip
        if len(items) < 2:
            return []
        earlier = [f for f in found if f.end - offset <= items[0].start("n")]
        earlier = earlier or [f for group in self.recent for f in group]
        if not earlier:
            return []
        head = earlier[-1]
        out: list[RawFigure] = []
        for m in items:
            value = count_of(m.group("n"))
            if value is None:
                continue
            out.append(RawFigure(
                value=value, qualifier=Qualifier.EXACT, category=head.category,
                start=m.start("n") + offset, end=m.end() + offset, of_whom=head.of_whom,
                reason=f'a count by place "{m.group(0).strip()[:40]}": the category of the '
                f"count before", breakdown={}))  # fmt: skip
        return out

    def _counted_by_verb(
        self, sentence: str, offset: int, found: list[RawFigure]
    ) -> list[RawFigure]:
        """ "11 впоследствии отпустили, четырех арестовали" after "Задержали 15 человек": a
        bare count before a verb of a category is a count of the same people, in the
        verb's category."""
        if not (found or self.last):
            return []
        out: list[RawFigure] = []
        taken = [(f.start - offset, f.end - offset) for f in found]
        for m in _COUNT_VERB.finditer(sentence):
            if any(a <= m.start("n") < b for a, b in taken):
                continue
            value = parse_number(m.group("n"))
            if value is None or value.denominator != 1 or value < 2:
                continue
            verb = m.group("v")
            cat = next((name for name, p in self.lex.categories if p.search(verb)), None)
            if cat is None:
                continue
            out.append(RawFigure(
                value=int(value), qualifier=Qualifier.EXACT, category=cat,
                start=m.start("n") + offset, end=m.end() + offset, of_whom="",
                reason=f'the people before, a verb of its own "{m.group(0).strip()}"',
                breakdown={}))  # fmt: skip
        return out

    def _said(self, text: str) -> bool:
        return any(p.search(text) for _, p in self.lex.categories)

    def _breakdown_of_before(self, sentence: str, found: list[RawFigure]) -> None:
        """Parts that add up to a count of the sentence before, with no count of their own
        here: that count's breakdown."""
        for b in self.breakdown.finditer(sentence):
            first, second = parse_number(b.group("a")), parse_number(b.group("b"))
            if first is None or second is None or found:
                continue
            total = int(first + second)
            twin = next((f for f in self.last if f.value == total and not f.breakdown), None)
            if twin is None:
                continue
            twin.breakdown = {_part(b.group("an")): int(first), _part(b.group("bn")): int(second)}
            twin.reason += f"; breakdown {twin.breakdown} from the sentence after"


def animate(word: str, value: int, oblique: bool = False) -> bool:
    """A noun for people by pymorphy2: animate, not a name, in the case a count of people
    takes ("пятеро анархистов", "двух девушек"; "три активиста"; with ``oblique`` also
    "102 человекам")."""
    for p in morph().parse(word.lower()):
        tag = p.tag
        if (
            tag.POS != "NOUN"
            or "anim" not in tag
            or {"Name", "Surn", "Patr", "Geox"} & set(tag.grammemes)
        ):
            continue
        if (
            "plur" in tag
            or (2 <= value % 10 <= 4 and "gent" in tag)
            or (oblique and word.lower().endswith(("ам", "ям", "ами", "ями")))
        ):
            return True
    return False
