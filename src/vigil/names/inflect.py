"""Case endings of names in running text, back to the dictionary form (the nominative).

Rule tables, not dictionaries, for Russian and Belarusian Cyrillic (Тихановского ->
Тихановский, Колесниковой -> Колесникова, Светланы -> Светлана, Сергея -> Сергей,
Навальнага -> Навальны) and for the Latin alphabets that decline names: Polish
(Statkiewicza, Cichanouskiej, Łukaszenki), Łacinka and Belarusian Latin (Mikałajem
Statkievičam, Bialackaha, Kalesnikavaj) and Czech (Statkevičovi). Forms that are also
nominative (Колесникова: feminine, or genitive of Колесников) give both readings; the
original spelling is always kept as the first reading.

Two strengths. An ending that no name has in the nominative (-ого, -ича, -skiego,
-ičam) is *oblique*: it proves the case of the whole name, and then the other parts are
read in that case too ("Алеся Беляцкого": Алеся is the genitive of Алесь, not the
feminine Алеся). Endings that are also nominative endings (-а, -u, -y) are read as
case forms in Latin only inside a name that some oblique part puts in that case.
"""

from __future__ import annotations

import re

from vigil.names.translit import script_of

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
    ("ую", ("ая",)),  # feminine accusative (Навальную, Чорную)
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
    ("овым", ("ов", "оў")),
    ("евым", ("ев", "еў")),
    ("ёвым", ("ёв", "ёў")),
    ("иным", ("ин",)),
    ("іным", ("ін",)),
    ("ыным", ("ын",)),
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
    # surnames in -ец lose its е in the other cases (Севярынец: Севярынца, Севярынцу,
    # Севярынцам; Немец: Немца); after a vowel -ца is a nominative (Сініца), so consonants only
    ("нца", ("нец", "нц")),
    ("нцу", ("нец",)),
    ("нцом", ("нец",)),
    ("нцам", ("нец",)),
    ("рца", ("рец", "рц")),
    ("рцу", ("рец",)),
    ("рцом", ("рец",)),
    ("рцам", ("рец",)),
    ("вца", ("вец", "вц")),
    ("вцу", ("вец",)),
    ("вцом", ("вец",)),
    ("вцам", ("вец",)),
    ("мца", ("мец", "мц")),
    ("мцу", ("мец",)),
    ("мцом", ("мец",)),
    ("мцам", ("мец",)),
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
    ("ыі", ("ыя", "ый")),
    ("іі", ("ія", "ій")),
    ("ьи", ("ья",)),
    ("ию", ("ия", "ий")),
    ("ыю", ("ыя", "ый")),
    ("ію", ("ія", "ій")),
    # adjectival feminine case forms (Навальной, Навальнай) and instrumentals in -ей/-яй
    ("ной", ("ная", "на")),
    ("най", ("ная", "на")),
    ("ией", ("ия",)),
    ("ьей", ("ья",)),
    ("іяй", ("ія",)),
    ("ыяй", ("ыя",)),
    ("ьяй", ("ья",)),
    # soft masculine stems in the instrumental (Алесем, Кастусём)
    ("ем", ("ь",)),
    ("ём", ("ь",)),
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
    ("е", ("а", "", "я")),
    # Belarusian dative and locative change a velar (Вольга: Вользе, рука: руцэ, Маруха: Марусе)
    ("зе", ("га", "за", "з", "зя")),
    ("цэ", ("ка", "ца")),
    ("цы", ("ца", "ка")),  # Лойцы: the dative of Лойка in taraškievica, or Сініцы of Сініца
    ("се", ("ха", "са", "с", "ся")),
    ("и", ("я", "а")),
    ("і", ("я", "а")),
    ("у", ("а", "")),
    ("ю", ("я",)),
    # nominatives that the rules above would misread (Ціханоўскі is not a case of -ска)
    ("скі", ()),
    ("цкі", ()),
    ("зкі", ()),
    # masculine consonant stems (Ивана, Павлу, Романом)
    ("ом", ("",)),
    ("ам", ("", "а")),  # Іванам; Бойкам, Карпенкам: a man's -а surname declines too
    ("а", ("",)),
]
_RULES.sort(key=lambda rule: -len(rule[0]))
_VOWELS = set("аеёиіоуыэюяў")


