"""Interface strings in English, Belarusian and Russian, and the choice between them.

The language comes from ``?lang=`` or else the browser's Accept-Language. A string
missing from a language falls back to English, so a page never shows a key.
"""

from __future__ import annotations

from collections.abc import Callable

from vigil.model import Credibility, EventType, Reliability
from vigil.publish import event_label, status_label

__all__ = ["LANGUAGES", "Translator", "choose_language", "translator"]

LANGUAGES = ("en", "be", "ru")

_EN: dict[str, str] = {
    "site": "Vigil",
    "tagline": "A registry of political prisoners in which every fact rests on a source",
    "skip": "Skip to content",
    "nav.home": "Home",
    "nav.persons": "Persons",
    "nav.stats": "Statistics",
    "nav.sources": "Sources",
    "nav.cases": "Cases",
    "cases.title": "Cases",
    "cases.count": "cases with a named defendant",
    "cases.courts_judges": "Courts and judges",
    "cases.none": "None recorded.",
    "cases.names_withheld": "names withheld",
    "case.case": "Case",
    "case.defendants": "Defendants",
    "case.defendant": "Defendant",
    "case.court": "Court",
    "case.judge": "Judge",
    "case.prosecutor": "Prosecutor",
    "case.articles": "Articles",
    "case.activity": "What they did (apart from the charge)",
    "case.hearings": "Hearings",
    "case.verdict": "Verdict",
    "case.term": "Term",
    "case.regime": "Regime",
    "case.appeal": "Appeal",
    "case.one_withheld": "One defendant whose name is withheld",
    "case.more_withheld": "defendants whose names are withheld",
    "person.cases": "Cases",
    "courts.courts": "Courts",
    "courts.judges": "Judges",
    "courts.name": "Name",
    "courts.cases": "Cases",
    "courts.sentenced": "Verdicts",
    "appeal.pending": "pending",
    "appeal.upheld": "upheld",
    "appeal.reduced": "sentence reduced",
    "appeal.increased": "sentence increased",
    "appeal.overturned": "overturned",
    "appeal.retrial": "sent back for retrial",
    "nav.downloads": "Downloads",
    "api.title": "The Vigil API, version 1",
    "api.intro": (
        "Public and read-only: counts, series and breakdowns, persons, their events, "
        "sources and figures, as JSON, with no key. A person whose name is withheld "
        "appears as \u201cname withheld\u201d. The whole dataset in one file is at "
        "Downloads."
    ),
    "api.docs": "Interactive documentation",
    "api.docs_intro": (
        "Every public operation with a form: fill it in and the API answers. The same, "
        "machine-readable:"
    ),
    "api.schema": "The OpenAPI schema",
    "api.errors": "Every error has one shape:",
    "api.operations": "Operations",
    "api.required": "required",
    "api.try": "Try it",
    "api.example": "an example",
    "nav.briefing": "Briefing",
    "briefing.title": "Briefing",
    "briefing.change": "since",
    "briefing.counts_whom": (
        "Counted: people in custody on the day and recognized as political prisoners "
        "(recognitions recorded from: {orgs}). A verified minimum."
    ),
    "briefing.chart": "Political prisoners held, first day of each month",
    "briefing.period": "From {start} to {end}",
    "briefing.detentions": "New detentions",
    "briefing.releases": "Releases",
    "briefing.pardons": "Pardons",
    "briefing.deaths": "Deaths in custody",
    "briefing.none": "None recorded.",
    "briefing.longest_held": "Longest held",
    "briefing.out_of_sight": "Longest out of sight (incommunicado)",
    "briefing.figures": "Published figures beside the registry's count",
    "briefing.date": "Date",
    "briefing.figure": "Figure",
    "briefing.said_by": "Stated by",
    "briefing.then": "Registry, as known then",
    "briefing.now": "Registry, as known now",
    "briefing.source": "Source: the Vigil registry.",
    "briefing.pdf": "Download as PDF (one page)",
    "downloads.title": "Download the data",
    "downloads.intro": (
        "The whole public dataset, made when you ask for it: every person, event, case, "
        "facility, source and figure the public may see. A person whose name is withheld "
        "is listed as \u201cname withheld\u201d, with fewer details."
    ),
    "downloads.whole": "The whole dataset in one file",
    "downloads.tables": "One table at a time (CSV)",
    "downloads.columns": "The tables and their columns",
    "downloads.column": "Column",
    "downloads.type": "Type",
    "downloads.meaning": "Meaning",
    "downloads.xlsx": "a workbook, one sheet per table (Excel, LibreOffice)",
    "downloads.csv_zip": "every table as CSV (UTF-8 with a byte order mark), in one zip",
    "downloads.json": "every table in one JSON document",
    "downloads.datapackage": (
        "a Frictionless data package: the tables as CSV and datapackage.json describing "
        "every column"
    ),
    "downloads.ftm": "FollowTheMoney entities, one per line (Aleph, OpenSanctions tools)",
    "downloads.table": "one table as CSV",
    "downloads.formats_note": (
        "Dates are ISO 8601 at the precision known (2021-05-28, 2021-05 or 2021); booleans "
        "are true or false; lists are separated by \u201c; \u201d; links are absolute."
    ),
    "nav.api": "API",
    "home.held": "political prisoners held",
    "home.as_of": "as of",
    "home.change": "since",
    "home.minimum": (
        "A verified minimum: a person is counted only with a sourced detention and a "
        "recognition as a political prisoner."
    ),
    "home.chart": "Political prisoners held, first day of each month",
    "home.chart_table": "The numbers behind the chart",
    "home.figures": "Figures published by sources",
    "home.figures_note": (
        "Counts that others published, beside the registry's own count for the same day: "
        "as known now, and as it was known that day."
    ),
    "home.detentions": "Latest detentions",
    "home.releases": "Latest releases",
    "persons.title": "Persons",
    "persons.search": "Name, in any script",
    "persons.filter": "Show",
    "persons.download": "Download what is shown",
    "persons.none": "No person matches.",
    "persons.found": "persons",
    "person.status": "Status",
    "person.days_held": "Days held",
    "person.days": "days",
    "person.at_least": "at least",
    "person.lower_bound": (
        "a lower bound: the detention's date is known only to the month or year, and the "
        "days are counted from its last day"
    ),
    "person.in_custody": "in custody",
    "person.since": "since",
    "person.recognized": "recognized as a political prisoner",
    "person.incommunicado": "held incommunicado",
    "date.about": "about",
    "person.facility": "Held at",
    "person.address": "Address for letters",
    "person.timeline": "Timeline",
    "person.corrected": "(corrected by a later record)",
    "person.recognized_short": "recognized",
    "person.no_events": "No events recorded.",
    "person.conflicts": "Contradictions in the record",
    "field.occupation": "Occupation",
    "gender.male": "male",
    "gender.female": "female",
    "gender.unknown": "unknown",
    "person.withheld_sources": (
        "The name is withheld at the family's or the person's request; the sources and "
        "quotes that would name them are not shown."
    ),
    "stats.title": "Statistics",
    "stats.flows": "Monthly flows",
    "sources.title": "Sources",
    "source.quotes": "What the registry takes from this source",
    "source.original": "Original",
    "field.grade": "Grade",
    "field.expected_release": "Expected release",
    "person.sentence": "Sentence",
    "person.counted_from": "counted from",
    "person.served": "served",
    "person.release_estimate": "an estimate: the start of the term is known only in part",
    "unit.years": "y.",
    "unit.months": "m.",
    "facilities.title": "Places of detention",
    "facility.kind": "Kind",
    "facility.names": "Also written",
    "facility.held_now": "Held here now",
    "facility.held_named": "Named",
    "facility.withheld": "whose names are withheld",
    "facility.fewer_than": "fewer than",
    "facility.at_least": "at least",
    "facility.not_told": "not told apart from none",
    "nav.facilities": "Places of detention",
    "facility.over_time": "Held here, first day of each month",
    "facility.none_held": "No one in the registry is recorded as held here now.",
    "facility.letters": (
        "Letters to people held here go to this address, with the person's full name "
        "and year of birth."
    ),
    "grade.none": "not graded",
    "grade.r.none": "reliability not graded",
    "grade.c.none": "credibility not graded",
    "grade.about": (
        "The source's grade: reliability of the source (A–F) and credibility of the "
        "information (1–6), as the registry's documenters judged them"
    ),
    "field.name": "Name",
    "field.status": "Status",
    "field.region": "Region",
    "field.facility": "Facility",
    "field.article": "Article",
    "field.gender": "Gender",
    "field.sort": "Sort by",
    "field.per_page": "Per page",
    "field.born": "Born",
    "field.held_since": "Held since",
    "field.recognized_by": "Recognized by",
    "home.whose": "Whose count",
    "home.organisations": "Each organisation's own count",
    "home.out_of_sight": "Held out of sight longest",
    "home.out_of_sight_note": "Held incommunicado: no contact allowed, place often not disclosed.",
    "home.out_of_sight_all": "Everyone held incommunicado",
    "person.recognitions": "Recognition by organisation",
    "stats.out_of_sight": "Held out of sight",
    "field.date": "Date",
    "field.count": "Count",
    "any": "any",
    "apply": "Apply",
    "previous": "Previous",
    "next": "Next",
    "page": "Page",
    "of": "of",
    "name_withheld": "name withheld",
    "error.title": "Error",
    "footer": (
        "Published counts are verified minimums. Every fact rests on a source. "
        "Data: CSV and JSON downloads and the JSON API."
    ),
}

