"""Names in running Russian and Belarusian text, brought to the nominative with their gender.

Марии Колесниковой → Мария Колесникова (not Колесников: pymorphy2's ``normal_form`` drops
the gender, so we inflect the surname's own gendered reading); Тихановского →
Тихановский; Марыі Калеснікавай → Марыя Калеснікава; Сяргея Ціханоўскага → Сяргей
Ціханоўскі.

The given name decides gender and case: it is looked up in the East Slavic given-name
table of ``vigil.names`` after undoing its case ending. Russian surnames are then
inflected with pymorphy2 in that gender and case; Belarusian ones (no morphology library
reads Belarusian) with the ending table below.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from vigil.names import Case, NameForm
from vigil.names.given import given_groups, group_gender
from vigil.names.inflect import nominatives
from vigil.names.translit import phonemic

__all__ = [
    "context_gender",
    "dictionary_form",
    "given_name",
    "given_readings",
    "name_form",
    "variants",
]

# Male given names that end in -а/-я in the nominative.
_MALE_IN_A = frozenset(
    ["никита", "илья", "фома", "лука", "кузьма", "савва", "мікіта", "ілья", "ілля", "фама"]
)


# Given names whose stem changes with the case (a fleeting vowel): oblique form → nominative.
_IRREGULAR = {"павла": "Павел", "паўла": "Павел", "льва": "Лев", "пятра": "Пятро", "петра": "Петр",
              "павлу": "Павел", "паўлу": "Павел", "пятру": "Пятро", "петру": "Петр",
              "змітра": "Зміцер", "зьмітра": "Зьміцер", "змітру": "Зміцер", "зьмітру": "Зьміцер",
              "павле": "Павел", "паўле": "Павел", "павлом": "Павел", "паўлам": "Павел",
              "льве": "Лев", "львом": "Лев", "петре": "Петр", "петром": "Петр"}  # fmt: skip


@lru_cache(maxsize=8192)
def given_readings(word: str) -> tuple[tuple[str, str | None, str], ...]:
    """Every reading of ``word`` as a known given name in some case: (nominative,
    "male"/"female"/None, case), where case is "nom", "gen", "dat", "acc", "ins" or "loc"
    (a best guess from the ending). The nominative reading comes first."""
    if len(word) < 2 or not word[0].isupper():
        return ()
    low = word.lower()
    if low in _IRREGULAR:
        case = "gen" if low.endswith("а") else "loc" if low.endswith("е") else (
            "ins" if low.endswith("м") else "dat")  # fmt: skip
        return ((_IRREGULAR[low], "male", case),)
    forms = list(nominatives(word))
    for soft in (
        re.sub(r"(?<=[^аеёиіоуыэюяў])(?:я|ю|ем|і|е)$", "ь", word),  # Алеся → Алесь
        re.sub(r"(?<=[аеоэ])(?:я|ю|ем|і|е)$", "й", word),  # Андрэя → Андрэй
        re.sub(r"(?<=[^аеёиіоуыэюяў])(ам|ям)$", lambda m: m.group(1)[0], word),  # Мікітам
    ):
        if soft != word and soft not in forms:
            forms.append(soft)
    known = [(form, group_gender(groups)) for form in forms
             if (groups := given_groups(phonemic(form.lower())))]  # fmt: skip
    found: list[tuple[str, str | None, str]] = []
    for form, g in known:
        gender = {"m": "male", "f": "female"}.get(g or "")
        # A male name in -а/-я (Кірыла, Мікола, Никита) declines like a female one:
        # "Кірылу" is its accusative, not a dative.
        in_a = gender == "male" and form.lower().endswith(("а", "я")) and form != word
        case = _case(low, "female" if in_a else gender)
        if in_a and low.endswith(("ам", "ям")):
            case = "ins"  # "Мікітам": the instrumental of a male name in -а
        if form == word and case != "nom":
            if len(known) > 1:
                continue  # "Марыі" is read as Марыя by its sound; its nominative comes next
            case = "nom"  # "Артем", "Адам": no other reading, so a nominative in -ем, -ам
        found.append((form, gender, case))
    return tuple(found)


def given_name(word: str) -> tuple[str, str | None, str] | None:
    """The first reading of ``given_readings``, or None when ``word`` is no given name."""
    readings = given_readings(word)
    return readings[0] if readings else None


def _case(word: str, gender: str | None) -> str:
    if gender == "female":
        if word.endswith(("а", "я", "ь", "ў", "в")):
            return "nom"
        if word.endswith(("ай", "яй", "ой", "ей", "ёй", "ою", "ею", "аю", "яю")):
            return "ins"
        if word.endswith(("у", "ю")):
            return "acc"
        if word.endswith("е"):
            return "dat"
        return "gen"
    if word in _MALE_IN_A or not word.endswith(("а", "я", "у", "ю", "ом", "ем", "ём", "ам",
                                                "ям", "ым", "е", "і", "и")):  # fmt: skip
        return "nom"
    if word.endswith(("ом", "ем", "ём", "ам", "ям", "ым")):
        return "ins"
    if word.endswith(("у", "ю")):
        return "dat"
    if word.endswith(("е", "і", "и")):
        return "loc"
    return "gen"


def variants(word: str) -> frozenset[str]:
    """Lower-case nominative readings of one word (itself included), for matching mentions."""
    return _variants(word.lower())


@lru_cache(maxsize=16384)
def _variants(word: str) -> frozenset[str]:
    forms = set(nominatives(word.replace("ё", "е")))
    readings = given_readings(word.capitalize())
    forms.update(r[0].lower().replace("ё", "е") for r in readings)
    # A given name also reads as its group, so that its variants agree: "Мікола Статкевіч"
    # and "Мікалая Статкевіча" (the same man, as Belarusian news writes him both ways)
    forms.update("·" + g for r in readings for g in given_groups(phonemic(r[0].lower())))
    for form in list(forms):
        # Belarusian surnames in -оў/-аў/-еў decline on -ов-/-ав-/-ев- ("Сізову" → Сізоў),
        # and those in -ец lose the е ("Севярынца" → Севярынец)
        if re.search(r"[аое]в$", form):
            forms.add(form[:-1] + "ў")
        elif re.search(r"[^аеёиіоуыэюяўь]ц$", form):
            forms.add(form[:-1] + "ец")
    return frozenset(forms)


def dictionary_form(
    words: list[str], language: str, hint: str | None = None, said: str | None = None
) -> NameForm:
    """The name as the matcher reads it: the nominative of ``name_form`` marked as the
    dictionary form when a known given name anchored its case (or every word stands as
    written), with the gender the text shows (``said``: from a pronoun or a title, where
    the name shows none); else the name as written, its case left to the matcher."""
    written = " ".join(words)
    text, gender = name_form(words, language, hint)
    gender = gender or said
    anchored = any(given_readings(w) for w in words)
    if anchored or text == written:
        return NameForm(text, gender=gender, case=Case.NOM, written=written)
    return NameForm(written, gender=gender, case=None, written=written)


def name_form(words: list[str], language: str, hint: str | None = None) -> tuple[str, str | None]:
    """The name in the nominative and the gender the text shows (or None). ``hint`` is
    the gender of the word before the name, where it shows one ("мастака": male), to tell
    "Алеся Пушкіна" (Алесь Пушкін, genitive) from Алеся Пушкіна (nominative)."""
    if not words:
        return "", None
    if language == "ru" and all(re.fullmatch(r"[А-ЯЁа-яё-]+", w) for w in words):
        return _russian_cached(tuple(words), hint)
    given = [given_name(w) for w in words]
    anchor = next((g for g in given if g), None)
    return _belarusian(words, given, anchor, hint)


# The word before a name, in an oblique case, shows the person's gender: "мастака",
# "журналиста", "палітвязня", "политзаключенного" (male); "журналістку", "активистку",
# "политзаключенную" (female).
_MALE_BEFORE = re.compile(
    r"(?:ого|его|ага|яга|іста|иста|ера|ора|ака|ика|іка|ня|нца|ата|ёра|ому|аму|істу|исту|ню|нцу)$"
)
_FEMALE_BEFORE = re.compile(r"(?:ку|цу|ую|юю|ну|кі|ки|ой|ай)$")


def context_gender(word: str) -> str | None:
    """The gender an oblique descriptor before a name shows, or None."""
    low = word.lower()
    if len(low) < 4 or not low.isalpha() or low in {"около", "много", "всего", "того", "этого"}:
        return None
    if _FEMALE_BEFORE.search(low):
        return "female"
    return "male" if _MALE_BEFORE.search(low) else None


# -- Russian: pymorphy2 readings in the given name's gender and case ---------------------
_OC_CASE = {"nom": "nomn", "gen": "gent", "dat": "datv", "acc": "accs", "ins": "ablt",
            "loc": "loct"}  # fmt: skip


@lru_cache(maxsize=8192)
def _russian_cached(words: tuple[str, ...], hint: str | None) -> tuple[str, str | None]:
    from vigil.extract.slavic.nlp import morph

    analyzer = morph()
    readings = [[p for p in analyzer.parse(w) if _personal(p)] or list(analyzer.parse(w))
                for w in words]  # fmt: skip
    anchor = next((i for i, w in enumerate(words) if given_name(w)), None)
    keys: list[tuple[str, str]] = []
    pool = readings[anchor] if anchor is not None else [p for r in readings for p in r]
    for p in sorted(pool, key=lambda p: -p.score):
        for gender in _genders(p):
            key = (gender, p.tag.case or "nomn")
            if key not in keys:
                keys.append(key)
    table = given_readings(words[anchor]) if anchor is not None else ()
    wanted: list[tuple[str | None, str]] = [
        ({"male": "masc", "female": "femn"}.get(g or ""), _OC_CASE[c]) for _f, g, c in table
    ]

    sex = {"male": "masc", "female": "femn"}.get(hint or "")

    def rank(key: tuple[str, str]) -> tuple[bool, int, bool]:
        # the gender the word before shows, then the given-name table's reading (Дмитрия:
        # masc gent, not the rare femn nomn), then a reading as written
        order = wanted.index(key) if key in wanted else len(wanted)
        return (sex is not None and key[0] != sex, order, key[1] != "nomn")

    known = [(g, c) for g, c in wanted if g is not None]
    keys = list(dict.fromkeys(known + keys))
    keys.sort(key=rank)
    for gender, case in keys:
        chosen = [_reading(r, gender, case) for r in readings]
        if anchor is not None and (gender, case) in wanted:
            chosen[anchor] = chosen[anchor] or _TABLE  # the table knows it ("Насту")
        if any(c is None for c in chosen):
            continue
        out = [w if case == "nomn" or p is _TABLE else _inflected(w, p, gender)
               for w, p in zip(words, chosen, strict=True)]  # fmt: skip
        if anchor is not None and case != "nomn":
            sex = {"femn": "female", "masc": "male"}[gender]
            out[anchor] = next((f for f, g, _c in table if g == sex), out[anchor])
        # The gender is said only where a known given name or a gendered surname shows it,
        # never from pymorphy2's guess at an unknown word ("Наргес Мохаммади").
        sure = any(g is not None for _f, g, _c in table)  # Саша is either
        shown = {"femn": "female", "masc": "male"}.get(gender) if sure else None
        return " ".join(out), shown or _gender_of_surname(out[-1])
    return " ".join(words), None


_TABLE = object()  # a given name read from the table, not from pymorphy2


def _personal(p: Any) -> bool:
    tag = p.tag
    return bool({"Name", "Surn", "Patr"} & tag.grammemes) or tag.POS == "ADJF"


def _genders(p: Any) -> list[str]:
    if "ms-f" in p.tag.grammemes or ("Fixd" in p.tag.grammemes and p.tag.gender is None):
        return ["masc", "femn"]
    return [p.tag.gender] if p.tag.gender in {"masc", "femn"} else []


def _reading(readings: list[Any], gender: str, case: str) -> Any | None:
    for p in readings:
        fixed = "Fixd" in p.tag.grammemes or "ms-f" in p.tag.grammemes
        same_gender = fixed or p.tag.gender == gender
        if same_gender and (p.tag.case == case or fixed) and p.tag.number != "plur":
            return p
    return None


def _inflected(word: str, p: Any, gender: str) -> str:
    if "Fixd" in p.tag.grammemes:
        return word
    grams = {"Nom", "Sing", "Fem" if gender == "femn" else "Masc"}
    if p.tag.POS != "ADJF":
        grams = {"Nom", "Sing"}
    form = p.inflect(grams)
    return _cased(form.word, word) if form is not None else word


def _cased(form: str, like: str) -> str:
    if "ё" not in like.lower():
        form = form.replace("ё", "е")
    return "-".join(part[:1].upper() + part[1:] for part in form.split("-"))


# -- Belarusian: case endings by gender and case ----------------------------------------
# (ending, replacement); the longest ending that fits wins.
_BE_MALE = {
    "gen": [("скага", "скі"), ("цкага", "цкі"), ("зкага", "зкі"), ("ага", "ы"), ("ава", "аў"),
            ("йца", "яц"),
            ("ова", "оў"), ("ева", "еў"), ("ёва", "ёў"), ("іна", "ін"), ("ына", "ын"),
            ("кі", "ка"), ("гі", "га"), ("ца", "ец"), ("ы", "а"), ("і", "а"), ("а", "")],
    "dat": [("скаму", "скі"), ("цкаму", "цкі"), ("аму", "ы"), ("аву", "аў"), ("ову", "оў"),
            ("йцу", "яц"), ("ові", ""), ("еві", "ь"),
            ("еву", "еў"), ("іну", "ін"), ("ыну", "ын"), ("цу", "ец"), ("у", ""), ("ю", "ь")],
    "ins": [("скім", "скі"), ("цкім", "цкі"), ("ым", "ы"), ("авым", "аў"), ("овым", "оў"),
            ("йцам", "яц"),
            ("евым", "еў"), ("іным", "ін"), ("ыным", "ын"), ("цам", "ец"), ("ам", ""),
            ("ем", "ь")],
    "loc": [("скім", "скі"), ("цкім", "цкі"), ("ым", "ы"), ("аве", "аў"), ("ове", "оў"),
            ("іне", "ін"), ("цы", "ец"), ("е", ""), ("у", "")],
}  # fmt: skip
# A male given name in -а is genitive or accusative alike; a-stem surnames show the
# accusative in -у ("пра Віктара Бабарыку").
_BE_MALE["gen"] = _BE_MALE["acc"] = [*_BE_MALE["gen"], ("ку", "ка"), ("гу", "га"), ("у", "а")]
_BE_FEMALE = {
    "gen": [("авай", "ава"), ("овай", "ова"), ("евай", "ева"), ("ёвай", "ёва"), ("інай", "іна"),
            ("ынай", "ына"), ("ай", "ая"), ("ой", "ая"), ("кі", "ка"), ("гі", "га"),
            ("ы", "а"), ("і", "а")],
    "acc": [("аву", "ава"), ("ову", "ова"), ("еву", "ева"), ("іну", "іна"), ("ыну", "ына"),
            ("ую", "ая"), ("у", "а"), ("ю", "я")],
    "ins": [("авай", "ава"), ("овай", "ова"), ("евай", "ева"), ("інай", "іна"), ("ынай", "ына"),
            ("ай", "ая"), ("ой", "ая"), ("аю", "а"), ("ою", "а")],
}  # fmt: skip
_BE_FEMALE["dat"] = _BE_FEMALE["loc"] = _BE_FEMALE["gen"] + [("е", "а")]
_VOWELS = set("аеёиіоуыэюяў")
# Endings a lone surname shows whatever its case: adjectival forms.
_BE_ALONE = [("скага", "скі", "male"), ("цкага", "цкі", "male"), ("скаму", "скі", "male"),
             ("скую", "ская", "female"), ("цкую", "цкая", "female"), ("скай", "ская", "female"),
             ("цкай", "цкая", "female"), ("ского", "ский", "male"), ("цкого", "цкий", "male"),
             ("ской", "ская", "female"), ("цкой", "цкая", "female")]  # fmt: skip


def _belarusian(
    words: list[str],
    given: list[tuple[str, str | None, str] | None],
    anchor: Any,
    context: str | None = None,
) -> tuple[str, str | None]:
    if anchor is None:
        if len(words) == 1:
            low = words[0].lower()
            for end, repl, sex in _BE_ALONE:
                if low.endswith(end):
                    return words[0][: len(words[0]) - len(end)] + repl, sex
        return " ".join(words), _gender_of_surname(words[-1])
    first = next(i for i, g in enumerate(given) if g)
    hint = next((_hint(w) for i, w in enumerate(words) if i != first and _hint(w)), context)
    readings = given_readings(words[first])
    reading: tuple[str, str | None, str] = next(
        (r for r in readings if hint is None or r[1] == hint), anchor
    )
    gender, case = reading[1], reading[2]
    out: list[str] = []
    for i, word in enumerate(words):
        g = given_readings(word)
        if i == first:
            out.append(next((r[0] for r in g if r[1] == gender), g[0][0]))
        elif g and g[0][1] == gender and i < len(words) - 1:
            out.append(g[0][0])  # a second given name or patronymic-like token
        elif case == "nom" or gender is None:
            out.append(word)
        else:
            out.append(_be_surname(word, gender, case))
    return " ".join(out), gender or _gender_of_surname(out[-1])


def _hint(word: str) -> str | None:
    """The gender an oblique surname ending shows (Бяляцкаму: male; Калеснікавай: female)."""
    low = word.lower()
    if low.endswith(
        (
            "ага",
            "аму",
            "скі",
            "цкі",
            "ский",
            "цкий",
            "ого",
            "ому",
            "аў",
            "оў",
            "іча",
            "ічу",
            "ічам",
            "ыча",
            "ычу",
        )
    ):
        return "male"
    if low.endswith(("ай", "ую", "ая", "ой", "авай", "овай", "аву", "ову")):
        return "female"
    return None


def _be_surname(word: str, gender: str, case: str) -> str:
    rules = (_BE_FEMALE if gender == "female" else _BE_MALE).get(case, [])
    low = word.lower()
    if gender == "male" and re.search(r"[іы]ч(?:а|у|ам)$", low):
        return word[: -2 if low.endswith("ам") else -1]  # Лапцевічу, Лапцевіча: Лапцевіч
    if gender == "female" and low[-1:] not in _VOWELS and not low.endswith("й"):
        return word  # consonant-final women's surnames do not decline
    for end, repl in sorted(rules, key=lambda r: -len(r[0])):
        if low.endswith(end) and len(low) - len(end) >= 2:
            stem = word[: len(word) - len(end)]
            if repl == "" and stem[-1].lower() in _VOWELS:
                continue
            if repl == "" and re.search(r"[^аеёиіоуыэюяўй]к$", stem.lower()):
                stem = stem[:-1] + "ок"  # a fleeting vowel: Дзядка → Дзядок
            return stem + repl
    return word


def _gender_of_surname(word: str) -> str | None:
    low = word.lower()
    if low.endswith(("ская", "цкая", "ава", "ова", "ева", "іна", "ина", "ына", "ая")):
        return "female"
    if low.endswith(("скі", "цкі", "ский", "цкий", "аў", "оў", "еў", "ов", "ев", "ін", "ин")):
        return "male"
    return None
