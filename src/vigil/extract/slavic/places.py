"""Facilities ("исправительная колония № 1 в Новополоцке", "ИК-1", "СИЗО-1", "калонія № 17
у Шклове", "ЦИП на Окрестина", "ОВД «МГУ»", "Жодинская тюрьма", "ПКТ") and organizations.

Facilities are places of detention named by a number, a town or a proper name, plus the
cell regimes (ПКТ, ШИЗО) that reports name as places. Courts and an unnamed "колония"
are not facilities. Organizations are the known ones and natasha's ORG entities.
"""

from __future__ import annotations

import re

from vigil.extract.core.places import unique
from vigil.extract.places import Place
from vigil.extract.slavic.lexicon import Lexicon
from vigil.extract.slavic.nlp import Entity

__all__ = ["find_facilities", "find_orgs"]

_CAP = r"[А-ЯЁІЎ][\w’'-]+"
_TOWN = (rf"(?:\s+(?:в|во|у|ў|под|пад|на|г\.|города|горада|пос\.|пасёлка|поселка)\s+(?:г\.\s*)?"
         rf"{_CAP}(?:\s+{_CAP})?)?(?:\s+«[^»]{{2,30}}»)?")  # fmt: skip
_KIND = (
    r"исправительн\w+\s+колони\w+|исправительн\w+\s+учреждени\w+|воспитательн\w+\s+колони\w+|"
    r"колони\w+(?:[- ]поселени\w+)?|следственн\w+\s+изолятор\w*|тюрьм\w+|"
    r"лечебно-трудов\w+\s+профилактори\w+|исправительно-трудов\w+\s+колони\w+|"
    r"папраўч\w+\s+кал[оё]ні\w+|папраўч\w+\s+ўстанов\w+|выхаваўч\w+\s+кал[оё]ні\w+|"
    r"кал[оё]ні\w+(?:[- ]пасяленн\w+)?|следч\w+\s+ізалятар\w*|турм\w+|"
    r"СИЗО|СІЗА|ИК|ІК|ИУ|ПК|ВК|КП|ЛИУ|ЛТП|ЛПП|ИВС|ІЧУ|ЕПКТ|ИТК|ЛВК"
)
_SHORT = r"СИЗО|СІЗА|ИК|ІК|ИУ|ПК|ВК|КП|ЛИУ|ЛТП|ЛПП|ИТК|ЛВК|ИЗ"
_NUMBERED = re.compile(
    rf"(?<![\w-])(?:(?:[а-яёіў]+(?:ская|ской|скую|ском|ский|ского|скай|скі|скага|цкая|цкой|"
    rf"цкую|цкай)\s+)?(?:{_KIND})\s*(?:№|N|No\.?|номер|нумар)\s*\d+|(?:{_SHORT})[- ]?№?\s?\d+"
    rf"(?:/\d+)?)(?![\w-]){_TOWN}"
)
_NAMED = re.compile(
    rf"(?<![\w-]){_CAP}(?:ская|ской|скую|цкая|цкой|цкую|кая|кой|кую|скай|цкай|ский|ского|"
    rf"скому|ском|скі|скага|цкі|цкага|цкий|цкого)\s+(?:тюрьм\w+|колони\w+|турм\w+|кал[оё]ні\w+|"
    rf"СИЗО|СІЗА|изолятор\w*|ізалятар\w*|ЦИП|ЦІП|ИВС|ІЧУ)(?![\w-])"
    rf"|(?<![\w-])(?:колони\w+|тюрьм\w+|кал[оё]ні\w+|турм\w+)\s+«[^»]{{2,30}}»"
    rf"|(?<![\w-])(?:ЦИП|ЦІП|ИВС|ІЧУ|[Цц]ентр\w*\s+изоляции\s+правонарушителей|[Цц]энтр\w*\s+"
    rf"ізаляцыі\s+правапарушальнікаў|изолятор\w*\s+временного\s+содержания|ізалятар\w*\s+"
    rf"часовага\s+ўтрымання)(?:\s+(?:на|в|у|ў|г\.)\s+(?:ул\.\s*|вул\.\s*)?{_CAP})"
    rf"|(?<![\w-])(?:Окрестин[аоуые]\w*|Акрэсцін[аоуые]\w*|Володарк\w+|Валадарк\w+|"
    rf"Американк\w+|Амерыканк\w+|Полярн\w+\s+волк\w*)(?![\w-])"
    rf"|(?<![\w-])(?:ОВД|РУВД|РОВД|ОМВД|ОП|РУУС|РАУС|АУС)\s+(?:«[^»]{{1,30}}»|{_CAP}(?:ого|ага|"
    rf"ий|і)\s+(?:района|раёна)|по\s+{_CAP}\w*\s+району)"
    rf"|(?<![\w-]){_CAP}(?:ого|ага)\s+(?:РУВД|РОВД|РУУС|РАУС)(?![\w-])"
    rf"|(?<![\w-])(?:СИЗО|СІЗА|изолятор\w*|ізалятар\w*)\s+(?:КГБ|КДБ|ФСБ|«[^»]{{2,30}}»)"
    rf"|(?<![\w-])(?:ПКТ|ЕПКТ|ШИЗО|ШІЗА)(?![\w-])"
)
_CELLS = frozenset(["ПКТ", "ЕПКТ", "ШИЗО", "ШІЗА"])


def find_facilities(text: str) -> list[Place]:
    found: list[Place] = []
    for m in _NUMBERED.finditer(text):
        name = m.group(0).rstrip()
        found.append(Place(name, m.start(), m.start() + len(name), "numbered place of detention"))
    for m in _NAMED.finditer(text):
        if any(m.start() < p.end and p.start < m.end() for p in found):
            continue
        reason = (
            "punishment cell named as a place"
            if m.group(0) in _CELLS
            else "named place of detention"
        )
        found.append(Place(m.group(0), m.start(), m.end(), reason))
    return unique(found)


def find_orgs(text: str, entities: list[Entity], lex: Lexicon) -> list[Place]:
    names = sorted(lex.known_orgs, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])«?(?:" + "|".join(map(re.escape, names)) + r")»?(?![\w-])")
    found = [Place(m.group(0), m.start(), m.end(), "known organization")
             for m in pattern.finditer(text)]  # fmt: skip
    for e in entities:
        if e.type != "ORG" or any(e.start < p.end and p.start < e.end for p in found):
            continue
        if (len(e.text) >= 2 and e.text[0].isupper()) or e.text.startswith("«"):
            found.append(Place(e.text, e.start, e.end, "organization (natasha)"))
    return unique(found)
