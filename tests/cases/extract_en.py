"""Golden "text → claims" cases for the English extractors, one row per construction.

``CASES`` hold for ``vigil.extract.en.v1`` and ``vigil.extract.en.v2`` alike;
``CASES_V2`` are the constructions v2 reads through the parse (issue 12), run on v2 only;
``CASES_LEARNED`` are those v2's learned models decide (``vigil.extract.learn``), v2 only.

Each row: the text, its publication date, and what must be found. ``events`` maps a
detainee's name (as the extractor names them) to ``(type, date or None)`` pairs that
must all be among that person's events; ``figures`` lists ``(value, qualifier,
category)`` triples that must all be found; ``not_detainees`` must not be detainees.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    published: dt.date | None = None
    events: dict[str, list[tuple[str, str | None]]] = field(default_factory=dict)
    figures: list[tuple[int, str, str]] = field(default_factory=list)
    not_detainees: list[str] = field(default_factory=list)
    facilities: list[str] = field(default_factory=list)
    exact_figures: bool = False  # True: no other figures may be found
    genders: dict[str, str] = field(default_factory=dict)  # person → "female" / "male"
    not_persons: list[str] = field(default_factory=list)  # capitalized phrases, not names
    # en.v2's events where they differ from ``events`` (its date ladder ends at the
    # publication date for a lead's news)
    events_v2: dict[str, list[tuple[str, str | None]]] | None = None
    # organisations that must be proposed, each kept by the learned model (its reason
    # says "classifier: organisation ..."), and names that must not be proposed as one
    organisations: list[str] = field(default_factory=list)
    not_organisations: list[str] = field(default_factory=list)
    # event types a detainee must not have ("They were released" of another group)
    absent: dict[str, list[str]] = field(default_factory=dict)


D = dt.date
CASES = [
    Case("passive with date", "Ihar Losik was detained on June 25, 2020 in Baranavichy.",
         events={"Ihar Losik": [("detained", "2020-06-25")]}),
    Case("active with object and weekday", "A court in Minsk sentenced Maria Ivanova to five "
         "years in a medium-security colony on Friday.", D(2024, 3, 4),
         events={"Maria Ivanova": [("sentenced", "2024-03-01")]}),
    Case("leading date adverbial", "Two months ago, a court sentenced Pavel Sevyarynets to "
         "seven years in prison.", D(2023, 5, 2),
         events={"Pavel Sevyarynets": [("sentenced", "2023-03")]}),
    Case("list after a pardon verb", "Lukashenka has pardoned four prisoners - Mikalai Dzyadok, "
         "Ihar Alinevich, Yauhen Vaskovich and Artsiom Prakapenka.",
         events={"Mikalai Dzyadok": [("pardoned", None)], "Artsiom Prakapenka":
                 [("pardoned", None)], "Ihar Alinevich": [("pardoned", None)]},
         figures=[(4, "exact", "pardoned")], not_detainees=["Lukashenka"]),
    Case("in absentia", "Andrei Sannikov, who fled the country, was sentenced to eight years "
         "in absentia in March 2023.",
         events={"Andrei Sannikov": [("convicted_in_absentia", "2023-03")]}),
    Case("incommunicado duration gives its start", "The regime has kept my husband, Syarhey "
         "Tsikhanouski, out of public sight for 527 days.", D(2024, 8, 16),
         events={"Syarhey Tsikhanouski": [("incommunicado", "2023-03-08")]}),
    Case("held incommunicado, undated", "Mikalai Statkevich has been held incommunicado for "
         "more than 90 days.", None, events={"Mikalai Statkevich": [("incommunicado", None)]}),
    Case("lack of communication with a list", "There is no news from prison and a lack of "
         "communication with Ihar Losik, Maria Kolesnikova and Maxim Znak.",
         events={"Maxim Znak": [("incommunicado", None)],
                 "Maria Kolesnikova": [("incommunicado", None)]}),
    Case("transfer to a numbered colony", "Ales Bialiatski was transferred to Penal Colony "
         "No. 9 in Horki.", events={"Ales Bialiatski": [("transferred", None)]},
         facilities=["Penal Colony No. 9 in Horki"]),
    Case("behind bars since", "Alexey Navalny had been behind bars since January 2021.",
         events={"Alexey Navalny": [("detained", "2021-01")]}),
    Case("died in custody", "Opposition figure Alexey Navalny died in a prison colony on "
         "Friday.", D(2024, 2, 16), events={"Alexey Navalny": [("died_in_custody", "2024-02-16")]}),
    Case("recognized as political prisoner", "The Union recognized activist Shahin Hajiyev as "
         "another political prisoner.",
         events={"Shahin Hajiyev": [("recognized_political_prisoner", None)]}),
    Case("charges filed", "Police filed charges against Aung San Suu Kyi on Wednesday.",
         D(2021, 2, 5), events={"Aung San Suu Kyi": [("charged", "2021-02-03")]}),
    Case("released, yesterday", "Ryhor Kastusioŭ was released yesterday.", D(2024, 9, 28),
         events={"Ryhor Kastusioŭ": [("released", "2024-09-27")]}),
    Case("received a term", "Hafiz Babali received nine years.",
         events={"Hafiz Babali": [("sentenced", None)]}),
    Case("pronoun subject", "Narges Mohammadi is a rights campaigner. She was arrested in "
         "November 2021.", events={"Narges Mohammadi": [("detained", "2021-11")]}),
    Case("figure with qualifier and held", "More than 1,400 people are still behind bars in "
         "politically motivated cases.", figures=[(1400, "more_than", "political_prisoners_held")]),
    Case("figure with breakdown", "30 people have been pardoned. The decree pardons 14 women "
         "and 16 men.", figures=[(30, "exact", "pardoned")], exact_figures=True),
    Case("figure: at least, detained", "Police detained at least 389 people at anti-war "
         "protests in 39 cities.", figures=[(389, "at_least", "detained")], exact_figures=True),
    Case("figure: awaiting trial is charged", "There are 633 political prisoners awaiting "
         "trial.", figures=[(633, "exact", "charged")]),
    Case("figure: number word, released", "Six political detainees were freed last week.",
         figures=[(6, "exact", "released")]),
    Case("figure: the N sentenced", "They called for the release of the 42 sentenced.",
         figures=[(42, "exact", "sentenced")]),
    Case("not figures: ages, years, days", "Tsikhanouskaya, 41, spent 527 days waiting in "
         "2020 for a 10-year term.", exact_figures=True),
    Case("no event for an official or a speaker", "Alyaksandr Lukashenka said he signed a "
         "decree pardoning 14 women and 16 men.", not_detainees=["Alyaksandr Lukashenka"]),
    Case("future release is not an event", "Svetlana Petrova will be released next year, "
         "her lawyer said.", not_detainees=["Svetlana Petrova"]),
    Case("date of the report is not the event's", "Her lawyer said on Monday that Olga "
         "Smirnova was detained on Saturday at the border.", D(2024, 3, 6),
         events={"Olga Smirnova": [("detained", "2024-03-02")]}),
    Case("wire weekday without on", "Police arrested journalist Pavel Orlov Tuesday in Minsk.",
         D(2024, 3, 7), events={"Pavel Orlov": [("detained", "2024-03-05")]}),
    Case("last week has no day", "Anna Kovalenko was detained last week.", D(2024, 3, 14),
         events={"Anna Kovalenko": [("detained", "2024-03")]}),
    Case("them: the persons of the event before; until is an end", "Police filed charges "
         "against Tun Aung and Khin Maung and remanded them in custody until March 1.",
         D(2024, 2, 5), events={"Tun Aung": [("charged", None), ("detained", None)],
                                "Khin Maung": [("charged", None), ("detained", None)]},
         events_v2={"Tun Aung": [("charged", "2024-02-05"), ("detained", "2024-02-05")],
                    "Khin Maung": [("charged", "2024-02-05"), ("detained", "2024-02-05")]}),
    Case("duration counted back from another date", "It was only in May 2023 that Olena Bondar "
         "was allowed a visit, having been held in total isolation for a year beforehand.",
         D(2024, 1, 10), events={"Olena Bondar": [("incommunicado", "2022-05")]}),
    Case("date of the sentence before, same person", "The court in Homiel heard the case of "
         "Ihar Marchuk on March 3, 2022. He was sentenced to six years.",
         events={"Ihar Marchuk": [("sentenced", "2022-03-03")]}, genders={"Ihar Marchuk": "male"}),
    Case("a lead's date in the next sentence", "Opposition activist Yulia Sergeeva died in a "
         "prison colony.\n\nThe service said in a statement on Friday that Sergeeva had lost "
         "consciousness after a walk.", D(2024, 5, 10),
         events={"Yulia Sergeeva": [("died_in_custody", "2024-05-10")]}),
    Case("another event's date is not carried", "Ihar Marchuk was detained in Hrodna on June 3, "
         "2021. He was later transferred to a prison colony.",
         events={"Ihar Marchuk": [("detained", "2021-06-03"), ("transferred", None)]}),
    Case("list verb in a recognition story", "In a statement released yesterday, rights groups "
         "recognized four people as political prisoners. They listed two students: Ilya "
         "Marchenko (three years) and Pavel Dubrouski (two years).", D(2024, 4, 10),
         events={"Ilya Marchenko": [("recognized_political_prisoner", "2024-04-09")],
                 "Pavel Dubrouski": [("recognized_political_prisoner", "2024-04-09")]}),
    Case("pointed to, who was", "Rights groups labeled two more people as political prisoners "
         "today. They also pointed to Taras Hnatiuk, who was sentenced to three years.",
         D(2024, 4, 10), events={"Taras Hnatiuk": [("recognized_political_prisoner",
                                                     "2024-04-10"), ("sentenced", None)]}),
    Case("new names on the list", "The updated list of political prisoners was published "
         "today. The new names on the list are Farid Aliyev and Ramil Huseynov.", D(2023, 1, 15),
         events={"Farid Aliyev": [("recognized_political_prisoner", "2023-01-15")],
                 "Ramil Huseynov": [("recognized_political_prisoner", "2023-01-15")]}),
    Case("subjects with their own appositives", "Oleg Tarasov, sentenced to nine years for "
         "treason, and Ivan Bely, detained in March, were also declared political prisoners.",
         events={"Oleg Tarasov": [("recognized_political_prisoner", None)],
                 "Ivan Bely": [("recognized_political_prisoner", None)]}),
    Case("in absentia lead, named in the next sentence", "A court in Minsk has sentenced an "
         "exiled opposition activist to 15 years in absentia. The court passed the sentence on "
         "Friday on Andrei Kavalchuk, who lives in Warsaw.", D(2024, 6, 8),
         events={"Andrei Kavalchuk": [("convicted_in_absentia", "2024-06-07")]}),
    Case("possessive pronoun after the trigger", "Viktar Karpenka was sentenced to ten years "
         "in 2021. Now nothing is known about his fate.",
         events={"Viktar Karpenka": [("incommunicado", None)]}),
    Case("year of a named event", "Yury Melnik was detained after the Freedom Day 2017 rally.",
         events={"Yury Melnik": [("detained", "2017")]}),
    Case("gender from a pronoun and a title", "Rocio Blanco, a rights activist, was detained "
         "on Friday. She is held at an unknown location. Mr Pavel Lebedz was released.",
         D(2024, 2, 13), genders={"Rocio Blanco": "female", "Pavel Lebedz": "male"}),
    Case("capitalized phrases are not names", "SEE ALSO: Torturous Conditions Remain\n"
         "Exiled Belarusian opposition leader Svetlana Ivanova said she was pleased that Maxim "
         "Kot was released.", events={"Maxim Kot": [("released", None)]},
         not_persons=["Exiled Belarusian", "Torturous Conditions"]),
]  # fmt: skip

# The constructions of en.v2 (issue 12: structure over strings, group to member, bare
# status, the date ladder), with the traps beside them: acting roles, speakers, negation.
CASES_V2 = [
    Case("contact restored: a first letter, a visit allowed", "Relatives of political "
         "prisoner Anna Lis have received a letter from her for the first time in two years. "
         "On Monday, Pavel Orel was allowed to see his lawyer for the first time. Ales Lis "
         "was allowed to see her lawyer only twice.", D(2024, 3, 8),
         events={"Anna Lis": [("contact_restored", "2024-03-08")],
                 "Pavel Orel": [("contact_restored", "2024-03-04")]},
         absent={"Anna Lis": ["sentenced"], "Ales Lis": ["contact_restored"]}),
    Case("a later mention by the surname written first", "Student leader Chow Hang-tung "
         "got 12 months on Monday. Chow was arrested in June on the morning of the "
         "anniversary.", D(2021, 12, 13),
         events={"Chow Hang-tung": [("detained", "2021-06")]}),
    Case("a short surname alone, not inside a place name", "Hong Kong activist Gwyneth Ho "
         "was jailed on Monday. Police in Ho Chi Minh City said nothing. Ho was freed on "
         "Friday.", D(2021, 12, 13),
         events={"Gwyneth Ho": [("released", "2021-12-10")]}, not_persons=["Ho Chi Minh"]),
    Case("v2 passive coordination", "Anna Lis, Pavel Orel and Ihar Sova were sentenced to "
         "three years on Friday.", D(2024, 3, 4),
         events={"Anna Lis": [("sentenced", "2024-03-01")], "Pavel Orel": [("sentenced",
                 "2024-03-01")], "Ihar Sova": [("sentenced", "2024-03-01")]}),
    Case("v2 among those freed, with role nouns", "Among those freed on Monday were "
         "farmers' union head Tomas Varga, poet Ilse Brandt, and former MP Goran Petek.",
         D(2025, 3, 4), events={"Tomas Varga": [("released", "2025-03-03")],
                                "Ilse Brandt": [("released", "2025-03-03")],
                                "Goran Petek": [("released", "2025-03-03")]}),
    Case("v2 those pardoned include", "Those pardoned include retired teacher Alina Moroz and "
         "student Kiryl Zhuk.",
         events={"Alina Moroz": [("pardoned", None)], "Kiryl Zhuk": [("pardoned", None)]}),
    Case("v2 object in apposition to a role noun", "A regional court sentenced veteran "
         "environmental campaigner, Dmitri Orlov, to six years.",
         events={"Dmitri Orlov": [("sentenced", None)]}),
    Case("v2 a demonym is no name", "The court has sentenced well-known Tajik human rights "
         "defender, Izzat Qodir, to nine years.", events={"Izzat Qodir": [("sentenced", None)]},
         not_persons=["Tajik"]),
    Case("v2 group object with including", "Police arrested four students, including Lena "
         "Kovac and Marek Horvat, outside the ministry.",
         events={"Lena Kovac": [("detained", None)], "Marek Horvat": [("detained", None)]}),
    Case("v2 such as", "Bloggers such as Pavel Sokol and Nina Grech remain behind bars.",
         events={"Pavel Sokol": [("detained", None)], "Nina Grech": [("detained", None)]}),
    Case("v2 an event noun handed to a list", "The harshest sentences were handed to former "
         "lawmakers, Albert Wong, Lee Chan and Leung Kwok-hung, and to Figo Ho, convener of "
         "the Civil Front.", events={"Albert Wong": [("sentenced", None)], "Lee Chan":
                                      [("sentenced", None)], "Figo Ho": [("sentenced", None)]}),
    Case("v2 serving a term", "Her husband, Siarhei Lebed, is serving an 18-year prison term.",
         events={"Siarhei Lebed": [("sentenced", None)]}),
    Case("v2 relative clause on an apposition", "\"It is revenge,\" said Aziz Karimov, the "
         "head of Kanal 7, who was himself jailed in 2023.",
         events={"Aziz Karimov": [("detained", "2023")]}),
    Case("v2 relative pronoun stands for its noun", "Mikola Statkevich, who is serving a 14-year "
         "sentence, has not been heard from since February.",
         events={"Mikola Statkevich": [("sentenced", None)]}),
    Case("v2 a denied event is none", "Poet Ola Lis was not detained at the rally, but student "
         "Jan Bor was arrested there.", events={"Jan Bor": [("detained", None)]},
         not_detainees=["Ola Lis"]),
    Case("v2 a relative clause with its own object", "Judge Adam Rys, who sentenced Ivan "
         "Makarenko to five years, retired.", events={"Ivan Makarenko": [("sentenced", None)]},
         not_detainees=["Adam Rys"]),
    Case("v2 the speaker is not the subject", "The journalists were later released on bail, "
         "Kifle Tadesse, head of the Free Press Association, said.",
         not_detainees=["Kifle Tadesse"]),
    Case("v2 a lawyer who only reports", "Police detained activist Olga Ivanova on Monday, "
         "according to lawyer Yuri Kim.", events={"Olga Ivanova": [("detained", None)]},
         not_detainees=["Yuri Kim"]),
    Case("v2 a gapped verb: X to five years and Y to three", "The court sentenced Ivan Sovin "
         "to five years and Petr Lisov to three years.",
         events={"Ivan Sovin": [("sentenced", None)], "Petr Lisov": [("sentenced", None)]}),
    Case("v2 a relative clause with a subject of its own", "Ivan Sovin, whose brother was "
         "arrested last year, fled to Poland.", not_detainees=["Ivan Sovin"]),
    Case("v2 among the people pardoned", "Ivan Sovin, Petr Lisov and Olga Borova were among "
         "the 40 people pardoned by the president.",
         events={n: [("pardoned", None)] for n in ("Ivan Sovin", "Petr Lisov", "Olga Borova")}),
    Case("v2 the source closing a sentence", "Those detained were taken to police stations, "
         "OVD-Info spokeswoman Maria Kuzneva said.", not_detainees=["Maria Kuzneva"]),
    Case("v2 a name after a group noun that has its own verb", "The court sentenced the "
         "activists, Olga Marchenko told reporters.", not_detainees=["Olga Marchenko"]),
    Case("v2 a release called for is no release", "Amnesty International called for the "
         "immediate and unconditional release of Ahmed Mansour.", not_detainees=["Ahmed Mansour"]),
    Case("v2 a release sought is no release", "Diplomats worked for months to secure the "
         "release of Jimmy Lai.", not_detainees=["Jimmy Lai"]),
    Case("v2 a lawyer held keeps v1's event", "Rights lawyer Emil Kurbedinov, who represented "
         "Ali Asanov, was detained on Monday along with Server Mustafayev.", D(2025, 3, 4),
         events={"Emil Kurbedinov": [("detained", "2025-03-03")]}),
    Case("v2 a lead's person is one whose case goes on", "A court sentenced an opposition "
         "activist to five years on Monday. Viasna founder Ales Bialiatski, himself in prison, "
         "has long documented such cases.", not_detainees=["Ales Bialiatski"]),
    Case("v2 a lead's person found guilty", "A court in Almaty sentenced a blogger to four "
         "years on Tuesday. Dias Kuzairov was found guilty of spreading false "
         "information.", events={"Dias Kuzairov": [("sentenced", None)]}),
    Case("v2 not among those released", "Ivan Sova was not among those released.",
         not_detainees=["Ivan Sova"]),
    Case("v2 a term in office is no sentence", "President Joe Carter is serving his second "
         "term in office.", not_detainees=["Joe Carter"]),
    Case("v2 a lawyer who is held", "A court sentenced human rights lawyer Ivan Petrov to "
         "three years.", events={"Ivan Petrov": [("sentenced", None)]}),
    Case("v2 a possessor is not the object", "The court sentenced activist Mikola Sarok's "
         "associate to seven years.", not_detainees=["Mikola Sarok"]),
    Case("v2 group statement, members in the next sentence", "Six reporters were detained at "
         "the border on Sunday. Among them were editor Yasmin Farah and her deputy, Omar "
         "Haddad.", D(2024, 5, 7), events={"Yasmin Farah": [("detained", "2024-05-05")],
                                           "Omar Haddad": [("detained", "2024-05-05")]}),
    Case("v2 group to members after a colon, later events too", "Police briefly detained five "
         "journalists on Friday. The journalists were later released on bail. It is unclear "
         "what charges will be brought against the five: Abebe Kassa, editor of the weekly "
         "Dagim Wenchif, his deputy Tigist Alemu and reporter Eshetu Bekele.", D(2005, 9, 12),
         events={"Abebe Kassa": [("detained", "2005-09-09"), ("released", None)],
                 "Tigist Alemu": [("detained", "2005-09-09"), ("released", None)],
                 "Eshetu Bekele": [("detained", "2005-09-09"), ("released", None)]},
         not_detainees=["Dagim Wenchif"]),
    Case("v2 a counted recognition, the list after a colon and going on", "Five rights groups "
         "have adopted a statement recognizing 6 more people as political prisoners. The "
         "list was updated with these names: Ivan Nikan, Yauhen Khar and Volha "
         "Harb. Andrei Trus (article 342), Alyaksei Ivan and Artsyom Andr.", D(2021, 11, 16),
         events={name: [("recognized_political_prisoner", "2021-11-16")] for name in (
             "Ivan Nikan", "Yauhen Khar", "Volha Harb", "Andrei Trus", "Artsyom Andr")},
         not_persons=["Criminal Code"]),
    Case("v2 a quote after a colon is no list", "Police detained 20 protesters on Sunday. Anna "
         "Lis wrote: \"Pavel Orel and Ihar Sova must be freed.\"", D(2024, 3, 4),
         not_detainees=["Pavel Orel", "Ihar Sova"]),
    Case("v2 the lead's unnamed person is the one named next", "A court in Belarus sentenced a "
         "journalist to three years in prison on Thursday. Gennady Mazheika, 63, worked for "
         "a regional newspaper.", D(2023, 6, 3),
         events={"Gennady Mazheika": [("sentenced", "2023-06-01")]}),
    Case("v2 bare status: among the political prisoners is", "Among the best-known political "
         "prisoners is opposition leader Mr. Alexei Naval.",
         events={"Alexei Naval": [("recognized_political_prisoner", None)]}),
    Case("v2 bare status: one of the political prisoners", "Ilya Yashkin is one of the "
         "political prisoners whose release the governments demand.",
         events={"Ilya Yashkin": [("recognized_political_prisoner", None)]}),
    Case("v2 bare status: in prison", "Viasna, whose founder Ales Bialitski is himself in "
         "prison, recognized them.", events={"Ales Bialitski": [("detained", None)]}),
    Case("v2 bare status of a group's named members", "The two activists, Giorgi Akhob and "
         "Levan Khabeish, remain in custody.", events={"Giorgi Akhob": [("detained", None)],
                                                      "Levan Khabeish": [("detained", None)]}),
    Case("v2 a coordinated verb shares the passive's subject", "Two other actresses, Hengameh "
         "Ghazian and Katayoun Riah, were arrested in November and later released on bail.",
         events={"Hengameh Ghazian": [("detained", None), ("released", None)],
                 "Katayoun Riah": [("detained", None), ("released", None)]}),
    Case("v2 the publication date for a lead's news", "Police have detained journalist "
         "Andrzej Poczob in Hrodna.", D(2021, 3, 25),
         events={"Andrzej Poczob": [("detained", "2021-03-25")]}),
    Case("v2 no publication date for background", "Andrzej Poczob said he had previously "
         "been detained in Hrodna.", D(2021, 3, 25),
         events={"Andrzej Poczob": [("detained", None)]}),
    # names the model may miss, read through the parse (a trigger's argument written
    # like a name), and the words that are not names beside them
    Case("v2 a name the model misses, object of a trigger", "Police arrested Olena Marchuk "
         "at her home in Brest.", events={"Olena Marchuk": [("detained", None)]},
         not_persons=["Brest"]),
    Case("v2 a name the model misses, object of a recognition", "Memorial recognized Ilya "
         "Yashkin as a political prisoner in July 2022.",
         events={"Ilya Yashkin": [("recognized_political_prisoner", "2022-07")]},
         not_persons=["Memorial"]),
    Case("v2 a name the model misses, subject of received", "Ihar Kurbatau received a "
         "six-year sentence.", events={"Ihar Kurbatau": [("sentenced", None)]}),
    Case("v2 no name of common or place words", "Investigators charged Free Belarus with "
         "extremism. Police detained protesters near Victory Park.", not_persons=[
             "Free Belarus", "Victory Park"]),
    Case("v2 active charged X with", "Prosecutors charged Yury Ravanau with treason.",
         events={"Yury Ravanau": [("charged", None)]}),
    Case("v2 walked free", "Mikalai Kazel walked free after serving his term.",
         events={"Mikalai Kazel": [("released", None)]}),
    Case("v2 held since, an apposition before the verb", "Valiantsin Stefanau, a member of "
         "the Viasna human rights centre, has been held since July 2021.",
         events={"Valiantsin Stefanau": [("detained", "2021-07")]}),
    Case("v2 held as talks are no detention", "Lukashenko held talks with Vladimir Putin. "
         "The authorities held Pavel Latushka responsible.",
         not_detainees=["Vladimir Putin", "Pavel Latushka"]),
    Case("v2 a term on jailed makes a sentence", "Ilya Yashkin, who was jailed in December "
         "2022 for eight and a half years, was freed in a prisoner swap.",
         events={"Ilya Yashkin": [("sentenced", "2022-12"), ("released", None)]}),
    Case("v2 jailed without a term is a detention", "Teodor Lisnic was jailed in March 2023.",
         events={"Teodor Lisnic": [("detained", "2023-03")]}),
    Case("v2 a sentence upheld on appeal is no new sentence but an appeal rejected",
         "The Supreme Court upheld the sentence of Siarhei Satsuk in May 2024.",
         events={"Siarhei Satsuk": [("appeal_rejected", "2024-05")]},
         absent={"Siarhei Satsuk": ["sentenced"]}),
    Case("v2 the verdict an appeal court upholds is the one of the person sentenced before",
         "An appeals court denied the appeal from journalists Ulvi Tagiev and Sevda Huseyn, "
         "who were jailed for nine years.\n\nBlogger Dzmitry Kalen was sentenced to three "
         "years in March 2025. On 21 April 2025, the Minsk City Court upheld the verdict.",
         events={"Dzmitry Kalen": [("sentenced", "2025-03"), ("appeal_rejected", "2025-04-21")],
                 "Ulvi Tagiev": [("sentenced", None), ("appeal_rejected", None)],
                 "Sevda Huseyn": [("sentenced", None), ("appeal_rejected", None)]}),
    Case("v2 an appeal turned down is an appeal rejected; one filed or won is not",
         "The regional court rejected the appeal of blogger Pavel Hrek on 3 March 2025. "
         "Activist Alina Dzer lost her appeal in April 2025. Teacher Oleg Vasko appealed "
         "against his sentence. A higher court quashed the conviction of poet Ina Saar.",
         events={"Pavel Hrek": [("appeal_rejected", "2025-03-03")],
                 "Alina Dzer": [("appeal_rejected", "2025-04")]},
         absent={"Oleg Vasko": ["appeal_rejected", "sentenced"],
                 "Ina Saar": ["appeal_rejected", "sentenced"]}),
    Case("v2 a sentence kept by a participle, confirmed on appeal or a complaint turned down "
         "is an appeal rejected; a sentence a lawyer confirms or a heading's 'Rejected' is not",
         "Blogger Lera Osk has had her seven-year prison sentence upheld. A court took ten "
         "minutes on 4 March 2025 to confirm activist Timur Vell's four-year sentence on "
         "appeal. The appeals court rejected the complaint of journalist Emin Sadr on 2 "
         "March 2025. His lawyer confirmed the sentence of poet Ada Ruse.\n\nRejected "
         "sentences\n\nUgo Brel, a painter, was sentenced to two years.", D(2025, 3, 5),
         events={"Lera Osk": [("appeal_rejected", None)],
                 "Timur Vell": [("appeal_rejected", "2025-03-04")],
                 "Emin Sadr": [("appeal_rejected", "2025-03-02")],
                 "Ugo Brel": [("sentenced", None)]},
         absent={"Lera Osk": ["sentenced"], "Timur Vell": ["sentenced"],
                 "Ada Ruse": ["appeal_rejected"], "Ugo Brel": ["appeal_rejected"]}),
    Case("v2 the time spent held before a release gives the detention's start; a surname "
         "with a particle capitalized at a sentence's start is the same person",
         "After spending over four months in detention, blogger Hamid Tarek was released on "
         "3 April 2024. Police arrested journalist Samir el-Nour on Monday. El-Nour was "
         "charged with spreading false news.", D(2025, 6, 11),
         events={"Hamid Tarek": [("released", "2024-04-03"), ("detained", "2023-12")],
                 "Samir el-Nour": [("detained", "2025-06-09"), ("charged", None)]}),
    Case("v2 a plural role noun opening a list is no part of the first name; an "
         "organisation's name keeps it", "Journalists Tamar Gelu and Ruth Abebe were "
         "released in 2018. Reporters Without Borders said blogger Dawit Haile was detained "
         "on Monday.", D(2025, 6, 11),
         events={"Tamar Gelu": [("released", "2018")], "Ruth Abebe": [("released", "2018")],
                 "Dawit Haile": [("detained", "2025-06-09")]},
         not_persons=["Without Borders", "Reporters Without Borders"]),
    Case("v2 the possessor of an event noun", "Hanna Bakhar's detention was condemned. "
         "Dzmitry Daineka left the country after his release.",
         events={"Hanna Bakhar": [("detained", None)], "Dzmitry Daineka": [("released", None)]}),
    Case("v2 a participle before a role noun; the wife is not the one jailed", "The wife of "
         "jailed activist Mikola Statkevich, Maryna Adamovich, said she had no news.",
         events={"Mikola Statkevich": [("detained", None)]}, not_detainees=["Maryna Adamovich"],
         genders={"Maryna Adamovich": "female"}),
    Case("v2 his wife's pronoun is his", "Ales Bialiatski's wife, Natalia Pinchuk, said he had "
         "been moved to a penal colony.", events={"Ales Bialiatski": [("transferred", None)]},
         not_detainees=["Natalia Pinchuk"]),
    Case("v2 along with; remains jailed; among the detainees", "Pavel Sevyarynets was detained "
         "along with Dzmitry Kazlou. Nasta Zhuk remains jailed. Among the detainees was the "
         "photographer Aleh Hrudzin.", events={"Dzmitry Kazlou": [("detained", None)],
                                               "Nasta Zhuk": [("detained", None)],
                                               "Aleh Hrudzin": [("detained", None)]}),
    Case("v2 political prisoners, among them X", "Viasna counts 1,400 political prisoners, "
         "among them Nobel laureate Ales Bialitski and journalist Katsia Andreyeva. "
         "Lukashenko pardoned 18 political prisoners, including Ihar Losyk.",
         events={"Ales Bialitski": [("recognized_political_prisoner", None)],
                 "Katsia Andreyeva": [("recognized_political_prisoner", None)],
                 "Ihar Losyk": [("pardoned", None)]}),
    Case("v2 a preposition is no name; a given name the model left off", "In December, Pavel "
         "Sevyarynets was sentenced. Alexei Gorinov, a Moscow municipal deputy, was "
         "sentenced to seven years.", events={"Pavel Sevyarynets": [("sentenced", None)],
                                             "Alexei Gorinov": [("sentenced", None)]},
         not_persons=["In"]),
    Case("v2 a list of names grows from the one the model knew", "Those freed include Mikola "
         "Dziadok, Ihar Alinevich and Yauhen Vaskovich. Outlets like Abzas Media, Meydan TV, "
         "Toplum TV and others were targeted.", events={
             "Mikola Dziadok": [("released", None)], "Ihar Alinevich": [("released", None)],
             "Yauhen Vaskovich": [("released", None)]}, not_persons=["Meydan TV", "Toplum TV"]),
    Case("v2 'the blogger' stands for the person introduced as one", "Ihar Losyk, a blogger "
         "for RFE/RL, was detained in June 2020. The blogger was sentenced to 15 years in "
         "December 2021.", events={"Ihar Losyk": [("detained", "2020-06"),
                                                  ("sentenced", "2021-12")]}),
    Case("v2 'the activist' after two persons stands for neither", "Ales Lis and Ivan Sova "
         "were detained. The activist was later released.",
         events={"Ales Lis": [("detained", None)], "Ivan Sova": [("detained", None)]},
         events_v2={"Ales Lis": [("detained", None)], "Ivan Sova": [("detained", None)]}),
    Case("v2 his release before the name; sent to prison for a term", "Following his "
         "release, Ales Bialitski said he would go on. The court sent Volha Zalatar to prison "
         "for four years.", events={"Ales Bialitski": [("released", None)],
                                    "Volha Zalatar": [("sentenced", None)]}),
    Case("v2 the appositive of 'the editor of Y'", "Investigators detained the editor of "
         "Nasha Niva, Yahor Martsinovich.", events={"Yahor Martsinovich": [("detained", None)]},
         not_persons=["Nasha Niva"]),
    Case("v2 a sentencing called a travesty is stated", "EU foreign policy chief Josep Borrell "
         "called the sentencing of Ales Bialitski a travesty.",
         events={"Ales Bialitski": [("sentenced", None)]}, not_detainees=["Josep Borrell"]),
    Case("v2 a rule's name that modifies a noun is none", "Authorities released Belarusian "
         "Christian Democracy activists on Friday. Lukashenko pardoned Ukrainian Orthodox "
         "Church priests.", not_persons=["Christian Democracy", "Orthodox Church"]),
    Case("v2 the subject of an active verb with an object acts", "Judge Ales Balauniou, who "
         "sentenced dozens of protesters, was put on a sanctions list. KGB officers detained "
         "Maxim Znak's colleague, lawyer Illia Salei.", events={"Illia Salei": [("detained",
                                                                                None)]},
         not_detainees=["Ales Balauniou", "Maxim Znak"]),
    # a group that refers back to persons named before (``en.anaphora``)
    Case("v2 both: the two named before", "Anna Lis and Pavel Orel were each given three "
         "years on Tuesday. Both had been detained in November 2023.", D(2024, 3, 8),
         events={"Anna Lis": [("sentenced", "2024-03-05"), ("detained", "2023-11")],
                 "Pavel Orel": [("sentenced", "2024-03-05"), ("detained", "2023-11")]}),
    Case("v2 all three: the count agrees", "A court sentenced Hanna Pakhomava, Yury "
         "Slabodchyk and Ales Mikus to three years each. All three had been detained in May 2023.",
         D(2024, 3, 8), events={"Hanna Pakhomava": [("detained", "2023-05")],
                                "Yury Slabodchyk": [("detained", "2023-05")],
                                "Ales Mikus": [("detained", "2023-05")]}),
    Case("v2 they: in custody since", "Activists Anna Lis and Pavel Orel were sentenced to "
         "four years. They had been in custody since January.", D(2024, 3, 8),
         events={"Anna Lis": [("detained", "2024-01")], "Pavel Orel": [("detained", "2024-01")]}),
    Case("v2 the two journalists", "A court sentenced journalists Anna Lis and Pavel Orel to "
         "eight years. The two journalists were released on Friday.", D(2024, 3, 8),
         events={"Anna Lis": [("released", "2024-03-08")],
                 "Pavel Orel": [("released", "2024-03-08")]}),
    Case("v2 both, named in two sentences", "Anna Lis was sentenced to 15 years in 2021. Pavel "
         "Orel was jailed for two years in 2022. Both were pardoned on Thursday.",
         D(2024, 3, 8), events={"Anna Lis": [("pardoned", "2024-03-07")],
                                "Pavel Orel": [("pardoned", "2024-03-07")]}),
    Case("v2 they: a run of statements before", "Anton Belyk and Mark Osten were sentenced "
         "to two years. Independent journalist Pavel Rudzik was sentenced to 22 months. They "
         "were arrested in July 2005.", D(2007, 3, 1),
         events={"Anton Belyk": [("detained", "2005-07")], "Mark Osten": [("detained", "2005-07")],
                 "Pavel Rudzik": [("detained", "2005-07")]}),
    Case("v2 they: not past a sentence naming someone with no event", "Ivan Kruk said the "
         "trial was unfair. Pavel Rudzik was sentenced to 22 months. They were arrested in "
         "July 2005.", D(2007, 3, 1), events={"Pavel Rudzik": [("sentenced", "2007-03-01")]},
         not_detainees=["Ivan Kruk"], absent={"Pavel Rudzik": ["detained"]}),
    Case("v2 the two: participle after an adverb", "Ahmet Koral and Nevin Tasli were convicted "
         "on Nov. 4. Koral and Tasli deny the accusations. The two were however, released "
         "from prison for time already served.", D(2019, 11, 13),
         events={"Ahmet Koral": [("released", None)], "Nevin Tasli": [("released", None)]}),
    Case("v2 an appeal of a person a lead describes", "CAIRO (AP) — An Egyptian court "
         "Saturday rejected the appeal of an activist and researcher to be released from "
         "detention, his lawyer said. Police detained Patrick Zorin, 28, after he arrived in "
         "Cairo last week.", D(2020, 2, 15),
         events={"Patrick Zorin": [("appeal_rejected", "2020-02-15"), ("detained", None)]}),
    Case("v2 the appeal of a group is no one's verdict", "An Uzbek court Thursday sentenced "
         "journalist Saidjon Zainov to seven years in prison. Meanwhile, a civil court on "
         "Wednesday denied the appeal of the US-based human rights group Freedom House.",
         D(2006, 2, 24), events={"Saidjon Zainov": [("sentenced", "2006-02-23")]},
         absent={"Saidjon Zainov": ["appeal_rejected"]}),
    Case("v2 upheld the conviction of X", "Iran's appeals court has upheld the conviction of "
         "a renowned blogger, Hossein Darvish, his family said on Wednesday.", D(2010, 6, 9),
         events={"Hossein Darvish": [("appeal_rejected", "2010-06-09")]}),
    Case("v2 he is a prisoner of conscience; if convicted is no verdict", "Papuan activist "
         "Agus Yolem was arrested on 12 April and charged with treason. If convicted, he would "
         "face up to six years' imprisonment. He is a prisoner of conscience.", D(2019, 5, 2),
         events={"Agus Yolem": [("detained", "2019-04-12"),
                                ("recognized_political_prisoner", None)]},
         absent={"Agus Yolem": ["sentenced"]}),
    Case("v2 X and his co-defendants are prisoners of conscience", "Crimean Tatar activist "
         "Enver Kuku was sentenced to 12 years in prison. Enver Kuku and his co-defendants are "
         "prisoners of conscience.", D(2019, 5, 2),
         events={"Enver Kuku": [("recognized_political_prisoner", None)]}),
    Case("v2 they include: names the parse lost in a long list", "Journalists, bloggers and "
         "politicians were released on Thursday after they were detained in Addis Ababa. They "
         "include award winning journalists Tesfaye Alemu, Girma Bekele and opposition "
         "politician Abebe Kassa, reported Radio Fana, citing lawyer Dawit Haile.", D(2018, 4, 6),
         events={"Tesfaye Alemu": [("released", "2018-04-05")],
                 "Girma Bekele": [("released", "2018-04-05")],
                 "Abebe Kassa": [("released", "2018-04-05")]},
         not_detainees=["Dawit Haile"]),
    Case("v2 a release asked for in a conjunct", "Writer Rudo Moyo was carrying placards "
         "calling for reforms and the release of Tendai Chari, a journalist arrested last week. "
         "Police should inform Nyasha Banda of the charges or otherwise release him. Tatenda "
         "Gumbo was arrested on Monday and released on Tuesday.", D(2020, 8, 1),
         events={"Tendai Chari": [("detained", "2020-07")],
                 "Tatenda Gumbo": [("detained", "2020-07-27"), ("released", "2020-07-28")]},
         absent={"Tendai Chari": ["released"]}, not_detainees=["Nyasha Banda"]),
    Case("v2 a lead's Facebook user", "HANOI (Reuters) - A court in Vietnam sentenced a "
         "Facebook user to six years in prison on Tuesday. Nguyen Van Tam, 38, was accused of "
         "making and spreading anti-state materials at the one-day trial.", D(2019, 11, 26),
         events={"Nguyen Van Tam": [("sentenced", "2019-11-26")]}),
    Case("v2 in absentia of the last item only", "Pavel Orel was sentenced to nine years in "
         "jail, Ivan Kruk to seven years, and Olga Batura to eight years in prison in "
         "absentia.", D(2023, 3, 3),
         events={"Pavel Orel": [("sentenced", "2023-03-03")],
                 "Ivan Kruk": [("sentenced", "2023-03-03")],
                 "Olga Batura": [("convicted_in_absentia", None)]},
         absent={"Pavel Orel": ["convicted_in_absentia"], "Ivan Kruk": ["convicted_in_absentia"]}),
    Case("v2 in absentia in brackets after one name", "Three other activists, Pavel Orel, Ivan "
         "Kruk and Olga Batura (in absentia), were sentenced to prison terms ranging from seven "
         "to nine years.", D(2023, 3, 3),
         events={"Pavel Orel": [("sentenced", "2023-03-03")],
                 "Ivan Kruk": [("sentenced", "2023-03-03")],
                 "Olga Batura": [("convicted_in_absentia", None)]},
         absent={"Pavel Orel": ["convicted_in_absentia"], "Ivan Kruk": ["convicted_in_absentia"]}),
    Case("v2 no group event for lawyers", "Anna Lis was sentenced to four years. Her lawyers "
         "Ivan Kruk and Olga Batura appealed. Both lawyers were detained in May.",
         events={"Anna Lis": [("sentenced", None)]}, not_detainees=["Ivan Kruk", "Olga Batura"],
         absent={"Anna Lis": ["detained"]}),
    Case("v2 a group named in its own phrase", "The two journalists, Ihar Losk and Darya "
         "Losk, were detained in May.", events={"Ihar Losk": [("detained", None)],
                                               "Darya Losk": [("detained", None)]}),
    Case("v2 the couple", "Siarhei Tsikhanou and Sviatlana Tsikhanouskaya ran a popular "
         "blog. The couple were detained in May 2020.", D(2024, 3, 8),
         events={"Siarhei Tsikhanou": [("detained", "2020-05")],
                 "Sviatlana Tsikhanouskaya": [("detained", "2020-05")]}),
    Case("v2 they after an unnamed group", "Pavel Orel and Anna Lis were sentenced to four "
         "years. Police detained 30 protesters outside the court. They were released on "
         "Monday.", events={"Pavel Orel": [("sentenced", None)], "Anna Lis": [("sentenced", None)]},
         absent={"Pavel Orel": ["released"], "Anna Lis": ["released"]}),
    Case("v2 a count that does not agree", "Pavel Orel and Anna Lis were each given three "
         "years. All four had been detained in November 2023.",
         absent={"Pavel Orel": ["detained"], "Anna Lis": ["detained"]}),
    Case("v2 they after persons who only report", "Police detained protesters in Minsk. Ivan "
         "Kruk and Olga Batura reported the arrests. They were released on Monday.",
         not_detainees=["Ivan Kruk", "Olga Batura"]),
    # long articles (bench/synthetic/en_events): stages told in different sentences
    Case("v2 accused of, passive and active", "Andrei Kalada, 41, was accused of "
         "facilitating extremist activity. Maryna Shvedava was arrested in May. Prosecutors "
         "accused her of treason.", events={"Andrei Kalada": [("charged", None)],
                                           "Maryna Shvedava": [("charged", None)]}),
    Case("v2 a court's accusation is its verdict's ground", "A court in Pinsk sentenced "
         "Ivan Kruk to a year in prison. The court accused Kruk of insulting the president.",
         events={"Ivan Kruk": [("sentenced", None)]}, absent={"Ivan Kruk": ["charged"]}),
    Case("v2 his whereabouts", "Pablo Morales, a priest, was arrested last year. His "
         "whereabouts remain unknown.", events={"Pablo Morales": [("incommunicado", None)]}),
    Case("v2 a member introduced by an acting trade", "Eleven political prisoners were "
         "freed on Saturday. Among them were the campaign aide Ihar Karnevich, the lawyer "
         "Maksim Znakov, and the trade unionist Aliaksandr Yarosh.",
         events={"Ihar Karnevich": [("released", None)], "Maksim Znakov": [("released", None)],
                 "Aliaksandr Yarosh": [("released", None)]}),
    Case("v2 him after the one person the sentence before names", "Maksim Znakov was arrested "
         "in 2020. He was sentenced to ten years in 2021; his relatives had not heard from "
         "him since. Aliaksandr Yarosh, 72, the head of the union, was detained in April "
         "2022. A court gave him four years in 2023.",
         events={"Aliaksandr Yarosh": [("sentenced", "2023")], "Maksim Znakov":
                 [("sentenced", "2021")]}),
    Case("v2 all three after an elided verb", "Giorgi Akhobadze received four years. Nana "
         "Kvaratskhelia, a schoolteacher, was given two and a half years, and Levan Beridze, "
         "an actor, three years. All three were arrested in December 2024.",
         events={"Giorgi Akhobadze": [("detained", "2024-12")], "Nana Kvaratskhelia":
                 [("detained", "2024-12")], "Levan Beridze": [("detained", "2024-12")]}),
    Case("v2 a colon list after a group's counted statement", "Five students were detained "
         "on Tuesday after a protest. The students were taken to a police station and "
         "charged with hooliganism. Among the detainees: Amir Hosseini (21), Leyla Karimova "
         "(19), Tural Aliyev (22), Nigar Mammadova (20) and Rashad Guliyev (23).", D(2024, 10, 3),
         events={"Nigar Mammadova": [("detained", "2024-10-01")],
                 "Amir Hosseini": [("detained", "2024-10-01")]}),
    Case("v2 the three others", "Police detained Amir Hosseini, Leyla Karimova, Tural Aliyev, "
         "Nigar Mammadova and Rashad Guliyev on Tuesday. A judge ordered that Hosseini and "
         "Aliyev be held in pre-trial detention. The three others were released on Wednesday.",
         events={"Leyla Karimova": [("released", None)], "Rashad Guliyev": [("released", None)],
                 "Nigar Mammadova": [("released", None)]},
         absent={"Amir Hosseini": ["released"], "Tural Aliyev": ["released"]}),
    Case("v2 not heard from, left prison, taken from home", "Poet Thein Zaw Oo has not been "
         "heard from since soldiers took him from his home on 14 January 2025. Editor Bolat "
         "Seitkali left prison on Friday. His relatives had not heard from him for a year.",
         D(2025, 3, 5),
         events={"Thein Zaw Oo": [("incommunicado", None), ("detained", "2025-01-14")],
                 "Bolat Seitkali": [("released", "2025-02-28"), ("incommunicado", "2024-03")]}),
    Case("v2 faces charges; a prospect and a request are none", "Prosecutors requested a "
         "nine-year sentence for journalist Elif Demirtas, who faces charges of membership. "
         "Ahmet Kaya faces up to ten years in prison. Her lawyers have asked for her release "
         "pending trial.", events={"Elif Demirtas": [("charged", None)]},
         absent={"Elif Demirtas": ["sentenced", "released"]}, not_detainees=["Ahmet Kaya"]),
    Case("v2 not told where he was; herself briefly detained", "Wang Jianguo was released on "
         "Thursday. He had been held in a secret facility, where his family was not told "
         "where he was. His wife, Li Meiling, has campaigned for his release and was herself "
         "briefly detained in 2020.", D(2024, 8, 30),
         events={"Wang Jianguo": [("incommunicado", None)], "Li Meiling": [("detained", "2020")]}),
    Case("v2 both after a sentence naming nobody", "Carmen Rojas was arrested on 3 August. Her "
         "family says it has had no contact with her. Andres Medina was detained on 30 July. "
         "Both have been charged with terrorism.", D(2024, 9, 2),
         events={"Carmen Rojas": [("charged", "2024-09-02")],
                 "Andres Medina": [("charged", "2024-09-02")]}),
    Case("v2 they are: the group's counted statement two sentences back", "A court sentenced "
         "six journalists of Toplum Xeber on 18 March. The six were detained in January 2024. "
         "The court handed them sentences of up to nine years. They are Sevinj Huseynli, "
         "Elmar Qasimov and Nargiz Mammadli, Tofig Rzayev, Ulvi Babayev and Aynur Ismayilova.",
         D(2025, 3, 20), events={"Elmar Qasimov": [("detained", "2024-01"), ("sentenced",
                                                    "2025-03-18")]}),
    Case("v2 list lines after a colon", "Human rights defenders recognised three more people "
         "as political prisoners:\n— Maryia Lisouskaya, 35, a teacher, detained in April for "
         "comments online;\n— Aleh Yanushkevich, 58, sentenced to two years of restricted "
         "freedom in May;\n— Siarhei Klimovich, 24, a student, held in Zhodzina since March.",
         D(2024, 6, 27),
         events={"Maryia Lisouskaya": [("detained", "2024-04")],
                 "Aleh Yanushkevich": [("sentenced", "2024-05")]},
         absent={"Maryia Lisouskaya": ["sentenced"], "Siarhei Klimovich": ["sentenced"]}),
    Case("v2 according to his sister, X", "Vadzim Khrasko was detained in 2022. According to "
         "his sister, Khrasko had complained of heart problems. A court sentenced him to three "
         "years in 2023.", events={"Vadzim Khrasko": [("sentenced", "2023")]},
         genders={"Vadzim Khrasko": "male"}),
    Case("v2 a term that says how long", "Farid Mehdiyev was released on 10 March after serving "
         "his two-year sentence.", D(2025, 3, 20),
         events={"Farid Mehdiyev": [("released", "2025-03-10"), ("sentenced", None)]}),
    Case("v2 and first sentenced; transferred between prisons", "Katsiaryna Andreyeva was "
         "arrested while streaming a protest and first sentenced to two years. Mohamed Radwan "
         "was arrested in 2019. He has been transferred between three prisons.",
         events={"Katsiaryna Andreyeva": [("sentenced", None)],
                 "Mohamed Radwan": [("transferred", None)]}),
    Case("v2 given probation is a sentence", "The nine others, among them the reporters Aike "
         "Beishekeyeva and Sapar Akunbekov, were given probation and released from custody.",
         events={"Aike Beishekeyeva": [("sentenced", None), ("released", None)],
                 "Sapar Akunbekov": [("sentenced", None)]}),
    Case("v2 a pronoun subject between a speaker and the verb", "Pavel Orel was arrested. "
         "According to his wife, Anna Orel, he was taken to Obo prison.",
         events={"Pavel Orel": [("transferred", None)]}, not_detainees=["Anna Orel"]),
    Case("v2 each after an apposition in a coordination", "A court convicted eight exiled "
         "opposition members in absentia on Monday. Among them were Mu Sochua, the party's "
         "deputy president, and Eng Chhay Eang, each sentenced to ten years.", D(2025, 1, 22),
         events={"Mu Sochua": [("convicted_in_absentia", "2025-01-20")],
                 "Eng Chhay Eang": [("convicted_in_absentia", "2025-01-20")]}),
    Case("v2 both subjects among political prisoners", "Rocío San Miguel was released, while "
         "Perkins Rocha and Tomasa Oropeza are among roughly 800 political prisoners counted "
         "by Foro Penal.", events={"Perkins Rocha": [("recognized_political_prisoner", None)],
                                   "Tomasa Oropeza": [("recognized_political_prisoner", None)]}),
    Case("v2 one of the political prisoners, in apposition", "In Uzbekistan, the Karakalpak "
         "lawyer Dauletmurat Tazhimuratov, one of the political prisoners the United Nations "
         "asked to be freed, is serving 16 years.",
         events={"Dauletmurat Tazhimuratov": [("recognized_political_prisoner", None),
                                              ("sentenced", None)]}),
    Case("v2 serving a bare term", "Reyhaneh Ansari, 32, a labour activist from Tehran, is "
         "serving four years.", events={"Reyhaneh Ansari": [("sentenced", None)]}),
    Case("v2 a place after a leading preposition is no name", "In Venezuela, Rocío San "
         "Miguel was released on house arrest on Monday.", D(2025, 1, 22),
         events={"Rocío San Miguel": [("released", "2025-01-20")]},
         not_persons=["In Venezuela", "Venezuela"], not_detainees=["Venezuela"]),
    Case("v2 a role noun opening the sentence is no part of the name", "Rapper Toomaj Salehi "
         "was freed in December after more than a year in prison.", D(2025, 6, 2),
         events={"Toomaj Salehi": [("released", "2024-12")]},
         not_detainees=["Rapper Toomaj Salehi"]),
    Case("v2 he opening a sentence means the one the sentence before opens with",
         "Activist Vepkhia Kutateladze said the family had not been allowed to visit his son. "
         "Prosecutor Irakli Shotadze asked for nine years for the younger Kutateladze. "
         "Former president Mikheil Saakashvili remains behind bars. He was sentenced in "
         "absentia in 2018.", events={"Mikheil Saakashvili": [("convicted_in_absentia", "2018")]},
         not_detainees=["Vepkhia Kutateladze", "Irakli Shotadze"]),
    Case("v2 a clause inside one item of a semicolon list", "Among those held since the "
         "December rallies are Giorgi Akhobadze, 26, a student from Kutaisi; Mzia Amaghlobeli, "
         "the director of two online outlets, sentenced to two years in August; and Saba "
         "Skhvitaridze, 19.", D(2025, 9, 10),
         events={"Mzia Amaghlobeli": [("sentenced", "2025-08")]},
         absent={"Saba Skhvitaridze": ["sentenced"]}),
    Case("v2 serving a life term", "In Bahrain, opposition leader Sheikh Ali Salman is also "
         "serving a life term.", events={"Sheikh Ali Salman": [("sentenced", None)]}),
    Case("v2 one of the group a clause describes", "The politician Mikola Statkevich is one "
         "of 12 prisoners who were released in June.", D(2025, 11, 3),
         events={"Mikola Statkevich": [("released", "2025-06")]}),
    Case("v2 an organisation's capitalized words are no name", "The Mechanism for the "
         "Recognition of Political Prisoners counts 73 people in prison. Freddy Navas remains "
         "behind bars.", events={"Freddy Navas": [("detained", None)]},
         not_persons=["Political Prisoners"], not_detainees=["Political Prisoners"]),
    Case("v2 the lead's noun named back, whatever the trade", "A prominent lawyer was "
         "detained in Ankara on Saturday. The lawyer, Mehmet Ali Yıldız, had represented "
         "families of protesters.", D(2025, 10, 8),
         events={"Mehmet Ali Yıldız": [("detained", "2025-10-04")]}),
    Case("v2 a gapped object hung on the term", "A court sentenced legal scholar Xu Zhiyong "
         "to 14 years and human rights lawyer Ding Jiaxi to 12 years for subversion.",
         events={"Xu Zhiyong": [("sentenced", None)], "Ding Jiaxi": [("sentenced", None)]}),
    Case("v2 a list hung on the participle", "Eleven former ministers arrested with him, "
         "including Petros Solomon and Haile Woldetensae, have not been seen since.",
         events={"Petros Solomon": [("detained", None)],
                 "Haile Woldetensae": [("detained", None)]}),
    Case("v2 died behind bars", "Klimovich was sentenced to a year in prison. Mikalai "
         "Klimovich died behind bars in May 2023.", D(2025, 11, 3),
         events={"Mikalai Klimovich": [("died_in_custody", "2023-05")]}),
    Case("v2 a list line of a name and a bare term", "The statement lists other detainees:\n"
         "- Abduljalil al-Singace, 62, academic, life sentence\n- Naji Fateel, blogger, held "
         "since 2013\n- Huang Xueqin, journalist, five years;\n",
         events={"Abduljalil al-Singace": [("sentenced", None)],
                 "Naji Fateel": [("detained", "2013")], "Huang Xueqin": [("sentenced", None)]}),
    Case("v2 a lone surname after the and a person noun", "A Revolutionary Court in Tehran "
         "sentenced the blogger Sadeghi to three years and six months for posts on Instagram, "
         "his brother said.", events={"Sadeghi": [("sentenced", None)]}),
    Case("v2 among dozens of prisoners", "The writer Arash Ganji, the student activist Zia "
         "Nabavi and the labour organiser Reza Shahabi are among dozens of prisoners held in "
         "Evin.", events={"Zia Nabavi": [("detained", None)],
                          "Reza Shahabi": [("detained", None)]}),
    Case("v2 a place after 'both from' is no person", "Activists Brahim Laalami and Kamel "
         "Bensaad, both from Bordj Bou Arreridj, were arrested on Sunday.", D(2025, 3, 28),
         events={"Brahim Laalami": [("detained", "2025-03-23")],
                 "Kamel Bensaad": [("detained", "2025-03-23")]},
         not_detainees=["Bordj Bou Arreridj"]),
    Case("v2 among the people a participle describes", "Yusuf Abdi was among 40 people "
         "rounded up on Sunday. Amina Warsame was among those arrested on Monday.",
         D(2025, 6, 10), events={"Yusuf Abdi": [("detained", "2025-06-08")],
                                 "Amina Warsame": [("detained", "2025-06-09")]}),
    Case("v2 not among those freed", "Aung San Suu Kyi, 79, who is serving a 27-year "
         "sentence, was not among those freed.", events={"Aung San Suu Kyi": [("sentenced", None)]},
         absent={"Aung San Suu Kyi": ["released"]}),
    Case("v2 the verdict against X", "The verdict against Rustam Azimov, a teacher from "
         "Samarkand, was announced on Tuesday.", D(2025, 6, 10),
         events={"Rustam Azimov": [("sentenced", "2025-06-10")]}),
    Case("v2 placed under house arrest", "Opposition politician Ulugbek Juraev was placed "
         "under house arrest on Friday.", D(2025, 6, 10),
         events={"Ulugbek Juraev": [("detained", "2025-06-06")]}),
    Case("v2 among them, the name left on the verb", "Dozens were held, among them the "
         "filmmaker Jafar Panahi.", events={"Jafar Panahi": [("detained", None)]}),
    Case("v2 a list header line before a name and its participle", "Other cases the group "
         "highlighted:\nZhang Zhan, citizen journalist, detained again in August 2024;\nHuang "
         "Xueqin, journalist, five years;\n", D(2025, 4, 10),
         events={"Zhang Zhan": [("detained", "2024-08")]}),
    Case("v2 political prisoner X as a title", "Political prisoner Ihar Losik wrote a letter "
         "from colony No. 1. Former political prisoner Vadim Kobzev now heads a legal aid "
         "group.", events={"Ihar Losik": [("recognized_political_prisoner", None)]},
         not_detainees=["Vadim Kobzev"]),
    Case("v2 a spokeswoman's title is no part of her name", "Spokeswoman Maria Zakharova "
         "denied that Evan Gershkovich was mistreated.",
         not_detainees=["Maria Zakharova", "Spokeswoman Maria Zakharova"],
         not_persons=["Spokeswoman Maria Zakharova"]),
    Case("v2 remains in colony No. 3", "Ryhor Kastusiou, who has cancer, remains in colony "
         "No. 3.", events={"Ryhor Kastusiou": [("detained", None)]}),
    Case("v2 serving a term is no news of the day", "Ahmed Mansoor is serving 10 years in "
         "Al-Sadr prison.", D(2025, 6, 10), events={"Ahmed Mansoor": [("sentenced", None)]}),
    Case("v2 an appositive participle before a place", "Ahmed Mansoor, serving 10 years in "
         "Al-Sadr prison, has been in solitary confinement since 2017.",
         events={"Ahmed Mansoor": [("sentenced", None)]}),
    Case("v2 one of the political prisoners released", "Maksim Zhukau is one of the "
         "political prisoners released on Monday. Ihar Losik is one of the political prisoners "
         "held in Belarus.", D(2025, 6, 10),
         events={"Maksim Zhukau": [("released", "2025-06-09")],
                 "Ihar Losik": [("recognized_political_prisoner", None)]},
         absent={"Ihar Losik": ["detained"]}),
    Case("v2 a lawyer listed among detainees is one of them; the pronoun their stands for "
         "the group", "Prosecutors on Monday extended the detention of activist Karim Nabil "
         "for 15 days. Other detainees including lawyer Hany Fathy and blogger Omar Saad "
         "also had their detention extended. Defence lawyer Samir Adel said he would "
         "appeal.", D(2024, 5, 10),
         events={"Karim Nabil": [("detained", None)], "Hany Fathy": [("detained", None)],
                 "Omar Saad": [("detained", None)]}, not_detainees=["Samir Adel"]),
    Case("v2 a lawyer coordinated with a named member after among them", "A court renewed "
         "the detention of 12 defendants for 45 days. Among them is lawyer Tarek Salem, as "
         "well as lawyer Mona Rashed, who was charged in a new case.", D(2024, 5, 10),
         events={"Tarek Salem": [("detained", "2024-05-10")],
                 "Mona Rashed": [("detained", "2024-05-10")]}),
    Case("v2 an ellipsis repeats the event: as was Y", "Police said Le Van Tam, a lawyer at "
         "the firm, was also arrested under the charge, as was Tran Thi Hoa, an assistant to "
         "another lawyer.", D(2016, 1, 12),
         events={"Le Van Tam": [("detained", None)], "Tran Thi Hoa": [("detained", None)]}),
    Case("v2 those detained identified as a list, with relatives of each other in it",
         "Activists named those detained on Sunday as Jorge Perez, Luis Mora, and two "
         "brothers, Raul Diaz Ortega and Mario Diaz Ortega.", D(2010, 8, 30),
         events={"Jorge Perez": [("detained", "2010-08-29")],
                 "Raul Diaz Ortega": [("detained", "2010-08-29")],
                 "Mario Diaz Ortega": [("detained", "2010-08-29")]}),
    Case("v2 a list the parse loses: each item with its outlet", "Some of the better-known "
         "names of those freed included Aung Min Soe from the party's media team, Lwin Lwin "
         "from the Shan Herald, Khin Mar Aye and Zaw Zaw Naing from DVB, and Tun Lin from a "
         "local weekly.", D(2021, 10, 19),
         events={"Aung Min Soe": [("released", "2021-10-19")],
                 "Khin Mar Aye": [("released", "2021-10-19")],
                 "Tun Lin": [("released", "2021-10-19")]}),
    Case("v2 a list does not run on into a clause of its own", "Police arrested Marta Gil "
         "on Monday, and Rosa Vidal was released on bail the next day.", D(2021, 6, 15),
         events={"Marta Gil": [("detained", "2021-06-14")]},
         absent={"Rosa Vidal": ["detained"]}),
    Case("v2 both of whom: the clause is about every person named before it", "Soviet "
         "physicist Pavel Orlov and his wife, Irina Sokolova, both of whom were freed from "
         "exile in Gorky in December, signed the appeal.", D(1987, 2, 10),
         events={"Pavel Orlov": [("released", "1986-12")],
                 "Irina Sokolova": [("released", "1986-12")]}),
    Case("v2 those of X: the event noun stands again", "Their arrests follow those of "
         "opposition politicians Mateo Ruiz and Carla Mendez in recent days.", D(2021, 6, 9),
         events={"Mateo Ruiz": [("detained", "2021-06-09")],
                 "Carla Mendez": [("detained", "2021-06-09")]}),
    Case("v2 a hyphenated given name the model cut at the hyphen; a term between items",
         "Former lawmakers Au Nok-hin and Lo Kin-man were sentenced to 10 months on Friday. "
         "Three activists were jailed, including Chan Wai-keung, 10 months, and Cyd Ho, 8 "
         "months.", D(2021, 4, 16),
         events={"Au Nok-hin": [("sentenced", "2021-04-16")],
                 "Cyd Ho": [("detained", "2021-04-16")]}),
    Case("v2 a judge after a trigger noun is no detainee by word order", "During Friday's "
         "sentencing hearing, judge Mary Stone said the defendants had defied the law.",
         D(2021, 4, 16), not_detainees=["Mary Stone"]),
    Case("v2 a quoted nickname before a name", "Three former lawmakers were jailed over the "
         "march, including \u201cBighead\u201d Chan Wai-keung, who received an 18 month "
         "sentence.", D(2021, 4, 16), events={"Chan Wai-keung": [("sentenced", None)]}),
    Case("v2 a gapped verb: the next person and their term", "Reporters Aynur Guliyeva and "
         "Samir Hasanov were sentenced to eight years in prison, and deputy director Elchin "
         "Mammadli to 7 1/2 years, Kanal Media said.", D(2025, 6, 21),
         events={"Elchin Mammadli": [("sentenced", "2025-06-21")],
                 "Samir Hasanov": [("sentenced", "2025-06-21")]}),
    Case("v2 those of X after their: the group's and X's own", "Police detained Felix Mora "
         "and Juan Diaz on Tuesday. Their arrests follow those of opposition politicians "
         "Arturo Ruiz and Carla Mendez in recent days.", D(2021, 6, 9),
         events={"Juan Diaz": [("detained", "2021-06-08")],
                 "Arturo Ruiz": [("detained", "2021-06-08")]}),
    Case("v2 a heading line without a full stop is its own sentence; a one-word name in "
         "a list of names", "Activists held under administrative detention\nK Ravi "
         "Shankar, P Arul Mani, S Kathir, and Ilavarasan were arrested on 21 May 2017 for a "
         "memorial.", D(2017, 6, 1),
         events={"Ilavarasan": [("detained", "2017-05-21")],
                 "P Arul Mani": [("detained", "2017-05-21")]}),
    Case("v2 a monarch's title: the one insulted is no detainee", "A court in Bahrain has "
         "sentenced six activists to a year in jail for insulting King Hamad on Twitter.",
         D(2013, 5, 15), not_detainees=["King Hamad", "Hamad"],
         figures=[(6, "exact", "sentenced")]),
    Case("v2 a name after an article modifying a noun is no person", "They are detained "
         "under a Tamil Nadu administrative detention law.", D(2017, 6, 1),
         not_detainees=["Tamil Nadu"]),
    Case("v2 a place's or an outlet's noun before a capitalized phrase names a thing",
         "Following a trial in the central city of Danang, blogger Tran Van Lam was "
         "sentenced to two years, the daily newspaper \"Tin Moi\" reported.", D(2014, 3, 5),
         events={"Tran Van Lam": [("sentenced", "2014-03-05")]},
         not_detainees=["Danang", "Tin Moi"]),
    Case("v2 according to lawyer X: a source, not one of those held", "Nadia Amrani and "
         "seven other activists were placed in pre-trial detention on Thursday, according to "
         "lawyer Samia Belkacem.", D(2024, 7, 19),
         events={"Nadia Amrani": [("detained", "2024-07-18")]}, not_detainees=["Samia Belkacem"]),
    Case("v2 a bracketed second surname ends the name", "A court in Baku sentenced editor "
         "Leyla Mammadova (Huseynli) to eight years.", D(2025, 6, 21),
         events={"Leyla Mammadova": [("sentenced", "2025-06-21")]}),
    Case("v2 a rights group's demand is no release", "Authorities must immediately release "
         "journalist Dara Quill and drop all charges against her, the group said. Officials "
         "have shown no sign of wanting to release Tom Ferrel.",
         absent={"Dara Quill": ["released"], "Tom Ferrel": ["released"]}),
    Case("v2 a held person's death is in custody", "Leon Graff had been serving a 10-year "
         "sentence since 2019. He died on Friday in hospital.", D(2024, 5, 10),
         events={"Leon Graff": [("sentenced", None), ("died_in_custody", "2024-05-10")]}),
    Case("v2 reported dead in a detention centre", "Kemal Aras was reported dead by "
         "authorities in the Izmir No. 2 Detention Center on Wednesday.", D(2024, 5, 10),
         events={"Kemal Aras": [("died_in_custody", "2024-05-08")]}),
    Case("v2 jailed X has died", "Jailed blogger Omar Haddad has died aged 48, his family "
         "said.", events={"Omar Haddad": [("died_in_custody", None)]}),
    Case("v2 a death after release is not in custody", "Max Terron was released in 2019. He "
         "died on Friday in hospital.", D(2024, 5, 10),
         absent={"Max Terron": ["died_in_custody"]}),
    Case("v2 returned home after completing a term", "Dissident Kim Solberg returned home on "
         "Sunday after completing a jail term for subversion.", D(2024, 5, 10),
         events={"Kim Solberg": [("released", "2024-05-05")]}),
    Case("v2 a headline without a full stop is a sentence of its own", "Reporters\n\n"
         "Azeri journalist Rauf Mammadli sentenced to 3 years in prison\n\nBaku, March 2, "
         "2024 – Authorities should release journalist Rauf Mammadli, the group "
         "said.\n\nRead More\n\nNiger journalists Idris Bako and Hawa Sani convicted, fined "
         "under press law\n\nNiamey, March 1, 2024 – The group said today.",
         events={"Rauf Mammadli": [("sentenced", None)],
                 "Idris Bako": [("sentenced", None)],
                 "Hawa Sani": [("sentenced", None)]},
         absent={"Rauf Mammadli": ["released"]}),
    Case("v2 a list after include with an inverted speech verb", "The activists jailed "
         "in the case include Irfan Sheth, Kamal Desai and Rohan Pillai, reported Mid-Day.",
         events={"Irfan Sheth": [("detained", None)], "Rohan Pillai": [("detained", None)]}),
    Case("v2 a trial in absentia told of a group", "A court on Monday handed prison terms to "
         "two activists who had fled the country, in a verdict announced in absentia. Lina "
         "Varga and Oskar Tamm were each sentenced to 12 years. Authorities accused the two "
         "activists of undermining national security.", D(2024, 5, 10),
         events={"Lina Varga": [("convicted_in_absentia", "2024-05-06"), ("charged", None)],
                 "Oskar Tamm": [("convicted_in_absentia", "2024-05-06"), ("charged", None)]},
         absent={"Lina Varga": ["sentenced"]}),
    Case("v2 a trial in absentia in the sentence's own words", "After a trial in absentia, a "
         "court sentenced exiled opposition leader Mira Holm to 15 years on Monday. The trial "
         "was held in absentia. Erik Dahl, who is in prison, was sentenced to ten years in March.",
         D(2024, 5, 10), events={"Mira Holm": [("convicted_in_absentia", "2024-05-06")],
                                 "Erik Dahl": [("sentenced", "2024-03")]},
         absent={"Erik Dahl": ["convicted_in_absentia"]}),
    Case("v2 condemned to a term", "Opposition leader Tigran Melik, who was arrested during "
         "his 2020 campaign, was condemned to 18 years in jail.",
         events={"Tigran Melik": [("sentenced", None)]}),
    Case("v2 a decree pardoning X", "The president signed a decree pardoning Oleg Sarin, 58, "
         "and 13 others on Monday. A decree released on Friday named no one else.",
         D(2024, 5, 10), events={"Oleg Sarin": [("pardoned", "2024-05-06")]}),
    Case("v2 subjected to enforced disappearance", "The preacher Karim Saad had been arrested in "
         "June 2019. He had been subjected to enforced disappearance before he was charged. "
         "Activist Omar Nabil was forcibly disappeared for five days.",
         events={"Karim Saad": [("detained", "2019-06"), ("incommunicado", None),
                                ("charged", None)],
                 "Omar Nabil": [("incommunicado", None)]}),
    Case("v2 a court remanded X", "A court in Baku remanded journalist Imran Aziz for two "
         "months on Friday.", D(2024, 5, 10), events={"Imran Aziz": [("detained", "2024-05-10")]}),
    Case("v2 prisoners of conscience", "One of the country's best-known prisoners of "
         "conscience, Li Wenbo, returned home on Sunday. Amnesty International declared Paulo "
         "Serrano a prisoner of conscience in 2019. Ana Ruiva was recognized as a prisoner of "
         "conscience last year.", D(2024, 5, 10),
         events={"Li Wenbo": [("recognized_political_prisoner", None)],
                 "Paulo Serrano": [("recognized_political_prisoner", "2019")],
                 "Ana Ruiva": [("recognized_political_prisoner", "2023")]}),
    Case("v2 raided and detained its director X", "Police raided the outlet's office on "
         "Monday and detained its general director Asel Omurova and chief editors Dina "
         "Sadykova and Anton Lyamin. Officers questioned Omurova, Sadykova and Lyamin for an "
         "hour before releasing them.", D(2024, 5, 10),
         events={"Asel Omurova": [("detained", "2024-05-06"), ("released", None)],
                 "Anton Lyamin": [("detained", "2024-05-06"), ("released", None)]}),
    Case("v2 those still in jail are X", "Four reporters were moved from jail to house arrest "
         "on Tuesday. Those still in jail are the outlet's director Aigul Tashieva; two other "
         "journalists, Aida Beishova and Azat Ismanov, and a former reporter, Almaz Kaparov.",
         D(2024, 5, 10), events={"Aigul Tashieva": [("detained", None)],
                                 "Aida Beishova": [("detained", None)],
                                 "Almaz Kaparov": [("detained", None)]}),
    Case("v2 moved to house arrest is no transfer", "The journalists moved from jail to house "
         "arrest are Tynys Asanov and Joodar Bekov.",
         absent={"Tynys Asanov": ["transferred"], "Joodar Bekov": ["transferred"]}),
    Case("v2 according to X, the source", "Police detained activists Ilya Sorokin and Maxim "
         "Belov on Monday. According to lawyer Bakyt Sadyrov, both were later released "
         "without charges.", D(2024, 5, 10),
         events={"Ilya Sorokin": [("detained", "2024-05-06"), ("released", None)]},
         not_detainees=["Bakyt Sadyrov"]),
    Case("v2 a warrant for an arrest is no arrest", "The agent told Hesam Mirza that a "
         "warrant for his arrest had been issued. Among those named in the arrest warrants was "
         "Ekrem Demir. Police confirmed Omid Rahimi's arrest on Monday.", D(2024, 5, 10),
         events={"Omid Rahimi": [("detained", "2024-05-06")]},
         not_detainees=["Hesam Mirza", "Ekrem Demir"]),
    Case("v2 one of the detainees, X, the husband of Y", "One of the other high-profile "
         "detainees, Ramon Escobedo, the husband of prominent blogger Yolanda Sastre, was "
         "released late on Tuesday night.", D(2024, 5, 10),
         events={"Ramon Escobedo": [("released", "2024-05-07"), ("detained", None)]},
         not_detainees=["Yolanda Sastre"]),
    Case("v2 patronymic words end a name", "Police in Osh detained Aizada Toktogul kyzy "
         "and Bolot Toktogul uulu.",
         events={"Aizada Toktogul kyzy": [("detained", None)],
                 "Bolot Toktogul uulu": [("detained", None)]}),
    Case("v2 a list of items with their outlets after a status", "Those still in custody are "
         "the channel's editor Nurlan Esenov; two other reporters with the channel, Emil "
         "Daniyarov and Tilek Sooronbaev, and a former cameraman, Azat Mamytov.",
         events={"Nurlan Esenov": [("detained", None)], "Emil Daniyarov": [("detained", None)],
                 "Tilek Sooronbaev": [("detained", None)], "Azat Mamytov": [("detained", None)]}),
    Case("v2 reporters from an agency, X and Y, along with Z from W", "Reporters from the "
         "Delta News Agency (DNA), Selin Kaya and Deniz Aksoy, along with Elif Demir from "
         "Yeni Ses, were detained.", events={"Selin Kaya": [("detained", None)],
         "Deniz Aksoy": [("detained", None)], "Elif Demir": [("detained", None)]}),
    Case("v2 among those freed are X; Y and her husband, Z; and W", "Among those freed are "
         "adviser Paul Landry; teacher Anna Visser and her husband, Ko Min Thein; and "
         "journalist Kenji Park.", events={"Paul Landry": [("released", None)],
         "Anna Visser": [("released", None)], "Ko Min Thein": [("released", None)],
         "Kenji Park": [("released", None)]}),
    Case("v2 a list taken for the subject of a closing 'reported'; one cited is a source",
         "The activists jailed in the Bhima case include Sunil Dhawan, Suresh Gadkar, Anil "
         "Tembe, Harish Babu, Sagar Gore and Rohan Wilson, reported the Daily Star, citing "
         "lawyer Vikram Rathod.", events={"Sunil Dhawan": [("detained", None)],
         "Harish Babu": [("detained", None)], "Rohan Wilson": [("detained", None)]},
         not_detainees=["Vikram Rathod"]),
    Case("v2 were each handed N days in jail", "Ravshan Mukhtarov and Maira Ghabdulova were "
         "each handed 15 days in jail.", events={"Ravshan Mukhtarov": [("sentenced", None)],
         "Maira Ghabdulova": [("sentenced", None)]}),
    Case("v2 the four journalists moved to house arrest are X, Y, Z and W", "Four journalists "
         "who were jailed in January have been moved to house arrest. The four journalists "
         "transferred from jail to house arrest are Tilek Osmonov, Bakyt Asanov, Nurlan "
         "Toktosunov and Emil Tashiev.", events={"Tilek Osmonov": [("detained", None)],
         "Emil Tashiev": [("detained", None)]}),
    Case("v2 were granted clemency", "Aleksei Klimovich and Uladz Lobach were also granted "
         "clemency.", events={"Aleksei Klimovich": [("pardoned", None)],
         "Uladz Lobach": [("pardoned", None)]}),
    Case("v2 referred to X as a political prisoner", "The group Memorial, which referred to "
         "Nikita Farov as a political prisoner, said he ran a channel on Telegram.",
         events={"Nikita Farov": [("recognized_political_prisoner", None)]}),
    Case("v2 among the 23 is X; another defendant is Y", "A court on Monday sentenced 23 "
         "protesters to two years in prison each. Among the 23 is Hoda Kamel, a student. "
         "Another defendant is Samir Fathy, a well-known blogger.",
         events={"Hoda Kamel": [("sentenced", None)], "Samir Fathy": [("sentenced", None)]}),
    Case("v2 the latest to be freed were X and Y", "Officials freed three more prisoners on "
         "Friday. The latest prisoners to be freed were Tomas Ruiz Pena and Ana Belen Soto "
         "Mora, the group said.", events={"Tomas Ruiz Pena": [("released", None)],
         "Ana Belen Soto Mora": [("released", None)]}),
    Case("v2 ordered X to be detained pending trial", "A judge ordered the reporter Kemal "
         "Aydinoglu to be detained pending trial.",
         events={"Kemal Aydinoglu": [("detained", None)]}),
    Case("v2 a court charged X with", "On Tuesday, the provincial court charged Sok Pheara, "
         "41, with incitement.", events={"Sok Pheara": [("charged", None)]}),
    Case("v2 a Spanish first surname later", "Police released Mario Lopez Vidal on Sunday. "
         "Lopez was arrested in 2019 and sentenced to five years.",
         events={"Mario Lopez Vidal": [("released", None), ("detained", "2019")]}),
    Case("v2 an Arabic article spelled two ways", "A court sentenced Karim Abd El-Masry to "
         "three years. Rights groups said Karim Abdel Masry had been arrested in 2020.",
         events={"Karim Abd El-Masry": [("sentenced", None), ("detained", "2020")]}),
    Case("v2 a verbless list after the group's event", "Several reporters were detained in "
         "dawn raids on Tuesday.\n\nPhoto reporter Emre Yalcin, TV reporter Deniz Oral, "
         "columnist Selin Akbas and editors Onur Keskin and Ayla Dogru.",
         events={"Emre Yalcin": [("detained", None)], "Selin Akbas": [("detained", None)],
                 "Ayla Dogru": [("detained", None)]}),
    Case("v2 a name under 'of' a noun of trade is what one belongs to", "Police detained at "
         "least 12 people on Sunday. Among those detained were Murat Ekinci, the "
         "editor-in-chief of Bugunler, and Cem Tosun. Officers also raided the office of "
         "Haber Sesi and arrested two reporters.",
         events={"Murat Ekinci": [("detained", None)], "Cem Tosun": [("detained", None)]},
         not_detainees=["Bugunler", "Haber Sesi"]),
    Case("v2 an earlier detention told as one ('previously')", "Police arrested blogger Tamar "
         "Quelle on March 3, 2022. Quelle had previously been detained over his posts.",
         D(2022, 3, 10), events={"Tamar Quelle": [("detained", "2022-03-03"), ("detained", None)]}),
    Case("v2 a separate term already served is a sentence of its own", "A court sentenced Ivo "
         "Brankov to six years on Monday. Brankov is already serving a separate four-year "
         "term for fraud.", D(2023, 6, 7),
         events={"Ivo Brankov": [("sentenced", "2023-06-05"), ("sentenced", None)]}),
    Case("v2 rearrested", "Rights defender Kofi Ansah was freed in January 2021. He was "
         "rearrested on 2 June 2021.", events={"Kofi Ansah": [("released", "2021-01"),
                                                             ("detained", "2021-06-02")]}),
    Case("v2 picked up by police", "Dissident Lena Marquez was picked up by state security "
         "agents on Tuesday and released hours later.", D(2021, 7, 15),
         events={"Lena Marquez": [("detained", "2021-07-13"), ("released", None)]}),
    Case("v2 a time held counted back from its end", "Activist Omar Selim was freed on 10 May "
         "2024 after six months in detention.",
         events={"Omar Selim": [("released", "2024-05-10"), ("detained", "2023-11")]}),
    Case("v2 an order of imprisonment", "A judge on Thursday ordered the imprisonment of "
         "opposition leader Sami Haddad.", D(2023, 4, 21),
         events={"Sami Haddad": [("detained", "2023-04-20")]}),
    Case("v2 a detention renewed is a step of its own", "Police arrested lawyer Adel Fahmy on "
         "March 2, 2021. A court later renewed Fahmy's detention for 45 days.",
         events={"Adel Fahmy": [("detained", "2021-03-02"), ("detained", None)]}),
    Case("v2 a quoted 'prisoner of conscience' after 'described as'", "Amnesty International "
         "described jailed blogger Nour Haddad as a \"prisoner of conscience\".",
         events={"Nour Haddad": [("recognized_political_prisoner", None)]}),
    Case("v2 'calls on ... to release' is asked for, whatever the parse makes of 'calls'",
         "The Committee to Protect Journalists calls on the authorities to immediately release "
         "journalist Karim Nassar, who was arrested on 3 May 2024.",
         events={"Karim Nassar": [("detained", "2024-05-03")]},
         absent={"Karim Nassar": ["released"]}),
    Case("names a list joins on the surface, each after its role words", "Rights "
         "campaigner Tavin Orsk, Marxist theorist Belo Varandu and Lakeside trader Pira "
         "Juntavel were on Friday sentenced to life imprisonment by a trial court in Dunmore.",
         events={"Tavin Orsk": [("sentenced", None)], "Belo Varandu": [("sentenced", None)],
                 "Pira Juntavel": [("sentenced", None)]}),
    Case("a surface list stops at an acting role", "Protest organiser Kemo Dravist and his "
         "lawyer Soren Alvik were seen outside; Kemo Dravist was detained on Friday.",
         D(2025, 6, 9), events={"Kemo Dravist": [("detained", "2025-06-06")]},
         not_detainees=["Soren Alvik"]),
    Case("the arrest terms of a list of persons extended", "The district court has today "
         "extended the arrest terms of Tolvan Ruskeri, director of the Civic Forum; activist "
         "Mirel Dagvan; and reporter Sanel Orbuk for three months.", D(2025, 6, 12),
         events={"Tolvan Ruskeri": [("detained", "2025-06-12")],
                 "Mirel Dagvan": [("detained", "2025-06-12")]}),
    Case("a name the model took for an organisation, a person's noun in apposition", "The "
         "court ruling involved Kerem Aydınlı, the owner of Haberport, who was jailed pending "
         "trial.", D(2025, 6, 12), events={"Kerem Aydınlı": [("detained", None)]}),
    Case("a name an outlet's noun follows is the outlet's wherever it is named", "A court put "
         "in pretrial detention all detained employees of the pro-Kurdish Özgür Gelecek "
         "newspaper. Police had raided the offices of Özgür Gelecek and detained its editor "
         "Orhan Kelmet.", D(2025, 6, 12), events={"Orhan Kelmet": [("detained", None)]},
         not_detainees=["Özgür Gelecek"]),
    Case("a head of state's surname as a given name", "Print worker Erdogan Vastelli was "
         "remanded in custody on Tuesday, his union said.", D(2025, 6, 12),
         events={"Erdogan Vastelli": [("detained", "2025-06-10")]}),
    Case("v2 a counted group's members named next, as many as its count", "Two members of the "
         "Tarvel Rights Circle were arrested on 4 March 2024 in Kelvora. Oskan Brevid, the "
         "circle's chair, and Duna Marrel have been charged with unlawful assembly.",
         events={"Oskan Brevid": [("detained", "2024-03-04"), ("charged", None)],
                 "Duna Marrel": [("detained", "2024-03-04"), ("charged", None)]}),
    Case("v2 bail granted is a release, bail denied is none", "A magistrate in Dorvan "
         "granted bail to journalist Tamsin Orrel on Tuesday, 3 June 2025. Activist Bekk "
         "Hallow was denied bail and remains in custody.", D(2025, 6, 4),
         events={"Tamsin Orrel": [("released", "2025-06-03")]},
         absent={"Bekk Hallow": ["released"]}),
    Case("v2 'X was granted bail'", "Teacher Ravi Omsted, arrested on 2 May 2022, was "
         "granted bail by the high court on 9 May 2022.",
         events={"Ravi Omsted": [("detained", "2022-05-02"), ("released", "2022-05-09")]}),
    Case("v2 'sent to prison' by a judge is a detention, not a transfer", "Editors Merel "
         "Tashan and Corvin Adley were sent to prison by the judge on duty on Friday. The farmer "
         "Hal Pestre was charged on Monday and sent to pre-trial detention in Durn.",
         D(2024, 6, 16), events={"Merel Tashan": [("detained", "2024-06-14")],
                                 "Hal Pestre": [("detained", "2024-06-10")]},
         absent={"Merel Tashan": ["transferred"], "Hal Pestre": ["transferred"]}),
    Case("v2 a group's detention renewed, then its members' arrest: two steps", "Prosecutors "
         "have renewed for 15 days the detention of two reporters arrested at the union "
         "building. Reporters Tobin Vasse and Ulla Kerrim were arrested after police raided "
         "the union's offices on May 1.",
         events={"Tobin Vasse": [("detained", None), ("detained", None)],
                 "Ulla Kerrim": [("detained", None), ("detained", None)]}),
    Case("v2 an arrest, then 'their detention has been extended': two steps", "Reporters "
         "Pim Arvold and Sela Quint were arrested on March 3, 2024 in Tarn. Their lawyer "
         "said their detention has been extended by 15 days.",
         events={"Pim Arvold": [("detained", "2024-03-03"), ("detained", None)],
                 "Sela Quint": [("detained", "2024-03-03"), ("detained", None)]}),
    Case("v2 'ordered X to be detained' is a detention; 'can be sentenced', 'once released' are "
         "none", "On Monday a prosecutor ordered Dara Velk, a reporter for the Morrow Daily, to "
         "be detained for 15 days. If found guilty, she can be sentenced to three years. Poet "
         "Ivo Stane was sentenced to four years and two more of probation once he is released.",
         D(2024, 4, 10), events={"Dara Velk": [("detained", "2024-04-08")],
                                 "Ivo Stane": [("sentenced", None)]},
         absent={"Dara Velk": ["sentenced"], "Ivo Stane": ["released"]}),
    Case("v2 'remains in custody' is held; the outlet one works for is no detainee", "Opposition "
         "leader Garo Mettis, who also faces charges of incitement, remains in custody. "
         "Prosecutors ordered a reporter working for Velland's Morning Post to remain in "
         "detention pending investigation.", D(2024, 4, 10),
         events={"Garo Mettis": [("detained", "2024-04-10")]},
         not_detainees=["Morning Post"]),
    Case("v2 'The three students, ...' counts the group despite the comma", "The three "
         "students, according to the Vessel Courier, study at Harn College and were arrested "
         "on 2 May 2023. They have been identified as Ilo Varant, Pemma Dusk and Joss Kerrow.",
         events={"Ilo Varant": [("detained", "2023-05-02")], "Pemma Dusk": [("detained",
                 "2023-05-02")], "Joss Kerrow": [("detained", "2023-05-02")]}),
    Case("v2 the new names of a recognition story are recognized; a count's date is no event's",
         "According to the rights centre, 1,204 people are now recognised as political "
         "prisoners, up from 1,180 a month ago. Among the new names are blogger Sef Travan "
         "and pensioner Hanno Drul, 71.", D(2025, 6, 12),
         events={"Sef Travan": [("recognized_political_prisoner", None)],
                 "Hanno Drul": [("recognized_political_prisoner", None)]}),
]  # fmt: skip

# What en.v2's learned models decide: an organisation the text is about or a place, a
# wire's dateline or a person taken for one; a person the sentence of a trigger names
# who is not the one the event is about (a relative who speaks).
CASES_LEARNED = [
    Case("learned: a dateline's city and agency are no organisations", "MINSK, May 2 "
         "(Reuters) - A court in Minsk sentenced activist Ihar Losik to 15 years, the Viasna "
         "Human Rights Center said.", events={"Ihar Losik": [("sentenced", None)]},
         organisations=["Viasna Human Rights Center"], not_organisations=["MINSK", "Reuters"]),
    Case("learned: a city taken for an organisation", "Police in Vitebsk detained Anna Lis "
         "on Monday, according to the human rights group Viasna.",
         events={"Anna Lis": [("detained", None)]}, organisations=["Viasna"],
         not_organisations=["Vitebsk"]),
    Case("learned: a party that speaks of its member", "The Belarusian Popular Front said its "
         "member Pavel Orel was arrested in Hrodna on Tuesday.",
         events={"Pavel Orel": [("detained", None)]},
         organisations=["Belarusian Popular Front"]),
    Case("learned: a father who speaks is not sentenced", "Kalesnikava's father, Aliaksandr "
         "Kalesnik, said his daughter had been sentenced to 11 years.",
         not_detainees=["Aliaksandr Kalesnik"]),
]  # fmt: skip