_BE: dict[str, str] = {
    "tagline": "Рэестр палітвязняў, у якім кожны факт абапіраецца на крыніцу",
    "skip": "Да зместу",
    "nav.home": "Галоўная",
    "nav.persons": "Асобы",
    "nav.stats": "Статыстыка",
    "nav.sources": "Крыніцы",
    "nav.cases": "Справы",
    "cases.title": "Справы",
    "cases.courts_judges": "Суды і суддзі",
    "case.defendants": "Абвінавачаныя",
    "case.court": "Суд",
    "case.judge": "Суддзя",
    "case.articles": "Артыкулы",
    "case.verdict": "Прысуд",
    "case.appeal": "Апеляцыя",
    "case.one_withheld": "Адзін абвінавачаны, імя якога не раскрываецца",
    "person.cases": "Справы",
    "nav.downloads": "Даныя",
    "api.title": "API Vigil, версія 1",
    "api.docs": "Інтэрактыўная дакументацыя",
    "api.schema": "Схема OpenAPI",
    "api.operations": "Аперацыі",
    "api.try": "Паспрабаваць",
    "nav.briefing": "Зводка",
    "briefing.title": "Зводка",
    "briefing.change": "з",
    "briefing.counts_whom": (
        "Лічацца людзі пад вартай у гэты дзень, прызнаныя палітвязнямі (прызнанні "
        "запісаны паводле: {orgs}). Правераны мінімум."
    ),
    "briefing.chart": "Палітвязні за кратамі, на першае чысло кожнага месяца",
    "briefing.period": "З {start} па {end}",
    "briefing.detentions": "Новыя затрыманні",
    "briefing.releases": "Вызваленні",
    "briefing.pardons": "Памілаванні",
    "briefing.deaths": "Смерці пад вартай",
    "briefing.none": "Не запісана.",
    "briefing.longest_held": "Найдаўжэй за кратамі",
    "briefing.out_of_sight": "Найдаўжэй без сувязі (інкамунікада)",
    "briefing.figures": "Апублікаваныя лічбы побач з падлікам рэестра",
    "briefing.date": "Дата",
    "briefing.figure": "Лічба",
    "briefing.said_by": "Хто паведаміў",
    "briefing.then": "Рэестр, як было вядома тады",
    "briefing.now": "Рэестр, як вядома цяпер",
    "briefing.source": "Крыніца: рэестр Vigil.",
    "briefing.pdf": "Спампаваць PDF (адна старонка)",
    "home.minimum": (
        "Правераны мінімум: чалавек лічыцца, толькі калі яго затрыманне пацверджана "
        "крыніцай і ён прызнаны палітвязнем."
    ),
    "downloads.title": "Спампаваць даныя",
    "downloads.intro": (
        "Увесь публічны набор даных, складзены на ваш запыт: кожная асоба, падзея, справа, "
        "месца ўтрымання, крыніца і лічба, якія можа бачыць публіка. Асоба, чыё імя не "
        "раскрываецца, пазначана як \u00abімя не раскрываецца\u00bb, з меншай колькасцю звестак."
    ),
    "downloads.whole": "Увесь набор у адным файле",
    "downloads.tables": "Па адной табліцы (CSV)",
    "downloads.columns": "Табліцы і іх слупкі",
    "downloads.column": "Слупок",
    "downloads.type": "Тып",
    "downloads.meaning": "Значэнне",
    "downloads.xlsx": "кніга, адзін аркуш на табліцу (Excel, LibreOffice)",
    "downloads.csv_zip": "усе табліцы ў CSV (UTF-8 з BOM) у адным zip",
    "downloads.json": "усе табліцы ў адным дакуменце JSON",
    "downloads.datapackage": (
        "пакет даных Frictionless: табліцы ў CSV і datapackage.json з апісаннем кожнага слупка"
    ),
    "downloads.ftm": "сутнасці FollowTheMoney, па адной у радку (Aleph, OpenSanctions)",
    "downloads.table": "адна табліца ў CSV",
    "downloads.formats_note": (
        "Даты ў ISO 8601 з вядомай дакладнасцю (2021-05-28, 2021-05 ці 2021); лагічныя "
        "значэнні true ці false; спісы праз \u00ab; \u00bb; спасылкі абсалютныя."
    ),
    "home.held": "палітвязняў за кратамі",
    "home.as_of": "на",
    "home.change": "з",
    "home.detentions": "Апошнія затрыманні",
    "home.releases": "Апошнія вызваленні",
    "field.recognized_by": "Прызнаны арганізацыяй",
    "home.whose": "Чый падлік",
    "home.organisations": "Уласны падлік кожнай арганізацыі",
    "home.out_of_sight": "Найдаўжэй без сувязі",
    "home.out_of_sight_all": "Усе, хто ўтрымліваецца інкамунікада",
    "person.recognitions": "Прызнанне арганізацыямі",
    "stats.out_of_sight": "Без сувязі",
    "person.status": "Статус",
    "person.timeline": "Храналогія",
    "person.corrected": "(выпраўлена пазнейшым запісам)",
    "person.recognized_short": "прызнаны палітвязнем",
    "person.no_events": "Падзей не запісана.",
    "person.conflicts": "Супярэчнасці ў запісе",
    "person.facility": "Месца ўтрымання",
    "person.address": "Адрас для лістоў",
    "field.gender": "Пол",
    "field.born": "Нарадзіўся",
    "field.region": "Рэгіён",
    "field.occupation": "Занятак",
    "gender.male": "мужчынскі",
    "gender.female": "жаночы",
    "gender.unknown": "невядомы",
    "status.detained": "у СІЗА",
    "status.imprisoned": "адбывае пакаранне",
    "status.released": "вызвалены",
    "status.died": "памёр пад вартай",
    "status.at_liberty": "на волі",
    "status.none": "утрыманне не запісана",
    "event.detained": "затрыманы",
    "event.charged": "абвінавачаны",
    "event.sentenced": "асуджаны",
    "event.transferred": "этапаваны",
    "event.recognized_political_prisoner": "прызнаны палітвязнем",
    "event.incommunicado": "утрымліваецца інкамунікада",
    "event.contact_restored": "сувязь адноўлена",
    "event.pardoned": "памілаваны",
    "event.released": "вызвалены",
    "event.sentence_completed": "вызвалены па заканчэнні тэрміну",
    "event.died_in_custody": "памёр пад вартай",
    "event.convicted_in_absentia": "асуджаны завочна",
    "event.exiled": "высланы",
    "person.days_held": "Дзён за кратамі",
    "person.days": "дзён",
    "person.at_least": "не менш як",
    "person.lower_bound": (
        "ніжняя мяжа: дата затрымання вядомая толькі да месяца ці года, дні лічацца з "
        "яе апошняга дня"
    ),
    "person.in_custody": "пад вартай",
    "person.since": "з",
    "person.recognized": "прызнаны палітвязнем",
    "person.incommunicado": "утрымліваецца інкамунікада",
    "date.about": "каля",
    "persons.title": "Асобы",
    "persons.search": "Імя, на любой мове",
    "stats.title": "Статыстыка",
    "sources.title": "Крыніцы",
    "apply": "Паказаць",
    "previous": "Папярэдняя",
    "next": "Наступная",
    "name_withheld": "імя не раскрываецца",
    "field.grade": "Ацэнка",
    "field.expected_release": "Чаканае вызваленне",
    "person.sentence": "Прысуд",
    "person.counted_from": "тэрмін з",
    "person.served": "адбыта",
    "person.release_estimate": "ацэнка: пачатак тэрміну вядомы толькі часткова",
    "unit.years": "г.",
    "unit.months": "мес.",
    "facilities.title": "Месцы ўтрымання",
    "nav.facilities": "Месцы ўтрымання",
    "facility.held_now": "Цяпер тут утрымліваюцца",
    "facility.withheld": "чые імёны не раскрываюцца",
    "facility.over_time": "Утрымліваліся тут, на першае чысло месяца",
    "grade.none": "не ацэнена",
    "grade.r.none": "надзейнасць не ацэнена",
    "grade.c.none": "верагоднасць не ацэнена",
    "grade.r.A": "цалкам надзейная",
    "grade.r.B": "звычайна надзейная",
    "grade.r.C": "даволі надзейная",
    "grade.r.D": "звычайна ненадзейная",
    "grade.r.E": "ненадзейная",
    "grade.r.F": "надзейнасць немагчыма ацаніць",
    "grade.c.1": "пацверджана іншымі крыніцамі",
    "grade.c.2": "верагодна, праўда",
    "grade.c.3": "магчыма, праўда",
    "grade.c.4": "сумнеўна",
    "grade.c.5": "малаверагодна",
    "grade.c.6": "праўдзівасць немагчыма ацаніць",
}