def nominatives(token: str) -> list[str]:
    """The token itself, then the nominative forms it may be an inflection of."""
    return _apply(token, _RULES, _VOWELS)


_Rules = list[tuple[str, tuple[str, ...]]]
_prepared: dict[int, tuple[dict[str, tuple[str, ...]], list[int]]] = {}


def _apply(token: str, rules: _Rules, vowels: set[str]) -> list[str]:
    """The token, then what the longest matching rule makes of it (stems of 2+ letters)."""
    table = _prepared.get(id(rules))
    if table is None:
        by_suffix = dict(rules)
        table = _prepared[id(rules)] = (
            by_suffix,
            sorted({len(k) for k in by_suffix}, reverse=True),
        )
    by_suffix, lengths = table
    out = [token]
    for size in lengths:
        if len(token) - size < 2:
            continue
        replacements = by_suffix.get(token[-size:])
        if replacements is None:
            continue
        stem = token[:-size]
        for repl in replacements:
            if repl == "" and stem[-1] in vowels:
                continue  # only consonant stems drop an ending
            form = stem + repl
            if form not in out:
                out.append(form)
        break
    return out


# Cyrillic endings that no East Slavic name has in the nominative.
_OBLIQUE_CYRILLIC = (
    "ого", "его", "ому", "ему", "ым", "овой", "евой", "ёвой", "иной", "ыной", "ской", "цкой",
    "ага", "аму", "скай", "цкай", "авай", "інай", "ынай", "ича", "ичу", "ичем", "іча", "ічу",
    "ічам", "овым", "евым", "иным", "авым", "ии", "іі", "ыі", "ием", "еем", "ою", "ею",
    "ским", "цким", "скім", "цкім", "ной", "ией", "ьей", "іяй", "ыяй",
    "ском", "цком", "ую", "иче", "ёвым", "іным", "ыным", "ове", "еве", "ёве",
)  # fmt: skip
# Soft-stem given names: Алеся -> Алесь, Андрэя -> Андрэй (only inside an oblique name,
# since Алеся is also a feminine name in the nominative).
_SOFT_CONSONANT = re.compile(r"(?<=[^аеёиіоуыэюяўьй])(?:я|ю|ем|і|е)$")
_SOFT_VOWEL = re.compile(r"(?<=[аеоэ])(?:я|ю|ем|і|е)$")

