"""A seeded generator of fictional registries with realistic histories.

Everything it makes up is made up: surnames are built from invented syllables and every
source is a "demo bulletin (fictional)". The shapes are realistic: the 2020–2021 wave of
detentions, months of pre-trial detention, sentences of one to fifteen years, transfers
to colonies, pardons in batches, incommunicado spells, names withheld, and cases that
reach the registry months after they happened. Used by ``vigil demo`` and ``bench/``.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import TypeVar

from vigil.model import (
    EventDetail,
    EventType,
    FacilityKind,
    Gender,
    PartialDate,
    Recognition,
    RecognitionStatus,
    Regime,
)

__all__ = [
    "ADDRESSES",
    "FACILITIES",
    "HEADLINE_ORGANISATION",
    "OTHER_ORGANISATION",
    "Plan",
    "PlannedEvent",
    "PlannedPerson",
    "generate",
]

#: The demo's two organisations: the headline counts the first one's recognitions; the
#: second recognizes most of the same people, some others, and withdraws a few.
HEADLINE_ORGANISATION = "Demo Human Rights Centre"
OTHER_ORGANISATION = "Demo Memorial Society"
_SYLLABLES = [
    ("bra", "бра"), ("kru", "кру"), ("dzi", "дзі"), ("ha", "га"), ("lo", "ло"), ("mi", "мі"),
    ("pa", "па"), ("sa", "са"), ("tu", "ту"), ("vy", "вы"), ("zha", "жа"), ("kve", "кве"),
    ("ry", "ры"), ("cha", "ча"), ("li", "лі"), ("mu", "му"), ("na", "на"), ("sve", "све"),
    ("to", "то"), ("he", "ге"), ("shu", "шу"), ("lya", "ля"), ("dro", "дро"), ("ze", "зе"),
]  # fmt: skip
_SUFFIXES = {  # (male latin, male cyrillic, female latin, female cyrillic)
    "enka": ("renka", "рэнка", "renka", "рэнка"),
    "ovich": ("novich", "новіч", "novich", "новіч"),
    "ski": ("lski", "льскі", "lskaya", "льская"),
    "uk": ("ruk", "рук", "ruk", "рук"),
    "au": ("kau", "каў", "kava", "кава"),
    "ich": ("dzevich", "дзевіч", "dzevich", "дзевіч"),
}
_GIVEN = {
    Gender.MALE: [
        ("Aliaksandr", "Аляксандр"), ("Siarhei", "Сяргей"), ("Andrei", "Андрэй"),
        ("Dzmitry", "Дзмітры"), ("Mikalai", "Мікалай"), ("Pavel", "Павел"), ("Ihar", "Ігар"),
        ("Uladzimir", "Уладзімір"), ("Viktar", "Віктар"), ("Yauhen", "Яўген"),
        ("Maksim", "Максім"), ("Artsiom", "Арцём"), ("Aleh", "Алег"), ("Raman", "Раман"),
    ],
    Gender.FEMALE: [
        ("Maryia", "Марыя"), ("Volha", "Вольга"), ("Nasta", "Наста"), ("Iryna", "Ірына"),
        ("Katsiaryna", "Кацярына"), ("Tatsiana", "Таццяна"), ("Alena", "Алена"),
        ("Palina", "Паліна"), ("Yuliya", "Юлія"), ("Natallia", "Наталля"),
    ],
}  # fmt: skip
_REGIONS = [
    ("Minsk", 38), ("Minsk region", 12), ("Homiel region", 11), ("Brest region", 10),
    ("Hrodna region", 10), ("Vitsebsk region", 10), ("Mahiliou region", 9),
]  # fmt: skip
_OCCUPATIONS = [
    "engineer", "teacher", "IT specialist", "worker", "student", "journalist", "doctor",
    "entrepreneur", "pensioner", "lawyer", "musician", "driver", None, None,
]  # fmt: skip
_ARTICLES = [
    ("342", 30), ("361-1", 12), ("130", 10), ("368", 9), ("364", 8), ("369", 7),
    ("293", 5), ("361-4", 5), ("356", 3), ("361", 4), ("342.2", 3), ("130.3", 2),
]  # fmt: skip
_REGIMES = [(Regime.GENERAL, 55), (Regime.ENHANCED, 25), (Regime.STRICT, 8), (Regime.PRISON, 2),
            (Regime.RESTRICTED_FREEDOM, 10)]  # fmt: skip

#: Real institutions (public places), used with fictional people. Names in English,
#: Belarusian-based and Russian-based forms.
FACILITIES: list[tuple[tuple[str, ...], FacilityKind, str]] = [
    (("Pre-trial detention centre No. 1, Minsk", "СІЗА №1, Мінск", "СИЗО №1, Минск"),
     FacilityKind.PRETRIAL_CENTRE, "Minsk"),
    (("Pre-trial detention centre No. 3, Homiel", "СІЗА №3, Гомель"),
     FacilityKind.PRETRIAL_CENTRE, "Homiel region"),
    (("Prison No. 1, Hrodna", "Турма №1, Гродна", "Тюрьма №1, Гродно"),
     FacilityKind.PRISON, "Hrodna region"),
    (("Prison No. 8, Zhodzina", "Турма №8, Жодзіна"), FacilityKind.PRISON, "Minsk region"),
    (("Penal colony No. 1, Navapolatsk", "Colony No. 1 in Novopolotsk",
      "ПК-1, Наваполацк", "ИК-1, Новополоцк"), FacilityKind.PENAL_COLONY, "Vitsebsk region"),
    (("Penal colony No. 3, Vitsba", "ПК-3, Віцьба"), FacilityKind.PENAL_COLONY,
     "Vitsebsk region"),
    (("Penal colony No. 9, Horki", "ПК-9, Горкі"), FacilityKind.PENAL_COLONY, "Mahiliou region"),
    (("Penal colony No. 15, Mahiliou", "ПК-15, Магілёў"), FacilityKind.PENAL_COLONY,
     "Mahiliou region"),
    (("Penal colony No. 17, Shklou", "ПК-17, Шклоў"), FacilityKind.PENAL_COLONY,
     "Mahiliou region"),
    (("Penal colony No. 22, Ivatsevichy", "ПК-22, Івацэвічы"), FacilityKind.PENAL_COLONY,
     "Brest region"),
    (("Penal colony No. 4, Homiel (women)", "ПК-4, Гомель"), FacilityKind.PENAL_COLONY,
     "Homiel region"),
    (("Penal colony No. 24, Zarechcha (women)", "ПК-24, Зарэчча"), FacilityKind.PENAL_COLONY,
     "Homiel region"),
]  # fmt: skip
#: Postal addresses for letters, one per entry of FACILITIES, in the form letter-writing
#: guides give them. Demo data: check an address with a current guide before writing.
ADDRESSES = [
    "220030, Minsk, vul. Valadarskaha 2, SIZA No. 1",
    "246003, Homiel, vul. Savetskaja 2, SIZA No. 3",
    "230023, Hrodna, vul. Karla Marksa 29, Turma No. 1",
    "222163, Zhodzina, vul. Savetskaja 22a, Turma No. 8",
    "211440, Navapolatsk, vul. Technichnaja 8, PK-1",
    "211300, Vitsebsk district, Vitsba, PK-3",
    "213410, Horki, vul. Dabravolskaha 16, PK-9",
    "212013, Mahiliou, Slaunharadskaje shasse 181, PK-15",
    "213004, Shklou, vul. 1 Maja 50, PK-17",
    "225295, Ivatsevichy district, Dzemjanuki, PK-22",
    "246035, Homiel, vul. Antoshkina 3, PK-4",
    "247210, Rechytsa district, Zarechcha, PK-24",
]
_PRETRIAL = [0, 1, 2, 3]
_MEN_COLONIES = [4, 5, 6, 7, 8, 9]
_WOMEN_COLONIES = [10, 11]
_PRISONS = [2, 3]

_START = dt.date(2020, 5, 1)
_WAVE = (dt.date(2020, 8, 9), dt.date(2021, 12, 31))


@dataclass(slots=True)
class PlannedEvent:
    type: EventType
    date: PartialDate
    recorded: dt.date
    facility: int | None = None  # index into FACILITIES
    detail: EventDetail = field(default_factory=EventDetail)


@dataclass(slots=True)
class PlannedPerson:
    names: list[tuple[str, str]]  # (text, language)
    gender: Gender
    birth: PartialDate | None
    region: str
    occupation: str | None
    withheld: bool
    events: list[PlannedEvent] = field(default_factory=list)


@dataclass(slots=True)
class Plan:
    persons: list[PlannedPerson]
    pardon_days: list[tuple[dt.date, int]]


T = TypeVar("T")


def _weighted(rng: random.Random, items: list[tuple[T, int]]) -> T:
    return rng.choices([i for i, _ in items], weights=[w for _, w in items])[0]


def _name(rng: random.Random, gender: Gender) -> list[tuple[str, str]]:
    first_l, first_c = rng.choice(_GIVEN[gender])
    syl = [rng.choice(_SYLLABLES) for _ in range(2)]
    male_l, male_c, fem_l, fem_c = rng.choice(list(_SUFFIXES.values()))
    suffix_l, suffix_c = (fem_l, fem_c) if gender is Gender.FEMALE else (male_l, male_c)
    root_l = "".join(s[0] for s in syl)
    root_c = "".join(s[1] for s in syl)
    latin = f"{first_l} {root_l.capitalize()}{suffix_l}"
    cyrillic = f"{first_c} {root_c.capitalize()}{suffix_c}"
    return [(latin, "en"), (cyrillic, "be")]


def _detention_day(rng: random.Random, until: dt.date) -> dt.date:
    if rng.random() < 0.45:
        span = (_WAVE[1] - _WAVE[0]).days
        return _WAVE[0] + dt.timedelta(days=int(rng.triangular(0, span, span * 0.15)))
    return _START + dt.timedelta(days=rng.randrange((until - _START).days))


def _recorded(rng: random.Random, day: dt.date, today: dt.date) -> dt.date:
    lag = rng.randint(1, 30) if rng.random() > 0.1 else rng.randint(90, 540)  # back-filled
    return min(today, day + dt.timedelta(days=lag))


def _pardon_days(rng: random.Random, today: dt.date) -> list[tuple[dt.date, int]]:
    days = [
        (dt.date(2024, 7, 3), 18), (dt.date(2024, 8, 16), 30), (dt.date(2024, 9, 16), 37),
        (dt.date(2024, 11, 20), 32), (dt.date(2025, 1, 14), 23), (dt.date(2025, 6, 21), 14),
        (dt.date(2025, 9, 11), 52),
    ]  # fmt: skip
    day = dt.date(2025, 12, 1)
    while day < today:
        days.append((day, rng.randint(10, 40)))
        day += dt.timedelta(days=rng.randint(60, 120))
    return [(d, n) for d, n in days if d < today]


def generate(persons: int, *, seed: int = 7, today: dt.date | None = None) -> Plan:
    """A fictional registry of ``persons`` people with histories up to ``today``."""
    rng = random.Random(seed)
    now = today or dt.date.today()
    scale = max(1.0, persons / 3000)
    pardons = _pardon_days(rng, now)
    people = [_person(rng, now) for _ in range(persons)]
    _apply_pardons(rng, people, pardons, scale, now)
    return Plan(people, pardons)


def _person(rng: random.Random, today: dt.date) -> PlannedPerson:
    gender = Gender.FEMALE if rng.random() < 0.16 else Gender.MALE
    born = PartialDate(rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28))
    birth = born if rng.random() < 0.7 else (PartialDate(born.year) if rng.random() < 0.5 else None)
    person = PlannedPerson(
        names=_name(rng, gender),
        gender=gender,
        birth=birth,
        region=_weighted(rng, _REGIONS),
        occupation=rng.choice(_OCCUPATIONS),
        withheld=rng.random() < 0.08,
    )
    if rng.random() < 0.03:  # left the country; tried without being there
        day = _detention_day(rng, today)
        article = _weighted(rng, _ARTICLES)
        person.events.append(
            PlannedEvent(
                EventType.CONVICTED_IN_ABSENTIA,
                PartialDate.of(day),
                _recorded(rng, day, today),
                detail=EventDetail(articles=(article,), term_months=rng.randint(24, 180)),
            )
        )
        return person
    day = _detention_day(rng, today - dt.timedelta(days=2))
    _custody_spell(rng, person, day, today)
    last = person.events[-1]
    if last.type is EventType.SENTENCE_COMPLETED and rng.random() < 0.05:
        again = last.date.effective + dt.timedelta(days=rng.randint(30, 400))
        if again < today - dt.timedelta(days=2):
            _custody_spell(rng, person, again, today)
    return person


def _custody_spell(rng: random.Random, person: PlannedPerson, day: dt.date, today: dt.date) -> None:
    ev = person.events

    def add(kind: EventType, when: dt.date, **kw: object) -> bool:
        if when >= today:
            return False
        precise = rng.random() < 0.93
        date = PartialDate.of(when) if precise else PartialDate(when.year, when.month)
        ev.append(PlannedEvent(kind, date, _recorded(rng, when, today), **kw))  # type: ignore[arg-type]
        return True

    article = _weighted(rng, _ARTICLES)
    articles = (article,) if rng.random() < 0.7 else (article, _weighted(rng, _ARTICLES))
    add(EventType.DETAINED, day, facility=rng.choice(_PRETRIAL))
    add(EventType.CHARGED, day + dt.timedelta(days=rng.randint(1, 10)),
        detail=EventDetail(articles=tuple(sorted(set(articles)))))  # fmt: skip
    recognized = rng.random() < 0.88
    if recognized:
        add(EventType.RECOGNIZED_POLITICAL_PRISONER, day + dt.timedelta(days=rng.randint(5, 90)),
            detail=EventDetail(recognition=Recognition(by=HEADLINE_ORGANISATION,
                                                       criterion="PACE 1900 (2012)")))  # fmt: skip
    _other_organisation(person, day, recognized, today)
    sentenced = day + dt.timedelta(days=rng.randint(60, 300))
    regime = _weighted(rng, _REGIMES)
    term = max(6, min(300, int(rng.lognormvariate(3.6, 0.6))))
    if not add(EventType.SENTENCED, sentenced, detail=EventDetail(
            articles=tuple(sorted(set(articles))), term_months=term, regime=regime)):  # fmt: skip
        return
    if not regime.custodial:
        return
    women = person.gender is Gender.FEMALE
    colony = rng.choice(
        _PRISONS if regime is Regime.PRISON else _WOMEN_COLONIES if women else _MEN_COLONIES
    )
    moved = sentenced + dt.timedelta(days=rng.randint(20, 90))
    if not add(EventType.TRANSFERRED, moved, facility=colony):
        return
    _appeal(person, sentenced, moved, today)
    end = max(_add_months(day, term), moved + dt.timedelta(days=1))
    if rng.random() < 0.04:
        start = moved + dt.timedelta(days=rng.randint(60, 500))
        restored = start + dt.timedelta(days=rng.randint(200, 700))
        cut_off = start < end and add(EventType.INCOMMUNICADO, start)
        if cut_off:
            _undisclosed(person, ev[-1])
        if cut_off and restored < end and rng.random() < 0.4:
            add(EventType.CONTACT_RESTORED, restored)
    died = moved + dt.timedelta(days=rng.randint(30, 900))
    if rng.random() < 0.003 and died < end:
        add(EventType.DIED_IN_CUSTODY, died)
        return
    add(EventType.SENTENCE_COMPLETED, end)


def _appeal(person: PlannedPerson, sentenced: dt.date, moved: dt.date, today: dt.date) -> None:
    """Three verdicts in five are upheld on appeal before the move to the colony.
    Decided by a generator of its own (seeded by the person and the verdict day), so the
    rest of the registry stays as it was."""
    own = random.Random(f"{person.names[0][0]} appeal {sentenced.isoformat()}")
    gap = (moved - sentenced).days
    if gap < 15 or own.random() >= 0.6:
        return
    day = sentenced + dt.timedelta(days=own.randint(14, gap - 1))
    if day >= today:
        return
    recorded = _recorded(own, day, today)
    upheld = PlannedEvent(EventType.APPEAL_REJECTED, PartialDate.of(day), recorded)
    person.events.insert(len(person.events) - 1, upheld)


def _undisclosed(person: PlannedPerson, cut_off: PlannedEvent) -> None:
    """Some of those cut off are moved the same day to a place not disclosed (whereabouts
    unknown); decided by a generator of its own, so the rest of the registry stays."""
    own = random.Random(f"{person.names[0][0]} {cut_off.date}")
    if own.random() < 0.35:
        moved = PlannedEvent(EventType.TRANSFERRED, cut_off.date, cut_off.recorded)
        person.events.insert(len(person.events) - 1, moved)


def _other_organisation(
    person: PlannedPerson, day: dt.date, recognized: bool, today: dt.date
) -> None:
    """The second organisation's positions, from a generator of its own (seeded by the
    person and the day), so that the rest of the registry stays as it was."""
    own = random.Random(f"{person.names[0][0]} {day.isoformat()}")

    def add(kind: EventType, when: dt.date, detail: EventDetail) -> None:
        if when < today:
            recorded = _recorded(own, when, today)
            person.events.append(PlannedEvent(kind, PartialDate.of(when), recorded, detail=detail))

    r = own.random()
    when = day + dt.timedelta(days=own.randint(30, 240))
    if (recognized and r < 0.8) or (not recognized and r < 0.4):
        criterion = "PACE Resolution 1900 §3.b" if own.random() < 0.6 else "2013 guidelines"
        add(EventType.RECOGNIZED_POLITICAL_PRISONER, when, detail=EventDetail(
            recognition=Recognition(by=OTHER_ORGANISATION, criterion=criterion)))  # fmt: skip
        if own.random() < 0.06:
            later = when + dt.timedelta(days=own.randint(60, 700))
            add(EventType.RECOGNIZED_POLITICAL_PRISONER, later, detail=EventDetail(
                recognition=Recognition(RecognitionStatus.WITHDRAWN, OTHER_ORGANISATION,
                                        "PACE Resolution 1900 §3.b")))  # fmt: skip
    elif recognized and r < 0.9:
        watching = Recognition(RecognitionStatus.UNDER_MONITORING, OTHER_ORGANISATION)
        add(EventType.RECOGNIZED_POLITICAL_PRISONER, when, EventDetail(recognition=watching))


def _add_months(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.month - 1 + months, 12)
    return dt.date(day.year + year, month + 1, min(day.day, 28))


def _serving_on(person: PlannedPerson, day: dt.date) -> bool:
    """Serving a custodial sentence on ``day`` by the planned events: whom pardons reach."""
    serving = False
    for e in person.events:
        if e.date.effective > day:
            break
        if e.type is EventType.SENTENCED:
            serving = e.detail.custodial
        elif e.type in (EventType.DETAINED, EventType.SENTENCE_COMPLETED, EventType.PARDONED,
                        EventType.DIED_IN_CUSTODY, EventType.RELEASED):  # fmt: skip
            serving = False
    return serving


def _apply_pardons(
    rng: random.Random,
    people: list[PlannedPerson],
    pardons: list[tuple[dt.date, int]],
    scale: float,
    today: dt.date,
) -> None:
    for day, size in pardons:
        held = [p for p in people if _serving_on(p, day) and p.events[-1].date.effective > day]
        for person in rng.sample(held, min(len(held), int(size * scale))):
            person.events = [e for e in person.events if e.date.effective <= day]
            person.events.append(
                PlannedEvent(EventType.PARDONED, PartialDate.of(day), _recorded(rng, day, today))
            )
            if day >= dt.date(2025, 9, 1) and rng.random() < 0.6:
                person.events.append(
                    PlannedEvent(EventType.EXILED, PartialDate.of(day), _recorded(rng, day, today))
                )