_RU: dict[str, str] = {
    "tagline": "Реестр политзаключённых, в котором каждый факт опирается на источник",
    "skip": "К содержанию",
    "nav.home": "Главная",
    "nav.persons": "Люди",
    "nav.stats": "Статистика",
    "nav.sources": "Источники",
    "nav.cases": "Дела",
    "cases.title": "Дела",
    "cases.courts_judges": "Суды и судьи",
    "case.defendants": "Обвиняемые",
    "case.court": "Суд",
    "case.judge": "Судья",
    "case.articles": "Статьи",
    "case.verdict": "Приговор",
    "case.appeal": "Апелляция",
    "case.one_withheld": "Один обвиняемый, чьё имя не раскрывается",
    "person.cases": "Дела",
    "nav.downloads": "Данные",
    "api.title": "API Vigil, версия 1",
    "api.docs": "Интерактивная документация",
    "api.schema": "Схема OpenAPI",
    "api.operations": "Операции",
    "api.try": "Попробовать",
    "nav.briefing": "Сводка",
    "briefing.title": "Сводка",
    "briefing.change": "с",
    "briefing.counts_whom": (
        "Учитываются люди под стражей в этот день, признанные политзаключёнными "
        "(признания записаны по данным: {orgs}). Проверенный минимум."
    ),
    "briefing.chart": "Политзаключённые за решёткой, на первое число каждого месяца",
    "briefing.period": "С {start} по {end}",
    "briefing.detentions": "Новые задержания",
    "briefing.releases": "Освобождения",
    "briefing.pardons": "Помилования",
    "briefing.deaths": "Смерти под стражей",
    "briefing.none": "Не записано.",
    "briefing.longest_held": "Дольше всех за решёткой",
    "briefing.out_of_sight": "Дольше всех без связи (инкоммуникадо)",
    "briefing.figures": "Опубликованные цифры рядом с подсчётом реестра",
    "briefing.date": "Дата",
    "briefing.figure": "Цифра",
    "briefing.said_by": "Кто сообщил",
    "briefing.then": "Реестр, как было известно тогда",
    "briefing.now": "Реестр, как известно сейчас",
    "briefing.source": "Источник: реестр Vigil.",
    "briefing.pdf": "Скачать PDF (одна страница)",
    "home.minimum": (
        "Проверенный минимум: человек учитывается, только если его задержание "
        "подтверждено источником и он признан политзаключённым."
    ),
    "downloads.title": "Скачать данные",
    "downloads.intro": (
        "Весь публичный набор данных, собранный по вашему запросу: каждый человек, событие, "
        "дело, место содержания, источник и цифра, которые может видеть публика. Человек, "
        "чьё имя не раскрывается, указан как \u00abимя не раскрывается\u00bb, с меньшим "
        "числом сведений."
    ),
    "downloads.whole": "Весь набор в одном файле",
    "downloads.tables": "По одной таблице (CSV)",
    "downloads.columns": "Таблицы и их столбцы",
    "downloads.column": "Столбец",
    "downloads.type": "Тип",
    "downloads.meaning": "Значение",
    "downloads.xlsx": "книга, один лист на таблицу (Excel, LibreOffice)",
    "downloads.csv_zip": "все таблицы в CSV (UTF-8 с BOM) в одном zip",
    "downloads.json": "все таблицы в одном документе JSON",
    "downloads.datapackage": (
        "пакет данных Frictionless: таблицы в CSV и datapackage.json с описанием каждого столбца"
    ),
    "downloads.ftm": "сущности FollowTheMoney, по одной в строке (Aleph, OpenSanctions)",
    "downloads.table": "одна таблица в CSV",
    "downloads.formats_note": (
        "Даты в ISO 8601 с известной точностью (2021-05-28, 2021-05 или 2021); логические "
        "значения true или false; списки через \u00ab; \u00bb; ссылки абсолютные."
    ),
    "home.held": "политзаключённых за решёткой",
    "home.as_of": "на",
    "home.change": "с",
    "home.detentions": "Последние задержания",
    "home.releases": "Последние освобождения",
    "field.recognized_by": "Признан организацией",
    "home.whose": "Чей подсчёт",
    "home.organisations": "Собственный подсчёт каждой организации",
    "home.out_of_sight": "Дольше всех без связи",
    "home.out_of_sight_all": "Все, кто содержится инкоммуникадо",
    "person.recognitions": "Признание организациями",
    "stats.out_of_sight": "Без связи",
    "person.status": "Статус",
    "person.timeline": "Хронология",
    "person.corrected": "(исправлено более поздней записью)",
    "person.recognized_short": "признан политзаключённым",
    "person.no_events": "Событий не записано.",
    "person.conflicts": "Противоречия в записи",
    "person.facility": "Место содержания",
    "person.address": "Адрес для писем",
    "field.gender": "Пол",
    "field.born": "Родился",
    "field.region": "Регион",
    "field.occupation": "Род занятий",
    "gender.male": "мужской",
    "gender.female": "женский",
    "gender.unknown": "неизвестен",
    "status.detained": "в СИЗО",
    "status.imprisoned": "отбывает наказание",
    "status.released": "освобождён",
    "status.died": "умер под стражей",
    "status.at_liberty": "на свободе",
    "status.none": "содержание не записано",
    "event.detained": "задержан",
    "event.charged": "обвинён",
    "event.sentenced": "осуждён",
    "event.transferred": "этапирован",
    "event.recognized_political_prisoner": "признан политзаключённым",
    "event.incommunicado": "содержится инкоммуникадо",
    "event.contact_restored": "связь восстановлена",
    "event.pardoned": "помилован",
    "event.released": "освобождён",
    "event.sentence_completed": "освобождён по окончании срока",
    "event.died_in_custody": "умер под стражей",
    "event.convicted_in_absentia": "осуждён заочно",
    "event.exiled": "выслан",
    "person.days_held": "Дней за решёткой",
    "person.days": "дней",
    "person.at_least": "не менее",
    "person.lower_bound": (
        "нижняя граница: дата задержания известна лишь до месяца или года, дни считаются "
        "с её последнего дня"
    ),
    "person.in_custody": "под стражей",
    "person.since": "с",
    "person.recognized": "признан политзаключённым",
    "person.incommunicado": "содержится инкоммуникадо",
    "date.about": "около",
    "persons.title": "Люди",
    "persons.search": "Имя, на любом языке",
    "stats.title": "Статистика",
    "sources.title": "Источники",
    "apply": "Показать",
    "previous": "Предыдущая",
    "next": "Следующая",
    "name_withheld": "имя не раскрывается",
    "field.grade": "Оценка",
    "field.expected_release": "Ожидаемое освобождение",
    "person.sentence": "Приговор",
    "person.counted_from": "срок с",
    "person.served": "отбыто",
    "person.release_estimate": "оценка: начало срока известно лишь частично",
    "unit.years": "г.",
    "unit.months": "мес.",
    "facilities.title": "Места содержания",
    "nav.facilities": "Места содержания",
    "facility.held_now": "Сейчас здесь содержатся",
    "facility.withheld": "чьи имена не раскрываются",
    "facility.over_time": "Содержались здесь, на первое число месяца",
    "grade.none": "не оценён",
    "grade.r.none": "надёжность не оценена",
    "grade.c.none": "достоверность не оценена",
    "grade.r.A": "полностью надёжный",
    "grade.r.B": "обычно надёжный",
    "grade.r.C": "довольно надёжный",
    "grade.r.D": "обычно ненадёжный",
    "grade.r.E": "ненадёжный",
    "grade.r.F": "надёжность невозможно оценить",
    "grade.c.1": "подтверждено другими источниками",
    "grade.c.2": "вероятно, правда",
    "grade.c.3": "возможно, правда",
    "grade.c.4": "сомнительно",
    "grade.c.5": "маловероятно",
    "grade.c.6": "достоверность невозможно оценить",
}

# Event and status labels: English as the publication boundary words them.
_EN.update({f"event.{kind.value}": event_label(kind) for kind in EventType})
_EN.update({f"status.{s}": status_label(s) for s in ("detained", "imprisoned", "released",
                                                      "died", "at_liberty")})  # fmt: skip
_EN["status.none"] = status_label(None)
# Grade labels: English as the model words them.
_EN.update({f"grade.r.{r.value}": r.label for r in Reliability})
_EN.update({f"grade.c.{c.value}": c.label for c in Credibility})

_STRINGS = {"en": _EN, "be": _BE, "ru": _RU}

Translator = Callable[[str], str]


def translator(lang: str) -> Translator:
    """``t(key)``: the string in ``lang``, else in English, else the key itself."""
    table = _STRINGS.get(lang, _EN)

    def t(key: str) -> str:
        return table.get(key) or _EN.get(key, key)

    return t


def choose_language(query: str | None, accept: str | None) -> tuple[str, bool]:
    """The language, and whether it was asked for in the URL (links then keep it)."""
    if query in LANGUAGES:
        return query, True
    for part in (accept or "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code, False
    return "en", False
