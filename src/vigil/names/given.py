"""East Slavic given names: each line is one name in its Belarusian, Russian, Ukrainian,
English, Polish and German spellings and common diminutives, with its gender.

Spellings are looked up by phonetic skeleton, so only forms that skeletonize differently
need listing (Siarhei, Syarhey, Sergei and Сяргей share one skeleton). Sources: general
knowledge of Belarusian/Russian name correspondences, not any evaluation file.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from vigil.names.skeleton import skeleton
from vigil.names.translit import phonemic

_TABLE = """
m aleksandr: Aleksandr Alexander Aliaksandr Aleksander Alexandr Aleksandar Oleksandr
  Аляксандр Александр Олександр Sasha Саша Ales Алесь Aleś Alesь Shura
m aleksei: Aleksei Alexei Aliaksei Alyaksei Alexey Oleksii Аляксей Алексей Олексій
m anatoly: Anatoly Anatoli Anatol Анатоль Анатолий Анатолій Tolya
m andrei: Andrei Andrej Andrzej Andrew Андрэй Андрей Андрій Andrii Andriy Andrus Анджей Андрусь
m anton: Anton Антон Antos Антось
m arkady: Arkady Arkadz Аркадзь Аркадий
m arseny: Arseny Arseni Arseni Арсень Арсений
m artyom: Artyom Artem Artsiom Arciom Артём Артем Арцём Artsem Арцем
m artur: Artur Arthur Артур
m boris: Boris Barys Барыс Борис
m vadim: Vadim Vadzim Вадзім Вадим
m valentin: Valentin Valiantsin Валянцін Валентин Valentyn
m valery: Valery Valeri Valer Валер Валерый Валерий Valerii
m vasily: Vasily Vasili Vasil Васіль Василий Vasyl Васыль Vasilii Vasia
m viktor: Viktor Victor Viktar Віктар Виктор
m vitaly: Vitaly Vitali Vital Віталь Виталий Vitalii Vitalij
m vladimir: Vladimir Uladzimir Uladzimer Włodzimierz Уладзімір Владимир Володимир Volodymyr
  Wladimir Vova Volodya Валодзя
m vladislav: Vladislav Uladzislau Uladzislav Władysław Уладзіслаў Владислав Vlad Vladyslav
m vyacheslav: Vyacheslav Viachaslau Вячаслаў Вячеслав Slava Слава Wiaczesław
m gennady: Gennady Gennadi Henadz Hienadz Генадзь Геннадий Hienadzi
m georgy: Georgy Georgi Heorhi Heorhiy Hieorhi Георгій Георгий Георгі
m gleb: Gleb Hleb Глеб
m grigory: Grigory Grigori Ryhor Rygor Hryhory Hryhorii Рыгор Григорий Григорій Grzegorz
m denis: Denis Dzianis Dzenis Дзяніс Денис Denys
m dmitry: Dmitry Dmitri Dzmitry Dzmitryi Dmytro Дзмітрый Дмитрий Дмитро Zmitser Zmicier
  Зміцер Zmitsier Smizer Dima Dzima Дима Зьміцер Zmiter
m yevgeny: Yevgeny Evgeny Evgeni Yauhen Jauhen Yevhen Яўген Евгений Евген
  Jewgeni Ewgeni Ievgenii Yauheni
m yegor: Yegor Egor Yahor Jahor Ягор Егор
m eduard: Eduard Edward Эдуард Edvard Edik
m ivan: Ivan Iwan Іван Иван Vanya Vania
m igor: Igor Ihar Ihor Igar Ігар Игорь Ігор Ігорь
m ilya: Ilya Illia Ilia Ilja Ілья Илья Illya
m kirill: Kirill Kiryl Kiril Кірыл Кирилл Kyrylo
m konstantin: Konstantin Kanstantsin Kastus Kastus Канстанцін Кастусь Константин Kostya
  Kanstancin Kostiantyn Konstanty
m leonid: Leonid Leanid Lieanid Леанід Леонид Leonid
m maksim: Maksim Maxim Maksym Максім Максим Max
m mikhail: Mikhail Mikhal Mikhas Michail Michał Mikhail Міхаіл Міхал Міхась Михаил
  Mykhailo Misha Миша
