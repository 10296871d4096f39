"""Golden "text → claims" cases for ``vigil.extract.be.v1``, one row per construction.

Written for these tests in the style of Belarusian-language reports (Вясна, Наша Ніва,
Радыё Свабода); none is taken from an evaluation article. The columns are those of
``tests/cases/ru_extract.py``.
"""

from __future__ import annotations

import datetime as dt

from tests.cases.ru_extract import Case

D = dt.date
P = D(2024, 8, 16)  # a Friday
PUB = "2024-08-16"  # the date of a news event the text gives no date for: its publication
CASES = [
    # detention
    Case("fronted object, month and year", "Ігара Лосіка затрымалі ў чэрвені 2020 года.", P,
         events={"Ігар Лосік": [("detained", "2020-06")]}, genders={"Ігар Лосік": "male"}),
    Case("predicate participle", "Журналістка Кацярына Андрэева затрыманая 15 лістапада 2020 "
         "года.", P, events={"Кацярына Андрэева": [("detained", "2020-11-15")]},
         genders={"Кацярына Андрэева": "female"}),
    Case("inverted", "У Гомелі затрыманы блогер Зміцер Казлоў.", P,
         events={"Зміцер Казлоў": [("detained", PUB)]}),
    Case("behind bars", "Мікалай Статкевіч застаецца за кратамі з мая 2020 года.", P,
         events={"Мікалай Статкевіч": [("detained", "2020-05")]}),
    Case("yesterday", "Учора сілавікі затрымалі мастака Алеся Пушкіна.", P,
         events={"Алесь Пушкін": [("detained", "2024-08-15")]}),
    Case("weekday", "У чацвер затрымалі праваабаронцу Насту Лойка.", P,
         events={"Наста Лойка": [("detained", "2024-08-15")]}),
    # sentencing
    Case("sentenced, term, regime", "Марыя Калеснікава асуджаная да 11 гадоў калоніі "
         "агульнага рэжыму.", P, events={"Марыя Калеснікава": [("sentenced", PUB)]},
         terms={"Марыя Калеснікава": 132}, regimes={"Марыя Калеснікава": "general"}),
    Case("court sentenced, special regime", "Суд у Гомелі асудзіў палітвязня Мікалая Статкевіча "
         "да 14 гадоў калоніі асаблівага рэжыму.", P,
         events={"Мікалай Статкевіч": [("sentenced", PUB)]}, terms={"Мікалай Статкевіч": 168},
         regimes={"Мікалай Статкевіч": "special"}),
    Case("years and months", "Журналістку Кацярыну Андрэеву асудзілі да 8 гадоў і 3 месяцаў "
         "калоніі.", P, terms={"Кацярына Андрэева": 99},
         events={"Кацярына Андрэева": [("sentenced", PUB)]}),
    Case("articles", "Алесь Бяляцкі быў асуджаны паводле арт. 228 і 243 КК да 10 гадоў.", P,
         events={"Алесь Бяляцкі": [("sentenced", PUB)]},
         articles={"Алесь Бяляцкі": ("228", "243")}),
    Case("article with part", "Палітвязня Паўла Севярынца асудзілі па ч. 1 арт. 342 КК.", P,
         events={"Павел Севярынец": [("sentenced", PUB)]},
         articles={"Павел Севярынец": ("342.1",)}),
    Case("received years", "Мастак Алесь Пушкін атрымаў 5 гадоў калоніі ўзмоцненага рэжыму.",
         P, events={"Алесь Пушкін": [("sentenced", PUB)]}, terms={"Алесь Пушкін": 60},
         regimes={"Алесь Пушкін": "enhanced"}),
    Case("half year", "Вольгу Класкоўскую асудзілі да трох з паловай гадоў.", P,
         events={"Вольга Класкоўская": [("sentenced", PUB)]}, terms={"Вольга Класкоўская": 42}),
    Case("in absentia", "Павел Латушка завочна асуджаны да 18 гадоў калоніі.", P,
         events={"Павел Латушка": [("convicted_in_absentia", PUB)]}),
    Case("in absentia, special proceedings", "У рамках спецвытворчасці суд асудзіў Святлану "
         "Ціханоўскую да 15 гадоў.", P,
         events={"Святлана Ціханоўская": [("convicted_in_absentia", PUB)]},
         genders={"Святлана Ціханоўская": "female"}),
    # release, pardon, transfer, recognition, death, incommunicado, charge
    Case("released from a colony", "Палітвязень Павел Севярынец вызвалены з калоніі.", P,
         events={"Павел Севярынец": [("released", PUB)]}),
    Case("came out free, reversed", "На волю выйшаў палітвязень Мікола Дзядок.", P,
         events={"Мікола Дзядок": [("released", PUB)]}),
    Case("released, genitive surname", "Сяргея Ціханоўскага вызвалілі 21 чэрвеня 2025 года.",
         P, events={"Сяргей Ціханоўскі": [("released", "2025-06-21")]},
         genders={"Сяргей Ціханоўскі": "male"}),
    Case("pardoned", "Лукашэнка памілаваў журналіста Ігара Лосіка.", P,
         events={"Ігар Лосік": [("pardoned", PUB)]}, not_detainees=["Лукашэнка"]),
    Case("transferred", "Палітвязня Эдуарда Пальчыса этапавалі ў калонію № 17 у Шклове.", P,
         events={"Эдуард Пальчыс": [("transferred", PUB)]},
         facilities=["калонію № 17 у Шклове"]),
    Case("recognized, active", "Праваабаронцы прызналі палітвязнем Андрэя Кузнечыка.", P,
         events={"Андрэй Кузнечык": [("recognized_political_prisoner", PUB)]}),
    Case("recognized, list", "Новымі палітычнымі вязнямі прызнаныя: Дар’я Афанасьева, "
         "Аніта Бакуновіч, Юрый Бельскі.", P,
         events={"Дар’я Афанасьева": [("recognized_political_prisoner", PUB)],
                 "Аніта Бакуновіч": [("recognized_political_prisoner", PUB)],
                 "Юрый Бельскі": [("recognized_political_prisoner", PUB)]}),
    Case("died in a colony", "У калоніі памёр палітвязень Алесь Пушкін.", P,
         events={"Алесь Пушкін": [("died_in_custody", PUB)]}),
    Case("incommunicado, no news about", "Ужо больш за 600 дзён няма звестак пра Віктара "
         "Бабарыку.", P, events={"Віктар Бабарыка": [("incommunicado", "2022-12-25")]}),
    Case("incommunicado, state", "Марыя Калеснікава знаходзіцца ў рэжыме інкамунікада.", P,
         events={"Марыя Калеснікава": [("incommunicado", None)]}),
    Case("charged", "Журналісту Андрэю Аляксандраву прад’явілі абвінавачанне па арт. 342 КК.",
         P, events={"Андрэй Аляксандраў": [("charged", PUB)]}),
    Case("pronoun, female", "Марфу Рабкову затрымалі ў верасні 2020 года. Пазней яе асудзілі "
         "да 15 гадоў.", P,
         events={"Марфа Рабкова": [("detained", "2020-09"), ("sentenced", None)]}),
    # figures, with Belarusian number words
    Case("figure: more than, held", "Паводле даных «Вясны», у Беларусі больш за 1 400 "
         "палітвязняў.", P, figures=[(1400, "more_than", "political_prisoners_held")],
         exact_figures=True),
    Case("figure: recognized is other", "Праваабаронцы прызналі палітвязнямі яшчэ 5 чалавек.",
         P, figures=[(5, "exact", "other")], exact_figures=True),
    Case("figure: thirty, pardoned", "Трыццаць чалавек памілаваныя.", P,
         figures=[(30, "exact", "pardoned")], exact_figures=True),
    Case("figure: forty-two released", "Сорак два палітвязні выйшлі на волю.", P,
         figures=[(42, "exact", "released")], exact_figures=True),
    Case("figure: two hundred detained", "Каля дзвесце чалавек затрыманыя ў Мінску.", P,
         figures=[(200, "about", "detained")], exact_figures=True),
    Case("figure: fifty", "Не менш за пяцьдзясят чалавек затрымалі ў нядзелю.", P,
         figures=[(50, "at_least", "detained")], exact_figures=True),
    Case("figure: a thousand", "Звыш тысячы чалавек застаюцца за кратамі.", P,
         figures=[(1000, "more_than", "political_prisoners_held")], exact_figures=True),
    Case("figure: total recognized", "Цяпер у Беларусі 1168 чалавек прызнаныя палітвязнямі.",
         P, figures=[(1168, "exact", "political_prisoners_held")], exact_figures=True),
    # Наша Ніва phrasing
    Case("former prisoner detained again", "Сілавікі затрымалі былога палітвязня Мікалая "
         "Дзядка.", P, events={"Мікалай Дзядок": [("detained", PUB)]}),
    Case("released, a count", "Па звестках праваабаронцаў, вызваленыя яшчэ 16 палітвязняў.", P,
         figures=[(16, "exact", "released")], exact_figures=True),
    Case("number of political prisoners", "Колькасць палітвязняў у Беларусі павялічылася да "
         "1500.", P, figures=[(1500, "exact", "political_prisoners_held")], exact_figures=True),
    Case("among the pardoned", "Лукашэнка памілаваў 18 палітвязняў. Сярод памілаваных — "
         "журналістка Ксенія Луцкіна і пенсіянерка Ніна Багінская.", P,
         figures=[(18, "exact", "pardoned")],
         events={"Ксенія Луцкіна": [("pardoned", PUB)],
                 "Ніна Багінская": [("pardoned", PUB)]}),
    Case("sentenced, then a dash list", "Суд асудзіў праваабаронцаў: Валянцін Стэфановіч "
         "атрымаў 9 гадоў, Уладзімір Лабковіч — 7 гадоў.", P,
         events={"Валянцін Стэфановіч": [("sentenced", PUB)],
                 "Уладзімір Лабковіч": [("sentenced", PUB)]},
         terms={"Валянцін Стэфановіч": 108, "Уладзімір Лабковіч": 84}),
    # the classical spelling (тарашкевіца) of Радыё Свабода
    Case("classical: imprisoned since", "Палітвязень Мікола Статкевіч зьняволены з траўня 2020 "
         "года.", P, events={"Мікола Статкевіч": [("detained", "2020-05")]}),
    Case("classical: no news, inverted", "Мікалай Статкевіч застаецца ў калёніі. Зьвестак пра "
         "яго няма ўжо больш за 500 дзён.", P,
         events={"Мікалай Статкевіч": [("incommunicado", "2023-04-04")]}),
    Case("classical: release noun first", "Вызваленьне Ігара Лосіка адбылося 11 верасьня.", P,
         events={"Ігар Лосік": [("released", "2023-09-11")]}),
    Case("classical: died", "У калёніі памёр палітвязень Алесь Пушкін.", P,
         events={"Алесь Пушкін": [("died_in_custody", PUB)]}),
    Case("classical: given name", "Сьвятлану Ціханоўскую завочна асудзілі да 15 гадоў.", P,
         events={"Сьвятлана Ціханоўская": [("convicted_in_absentia", PUB)]},
         genders={"Сьвятлана Ціханоўская": "female"}),
    # nothing about detentions
    Case("football", "«Дынама» абыграла БАТЭ з лікам 2:1, на матчы было больш за 10 тысяч "
         "гледачоў. Гол забіў Іван Пятроў.", P, empty=True),
    Case("a flight is delayed", "Рэйс Мінск — Масква затрыманы на тры гадзіны з-за непагадзі. "
         "Пасажыры, каля 150 чалавек, чакалі ў аэрапорце.", P, empty=True),
    Case("a prize, a year", "Пісьменніца Святлана Алексіевіч атрымала Нобелеўскую прэмію ў "
         "2015 годзе.", P, empty=True),
    Case("demand is no fact", "Праваабаронцы патрабуюць вызвалення Марыі Калеснікавай.", P,
         not_detainees=["Марыя Калеснікава"]),
]  # fmt: skip

