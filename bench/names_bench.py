"""Benchmark NameIndex against rapidfuzz brute force on synthetic Belarusian/Russian names.

Each synthetic person gets a Russian and a Belarusian Cyrillic name built from realistic
given names and generated surnames (roots + East Slavic suffixes, gendered forms); the
index stores one written form, and the query is another: other script or romanization
system, word order, initial, case ending or a typo. Prints one table row per size.

    .venv/bin/python bench/names_bench.py --sizes 10000,100000,1000000
"""

from __future__ import annotations

import argparse
import gc
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process, utils

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from vigil.names import NameIndex, romanize

# Russian/Belarusian/gender of common given names (general knowledge)
GIVEN = [
    tuple(entry.split("/"))
    for entry in [
        "Александр/Аляксандр/m",
        "Сергей/Сяргей/m",
        "Дмитрий/Дзмітрый/m",
        "Андрей/Андрэй/m",
        "Алексей/Аляксей/m",
        "Николай/Мікалай/m",
        "Владимир/Уладзімір/m",
        "Виктор/Віктар/m",
        "Игорь/Ігар/m",
        "Павел/Павел/m",
        "Роман/Раман/m",
        "Евгений/Яўген/m",
        "Максим/Максім/m",
        "Олег/Алег/m",
        "Юрий/Юрый/m",
        "Вадим/Вадзім/m",
        "Денис/Дзяніс/m",
        "Константин/Канстанцін/m",
        "Михаил/Міхаіл/m",
        "Артём/Арцём/m",
        "Валентин/Валянцін/m",
        "Василий/Васіль/m",
        "Григорий/Рыгор/m",
        "Леонид/Леанід/m",
        "Светлана/Святлана/f",
        "Мария/Марыя/f",
        "Наталья/Наталля/f",
        "Ольга/Вольга/f",
        "Татьяна/Тацяна/f",
        "Елена/Алена/f",
        "Екатерина/Кацярына/f",
        "Анастасия/Настасся/f",
        "Ирина/Ірына/f",
        "Анна/Ганна/f",
        "Юлия/Юлія/f",
        "Марина/Марына/f",
        "Людмила/Людміла/f",
        "Галина/Галіна/f",
        "Валентина/Валянціна/f",
        "Ксения/Ксенія/f",
        "Дарья/Дар'я/f",
        "Полина/Паліна/f",
    ]
]
ROOTS = [
    "бар",
    "вол",
    "гор",
    "дуб",
    "жук",
    "зай",
    "иван",
    "кар",
    "ков",
    "коз",
    "лев",
    "лук",
    "мак",
    "мир",
    "нов",
    "пав",
    "пет",
    "рог",
    "сав",
    "сид",
    "сок",
    "тар",
    "фед",
    "хом",
    "чер",
    "шап",
    "бел",
    "вас",
    "гав",
    "дор",
    "жел",
    "зин",
    "кир",
    "лис",
    "мор",
    "ник",
    "пол",
    "рыб",
    "сем",
    "тих",
    "фом",
    "цыг",
    "шуб",
    "мих",
    "гриш",
    "дан",
    "ерм",
    "кос",
    "луч",
    "мед",
    "пан",
    "рад",
    "тол",
    "бог",
    "вин",
    "гал",
    "гол",
    "дем",
    "жар",
    "кол",
    "кур",
    "лаз",
    "мал",
    "нес",
    "раз",
    "сал",
    "шав",
    "бор",
    "гуд",
    "зуб",
    "каз",
    "лом",
    "мат",
    "пуш",
    "руд",
    "сух",
    "хар",
    "чиж",
]
MIDDLES = [
    "-",
    "-",
    "-",
    "-",
    "ан",
    "ар",
    "ен",
    "ин",
    "ал",
    "ол",
    "ик",
    "ыш",
    "уш",
    "ач",
    "ец",
    "ен",
    "ор",
    "ул",
    "ас",
    "аш",
    "ев",
]
# masculine/feminine surname suffixes
SUFFIXES = [
    tuple(pair.split("/"))
    for pair in [
        "ов/ова",
        "ев/ева",
        "ин/ина",
        "ский/ская",
        "цкий/цкая",
        "ович/ович",
        "евич/евич",
        "енко/енко",
        "ук/ук",
        "чук/чук",
        "ик/ик",
        "ец/ец",
        "ко/ко",
        "ич/ич",
        "ёнок/ёнок",
        "ный/ная",
        "ёв/ёва",
        "ан/ан",
    ]
]
BE_SYSTEMS = ["bgn-be", "by-national", "icao", "lacinka", "press", "pl", "lc"]
RU_SYSTEMS = ["bgn-ru", "icao", "iso9", "lc", "de", "press"]
# Russian -> Belarusian spelling rules for generated surnames, applied in order
_BE_RULES = [
    tuple(rule.split("/"))
    for rule in [
        "ский/скі",
        "цкий/цкі",
        "ый/ы",
        "ий/і",
        "ов$/аў",
        "ев$/еў",
        "ёв$/ёў",
        "енко$/енка",
        "ко$/ка",
        "и/і",
        "ті/ці",
        "ть/ць",
        "те/це",
        "тя/ця",
        "ді/дзі",
        "де/дзе",
        "дя/дзя",
        "([ржшч])і/\\1ы",
        "([ржшч])е/\\1э",
        "щ/шч",
    ]
]


