"""Probes: events stated of a group that refers back to persons already named.

Hand-written synthetic texts (wire and NGO styles; invented names; none from any corpus
article): "A and B were sentenced. Both had been detained in 2021.", "They were released
on Friday.", "The two journalists were taken to a colony.", and negatives (the pronoun
stands for officials or lawyers, the count does not agree, nothing is stated). Prints
each failure and the share of probes passed.

Run: ``PYTHONPATH=src python bench/probes_anaphora.py``.
A date of None means any date; a person mapped to ``[]`` must get no event.
"""

from __future__ import annotations

import datetime as dt

from vigil.extract import Role
from vigil.extract.en.v2 import EnglishV2

PUBLISHED = dt.date(2024, 3, 8)  # a Friday

Want = dict[str, list[tuple[str, str | None]]]

PROBES: list[tuple[str, Want]] = [
    # -- positives: a plural pronoun or a group phrase after the named persons
    (
        "Hanna Pakhomava and Yury Slabodchyk were each given three years in a penal colony "
        "on Tuesday. Both had been detained in November 2023.",
        {
            "Hanna Pakhomava": [("sentenced", "2024-03-05"), ("detained", "2023-11")],
            "Yury Slabodchyk": [("sentenced", "2024-03-05"), ("detained", "2023-11")],
        },
    ),
    (
        "A court in Minsk sentenced Hanna Pakhomava, Yury Slabodchyk and Ales Mikus to three "
        "years each. All three had been detained in November 2023.",
        {
            "Hanna Pakhomava": [("detained", "2023-11")],
            "Yury Slabodchyk": [("detained", "2023-11")],
            "Ales Mikus": [("detained", "2023-11")],
        },
    ),
    (
        "Activists Darya Losik and Pavel Sevyarynets were sentenced to four years on Monday. "
        "They had been in custody since their arrest in January.",
        {
            "Darya Losik": [("sentenced", "2024-03-04"), ("detained", "2024-01")],
            "Pavel Sevyarynets": [("sentenced", "2024-03-04"), ("detained", "2024-01")],
        },
    ),
    (
        "Journalists Katsiaryna Bakhvalava and Darya Chultsova were sentenced to two years. "
        "Both were arrested in November 2020.",
        {
            "Katsiaryna Bakhvalava": [("detained", "2020-11")],
            "Darya Chultsova": [("detained", "2020-11")],
        },
    ),
    (
        "The Hrodna regional court sentenced journalists Andrzej Poczobut and Ihar Ilyash to "
        "eight years. The two journalists were taken to a colony in Navapolatsk in May.",
        {
            "Andrzej Poczobut": [("sentenced", None), ("transferred", "2023-05")],
            "Ihar Ilyash": [("sentenced", None), ("transferred", "2023-05")],
        },
    ),
    (
        "Police detained activists Marfa Rabkova and Andrei Chapiuk in Minsk in September "
        "2020. The activists were released on Friday.",
        {
            "Marfa Rabkova": [("detained", None), ("released", "2024-03-08")],
            "Andrei Chapiuk": [("detained", None), ("released", "2024-03-08")],
        },
    ),
    (
        "Marfa Rabkova and Andrei Chapiuk were detained on Monday. Each of them was sentenced "
        "to 15 days of administrative arrest on Wednesday.",
        {
            "Marfa Rabkova": [("sentenced", "2024-03-06")],
            "Andrei Chapiuk": [("sentenced", "2024-03-06")],
        },
    ),
    (
        "Rights defenders Nasta Loika and Leanid Sudalenka have been behind bars since 2021. "
        "They were recognized as political prisoners by Viasna in February 2022.",
        {
            "Nasta Loika": [("recognized_political_prisoner", "2022-02")],
            "Leanid Sudalenka": [("recognized_political_prisoner", "2022-02")],
        },
    ),
    (
        "Opposition figures Mikola Dziadok and Ihar Alinevich remain in prison. Both were "
        "sentenced in 2021 to more than five years.",
        {"Mikola Dziadok": [("sentenced", "2021")], "Ihar Alinevich": [("sentenced", "2021")]},
    ),
    (
        "Kseniya Lutskina, Ryhor Kastusiou and Vasil Berasnieu were pardoned on Thursday, "
        "Viasna said. The three had been arrested in 2020 and 2021.",
        {
            "Kseniya Lutskina": [("pardoned", None), ("detained", None)],
            "Ryhor Kastusiou": [("pardoned", None), ("detained", None)],
            "Vasil Berasnieu": [("pardoned", None), ("detained", None)],
        },
    ),
    (
        "Two students, Yana Arabeika and Kasia Budzko, were expelled from university in 2020. "
        "The two women were arrested in October 2020 and sentenced to two and a half years.",
        {
            "Yana Arabeika": [("detained", "2020-10"), ("sentenced", None)],
            "Kasia Budzko": [("detained", "2020-10"), ("sentenced", None)],
        },
    ),
    (
        "Azerbaijani journalists Sevinj Vagifgizi and Ulvi Hasanli went on trial in Baku. "
        "They were detained in November 2023 on smuggling charges, their lawyers said.",
        {"Sevinj Vagifgizi": [("detained", "2023-11")], "Ulvi Hasanli": [("detained", "2023-11")]},
    ),
    (
        "Sevinj Vagifgizi and Ulvi Hasanli were sentenced to nine years on June 20. Both have "
        "been in custody since November 2023.",
        {
            "Sevinj Vagifgizi": [("sentenced", "2023-06-20"), ("detained", "2023-11")],
            "Ulvi Hasanli": [("sentenced", "2023-06-20"), ("detained", "2023-11")],
        },
    ),
    (
        "Viasna named Palina Sharenda-Panasiuk and Maria Kalesnikava among the women held. "
        "Both of them were sentenced in 2021.",
        {
            "Palina Sharenda-Panasiuk": [("sentenced", "2021")],
            "Maria Kalesnikava": [("sentenced", "2021")],
        },
    ),
    # -- "all" refers to all detainees named so far
    (
        "Hanna Pakhomava and Yury Slabodchyk were each given three years. Ales Mikus was "
        "jailed for two years. All three had been detained in November 2023.",
        {
            "Hanna Pakhomava": [("detained", "2023-11")],
            "Yury Slabodchyk": [("detained", "2023-11")],
            "Ales Mikus": [("detained", "2023-11")],
        },
    ),
    (
        "On 12 January, the Minsk City Court sentenced human rights defenders Marfa Rabkova, "
        "Andrei Chapiuk and Nasta Loika. The three defenders were taken to a penal colony "
        "in February.",
        {
            "Marfa Rabkova": [("transferred", "2024-02")],
            "Andrei Chapiuk": [("transferred", "2024-02")],
            "Nasta Loika": [("transferred", "2024-02")],
        },
    ),
    (
        "Police detained Ihar Losik and Siarhei Tsikhanouski in May 2020. Both men were later "
        "sentenced to 15 years.",
        {
            "Ihar Losik": [("detained", None), ("sentenced", None)],
            "Siarhei Tsikhanouski": [("detained", None), ("sentenced", None)],
        },
    ),
    (
        "Ales Bialiatski, Valiantsin Stefanovich and Uladzimir Labkovich were arrested in July "
        "2021. In March 2023, the three were sentenced to between seven and ten years.",
        {
            "Ales Bialiatski": [("detained", "2021-07"), ("sentenced", "2023-03")],
            "Valiantsin Stefanovich": [("detained", "2021-07"), ("sentenced", "2023-03")],
            "Uladzimir Labkovich": [("detained", "2021-07"), ("sentenced", "2023-03")],
        },
    ),
    (
        "Azerbaijani journalists Sevinj Vagifgizi and Ulvi Hasanli were arrested in November "
        "2023, their lawyer Elchin Sadigov said. The two were sentenced to nine years on "
        "Friday.",
        {
            "Sevinj Vagifgizi": [("sentenced", "2024-03-08")],
            "Ulvi Hasanli": [("sentenced", "2024-03-08")],
            "Elchin Sadigov": [],
        },
    ),
    (
        "Ihar Losik was sentenced to 15 years in 2021. Darya Losik was jailed for two years in "
        "2022. Both were pardoned on Thursday.",
        {"Ihar Losik": [("pardoned", "2024-03-07")], "Darya Losik": [("pardoned", "2024-03-07")]},
    ),
    (
        "Viasna says Palina Sharenda-Panasiuk and Maria Kalesnikava have been held "
        "incommunicado for a year. Both women were sentenced in 2021.",
        {
            "Palina Sharenda-Panasiuk": [("sentenced", "2021")],
            "Maria Kalesnikava": [("sentenced", "2021")],
        },
    ),
    (
        "Marfa Rabkova, Andrei Chapiuk and Nasta Loika were detained in September 2020. They "
        "were released on Thursday after serving their terms.",
        {
            "Marfa Rabkova": [("released", "2024-03-07")],
            "Andrei Chapiuk": [("released", "2024-03-07")],
            "Nasta Loika": [("released", "2024-03-07")],
        },
    ),
    (
        "Marfa Rabkova and Andrei Chapiuk were sentenced in September. Authorities released "
        "them on Friday.",
        {
            "Marfa Rabkova": [("released", "2024-03-08")],
            "Andrei Chapiuk": [("released", "2024-03-08")],
        },
    ),
    (
        "Darya Losik and Pavel Sevyarynets were sentenced to four years. Neither has been "
        "released.",
        {
            "Darya Losik": [("sentenced", None), ("!released", None)],
            "Pavel Sevyarynets": [("sentenced", None), ("!released", None)],
        },
    ),
    (
        "Darya Losik was sentenced to four years. Her lawyers Ivan Kruk and Olga Batura "
        "appealed. Both lawyers were detained in May.",
        {"Darya Losik": [("sentenced", None), ("!detained", None)]},
    ),
    (
        "Darya Losik was detained on Monday. They were released on Tuesday.",
        {"Darya Losik": [("detained", None), ("!released", None)]},
    ),
    (
        "Darya Losik and Pavel Sevyarynets were sentenced to four years. Three other activists "
        "were detained on Monday.",
        {
            "Darya Losik": [("sentenced", None), ("!detained", None)],
            "Pavel Sevyarynets": [("sentenced", None), ("!detained", None)],
        },
    ),
    (
        "Darya Losik and Pavel Sevyarynets were sentenced to four years. The journalists who "
        "covered the trial were detained on Monday.",
        {
            "Darya Losik": [("sentenced", None), ("!detained", None)],
            "Pavel Sevyarynets": [("sentenced", None), ("!detained", None)],
        },
    ),
    (
        "Darya Losik and Pavel Sevyarynets were sentenced to four years. Their relatives were "
        "detained on Monday.",
        {
            "Darya Losik": [("sentenced", None), ("!detained", None)],
            "Pavel Sevyarynets": [("sentenced", None), ("!detained", None)],
        },
    ),
    (
        "Judge Ivan Kruk sentenced Darya Losik and Pavel Sevyarynets to four years. They had "
        "been in custody since January 2023.",
        {
            "Darya Losik": [("detained", "2023-01")],
            "Pavel Sevyarynets": [("detained", "2023-01")],
            "Ivan Kruk": [],
        },
    ),
    (
        "Darya Losik and Pavel Sevyarynets were sentenced to four years. The two judges were "
        "sanctioned and later detained in May.",
        {"Darya Losik": [("!detained", None)], "Pavel Sevyarynets": [("!detained", None)]},
    ),
    (
        "Darya Losik and Pavel Sevyarynets were sentenced to four years. Police detained 30 "
        "protesters outside the court on Sunday. They were released on Monday.",
        {
            "Darya Losik": [("sentenced", None), ("!released", None)],
            "Pavel Sevyarynets": [("sentenced", None), ("!released", None)],
        },
    ),
    (
        "Darya Losik and Pavel Sevyarynets were released on Friday. They said they had been "
        "beaten in detention.",
        {
            "Darya Losik": [("released", None), ("!detained", None)],
            "Pavel Sevyarynets": [("released", None), ("!detained", None)],
        },
    ),
    (
        "Darya Losik and Pavel Sevyarynets were sentenced to four years. Police detained two "
        "of their supporters on Sunday. Both were released on Monday.",
        {
            "Darya Losik": [("sentenced", None), ("!released", None)],
            "Pavel Sevyarynets": [("sentenced", None), ("!released", None)],
        },
    ),
    (
        "Darya Losik and Pavel Sevyarynets were sentenced to four years. Both sides appealed "
        "the verdict, and the prosecutors were released from the case.",
        {
            "Darya Losik": [("sentenced", None), ("!released", None)],
            "Pavel Sevyarynets": [("sentenced", None), ("!released", None)],
        },
    ),
    (
        "Two opposition activists, Olga Karach, 45, and Pavel Sevyarynets, 48, were detained on "
        "Monday. They were charged with organizing mass riots on Wednesday.",
        {
            "Olga Karach": [("charged", "2024-03-06")],
            "Pavel Sevyarynets": [("charged", "2024-03-06")],
        },
    ),
    (
        "Marfa Rabkova and Andrei Chapiuk were convicted on Monday. Each was sentenced to three "
        "years.",
        {"Marfa Rabkova": [("sentenced", None)], "Andrei Chapiuk": [("sentenced", None)]},
    ),
    (
        "Ales Bialiatski, Valiantsin Stefanovich and Uladzimir Labkovich were convicted in March "
        "2023. All of them were taken to a penal colony in May.",
        {
            "Ales Bialiatski": [("transferred", "2023-05")],
            "Valiantsin Stefanovich": [("transferred", "2023-05")],
            "Uladzimir Labkovich": [("transferred", "2023-05")],
        },
    ),
    (
        "Human rights defenders Nasta Loika, Marfa Rabkova and Andrei Chapiuk remain behind "
        "bars. Viasna recognized all three as political prisoners in 2021.",
        {
            "Nasta Loika": [("recognized_political_prisoner", "2021")],
            "Marfa Rabkova": [("recognized_political_prisoner", "2021")],
            "Andrei Chapiuk": [("recognized_political_prisoner", "2021")],
        },
    ),
    (
        "Marfa Rabkova and Andrei Chapiuk were sentenced on Monday. Their arrest in September "
        "2020 drew wide condemnation.",
        {"Marfa Rabkova": [("detained", "2020-09")], "Andrei Chapiuk": [("detained", "2020-09")]},
    ),
    (
        "Siarhei Tsikhanouski and Sviatlana Tsikhanouskaya ran a popular blog. The couple were "
        "detained in May 2020.",
        {
            "Siarhei Tsikhanouski": [("detained", "2020-05")],
            "Sviatlana Tsikhanouskaya": [("detained", "2020-05")],
        },
    ),
    (
        "Security forces detained Ihar Losik and Siarhei Tsikhanouski at a rally. These two "
        "bloggers were later sentenced to 15 years.",
        {"Ihar Losik": [("sentenced", None)], "Siarhei Tsikhanouski": [("sentenced", None)]},
    ),
    (
        "Judge Ivan Kruk sentenced Darya Losik to four years. They were both detained in 2021.",
        {"Darya Losik": [("sentenced", None), ("!detained", None)], "Ivan Kruk": []},
    ),
    (
        "Marfa Rabkova and Andrei Chapiuk were detained in September 2020, and both were "
        "sentenced in 2021.",
        {
            "Marfa Rabkova": [("detained", "2020-09"), ("sentenced", "2021")],
            "Andrei Chapiuk": [("detained", "2020-09"), ("sentenced", "2021")],
        },
    ),
    (
        "Marfa Rabkova and Andrei Chapiuk were sentenced on Monday. Officials said both "
        "sides had been heard and the two prosecutors were released from duty.",
        {
            "Marfa Rabkova": [("sentenced", None), ("!released", None)],
            "Andrei Chapiuk": [("sentenced", None), ("!released", None)],
        },
    ),
    (
        "Marfa Rabkova and Andrei Chapiuk were sentenced on Monday. Their release remains "
        "uncertain.",
        {
            "Marfa Rabkova": [("sentenced", None), ("!released", None)],
            "Andrei Chapiuk": [("sentenced", None), ("!released", None)],
        },
    ),
    (
        "Police detained dozens of activists on Sunday, including Marfa Rabkova and Andrei "
        "Chapiuk. The activists were released on Monday.",
        {
            "Marfa Rabkova": [("detained", None), ("released", "2024-03-04")],
            "Andrei Chapiuk": [("detained", None), ("released", "2024-03-04")],
        },
    ),
    (
        "Marfa Rabkova and Andrei Chapiuk were sentenced on Monday. The European Union "
        "condemned the verdict. They had been arrested in September 2020.",
        {"Marfa Rabkova": [("detained", "2020-09")], "Andrei Chapiuk": [("detained", "2020-09")]},
    ),
    (
        "Marfa Rabkova and Andrei Chapiuk were sentenced in 2021. The two activists, who had "
        "been detained in September 2020, were released on Friday.",
        {
            "Marfa Rabkova": [("released", "2024-03-08"), ("detained", "2020-09")],
            "Andrei Chapiuk": [("released", "2024-03-08"), ("detained", "2020-09")],
        },
    ),
    (
        "Marfa Rabkova and Andrei Chapiuk were sentenced in 2021. Both of the journalists "
        "were released on Friday.",
        {
            "Marfa Rabkova": [("released", "2024-03-08")],
            "Andrei Chapiuk": [("released", "2024-03-08")],
        },
    ),
    (
        "Marfa Rabkova and Andrei Chapiuk were sentenced in 2021. The two opposition activists "
        "were released on Friday.",
        {
            "Marfa Rabkova": [("released", "2024-03-08")],
            "Andrei Chapiuk": [("released", "2024-03-08")],
        },
    ),
    (
        "Marfa Rabkova and Andrei Chapiuk were sentenced to three years. \u201cThis is "
        "revenge,\u201d their lawyer Ivan Kruk said. They had been in custody since May 2022.",
        {
            "Marfa Rabkova": [("detained", "2022-05")],
            "Andrei Chapiuk": [("detained", "2022-05")],
            "Ivan Kruk": [],
        },
    ),
    (
        "Marfa Rabkova and Andrei Chapiuk went on trial in Minsk on Monday. The defendants were "
        "detained in May 2022.",
        {"Marfa Rabkova": [("detained", "2022-05")], "Andrei Chapiuk": [("detained", "2022-05")]},
    ),
    (
        "Marfa Rabkova and Andrei Chapiuk were sentenced on Monday. Lawyers Ivan Kruk and Olga "
        "Batura said the case was political. They were detained in May.",
        {
            "Marfa Rabkova": [("sentenced", None), ("!detained", None)],
            "Andrei Chapiuk": [("sentenced", None), ("!detained", None)],
        },
    ),
    (
        "Marfa Rabkova and Andrei Chapiuk went on trial in Minsk in May. Both received "
        "three-year sentences on Friday.",
        {
            "Marfa Rabkova": [("sentenced", "2024-03-08")],
            "Andrei Chapiuk": [("sentenced", "2024-03-08")],
        },
    ),
    # -- the group is named in its own phrase, or after it: the other rules keep theirs
    (
        "The two journalists, Ihar Losik and Darya Losik, were detained in May.",
        {"Ihar Losik": [("detained", "2023-05")], "Darya Losik": [("detained", "2023-05")]},
    ),
    (
        "The activists Ihar Losik and Darya Losik were detained in May.",
        {"Ihar Losik": [("detained", "2023-05")], "Darya Losik": [("detained", "2023-05")]},
    ),
    (
        "Police said on Friday they were detained in May, and Ihar Losik and Darya Losik were "
        "detained again on Thursday.",
        {"Ihar Losik": [("detained", None)], "Darya Losik": [("detained", None)]},
    ),
    (
        "Marfa Rabkova and Andrei Chapiuk were sentenced on Monday. After they were detained "
        "in May, Ihar Losik and Darya Losik were sentenced to three years.",
        {
            "Marfa Rabkova": [("sentenced", None), ("!detained", None)],
            "Andrei Chapiuk": [("sentenced", None), ("!detained", None)],
        },
    ),
    # -- negatives: count disagrees, officials, lawyers, nothing stated
    (
        "Hanna Pakhomava and Yury Slabodchyk were each given three years. All four had been "
        "detained in November 2023.",
        {
            "Hanna Pakhomava": [("sentenced", None), ("!detained", None)],
            "Yury Slabodchyk": [("sentenced", None), ("!detained", None)],
        },
    ),
    (
        "Darya Losik and Pavel Sevyarynets were sentenced to four years. The three "
        "journalists were released in May.",
        {
            "Darya Losik": [("sentenced", None), ("!released", None)],
            "Pavel Sevyarynets": [("sentenced", None), ("!released", None)],
        },
    ),
    (
        "Darya Losik and Pavel Sevyarynets were sentenced to four years. They said the "
        "verdict was unfair.",
        {"Darya Losik": [("sentenced", None)], "Pavel Sevyarynets": [("sentenced", None)]},
    ),
    (
        "Darya Losik was sentenced to four years. Her lawyers Ivan Kruk and Olga Batura "
        "appealed. Both lawyers were barred from the profession in May.",
        {"Darya Losik": [("sentenced", None)], "Ivan Kruk": [], "Olga Batura": []},
    ),
    (
        "Judges Ivan Kruk and Olga Batura heard the case of Darya Losik. They were "
        "sanctioned by the European Union in May.",
        {"Ivan Kruk": [], "Olga Batura": []},
    ),
    (
        "Interior minister Ivan Kubrakou and prosecutor Andrei Shved visited the colony. They "
        "were later sanctioned and detained by nobody.",
        {"Ivan Kubrakou": [], "Andrei Shved": []},
    ),
    (
        "Nasta Loika and Maryna Zolatava were sentenced on Monday. Her parents Ivan Loika and "
        "Olga Loika said both had been arrested in May.",
        {
            "Nasta Loika": [("sentenced", None), ("detained", "2023-05")],
            "Maryna Zolatava": [("sentenced", None), ("detained", "2023-05")],
            "Ivan Loika": [],
            "Olga Loika": [],
        },
    ),
    (
        "Pavel Sapelka of Viasna spoke about Darya Losik. They were detained in May.",
        {"Pavel Sapelka": []},
    ),
    (
        "Darya Losik was sentenced to four years on Monday. Both were arrested in 2021.",
        {"Darya Losik": [("sentenced", None), ("!detained", None)]},
    ),
    (
        "Police detained protesters in Minsk on Sunday. Darya Losik and Pavel Sevyarynets "
        "reported the arrests. They were released on Monday.",
        {},
    ),
    (
        "Darya Losik and Pavel Sevyarynets were sentenced to four years. They have not been "
        "released.",
        {
            "Darya Losik": [("sentenced", None), ("!released", None)],
            "Pavel Sevyarynets": [("sentenced", None), ("!released", None)],
        },
    ),
    (
        "Darya Losik and Pavel Sevyarynets were sentenced to four years. The officers who "
        "detained them were promoted.",
        {"Darya Losik": [("sentenced", None)], "Pavel Sevyarynets": [("sentenced", None)]},
    ),
]


def check(got: dict[str, list[tuple[str, str | None]]], want: Want) -> list[str]:
    miss: list[str] = []
    for name, evs in want.items():
        have = got.get(name, [])
        if not evs and have:
            miss.append(f"{name}: want no event, got {have}")
        for kind, date in evs:
            if kind.startswith("!"):
                if any(t == kind[1:] for t, _ in have):
                    miss.append(f"{name}: want no {kind[1:]}")
                continue
            ok = (kind, date) in have if date else any(t == kind for t, _ in have)
            if not ok:
                miss.append(f"{name}: want {(kind, date)}")
    return miss


def main() -> None:
    ex = EnglishV2()
    bad = 0
    for text, want in PROBES:
        r = ex(text, published=PUBLISHED)
        got = {
            p.name: [(e.type.value, str(e.date) if e.date else None) for e in p.events]
            for p in r.persons
            if p.role is Role.DETAINEE
        }
        miss = check(got, want)
        if miss:
            bad += 1
            print("FAIL:", text[:110])
            print("   ", "; ".join(miss))
            print("    got", got)
    passed = len(PROBES) - bad
    print(f"{passed} of {len(PROBES)} probes passed ({passed / len(PROBES):.0%})")


if __name__ == "__main__":
    main()