# Latin: (suffix, replacements); oblique rules read a form no nominative has.
_LATIN_OBLIQUE: list[tuple[str, tuple[str, ...]]] = [
    # Polish adjectival surnames and -ny adjectives (Nawalnego)
    ("skiego", ("ski",)), ("ckiego", ("cki",)), ("zkiego", ("zki",)),
    ("skiemu", ("ski",)), ("ckiemu", ("cki",)), ("skiej", ("ska",)), ("ckiej", ("cka",)),
    ("zkiej", ("zka",)), ("ską", ("ska",)), ("cką", ("cka",)),
    ("nego", ("ny",)), ("nemu", ("ny",)), ("nej", ("na",)), ("ną", ("na",)), ("nym", ("ny",)),
    # Czech, Slovak, Slovene, Croatian adjectival surnames (Tichanovského, Tihanovskega)
    ("ského", ("ský", "ski")), ("ckého", ("cký", "cki")), ("skému", ("ský", "ski")),
    ("ckému", ("cký", "cki")), ("skega", ("ski",)), ("ckega", ("cki",)), ("skemu", ("ski",)),
    ("ckemu", ("cki",)), ("skog", ("ski",)), ("ckog", ("cki",)), ("skoga", ("ski",)),
    # Łacinka / Belarusian Latin adjectival surnames (Bialackaha, Cichanoŭskaj)
    ("skaha", ("ski",)), ("ckaha", ("cki",)), ("zkaha", ("zki",)), ("skamu", ("ski",)),
    ("ckamu", ("cki",)), ("skaj", ("skaja",)), ("ckaj", ("ckaja",)), ("skuju", ("skaja",)),
    ("ckuju", ("ckaja",)), ("naha", ("ny",)), ("namu", ("ny",)), ("naj", ("naja", "na")),
    ("skim", ("ski",)), ("ckim", ("cki",)), ("skogo", ("ski",)), ("ckogo", ("cki",)),
    ("skomu", ("ski",)), ("ckomu", ("cki",)), ("eem", ("ei", "ej")),
    # possessive surnames -ov/-ow/-aŭ/-in, both genders
    ("owej", ("owa",)), ("ewej", ("ewa",)), ("inej", ("ina",)), ("ynej", ("yna",)),
    ("ową", ("owa",)), ("ewą", ("ewa",)), ("iną", ("ina",)), ("yną", ("yna",)),
    ("owowi", ("ow",)), ("ewowi", ("ew",)), ("inowi", ("in",)), ("owem", ("ow",)),
    ("avaj", ("ava",)), ("ovaj", ("ova",)), ("evaj", ("eva",)), ("inaj", ("ina",)),
    ("ynaj", ("yna",)), ("avym", ("aŭ",)), ("ovym", ("oŭ", "ov")), ("evym", ("eŭ", "ev")),
    ("avie", ("aŭ",)), ("ovie", ("oŭ", "ov")),
    ("awej", ("awa",)), ("awą", ("awa",)), ("avą", ("ava",)), ("inym", ("in",)), ("ynym", ("yn",)),
    ("avu", ("aŭ", "ava")), ("ovu", ("ov", "oŭ", "ova")), ("evu", ("ev", "eŭ", "eva")),
    # feminine adjectival accusative (Navalnuju, Čornuju)
    ("uju", ("aja",)),
    # -ič / -icz / -ich surnames and patronymics
    ("ičam", ("ič",)), ("ičem", ("ič",)), ("ičovi", ("ič",)), ("iča", ("ič",)),
    ("iču", ("ič",)), ("iče", ("ič",)), ("yčam", ("yč",)), ("yča", ("yč",)),
    ("iczowi", ("icz",)), ("iczem", ("icz",)), ("icza", ("icz",)), ("iczu", ("icz",)),
    ("icham", ("ich",)), ("ichem", ("ich",)), ("icha", ("ich",)), ("ichu", ("ich",)),
    # masculine given names and consonant stems (Mikałajem, Andrzejowi, Łosikiem)
    ("ajem", ("aj",)), ("ejem", ("ej",)), ("ajowi", ("aj",)), ("ejowi", ("ej",)),
    ("siowi", ("ś", "s")),
    ("siem", ("s", "ś")), ("kiem", ("k",)), ("giem", ("g",)), ("owi", ("",)), ("ovi", ("",)),
    # Polish feminine accusative/instrumental (Swiatłanę, Marią)
    ("ą", ("a",)), ("ę", ("a",)),
    # Łacinka instrumental (Viktaram Babarykam, Łosikam), Polish (Poczobutem): long words only
    ("am", ("", "a")), ("em", ("",)), ("om", ("",)),
    # nominatives the rules above would misread
    ("ski", ()), ("cki", ()), ("zki", ()), ("skaja", ()), ("ckaja", ()), ("naja", ()),
]  # fmt: skip
_LATIN_CONTEXT: list[tuple[str, tuple[str, ...]]] = [
    ("aja", ("aj",)), ("aju", ("aj",)), ("eja", ("ej",)), ("eju", ("ej",)), ("eya", ("ey",)),
    ("sia", ("s",)), ("siu", ("s",)), ("ava", ("aŭ",)),
    ("owa", ("ow",)), ("owu", ("ow",)), ("ova", ("ov", "oŭ")),
    ("iju", ("ija", "ij")), ("yju", ("yja", "yj")), ("lli", ("lla",)),
    # Polish and Łacinka genitive of -ja, -la (Darji, Ksieniji, Natalli)
    ("ji", ("ja",)), ("li", ("la", "lia", "lja")),
    ("zie", ("ha", "ga", "za")),
    ("ina", ("in",)), ("inu", ("in", "ina")), ("yna", ("yn",)),
    ("ki", ("ka",)), ("hi", ("ha",)), ("gi", ("ga",)), ("ce", ("ka",)), ("kaj", ("ka",)),
    ("kam", ("ka",)), ("anaj", ("ana",)), ("anie", ("ana",)), ("any", ("ana",)),
    ("yi", ("yja", "yia")), ("ii", ("ia", "ija")), ("ie", ("a",)), ("aj", ("a",)),
    ("am", ("",)), ("em", ("",)), ("a", ("",)), ("u", ("", "a")), ("y", ("a",)),
    ("ski", ()), ("cki", ()), ("zki", ()), ("sky", ()), ("skaja", ()), ("ckaja", ()),
    ("naja", ()), ("skaya", ()), ("naya", ()),
]  # fmt: skip
# Baltic nominatives of Slavic names (Lithuanian Mikalajus Statkevičius, Ihoris Losikas,
# Alesius Beliackis; Latvian Sergejs Tihanovskis): another language's ending, read off.
_LATIN_FOREIGN: list[tuple[str, tuple[str, ...]]] = [
    # Łacinka and Polish accusative of a name in -ka/-ha/-ga (Vialičku, Babaryku, Łukašenku)
    ("ku", ("ka",)), ("hu", ("ha",)), ("gu", ("ga",)),
    # Czech and Slovak add their -ová to a Russian woman's -ova (Andrejevová, Bachvalovovou)
    ("ovová", ("ova",)), ("evová", ("eva",)), ("avová", ("ava",)), ("inová", ("ina",)),
    ("ovovej", ("ova",)), ("evovej", ("eva",)), ("ovovou", ("ova",)), ("evovou", ("eva",)),
    ("skis", ("ski",)), ("ckis", ("cki",)), ("ijus", ("ij", "i")), ("jus", ("j",)),
    ("ius", ("",)), ("ijs", ("ij", "y")), ("as", ("",)), ("is", ("",)), ("us", ("",)),
    ("js", ("j",)), ("čs", ("č",)), ("rs", ("r",)), ("ks", ("k",)), ("vs", ("v",)),
]  # fmt: skip
_LATIN_VOWELS = set("aeiouyąęóé")
for _rules in (_LATIN_OBLIQUE, _LATIN_CONTEXT, _LATIN_FOREIGN):
    _rules.sort(key=lambda rule: -len(rule[0]))