def to_belarusian(ru: str) -> str:
    """Rough Russian-to-Belarusian spelling of a generated surname (akanye, і, ці/дзі)."""
    s = ru.lower()
    first = re.search("[аеиоуыэюяё]", s)
    cut = first.end() if first else 0
    s = s[:cut] + s[cut:].replace("о", "а")
    for pattern, repl in _BE_RULES:
        s = re.sub(pattern, repl, s)
    return s.capitalize()


@dataclass(frozen=True)
class Person:
    """One synthetic person; ``key`` identifies the person (duplicates share it)."""

    key: tuple[int, str]
    ru: tuple[str, str]
    be: tuple[str, str]


def make_person(rng: random.Random) -> Person:
    """A random person: given name from GIVEN, surname from ROOTS+MIDDLES+SUFFIXES."""
    gi = rng.randrange(len(GIVEN))
    ru_given, be_given, gender = GIVEN[gi]
    root = rng.choice(ROOTS) + (rng.choice(ROOTS) if rng.random() < 0.5 else "")
    middle = rng.choice(MIDDLES).strip("-")
    masc, fem = rng.choice(SUFFIXES)
    surname = (root + middle + (masc if gender == "m" else fem)).capitalize()
    return Person((gi, surname), (ru_given, surname), (be_given, to_belarusian(surname)))


def _genitive(given: str, surname: str, gender: str) -> tuple[str, str]:
    if gender == "f":
        g = re.sub("а$", "ы", re.sub("я$", "и", given))
        s = re.sub("ая$", "ой", re.sub("ова$", "овой", re.sub("ина$", "иной", surname)))
        return g, s
    g = re.sub("й$", "я", given) if given.endswith("й") else given + "а"
    s = re.sub("ий$", "ого", re.sub("ый$", "ого", surname))
    s = s + "а" if re.search("(ов|ев|ин|ич)$", s) else s
    return g, s


