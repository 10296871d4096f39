"""Interface strings in English, Belarusian and Russian, and the choice between them.

The language comes from ``?lang=`` or else the browser's Accept-Language. A string
missing from a language falls back to English, so a page never shows a key.
"""

from __future__ import annotations

from collections.abc import Callable

from vigil.model import EventType
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
    "headline.any": "recognized by any organisation",
    "headline.by": "recognized by",
    "headline.or": "or",
    "headline.and": "and",
    "home.organisations": "Each organisation's own count",
    "home.out_of_sight": "Held out of sight longest",
    "home.out_of_sight_note": (
        "Held incommunicado: no contact allowed, place often not disclosed."
    ),
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
    "home.held": "палітвязняў за кратамі",
    "home.as_of": "на",
    "home.change": "з",
    "home.detentions": "Апошнія затрыманні",
    "home.releases": "Апошнія вызваленні",
    "field.recognized_by": "Прызнаны арганізацыяй",
    "home.whose": "Чый падлік",
    "headline.any": "прызнаныя любой арганізацыяй",
    "headline.by": "прызнаныя",
    "headline.or": "або",
    "headline.and": "і",
    "home.organisations": "Уласны падлік кожнай арганізацыі",
    "home.out_of_sight": "Найдаўжэй без сувязі",
    "home.out_of_sight_note": (
        "Утрымліваюцца інкамунікада: без сувязі, месца часта не раскрываецца."
    ),
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
}

_RU: dict[str, str] = {
    "tagline": "Реестр политзаключённых, в котором каждый факт опирается на источник",
    "skip": "К содержанию",
    "nav.home": "Главная",
    "nav.persons": "Люди",
    "nav.stats": "Статистика",
    "nav.sources": "Источники",
    "home.held": "политзаключённых за решёткой",
    "home.as_of": "на",
    "home.change": "с",
    "home.detentions": "Последние задержания",
    "home.releases": "Последние освобождения",
    "field.recognized_by": "Признан организацией",
    "home.whose": "Чей подсчёт",
    "headline.any": "признанные любой организацией",
    "headline.by": "признанные",
    "headline.or": "или",
    "headline.and": "и",
    "home.organisations": "Собственный подсчёт каждой организации",
    "home.out_of_sight": "Дольше всех без связи",
    "home.out_of_sight_note": ("Содержатся инкоммуникадо: без связи, место часто не раскрывается."),
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
}

# Event and status labels: English as the publication boundary words them.
_EN.update({f"event.{kind.value}": event_label(kind) for kind in EventType})
_EN.update({f"status.{s}": status_label(s) for s in ("detained", "imprisoned", "released",
                                                      "died", "at_liberty")})  # fmt: skip
_EN["status.none"] = status_label(None)

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
