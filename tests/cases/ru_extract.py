"""Golden "text → claims" cases for ``vigil.extract.ru.v1``, one row per construction.

Written for these tests in the style of Russian-language reports (Вясна, Зеркало,
ОВД-Инфо, Медиазона); none is taken from an evaluation article. Each row: the text, its
publication date, and what must be found (``mismatches`` says what is not). ``events``
maps a detainee's name, in the nominative as the extractor gives it, to ``(type, date or
None)`` pairs that must all be among that person's events; ``figures`` lists ``(value,
qualifier, category)`` triples that must all be found; ``not_detainees`` must not be
detainees; ``terms``, ``articles`` and ``regimes`` map a name to what its sentencing
event says.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from vigil.extract import Extraction, Role


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
    terms: dict[str, int] = field(default_factory=dict)  # person → months
    articles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    regimes: dict[str, str] = field(default_factory=dict)
    empty: bool = False  # True: nothing about detentions
    kinds: dict[str, list[str]] = field(default_factory=dict)  # person → event types, any date
    reasons: dict[str, str] = field(default_factory=dict)  # person → words of an event reason
    only: bool = False  # True: no detainee beyond those of ``events`` and ``kinds``
    no_group_events: bool = False  # True: no event of an unnamed group may be proposed
    absent: dict[str, list[str]] = field(default_factory=dict)  # person → types not proposed


D = dt.date
P = D(2024, 8, 16)  # a Friday
PUB = "2024-08-16"  # the date of a news event the text gives no date for: its publication
CASES = [
    # detention
    Case("active verb, object after", "В Минске задержали журналистку Катерину Андрееву.", P,
         events={"Катерина Андреева": [("detained", PUB)]},
         genders={"Катерина Андреева": "female"}),
    Case("passive with a date", "Мария Колесникова была задержана 7 сентября 2020 года в "
         "центре Минска.", P, events={"Мария Колесникова": [("detained", "2020-09-07")]}),
    Case("fronted object", "Сергея Тихановского задержали 29 мая 2020 года в Гродно.", P,
         events={"Сергей Тихановский": [("detained", "2020-05-29")]},
         genders={"Сергей Тихановский": "male"}),
    Case("inverted short participle", "В Гомеле задержан блогер Дмитрий Козлов.", P,
         events={"Дмитрий Козлов": [("detained", PUB)]}),
    Case("colon list", "Задержаны: Роман Рословцев, Валерия Зинякина и Леонид Михайлов.", P,
         events={"Роман Рословцев": [("detained", PUB)], "Валерия Зинякина":
                 [("detained", PUB)], "Леонид Михайлов": [("detained", PUB)]}),
    Case("taken into custody", "Активиста Андрея Воронова взяли под стражу в зале суда.", P,
         events={"Андрей Воронов": [("detained", PUB)]}),
    Case("behind bars since", "Виктор Бабарико находится за решеткой с июня 2020 года.", P,
         events={"Виктор Бабарико": [("detained", "2020-06")]}),
    Case("noun, genitive person", "Задержание Николая Статкевича произошло 31 мая 2020 года.",
         P, events={"Николай Статкевич": [("detained", "2020-05-31")]}),
    Case("weekday", "Правозащитницу Насту Лойко задержали в пятницу.", P,
         events={"Наста Лойко": [("detained", PUB)]}),
    Case("yesterday", "Вчера силовики задержали музыканта Игоря Баринова.", P,
         events={"Игорь Баринов": [("detained", "2024-08-15")]}),
    Case("days ago", "Три дня назад была задержана пенсионерка Нина Багинская.", P,
         events={"Нина Багинская": [("detained", "2024-08-13")]}),
    Case("former prisoner detained again", "Бывшего политзаключенного Дмитрия Фурманова снова "
         "задержали в Минске.", P, events={"Дмитрий Фурманов": [("detained", PUB)]}),
    # sentencing
    Case("court sentenced, term, regime", "Суд Центрального района Гомеля приговорил "
         "политзаключенного Николая Статкевича к 14 годам колонии особого режима.", P,
         events={"Николай Статкевич": [("sentenced", PUB)]},
         terms={"Николай Статкевич": 168}, regimes={"Николай Статкевич": "special"}),
    Case("short participle sentence", "Виктор Бабарико приговорен к 14 годам лишения свободы "
         "в колонии усиленного режима.", P, terms={"Виктор Бабарико": 168},
         events={"Виктор Бабарико": [("sentenced", PUB)]}),
    Case("date first, then court", "6 июля 2021 года Верховный суд приговорил Виктора Бабарико "
         "к 14 годам колонии.", P, events={"Виктор Бабарико": [("sentenced", "2021-07-06")]}),
    Case("article and part", "Андрея Кузнечика осудили по ч. 1 ст. 342 УК на 6 лет колонии.", P,
         events={"Андрей Кузнечик": [("sentenced", PUB)]},
         articles={"Андрей Кузнечик": ("342.1",)}, terms={"Андрей Кузнечик": 72}),
    Case("years and months", "Журналистку Екатерину Андрееву приговорили к 8 годам и 3 "
         "месяцам колонии.", P, terms={"Екатерина Андреева": 99},
         events={"Екатерина Андреева": [("sentenced", PUB)]}),
    Case("half year in words", "Ольга Класковская осуждена на три с половиной года.", P,
         terms={"Ольга Класковская": 42}, events={"Ольга Класковская": [("sentenced", PUB)]}),
    Case("received years", "Политзаключенный Эдуард Пальчис получил 13 лет колонии.", P,
         events={"Эдуард Пальчис": [("sentenced", PUB)]}, terms={"Эдуард Пальчис": 156}),
    Case("participle after the name", "Лукашенко помиловал журналиста Игоря Лосика, "
         "приговоренного к 15 годам колонии усиленного режима в декабре 2021 года.", P,
         events={"Игорь Лосик": [("pardoned", PUB), ("sentenced", "2021-12")]},
         not_detainees=["Лукашенко"], terms={"Игорь Лосик": 180},
         regimes={"Игорь Лосик": "enhanced"}),
    Case("strict regime, hyphenated surname", "Российского оппозиционера Владимира Кара-Мурзу "
         "приговорили к 25 годам колонии строгого режима.", P,
         events={"Владимир Кара-Мурза": [("sentenced", PUB)]},
         regimes={"Владимир Кара-Мурза": "strict"}),
    Case("left-out subject in the next sentence", "Илью Яшина задержали в июне 2022 года. "
         "В декабре того же года приговорили к 8,5 года колонии.", P,
         events={"Илья Яшин": [("detained", "2022-06"), ("sentenced", "2022-12")]},
         terms={"Илья Яшин": 102}),
    Case("pronoun object", "Юрия Дорошкевича задержали в апреле 2023 года. Позже его "
         "приговорили к 4 годам колонии.", P,
         events={"Юрий Дорошкевич": [("detained", "2023-04"), ("sentenced", None)]}),
    Case("in absentia, short", "Павел Латушко заочно приговорен к 18 годам колонии.", P,
         events={"Павел Латушко": [("convicted_in_absentia", PUB)]}),
    Case("in absentia, special proceedings", "В рамках спецпроизводства суд приговорил "
         "Светлану Тихановскую к 15 годам.", P,
         events={"Светлана Тихановская": [("convicted_in_absentia", PUB)]}),
    # release, pardon
    Case("came out free", "Политзаключенная Полина Шарендо-Панасюк вышла на свободу, "
         "полностью отбыв срок.", P, events={"Полина Шарендо-Панасюк": [("released", PUB)]}),
    Case("released yesterday", "Вчера освобожден правозащитник Леонид Судаленко.", P,
         events={"Леонид Судаленко": [("released", "2024-08-15")]}),
    Case("pardoned with a list", "Лукашенко помиловал 30 политзаключенных, среди них — "
         "журналист Игорь Лосик и активистка Ольга Класковская.", P,
         events={"Игорь Лосик": [("pardoned", PUB)], "Ольга Класковская": [("pardoned", PUB)]},
         figures=[(30, "exact", "pardoned")], not_detainees=["Лукашенко"]),
    Case("pardoned, short participle", "Помилован политзаключенный Рыгор Костусев.", P,
         events={"Рыгор Костусев": [("pardoned", PUB)]}),
    Case("exchange, pronoun", "Владимир Кара-Мурза провел в заключении более двух лет. Его "
         "освободили 1 августа 2024 года в рамках обмена.", P,
         events={"Владимир Кара-Мурза": [("released", "2024-08-01")]}),
    # transfer, recognition, death, incommunicado, charge
    Case("transferred to a colony", "Игоря Лосика перевели в исправительную колонию № 1 в "
         "Новополоцке.", P, events={"Игорь Лосик": [("transferred", PUB)]},
         facilities=["исправительную колонию № 1 в Новополоцке"]),
    Case("etapirovan", "Максим Знак этапирован в ИК-3 «Витьба».", P,
         events={"Максим Знак": [("transferred", PUB)]}, facilities=["ИК-3 «Витьба»"]),
    Case("recognized, active", "Правозащитный центр «Вясна» признал политзаключенным "
         "Андрея Кузнечика.", P,
         events={"Андрей Кузнечик": [("recognized_political_prisoner", PUB)]}),
    Case("recognized, list after colon", "Политзаключенными признаны: Дарья Афанасьева, "
         "Анита Бакунович и Юрий Бельский.", P,
         events={"Дарья Афанасьева": [("recognized_political_prisoner", PUB)],
                 "Юрий Бельский": [("recognized_political_prisoner", PUB)]}),
    Case("died in a colony", "В колонии умер политзаключенный Вадим Храсько.", P,
         events={"Вадим Храсько": [("died_in_custody", PUB)]}),
    Case("died, with date and facility", "Алексей Навальный умер в колонии «Полярный волк» 16 "
         "февраля 2024 года.", P,
         events={"Алексей Навальный": [("died_in_custody", "2024-02-16")]}),
    Case("incommunicado", "Николай Статкевич уже более 500 дней находится в режиме "
         "инкоммуникадо.", P, events={"Николай Статкевич": [("incommunicado", "2023-04-04")]}),
    Case("no information about", "Уже 527 дней нет никакой информации о Марии Колесниковой.",
         P, events={"Мария Колесникова": [("incommunicado", "2023-03-08")]}),
    Case("charged", "Андрею Александрову предъявили обвинение по статье 342 УК.", P,
         events={"Андрей Александров": [("charged", PUB)]}),
    # figures
    Case("figure: more than, held", "По данным «Вясны», в Беларуси сейчас более 1400 "
         "политзаключенных.", P, figures=[(1400, "more_than", "political_prisoners_held")],
         exact_figures=True),
    Case("figure: recognized is other", "Правозащитники признали политзаключенными еще 12 "
         "человек.", P, figures=[(12, "exact", "other")], exact_figures=True),
    Case("figure: at least, detained", "По меньшей мере 20 человек задержаны в Минске в "
         "воскресенье.", P, figures=[(20, "at_least", "detained")], exact_figures=True),
    Case("figure: about", "Около 50 человек были задержаны на акции.", P,
         figures=[(50, "about", "detained")], exact_figures=True),
    Case("figure: words", "В Гомеле задержаны трое активистов.", P,
         figures=[(3, "exact", "detained")], exact_figures=True),
    Case("figure: thousands", "В Москве на акциях задержали более 1,4 тыс. человек.", P,
         figures=[(1400, "more_than", "detained")], exact_figures=True),
    Case("figure: breakdown", "Помилованы 30 человек: 14 женщин и 16 мужчин.", P,
         figures=[(30, "exact", "pardoned")], exact_figures=True),
    Case("figure: pardoned before the number", "30 человек помилованы.", P,
         figures=[(30, "exact", "pardoned")], exact_figures=True),
    Case("figure: total of those recognized", "Всего в Беларуси политзаключенными признаны "
         "1168 человек.", P, figures=[(1168, "exact", "political_prisoners_held")]),
    Case("figure: not ages or terms", "Ему 45 лет, он получил 5 лет колонии.", P,
         exact_figures=True),
    # OVD-Info and Mediazona phrasing
    Case("among the detained", "В Санкт-Петербурге полиция задержала по меньшей мере 15 "
         "участников акции, сообщает ОВД-Инфо. Среди задержанных — муниципальный депутат "
         "Виталий Боварь.", P, events={"Виталий Боварь": [("detained", PUB)]},
         figures=[(15, "at_least", "detained")], exact_figures=True),
    Case("court arrested", "Суд отправил под арест на два месяца журналиста Антона Старикова.",
         P, events={"Антон Стариков": [("detained", None)]}),
    Case("measure of restraint", "Суд избрал Павлу Кушнеру меру пресечения в виде заключения "
         "под стражу.", P, events={"Павел Кушнер": [("detained", PUB)]}),
    Case("term before the name", "Суд в Москве приговорил к 7 годам колонии муниципального "
         "депутата Алексея Горинова.", P, events={"Алексей Горинов": [("sentenced", PUB)]},
         terms={"Алексей Горинов": 84}),
    Case("recognized with a list in the same sentence", "Правозащитный центр «Мемориал» "
         "признал политзаключенными еще семь человек, в том числе Ивана Иванова и Петра "
         "Петрова.", P, figures=[(7, "exact", "other")],
         events={"Иван Иванов": [("recognized_political_prisoner", PUB)],
                 "Петр Петров": [("recognized_political_prisoner", PUB)]}),
    Case("released participle before the name", "Освобожденный политзаключенный Эдуард "
         "Бабарико рассказал о колонии.", P, events={"Эдуард Бабарико": [("released", None)]}),
    Case("began serving", "Марина Золотова начала отбывать наказание в колонии в Гомеле.",
         P, events={"Марина Золотова": [("detained", PUB)]}),
    Case("time spent in prison", "Игорь Лосик провел в заключении почти пять лет.", P,
         events={"Игорь Лосик": [("detained", None)]}),
    Case("number of political prisoners grew to", "Число политзаключенных в Беларуси выросло "
         "до 1500.", P, figures=[(1500, "exact", "political_prisoners_held")],
         exact_figures=True),
    Case("political prisoners, dash, number", "Политзаключенных в Беларуси — 1452.", P,
         figures=[(1452, "exact", "political_prisoners_held")], exact_figures=True),
    Case("thousands in words", "На акциях 26 января задержаны более 3,5 тысяч человек.", P,
         figures=[(3500, "more_than", "detained")], exact_figures=True),
    Case("detained and taken to a police station", "Активисты Антон Морозов и Алина Петрова "
         "задержаны и доставлены в ОВД «Тверской».", P,
         events={"Антон Морозов": [("detained", PUB)], "Алина Петрова": [("detained", PUB)]},
         facilities=["ОВД «Тверской»"]),
    Case("house arrest", "Журналистку Елену Смирнову отправили под домашний арест.", P,
         events={"Елена Смирнова": [("detained", None)]}),
    # several persons in one sentence
    Case("a list with terms in brackets", "Осуждены по «делу Тихановского»: Сергей Тихановский "
         "(18 лет), Николай Статкевич (14 лет), Игорь Лосик (15 лет).", P,
         events={"Сергей Тихановский": [("sentenced", PUB)], "Игорь Лосик": [("sentenced", PUB)]},
         terms={"Сергей Тихановский": 216, "Николай Статкевич": 168, "Игорь Лосик": 180}),
    Case("a second name after a dash", "Суд приговорил Ивана Иванова к 5 годам, а Петра "
         "Петрова — к 3 годам ограничения свободы.", P,
         terms={"Иван Иванов": 60, "Петр Петров": 36},
         regimes={"Петр Петров": "restricted_freedom"}),
    Case("the date of the participle is its own", "Задержанный в мае журналист Андрей Кузнечик "
         "приговорен к 6 годам.", P,
         events={"Андрей Кузнечик": [("detained", "2024-05"), ("sentenced", None)]}),
    Case("a relative clause with its own date", "Мария Колесникова, которую задержали в "
         "сентябре 2020 года, приговорена к 11 годам.", P,
         events={"Мария Колесникова": [("detained", "2020-09"), ("sentenced", None)]}),
    Case("two in the dative", "Ивану Иванову и Петру Петрову дали по 2 года колонии.", P,
         terms={"Иван Иванов": 24, "Петр Петров": 24}),
    Case("a case opened against two", "Против Ивана Иванова и Петра Петрова возбудили уголовное "
         "дело.", P, events={"Иван Иванов": [("charged", PUB)], "Петр Петров": [("charged", PUB)]}),
    Case("a list item, surname first", "Лосик Игорь Александрович, 1992 г.р., осужден на 15 лет.",
         P, events={"Лосик Игорь Александрович": [("sentenced", PUB)]}),
    Case("a list after the one who speaks", "Освобождение политзаключенных прокомментировал "
         "президент Литвы Гитанас Науседа.", P, not_detainees=["Гитанас Науседа"]),
    Case("owner of the next name", "На свободу вышли правозащитник Олег Орлов и сотрудник штаба "
         "Навального Лилия Чанышева.", P, events={"Лилия Чанышева": [("released", PUB)]},
         not_detainees=["Навальный"]),
    # nothing about detentions
    Case("football", "«Динамо» обыграло БАТЭ со счетом 2:1, на матче присутствовали более 10 "
         "тысяч зрителей. Гол забил Иван Петров.", P, empty=True),
    Case("a goalkeeper holds a ball", "Футболист Виталий Лисакович забил два гола, а вратарь "
         "Андрей Харитонович задержал мяч на последней минуте.", P, empty=True),
    Case("a flight is delayed", "Рейс Минск — Москва задержан на три часа из-за непогоды. "
         "Пассажиры, около 150 человек, ждали в аэропорту.", P, empty=True),
    Case("a city is liberated", "Освобождение Херсона стало главной новостью дня. Тысячи "
         "людей вышли на улицы.", P, empty=True),
    Case("a prize, a year", "Писатель Светлана Алексиевич получила Нобелевскую премию в 2015 "
         "году.", P, empty=True),
    Case("dismissed from office", "Лукашенко освободил от должности министра здравоохранения "
         "Дмитрия Пиневича.", P, empty=True),
    Case("property seized", "Арестовано имущество бизнесмена Петра Сидорова на сумму 5 млн "
         "рублей.", P, not_detainees=["Петр Сидоров"]),
    Case("a lawyer speaks of his client", "По словам адвоката Петра Петрова, его подзащитный "
         "был задержан.", P, not_detainees=["Петр Петров"]),
    Case("call for release is no release", "Светлана Тихановская призвала освободить всех "
         "политзаключенных.", P, not_detainees=["Светлана Тихановская"]),
    Case("demand is no fact", "Правозащитники требуют освобождения Марии Колесниковой.", P,
         not_detainees=["Мария Колесникова"]),
]  # fmt: skip


def mismatches(case: Case, ex: Extraction) -> list[str]:
    """What ``ex`` gets wrong against ``case``, one line each (empty when all is found)."""
    # events are checked on every person who has them: one charged and not said to be held
    # is no detainee (ru.v2) but keeps the charge
    detainees = {p.name: p for p in ex.persons if p.role is Role.DETAINEE or p.events}
    found = {n: [(e.type.value, str(e.date) if e.date else None) for e in p.events]
             for n, p in detainees.items()}  # fmt: skip
    held = {p.name for p in ex.persons if p.role is Role.DETAINEE}
    out: list[str] = []
    for name, events in case.events.items():
        if name not in found:
            out.append(f"{name} is no detainee; detainees: {sorted(found)}")
            continue
        out += [f"{name}: {e} not among {found[name]}" for e in events if e not in found[name]]
    out += [f"{name} is a detainee" for name in case.not_detainees if name in held]
    for name, kinds in case.kinds.items():
        have = [t for t, _ in found.get(name, [])]
        out += [f"{name}: no {k} event among {have}" for k in kinds if k not in have]
    for name, kinds in case.absent.items():
        have = [t for t, _ in found.get(name, [])]
        out += [f"{name}: a {k} event is proposed" for k in kinds if k in have]
    for name, words in case.reasons.items():
        said = [e.reason for e in detainees[name].events] if name in detainees else []
        if not any(words in r for r in said):
            out.append(f"{name}: no reason says {words!r}: {said}")
    if case.only and set(found) - set(case.events) - set(case.kinds):
        wanted = sorted({*case.events, *case.kinds})
        out.append(f"detainees {sorted(found)}, expected only {wanted}")
    if case.no_group_events and ex.group_events:
        out.append(f"{len(ex.group_events)} unnamed group events proposed")
    figures = [(f.value, f.qualifier.value, f.category) for f in ex.figures]
    out += [f"figure {f} not among {figures}" for f in case.figures if f not in figures]
    if case.exact_figures and sorted(figures) != sorted(case.figures):
        out.append(f"figures {figures}, expected exactly {case.figures}")
    genders = {p.name: p.gender for p in ex.persons}
    out += [f"{n}: gender {genders.get(n)}" for n, g in case.genders.items() if genders.get(n) != g]
    for field_name, wanted in (("terms", case.terms), ("articles", case.articles),
                               ("regimes", case.regimes)):  # fmt: skip
        for name, value in wanted.items():
            events = detainees[name].events if name in detainees else ()
            have = [e.term_months for e in events] if field_name == "terms" else (
                [e.articles for e in events] if field_name == "articles"
                else [e.regime.value if e.regime else None for e in events])  # fmt: skip
            if value not in have:
                out.append(f"{name}: {field_name} {have}, expected {value}")
    names = [f.name for f in ex.facilities]
    out += [f"facility {f!r} not among {names}" for f in case.facilities if f not in names]
    if case.empty and not ex.empty:
        out.append("found something in a text about no detention")
    return out


# Constructions ``ru.v2`` reads through the dependency parse (issue 12); v2 runs CASES too.
R = "recognized_political_prisoner"
V2_CASES = [
    Case("v2 coordination, passive", "Вчера в Гомеле Андрей Козлов, Ольга Миронова и Павел Зуев "
         "были приговорены к пяти годам колонии.", P, only=True,
         kinds={"Андрей Козлов": ["sentenced"], "Ольга Миронова": ["sentenced"],
                "Павел Зуев": ["sentenced"]}),
    Case("v2 role noun and apposition", "Суд в Бресте приговорил лидера независимого профсоюза "
         "Василия Березнева к трем годам колонии.", P, kinds={"Василий Березнев": ["sentenced"]},
         terms={"Василий Березнев": 36}),
    Case("v2 relative clause", "В суде выступил блогер Денис Орлов, который был задержан 3 марта "
         "2024 года в Витебске.", P, events={"Денис Орлов": [("detained", "2024-03-03")]},
         reasons={"Денис Орлов": "date from"}),
    Case("v2 participle on a role noun", "Из колонии освободили еще одного политзаключенного, "
         "музыканта Глеба Носова, осужденного за песню.", P,
         kinds={"Глеб Носов": ["released", "sentenced"]}),
    Case("v2 group to member after Среди них", "В пятницу Лукашенко помиловал 18 заключенных. "
         "Среди них — бывший кандидат в президенты Степан Рябов, председатель профсоюза Нина "
         "Гусева и анархист Тимур Белов.", P, only=True, no_group_events=True,
         figures=[(18, "exact", "pardoned")],
         events={n: [("pardoned", "2024-08-16")] for n in ("Степан Рябов", "Нина Гусева",
                                                           "Тимур Белов")},
         reasons={"Нина Гусева": "the group's event, stated in the sentence before"}),
    Case("v2 list after в том числе", "На акции задержали 40 человек, в том числе журналиста "
         "Кирилла Маслова и студентку Елену Фомину.", P, only=True, no_group_events=True,
         kinds={"Кирилл Маслов": ["detained"], "Елена Фомина": ["detained"]}),
    Case("v2 a count matched by the list after it", "Правозащитники признали политзаключенными "
         "еще трех человек. Это Юрий Гаврилов, Инна Лапина и Роман Егоров.", P, only=True,
         kinds={"Юрий Гаврилов": [R], "Инна Лапина": [R], "Роман Егоров": [R]},
         reasons={"Инна Лапина": "the event of a group of 3"}),
    Case("v2 a list of political prisoners cut by semicolons", "По данным правозащитников, в "
         "стране 300 политзаключенных. Среди них Олег Нестеров, режиссер, выступавший против "
         "войны; Вера Ланская, учительница из Гродно; Илья Пантелеев, отбывающий срок с 2021 "
         "года.", P, kinds={"Олег Нестеров": [R], "Вера Ланская": [R], "Илья Пантелеев": [R]}),
    Case("v2 bare status", "Журналист Игорь Сомов уже три года находится за решеткой.", P,
         kinds={"Игорь Сомов": ["detained"]}),
    Case("v2 lawyer and judge are no detainees", "Адвокат Ольга Зуева сообщила, что судья Петр "
         "Лыков приговорил ее подзащитного Максима Орехова к шести годам.", P, only=True,
         kinds={"Максим Орехов": ["sentenced"]}),
    Case("v2 relatives are no detainees", "Жена политзаключенного Анна Рыбакова рассказала, что "
         "ее муж Сергей Рыбаков задержан 5 мая 2024 года.", P, only=True,
         events={"Сергей Рыбаков": [("detained", "2024-05-05")]},
         reasons={"Сергей Рыбаков": "date from the trigger's own phrase in the parse"}),
    Case("v2 date from the sentence before", "Ивана Петрова задержали 2 февраля 2024 года. Через "
         "неделю его приговорили к двум годам колонии.", P,
         kinds={"Иван Петров": ["detained", "sentenced"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 a count after a dash takes the verb before", "Летом Лукашенко помиловал 37 человек, "
         "в августе — 30 человек, а в июле на свободу вышли 18 политзаключенных.", P,
         figures=[(37, "exact", "pardoned"), (30, "exact", "pardoned"),
                  (18, "exact", "released")]),
    Case("v2 demographic sub-counts are other", "Лукашенко помиловал 20 человек. Сообщается, "
         "что 6 человек имеют хронические заболевания, еще пять помилованных старше 60 лет.", P,
         figures=[(20, "exact", "pardoned"), (6, "exact", "other"), (5, "exact", "other")],
         exact_figures=True),
    Case("v2 a breakdown in the sentence after", "Лукашенко помиловал еще 21 человека. «Это 9 "
         "женщин и 12 мужчин», — говорится в сообщении.", P,
         figures=[(21, "exact", "pardoned")], exact_figures=True),
]  # fmt: skip
V2_CASES += [
    Case("v2 the next day", "14 апреля в Казани были задержаны трое активистов — Ильдар Галиев, "
         "Руслан Сафин и Марина Ахметова. На следующий день их отпустили.", D(2024, 5, 6),
         events={n: [("detained", "2024-04-14"), ("released", "2024-04-15")]
                 for n in ("Ильдар Галиев", "Руслан Сафин", "Марина Ахметова")}),
    Case("v2 a relative pronoun in the accusative", "Суд оставил в силе приговор Игорю Сомову, "
         "которого осудили за пост в соцсетях, и его брату Петру Сомову.", P,
         only=True, kinds={"Игорь Сомов": ["sentenced"]}),
    Case("v2 a nominative relative pronoun before an active verb is the agent", "Судья Олег "
         "Рыков, который приговорил активиста Илью Белова к 3 годам, получил повышение.", P,
         only=True, kinds={"Илья Белов": ["sentenced"]}, not_detainees=["Олег Рыков"]),
]  # fmt: skip
V2_CASES += [
    Case("v2 a counted subject, not the name after it", "В Москве задержаны не менее 400 "
         "человек, пришедших почтить память Алексея Навального, сообщает ОВД-Инфо.", P,
         not_detainees=["Алексей Навальный"], figures=[(400, "at_least", "detained")],
         no_group_events=True),
]  # fmt: skip
V2_CASES += [
    Case("v2 the son of a named person", "Во вторник в Гомеле задержали сына активистки "
         "Ирины Лапко.", P, not_detainees=["Ирина Лапко"]),
    Case("v2 a lawyer named after the verb is the one held", "В Минске задержали адвоката "
         "Ивана Петрова.", P, kinds={"Иван Петров": ["detained"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 three days after a date", "5 марта в Минске задержали блогера Павла Орлова. Через "
         "три дня его освободили.", P,
         events={"Павел Орлов": [("detained", "2024-03-05"), ("released", "2024-03-08")]},
         reasons={"Павел Орлов": 'date from 3 days after "5 марта"'}),
]  # fmt: skip
V2_CASES += [
    Case("v2 one of them, and serving a term", "Против четверых участников акции возбуждены "
         "уголовные дела. Один из них — музыкант Павел Крисевич, уже отбывающий 5 лет колонии.",
         P, kinds={"Павел Крисевич": ["charged", "detained"]},
         reasons={"Павел Крисевич": 'carried to a member named in the list after "Один из них"'}),
]  # fmt: skip
V2_CASES += [
    Case("v2 coordination before a short participle", "Игорь Лосик, Артем Сакевич и Владимир "
         "Цыганович осуждены по ч. 1 ст. 342 УК.", P, only=True,
         kinds={n: ["sentenced"] for n in ("Игорь Лосик", "Артем Сакевич", "Владимир Цыганович")}),
    Case("v2 apposition after the name", "Олег Сомов, журналист из Бреста, был задержан 3 июня "
         "2024 года.", P, only=True, events={"Олег Сомов": [("detained", "2024-06-03")]}),
    Case("v2 date from the sentence before, said in the reason", "Анну Кирееву задержали 2 "
         "февраля 2024 года на вокзале. Вместе с ней задержали Ивана Орлова.", P,
         events={"Анна Киреева": [("detained", "2024-02-02")],
                 "Иван Орлов": [("detained", "2024-02-02")]},
         reasons={"Иван Орлов": "date from a neighbouring sentence"}),
    Case("v2 a term served so far, counted back", "Среди политзаключенных — Алексей Пичкин, "
         "уже отсидевший 16 лет за решеткой.", D(2019, 7, 10),
         events={"Алексей Пичкин": [("detained", "2003")]},
         reasons={"Алексей Пичкин": "counted back from the publication date"}),
    Case("v2 days without contact, counted back to the day", "Мария Левина уже 527 дней без "
         "связи с родными и адвокатом.", D(2024, 8, 16),
         events={"Мария Левина": [("incommunicado", "2023-03-08")]},
         reasons={"Мария Левина": '"уже 527 дней" counted back from the publication date'}),
    Case("v2 the lead dates a later event of its kind", "28 октября в трех городах задержали "
         "около 60 человек. В Москве задержаны 18 человек. Троих оставили в отделе на ночь. "
         "В Ростове задержан один человек — Максим Рудин.", D(2018, 10, 29),
         events={"Максим Рудин": [("detained", "2018-10-28")]},
         reasons={"Максим Рудин": "the lead's date"}),
    Case("v2 an update stamped after midnight", "В Москве задержали активистов Романа Рослова "
         "и Валерию Зимину.\n\nUPD (01:20): Полиция отпускает задержанных.", D(2015, 7, 19),
         events={n: [("detained", "2015-07-19"), ("released", "2015-07-20")]
                 for n in ("Роман Рослов", "Валерия Зимина")},
         reasons={"Роман Рослов": "after midnight"}),
]  # fmt: skip
V2_CASES += [
    Case("v2 a count held at a police station is detained", "Всего задержаны 300 человек. "
         "Отмечается, что как минимум 120 человек еще находятся в ОВД, 16 человек оставили в "
         "отделе на ночь.", P,
         figures=[(300, "exact", "detained"), (120, "at_least", "detained"),
                  (16, "exact", "detained")]),
]  # fmt: skip
V2_CASES += [
    Case("v2 a count of part of the group", "На акции задержали 40 человек, 12 из них "
         "отпустили вечером. 11 из них имеют несовершеннолетних детей.", P,
         figures=[(40, "exact", "detained"), (12, "exact", "released"), (11, "exact", "other")]),
]  # fmt: skip
V2_CASES += [
    Case("v2 of them, the count after", "Помиловали 16 человек, из них двое — многодетные.", P,
         figures=[(16, "exact", "pardoned"), (2, "exact", "other")], exact_figures=True),
]  # fmt: skip
V2_CASES += [
    Case("v2 the story of the past takes no publication date", "Анну Кирееву задержали 2 "
         "февраля 2024 года на вокзале. Ее обвинили в участии в протестах.", P,
         events={"Анна Киреева": [("detained", "2024-02-02"), ("charged", None)]}),
]  # fmt: skip
# Constructions found by bench/probes_slavic.py (synthetic, none from the corpus).
V2_CASES += [
    Case("v2 a list one item per line after a colon", "Задержаны в Санкт-Петербурге:\n— Анна "
         "Кузнецова;\n— Илья Смирнов;\n— Мария Попова.", P, only=True,
         kinds={n: ["detained"] for n in ("Анна Кузнецова", "Илья Смирнов", "Мария Попова")}),
    Case("v2 a participle after the count describes the people", "Лукашенко помиловал еще 25 "
         "человек, осужденных по «экстремистским» статьям.", P,
         figures=[(25, "exact", "pardoned")], exact_figures=True),
    Case("v2 all of them are the persons of the sentences before", "Суд приговорил журналистку "
         "Антонину Фаворскую к 5 годам. Также по делу проходят Артем Кригер и Сергей Карелин, "
         "которым дали по 5 лет. Все они были задержаны в 2024 году.", P,
         events={n: [("detained", "2024")] for n in
                 ("Антонина Фаворская", "Артем Кригер", "Сергей Карелин")},
         kinds={n: ["sentenced"] for n in ("Антонина Фаворская", "Артем Кригер",
                                           "Сергей Карелин")}),
    Case("v2 no news, the person first", "Уже 400 дней от Марии Колесниковой нет никаких "
         "известий.", P, events={"Мария Колесникова": [("incommunicado", "2023-07-13")]}),
    Case("v2 a pretrial prison with a hyphened number", "Алексея Горинова этапировали в ИК-3. До "
         "этого он находился в СИЗО-1.", P, kinds={"Алексей Горинов": ["transferred",
                                                                     "detained"]}),
    Case("v2 the anaphoric noun after что", "Семья политзаключенного Никиты Золотова "
         "сообщила, что парня перевели в тюрьму № 4 в Могилеве.", P,
         kinds={"Никита Золотов": ["transferred"]}),
    Case("v2 a count with a case ending", "В Екатеринбурге задержали около 30-ти человек.", P,
         figures=[(30, "about", "detained")], exact_figures=True),
    Case("v2 the agent of a past verb is no role word", "Месяц назад силовики задержали Ольгу "
         "Буйко.", P, kinds={"Ольга Буйко": ["detained"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 the term is the object of назначили", "Блогеру Павлу Котову назначили наказание в "
         "виде 3 лет колонии.", P, kinds={"Павел Котов": ["sentenced"]}),
    Case("v2 brought to a police station, active", "Активиста Павла Шемета доставили в "
         "Центральное РУВД.", P, kinds={"Павел Шемет": ["detained"]}),
    Case("v2 the charge noun before its verb", "Обвинение Алесю Беляцкому предъявили в октябре "
         "2021 года.", P, events={"Алесь Беляцкий": [("charged", "2021-10")]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 counts by city with the noun left out", "В Москве задержали 54 человека, в "
         "Петербурге — 21, в Екатеринбурге — 8.", P, exact_figures=True,
         figures=[(54, "exact", "detained"), (21, "exact", "detained"), (8, "exact", "detained")]),
    Case("v2 a part of a whole, demographic", "Из 54 задержанных 12 — несовершеннолетние.", P,
         figures=[(54, "exact", "detained"), (12, "exact", "other")], exact_figures=True),
]  # fmt: skip
V2_CASES += [
    Case("v2 the source of a report is no detainee", "По словам юриста «Вясны» Павла Сапелки, "
         "задержанных отпустили через три часа.", P, not_detainees=["Павла Сапелки"]),
    Case("v2 a name after a preposition is no subject", "Журналист Денис Дмитриев, освещавший "
         "суд над Игорем Лосиком, был задержан.", P, only=True,
         kinds={"Денис Дмитриев": ["detained"]}),
]  # fmt: skip
# Long-article constructions (issue 12, second round).
V2_CASES += [
    Case("v2 some of them: nobody named", "Среди задержанных — пенсионерка Нина Соколова и "
         "студент Илья Орлов. Часть из них отпустили поздно вечером.", P, only=True,
         kinds={"Нина Соколова": ["detained"], "Илья Орлов": ["detained"]}),
    Case("v2 the one left out after кроме", "Фигурантам Олегу Белову и Антону Седову суд "
         "назначил по 5 лет. Все фигуранты, кроме Белова, находились в СИЗО-1 Уфы с марта.", P,
         kinds={"Олег Белов": ["sentenced"], "Антон Седов": ["sentenced"]}),
    Case("v2 a term served in a colony-settlement", "В январе был осужден активист Руслан "
         "Ильин. Ильин отбывает 4 года в колонии-поселении.", P,
         kinds={"Руслан Ильин": ["sentenced", "detained"]}),
    Case("v2 leaving a named prison", "Журналистка Анна Громова вышла из Гомельской колонии "
         "№ 4 во вторник.", P, events={"Анна Громова": [("released", "2024-08-13")]}),
    Case("v2 a month with the year in words", "В марте прошлого года задержали блогера "
         "Павла Зимина.", P, events={"Павел Зимин": [("detained", "2023-03")]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 a vague date set off by the day", "На прошлой неделе, 12 августа, из колонии "
         "вышел политзаключенный Олег Шарков.", P,
         events={"Олег Шарков": [("released", "2024-08-12")]}),
    Case("v2 the source of a report states no event", "По словам освобожденных, в колонии "
         "остаются не меньше 80 политзаключенных, среди них — бывший банкир Илья Котов.", P,
         only=True, kinds={"Илья Котов": ["detained"]},
         figures=[(80, "at_least", "political_prisoners_held")], exact_figures=True),
    Case("v2 remanded in custody", "Суд в понедельник отправил под стражу программиста "
         "Артема Гусева.", P, events={"Артем Гусев": [("detained", "2024-08-12")]}),
]  # fmt: skip
# Constructions of real Russian news read in issue 12's third round (real-news batches),
# each written here anew with invented names.
V2_CASES += [
    Case("v2 whom a protest supports is no participant", "В Казани полиция задержала "
         "участников пикета в поддержку журналиста Олега Савина. Среди задержанных — "
         "студентка Дарья Лаптева.", P, only=True, kinds={"Дарья Лаптева": ["detained"]},
         not_detainees=["Олег Савин"]),
    Case("v2 a name on a placard is no antecedent", "Блогер Илья Дронов стоял с плакатами, на "
         "которых было написано «Свободу Петру Ланину» и «Свободу Глебу Осипову», вскоре его "
         "задержали полицейские.", P, only=True, kinds={"Илья Дронов": ["detained"]}),
    Case("v2 a participle after a preposition means others", "Адвоката Ирину Белову "
         "допустили к задержанным в ОВД «Хамовники».", P, only=True,
         not_detainees=["Ирина Белова"]),
    Case("v2 the role before a full name is that name's", "Сестра политзаключенного Антона "
         "Зуева Вера Климова встретилась с ним в колонии.", P, not_detainees=["Вера Климова"]),
    Case("v2 brought to a police station, the place first", "В отдел полиции № 5 доставили "
         "также Кирилла Ежова.", P, events={"Кирилл Ежов": [("detained", PUB)]}),
    Case("v2 thousands and hundreds", "По данным правозащитников, задержаны более 2 тыс. "
         "300 человек.", P, figures=[(2300, "more_than", "detained")], exact_figures=True),
    # days of arrest a court gives are a verdict with a term: sentenced (the corpus README;
    # v1 reads them as detained)
    Case("v2 administrative arrest", "Активистке Ольге Тарасовой дали 15 суток ареста.", P,
         events={"Ольга Тарасова": [("sentenced", None)]}),
    Case("v2 arrested for days by a court", "Тверской суд Москвы арестовал на 10 суток "
         "активиста Павла Рогова. Блогер Инна Сергеева получила 12 суток ареста.", P,
         kinds={"Павел Рогов": ["sentenced"], "Инна Сергеева": ["sentenced"]}),
    Case("v2 arrested for months is a remand", "Суд арестовал Петра Ильина на два месяца.",
         P, kinds={"Петр Ильин": ["detained"]}),
    Case("v2 a date carried along the items of a report", "Суд 12 августа осудил "
         "задержанных на акции активистов. Игорь Сомов — 5 суток ареста. Ольга Зимина, Петр "
         "Лунев — 7 суток ареста. Антон Бурый — 10 суток ареста.",
         P, events={"Игорь Сомов": [("sentenced", "2024-08-12")],
                    "Ольга Зимина": [("sentenced", "2024-08-12")],
                    "Антон Бурый": [("sentenced", "2024-08-12")]}),
    Case("v2 a photo credit is no person", "Задержанные в ОП № 2 / фото: Семен Гаврилов",
         P, not_detainees=["Семен Гаврилов"]),
]  # fmt: skip
V2_CASES += [
    Case("v2 an indirect question states no charge", "Правозащитники признали "
         "политзаключенными Романа Лыкова и Инну Сорокину. Кто эти люди и в чем они "
         "обвиняются — читайте по ссылке.", P,
         kinds={"Инна Сорокина": ["recognized_political_prisoner"]},
         absent={"Инна Сорокина": ["charged"]}),
    Case("v2 those who, picked by a relative clause, are others", "Правозащитники признали "
         "политзаключенными Романа Лыкова и Инну Сорокину. Идет процесс освобождения тех "
         "заключенных, которые отбыли свои сроки.", P,
         kinds={"Инна Сорокина": ["recognized_political_prisoner"]},
         absent={"Инна Сорокина": ["released"]}),
    Case("v2 the owner of a noun trigger is the possessive's person", "1 марта из колонии "
         "вышел на свободу Глеб Носов. Публикуем рассказ Ольги Тимофеевой, очевидицы его "
         "освобождения.", P, only=True, events={"Глеб Носов": [("released", "2024-03-01")]}),
    Case("v2 set free on parole, the words apart", "12 августа на свободу по УДО вышел "
         "активист Кирилл Зотов.", P, events={"Кирилл Зотов": [("released", "2024-08-12")]}),
    Case("v2 a change in a count is other", "За месяц число политзаключенных увеличилось на "
         "45 человек и достигло 1210.", P, exact_figures=True,
         figures=[(45, "exact", "other"), (1210, "exact", "political_prisoners_held")]),
    Case("v2 a breakdown two sentences after its count", "Лукашенко помиловал 40 "
         "политзаключенных. Указ подписан накануне праздника. Из колоний вышли 22 женщины и "
         "18 мужчин, 9 человек — до 30 лет.", P, exact_figures=True,
         figures=[(40, "exact", "pardoned"), (9, "exact", "other")]),
    Case("v2 a count of part of those named by a participle", "Лукашенко помиловал 20 "
         "осужденных. 12 из помилованных – женщины.", P,
         figures=[(20, "exact", "pardoned"), (12, "exact", "pardoned")]),
    Case("v2 found guilty and sentenced to terms", "Областной суд признал виновными пятерых "
         "активистов и приговорил их к различным срокам лишения свободы.", P,
         figures=[(5, "exact", "sentenced")], exact_figures=True),
    Case("v2 the story the report recalls", "Напомним, в 2023 году из тюрем выпустили "
         "журналиста Василия Крылова.", P, events={"Василий Крылов": [("released", "2023")]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 a remand extended 'until' a date: no event date", "Суд продлил арест "
         "блогеру Денису Куликову до 3 марта 2025 года.", P,
         events={"Денис Куликов": [("detained", None)]}),
    Case("v2 a verb and the label of the persons right after it", "Арест продлили и двум "
         "другим фигурантам дела Олегу Рябову и Илье Сомову.", P,
         kinds={"Олег Рябов": ["detained"], "Илья Сомов": ["detained"]}),
    Case("v2 taken to the security service", "Утром обыскали дом активиста Тимура Бекирова. "
         "Мужчину забрали в отделение ФСБ. Отпустили на следующий день.", P,
         kinds={"Тимур Бекиров": ["detained", "released"]}),
    Case("v2 the source of a report after со ссылкой на", "Как передает агентство со ссылкой "
         "на адвоката Рената Гафарова, троих активистов задержали.", P,
         not_detainees=["Ренат Гафаров"]),
    Case("v2 the source with an initial", "По словам З.Ахмедова, у него нет информации о "
         "задержании.", P, not_detainees=["З Ахмедов", "З.Ахмедов", "Ахмедов"]),
    Case("v2 bare counts with verbs of their own", "Задержали 12 человек. 9 впоследствии "
         "отпустили, троих арестовали.", P, exact_figures=True,
         figures=[(12, "exact", "detained"), (9, "exact", "released"), (3, "exact", "detained")]),
    # counts of people (issue 12): a count "осуждены" is sentenced; the verb before a count
    # governs it over the participle counted ("помиловал 40 осужденных")
    Case("v2 a count convicted is sentenced", "С начала года в Гродненской области осуждены не "
         "менее 310 человек, сообщают правозащитники.", P, exact_figures=True,
         figures=[(310, "at_least", "sentenced")]),
    Case("v2 the verb before a participle counted", "Президент помиловал более 40 осужденных, "
         "суд освободил 12 задержанных.", P, exact_figures=True,
         figures=[(40, "more_than", "pardoned"), (12, "exact", "released")]),
    Case("v2 a list counted by its entries", "Правозащитники обновили список политзаключенных. "
         "В него вошли 214 человек. Год назад в этом перечне было 187 имен.", P,
         exact_figures=True, figures=[(214, "exact", "political_prisoners_held"),
                                      (187, "exact", "political_prisoners_held")]),
    Case("v2 both ends of a change", "За год число политзаключенных выросло с 512 до 640 "
         "человек, сообщил центр «Правда» (признан властями иноагентом).", P,
         exact_figures=True, figures=[(512, "exact", "political_prisoners_held"),
                                      (640, "exact", "political_prisoners_held")]),
    Case("v2 counts with the noun left out", "В субботу 63 протестующих задержали в Казани, 17 "
         "в Уфе и 9 в Самаре.", P, exact_figures=True,
         figures=[(63, "exact", "detained"), (17, "exact", "detained"), (9, "exact", "detained")]),
    Case("v2 a relative clause says what happened", "Известно о 23 политзаключенных, которые "
         "вышли на свободу в пятницу.", P, exact_figures=True, figures=[(23, "exact", "released")]),
    Case("v2 a part of the count before", "210 политзаключенных из региона отбывают наказание в "
         "далеких колониях, 130 из них – уроженцы горных сел.", P, exact_figures=True,
         figures=[(210, "exact", "political_prisoners_held"),
                  (130, "exact", "political_prisoners_held")]),
    Case("v2 a dated count after a dash", "Весной президент помиловал 27 человек, 3 июня — еще "
         "19.", P, exact_figures=True,
         figures=[(27, "exact", "pardoned"), (19, "exact", "pardoned")]),
    Case("v2 brought to criminal liability, sent behind bars", "Более 40 демонстрантов привлечены "
         "к уголовной ответственности. 12 человек власти отправили за решетку.", P,
         exact_figures=True, figures=[(40, "more_than", "charged"), (12, "exact", "detained")]),
    Case("v2 held in a pretrial prison is detained", "По делу проходят 57 человек, 19 из них "
         "находятся в СИЗО.", P, exact_figures=True,
         figures=[(57, "exact", "charged"), (19, "exact", "detained")]),
    Case("v2 an amnesty releases", "К празднику амнистированы 48 человек.", P,
         exact_figures=True, figures=[(48, "exact", "released")]),
    Case("v2 freed by a pardon", "Всего по помилованию были освобождены 212 человек.", P,
         exact_figures=True, figures=[(212, "exact", "pardoned")]),
    Case("v2 suspected, awaiting a verdict, punished", "Задержаны 17 активистов, 6 из них "
         "подозревают в хулиганстве. Трое других журналистов ожидают вынесения приговора. Суд "
         "наказал 85 человек.", P, exact_figures=True,
         figures=[(17, "exact", "detained"), (6, "exact", "charged"), (3, "exact", "charged"),
                  (85, "exact", "sentenced")]),
    Case("v2 freedom of religion is no release", "В списке 300 политзаключенных. Из них 240 "
         "человек лишены свободы из-за реализации права на свободу вероисповедания, а 60 — по "
         "политическим мотивам.", P, exact_figures=True,
         figures=[(300, "exact", "political_prisoners_held"),
                  (240, "exact", "political_prisoners_held"),
                  (60, "exact", "political_prisoners_held")]),
    Case("v2 the most, by place", "На акциях задержали 140 человек. Больше всего в Казани – 41 "
         "человек.", P, exact_figures=True,
         figures=[(140, "exact", "detained"), (41, "exact", "detained")]),
    Case("v2 a list split by motive", "В списке 370 политзаключенных. 290 человек лишены "
         "свободы по религиозным мотивам, а 80 — по политическим мотивам.", P,
         exact_figures=True, figures=[(370, "exact", "political_prisoners_held"),
                                      (290, "exact", "political_prisoners_held"),
                                      (80, "exact", "political_prisoners_held")]),
]  # fmt: skip
V2_CASES += [
    Case("v2 a year as an ordinal with any hyphen", "В последний раз Олега Гуся арестовали в "
         "2021\u2011м.", P, events={"Олег Гусь": [("detained", "2021")]}),
    Case("v2 ended up in a colony", "Степан Ларин оказался в колонии в 2022 году.", P,
         events={"Степан Ларин": [("detained", "2022")]}),
    Case("v2 days in a punishment cell are no time held so far", "Журналист Илья Ветров "
         "провел в ШИЗО уже 120 дней.", P, events={"Илья Ветров": [("detained", None)]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 an appeal rejected: a sentence left in force, an appeal turned down",
         "Мосгорсуд 12 марта оставил в силе приговор журналисту Антону Лебедеву.\n\n"
         "Апелляционный суд отклонил жалобу активистки Марии Соколовой.", P,
         events={"Антон Лебедев": [("appeal_rejected", "2024-03-12")]},
         kinds={"Мария Соколова": ["appeal_rejected"]}),
    Case("v2 counts by place, the place after the dash", "Всего задержаны 120 человек: "
         "больше всего задержанных – 64 – в Казани,  31 – в Уфе,  25 – в Перми.", P,
         figures=[(120, "exact", "detained"), (64, "exact", "detained"), (31, "exact", "detained"),
                  (25, "exact", "detained")]),
    Case("v2 suspected of an offence is charged", "Следователи подозревают Глеба Сурова в "
         "госизмене.", P, kinds={"Глеба Сурова": ["charged"]}),
    Case("v2 an arrest in absentia holds nobody", "Блогер Роман Зуев, ранее осужденный "
         "заочно, заочно арестован по новому делу.", P,
         kinds={"Роман Зуев": ["convicted_in_absentia"]}, absent={"Роман Зуев": ["detained"]}),
    Case("v2 a misspelt 'in support of'", "На акциях в поддержу политика Игоря Белова "
         "задержали студентку Ольгу Миронову.", P, only=True,
         kinds={"Ольга Миронова": ["detained"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 a count of people the word lists lack, read by morphology", "В Казани задержали "
         "пятерых анархистов. Отпустили также семь волонтеров-наблюдателей.", P,
         exact_figures=True, figures=[(5, "exact", "detained"), (7, "exact", "released")]),
    Case("v2 a collective numeral with no noun", "Утром силовики провели обыски. Семерых "
         "задержали. Четверых из них позже отпустили.", P,
         figures=[(7, "exact", "detained"), (4, "exact", "released")]),
    Case("v2 a count of detentions is of those detained", "Правозащитники знают о 31 факте "
         "задержания в Казани.", P, figures=[(31, "exact", "detained")]),
    Case("v2 verdicts handed to people in the dative", "Всего с начала года приговоры "
         "вынесены уже 57 жителям области.", P, figures=[(57, "exact", "sentenced")]),
    Case("v2 no count from an animate noun with no category, nor a dative one",
         "Пятеро детей играли во дворе. Арест продлили и двум фигурантам дела.", P,
         exact_figures=True),
]  # fmt: skip
V2_CASES += [
    Case("v2 an appeal against an arrest turned down", "Суд в Казани оставил без "
         "удовлетворения апелляционные жалобы защиты журналиста Петра Орлова и редактора Анны "
         "Зиминой.\n\nМосгорсуд подтвердил законность продления домашнего ареста активиста "
         "Глеба Тарасова.\n\nАдвокаты Олега Ершова подали жалобу, однако суд оставил ее без "
         "удовлетворения.", P,
         kinds={"Петр Орлов": ["appeal_rejected"], "Анна Зимина": ["appeal_rejected"],
                "Глеб Тарасов": ["appeal_rejected"], "Олег Ершов": ["appeal_rejected"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 charged and not said to be held is no detainee", "Следственный комитет "
         "предъявил обвинения редакторам журнала Игорю Сазонову и Вере Климовой. Активиста "
         "Павла Смирнова задержали и обвинили в хулиганстве.", P,
         not_detainees=["Игорь Сазонов", "Вера Климова"], kinds={"Павел Смирнов": ["detained"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 put on a list of political prisoners", "Правозащитный центр «Мемориал» обновил "
         "список политзаключенных. В списке оказались журналист Илья Корнеев, фигуранты «дела "
         "студентов», в том числе Олег Сомов и Пётр Рыжов.", P,
         kinds={"Илья Корнеев": [R], "Олег Сомов": [R], "Пётр Рыжов": [R]}),
    Case("v2 a register of terrorists is no list of political prisoners", "Ранее «Мемориал» "
         "признал его политзаключенным. Росфинмониторинг внес в список террористов и "
         "экстремистов журналиста Илью Корнеева.", P, absent={"Илья Корнеев": [R]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 remanded in custody, Central Asian usage, and coordinated adjectives in a count",
         "Вечером суд водворил под стражу на два месяца 11 бывших и действующих сотрудников "
         "редакции. Суд водворил под стражу журналиста Айдара Сапарова.", P,
         figures=[(11, "exact", "detained")], kinds={"Айдар Сапаров": ["detained"]}),
    Case("v2 taken to a police station in a relative clause", "Широкую огласку получила "
         "история москвички Анны Соколовой, которая попала в ОВД «Братеево».", P,
         kinds={"Анна Соколова": ["detained"]}),
    Case("v2 a pronoun opening a sentence is no name", "Некоторые журналисты, которых "
         "доставили на допрос в МВД, затем задержали.", P, only=True),
]  # fmt: skip
V2_CASES += [
    Case("v2 one line per member after a colon, the group counted the sentence before",
         "Вечером суд водворил под стражу 3 сотрудников редакции.\nДо 13 марта в СИЗО "
         "будут находиться:\nАйбек Осмонов – редактор;\nГульнара Асанова – журналист;\n"
         "Нурлан Жумабаев – оператор.", P,
         kinds={"Айбек Осмонов": ["detained"], "Гульнара Асанова": ["detained"],
                "Нурлан Жумабаев": ["detained"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 the verb left out before a dash", "Суд арестовал двух активистов – Гульмиру "
         "Асанову и Галию Тулегенову на 10 суток каждую и еще одного – Марата Садыкова на 15 "
         "суток.\n\nНа 10 суток арестован Елдос Сарсенов и на 6 суток — Нуржан Байжанов.", P,
         kinds={"Гульмира Асанова": ["detained"], "Марат Садыков": ["detained"],
                "Нуржан Байжанов": ["detained"]}),
    Case("v2 someone else's role before a dash", "Суд арестовал Ивана Петрова, адвокат — "
         "Сергей Лебедев.", P, kinds={"Иван Петров": ["detained"]},
         not_detainees=["Сергей Лебедев"]),
    Case("v2 taken to a police station, the place first", "По данным сайта мониторинга, в "
         "ОВД отвезли Павла Ершова.", P, kinds={"Павел Ершов": ["detained"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 a group noun, then its members after a dash far from the verb", "Районный суд "
         "отправил под домашний арест защитников парка на Садовой улице у станции Лесная – "
         "Андрея Малинина, Веронику Малинину и Олега Крылова.", P,
         kinds={"Андрей Малинин": ["detained"], "Вероника Малинина": ["detained"],
                "Олег Крылов": ["detained"]}),
    Case("v2 a colon list whose items say where each is from", "Как минимум четыре человека "
         "были задержаны: Тимур Асанов и Рустем Гафаров из Ленинского района, Эдем Османов "
         "из Кировского и Ислям Велиев из Советского района.", P,
         kinds={"Тимур Асанов": ["detained"], "Рустем Гафаров": ["detained"],
                "Эдем Османов": ["detained"], "Ислям Велиев": ["detained"]}),
    Case("v2 names right after a plural noun, then another town before a dash", "По ее "
         "данным, в Караганде были задержаны активисты Серик Жумабаев и Данияр Оспанов, в "
         "Таразе — Ерлан Касымов.", P,
         kinds={"Серик Жумабаев": ["detained"], "Данияр Оспанов": ["detained"],
                "Ерлан Касымов": ["detained"]}),
    Case("v2 a guilty verdict is a sentence", "Суд признал активистку Марину Зотову "
         "виновной в участии в нежелательной организации. Накануне виновным в организации "
         "акции признан Павел Ершов.", P,
         kinds={"Марина Зотова": ["sentenced"], "Павел Ершов": ["sentenced"]}),
    Case("v2 a verdict only possible or yet to come", "Сегодня суд должен огласить приговор "
         "журналисту Асхату Ниязову. В случае обвинительного приговора блогеру Ивану "
         "Лебедеву грозит до семи лет.", P,
         absent={"Асхат Ниязов": ["sentenced"], "Иван Лебедев": ["sentenced"]}),
    Case("v2 the second of two alternatives", "Активисты Олег Сомов и Пётр Рыжов обвиняются "
         "или признаны виновными по статье о массовых беспорядках.", P,
         kinds={"Олег Сомов": ["charged"]}, absent={"Олег Сомов": ["sentenced"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 a list of as many names as a count of people a sentence before", "Суд приговорил "
         "5 человек к двум годам заключения. Как писал сайт, в марте суд начал рассматривать "
         "дело пяти задержанных на акции. Обвиняемые – Андрей Малинин, Олег Крылов, Пётр "
         "Рыжов, Марина Зотова и Павел Ершов – не признали вину.", P,
         kinds={"Андрей Малинин": ["sentenced"], "Олег Крылов": ["sentenced"],
                "Павел Ершов": ["sentenced"]}),
    Case("v2 a list of other size than the count takes no event", "Суд приговорил 7 человек "
         "к двум годам заключения. Обвиняемые – Андрей Малинин, Олег Крылов и Павел Ершов – не "
         "признали вину.", P, absent={"Андрей Малинин": ["sentenced"]}),
    Case("v2 a verdict judged by a speaker is not the speaker's", "Суд приговорил Ивана "
         "Лебедева к трем годам. Анна Соколова назвала приговор политически мотивированным.",
         P, kinds={"Иван Лебедев": ["sentenced"]}, not_detainees=["Анна Соколова"]),
]  # fmt: skip
V2_CASES += [
    Case("v2 a town in brackets after each name, then a name right after a short participle",
         "По 15 суток ареста получили Ерлан Касымов (Тараз), Данияр Оспанов (Астана), Серик "
         "Жумабаев (Астана), на 10 суток арестован Нурлан Сейтов.", P,
         kinds={"Ерлан Касымов": ["sentenced"], "Данияр Оспанов": ["sentenced"],
                "Серик Жумабаев": ["sentenced"], "Нурлан Сейтов": ["detained"]},
         absent={"Ерлан Касымов": ["detained"]}),
    Case("v2 a short participle with a preposition before the name after it", "Иван Петров "
         "был задержан вместе с Олегом Крыловым.", P,
         kinds={"Иван Петров": ["detained"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 a surname the head of state shares is his only alone or with his given name",
         "В Баку задержаны журналистка Севиндж Ахмедова и юрист Интигам Алиев. Президент "
         "Ильхам Алиев помиловал 50 заключенных.", P,
         kinds={"Интигам Алиев": ["detained"]}, not_detainees=["Ильхам Алиев"]),
    Case("v2 a name a bracketed note splits is one item of a counted list", "Суд приговорил "
         "четверых участников акции к двум годам. Ранее суд начал рассматривать дело "
         "четырех обвиняемых: Андрея Малинина, Олега Крылова, Павла Ершова и Тимура (также "
         "известного как Тима) Асанова.", P,
         kinds={"Андрей Малинин": ["sentenced"], "Павел Ершов": ["sentenced"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 an event noun with its own people after it is not the name before", "Суд "
         "арестовал журналистов Игоря Сомова и Олега Крылова. Омбудсмен Анна Соколова "
         "обещала прояснить ситуацию с задержанием россиян.", P,
         kinds={"Олег Крылов": ["detained"]}, not_detainees=["Анна Соколова"]),
]  # fmt: skip
V2_CASES += [
    Case("v2 a number repeated is one figure, the first telling's category", "Суд приговорил "
         "9 человек к трем годам колонии. Как сообщалось, дело 9 человек, задержанных после "
         "митинга, слушалось с весны.", P, figures=[(9, "exact", "sentenced")],
         exact_figures=True),
    Case("v2 a count of a verb of its own is not the category word of a later count", "За "
         "неделю полиция опросила 18 студентов, а 6 из них задержали. Силовики обыскали "
         "квартиры по меньшей мере 12 жителей села – задержаны 7 человек.", P,
         figures=[(6, "exact", "detained"), (7, "exact", "detained")], exact_figures=True),
    Case("v2 an elided count after a dash keeps the category of the count before", "10 мая "
         "помилованы 25 человек, 4 июня — 40 человек, а 9 июля на свободу вышли 12 "
         "политзаключенных.", P,
         figures=[(25, "exact", "pardoned"), (40, "exact", "pardoned")]),
]  # fmt: skip
V2_CASES += [
    Case("v2 a plural pronoun after a blank line means the persons the paragraph before lists",
         "Еще 3 человека признаны политзаключенными. Это Павел Ершов, Тимур Асанов, Анна Соколова."
         "\n\nОни осуждены по статьям об оскорблении судьи.", P,
         kinds={"Павел Ершов": ["recognized_political_prisoner", "sentenced"],
                "Анна Соколова": ["recognized_political_prisoner", "sentenced"]}),
    Case("v2 sent to serve days of administrative arrest is a sentence", "Активист Нурлан "
         "Сейтов отправлен под административный арест на 12 суток. Суд отправил под "
         "административный арест на 15 суток активиста Ерлана Касымова. В Таразе под "
         "административные аресты на 20 суток отправлены активисты Данияр Оспанов и Серик "
         "Жумабаев.", P,
         kinds={"Нурлан Сейтов": ["sentenced"], "Ерлан Касымов": ["sentenced"],
                "Данияр Оспанов": ["sentenced"], "Серик Жумабаев": ["sentenced"]},
         absent={"Нурлан Сейтов": ["detained"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 brought to police stations is a count of detained", "Вечером в отделы полиции "
         "были доставлены 120 человек.", P, figures=[(120, "exact", "detained")],
         exact_figures=True),
    Case("v2 a standing total of recognitions said 'на сегодняшний день'", "На сегодняшний "
         "день политзаключенными признаны 1100 человек.", P,
         figures=[(1100, "exact", "political_prisoners_held")], exact_figures=True),
    Case("v2 held in custody in the past tense", "В прошлом году под стражей находились 40 "
         "журналистов.", P, figures=[(40, "exact", "political_prisoners_held")],
         exact_figures=True),
    Case("v2 a bare number joined by 'и' shares the count's noun", "В Казани и Самаре было "
         "задержано 12 и 17 человек соответственно.", P,
         figures=[(12, "exact", "detained"), (17, "exact", "detained")], exact_figures=True),
]  # fmt: skip
V2_CASES += [
    Case("v2 days in custody a court gives are a sentence, not a detention", "Суд признал "
         "виновными блогеров О. Крылова и П. Ершова. Каждый из них был заключен под стражу "
         "на 7 суток.", P, kinds={"О Крылова": ["sentenced"], "П Ершова": ["sentenced"]},
         absent={"О Крылова": ["detained"], "П Ершова": ["detained"]}),
    Case("v2 a list reaches its first name over a role and its employer", "10 мая президент "
         "подписал указ об освобождении 30 политзаключенных. Среди них оказались известные "
         "политзаключенные — корреспондент Белорусской службы Радио Свобода Павел Ершов, "
         "философ Тимур Асанов.", P,
         kinds={"Павел Ершов": ["released"], "Тимур Асанов": ["released"]}),
]  # fmt: skip
V2_CASES += [
    Case("v2 a charge asked about and not known is no charge", "В Казани задержали Олега "
         "Крылова и Павла Ершова. Какие именно действия вменяют задержанным — пока "
         "неизвестно. Тимура Асанова тоже задержали, что вменяется ему, адвокат не сообщил.",
         P, kinds={"Олег Крылов": ["detained"], "Тимур Асанов": ["detained"]},
         absent={"Олег Крылов": ["charged"], "Павел Ершов": ["charged"],
                 "Тимур Асанов": ["charged"]}),
    Case("v2 'N из них' of a count is some of them, not the persons named before", "Во "
         "вторник в Орше задержали активистов Игоря Веснина и Анну Ласкову. С начала года в "
         "области задержаны не менее 70 человек, 9 из них осуждены.", P,
         kinds={"Игорь Веснин": ["detained"], "Анна Ласкова": ["detained"]},
         absent={"Игорь Веснин": ["sentenced"], "Анна Ласкова": ["sentenced"]}),
]  # fmt: skip