def render(p: Person, rng: random.Random, noisy: bool) -> str:
    """One written form of a person: script, system, word order, initial, case, typo."""
    lang = rng.choice(("ru", "be"))
    given, surname = p.ru if lang == "ru" else p.be
    gender = GIVEN[p.key[0]][2]
    roll = rng.random()
    script = rng.random()
    if noisy and lang == "ru" and script < 0.3 and roll < 0.4:
        given, surname = _genitive(given, surname, gender)  # case endings: Cyrillic text
    if script < 0.3:
        text_given, text_surname = given, surname
    else:
        system = rng.choice(BE_SYSTEMS if lang == "be" else RU_SYSTEMS)
        text_given, text_surname = romanize(given, system), romanize(surname, system)
    shape = rng.random()
    if noisy and shape < 0.1:
        name = f"{text_given[0]}. {text_surname}"
    elif shape < 0.25:
        name = f"{text_surname} {text_given}"
    else:
        name = f"{text_given} {text_surname}"
    if noisy and rng.random() < 0.1:
        i = rng.randrange(1, len(name))
        if name[i] != " " and name[i - 1] != " ":
            letters = "аеиоукрс" if script < 0.3 else "aeioukrs"
            name = name[:i] + rng.choice(letters) + name[i + 1 :]
    return name


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc; 0 elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def percentile(values: list[float], q: float) -> float:
    """The q-quantile (0..1) of values, by nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    """Milliseconds one call takes, and its result."""
    start = time.perf_counter()
    out = fn()
    return (time.perf_counter() - start) * 1000, out


def run(size: int, n_queries: int, n_brute: int, seed: int) -> dict[str, float]:
    """Build, query and brute-force one size; returns the figures of one table row."""
    rng = random.Random(seed)
    people = [make_person(rng) for _ in range(size)]
    stored = [render(p, rng, noisy=False) for p in people]
    gc.collect()
    before = rss_mb()
    index = NameIndex()
    start = time.perf_counter()
    for row, text in enumerate(stored):
        index.add(str(row), text)
    build_s = time.perf_counter() - start
    gc.collect()
    memory = rss_mb() - before
    gc.freeze()  # a long-lived index: keep its objects out of the cyclic GC's scans
    targets = rng.sample(range(size), n_queries)
    queries = [render(people[t], rng, noisy=True) for t in targets]
    lat: list[float] = []
    cpu: list[float] = []  # this thread's CPU time: the latency without other processes' share
    hit1 = hit10 = 0
    for t, q in zip(targets, queries, strict=True):
        cpu_start = time.thread_time()
        ms, found = timed(lambda q=q: index.search(q, limit=10))
        cpu.append((time.thread_time() - cpu_start) * 1000)
        lat.append(ms)
        keys = [people[int(c.id)].key for c in found]  # type: ignore[attr-defined]
        hit1 += bool(keys) and keys[0] == people[t].key
        hit10 += people[t].key in keys
    brute_lat: list[float] = []
    b1 = b10 = 0
    for t, q in list(zip(targets, queries, strict=True))[:n_brute]:
        ms, best = timed(
            lambda q=q: process.extractOne(
                q, stored, scorer=fuzz.WRatio, processor=utils.default_process
            )
        )
        brute_lat.append(ms)
        b1 += people[best[2]].key == people[t].key  # type: ignore[index]
        top = process.extract(
            q, stored, scorer=fuzz.WRatio, processor=utils.default_process, limit=10
        )
        b10 += people[t].key in [people[r].key for _, _, r in top]
    return {
        "size": size,
        "build_s": build_s,
        "mem_mb": memory,
        "p50": statistics.median(lat),
        "p99": percentile(lat, 0.99),
        "cpu_p99": percentile(cpu, 0.99),
        "r1": hit1 / n_queries,
        "r10": hit10 / n_queries,
        "bf_p50": statistics.median(brute_lat),
        "bf_p99": percentile(brute_lat, 0.99),
        "bf_r1": b1 / n_brute,
        "bf_r10": b10 / n_brute,
        "bf_n": n_brute,
        "n": n_queries,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--queries", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    head = (
        f"{'names':>9} {'build s':>8} {'mem MB':>7} {'p50 ms':>7} {'p99 ms':>7} {'cpu p99':>7} "
        f"{'R@1':>5} {'R@10':>5} | {'bf p50':>8} {'bf p99':>8} {'bf R@1':>6} "
        f"{'bf R@10':>7} {'bf n':>5} | {'speedup':>7}"
    )
    print(head)
    print("-" * len(head))
    for size in (int(s) for s in args.sizes.split(",")):
        n_brute = max(10, min(args.queries, 2_000_000 // size * 10))
        r = run(size, args.queries, min(n_brute, args.queries), args.seed)
        print(
            f"{r['size']:>9,} {r['build_s']:>8.1f} {r['mem_mb']:>7.0f} {r['p50']:>7.2f} "
            f"{r['p99']:>7.2f} {r['cpu_p99']:>7.2f} {r['r1']:>5.2f} {r['r10']:>5.2f} | "
            f"{r['bf_p50']:>8.1f} {r['bf_p99']:>8.1f} {r['bf_r1']:>6.2f} {r['bf_r10']:>7.2f} "
            f"{r['bf_n']:>5} | "
            f"{r['bf_p50'] / r['p50']:>6.0f}x",
            flush=True,
        )


if __name__ == "__main__":
    main()
