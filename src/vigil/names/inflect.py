"""Russian and Belarusian case endings of names in running text, back to the nominative.

A rule table, not a dictionary: Тихановского -> Тихановский, Колесниковой -> Колесникова,
Светланы -> Светлана, Сергея -> Сергей, Навальнага -> Навальны. Forms that are also
nominative (Колесникова: feminine, or genitive of Колесников) give both readings; the
original spelling is always kept as the first reading.
"""

from __future__ import annotations

# (suffix, replacements); the longest matching suffix wins. Stems must keep 2+ letters.
_RULES: list[tuple[str, tuple[str, ...]]] = [
    # adjectival surnames, Russian
    ("ского", ("ский",)),
    ("цкого", ("цкий",)),
    ("скому", ("ский",)),
    ("цкому", ("цкий",)),
    ("ским", ("ский",)),
    ("цким", ("цкий",)),
    ("ском", ("ский",)),
    ("цком", ("цкий",)),
    ("ской", ("ская",)),
    ("цкой", ("цкая",)),
    ("скую", ("ская",)),
    ("цкую", ("цкая",)),
    ("ого", ("ый", "ой")),
    ("его", ("ий",)),
    ("ому", ("ый",)),
    ("ему", ("ий",)),
    ("ым", ("ый",)),
    # adjectival surnames, Belarusian
    ("скага", ("скі",)),
    ("цкага", ("цкі",)),
    ("скаму", ("скі",)),
    ("скім", ("скі",)),
    ("скай", ("ская",)),
    ("цкай", ("цкая",)),
    ("ага", ("ы", "і")),
    ("аму", ("ы",)),
    # possessive surnames -ов/-ев/-ин, both languages
    ("овой", ("ова",)),
    ("евой", ("ева",)),
    ("ёвой", ("ёва",)),
    ("иной", ("ина",)),
    ("ыной", ("ына",)),
    ("авай", ("ава",)),
    ("інай", ("іна",)),
    ("ынай", ("ына",)),
    ("овым", ("ов",)),
    ("евым", ("ев",)),
    ("иным", ("ин",)),
    ("авым", ("аў",)),
    ("ову", ("ов", "ова")),
    ("еву", ("ев", "ева")),
    ("ину", ("ин", "ина")),
    ("аву", ("аў", "ава")),
    ("іну", ("ін", "іна")),
    ("ова", ("ов",)),
    ("ева", ("ев",)),
    ("ёва", ("ёв",)),
    ("ина", ("ин",)),
    ("ына", ("ын",)),
    ("ава", ("аў",)),
    ("іна", ("ін",)),
    # -ич surnames and patronymics
    ("ичем", ("ич",)),
    ("ича", ("ич",)),
    ("ичу", ("ич",)),
    ("иче", ("ич",)),
    ("ічам", ("іч",)),
    ("іча", ("іч",)),
    ("ічу", ("іч",)),
    # given names in -ей/-ай/-ий (Сергея, Николая, Дмитрия, Дзмітрыя)
    ("еем", ("ей",)),
    ("ея", ("ей",)),
    ("ею", ("ей",)),
    ("лая", ("лай",)),
    ("ием", ("ий",)),
    ("ия", ("ий",)),
    ("ыя", ("ый",)),
    ("ія", ("ій",)),
    ("ии", ("ия", "ий")),
    ("ыі", ("ыя",)),
    ("іі", ("ія",)),
    ("ьи", ("ья",)),
    ("ию", ("ия", "ий")),
    # feminine -а/-я nouns (Светланы, Ольги, Марфой, Светлане, Наталью, Лукашэнкі)
    ("ой", ("а",)),
    ("ою", ("а",)),
    ("ай", ("а",)),
    ("ы", ("а",)),
    ("ки", ("ка",)),
    ("ги", ("га",)),
    ("хи", ("ха",)),
    ("кі", ("ка",)),
    ("гі", ("га",)),
    ("е", ("а", "")),
    ("у", ("а", "")),
    ("ю", ("я",)),
    # nominatives that the rules above would misread (Ціханоўскі is not a case of -ска)
    ("скі", ()),
    ("цкі", ()),
    ("зкі", ()),
    # masculine consonant stems (Ивана, Павлу, Романом)
    ("ом", ("",)),
    ("ам", ("",)),
    ("а", ("",)),
]
_RULES.sort(key=lambda rule: -len(rule[0]))
_VOWELS = set("аеёиіоуыэюяў")


def nominatives(token: str) -> list[str]:
    """The token itself, then the nominative forms it may be an inflection of."""
    out = [token]
    for suffix, replacements in _RULES:
        if not token.endswith(suffix):
            continue
        stem = token[: len(token) - len(suffix)]
        if len(stem) < 2:
            continue
        for repl in replacements:
            if repl == "" and stem[-1] in _VOWELS:
                continue  # only consonant stems drop an ending
            form = stem + repl
            if form not in out:
                out.append(form)
        break
    return out
