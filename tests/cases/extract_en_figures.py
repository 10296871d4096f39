"""Golden figure cases of ``vigil.extract.en.v2``: counts of people read through the parse.

Each row: an id, the text, and the figures that must be found, exactly, as
``(value, qualifier, category)``; a breakdown on a total counts as one figure per part
of the total's category, as the scorer reads it. Synthetic sentences, by the corpus
README's rules (issue 12).
"""

from __future__ import annotations

E, MT, AL, AB = "exact", "more_than", "at_least", "about"
PPH = "political_prisoners_held"

FIGURE_CASES: list[tuple[str, str, list[tuple[int, str, str]]]] = [
    ("an event noun's of names the counted", "We welcome the release of 14 political "
     "prisoners on Friday.", [(14, E, "released")]),
    ("an event noun with a qualifier", "Rights groups condemned the arrests of more than 200 "
     "protesters in Tbilisi.", [(200, MT, "detained")]),
    ("the governing verb beats a participle", "The president pardoned 37 people convicted "
     "of extremism.", [(37, E, "pardoned")]),
    ("a noun of no list, the patient of the verb", "The junta has arrested more than 150 "
     "monks.", [(150, MT, "detained")]),
    ("the verb after the clause on the count", "Some 130 people who took part in the march "
     "were later sentenced.", [(130, AB, "sentenced")]),
    ("a light verb and its object", "The court handed prison terms to 14 protesters on "
     "Monday.", [(14, E, "sentenced")]),
    ("two dozen", "Two dozen protesters were arrested outside parliament.",
     [(24, E, "detained")]),
    ("a part in a later clause", "Police detained 120 people on Saturday; 40 of them were "
     "later released.", [(120, E, "detained"), (40, E, "released")]),
    ("of whom", "The group said 1,200 people were detained, of whom 300 have since been "
     "released.", [(1200, E, "detained"), (300, E, "released")]),
    ("a part by sex keeps the total's category", "The regime released 23 political "
     "prisoners, 16 of whom were women.", [(23, E, "released"), (16, E, "released")]),
    ("a copula's sub-count is other", "Police arrested 4,989 people on Sunday; 113 were "
     "minors.", [(4989, E, "detained"), (113, E, "other")]),
    ("bare numbers listed after a count", "Riot police detained 38 people in Minsk, 12 in "
     "Gomel and 5 in Brest.", [(38, E, "detained"), (12, E, "detained"), (5, E, "detained")]),
    ("a count a number reaches", "The number of political prisoners rose to 1,000 this "
     "week, Memorial said.", [(1000, E, PPH)]),
    ("a change in a count is other", "The number of political prisoners has grown by 120 "
     "since January.", [(120, E, "other")]),
    ("jailed for a term is sentenced", "The court jailed 14 opposition activists for up to "
     "six years.", [(14, E, "sentenced")]),
    ("a group's members by a demographic noun", "Those detained include 11 minors.",
     [(11, E, "other")]),
    ("a breakdown joins the total counted before", "Lukashenko pardoned 25 people on "
     "Tuesday. The decree freed 12 women and 13 men.",
     [(25, E, "pardoned"), (12, E, "pardoned"), (13, E, "pardoned")]),
    ("members among a group take its category", "Among the 400 freed were 12 Americans.",
     [(400, E, "released"), (12, E, "released")]),
    ("a demographic member among a group is other", "Among the 120 pardoned were 18 people "
     "with disabilities.", [(120, E, "pardoned"), (18, E, "other")]),
    ("a verb of no category: no figure", "About 2,000 people attended the rally. Only four "
     "of them were allowed to see a lawyer. Police questioned about 40 residents but "
     "detained none.", []),
    ("the object of a coordinated verb", "Police detained and beat 30 protesters.",
     [(30, E, "detained")]),
    ("new recognitions are other, a standing total is held", "Human rights defenders "
     "recognized 14 more people as political prisoners on Monday. As of Monday, 1,262 "
     "people were recognized as political prisoners in Belarus.",
     [(14, E, "other"), (1262, E, PPH)]),
    ("a count in 'one of N' and a prepositional state", "He is one of at least 35 "
     "journalists behind bars in Belarus.", [(35, AL, PPH)]),
    ("a coordinated verb with its own subject keeps its own category", "Seven people were "
     "arrested and three were fined.", [(7, E, "detained")]),
    ("the verb beyond a range of years", "The court handed down sentences ranging from two "
     "to seven years to 11 defendants.", [(11, E, "sentenced")]),
    ("not figures: a population, the group of a part, ages", "The country's nine million "
     "people voted. Only 3 of the 17 lawyers were allowed in. Anna Kovalenka, 63, was "
     "sentenced.", []),
    # Round 20: constructions of real unseen tallies, in invented sentences.
    ("a release by pardon is pardoned", "In 2023, 21 prisoners were released by pardon.",
     [(21, E, "pardoned")]),
    ("a release joined to a pardon is pardoned", "The government pardoned and began "
     "releasing 1,250 inmates on Monday.", [(1250, E, "pardoned")]),
    ("a part in a state of health or family is other", "The president pardoned 27 people. "
     "Eleven of them suffer from chronic illnesses and four have children under 18.",
     [(27, E, "pardoned"), (11, E, "other"), (4, E, "other")]),
    ("bare numbers in a list of members", "Rights groups count 640 political prisoners. "
     "Among them are 11 people with disabilities, 40 in poor health and 25 people over "
     "the age of 65.", [(640, E, PPH), (11, E, "other"), (40, E, "other"), (25, E, "other")]),
    ("numbers coordinated before one noun", "Ruritania, Freedonia and Elbonia lead the "
     "list, with 24, 19 and 12 journalists detained, respectively.",
     [(24, E, "detained"), (19, E, "detained"), (12, E, "detained")]),
    ("counts by place in brackets", "The report lists jailed reporters in Ruritania (21), "
     "Freedonia (16) and Elbonia (12).", [(21, E, PPH), (16, E, PPH), (12, E, PPH)]),
    ("a count doubled to a number", "The number of political prisoners has almost doubled "
     "to more than 900.", [(900, MT, PPH)]),
    ("a count of detainees reached", "The number of detainees increased to nearly 600 "
     "this month.", [(600, AB, "detained")]),
    ("a count moved to a number by an object verb", "The decree was the fifth this year, "
     "bringing the total number of releases to 210 people.", [(210, E, "released")]),
    ("a count moved from one number to another", "The arrests pushed the number of "
     "political prisoners from 1,104 in May to 1,130 in June.",
     [(1104, E, PPH), (1130, E, PPH)]),
    ("granted political prisoner status is other", "Since 2021, 3,120 people have been "
     "granted political prisoner status.", [(3120, E, "other")]),
    ("served their sentences is released", "At least 16 political prisoners served their "
     "full sentences last month.", [(16, AL, "released")]),
    ("incarcerated is held", "At least 27 bloggers are incarcerated in the country.",
     [(27, AL, PPH)]),
    ("a definite count's participle beats a describing verb", "The 40 inmates pardoned "
     "were convicted of organising riots.", [(40, E, "pardoned")]),
    ("older than is a sub-count", "The king pardoned 300 inmates. Twenty of them suffer "
     "from heart disease and eight were older than 70.",
     [(300, E, "pardoned"), (20, E, "other"), (8, E, "other")]),
    ("a list of members after 'Among ... are'", "Among those freed are four people under "
     "the age of 30, five pensioners, three individuals with disabilities, and 11 who "
     "suffer from chronic health conditions.",
     [(4, E, "other"), (5, E, "other"), (3, E, "other"), (11, E, "other")]),
    ("a part by sex takes the count before it", "At least 55 people were released in May: "
     "18 served their full sentences, of which only three were women, and 37 were "
     "pardoned.", [(55, AL, "released"), (18, E, "released"), (3, E, "released"),
                   (37, E, "pardoned")]),
    ("a number a tally verb counts", "The group counted 290 people as being in prison on "
     "June 1, its highest total since 2019, when 310 were counted.",
     [(290, E, PPH), (310, E, PPH)]),
    ("a count by place after 'the number of'", "Africa remained the region with the "
     "highest number of jailed journalists, with Eritrea (16) and Ethiopia (7).",
     [(16, E, PPH), (7, E, PPH)]),
    ("a count compared with an earlier one", "The country now holds 1,140 political "
     "prisoners, compared with 980 in March 2021.", [(1140, E, PPH), (980, E, PPH)]),
    ("those held hostage are other", "The group said 30 reporters are being held hostage "
     "by armed groups, and rebels are holding 12 of these hostages.",
     [(30, E, "other"), (12, E, "other")]),
    ("'there are N people detained' is a standing count", "Rights groups say there are "
     "410 people detained in the country who are considered political prisoners.",
     [(410, E, PPH)]),
    ("a count of arrests is of those arrested", "Observers said 2,104 arrests had been "
     "confirmed by Sunday. Of this number, 96 were adolescents.",
     [(2104, E, "detained"), (96, E, "other")]),
    ("reached a conviction; the group of a part by its noun", "Only 88 people of the nearly "
     "9,000 detainees have reached a conviction.", [(88, E, "convicted")]),
    ("a count a group has is no figure", "The charity has more than 3,000 volunteer "
     "activists.", []),
    ("a year-like number with a qualifier; the event noun beats a participle", "The "
     "ministry announced the release of over 1900 protesters arbitrarily detained since "
     "March.", [(1900, MT, "released")]),
    ("the verb right after a number the parse hangs elsewhere", "Officials told the summit "
     "7,212 had been detained and 3,050 were already released.",
     [(7212, E, "detained"), (3050, E, "released")]),
    ("a number in brackets", "A total of (14,310) people have been arrested since the "
     "coup.", [(14310, E, "detained")]),
    ("a quoted noun", "There were 188 “political prisoners” in the country in May.",
     [(188, E, PPH)]),
    ("a demographic count after a larger total is a sub-count", "Rights monitors count "
     "1,210 political prisoners. Currently 41 minors, arbitrarily detained, are among "
     "them.", [(1210, E, PPH), (41, E, "other")]),
    ("'were incarcerated' is an event; an average is no count", "In the last six months 76 "
     "new political prisoners were incarcerated, an average of 13 prisoners per month.",
     [(76, E, "detained")]),
    ("a count kept at a number", "The monitor kept the number of political prisoners in "
     "the country at 1,140.", [(1140, E, PPH)]),
    ("'there are N women who are prisoners of conscience'", "There are at least 95 women "
     "who are prisoners of conscience.", [(95, AL, PPH)]),
    ("the group after 'among' is no new count", "Police said the youngest among the 140 "
     "was 16 at the time of the arrest.", []),
    ("a release asked for states nothing", "It calls on the authorities to release the "
     "three political prisoners who remain in prison.", [(3, E, PPH)]),
    ("a numbered resolution is no count", "Resolution 1359 (2004) on political prisoners "
     "was adopted.", []),
    ("a list of N is held", "The names were removed, as well as those who were arrested "
     "after the list of 98 political prisoners was prepared.", [(98, E, PPH)]),
    ("digits and 'thousand'", "The authorities detained almost 20 thousand people and "
     "charged more than 450 individuals.", [(20000, AB, "detained"), (450, MT, "charged")]),
    ("a count of detentions is of those detained", "We know of at least 9,120 detentions "
     "at the rallies, including 74 detentions for posts online.",
     [(9120, AL, "detained"), (74, E, "detained")]),
    ("'for the Nth year' is no term", "For the third consecutive year, at least 300 "
     "reporters are imprisoned worldwide.", [(300, AL, PPH)]),
    ("a part by sex after a demographic sub-count", "The monitor counts 1,500 political "
     "prisoners, of which 120 are women, 40 are adolescents and 1,340 are men.",
     [(1500, E, PPH), (120, E, PPH), (40, E, "other"), (1340, E, PPH)]),
    ("a part by sex as a modifier", "The group lists 200 prisoners of conscience. 31 of "
     "them are women rights defenders.", [(200, E, PPH), (31, E, PPH)]),
    ("held in pre-trial detention is charged", "The authorities still hold 52 activists in "
     "pre-trial detention.", [(52, E, "charged")]),
    ("a bare number with a clause of its own", "The list includes 140 who have been "
     "convicted and 25 others held in pretrial detention.",
     [(140, E, "convicted"), (25, E, "charged")]),
    ("money is no count of people", "Each of them was sentenced to pay 50,000 CFA francs.",
     []),
    ("a count of political prisoners keeps its words", "Today there are 1,310 political "
     "prisoners in the country, and their number grows as new sentences are handed down.",
     [(1310, E, PPH)]),
    ("a definite count restated is counted once", "Rights groups count more than 700 "
     "political prisoners. Out of the 700 prisoners, 90 are women.",
     [(700, MT, PPH), (90, E, PPH)]),
    ("a list item's own verb", "Figures for the year:\n- At least 30 dissidents have been "
     "sentenced to prison.\n- At least 12 prisoners have died in custody.",
     [(30, AL, "sentenced"), (12, AL, "other")]),
    ("numbers listed with 'respectively'", "Ruritania was first with 40 journalists behind "
     "bars, while Elbonia, Freedonia and Sylvania followed with 22, 15 and nine "
     "respectively.", [(40, E, PPH), (22, E, PPH), (15, E, PPH), (9, E, PPH)]),
    ("a change with words between 'more' and 'than'", "There are 210 reporters in prison, "
     "25 more jailed reporters than at the same time last year.",
     [(210, E, PPH), (25, E, "other")]),
    ("an increase of N is a change", "The census found 140 journalists imprisoned on "
     "December 1, an increase of eight from the year before.",
     [(140, E, PPH), (8, E, "other")]),
    ("a count compared with an earlier one", "Memorial says there are 350 political "
     "prisoners in Russia, up from 60 five years ago. Last year the figure was up from 300.",
     [(350, E, PPH), (60, E, PPH), (300, E, PPH)]),
    ("those a warrant is issued for are charged", "Prosecutors issued detention warrants "
     "for 27 people on Tuesday. Arrest warrants were also issued for 16 journalists.",
     [(27, E, "charged"), (16, E, "charged")]),
    ("a total's own verb", "A total of 85 people face charges of rioting.",
     [(85, E, "charged")]),
    ("detainees with no word near them are detained", "Rights monitors documented 940 "
     "detainees after the vote.", [(940, E, "detained")]),
    ("a day of a month is no count", "Relatives of the 12 July detainees gathered outside "
     "the court.", []),
    ("one person's family is no count", "The detained activist, a mother of three children, "
     "spoke to her lawyer.", []),
    ("a part placed in prison is held", "Monitors counted 1,100 detainees after the "
     "protests. Of them, at least 420 are still in prison.",
     [(1100, E, "detained"), (420, AL, PPH)]),
    ("an age band is a sub-count", "The group counts 300 political prisoners; 40 are "
     "between 18 and 21 years old and 12 are 60 or older.",
     [(300, E, PPH), (40, E, "other"), (12, E, "other")]),
    ("a group's own verb", "A group of 64 students who joined the march were sentenced "
     "on Monday.", [(64, E, "sentenced")]),
    ("those accused are charged", "In the same trial, 71 residents were accused of "
     "rioting.", [(71, E, "charged")]),
    ("a term received is a sentence", "The court gave 40 of the defendants life sentences, "
     "while 25 others received 12 years in prison each.",
     [(40, E, "sentenced"), (25, E, "sentenced")]),
    ("a definite count restated by a verb of no category", "A court sentenced 17 people to "
     "prison on Friday. The monitor lists the 17 as political prisoners.",
     [(17, E, "sentenced")]),
    ("a total imprisoned is a tally, held", "In 2014 a total of 210 journalists were "
     "imprisoned worldwide.", [(210, E, PPH)]),
    ("the number a group holds is no count of its own", "Rebels are holding the largest "
     "number of reporters – 31.", []),
    ("a hyphenated noun phrase of people", "Police arrested 140 leaders-activists of the "
     "party on Monday.", [(140, E, "detained")]),
    ("a part of a group with its participle", "The party has at least 2,400 of its members "
     "arrested since the rally.", [(2400, AL, "detained")]),
    ("a pardon decreed for a count", "The president decreed a pardon for 45 detainees "
     "convicted of unlawful assembly.", [(45, E, "pardoned")]),
    ("companies are no people", "More than 90 people and three companies have been "
     "prosecuted.", [(90, MT, "charged")]),
    ("detainees counted as of a day are held", "The monitor said there were 640 "
     "detainees as of March 3.", [(640, E, PPH)]),
    ("a part of the sentenced by term is no new sentence", "The group counts 300 political "
     "prisoners. Of those who have received sentences, 40 got more than ten years.",
     [(300, E, PPH)]),
    ("those still detained are held", "The monitor says 350 people are still detained "
     "over the protests.", [(350, E, PPH)]),
    ("a part still detained is held", "Police detained 80 students on Friday; 15 of them "
     "are still detained.", [(80, E, "detained"), (15, E, PPH)]),
    ("those acquitted are no detainees", "The court acquitted 22 others who had been "
     "detained with the editor.", [(22, E, "other")]),
    ("charges dropped are no charge", "Prosecutors dropped charges against 17 farmers on "
     "Thursday.", [(17, E, "other")]),
    ("charges only asked to be dropped stand", "The ministry should drop the charges "
     "against 9 bloggers, the group said.", [(9, E, "charged")]),
    ("deaths of a count are other", "The monitor recorded the deaths of eight detained "
     "students in custody.", [(8, E, "other")]),
    ("a number of dozens hung on the number", "Guards arrested two dozen students at the "
     "gate.", [(24, E, "detained")]),
    ("more than a dozen of a group", "Soldiers have abducted more than a dozen of the "
     "party's supporters.", [(12, MT, "detained")]),
    ("a rounded count restated exactly is the exact count", "More than 300 prisoners were "
     "freed on Friday. The minister called the 318 prisoners a gift to the nation.",
     [(318, E, "released")]),
    ("a rounded pardon and the exact release are one count", "The king pardons almost "
     "5,000 inmates. A statement said 4,912 inmates will be freed next week.",
     [(4912, E, "pardoned")]),
    ("a rounded count and an exact one of one kind both stand", "More than 400 people "
     "have been detained since May. Police said on Monday that 431 people were detained.",
     [(400, MT, "detained"), (431, E, "detained")]),
    ("an age after 'the' is no exact count", "Around 70 people are imprisoned for their "
     "posts. The 64-year-old was arrested in May.", [(70, AB, PPH)]),
    ("the total a part is 'out of' has no category of its own", "Under the decree, 212 "
     "out of 250 inmates are released today.", [(212, E, "released")]),
    ("a count of indictments is of those charged", "Prosecutors said more than 600 "
     "indictments have been filed over the unrest.", [(600, MT, "charged")]),
    ("trials for a count are charges", "The court scheduled trials for 45 students next "
     "month.", [(45, E, "charged")]),
    ("a demographic part 'including' of a count of the dead", "Protests were banned. At "
     "least 90 people, including at least 11 children, have been killed.",
     [(90, AL, "other"), (11, AL, "other")]),
    ("an event count with a word describing it", "The monitors logged 84 unlawful arrests "
     "in the capital during May.", [(84, E, "detained")]),
    ("a demographic part of a count the verb governs", "The watchdog counted 64 new "
     "arrests in the north, including 9 children and three women.",
     [(64, E, "detained"), (9, E, "other"), (3, E, "detained")]),
    ("an event noun's of names people of no list", "The raids ended in the detention of "
     "1640 unarmed villagers last winter.", [(1640, E, "detained")]),
    ("a trial's members are charged", "Observers said the trial, which included more "
     "than 70 defendants, was a sham.", [(70, MT, "charged")]),
    ("a bare number with a participle in a part", "In all 240 people were detained, "
     "including 85 charged with rioting.", [(240, E, "detained"), (85, E, "charged")]),
    ("those sought on warrants are charged", "The police are also seeking 57 people on "
     "warrants over the strike.", [(57, E, "charged")]),
    ("a clause the parse breaks after a preposition", "Talks stalled after more than 90 "
     "people died in the clashes.", [(90, MT, "other")]),
    ("a count of warrants is of those wanted", "The prosecutor issued 36 arrest warrants "
     "in the port city on Friday.", [(36, E, "charged")]),
    ("a detention only sought is charged", "The office requested the arrest of 45 former "
     "cadets. Police were still seeking to detain seven suspects.",
     [(45, E, "charged"), (7, E, "charged")]),
    ("pardons issued to a count", "The league welcomed pardons issued to 19 prisoners of "
     "conscience last week.", [(19, E, "pardoned")]),
    ("a tally of prisoners of conscience is held", "Monitors have documented more than 95 "
     "prisoners of conscience in the republic.", [(95, MT, PPH)]),
    ("convicted and sentenced is sentenced", "Three bloggers have been convicted and "
     "sentenced to six years in prison.", [(3, E, "sentenced")]),
    ("a hyphenated number word is one number", "Forty-three union leaders were arrested "
     "at dawn.", [(43, E, "detained")]),
    ("a range of years is a term, not a count", "Each of them faces five to 12 years in "
     "prison per charge.", []),
    ("cases filed against a count are charges", "Prosecutors said 310 cases have been "
     "filed against 447 villagers since spring.", [(447, E, "charged")]),
    ("an amnesty's verb of no category releases", "The new amnesty covers more than 800 "
     "people jailed over the riots.", [(800, MT, "released")]),
    ("a pardon's verb of no category pardons", "The royal pardon covers 57 inmates held "
     "since the unrest.", [(57, E, "pardoned")]),
    ("a pardon that frees", "It is a pardon that will free a total of 318 convicts.",
     [(318, E, "pardoned")]),
    ("a hyphenated count the verb releases", "Twenty-seven farmers, who had been seized "
     "by soldiers on Friday, were released on Sunday.", [(27, E, "released")]),
    ("defendants are a count whatever their verb", "Fifty-two defendants were summoned to "
     "the hearing.", [(52, E, "charged")]),
    ("faced charges", "At least 64 students faced the charges last year.",
     [(64, AL, "charged")]),
    ("a small count told again is read once", "Police detained two reporters in the "
     "square on Monday. On Friday the two reporters were charged with hooliganism.",
     [(2, E, "detained")]),
    ("an age after a name is no count", "Rights groups now count 812 political prisoners. "
     "Among the new names are teacher Orla Vesk and pensioner Hanno Drul, 71.",
     [(812, E, PPH)]),
]  # fmt: skip