m nikolai: Nikolai Nikolay Mikalai Mikalay Mikola Mykola Mikalaj Мікалай Мікола Николай Микола
  Kolya Коля Nicholas Mikolaj Mikołaj
m nikita: Nikita Mikita Мікіта Никита Mykyta
m oleg: Oleg Aleh Oleh Алег Олег
m pavel: Pavel Paval Pavlo Paul Павел Павло Pasha Паша Paweł
m pyotr: Pyotr Petr Piotr Piatro Pyatro Petro Peter Пётр Петр Пятро Петро
m roman: Roman Raman Раман Роман
m ruslan: Ruslan Руслан
m semyon: Semyon Semen Siamion Сямён Семён Семен
m sergei: Sergei Sergey Siarhei Syarhey Sergiy Serhii Serhiy Сяргей Сергей Сергій Siarhiej
  Seryozha Serezha Siarzhuk
m stanislav: Stanislav Stanislau Станіслаў Станислав Stanisław Stas Стась
m stepan: Stepan Stsiapan Сцяпан Степан Stsepan
m taras: Taras Тарас
m timofei: Timofei Timofey Tsimafei Цімафей Тимофей Tymofii
m fyodor: Fyodor Fedor Fiodar Fiodor Фёдар Фёдор Федор Fedir Хведар Khviedar Fedya
m yuri: Yuri Yury Yuriy Iurii Jury Juri Юрый Юрий Юрій Yura Jurij Yuras Юрась
m yakov: Yakov Yakau Jakau Якаў Яков Jakub
m yaroslav: Yaroslav Yaraslau Яраслаў Ярослав
m vitold: Vitold Vitaut Вітаўт Витольд
m lev: Lev Lyavon Lavon Лявон Лев
m zakhar: Zakhar Zachar Захар
m filip: Filip Philip Піліп Филипп Pilip
m yan: Yan Ян
m emil: Emil Эміль Эмиль
m miroslav: Miroslav Miraslau Мірослаў Мирослав
m kazimir: Kazimir Kazimier Казімір Казимир
m rostislav: Rostislav Rastsislau Расціслаў Ростислав
f aleksandra: Aleksandra Alexandra Aliaksandra Аляксандра Александра Sasha Саша
f alla: Alla Ala Ала Алла
f alesya: Alesya Alesia Alesia Олеся Алеся Olesya
f anastasia: Anastasia Anastasiya Nastassia Nastasia Настасся Анастасия Анастасія Nastya Nasta
  Настя
f anna: Anna Hanna Ganna Ганна Анна Ania Anya Аня Hanka
f antonina: Antonina Antanina Антаніна Антонина
f valentina: Valentina Valiantsina Валянціна Валентина
f valeria: Valeria Valeriya Valeryia Валерыя Валерия
f vera: Vera Viera Wiera Вера Віра
f veronika: Veronika Veranika Вераніка Вероника
f viktoria: Viktoria Victoria Viktoryia Viktoriya Вікторыя Віктория Виктория Vika
f galina: Galina Halina Галіна Галина Halyna Galya
f darya: Darya Daria Daryia Дар'я Дарья Дарʼя Dasha Даша
f diana: Diana Дзіяна Диана Dziyana
f yevgenia: Yevgenia Evgenia Yauhenia Яўгенія Евгения
f yekaterina: Yekaterina Ekaterina Katsiaryna Katerina Katarzyna Кацярына Екатерина
  Катерина Katya Katia Katsia Катя
f yelena: Yelena Elena Alena Alyona Aliona Olena Helena Алена Алёна Елена Олена Lena Лена
f elizaveta: Elizaveta Yelizaveta Alizaveta Лізавета Елизавета Liza Lizaveta
f zhanna: Zhanna Жанна
f zinaida: Zinaida Зінаіда Зинаида
f inna: Inna Інна Инна
f irina: Irina Iryna Ірына Ирина Ira Ірина
f kristina: Kristina Krystsina Крысціна Кристина Khrystsina
f ksenia: Ksenia Kseniya Kseniia Ksenija Ксенія Ксения Aksinnia
f larisa: Larisa Larysa Ларыса Лариса
f lidia: Lidia Lidiya Lidziya Лідзія Лидия
f lyubov: Lyubov Liubov Lubov Lyubou Liubou Любоў Любовь Luba
f lyudmila: Lyudmila Liudmila Ludmila Людміла Людмила Lyuda
f margarita: Margarita Marharyta Маргарыта Маргарита Rita
f marina: Marina Maryna Марына Марина
f maria: Maria Maryia Mariya Maryja Marya Mariia Марыя Мария Марія Masha Маша Marie Mary
  Maryja
