"""Synthetic English probes of figures (aggregate counts of people), by the corpus rules.

Hand-written sentences in the style of wire news and NGO statements, none from any
corpus article. Each probe gives the figures expected, as the scorer reads them: a
breakdown on a total counts as one figure per part, of the total's category. A probe
passes when the figures found are exactly those expected (value, category, qualifier).

Run: ``PYTHONPATH=src python bench/probes_figures.py [-v] [--extractor en.v1]``; prints the
share of probes passed.
"""

from __future__ import annotations

import argparse
import datetime as dt

from vigil.extract.en.v2 import EnglishV2
from vigil.extract.en_v1 import EnglishV1
from vigil.extract.types import Extraction

F = tuple[int, str, str]  # value, category, qualifier
E, MT, AL, AB, UT = "exact", "more_than", "at_least", "about", "up_to"
PPH = "political_prisoners_held"

PROBES: list[tuple[str, list[F]]] = [
    # verbs before and after the count
    ("Police detained more than 200 protesters in the capital on Sunday.", [(200, "detained", MT)]),
    ("At least 389 people were detained during the weekend rallies.", [(389, "detained", AL)]),
    (
        "More than 35,000 people have been arrested since 2020, rights groups say.",
        [(35000, "detained", MT)],
    ),
    ("Security forces rounded up some 70 students outside the university.", [(70, "detained", AB)]),
    ("Authorities have freed 52 political prisoners since June.", [(52, "released", E)]),
    ("Nearly 300 inmates were released under the amnesty.", [(300, "released", AB)]),
    ("The president pardoned 37 people convicted of extremism.", [(37, "pardoned", E)]),
    (
        "A court in Grodno sentenced 11 activists to prison terms on Tuesday.",
        [(11, "sentenced", E)],
    ),
    ("Forty-two people were sentenced to prison terms over the protests.", [(42, "sentenced", E)]),
    ("Prosecutors charged 16 opposition members with treason.", [(16, "charged", E)]),
    ("Another 15 people are awaiting trial in the case.", [(15, "charged", E)]),
    ("Twelve defendants were convicted of organising mass riots.", [(12, "convicted", E)]),
    ("The authorities deported 135 prisoners to the United States.", [(135, "released", E)]),
    # the count of those held
    ("Viasna counts 1,419 political prisoners in Belarus.", [(1419, PPH, E)]),
    ("The number of political prisoners rose to 1,000 this week, Memorial said.", [(1000, PPH, E)]),
    ("Some 50 people remain in custody after the raids.", [(50, PPH, AB)]),
    (
        "Rights groups say about 1,300 people are behind bars for political reasons.",
        [(1300, PPH, AB)],
    ),
    ("There are currently 169 political prisoners in the country.", [(169, PPH, E)]),
    ("The updated list includes 126 names.", [(126, PPH, E)]),
    # recognition and other changes
    ("Nine new political prisoners were recognized this week.", [(9, "other", E)]),
    (
        "Human rights defenders recognized 14 more people as political prisoners on Monday.",
        [(14, "other", E)],
    ),
    (
        "The rights centre has declared 23 people political prisoners since January.",
        [(23, "other", E)],
    ),
    ("Five relatives of the opposition leader have been missing since March.", [(5, "other", E)]),
    # parts, lists, later clauses
    ("Of the 30 pardoned, 14 were women.", [(30, "pardoned", E), (14, "pardoned", E)]),
    (
        "18 prisoners, including two journalists, were freed on Thursday.",
        [(18, "released", E), (2, "released", E)],
    ),
    (
        "The list contains a total of 126 political prisoners, among them 20 journalists.",
        [(126, PPH, E), (20, PPH, E)],
    ),
    (
        "Police detained 120 people on Saturday; 40 of them were later released.",
        [(120, "detained", E), (40, "released", E)],
    ),
    (
        "Police detained 120 people on Saturday. Forty of them were released the next day.",
        [(120, "detained", E), (40, "released", E)],
    ),
    ("About 60 of the detainees were released on bail.", [(60, "released", AB)]),
    (
        "The decree pardons 25 people: 12 women and 13 men.",
        [(25, "pardoned", E), (12, "pardoned", E), (13, "pardoned", E)],
    ),
    (
        "Police arrested 4,989 people on Sunday; 113 were minors.",
        [(4989, "detained", E), (113, "other", E)],
    ),
    ("Among those detained, 13 were journalists.", [(13, "other", E)]),
    ("Three of them were sentenced to prison terms in absentia.", [(3, "sentenced", E)]),
    ("Eleven of the pardoned have children under 18.", [(11, "other", E)]),
    ("The number of political prisoners is 82 more than a year ago.", [(82, "other", E)]),
    # numbers as words, ranges and vague counts
    ("Two dozen protesters were arrested outside parliament.", [(24, "detained", E)]),
    ("Seven journalists were detained in Baku on Friday.", [(7, "detained", E)]),
    ("Dozens were arrested in the crackdown.", []),
    ("Hundreds of people were detained across the country.", []),
    ("Thousands took to the streets on Sunday.", []),
    ("Up to 40 people were detained at the rally.", [(40, "detained", UT)]),
    # not figures
    ("Ihar Losik, 31, was sentenced to 15 years in 2021.", []),
    ("The court sentenced Anna Kovalenka, 63, to three years in a penal colony.", []),
    ("He spent 527 days in solitary confinement.", []),
    ("She was transferred to colony No. 4 in Gomel.", []),
    ("One of them is an American citizen.", []),
    ("The 2020 protests were the largest in the country's history.", []),
    ("The trial began on Monday, 10 days after the arrests.", []),
    # a repeated number is one figure
    (
        "Police detained 45 protesters on Monday. All 45 protesters were detained near the square.",
        [(45, "detained", E)],
    ),
    # harder: nouns outside any list, the verb far from the count, later clauses
    (
        "At least 9,000 pro-democracy supporters have been detained since the coup.",
        [(9000, "detained", AL)],
    ),
    ("The junta has arrested more than 150 monks.", [(150, "detained", MT)]),
    ("Police detained 12 football fans after the match.", [(12, "detained", E)]),
    ("The court convicted 27 former soldiers of mutiny.", [(27, "convicted", E)]),
    ("At least 25 people, most of them students, were detained on Friday.", [(25, "detained", AL)]),
    ("Some 130 people who took part in the march were later sentenced.", [(130, "sentenced", AB)]),
    ("The court handed prison terms to 14 protesters on Monday.", [(14, "sentenced", E)]),
    ("Police said 17 people had been taken into custody.", [(17, "detained", E)]),
    ("Seventeen others face charges of hooliganism.", [(17, "charged", E)]),
    (
        "The group said 1,200 people were detained, of whom 300 have since been released.",
        [(1200, "detained", E), (300, "released", E)],
    ),
    (
        "Police said they had detained 46 people and released 30 of them.",
        [(46, "detained", E), (30, "released", E)],
    ),
    (
        "Police said 86 people had been detained, and 30 of them charged.",
        [(86, "detained", E), (30, "charged", E)],
    ),
    (
        "Riot police detained 38 people in Minsk, 12 in Gomel and 5 in Brest.",
        [(38, "detained", E), (12, "detained", E), (5, "detained", E)],
    ),
    (
        "Authorities released 14 prisoners on Monday and nine on Tuesday.",
        [(14, "released", E), (9, "released", E)],
    ),
    ("Eighty of the defendants received prison sentences.", [(80, "sentenced", E)]),
    (
        "Lukashenko has freed about 300 prisoners in the past year, among them 12 foreigners.",
        [(300, "released", AB), (12, "released", E)],
    ),
    ("Nineteen protesters, among them a teenager, were detained.", [(19, "detained", E)]),
    ("A dozen journalists were briefly detained outside the court.", [(12, "detained", E)]),
    ("Around 60 people are imprisoned for criticising the government.", [(60, PPH, AB)]),
    ("The number of people detained has risen to 3,200.", [(3200, "detained", E)]),
    ("Memorial's list now counts 297 political prisoners.", [(297, PPH, E)]),
]


def found(ex: Extraction) -> list[F]:
    out: list[F] = []
    for f in ex.figures:
        out.append((f.value, f.category, f.qualifier.value))
        out.extend((v, f.category, "exact") for v in f.breakdown.values())
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--extractor", default="en.v2", choices=["en.v1", "en.v2"])
    args = parser.parse_args()
    ex = EnglishV2() if args.extractor == "en.v2" else EnglishV1()
    published = dt.date(2024, 3, 8)
    passed = 0
    for text, want in PROBES:
        got = found(ex(text, published=published))
        if sorted(got) == sorted(want):
            passed += 1
        elif args.verbose:
            print(f"FAIL: {text}\n    want {sorted(want)}\n    got  {sorted(got)}")
    print(f"figure probes passed: {passed} of {len(PROBES)} ({passed / len(PROBES):.3f})")


if __name__ == "__main__":
    main()