_LATIN_OBLIQUE_ENDINGS = tuple(suffix for suffix, repl in _LATIN_OBLIQUE if repl)
_LATIN_OBLIQUE_LONG = tuple(
    s for s in _LATIN_OBLIQUE_ENDINGS if s.endswith(("am", "em", "om")) and len(s) > 2
)


def oblique(token: str) -> bool:
    """Whether a lowercase token ends as no name does in the nominative (-ого, -ičam)."""
    if script_of(token) == "cyrillic":
        return token.endswith(_OBLIQUE_CYRILLIC) and len(token) >= 5
    if token.endswith(("am", "em", "om")) and not token.endswith(_LATIN_OBLIQUE_LONG):
        return len(token) >= 7  # Adam, Abram, Artem are nominatives
    return token.endswith(_LATIN_OBLIQUE_ENDINGS) and len(token) >= 5


def case_forms(token: str, *, in_oblique_name: bool = False) -> list[str]:
    """The lowercase token, then the dictionary forms it may be a case form of.

    ``in_oblique_name``: another part of the name is oblique, so endings that are also
    nominative endings are read as case endings too (Mikałaja beside Statkieviča).
    """
    if script_of(token) == "cyrillic":
        out = nominatives(token)
        if in_oblique_name:
            for pattern, repl in ((_SOFT_CONSONANT, "ь"), (_SOFT_VOWEL, "й")):
                soft = pattern.sub(repl, token)
                if soft != token and soft not in out:
                    out.append(soft)
        return out
    out = _apply(token, _LATIN_OBLIQUE, _LATIN_VOWELS)
    own_ending = len(out) > 1
    if len(token) >= 6:
        out += [f for f in _apply(token, _LATIN_FOREIGN, set())[1:] if f not in out]
    if in_oblique_name and not own_ending:  # an oblique part is read by its own ending
        for form in _apply(token, _LATIN_CONTEXT, _LATIN_VOWELS)[1:]:
            if form not in out:
                out.append(form)
    return out
