"""A generated probe set for ``vigil.names.match``: an honest estimate on names no rule was
written from.

names-dev is saturated (its misses were fixed one by one), so this script makes its own
groups from a list of invented people (common Belarusian and Russian given names and
surnames of every paradigm) by GENERAL rules written here, independently of the matcher:

- case forms in Belarusian and Russian Cyrillic (genitive, dative, accusative,
  instrumental, prepositional) of given names (consonant, -й, -ь, -а/-я, -ія stems) and of
  surnames (-скі/-ский and -ская, -іч/-ич, -ка/-енко, -аў/-ов and -ава/-ова, -ін/-ин and
  -іна/-ина, adjectival -ы/-ый and -ая, consonant stems; feminine consonant surnames do
  not decline);
- romanisations of the nominative: Belarusian passport/BGN, Russian BGN/PCGN, ISO 9 and
  German; Łacinka of every Belarusian case form; Polish-Latin forms with Polish case
  endings (Mikoły Statkiewicza, Swiatłanie Cichanouskiej);
- diminutives and short forms of the given name (a table below, gender-aware), initials,
  surname first, and surname-only mentions (only where no relative shares the surname);

with hard negatives: husband and wife (-скі/-ская, -аў/-ава, -ы/-ая, -ік and -ка
surnames that do not change), father and son with one given name and other patronymics,
siblings (one surname, other given names, a shared short form such as Sasha), and one
given name with a near surname (Kazlou / Kazlouski).

It prints P/R/F1 the way ``score_names.py`` counts them (every pair inside a group, every
pair across a must_not_match link, a seeded sample of other pairs), the hard-negative
merges, and recall per variant kind, and can write the groups as JSON lines:

    .venv/bin/python bench/names_probe.py [--out probe.jsonl] [-v] [--kind dim]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from vigil.names import match

# --------------------------------------------------------------------------- people


@dataclass(frozen=True)
class Person:
    id: str
    gender: str
    given: tuple[str, str]  # (be, ru) nominative
    surname: tuple[str, str]  # (be, ru) nominative
    patronymic: tuple[str, str] | None = None
    family: str | None = None  # persons of one family share a surname: no surname-only
    must_not: tuple[str, ...] = ()


# fmt: off
PEOPLE = [
    # husband and wife
    Person("h1", "m", ("Андрэй", "Андрей"), ("Садоўскі", "Садовский"),
           family="sad", must_not=("h2",)),
    Person("h2", "f", ("Вольга", "Ольга"), ("Садоўская", "Садовская"),
           family="sad", must_not=("h1",)),
    Person("h3", "m", ("Ігар", "Игорь"), ("Лосік", "Лосик"), family="los", must_not=("h4",)),
    Person("h4", "f", ("Дар'я", "Дарья"), ("Лосік", "Лосик"), family="los", must_not=("h3",)),
    Person("h5", "m", ("Павел", "Павел"), ("Кавалёў", "Ковалёв"), family="kav", must_not=("h6",)),
    Person("h6", "f", ("Ніна", "Нина"), ("Кавалёва", "Ковалёва"), family="kav", must_not=("h5",)),
    Person("h7", "m", ("Юрый", "Юрий"), ("Чорны", "Чёрный"), family="cho", must_not=("h8",)),
    Person("h8", "f", ("Ганна", "Анна"), ("Чорная", "Чёрная"), family="cho", must_not=("h7",)),
    Person("h9", "m", ("Міхаіл", "Михаил"), ("Рудзін", "Рудин"), family="rud", must_not=("h10",)),
    Person("h10", "f", ("Ірына", "Ирина"), ("Рудзіна", "Рудина"), family="rud", must_not=("h9",)),
    # father and son: one given name, other patronymics
    Person("p1", "m", ("Пятро", "Пётр"), ("Кавальчук", "Ковальчук"), ("Іванавіч", "Иванович"),
           family="kch", must_not=("p2",)),
    Person("p2", "m", ("Пятро", "Пётр"), ("Кавальчук", "Ковальчук"), ("Пятровіч", "Петрович"),
           family="kch", must_not=("p1",)),
    Person("p3", "m", ("Мікалай", "Николай"), ("Дзядок", "Дедок"), ("Іосіфавіч", "Иосифович"),
           family="ded", must_not=("p4",)),
    Person("p4", "m", ("Аляксандр", "Александр"), ("Дзядок", "Дедок"), ("Мікалаевіч", "Николаевич"),
           family="ded", must_not=("p3",)),
    # mother and daughter
    Person("p5", "f", ("Таццяна", "Татьяна"), ("Карпенка", "Карпенко"),
           ("Мікалаеўна", "Николаевна"),
           family="kar", must_not=("p6",)),
    Person("p6", "f", ("Таццяна", "Татьяна"), ("Карпенка", "Карпенко"),
           ("Сяргееўна", "Сергеевна"),
           family="kar", must_not=("p5",)),
    # siblings: one surname, other given names (Sasha is short for both Aliaksandr/-dra)
    Person("s1", "m", ("Аляксандр", "Александр"), ("Кавалеўскі", "Ковалевский"),
           family="kvl", must_not=("s2", "s3")),
    Person("s2", "f", ("Аляксандра", "Александра"), ("Кавалеўская", "Ковалевская"),
           family="kvl", must_not=("s1", "s3")),
    Person("s3", "m", ("Аляксей", "Алексей"), ("Кавалеўскі", "Ковалевский"),
           family="kvl", must_not=("s1", "s2")),
    Person("s4", "m", ("Дзмітрый", "Дмитрий"), ("Казлоў", "Козлов"), family="kaz",
           must_not=("s5", "s6")),
    Person("s5", "m", ("Дзяніс", "Денис"), ("Казлоў", "Козлов"), family="kaz", must_not=("s4",)),
    # one given name, a near surname
    Person("s6", "m", ("Дзмітрый", "Дмитрий"), ("Казлоўскі", "Козловский"), family="kzs",
           must_not=("s4",)),
    Person("s7", "m", ("Сяргей", "Сергей"), ("Міхалевіч", "Михалевич"), family="mhl",
           must_not=("s8",)),
    Person("s8", "m", ("Сяргей", "Сергей"), ("Міхаленка", "Михаленко"), family="mhk",
           must_not=("s7",)),
    # people alone in the set (surname-only mentions are theirs)
    Person("a1", "m", ("Мікалай", "Николай"), ("Статкевіч", "Статкевич")),
    Person("a2", "m", ("Алесь", "Алесь"), ("Бяляцкі", "Беляцкий")),
    Person("a3", "f", ("Марыя", "Мария"), ("Калеснікава", "Колесникова")),
    Person("a4", "m", ("Уладзімір", "Владимир"), ("Лабковіч", "Лабкович")),
    Person("a5", "f", ("Наталля", "Наталья"), ("Хершэ", "Херше")),
    Person("a6", "m", ("Кастусь", "Константин"), ("Бандарэнка", "Бондаренко")),
    Person("a7", "f", ("Кацярына", "Екатерина"), ("Андрэева", "Андреева")),
    Person("a8", "m", ("Яўген", "Евгений"), ("Афнагель", "Афнагель")),
    Person("a9", "f", ("Анастасія", "Анастасия"), ("Лойка", "Лойко")),
    Person("a10", "m", ("Максім", "Максим"), ("Знак", "Знак")),
    Person("a11", "f", ("Святлана", "Светлана"), ("Карнілава", "Корнилова")),
    Person("a12", "m", ("Віктар", "Виктор"), ("Бабарыка", "Бабарико")),
    Person("a13", "m", ("Вячаслаў", "Вячеслав"), ("Рагашчук", "Рогащук")),
    Person("a14", "f", ("Ксенія", "Ксения"), ("Луцкіна", "Луцкина")),
    Person("a15", "m", ("Васіль", "Василий"), ("Верамейчык", "Веремейчик")),
    Person("a16", "f", ("Алена", "Елена"), ("Гнаўк", "Гнаук")),
    Person("a17", "m", ("Рыгор", "Григорий"), ("Кастусёў", "Костусев")),
    Person("a18", "f", ("Людміла", "Людмила"), ("Чэкіна", "Чекина")),
    Person("a19", "m", ("Зміцер", "Дмитрий"), ("Дашкевіч", "Дашкевич")),
    Person("a20", "f", ("Юлія", "Юлия"), ("Навальная", "Навальная")),
    Person("a21", "m", ("Валянцін", "Валентин"), ("Стэфановіч", "Стефанович")),
    Person("a22", "f", ("Паліна", "Полина"), ("Шарэнда-Панасюк", "Шаренда-Панасюк")),
]

# A second list, written before its misses were ever looked at and scored only as a
# whole (--people held): the estimate for names no rule here was fitted to.
HELD = [
    Person("x1", "m", ("Сцяпан", "Степан"), ("Жукоўскі", "Жуковский"),
           family="zhu", must_not=("x2",)),
    Person("x2", "f", ("Алена", "Елена"), ("Жукоўская", "Жуковская"),
           family="zhu", must_not=("x1",)),
    Person("x3", "m", ("Віталь", "Виталий"), ("Макаранка", "Макаренко"),
           family="mak", must_not=("x4",)),
    Person("x4", "m", ("Уладзіслаў", "Владислав"), ("Макаранка", "Макаренко"),
           family="mak", must_not=("x3",)),
    Person("x5", "m", ("Антон", "Антон"), ("Сарокін", "Сорокин"),
           family="sar", must_not=("x6",)),
    Person("x6", "f", ("Марына", "Марина"), ("Сарокіна", "Сорокина"),
           family="sar", must_not=("x5",)),
    Person("x7", "m", ("Леанід", "Леонид"), ("Грыневіч", "Гриневич"), ("Паўлавіч", "Павлович"),
           family="hry", must_not=("x8",)),
    Person("x8", "m", ("Леанід", "Леонид"), ("Грыневіч", "Гриневич"), ("Леанідавіч", "Леонидович"),
           family="hry", must_not=("x7",)),
    Person("x9", "m", ("Яўген", "Евгений"), ("Бародзіч", "Бородич"),
           family="bar", must_not=("x10",)),
    Person("x10", "f", ("Яўгенія", "Евгения"), ("Бародзіч", "Бородич"),
           family="bar", must_not=("x9",)),
    Person("x11", "m", ("Раман", "Роман"), ("Белы", "Белый"), family="bel", must_not=("x12",)),
    Person("x12", "f", ("Вераніка", "Вероника"), ("Белая", "Белая"),
           family="bel", must_not=("x11",)),
    Person("x13", "m", ("Уладзімір", "Владимир"), ("Волкаў", "Волков"),
           family="vol", must_not=("x14",)),
    Person("x14", "m", ("Уладзімір", "Владимир"), ("Волкаўскі", "Волковский"),
           family="vlk", must_not=("x13",)),
    Person("y1", "m", ("Ягор", "Егор"), ("Мартыновіч", "Мартынович")),
    Person("y2", "f", ("Ірына", "Ирина"), ("Шчасная", "Счастная")),
    Person("y3", "m", ("Аляксей", "Алексей"), ("Пушкароў", "Пушкарёв")),
    Person("y4", "f", ("Вольга", "Ольга"), ("Клімковіч", "Климкович")),
    Person("y5", "m", ("Андрэй", "Андрей"), ("Александровіч", "Александрович")),
    Person("y6", "f", ("Кацярына", "Екатерина"), ("Барысевіч", "Борисевич")),
    Person("y7", "m", ("Павел", "Павел"), ("Севярынец", "Севериниц")),
    Person("y8", "f", ("Надзея", "Надежда"), ("Зелянкова", "Зеленкова")),
    Person("y9", "m", ("Юрый", "Юрий"), ("Равенскі", "Равенский")),
    Person("y10", "f", ("Дар'я", "Дарья"), ("Чульцова", "Чульцова")),
    Person("y11", "m", ("Мікола", "Николай"), ("Дзядок", "Дедок")),
    Person("y12", "f", ("Людміла", "Людмила"), ("Казак", "Казак")),
    Person("y13", "m", ("Ігар", "Игорь"), ("Карней", "Корней")),
    Person("y14", "f", ("Тамара", "Тамара"), ("Грыб", "Гриб")),
    Person("y15", "m", ("Кірыл", "Кирилл"), ("Сямёнаў", "Семёнов")),
    Person("y16", "f", ("Ганна", "Анна"), ("Лапіцкая", "Лапицкая")),
]

# A third list, written after the v3 rules were done and scored once, as a whole.
FRESH = [
    Person("z1", "m", ("Сымон", "Семён"), ("Ляўковіч", "Левкович"), family="lya",
           must_not=("z2",)),
    Person("z2", "f", ("Галіна", "Галина"), ("Ляўковіч", "Левкович"), family="lya",
           must_not=("z1",)),
    Person("z3", "m", ("Аляксей", "Алексей"), ("Навумаў", "Наумов"), family="nav",
           must_not=("z4",)),
    Person("z4", "f", ("Вольга", "Ольга"), ("Навумава", "Наумова"), family="nav",
           must_not=("z3",)),
    Person("z5", "m", ("Андрэй", "Андрей"), ("Лянкевіч", "Ленкевич"), ("Іванавіч", "Иванович"),
           family="lnk", must_not=("z6",)),
    Person("z6", "m", ("Андрэй", "Андрей"), ("Лянкевіч", "Ленкевич"), ("Андрэевіч", "Андреевич"),
           family="lnk", must_not=("z5",)),
    Person("z7", "m", ("Тарас", "Тарас"), ("Сцяпанскі", "Степанский"), family="stp",
           must_not=("z8",)),
    Person("z8", "f", ("Лілія", "Лилия"), ("Сцяпанская", "Степанская"), family="stp",
           must_not=("z7",)),
    Person("w1", "m", ("Арцём", "Артём"), ("Бойка", "Бойко")),
    Person("w2", "f", ("Марына", "Марина"), ("Залатава", "Золотова")),
    Person("w3", "m", ("Станіслаў", "Станислав"), ("Крывашэеў", "Кривошеев")),
    Person("w4", "f", ("Святлана", "Светлана"), ("Купрэйчык", "Купрейчик")),
    Person("w5", "m", ("Дзяніс", "Денис"), ("Івашын", "Ивашин")),
    Person("w6", "f", ("Валянціна", "Валентина"), ("Пяткевіч", "Петкевич")),
    Person("w7", "m", ("Генадзь", "Геннадий"), ("Мажэйка", "Можейко")),
    Person("w8", "f", ("Алеся", "Олеся"), ("Пракапенка", "Прокопенко")),
    Person("w9", "m", ("Уладзімір", "Владимир"), ("Мацкевіч", "Мацкевич")),
    Person("w10", "f", ("Ксенія", "Ксения"), ("Сіняўская", "Синявская")),
]
# fmt: on

# Diminutives and short forms by Russian nominative (Latin and Cyrillic), written here
# from general knowledge of East Slavic names, not from the matcher's table.
DIMINUTIVES: dict[str, tuple[str, ...]] = {
    "Андрей": ("Andrus", "Андрусь"),
    "Ольга": ("Olya", "Volia", "Оля"),
    "Игорь": ("Igorek", "Igoryok"),
    "Дарья": ("Dasha", "Даша"),
    "Павел": ("Pasha", "Pavlik", "Паша"),
    "Юрий": ("Yura", "Yurka", "Jurka", "Юра"),
    "Анна": ("Anya", "Hanka", "Аня"),
    "Михаил": ("Misha", "Mikhas", "Міхась", "Миша"),
    "Ирина": ("Ira", "Ира"),
    "Пётр": ("Petya", "Piatrus", "Петя"),
    "Николай": ("Kolya", "Mikola", "Мікола", "Коля"),
    "Александр": ("Sasha", "Ales", "Shura", "Саша", "Алесь"),
    "Татьяна": ("Tanya", "Tania", "Таня"),
    "Александра": ("Sasha", "Саша", "Sasza"),
    "Алексей": ("Lyosha", "Alyosha", "Лёша"),
    "Дмитрий": ("Dima", "Dzima", "Zmitser", "Zmicier", "Дима", "Зміцер"),
    "Денис": ("Denis",),
    "Сергей": ("Seryozha", "Siarzhuk", "Серёжа"),
    "Алесь": ("Ales", "Aleś"),
    "Мария": ("Masha", "Marysia", "Маша"),
    "Владимир": ("Volodya", "Vova", "Валодзя", "Вова"),
    "Наталья": ("Natasha", "Наташа"),
    "Константин": ("Kostya", "Kastus", "Kastuś", "Костя"),
    "Екатерина": ("Katya", "Katsia", "Kasia", "Катя"),
    "Евгений": ("Zhenya", "Женя"),
    "Анастасия": ("Nastya", "Nasta", "Nastsia", "Настя"),
    "Максим": ("Maks", "Max"),
    "Светлана": ("Sveta", "Света"),
    "Виктор": ("Vitya", "Витя"),
    "Вячеслав": ("Slava", "Слава"),
    "Ксения": ("Ksyusha", "Ксюша"),
    "Василий": ("Vasya", "Vasil", "Вася"),
    "Елена": ("Lena", "Alena", "Лена"),
    "Григорий": ("Grisha", "Ryhor", "Гриша"),
    "Людмила": ("Lyuda", "Люда"),
    "Юлия": ("Yulya", "Julia", "Юля"),
    "Валентин": ("Valik", "Валик"),
    "Полина": ("Polya", "Паля"),
    "Степан": ("Styopa", "Стёпа"),
    "Виталий": ("Vitalik", "Віталік"),
    "Владислав": ("Vlad", "Vladik", "Влад"),
    "Антон": ("Antosha", "Antos", "Антось"),
    "Леонид": ("Lyonya", "Лёня"),
    "Евгения": ("Zhenya", "Женя"),
    "Роман": ("Roma", "Рома"),
    "Вероника": ("Nika", "Ника"),
    "Надежда": ("Nadya", "Nadzia", "Надя"),
    "Тамара": ("Toma",),
    "Кирилл": ("Kiryl",),
    "Егор": ("Yahor",),
    "Семён": ("Syoma", "Сёма"),
    "Галина": ("Galya", "Halia", "Галя"),
    "Лилия": ("Lilya", "Лиля"),
    "Артём": ("Tyoma", "Тёма"),
    "Станислав": ("Stas", "Стас"),
    "Геннадий": ("Gena", "Гена"),
    "Олеся": ("Lesya", "Леся"),
}
DIMINUTIVES["Нина"] = ()  # none in common use

# --------------------------------------------------------------------------- case forms

CASES = ("gen", "dat", "acc", "ins", "loc")
_VELAR_BE = {"г": "зе", "к": "цэ", "х": "се"}  # Вольга -> Вользе, рука -> руцэ
_HUSH = tuple("жшчщц")


def _p(stem: str, endings: str) -> dict[str, str]:
    """The five oblique cases of ``stem`` with ``endings`` (gen dat acc ins loc)."""
    return {case: stem + end for case, end in zip(CASES, endings.split(), strict=True)}


def _given_forms(word: str, gender: str, lang: str) -> dict[str, str]:
    """Case forms of a given name (be or ru) by its stem class."""
    be = lang == "be"
    if gender == "f" or word.endswith(("а", "я")):
        if word.endswith(("ія", "ия", "ыя")):
            s = word[:-1]
            if be:
                return _p(s, "і і ю яй і")
            return _p(s, "и и ю ей и")
        if word.endswith(("ья", "'я", "лля")):
            s = word[:-1]
            if be:
                return _p(s, "і і ю яй і")
            return _p(s, "и е ю ей е")
        s, last = word[:-1], word[-1]
        if last == "я":
            gen = s + ("і" if be else "и")
            return {"gen": gen, "dat": s + ("і" if be else "е"), "acc": s + "ю",
                    "ins": s + ("яй" if be else "ей"), "loc": s + ("і" if be else "е")}  # fmt: skip
        velar = s[-1] in "гкх"
        gen = s + ("і" if be else "и") if velar or (not be and s.endswith(_HUSH)) else s + "ы"
        if be:
            dat = s[:-1] + _VELAR_BE[s[-1]] if velar else s + ("ы" if s[-1] in "рц" else "е")
            ins = s + ("ам" if gender == "m" else "ай")
        else:
            dat, ins = s + "е", s + ("ой" if not s.endswith(_HUSH) else "ей")
        return {"gen": gen, "dat": dat, "acc": s + "у", "ins": ins, "loc": dat}
    if word.endswith("й"):
        s = word[:-1]
        if be:
            return _p(s, "я ю я ем і")
        loc = s + ("и" if s.endswith("и") else "е")
        return {"gen": s + "я", "dat": s + "ю", "acc": s + "я", "ins": s + "ем", "loc": loc}
    if word.endswith("ь"):
        s = word[:-1]
        loc = s + ("ю" if be else "е")
        return {"gen": s + "я", "dat": s + "ю", "acc": s + "я", "ins": s + "ем", "loc": loc}
    stem = {"Павел": "Павл", "Пётр": "Петр"}.get(word, word) if not be else word
    stem = {"Павел": "Паўл"}.get(word, stem[:-1] + "в" if stem.endswith("ў") else stem)
    if be:
        return _p(stem, "а у а ам у")
    return _p(stem, "а у а ом е")


def _surname_forms(word: str, gender: str, lang: str) -> dict[str, str]:
    """Case forms of a surname by its paradigm (feminine consonant surnames do not change)."""
    be = lang == "be"
    if "-" in word:
        a, b = word.split("-")
        fa, fb = _surname_forms(a, gender, lang), _surname_forms(b, gender, lang)
        return {c: f"{fa[c]}-{fb[c]}" for c in CASES}
    same = dict.fromkeys(CASES, word)
    if gender == "f":
        if word.endswith("ая"):  # -ская, -ая adjectival
            s = word[:-2]
            e = "ай" if be else "ой"
            return {"gen": s + e, "dat": s + e, "acc": s + "ую", "ins": s + e, "loc": s + e}
        if word.endswith(("ава", "ова", "ёва", "ева", "іна", "ина", "ына")):
            s = word[:-1]
            e = "ай" if be else "ой"
            return {"gen": s + e, "dat": s + e, "acc": s + "у", "ins": s + e, "loc": s + e}
        return same  # Лосік, Карпенка, Гнаўк, Хершэ
    if word.endswith(("скі", "цкі", "ский", "цкий")):
        s = word[:-1] if be else word[:-2]
        if be:
            return _p(s, "ага аму ага ім ім")
        return _p(s, "ого ому ого им ом")
    if word.endswith(("ы", "ый")) or (not be and word.endswith("ий")):
        s = word[:-1] if be else word[:-2]
        if be:
            return _p(s, "ага аму ага ым ым")
        return _p(s, "ого ому ого ым ом")
    if word.endswith(("аў", "оў", "ёў", "еў")):
        s = word[:-1] + "в"
        return _p(s, "а у а ым е")
    if word.endswith(("ов", "ёв", "ев", "ин", "ын", "ін")):
        return _p(word, "а у а ым е")
    if word.endswith(("ка", "ко", "а", "о", "э", "е")):
        if be and word.endswith("а"):
            s = word[:-1]
            gen = s + ("і" if s[-1] in "гкх" else "ы")
            dat = s[:-1] + _VELAR_BE[s[-1]] if s[-1] in "гкх" else s + "е"
            return {"gen": gen, "dat": dat, "acc": s + "у", "ins": s + "ам", "loc": dat}
        return same  # Карпенко, Бабарико, Херше do not change in Russian
    if word.endswith("ь"):
        s = word[:-1]
        loc = s + ("ю" if be else "е")
        return {"gen": s + "я", "dat": s + "ю", "acc": s + "я", "ins": s + "ем", "loc": loc}
    if word.endswith("ў"):
        s = word[:-1] + "в"
        return _p(s, "а у а ам у")
    hush = word.endswith(_HUSH)
    if be:
        return _p(word, "а у а ам у")
    ins = word + ("ем" if hush else "ом")
    return {"gen": word + "а", "dat": word + "у", "acc": word + "а", "ins": ins, "loc": word + "е"}


# --------------------------------------------------------------------------- romanisation

_SOFTENING = set("еёіюяь")
_VOWELS = set("аеёіиоуыэюяў")


def _roman(word: str, system: str) -> str:
    """One word of Cyrillic in a romanisation: 'be' (passport/BGN), 'lac' (Łacinka),
    'pl' (Polish), 'ru' (BGN/PCGN), 'iso' (ISO 9 / scholarly), 'de' (German)."""
    out: list[str] = []
    low = word.lower()
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else ""
        nxt = low[i + 1] if i + 1 < len(low) else ""
        after_cons = bool(prev) and prev not in _VOWELS and prev not in "ь'ъ-"
        out.append(_letter(ch, prev, nxt, after_cons, system))
    text = "".join(out)
    if system == "ru":
        text = re.sub(r"iy$", "y", text) if len(text) > 5 and text.endswith("iy") else text
        text = text.replace("yy", "y")
    if system == "pl":
        text = text.replace("skaja", "ska").replace("ckaja", "cka")
    return "-".join(p[:1].upper() + p[1:] for p in text.split("-"))


def _letter(ch: str, prev: str, nxt: str, after_cons: bool, system: str) -> str:
    soft_next = nxt in _SOFTENING
    iotated = {"е": "e", "ё": "o", "ю": "u", "я": "a"}
    if ch in iotated:
        v = iotated[ch]
        if system in ("lac", "pl"):
            if prev == "л":
                return v
            return ("i" if after_cons else "j") + v
        if system == "iso":
            return {"е": "e", "ё": "ë", "ю": "ju", "я": "ja"}[ch]
        if system == "de":
            return ("j" if not after_cons or ch != "е" else "") + v
        if system == "be":
            return ("i" if after_cons else "y") + v
        return ("" if after_cons and ch == "е" else "y") + v  # ru
    table = {
        "а": "a", "б": "b", "в": "v", "г": "h", "д": "d", "ж": "zh", "з": "z", "і": "i",
        "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
        "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "ь": "", "э": "e", "'": "", "ъ": "",
        "-": "-",
    }  # fmt: skip
    if system == "ru":
        table |= {"г": "g", "й": "y"}
    elif system == "iso":
        table |= {"г": "g", "ж": "ž", "й": "j", "х": "h", "ц": "c", "ч": "č", "ш": "š", "щ": "šč"}
    elif system == "de":
        table |= {"г": "g", "ж": "sch", "й": "j", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch",
                  "щ": "schtsch", "в": "w", "з": "s"}  # fmt: skip
    elif system in ("lac", "pl"):
        table |= {"ж": "ž", "й": "j", "х": "ch", "ц": "c", "ч": "č", "ш": "š", "ў": "ŭ"}
        if system == "pl":
            table |= {"ж": "ż", "ч": "cz", "ш": "sz", "в": "w", "ў": "u"}
        if ch == "л":
            return "l" if soft_next else "ł"
        soft = {"н": "ń", "с": "ś", "з": "ź", "ц": "ć"}
        if ch in soft and nxt == "ь":
            return soft[ch]
        if ch in soft and system == "lac" and nxt in "еёюяі" and nxt:
            return table[ch]  # Łacinka writes 'sie', 'cia': the i carries the softness
    return table.get(ch, ch)


# Polish case endings of Polish-Latin forms (nominative made by ``_roman(..., 'pl')``).
def _polish_forms(given: str, surname: str, gender: str) -> list[tuple[str, str]]:
    def decline(word: str, is_surname: bool) -> dict[str, str]:
        if gender == "f":
            if word.endswith(("ska", "cka")):
                return {"gen": word[:-1] + "iej", "ins": word[:-1] + "ą"}
            if word.endswith(("awa", "owa", "ina", "yna")):
                return {"gen": word[:-1] + "ej", "ins": word[:-1] + "ą"}
            if word.endswith(("ia", "ja")):
                return {"gen": word[:-1] + "i", "ins": word[:-1] + "ą"}
            if word.endswith("a") and not is_surname:
                dat = word[:-1] + ("ie" if word[-2] not in "kg" else "")
                dat = dat if word[-2] not in "kg" else word[:-2] + {"k": "ce", "g": "dze"}[word[-2]]
                gen = word[:-1] + ("i" if word[-2] in "kgl" else "y")
                return {"gen": gen, "dat": dat, "ins": word[:-1] + "ą"}
            return {}
        if word.endswith(("ski", "cki")):
            return {"gen": word + "ego", "dat": word + "emu", "ins": word + "m"}
        if word.endswith("a"):  # Mikoła, Łukaszenka
            s = word[:-1]
            gen = s + ("i" if s[-1] in "kg" else "y")
            return {"gen": gen, "ins": s + "ą"}
        if word.endswith(("j", "ś")):
            s = word[:-1] + ("si" if word.endswith("ś") else "j")
            return {"gen": s + "a", "dat": s + "owi", "ins": s + "em"}
        if word.endswith(("y", "i")):
            return {"gen": word[:-1] + "ego", "ins": word[:-1] + "ym"}
        if word.endswith("u"):
            return {}
        ins = word + ("iem" if word.endswith(("k", "g")) else "em")
        return {"gen": word + "a", "dat": word + "owi", "ins": ins}

    g, s = decline(given, False), decline(surname, True)
    cases = [c for c in ("gen", "dat", "ins") if c in g or c in s]
    return [(f"{g.get(c, given)} {s.get(c, surname)}", c) for c in cases]


# --------------------------------------------------------------------------- variants


@dataclass
class Group:
    person: Person
    variants: list[tuple[str, str]] = field(default_factory=list)  # (text, kind)

    def add(self, text: str, kind: str) -> None:
        if text and all(text != t for t, _ in self.variants):
            self.variants.append((text, kind))


def _cap(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def variants(p: Person, rng: random.Random, per_group: int, people: list[Person]) -> Group:
    g = Group(p)
    (gbe, gru), (sbe, sru) = p.given, p.surname
    pat = p.patronymic
    for lang, given, sur in (("be", gbe, sbe), ("ru", gru, sru)):
        full = f"{given} {pat[0 if lang == 'be' else 1]} {sur}" if pat else f"{given} {sur}"
        g.add(full, f"{lang}-nom")
        gf = _given_forms(given, p.gender, lang)
        sf = _surname_forms(sur, p.gender, lang)
        pf = _given_forms(pat[0 if lang == "be" else 1], p.gender, lang) if pat else None
        for case in CASES:
            middle = f" {pf[case]}" if pf else ""
            g.add(f"{gf[case]}{middle} {sf[case]}", f"{lang}-{case}")
            if lang == "be":
                words = [gf[case], *([pf[case]] if pf else []), sf[case]]
                g.add(" ".join(_cap(_roman(w, "lac")) for w in words), f"lac-{case}")
        if not p.family:
            g.add(sf["gen"], f"{lang}-surname-case")
            g.add(sur, f"{lang}-surname")
        # an initial, unless a relative in the set shares it (names alone cannot tell them)
        kin = [q for q in people if q.family == p.family and q is not p] if p.family else []
        letters = {p.given[0][0], p.given[1][0]}
        if pat or not any(letters & {q.given[0][0], q.given[1][0]} for q in kin):
            initials = f"{given[0]}. {pat[0 if lang == 'be' else 1][0]}." if pat else f"{given[0]}."
            g.add(f"{initials} {sur}", f"{lang}-initial")
        middle = f" {pat[0 if lang == 'be' else 1]}" if pat else ""
        g.add(f"{sur} {given}{middle}", f"{lang}-order")
    for system, src_given, src_sur in (
        ("be", gbe, sbe), ("lac", gbe, sbe), ("pl", gbe, sbe),
        ("ru", gru, sru), ("iso", gru, sru), ("de", gru, sru),
    ):  # fmt: skip
        given, sur = _roman(src_given, system), _roman(src_sur, system)
        if pat:
            pbe_or_ru = pat[0] if system in ("be", "lac", "pl") else pat[1]
            g.add(f"{given} {_roman(pbe_or_ru, system)} {sur}", f"{system}-nom")
        else:
            g.add(f"{given} {sur}", f"{system}-nom")
            if not p.family:
                g.add(sur, f"{system}-surname")
        if system == "pl" and not pat:
            for text, case in _polish_forms(given, sur, p.gender):
                g.add(text, f"pl-{case}")
    if not pat:
        kin_dims = {d for q in people if q.family == p.family and q is not p and p.family
                    for d in DIMINUTIVES.get(q.given[1], ())}  # fmt: skip
        for dim in DIMINUTIVES.get(gru, ()):
            if dim in kin_dims:
                continue  # Sasha of Aliaksandr and of Aliaksandra: names cannot tell
            sur = _roman(sbe, "be") if dim.isascii() else (sbe if re.search("[іў]", dim) else sru)
            g.add(f"{dim} {sur}", "dim")
    # keep every kind, then a seeded sample of the rest
    if len(g.variants) > per_group:
        by_kind: dict[str, list[tuple[str, str]]] = {}
        for v in g.variants:
            by_kind.setdefault(v[1].split("-")[0], []).append(v)
        chosen = [vs[0] for vs in by_kind.values()]
        rest = [v for v in g.variants if v not in chosen]
        chosen += rng.sample(rest, max(0, per_group - len(chosen)))
        g.variants = [v for v in g.variants if v in chosen]
    return g


def build(people: list[Person], per_group: int = 40, seed: int = 11) -> list[Group]:
    rng = random.Random(seed)
    return [variants(p, rng, per_group, people) for p in people]


# --------------------------------------------------------------------------- scoring


def score(groups: list[Group], negatives: int, verbose: bool, kind: str | None) -> None:
    by_id = {g.person.id: g for g in groups}
    positives = [(a, b) for g in groups for a, b in itertools.combinations(g.variants, 2)]
    hard = {
        (a, b)
        for g in groups
        for other in g.person.must_not
        for a in g.variants
        for b in by_id[other].variants
    }
    rng = random.Random(7)
    easy: set[tuple[tuple[str, str], tuple[str, str]]] = set()
    family = {g.person.id: g.person.family for g in groups}
    while len(easy) < negatives:
        g1, g2 = rng.sample(groups, 2)
        if family[g1.person.id] and family[g1.person.id] == family[g2.person.id]:
            continue
        easy.add((rng.choice(g1.variants), rng.choice(g2.variants)))
    start = time.perf_counter()
    missed = [(a, b) for a, b in positives if not match(a[0], b[0]).same]
    fp_hard = [(a, b) for a, b in sorted(hard) if match(a[0], b[0]).same]
    fp_easy = [(a, b) for a, b in sorted(easy) if match(a[0], b[0]).same]
    elapsed = time.perf_counter() - start
    tp = len(positives) - len(missed)
    fp = len(fp_hard) + len(fp_easy)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / len(positives)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    per_kind, miss_kind = Counter[str](), Counter[str]()
    for a, b in positives:
        for k in {a[1], b[1]}:
            per_kind[k.split("-")[0] if k.startswith("dim") else k] += 1
    for a, b in missed:
        for k in {a[1], b[1]}:
            miss_kind[k.split("-")[0] if k.startswith("dim") else k] += 1
    if verbose:
        for a, b in missed:
            if kind is None or kind in (a[1], b[1]) or any(x[1].startswith(kind) for x in (a, b)):
                why = match(a[0], b[0]).reason
                print(f"missed [{a[1]} / {b[1]}]: {a[0]!r} ~ {b[0]!r}  | {why}")
        for a, b in fp_hard + fp_easy:
            print(f"wrongly matched [{a[1]} / {b[1]}]: {a[0]!r} ~ {b[0]!r}")
    owner = {v: g.person.id for g in groups for v in g.variants}
    by_pair = Counter(tuple(sorted((owner[a], owner[b]))) for a, b in fp_hard)
    n_variants = sum(len(g.variants) for g in groups)
    print(f"groups {len(groups)}, variants {n_variants}")
    print(f"positive pairs {len(positives)}: recall={r:.3f}")
    print(f"hard negatives {len(hard)}: wrongly matched={len(fp_hard)}")
    for (ida, idb), n in sorted(by_pair.items()):
        print(f"  {ida} / {idb}: {n}")
    print(f"random negatives {len(easy)}: wrongly matched={len(fp_easy)}")
    print(f"precision={p:.3f} recall={r:.3f} F1={f1:.3f}")
    calls = len(positives) + len(hard) + len(easy)
    print(f"match() calls: {calls / elapsed:,.0f} per second")
    worst = sorted(per_kind, key=lambda k: miss_kind[k] / per_kind[k], reverse=True)
    print("recall by variant kind (pairs with a variant of that kind), worst first:")
    for k in worst[:12]:
        share = 1 - miss_kind[k] / per_kind[k]
        print(f"  {k:18} {share:.3f}  ({miss_kind[k]} of {per_kind[k]} missed)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, help="write the groups as JSON lines (score_names.py)")
    ap.add_argument("--per-group", type=int, default=40)
    ap.add_argument(
        "--people",
        choices=("dev", "held", "fresh", "all"),
        default="dev",
        help="which list of people",
    )
    ap.add_argument("--negatives", type=int, default=3000)
    ap.add_argument("--kind", help="with -v: print only misses of this variant kind")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    lists = {"dev": PEOPLE, "held": HELD, "fresh": FRESH, "all": PEOPLE + HELD + FRESH}
    people = lists[args.people]
    groups = build(people, args.per_group)
    if args.out:
        with args.out.open("w", encoding="utf-8") as f:
            for g in groups:
                row = {
                    "id": g.person.id,
                    "kind": "person",
                    "gender": g.person.gender,
                    "variants": [t for t, _ in g.variants],
                    "must_not_match": list(g.person.must_not),
                }
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    score(groups, args.negatives, args.verbose, args.kind)


if __name__ == "__main__":
    main()
