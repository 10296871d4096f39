"""Golden cases for English event dates (en.v2): which date of a text belongs to which
event, by the corpus README's rules (relative dates resolve against the publication
date; none without it or without a year; the precision the text gives; a duration gives
its start). Hand-written; none comes from a corpus article. The rows are ``Case``s of
``extract_en`` and run through ``tests/extract/test_extract_dates.py``."""

from __future__ import annotations

import datetime as dt

from tests.cases.extract_en import Case

D = dt.date
P = D(2024, 3, 8)  # a Friday

CASES_DATES = [
    Case("a relative clause keeps its date", "Anton Malik, who was detained in 2021, was "
         "sentenced on Monday to six years.", P,
         events={"Anton Malik": [("detained", "2021"), ("sentenced", "2024-03-04")]}),
    Case("a month takes the year of the verb before it", "Anton Malik was arrested in June 2022 "
         "and sentenced in December to eight years in prison.", P,
         events={"Anton Malik": [("detained", "2022-06"), ("sentenced", "2022-12")]}),
    Case("a month takes the year of the sentence before", "Anton Malik was detained in April "
         "2021. In December, he was sentenced to six years.", P,
         events={"Anton Malik": [("detained", "2021-04"), ("sentenced", "2021-12")]}),
    Case("a since sets no year for what follows", "Anton Malik has been behind bars since April "
         "2021. He was moved to a colony in February.", P,
         events={"Anton Malik": [("detained", "2021-04"), ("transferred", "2024-02")]}),
    Case("coordinated verbs share a date", "Anton Malik was arrested on Monday and charged with "
         "treason.", P, events={"Anton Malik": [("detained", "2024-03-04"),
                                                 ("charged", "2024-03-04")]}),
    Case("a later stage shares none", "Anton Malik was released from prison on Tuesday. He was "
         "arrested in 2021 and sentenced to four years for taking part in protests.", P,
         events={"Anton Malik": [("released", "2024-03-05"), ("detained", "2021"),
                                 ("sentenced", None)]}),
    Case("a date of the cause is not the verdict's", "Anton Malik was sentenced to five years "
         "over protests in August 2020.", P, events={"Anton Malik": [("sentenced", None)]}),
    Case("a date the parse gives the trigger beats the report's", "Anton Malik was detained on "
         "Monday, his lawyer said on Wednesday.", P,
         events={"Anton Malik": [("detained", "2024-03-04")]}),
    Case("a clause of the same time", "Two policemen detained Anton Malik as he was leaving his "
         "home on Tuesday.", P, events={"Anton Malik": [("detained", "2024-03-05")]}),
    Case("a when clause dates its verb", "Anton Malik has been in custody since January 2021, "
         "when he was arrested along with 46 others.", P,
         events={"Anton Malik": [("detained", "2021-01")]}),
    Case("a wire's dateline is no event's date", "March 8 (Reuters) - Police detained Yulia "
         "Frolova, a journalist for an independent outlet, on Thursday, her employer said.", P,
         events={"Yulia Frolova": [("detained", "2024-03-07")]}),
    Case("a dateline without a publication date", "KYIV, March 3 (Reuters) - Anton Malik was "
         "detained on Tuesday.", None, events={"Anton Malik": [("detained", None)]}),
    Case("a weekday written with its date", "Pavel Lis was detained on Friday, March 1, at his "
         "home.", P, events={"Pavel Lis": [("detained", "2024-03-01")]}),
    Case("held up to now: the start, to the month", "Anton Malik has been in pre-trial detention "
         "for over two years.", P, events={"Anton Malik": [("detained", "2022-03")]}),
    Case("a time held that ended gives no date", "Anton Malik was held in pre-trial detention "
         "for two years before his trial.", P, events={"Anton Malik": [("detained", None)]}),
    Case("a status since a date", "Anton Malik has been in custody since August 2020.", P,
         events={"Anton Malik": [("detained", "2020-08")]}),
    Case("a trigger that describes a noun takes no date of its sentence", "Jailed activist "
         "Sepideh Rashnu was released from prison on Sunday. She was arrested in July 2022.",
         D(2024, 3, 25), events={"Sepideh Rashnu": [("released", "2024-03-24"),
                                                    ("detained", "2022-07")]}),
    Case("a second event of a type keeps the first its own date", "Officers detained Yelena "
         "Sokolova on Tuesday. She had been detained while laying flowers on 17 February.", P,
         events={"Yelena Sokolova": [("detained", "2024-03-05")]}),
    Case("last month, undated", "Anton Malik was detained last month.", None,
         events={"Anton Malik": [("detained", None)]}),
    Case("a full date, undated", "Anton Malik was detained on 3 March 2023.", None,
         events={"Anton Malik": [("detained", "2023-03-03")]}),
    Case("last September", "Anton Malik was arrested last September after a search of his "
         "flat.", P, events={"Anton Malik": [("detained", "2023-09")]}),
    Case("a release after a pardon takes its date", "The president pardoned 23 people "
         "convicted of extremist crimes on Tuesday, his press service said. Among those released "
         "were the journalist Dzianis Ivashin and the activist Palina Sharenda-Panasiuk.",
         D(2024, 8, 7), events={"Dzianis Ivashin": [("released", "2024-08-06")],
                                "Palina Sharenda-Panasiuk": [("released", "2024-08-06")]}),
    Case("background takes no date of another's verdict", "Dzianis Ivashin was sentenced in "
         "September 2022 to 13 years. Palina Sharenda-Panasiuk had been serving a three-year "
         "sentence since January 2021.", D(2024, 8, 7),
         events={"Dzianis Ivashin": [("sentenced", "2022-09")],
                 "Palina Sharenda-Panasiuk": [("sentenced", None)]}),
    Case("the sentence after names the event", "A court in Minsk sentenced journalist Ihar "
         "Ilyash to four years in prison. The verdict was announced on Friday, his wife said.",
         D(2024, 3, 11), events={"Ihar Ilyash": [("sentenced", "2024-03-08")]}),
    Case("the sentence after names it, with its own date", "Belarusian police detained Andrei "
         "Kuznechyk. His arrest on Tuesday was condemned.", D(2024, 3, 11),
         events={"Andrei Kuznechyk": [("detained", "2024-03-05")]}),
    Case("days later counts from the date told before", "Maksim Znak was detained on 3 March. "
         "Three days later he was charged with treason.", P,
         events={"Maksim Znak": [("detained", "2024-03-03"), ("charged", "2024-03-06")]}),
    Case("an offence is no deed with a date", "Vladimir Kara-Murza was sentenced to 25 years "
         "for treason in April 2023.", P,
         events={"Vladimir Kara-Murza": [("sentenced", "2023-04")]}),
    Case("a week across two months is no date, nor the publication's", "Mikalai Kozel was "
         "sentenced to three years last week.", P,
         events={"Mikalai Kozel": [("sentenced", None)]}),
    Case("a verdict named some sentences later dates the lead's", "The blogger Anton Malik has "
         "been sentenced to six years, a rights group said on Thursday. Malik, 34, ran a news "
         "channel about his town. He was detained at home on 14 August 2023. The verdict was "
         "handed down by a regional court on March 5.", P,
         events={"Anton Malik": [("sentenced", "2024-03-05"), ("detained", "2023-08-14")]}),
    Case("a live post's updates take the publication date", "Police searched the homes of "
         "several journalists this morning.\n\nFreelance photographer Anton Malik was "
         "detained at his home at about 7 a.m.\n\nUPD 18:40: Journalist Yulia Frolova has been "
         "released after questioning.", P,
         events={"Anton Malik": [("detained", "2024-03-08")],
                 "Yulia Frolova": [("released", "2024-03-08")]}),
    Case("an update after midnight is the next day", "Police detained protesters in the "
         "evening.\n\nUPD 01:20: Anton Malik has been released after questioning.", P,
         events={"Anton Malik": [("released", "2024-03-09")]}),
    Case("the news and an old arrest are two events", "UPD 11:05: Freelance photographer "
         "Anton Malik has been detained at his home.\n\nMalik was already detained in August "
         "2020 while covering the protests.", P,
         events={"Anton Malik": [("detained", "2024-03-08"), ("detained", "2020-08")]}),
    Case("another year is another arrest", "Police arrested Anton Malik on Thursday for "
         "online posts. Malik had been detained for two weeks in 2020 during the protests.", P,
         events={"Anton Malik": [("detained", "2024-03-07"), ("detained", "2020")]}),
    Case("after a year alone, a recent month is the recent one", "Anton Malik was convicted "
         "in absentia in 2021 and was detained on 2 March when he came back to visit his "
         "mother.", P, events={"Anton Malik": [("convicted_in_absentia", "2021"),
                                               ("detained", "2024-03-02")]}),
    Case("a quoted word is no announcement", "Viasna has recognised three more people as "
         "political prisoners. \"We add new names to the list every week,\" its lawyer said "
         "on Wednesday. The rights defenders also recognised as a political prisoner Anton "
         "Malik.", P, events={"Anton Malik": [("recognized_political_prisoner", "2024-03-08")]}),
    Case("a status held up to now dates from its start", "The labour activist Anton Malik, "
         "61, has been on hunger strike for two weeks. He has been in prison for two years.", P,
         events={"Anton Malik": [("detained", "2022-03")]}),
    Case("an update dates a release whose sentence names an older year", "Police detained "
         "dozens of people in the morning.\n\nUPD 16:10: Political prisoner Anton Malik, who "
         "was sentenced in 2022 to eight years, has been released after serving his full "
         "term.", P, events={"Anton Malik": [("sentenced", "2022"), ("released", "2024-03-08")]}),
    Case("walking out of prison is a release", "A court has ordered the release of the "
         "journalist Deniz Aksoy, her lawyer said. She walked out of the prison on Thursday "
         "evening.", P, events={"Deniz Aksoy": [("released", "2024-03-07")]}),
    Case("a list after a colon, one paragraph each", "Rights groups on Friday recognised "
         "three more people as political prisoners.\n\nThe list includes:\n\nAnton Malik, 52, "
         "a teacher from Hrodna. He was detained on 3 November 2023.\n\nYulia Frolova, 29, a "
         "nurse, sentenced in December to four years.\n\nThe organisations condemned the "
         "prosecutions.", P,
         events={"Anton Malik": [("recognized_political_prisoner", "2024-03-08"),
                                 ("detained", "2023-11-03")],
                 "Yulia Frolova": [("recognized_political_prisoner", "2024-03-08"),
                                   ("sentenced", "2023-12")]}),
    Case("among those of a group told before", "Scores of prisoners were released from a "
         "prison on Thursday after a royal pardon. Videos showed reunions outside the prison. "
         "Rights groups confirmed that activists were among them. Among those released was "
         "the dissident Anton Malik, who had been jailed for a decade.", P,
         events={"Anton Malik": [("released", "2024-03-07")]}),
    Case("days after the arrest count from it, and do not date it", "Anton Malik was "
         "detained on 14 October 2023. Two days after his arrest he was charged with treason, "
         "and the following month he was moved to a pre-trial detention centre.", P,
         events={"Anton Malik": [("detained", "2023-10-14"), ("charged", "2023-10-16"),
                                 ("transferred", "2023-11")]}),
    Case("a verdict's participle dates the sentence", "Anton Malik was arrested in 2023. The "
         "verdict, delivered on 5 March, gave him a suspended sentence of two years.", P,
         events={"Anton Malik": [("detained", "2023"), ("sentenced", "2024-03-05")]}),
    Case("news reported by its source", "The blogger Anton Malik, a former teacher, has been "
         "detained again, his relatives say.", P,
         events={"Anton Malik": [("detained", "2024-03-08")]}),
    Case("a dateline under a headline dates what its item tells", "Reporter jailed in "
         "Minsk\n\nVilnius, March 10, 2023 – Police detained the reporter Oleg Dunin on "
         "March 3, his lawyer said.", None, events={"Oleg Dunin": [("detained", "2023-03-03")]}),
    Case("each item of a page of reports is told on its dateline's day", "Journalists "
         "sentenced\n\nParis, October 27, 2022 – Oleg Dunin, who was sentenced today to three "
         "years in prison, must be freed, a press group said.\n\nBangkok, October 26, 2022 – On "
         "Tuesday, October 25, a provincial court sentenced Tran Van Minh to eight years.", None,
         events={"Oleg Dunin": [("sentenced", "2022-10-27")],
                 "Tran Van Minh": [("sentenced", "2022-10-25")]}),
    Case("a dateline on a later line is no event's date", "Activist held\n\nHRODNA, March 6 "
         "(Reuters) - Pavel Lis was detained at his home, his wife said.", P,
         events={"Pavel Lis": [("detained", None)]}),
    Case("a yearless dateline of the publication day keeps the lead's news its day",
         "Activist held\n\nHRODNA, March 8 (Reuters) - Police detained Pavel Lis at his "
         "home, his wife said.", P,
         events={"Pavel Lis": [("detained", "2024-03-08")]}),
    Case("a line of a chronology keeps its date", "What happened to him:\nMarch 3, 2023 – "
         "police detained Pavel Lis in Minsk.", P,
         events={"Pavel Lis": [("detained", "2023-03-03")]}),
    Case("in prison since his arrest: the arrest's date", "Pavel Lis has been in prison since "
         "his arrest in 2019 for a post about the president.", P,
         events={"Pavel Lis": [("detained", "2019")]}),
    Case("a date named beats one counted back from a duration", "Anton Malik has been in "
         "pre-trial detention for more than two years. He has been imprisoned since May 2021.",
         P, events={"Anton Malik": [("detained", "2021-05")]}),
    Case("the same day is the day told before, not a month beside it", "A court on "
         "Wednesday upheld the sentence of Pavel Lis, convicted in August 2023. His colleague "
         "Anna Rud lost her appeal the same day.", P,
         events={"Anna Rud": [("appeal_rejected", "2024-03-06")]}),
    Case("a when clause after the date of another verb", "Pavel Lis began a hunger strike on "
         "October 24, 2023, when his wife Yulia Frolova was arrested and sentenced to six years "
         "in prison.", P, events={"Yulia Frolova": [("detained", "2023-10-24"),
                                                    ("sentenced", "2023-10-24")]}),
    Case("a day after being pardoned", "Anton Malik and Pavel Lis were freed on Thursday, a day "
         "after being pardoned by the president.", P,
         events={"Anton Malik": [("released", "2024-03-07"), ("pardoned", "2024-03-06")],
                 "Pavel Lis": [("released", "2024-03-07"), ("pardoned", "2024-03-06")]}),
    Case("two days after he was sentenced", "Anton Malik was released on Friday, two days "
         "after he was sentenced to a fine.", P,
         events={"Anton Malik": [("released", "2024-03-08"), ("sentenced", "2024-03-06")]}),
    Case("also released: the occasion told before; the time held before a release",
         "The authorities released two activists and a journalist on Sunday, officials said. "
         "The journalist Yulia Frolova walked free early Sunday, her sister wrote.\n\n"
         "Security forces had arrested her in February at the airport.\n\nAuthorities also "
         "released Pavel Lis, the deputy head of a party, after roughly two years in pre-trial "
         "detention, his brother said.", P,
         events={"Yulia Frolova": [("released", "2024-03-03"), ("detained", "2024-02")],
                 "Pavel Lis": [("released", "2024-03-03"), ("detained", "2022-03")]}),
    Case("a where clause of the prison dates the stay", "A court acquitted Yulia Frolova on "
         "Wednesday of one charge. She will stay in prison where she has been since December "
         "2022 to face other charges.", P, events={"Yulia Frolova": [("detained", "2022-12")]}),
    Case("released at the end of the time held", "Anton Malik was imprisoned from January 2021 "
         "to July 2023 for helping protesters. Following his release, he fled to Lithuania.", P,
         events={"Anton Malik": [("detained", "2021-01"), ("released", "2023-07")]}),
    Case("a page's timestamp is the day told on, no event's", " date 2024-03-08 Court keeps "
         "Yulia Frolova in custody\nThe journalist Yulia Frolova was detained on Tuesday, her "
         "lawyer said.", None, events={"Yulia Frolova": [("detained", "2024-03-05")]}),
    Case("condemned to a term is a sentence; the article's one verdict dates the others",
         "On Friday, a court condemned the country's best-known rights defender to ten years "
         "in jail.\n\nAnton Malik and two of his colleagues were sentenced in a closed trial. "
         "The authorities have jailed thousands since the election. Critics abroad spoke out. "
         "Rights groups called the trial a farce.\n\nPavel Lis was sentenced to nine years in "
         "jail and Yulia Frolova to seven years.\n\nIn a separate case, Oleg Dunin was "
         "sentenced to three years.", P,
         events={"Anton Malik": [("sentenced", "2024-03-08")],
                 "Pavel Lis": [("sentenced", "2024-03-08")],
                 "Oleg Dunin": [("sentenced", None)]}),
    Case("a date to come sets no year for what follows", "A court has extended the detention "
         "of the reporter Oleg Dunin until 30 January 2025.\nDunin was detained by the security "
         "service on 29 October on charges of espionage.", P,
         events={"Oleg Dunin": [("detained", "2023-10-29")]}),
    Case("a time before 'after' is the verb's before it", "Anton Malik is the founder of a "
         "nonprofit organization. He was sentenced to life in prison without parole last year "
         "after a court found him guilty of attempting to overthrow the government by financing "
         "mass protests in 2013.", P,
         events={"Anton Malik": [("sentenced", "2023")]}),
    Case("a lead's verdict handed to a counted group dates the named ones after it",
         "BAKU: A court on Thursday handed out long prison sentences to four editors of a closed "
         "weekly.\n\nThe editors Pavel Lis and Oleg Dunin were sentenced to nine years in "
         "jail.\n\nThe court handed a term of seven years to Yulia Frolova.", P,
         events={"Pavel Lis": [("sentenced", "2024-03-07")],
                 "Oleg Dunin": [("sentenced", "2024-03-07")],
                 "Yulia Frolova": [("sentenced", "2024-03-07")]}),
    Case("the named telling of a lead's event takes the lead's date",
         "KYIV -- A prominent rights activist was released from prison Saturday in a move seen "
         "as a gesture to the West\n\nAnton Malik, the 51-year-old head of a rights group, was "
         "released two years into his sentence.", D(2024, 3, 10),
         events={"Anton Malik": [("released", "2024-03-09")]}),
    Case("a time held up to now is no term: its start",
         "The blogger Pavel Lis has been imprisoned for 21 months. In 2019 Oleg Dunin was "
         "imprisoned for two years.", D(2023, 3, 3),
         events={"Pavel Lis": [("detained", "2021-06")], "Oleg Dunin": [("sentenced", "2019")]},
         absent={"Pavel Lis": ["sentenced"]}),
    Case("a day of last year is of the year before publication",
         "Pavel Lis was arrested on March 20 last year and sentenced on 4 March this year to "
         "six years.", P,
         events={"Pavel Lis": [("detained", "2023-03-20"), ("sentenced", "2024-03-04")]}),
    Case("a stamp's year is no background to the lead",
         " date 2024-03-08 A court in Baku has sentenced the editor Pavel Lis to nine years in "
         "prison.", P, events={"Pavel Lis": [("sentenced", "2024-03-08")]}),
    Case("a page's headline takes no date from the report above it",
         "Sentenced\n\nBlogger Pavel Lis sentenced to 2 years\n\nLondon, March 5, 2024 – "
         "Authorities should free the blogger Pavel Lis, the group said Tuesday. On February 27, "
         "a district court in Minsk sentenced Lis, a video blogger, to two…\n\nRead More ›\n\n"
         "Azerbaijani editors Oleg Dunin and Yulia Frolova convicted, fined under media law\n\n"
         "London, February 20, 2024 — Authorities should not contest the appeals of editors "
         "Oleg Dunin and Yulia Frolova, the group said today. On February 9, a court in Baku "
         "convicted…", None,
         events={"Pavel Lis": [("sentenced", "2024-02-27")], "Oleg Dunin": [("sentenced", None)],
                 "Yulia Frolova": [("sentenced", None)]}),
    Case("a guilty verdict dates the sentence told before it",
         "Blogger Olga Sarn has had her nine-year prison sentence upheld on appeal. She was "
         "arrested in January 2017. She was found guilty in July of spreading propaganda.",
         D(2018, 1, 5),
         events={"Olga Sarn": [("detained", "2017-01"), ("sentenced", "2017-07")]}),
    Case("a guilty verdict before the sentencing is a step, not the verdict",
         "A court sentenced Pavel Lis to 14 months in prison on Friday. The sentences were "
         "handed down after Lis and others were found guilty earlier this month.", P,
         events={"Pavel Lis": [("sentenced", "2024-03-08")]}),
    Case("a verdict only possible is none", "Oleg Dunin was arrested in May 2023. He is facing "
         "charges of treason, which could lead to a life sentence if he is found guilty.", P,
         events={"Oleg Dunin": [("detained", "2023-05")]}, absent={"Oleg Dunin": ["sentenced"]}),
    Case("a date the parse gives a coordinated event is no report's",
         "Anton Malik, who was arrested and charged six months ago, told reporters on Monday "
         "that he would appeal.", P,
         events={"Anton Malik": [("detained", "2023-09"), ("charged", "2023-09")]}),
    Case("a verb written with a prefix is no description", "Police re-arrested journalist "
         "Pavel Lis late Tuesday.", P, events={"Pavel Lis": [("detained", "2024-03-05")]}),
    Case("a date line and a date the senter cut off open the sentence after",
         "March 8th, 2024\nOn March 4th Pavel Lis (a reporter of an online paper) and Oleg Dunin "
         "(its editor) were detained in Gomel.", P,
         events={"Pavel Lis": [("detained", "2024-03-04")],
                 "Oleg Dunin": [("detained", "2024-03-04")]}),
    Case("a year before a noun of a phrase describing a person is the noun's",
         "Anton Malik was arrested in May 2023. Malik, a leading figure in the 2011 protests "
         "against the government, was convicted of insulting the state.", P,
         events={"Anton Malik": [("detained", "2023-05"), ("sentenced", None)]}),
    Case("a year before a noun of the verb's phrase dates the event", "Anton Malik was "
         "arrested in the 2020 protests.", P, events={"Anton Malik": [("detained", "2020")]}),
    Case("a group's reaction today does not date the release; last night does",
         "London, March 8, 2024 — The Committee today welcomed the release of the blogger Pavel "
         "Lis. Lis was released from a prison in Minsk around 11 p.m. last night, his lawyer "
         "said.", P, events={"Pavel Lis": [("released", "2024-03-07")]}),
    Case("later mentions with other named dates are other detentions",
         "Officials denied any knowledge of the arrest of Anton Malik. In late 2019, he was "
         "arrested after an article criticised a raid. On February 17, 2021, he was arrested a "
         "second time.", P,
         events={"Anton Malik": [("detained", "2019"), ("detained", "2021-02-17")]}),
    Case("a detention extended takes no date of another person's sentence before",
         "Police detained Pavel Lis on Wednesday. Lis had previously been detained in 2021. A "
         "court on Thursday extended the detention of the blogger Oleg Dunin for three "
         "months.", P, events={"Oleg Dunin": [("detained", None)]}),
    Case("a member among those an event took has the date of the event told before",
         "Police raided the homes of reporters in the early hours. The reporters Anton Malik "
         "and Pavel Lis have been detained. Also among those detained is Oleg Dunin, a driver "
         "of the agency.", P,
         events={"Anton Malik": [("detained", "2024-03-08")],
                 "Oleg Dunin": [("detained", "2024-03-08")]}),
    Case("the others an event took, listed later, share its date", "Anton Malik was detained "
         "on Wednesday along with others at a workshop on an island. The group said a total of "
         "12 had been arrested in a raid on a hotel. There was no comment from the police. The "
         "whereabouts of those detained were unknown. The group said the four others detained "
         "included Pavel Lis and Oleg Dunin.", P,
         events={"Anton Malik": [("detained", "2024-03-06")],
                 "Pavel Lis": [("detained", "2024-03-06")]}),
    Case("a lead told as news dates the named person's undated telling of its event",
         "A blogger from the north, who was detained at a rally, has been sentenced to two "
         "years in prison, his lawyer said Sunday. Anton Malik, 31, has spent 90 days in prison "
         "since being arrested on December 10. Rallies are banned in the region. The court "
         "found him guilty of spreading false news.", P,
         events={"Anton Malik": [("sentenced", "2024-03-08"), ("detained", "2023-12-10")]}),
    Case("a lead's event goes to the person named after two sentences of background",
         "An opposition blogger was sentenced on Thursday to six years in prison in a case "
         "critics call political. The country lies on a route for gas supplies to the west. But "
         "the rule of the president has been criticised by rights groups. Anton Malik, a blogger "
         "and member of the opposition party, was jailed after being convicted on charges of "
         "hooliganism.", P, events={"Anton Malik": [("sentenced", "2024-03-07")]}),
    Case("a verdict told as news is the article's one verdict", "A court has sentenced 45 "
         "opposition figures to prison in the largest trial. They were charged the following "
         "year. Anton Malik, a former professor, was sentenced to ten years in prison. Pavel "
         "Lis, an activist, was sentenced to four years.", P,
         events={"Anton Malik": [("sentenced", "2024-03-08")],
                 "Pavel Lis": [("sentenced", "2024-03-08")]}),
    Case("another person is no other verdict", "Two activists who voiced support for the "
         "protests have been sentenced to jail terms by a court on Thursday. Anton Malik was "
         "found guilty of subversion and sentenced to three years. “An absurd verdict,” her "
         "lawyer Oleg Dunin said on his account. “They did not ask Malik whether she would "
         "appeal.” Another activist Pavel Lis – a freelance writer – was sentenced to four years "
         "for the same charge, in a closely related case.", P,
         events={"Pavel Lis": [("sentenced", "2024-03-07")]}),
    Case("granted bail is a release", "A high court judge on Wednesday granted bail to the "
         "journalist Anton Malik. Pavel Lis and Oleg Dunin have also been granted bail.", P,
         events={"Anton Malik": [("released", "2024-03-06")],
                 "Pavel Lis": [("released", "2024-03-06")]}),
]  # fmt: skip