# Constructions ``be.v2`` reads through the (Russian) dependency parse; v2 runs CASES too.
R = "recognized_political_prisoner"
V2_CASES = [
    Case("v2 coordination, passive", "У Гомелі Андрэй Казлоў, Вольга Міронава і Павел Зуеў "
         "асуджаныя да пяці гадоў калоніі.", P, only=True,
         kinds={"Андрэй Казлоў": ["sentenced"], "Вольга Міронава": ["sentenced"],
                "Павел Зуеў": ["sentenced"]}),
    Case("v2 group to member after Сярод іх", "У пятніцу Лукашэнка памілаваў 18 зняволеных. "
         "Сярод іх — былы кандыдат у прэзідэнты Сцяпан Рабаў, старшыня прафсаюза Ніна Гусева і "
         "анархіст Цімур Белаў.", P, only=True, no_group_events=True,
         kinds={"Сцяпан Рабаў": ["pardoned"], "Ніна Гусева": ["pardoned"],
                "Цімур Белаў": ["pardoned"]},
         reasons={"Цімур Белаў": "the group's event"}),
    Case("v2 a count matched by the list after it", "Праваабаронцы прызналі палітвязнямі яшчэ "
         "трох чалавек. Гэта Юрый Гаўрылаў, Іна Лапіна, Раман Ягораў.", P, only=True,
         kinds={"Юрый Гаўрылаў": [R], "Іна Лапіна": [R], "Раман Ягораў": [R]}),
    Case("v2 bare status", "Журналіст Ігар Сомаў ужо тры гады знаходзіцца за кратамі.", P,
         kinds={"Ігар Сомаў": ["detained"]}),
    Case("v2 relative clause", "На судзе выступіў блогер Дзяніс Арлоў, які быў затрыманы 3 "
         "сакавіка 2024 года ў Віцебску.", P,
         events={"Дзяніс Арлоў": [("detained", "2024-03-03")]}),
    Case("v2 a pronoun object of засудзілі", "Анджэй Пачобут быў затрыманы ў Гародні. Пазней "
         "яго засудзілі да 8 гадоў калоніі.", P, kinds={"Анджэй Пачобут": ["detained",
                                                                        "sentenced"]}),
    Case("v2 lawyer and wife are no detainees", "Адвакат Вольга Зуева паведаміла, што жонка "
         "Надзея Арэхава чакае мужа, а Максім Арэхаў асуджаны да шасці гадоў.", P, only=True,
         kinds={"Максім Арэхаў": ["sentenced"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 a count after a dash takes the verb before", "Улетку палітык памілаваў 37 чалавек, "
         "у жніўні — 30 чалавек, а ў ліпені на волю выйшлі 18 палітвязняў.", P,
         figures=[(37, "exact", "pardoned"), (30, "exact", "pardoned"),
                  (18, "exact", "released")]),
    Case("v2 demographic sub-counts are other", "Лукашэнка памілаваў 20 чалавек. Паведамляецца, "
         "што 6 чалавек маюць хранічныя захворванні, а яшчэ пяць памілаваных старэйшыя за 60 "
         "гадоў.", P, figures=[(20, "exact", "pardoned"), (6, "exact", "other"),
                              (5, "exact", "other")], exact_figures=True),
    Case("v2 a breakdown in the sentence after", "Лукашэнка памілаваў яшчэ 21 чалавека. «Гэта 9 "
         "жанчын і 12 мужчын», — гаворыцца ў паведамленні.", P,
         figures=[(21, "exact", "pardoned")], exact_figures=True),
]  # fmt: skip
V2_CASES += [
    Case("v2 a date set off at the head of the sentence", "Раней, у лютым, суд Цэнтральнага "
         "раёна Мінска асудзіў былога журналіста Андрэя Кузнечыка да шасці гадоў калоніі.", P,
         events={"Андрэй Кузнечык": [("sentenced", "2024-02")]},
         reasons={"Андрэй Кузнечык": "date from the same sentence"}),
    Case("v2 a relative pronoun the parse misses", "Сярод іх — пенсіянерка Тамара Ляўчук з "
         "Баранавіч, якую асудзілі за каментары.", P, kinds={"Тамара Ляўчук": ["sentenced"]},
         reasons={"Тамара Ляўчук": "relative pronoun"}),
    Case("v2 a lone word opening a sentence is no name", "Праваабарончыя арганізацыі заявілі, "
         "што затрыманы журналіст Ігар Ільяш.", P, only=True, kinds={"Ігар Ільяш": ["detained"]}),
    Case("v2 the next day", "14 красавіка ў Гомелі затрымалі актывіста Івана Шылу. На наступны "
         "дзень яго вызвалілі.", P,
         events={"Іван Шыла": [("detained", "2024-04-14"), ("released", "2024-04-15")]},
         reasons={"Іван Шыла": 'date from the day after "14 красавіка"'}),
]  # fmt: skip
V2_CASES += [
    Case("v2 a name natasha calls an organization", "Затрыманых — Сяргея Мурашку, Дар’ю Лосік і "
         "Кірыла Лапуця — змясцілі ў ізалятар на Акрэсціна.", P,
         kinds={"Дар’я Лосік": ["detained"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 a list item after a relative clause", "У вобласці за кратамі больш за 150 "
         "палітвязняў. Сярод іх — настаўніца Вольга Пракопава, якую асудзілі на 4 гады "
         "калоніі, і пенсіянер Уладзімір Руцкі.", P,
         kinds={"Вольга Пракопава": ["sentenced", R], "Уладзімір Руцкі": [R]}),
    Case("v2 the husband of a named person", "У аўторак у Гомелі затрымалі мужа актывісткі "
         "Ірыны Лапко.", P, not_detainees=["Ірына Лапко"]),
]  # fmt: skip
V2_CASES += [
    Case("v2 a count after the verb, a place before it", "У суботу ў Менску і Гомелі сілавікі "
         "затрымалі не менш за 20 чалавек, паведамляе «Вясна».", P, only=True,
         figures=[(20, "at_least", "detained")]),
    Case("v2 two names side by side, the first owns the second", "Сярод затрыманых — маці "
         "палітвязня Мікалая Дзядка Ірына Дзядок і пенсіянерка Ніна Багінская.", P,
         kinds={"Ірына Дзядок": ["detained"], "Ніна Багінская": ["detained"]},
         not_detainees=["Мікалай Дзядок"]),
]  # fmt: skip
V2_CASES += [
    Case("v2 one of them", "Супраць чатырох удзельнікаў акцыі ўзбуджаныя крымінальныя справы. "
         "Адзін з іх — музыка Павел Крысевіч.", P, kinds={"Павел Крысевіч": ["charged"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 a past status keeps no date of another person", "Віктара Сідарэнку затрымалі ў "
         "лютым. Палітвязня Ігара Карнея, які адбываў тэрмін у калоніі № 3, вызвалілі 5 "
         "чэрвеня.", P, events={"Віктар Сідарэнка": [("detained", "2024-02")],
                               "Ігар Карнея": [("detained", None), ("released", "2024-06-05")]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 coordination before a short participle", "Ігар Лосік, Арцём Сакевіч і Уладзімір "
         "Цыгановіч асуджаныя па ч. 1 арт. 342 КК.", P, only=True,
         kinds={n: ["sentenced"] for n in ("Ігар Лосік", "Арцём Сакевіч", "Уладзімір Цыгановіч")}),
    Case("v2 list after у тым ліку", "На акцыі затрымалі 40 чалавек, у тым ліку журналіста "
         "Івана Маслава і студэнтку Алену Фоміну.", P, no_group_events=True,
         kinds={"Іван Маслаў": ["detained"], "Алена Фоміна": ["detained"]}),
    Case("v2 apposition after the name", "Алег Сомаў, журналіст з Берасця, быў затрыманы 3 "
         "чэрвеня 2024 года.", P, only=True, events={"Алег Сомаў": [("detained", "2024-06-03")]}),
    Case("v2 date from the sentence before, said in the reason", "Ганну Кірэеву затрымалі 2 "
         "лютага 2024 года на вакзале. Разам з ёй затрымалі Івана Арлова.", P,
         events={"Ганна Кірэева": [("detained", "2024-02-02")],
                 "Іван Арлоў": [("detained", "2024-02-02")]},
         reasons={"Іван Арлоў": "date from a neighbouring sentence"}),
    Case("v2 days without contact, counted back to the day", "Марыя Лявіна ўжо 527 дзён без "
         "сувязі з роднымі і адвакатам.", D(2024, 8, 16),
         events={"Марыя Лявіна": [("incommunicado", "2023-03-08")]},
         reasons={"Марыя Лявіна": "counted back from the publication date"}),
]  # fmt: skip
V2_CASES += [
    Case("v2 a count held at a police station is detained", "Як мінімум 120 чалавек яшчэ "
         "знаходзяцца ў РУУС.", P, figures=[(120, "at_least", "detained")]),
]  # fmt: skip
V2_CASES += [
    Case("v2 a count of part of the group", "На акцыі затрымалі 40 чалавек, 12 з іх адпусцілі "
         "ўвечары.", P, figures=[(40, "exact", "detained"), (12, "exact", "released")]),
]  # fmt: skip
V2_CASES += [
    Case("v2 палітзняволеныя are political prisoners", "Цяпер у Беларусі налічваецца 167 "
         "палітзняволеных.", P, figures=[(167, "exact", "political_prisoners_held")]),
    Case("v2 of them, the count after", "Памілавалі 16 чалавек, з іх двое — шматдзетныя.", P,
         figures=[(16, "exact", "pardoned"), (2, "exact", "other")], exact_figures=True),
]  # fmt: skip
V2_CASES += [
    Case("v2 the story of the past takes no publication date", "Ганну Кірэеву затрымалі 2 "
         "лютага 2024 года на вакзале. Яе абвінавацілі ва ўдзеле ў пратэстах.", P,
         events={"Ганна Кірэева": [("detained", "2024-02-02"), ("charged", None)]}),
]  # fmt: skip
# Constructions found by bench/probes_slavic.py (synthetic, none from the corpus).
V2_CASES += [
    Case("v2 two names natasha reads as one", "Лукашэнка памілаваў 18 чалавек, сярод іх Алег "
         "Саковіч і Ганна Юрэвіч.", P, figures=[(18, "exact", "pardoned")],
         kinds={"Алег Саковіч": ["pardoned"], "Ганна Юрэвіч": ["pardoned"]}),
    Case("v2 a numbered list after a colon", "Палітвязнямі прызнаныя:\n1. Алег Драгун (Мінск);"
         "\n2. Наталля Літвін (Гомель);\n3. Віктар Пахомаў (Брэст).", P, only=True,
         kinds={"Алег Драгун": [R], "Наталля Літвін": [R], "Віктар Пахомаў": [R]}),
    Case("v2 a list of new political prisoners, surname first", "Новыя палітвязні:\nЛосік Ігар "
         "Аляксандравіч\nШчур Аляксандра Пятроўна", P, only=True,
         kinds={"Лосік Ігар Аляксандравіч": [R], "Шчур Аляксандра Пятроўна": [R]}),
    Case("v2 ў at the head of a word", "Супраць блогера Антона Мотальчанкі ўзбудзілі "
         "крымінальную справу.", P, kinds={"Антон Мотальчанка": ["charged"]}),
    Case("v2 a noun for one person stands for the last one named", "Палітвязень з Пінска Мікалай "
         "Гапановіч вызваліўся 2 сакавіка. Мужчыну асудзілі за ўдзел у пратэстах 2020 года.",
         P, events={"Мікалай Гапановіч": [("released", "2024-03-02"), ("sentenced", None)]}),
    Case("v2 coordinated verbs share their object", "Палітвязень Ігар Мельнікаў вызваліўся. Яго "
         "затрымалі ў 2021 годзе і асудзілі да 3 гадоў калоніі.", P,
         kinds={"Ігар Мельнікаў": ["released", "detained", "sentenced"]}),
    Case("v2 the agent of a past verb is no role word", "Месяц таму сілавікі затрымалі Вольгу "
         "Буйко.", P, events={"Вольга Буйко": [("detained", "2024-07")]}),
    Case("v2 last Thursday is the week before", "У мінулы чацвер суд у Брэсце асудзіў Марыну "
         "Шлык да 2 гадоў калоніі.", P, events={"Марына Шлык": [("sentenced", "2024-08-08")]}),
    Case("v2 a name after ', а' is another clause's", "Блогерку Ірыну Шчасную асудзілі да 3 "
         "гадоў калоніі, а яе мужа Андрэя Шчаснага — да 4.", P,
         kinds={"Ірына Шчасная": ["sentenced"], "Андрэй Шчасны": ["sentenced"]}),
    Case("v2 a pronoun is the person named just before", "Самы вялікі тэрмін атрымаў Уладзімір "
         "Кніжка. Яшчэ адзін палітвязень — студэнт Арцём Багдан з Віцебска. Яго асудзілі да 5 "
         "гадоў калоніі.", P, kinds={"Арцём Багдан": ["sentenced"]}),
    Case("v2 a verdict with a term counts sentenced", "Суд асудзіў чатырох удзельнікаў "
         "пратэстаў да 3 гадоў калоніі.", P, figures=[(4, "exact", "sentenced")],
         exact_figures=True),
]  # fmt: skip
V2_CASES += [
    Case("v2 classical: the noun of the charge first", "Абвінавачаньне Алесю Бяляцкаму "
         "прад'явілі ў кастрычніку 2021 году.", P,
         events={"Алесь Бяляцкі": [("charged", "2021-10")]}),
    Case("v2 classical: political prisoners first, then the verb", "Палітвязьнямі прызналі яшчэ "
         "14 чалавек. Сярод іх — Станіслаў Грынь і Ірына Ткачук.", P,
         figures=[(14, "exact", "other")], kinds={"Станіслаў Грынь": [R], "Ірына Ткачук": [R]}),
    Case("v2 classical: a colony", "Зьняволенага Віталя Гурыновіча этапавалі ў калёнію № 17 у "
         "Шклове.", P, kinds={"Віталь Гурыновіч": ["transferred"]},
         facilities=["калёнію № 17 у Шклове"]),
    Case("v2 a refused parole is no release", "Суд адмовіў палітвязню Ігару Барысевічу ва "
         "ўмоўна-датэрміновым вызваленні.", P, only=True, kinds={"Ігар Барысевіч": []}),
]  # fmt: skip
V2_CASES += [
    Case("v2 terms after names with no verb", "Сярод палітвязняў Кобрыншчыны: Ігар Сцепанюк — 3 "
         "гады калоніі, Тамара Лазарук — 2 гады хіміі.", P, only=True,
         kinds={"Ігар Сцепанюк": ["sentenced"], "Тамара Лазарук": ["sentenced"]}),
    Case("v2 names listed after political prisoners and a colon", "Палітвязні з Ліды: Віталь "
         "Жук (15 гадоў калоніі), Аляксей Лапіцкі (45 гадоў, настаўнік).", P, only=True,
         kinds={"Віталь Жук": ["sentenced"], "Аляксей Лапіцкі": []}),
]  # fmt: skip
V2_CASES += [
    Case("v2 natasha cuts the last surname off a pair", "Сярод вызваленых — журналісты Андрэй "
         "Аляксандраў і Дзяніс Івашын.", P, only=True,
         kinds={"Андрэй Аляксандраў": ["released"], "Дзяніс Івашын": ["released"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 the source of a report is no detainee", "Па словах юрыста «Вясны» Паўла Сапелкі, "
         "затрыманых вызвалілі праз тры гадзіны.", P, not_detainees=["Павел Сапелка"]),
]  # fmt: skip
# Long-article constructions (issue 12, second round): the classical spelling, list items
# with an age and a town, dates with the year in words, and persons who are not meant.
V2_CASES += [
    Case("v2 the classical spelling of a served term", "Разам з Янкам у калёніі адбывае "
         "пакараньне ягоны сябар, паэт Алесь Дудар.", P, only=True,
         kinds={"Алесь Дудар": ["detained"]}),
    Case("v2 a preposition opening the sentence is no part of a name", "Паводле Язэпа, у "
         "Шклове затрымалі настаўніка Міхася Зарэцкага.", P, only=True,
         kinds={"Міхась Зарэцкі": ["detained"]}),
    Case("v2 a list item's age and town before the term", "Асуджаныя:\n— Павел Глебаў, 44 "
         "гады, Ліда — 3 гады калоніі;\n— Ніна Тарас, 61 год, Слонім — 2 гады хатняй хіміі.", P,
         only=True, kinds={"Павел Глебаў": ["sentenced"], "Ніна Тарас": ["sentenced"]}),
    Case("v2 a day and month with сёлета", "12 сакавіка сёлета суд завочна асудзіў былога "
         "следчага Андрэя Кузьміча.", P,
         events={"Андрэй Кузьміч": [("convicted_in_absentia", "2024-03-12")]}),
    Case("v2 a noun for one person means no rights defender", "У Пінску затрымалі Сяргея "
         "Ковалева. Пра гэта паведаміў праваабаронца Сымон Рак. Мужчыну абвінавачваюць у "
         "абразе службовай асобы.", P, only=True,
         kinds={"Сяргей Ковалеў": ["detained", "charged"]}),
    Case("v2 a counted verdict takes no person before", "Суд асудзіў Дзмітрыя Карпенку да 2 гадоў. "
         "Сёлета суды вынеслі больш за 900 палітычна матываваных прысудаў.", P, only=True,
         kinds={"Дзмітрый Карпенка": ["sentenced"]}),
    Case("v2 still in prison", "Палітвязень Зміцер Жылуновіч па-ранейшаму ў зняволенні.", P,
         kinds={"Зміцер Жылуновіч": ["detained"]}),
    Case("v2 a count with its own clause", "На 1 жніўня ў Беларусі 1150 палітвязняў, за "
         "тыдзень спіс папоўніўся яшчэ 7 прозвішчамі.", P,
         figures=[(1150, "exact", "political_prisoners_held"), (7, "exact", "other")],
         exact_figures=True),
]  # fmt: skip
V2_CASES += [
    Case("v2 a death in a prison hospital", "У мінулую суботу ў турэмнай бальніцы памёр "
         "палітвязень Генадзь Лабач.", P,
         events={"Генадзь Лабач": [("died_in_custody", "2024-08-10")]}),
    Case("v2 all five of them", "Суддзя Ігар Бубен прызначыў Андрэю Казлоўскаму і Віталю "
         "Баранаву па 3 гады калоніі. Усе пяцёра былі затрыманыя ў кастрычніку 2023 года.", P,
         events={"Андрэй Казлоўскі": [("sentenced", PUB), ("detained", "2023-10")],
                 "Віталь Баранаў": [("sentenced", PUB), ("detained", "2023-10")]}),
    Case("v2 a year naming a noun is no date", "12 жніўня суд вынес прысуд удзельнікам "
         "пратэстаў 2020 года. Суддзя прызначыў Андрэю Казлоўскаму 3 гады калоніі.", P,
         events={"Андрэй Казлоўскі": [("sentenced", "2024-08-12")]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 a noun for one person as the object after the verb", "Палітвязень Генадзь Лабанок "
         "памёр у калоніі. У снежні 2023 года суд асудзіў мужчыну да 3 гадоў калоніі.", P,
         events={"Генадзь Лабанок": [("died_in_custody", PUB), ("sentenced", "2023-12")]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 an appeal rejected: a sentence left in force, a complaint turned down",
         "Мінскі гарадскі суд 12 сакавіка пакінуў у сіле прысуд журналісту Андрэю Лебедзю.\n\n"
         "Апеляцыйны суд адхіліў скаргу актывісткі Марыі Сакаловай.", P,
         events={"Андрэй Лебедзь": [("appeal_rejected", "2024-03-12")]},
         kinds={"Марыя Сакалова": ["appeal_rejected"]}),
]  # fmt: skip
# Constructions of real Belarusian news (issue 12, a corpus of real excerpts), written anew
# with invented names.
V2_CASES += [
    Case("v2 the names of the new political prisoners after a dash", "Грамадства\n\nУ Беларусі "
         "тры новыя палітвязні\n\nІмёны новых палітвязняў — Сцяпан Ляўкоў, Ала Мірончык, "
         "Тарас Бурдзейка.", P, only=True,
         kinds={"Сцяпан Ляўкоў": ["recognized_political_prisoner"],
                "Ала Мірончык": ["recognized_political_prisoner"],
                "Тарас Бурдзейка": ["recognized_political_prisoner"]}),
    Case("v2 newly recognized are called", "Праваабаронцы паведамілі аб наданні статусу "
         "палітвязняў яшчэ дваім людзям. Новапрызнаных палітвязняў завуць Кірыл Жаўнерык, "
         "Лідзія Сакалова.", P, only=True,
         kinds={"Кірыл Жаўнерык": ["recognized_political_prisoner"],
                "Лідзія Сакалова": ["recognized_political_prisoner"]}),
    Case("v2 named political prisoners", "Праваабаронцы назвалі палітвязнямі Яўгена Лапіцкага "
         "і Ганну Шульгу.", P, only=True,
         kinds={"Яўген Лапіцкі": ["recognized_political_prisoner"],
                "Ганна Шульга": ["recognized_political_prisoner"]}),
    Case("v2 new ones added are new", "Дадалося яшчэ тры палітвязні. Усяго палітвязнямі "
         "прызнаныя 1290 чалавек.", P,
         figures=[(3, "exact", "other"), (1290, "exact", "political_prisoners_held")],
         exact_figures=True),
    Case("v2 found guilty, accused", "Суд Лепельскага раёна прызнаў Анатоля Гарбачэўскага "
         "вінаватым і вынес яму папярэджанне. Яго звінавацілі ў пікетаванні.", P, only=True,
         kinds={"Анатоль Гарбачэўскі": ["sentenced", "charged"]}),
    Case("v2 a place after a resident or a town is no person", "Стала вядома пра затрыманне "
         "жыхара Пружанаў 40-гадовага Васіля Гуркова. Цяпер ён знаходзіцца ў ІЧУ горада "
         "Лунінца. Пазьней Гуркова адпусьцілі.", P, only=True,
         kinds={"Васіль Гуркоў": ["detained", "released"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 terms asked for are no sentences", "Дзяржаўны абвінаваўца папрасіў прызнаць іх "
         "вінаватымі па ч.1 ст.342 КК і прызначыць пакаранне для:\n\n  • Антона Шыманскага — "
         "2 гады «хіміі»,\n  • Ірыны Дрозд — 1 год «хатняй хіміі».", P,
         not_detainees=["Антон Шыманскі", "Ірына Дрозд"]),
    Case("v2 a verdict in the classical spelling", "Тры гады «хіміі» — такі вырак вынес "
         "судзьдзя менчуку Паўлу Гарэліку. У Гомлі судзьдзя пакараў Сяргея Жукоўскага двума гадамі "
         "«хатняй хіміі».", P,
         kinds={"Павел Гарэлік": ["sentenced"], "Сяргей Жукоўскі": ["sentenced"]},
         not_detainees=["У Гомлі"]),
    Case("v2 on the defendants' bench", "Усяго на падсуднай лаве 9 чалавек. Суд праходзіць на "
         "праспэкце Машэрава.", P, figures=[(9, "exact", "charged")], exact_figures=True,
         not_detainees=["Машэрава"]),
]  # fmt: skip
V2_CASES += [
    Case("v2 fined", "Зьмітра Сакалоўскага і Ірыну Бародзіч аштрафавалі на 20 базавых велічыняў. "
         "Жыхар Ліды Андрэй Падгайскі атрымаў 10 базавых штрафу.", P, only=True,
         kinds={"Зьміцер Сакалоўскі": ["sentenced"], "Ірына Бародзіч": ["sentenced"],
                "Андрэй Падгайскі": ["sentenced"]}),
    Case("v2 a judge of a district is an official", "Судзьдзя Ленінскага раёну Ганна Жыгалка "
         "прысудзіла Паўлу Карпушэнку 15 сутак арышту.", P,
         not_detainees=["Ганна Жыгалка"]),
]  # fmt: skip
V2_CASES += [
    Case("v2 charged and sentenced with a bracket between", "Палітвязень Аляксей Цыркуноў быў "
         "затрыманы ў сакавіку 2022 года. Яго абвінавацілі паводле арт. 342 КК (групавыя "
         "дзеянні, якія груба парушаюць грамадскі парадак) і асудзілі на тры гады калоніі.", P,
         kinds={"Аляксей Цыркуноў": ["detained", "charged", "sentenced"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 a plural noun for the persons named before", "3 сакавіка ў суд прывезьлі "
         "актывістаў Ганну Лушчык, Міхаіла Краўчука і Васіля Навіцкага. Напярэдадні юнакоў "
         "затрымалі каля адміністрацыі.", P,
         kinds={"Ганна Лушчык": ["detained"], "Міхаіл Краўчук": ["detained"],
                "Васіль Навіцкі": ["detained"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 a street, a prison's street and a newspaper are no persons", "Затрыманага на "
         "вуліцы Янкі Купалы Уладзіслава Мароза прывезьлі на Акрэсціна, паведаміла «Нашай "
         "Ніве» ягоная жонка. Сёньня яго вызвалілі.", P, only=True,
         kinds={"Уладзіслаў Мароз": ["detained", "released"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 held in a van, under arrest: the place before the verb", "У адным аўтазаку з ім "
         "знаходзяцца Павел Сушко, Дзяніс Ляховіч і Ігар Казлоўскі. Пад арыштам застаецца "
         "Алена Шымановіч.", P, only=True,
         kinds={"Павел Сушко": ["detained"], "Дзяніс Ляховіч": ["detained"],
                "Ігар Казлоўскі": ["detained"], "Алена Шымановіч": ["detained"]}),
]  # fmt: skip
V2_CASES += [
    # days of arrest a court gives are a verdict with a term: sentenced (the corpus README)
    Case("v2 days of arrest a court gives are a sentence", "Суд Кастрычніцкага раёна прызначыў "
         "актывісту Рыгору Мельніку 10 сутак арышту. Блогерка Алена Дудар арыштаваная на 12 "
         "сутак. Студэнта Яна Лісоўскага пакаралі арыштам на 15 сутак. Баранавіцкі суд "
         "пакараў Сцяпана Мароза 10 суткамі арышту.", P, only=True,
         kinds={"Рыгор Мельнік": ["sentenced"], "Алена Дудар": ["sentenced"],
                "Ян Лісоўскі": ["sentenced"], "Сцяпан Мароз": ["sentenced"]}),
    # one person under the forms of the text: a surname in -ец that loses its е, an initial
    Case("v2 a surname in -ец and its oblique form", "Актывіста Паўла Карабца пакаралі "
         "арыштам на 15 сутак. Карабец сказаў судзьдзі, што не прызнае віны.", P, only=True,
         kinds={"Павел Карабец": ["sentenced"]}),
    Case("v2 a fleeting е is one person", "Андрэя Марцінца затрымалі на выхадзе з метро. "
         "Марцінец спадзяецца, што яго хутка адпусцяць.", P, only=True,
         kinds={"Андрэй Марцінец": ["detained"]}),
    Case("v2 an initial is the given name", "Суд над Р.Ткачуком адкладзены.\nНагадаю, Рамана "
         "Ткачука арыштавалі ў сакавіку, і з таго часу ён знаходзіцца за кратамі.", P,
         only=True, kinds={"Раман Ткачук": ["detained"]}),
    Case("v2 a male name in -а in the instrumental", "Суд над актывістам Мікітам Сасноўскім "
         "адкладзены. Мікіту Сасноўскага арыштавалі ў сакавіку.", P, only=True,
         kinds={"Мікіта Сасноўскі": ["detained"]}),
    Case("v2 a conjunction opening a sentence is no name", "Актывістку Ніну Грэк затрымалі на "
         "вакзале.\n\nАле адпусцілі без складання пратакола.", P, only=True,
         kinds={"Ніна Грэк": ["detained"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 a term before the participle", "У судзе Ленінскага раёна да 12 сутак арышту "
         "асуджаны Арцём Гайдук. Працэс адбываўся праз Skype.", P, only=True,
         kinds={"Арцём Гайдук": ["sentenced"]}),
    Case("v2 punished, the short participle", "У Менскім гарадскім судзе вынеслі прысуд "
         "пяці фігурантам. Дзмітрый Каралёў быў пакараны 9 гадамі калоніі.", P,
         kinds={"Дзмітрый Каралёў": ["sentenced"]}),
    Case("v2 serving 'khimiya' is held", "Палітвязень Мікола Шпакоўскі адмовіўся пісаць "
         "заяву. Ён адбывае тры гады «хіміі» у вёсцы Заполле Пінскага раёна.", P, only=True,
         kinds={"Мікола Шпакоўскі": ["detained"]}),
    Case("v2 counts of persons and like-minded people", "Улады вывезлі з краіны ў Літву 14 "
         "асоб. У Гомелі асудзілі за ўлёткі трох аднадумак актывіста.", P,
         figures=[(14, "exact", "released"), (3, "exact", "sentenced")], exact_figures=True),
]  # fmt: skip
V2_CASES += [
    Case("v2 tens counted as a noun", "Пасля прысуду затрымалі каля двух дзясяткаў чалавек, "
         "якія прысутнічалі пры вынясенні прысуду Антону Шыманскаму.", P,
         figures=[(20, "about", "detained")], exact_figures=True,
         kinds={"Антон Шыманскі": ["sentenced"]}),
    Case("v2 a count with a Belarusian adjective in -іх", "У Гомелі затрымалі трох "
         "гомельскіх журналістаў.", P, figures=[(3, "exact", "detained")], exact_figures=True),
    Case("v2 left in the isolator", "10 лютага Юры Грыцкевіч прыехаў па позве ў РАУС. Яго "
         "пакінулі ў мясцовым ізалятары да суду.", P, only=True,
         kinds={"Юры Грыцкевіч": ["detained"]}),
    Case("v2 Łacinka 'vyšaŭ na volu'", "Siońnia sa śpiecprymalnika vyšaŭ na volu žurnalist "
         "Taras Nikalajeŭ.", P, only=True, kinds={"Taras Nikalajeŭ": ["released"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 a surname first before a given name and patronymic", "Уладзіміра Карповіча "
         "затрымаў ГУБАЗ.\n- 41-гадовага Карповіча Уладзіміра Пятровіча затрымаў ГУБАЗ "
         "Брэсцкай вобласці.", P, only=True, kinds={"Карповіч Уладзімір Пятровіч": ["detained"]}),
    Case("v2 a surname in -евіч is no patronymic", "Вызваленне Міколы Дашкевіча чакалі "
         "ўсе. Міколу Дашкевіча вызвалілі ў пятніцу.", P, only=True,
         kinds={"Мікола Дашкевіч": ["released"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 numbers with a case ending and seized people", "Праваабаронцам вядомыя прозвішчы "
         "41-ці схопленых у Гродне. Валанцёры кажуць пра 56-м затрыманых.", P,
         figures=[(41, "exact", "detained"), (56, "exact", "detained")], exact_figures=True),
    Case("v2 number words: half a thousand, a ten, a hundred", "Праваабаронцам вядома больш "
         "за паўтысячы прозвішчаў затрыманых. Палітвязнямі прызналі амаль дзясятак людзей. "
         "У Віцебску затрымалі больш за сотню чалавек.", P,
         figures=[(500, "more_than", "detained"), (10, "about", "other"),
                  (100, "more_than", "detained")], exact_figures=True),
    Case("v2 a qualifier before a preposition; days of arrest in a relative clause",
         "Вядома як мінімум пра 31 удзельніка акцыі, якія атрымалі 290 сутак арышту.", P,
         figures=[(31, "at_least", "sentenced")], exact_figures=True),
    Case("v2 the relative clause says what happened to the political prisoners",
         "Яны былі сярод 87 палітвязняў, якіх 9 кастрычніка вызвалілі.", P,
         figures=[(87, "exact", "released")], exact_figures=True),
    Case("v2 a total counted by a pronoun", "Праваабаронцы прызналі іх палітвязнямі. "
         "Цяпер іх у Беларусі 1203.", P,
         figures=[(1203, "exact", "political_prisoners_held")], exact_figures=True),
    Case("v2 ended up in a police cell", "Актывіст Сцяпан Жук апынуўся ў ІЧУ праз дзве "
         "гадзіны. Kandydat navuk Paŭluk Hreben akazaŭsia ŭ RUUS.", P,
         kinds={"Сцяпан Жук": ["detained"]}),
    Case("v2 a name in „…“ names a case", "Іван Мароз вызвалены. Мужчына быў затрыманы ў "
         "верасні 2021 года ў межах „справы Сокала“.", P, only=True,
         kinds={"Іван Мароз": ["released", "detained"]}),
    Case("v2 a Belarusian photo credit is no person", "Фота Андрэя Лебедзя\n\nУ Гродне "
         "затрымалі журналістку Ганну Цыбульскую.", P, only=True,
         kinds={"Ганна Цыбульская": ["detained"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 a part of a count said first", "З Акрэсціна вызвалілі пяцёх з сямі затрыманых "
         "студэнтаў.", P, figures=[(5, "exact", "released")],
         exact_figures=True),
    Case("v2 suspected is charged, and the pronoun of a recognition", "Ірыну Лапко і Сяргея "
         "Дзюбу затрымалі ў Брэсце. Лапко і Дзюба падазраюцца па арт. 342 КК. Праваабаронцы "
         "прызналі іх палітвязнямі.", P, only=True,
         kinds={"Ірына Лапко": ["detained", "charged", "recognized_political_prisoner"],
                "Сяргей Дзюба": ["detained", "charged", "recognized_political_prisoner"]}),
    Case("v2 days added are a sentence", "Палітыка Рыгора Бондара вызвалілі з ІЧУ. Раней яму "
         "дадалі 10 сутак за пікет.", P, only=True,
         kinds={"Рыгор Бондар": ["released", "sentenced"]}),
    Case("v2 names and surnames of the new political prisoners", "Праваабаронцы прызналі "
         "палітвязнямі яшчэ 3 чалавек.\n\n05.02.2024 / 11:40\n\nІмёны і прозвішчы новых "
         "палітвязняў — Алег Сініца, Вера Карп, Тарас Мельнік.", P, only=True,
         kinds={"Алег Сініца": ["recognized_political_prisoner"],
                "Вера Карп": ["recognized_political_prisoner"],
                "Тарас Мельнік": ["recognized_political_prisoner"]}),
    Case("v2 a list before its verb; deported is freed", "Першых 9 чалавек, сярод іх быў "
         "блогер Павел Зуб, вызвалілі 21 чэрвеня. Палітвязня Янку Гаўрыша дэпартавалі ў Літву.",
         P, only=True, kinds={"Павел Зуб": ["released"], "Янка Гаўрыш": ["released"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 'засудзілі' is 'асудзілі', a count sentenced; a qualifier before a comma",
         "У студзені ў палітычных крымінальных справах засудзілі не менш за 94 чалавекі. "
         "За лістоўкі асудзілі, прынамсі, 6 чалавек.", P,
         figures=[(94, "at_least", "sentenced"), (6, "at_least", "sentenced")], exact_figures=True),
    Case("v2 'да' after a change is where the count came to", "Паводле даных «Вясны», пасля "
         "вызвалення 120 палітвязняў іх агульная колькасць у Беларусі скарацілася да 964 "
         "чалавек.", P,
         figures=[(120, "exact", "released"), (964, "exact", "political_prisoners_held")],
         exact_figures=True),
    Case("v2 a slogan is no name", "«Слава Беларусі!» — напісаў актывіст Пятро Мароз, якога "
         "затрымалі ўчора.", P, only=True, kinds={"Пятро Мароз": ["detained"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 a case opened against a person is a charge", "Супраць актывісткі Ганны Сакаловай "
         "завялі крымінальную справу.", P, only=True,
         kinds={"Ганна Сакалова": ["charged"]}),
    Case("v2 out from behind bars is freed", "Палітвязнямі за гэты час прызналі больш за 2 "
         "тыс. 410 чалавек. Каля 1 тыс. з іх ужо выйшлі з-за кратаў.", P,
         figures=[(2410, "more_than", "other"), (1000, "about", "released")], exact_figures=True),
]  # fmt: skip
V2_CASES += [
    Case("v2 a count split by place", "За месяц засудзілі не менш за 58 чалавек. Большасць "
         "прысудаў вынеслі ў Менску. У Гомельскай вобласці – 11, Віцебскай – 6, Брэсцкай – 4.",
         P, figures=[(58, "at_least", "sentenced"), (11, "exact", "sentenced"),
                     (6, "exact", "sentenced"), (4, "exact", "sentenced")], exact_figures=True),
    Case("v2 a single place with a count is no list", "Затрымалі 14 чалавек. Гомель – 2021.", P,
         figures=[(14, "exact", "detained")], exact_figures=True),
]  # fmt: skip
V2_CASES += [
    Case("v2 the one who tells of a detention is not the one held", "Актывістка Вольга Гусак "
         "цяпер у ізалятары.\nПра затрыманне паведаміў яе паплечнік Сцяпан Лось. Ён напісаў, "
         "што актывістку арыштавалі апоўначы.", P, only=True,
         kinds={"Вольга Гусак": ["detained"]}),
    Case("v2 a capitalised noun alone is no person", "Актывістка Ганна Зайчык абскарджвала "
         "штраф. Актывістку асудзілі па арт. 24.23 КаАП РБ — Парушэнне парадку правядзення "
         "масавых мерапрыемстваў. Праваабарончая супольнасць Беларусі прызнала палітвязнямі "
         "яшчэ 3 чалавек.", P, only=True, kinds={"Ганна Зайчык": ["sentenced"]}),
    Case("v2 names listed before one term", "Суд абвясціў прысуды. Пётр Лабановіч — 3 гады "
         "\"хатняй хіміі\"; Ірына Дзямідава, Ян Кулік і палітвязень Сымон Баран — па 2 гады "
         "\"хатняй хіміі\".", P,
         kinds={n: ["sentenced"] for n in ("Пётр Лабановіч", "Ірына Дзямідава", "Ян Кулік",
                                           "Сымон Баран")}),
    Case("v2 an appeal turned down against the terms", "Палітвязню Антону Лешчу Вярхоўны "
         "суд пакінуў тэрмін зняволення без зменаў.", P,
         kinds={"Антон Лешч": ["appeal_rejected"]}),
    Case("v2 added to the list of political prisoners", "У Беларусі ўжо 1200 палітвязняў. "
         "Праваабаронцы дадалі ў спіс прозвішчы яшчэ трох чалавек. Гэта — Зоя Клімук, Павел "
         "Клімук і Алег Сенька.", P,
         kinds={n: ["recognized_political_prisoner"] for n in ("Зоя Клімук", "Павел Клімук",
                                                               "Алег Сенька")}),
    Case("v2 list items: the next clause shares the name", "Палітвязнямі прызнаныя:\n"
         "Рыгор Ганчарык асуджаны 3 сакавіка 2023 года па ч. 1 артыкула 342 КК да двух гадоў "
         "калоніі; прыступіў да адбывання пакарання;\nАлеся Хвойніцкая абвінавачваецца "
         "паводле артыкула 368 КК (Абраза прэзідэнта), узятая пад варту ў СІЗА;", P,
         kinds={"Рыгор Ганчарык": ["recognized_political_prisoner", "sentenced", "detained"],
                "Алеся Хвойніцкая": ["recognized_political_prisoner", "charged", "detained"]}),
    Case("v2 'іх' after one person's sentence: the persons of the events before",
         "Рэдактар газеты Сцяпан Лагуцька знаходзіцца ў СІЗА з мая. У СІЗА з чэрвеня "
         "знаходзіцца і ягоны намеснік Мікалай Пашута. Іх абвінавачваюць у ухіленні ад "
         "падаткаў.", P,
         kinds={"Сцяпан Лагуцька": ["detained", "charged"],
                "Мікалай Пашута": ["detained", "charged"]}),
    Case("v2 a plural noun after the persons' own words", "Журналістаў Віталя Ганчара і "
         "Паўла Зуева затрымала ДАІ. Іх адвезлі ў РУУС. «Мы паводзілі сябе спакойна», – кажа "
         "Віталь Ганчар. – Міліцыянты таксама». «Намі займалася крымінальная міліцыя», – "
         "паведамляў з РУУС журналіст Павел Зуеў. На гэты момант журналісты адпушчаныя.", P,
         kinds={"Віталь Ганчар": ["detained", "released"], "Павел Зуеў": ["detained", "released"]}),
    Case("v2 whom a march remembers is no participant", "Жыхары мікрараёна збіраліся прайсці "
         "маршам памяці Рамана Лапіцкага. Падчас маршу яго сябра затрымалі.", P,
         not_detainees=["Раман Лапіцкі"]),
    Case("v2 taken to a detention centre", "Сілавікі забралі на Акрэсціна бухгалтарку "
         "Вольгу Ракіцкую. Праз восем сутак Вольгу адпусцілі.", P, only=True,
         kinds={"Вольга Ракіцкая": ["detained", "released"]}),
    Case("v2 a pronoun means the person held, not the one named after", "Ад 9 жніўня 2020 "
         "года за кратамі знаходзіцца маці трох дзяцей Алена Гарбачэўская. На выбарах яна "
         "была даверанай асобай Вольгі Ляховіч. У лютым 2021 года суд пакараў яе "
         "зняволеннем на 5 гадоў.", P, only=True,
         kinds={"Алена Гарбачэўская": ["detained", "sentenced"]}),
    Case("v2 a word opening the sentence before a given name is no surname", "Ад мая за "
         "кратамі знаходзіцца Тамара Зялінская. Затым Тамару перавялі ў калонію.", P,
         only=True, kinds={"Тамара Зялінская": ["detained", "transferred"]}),
    Case("v2 a surname whose given name the NER cut off stays", "У Гомельскай вобласці за "
         "тыдзень затрымалі 9 чалавек. Сярод затрыманых — 44-гадовы Ігар Лапухоўскі з Мазыра "
         "і пенсіянерка Ніна Кашэўская.", P,
         kinds={"Ігар Лапухоўскі": ["detained"], "Ніна Кашэўская": ["detained"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 a date beside another kind of trigger is not the verb's", "Ганну Марозаву, якой "
         "на момант затрымання ў сакавіку 2021 года не было 18, асудзілі да 3 гадоў калоніі.",
         P, events={"Ганна Марозава": [("detained", "2021-03"), ("sentenced", None)]}),
    Case("v2 an arrest served, the charge imperfective", "Актывіст Сымон Вярбіцкі адбыў "
         "адміністрацыйны арышт. Сымона Вярбіцкага абвінавачвалі ў хуліганстве.", P, only=True,
         kinds={"Сымон Вярбіцкі": ["detained", "charged"]}),
    Case("v2 held in captivity, the place first", "Кастусь Дрозд выйшаў з калоніі. У няволі "
         "ён знаходзіўся тры гады.", P, only=True,
         kinds={"Кастусь Дрозд": ["released", "detained"]}),
    Case("v2 whereabouts unknown is incommunicado", "Учора ў Гомелі затрыманы актывіст "
         "Лявон Шурпа. Дзе цяпер знаходзіцца Шурпа, невядома.", P,
         kinds={"Лявон Шурпа": ["detained", "incommunicado"]}),
    Case("v2 present and imperfective verbs of the paradigm", "Актывісты Ян Крупенька, Алег "
         "Цвірко і іншыя рэгулярна атрымліваюць адміністрацыйныя арышты. Палітвязня Юрася "
         "Мацкевіча двойчы пераводзілі на турэмны рэжым. Цяпер Мацкевіча зноў судзяць.", P,
         kinds={"Ян Крупенька": ["sentenced"], "Алег Цвірко": ["sentenced"],
                "Юрась Мацкевіч": ["transferred", "charged"]}),
    Case("v2 the object before the verb, punished for a deed", "За ўдзел у шэсці пакараныя "
         "таксама Андрэй Лабацэвіч, які пакаранне адбывае ў Полацку.", P,
         kinds={"Андрэй Лабацэвіч": ["sentenced", "detained"]}),
    Case("v2 a prisoner of a named colony; a term cut on appeal", "Вязня 3-й Віцебскай "
         "калоніі Пятра Ляшчэвіча ў 2022 годзе асудзілі да 6 гадоў, але апеляцыйны суд "
         "зменшыў тэрмін да 4 гадоў.", P,
         kinds={"Пятро Ляшчэвіч": ["detained", "sentenced", "appeal_rejected"]}),
    Case("v2 two spellings of one given name are one person", "Палітвязень Мікола Саўчук "
         "адбывае тэрмін у калоніі. Суд асудзіў Мікалая Саўчука да году калоніі.", P, only=True,
         kinds={"Мікола Саўчук": ["detained", "sentenced"]}),
    Case("v2 a relation's name in a list of the held", "У калоніі, дзе адбываюць тэрміны "
         "Тарас Грышкевіч, Віталь Рудак і стрыечны брат Ірыны Сымонавай, змянілі начальніка.",
         P, kinds={"Тарас Грышкевіч": ["detained"], "Віталь Рудак": ["detained"]},
         not_detainees=["Ірына Сымонава"]),
    Case("v2 a participle as a noun after a relation", "Сёння затрыманая Алеся Гук. Пра "
         "гэта паведаміла паплечніца затрыманай Марына Лях. У чаце, дзе размаўляюць родныя "
         "асуджаных, пісаў і Зміцер Паплаўскі.", P, only=True,
         kinds={"Алеся Гук": ["detained"]},
         not_detainees=["Марына Лях", "Зміцер Паплаўскі"]),
    Case("v2 a plural pronoun opening the sentence, a name in a later clause", "Суд над "
         "Андрэем Беланогам і Вадзімам Жукам доўжыўся тыдзень. Іх вінавацілі ў "
         "хуліганстве, Вадзіму Жуку інкрымінавалі таксама крадзеж.", P,
         kinds={"Андрэй Беланог": ["charged"], "Вадзім Жук": ["charged"]}),
    Case("v2 a byline is no person; an author before a verb is", "Уначы на волю выйшлі 50 "
         "чалавек. Рэпартаж Мікіты Сакалова. Аўтар тэлеграм-канала Зміцер Багдан затрыманы.",
         P, kinds={"Зміцер Багдан": ["detained"]}, not_detainees=["Мікіта Сакалоў"]),
    Case("v2 taken together with a person", "Разам з рэдактарам Лявонам Шэметам сілавікі "
         "забралі ў РУУС фатографку Ганну Лойку. Разам з адвакатам Паўлам Шумам на суд "
         "прыйшла маці Ганны.", P,
         kinds={"Лявон Шэмет": ["detained"], "Ганна Лойка": ["detained"]},
         not_detainees=["Павел Шум"]),
    Case("v2 a pronoun after 'супраць' before a finite verb", "Актывістку Ганну Мазур "
         "затрымалі ў панядзелак. Супраць яе завялі крымінальную справу. Сябры пратэставалі "
         "супраць затрымання Лявона Коцікава.", P,
         kinds={"Ганна Мазур": ["detained", "charged"]}, not_detainees=["Лявон Коцікаў"]),
    Case("v2 about a ten; put behind bars", "Арышты адбываюць каля дзясятка актывістаў. За "
         "краты ў мінулыя дні трапілі сем студэнтаў.", P,
         figures=[(10, "about", "detained"), (7, "exact", "detained")], exact_figures=True),
]  # fmt: skip