f marfa: Marfa Марфа
f nadezhda: Nadezhda Nadzeya Nadzeja Nadia Nadiya Надзея Надежда Надія Nadya
f natalia: Natalia Natallia Natalya Nataliya Наталля Наталья Наталія Natasha Наташа
  Natalla Natalie
f nina: Nina Ніна Нина
f oksana: Oksana Aksana Аксана Оксана
f olga: Olga Volha Wolha Olha Вольга Ольга Ольга
f polina: Polina Palina Паліна Полина
f raisa: Raisa Раіса Раиса
f svetlana: Svetlana Sviatlana Svyatlana Swiatlana Святлана Светлана Sveta Света
f sofia: Sofia Sofya Sofiya Sophia Sofija Соф'я Софья Софія
f tamara: Tamara Тамара
f tatyana: Tatyana Tatiana Tatsiana Tacciana Тацяна Татьяна Тетяна Tetiana
f ulyana: Ulyana Uliana Ульяна Уляна
f yulia: Yulia Yuliya Iulia Julia Juliya Юлія Юлия Yulya
f yana: Yana Jana Яна
f emilia: Emilia Эмілія Эмилия
"""


def _spellings() -> list[tuple[str, str, list[str]]]:
    """Parse the table into (group id, gender, spellings)."""
    rows: list[tuple[str, str, list[str]]] = []
    for line in _TABLE.strip().splitlines():
        if line.startswith("  "):
            rows[-1][2].extend(line.split())
            continue
        head, _, rest = line.partition(":")
        gender, group = head.split()
        rows.append((group, gender, rest.split()))
    return rows


def given_key(ph: str) -> str:
    """Lookup key of one phonemic reading: the skeleton with its glides kept."""
    return skeleton(ph, keep_glides=True)


class _Tables(NamedTuple):
    by_key: dict[str, frozenset[str]]
    genders: dict[str, str]
    stems: dict[str, frozenset[str]]
    initials: dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def _index() -> _Tables:
    by_key: dict[str, set[str]] = {}
    genders: dict[str, str] = {}
    stems: dict[str, set[str]] = {}
    initials: dict[str, set[str]] = {}
    for group, gender, spellings in _spellings():
        genders[group] = gender
        for spelling in spellings:
            for ph in phonemic(spelling.lower()):
                by_key.setdefault(given_key(ph), set()).add(group)
                stem = skeleton(ph).rstrip("ai")
                if len(stem) >= 2:
                    stems.setdefault(stem, set()).add(group)
                initials.setdefault(group, set()).add(skeleton(ph)[:1])
    return _Tables(
        {key: frozenset(groups) for key, groups in by_key.items()},
        genders,
        {stem: frozenset(groups) for stem, groups in stems.items()},
        {group: frozenset(letters) for group, letters in initials.items()},
    )


def given_groups(readings: list[str]) -> frozenset[str]:
    """Name groups of the first phonemic reading that is a known given name (else empty)."""
    table = _index().by_key
    for ph in readings:
        groups = table.get(given_key(ph))
        if groups:
            return groups
    return frozenset()


def group_gender(groups: frozenset[str]) -> str | None:
    """'m' or 'f' when all groups agree (Sasha is both), else None."""
    genders = {_index().genders[g] for g in groups}
    return genders.pop() if len(genders) == 1 else None


def patronymic_groups(stem: str) -> frozenset[str]:
    """Given-name groups whose stem is ``stem`` (Dzmitr- of Dzmitryevich), else empty."""
    return _index().stems.get(stem.rstrip("ai"), frozenset())


def group_initials(groups: frozenset[str]) -> frozenset[str]:
    """First skeleton letters of every spelling of the groups (Z. and D. for Dmitry)."""
    table = _index().initials
    return frozenset(letter for g in groups for letter in table.get(g, ()))


def group_label(groups: frozenset[str]) -> str:
    """A readable label for a set of name groups, for reasons."""
    return "/".join(sorted(groups))
