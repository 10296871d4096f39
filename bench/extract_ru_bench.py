"""Speed of ``vigil.extract.ru.v2`` / ``be.v2`` (and v1) beside natasha's bare NER.

Texts: the Russian and Belarusian articles of the dev corpus, repeated to at least
--words words; or, with --synthetic, generated news-like sentences (names, verbs, terms,
dates and counts drawn at random from small tables, seeded), so that caches see varied
words. Times, in the same process with the models loaded once: (1) natasha alone,
segmentation and NER tagging; (2) the whole extraction by v1 (the same natasha work plus
every rule); (3) by v2 (v1's work plus natasha's syntax parser and morphology tagger on
each sentence with a trigger or a list). Prints words/s and the ratio to natasha's NER,
by wall clock and by CPU time (the CPU figure is the one to compare on a shared machine).

    .venv/bin/python bench/extract_ru_bench.py [--corpus ../shared/corpus/dev]
        [--words 100000] [--synthetic]
"""

from __future__ import annotations

import os

# One BLAS thread: natasha's small matrices only lose time to thread hand-offs.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import random  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

from vigil.extract.be_v1 import BelarusianV1  # noqa: E402
from vigil.extract.be_v2 import BelarusianV2  # noqa: E402
from vigil.extract.ru_v1 import RussianV1  # noqa: E402
from vigil.extract.ru_v2 import RussianV2  # noqa: E402
from vigil.extract.slavic.nlp import bare, morph, tagger  # noqa: E402
from vigil.extract.slavic.syntax import parse_sentence  # noqa: E402
from vigil.ingest import read_source  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"

_GIVEN = str.split(
    "Игорь Мария Сергей Анна Николай Ольга Дмитрий Елена Алексей Наталья Павел "
    "Ирина Виктор Татьяна Андрей Юлия"
)
_SURNAME = ["Лосик", "Колесников", "Тихановский", "Статкевич", "Бабарико", "Иванов",
            "Петров", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов",
            "Новиков", "Морозов", "Волков", "Соловьев", "Васильев", "Зайцев", "Павлов"]  # fmt: skip
_CITY = ["Минске", "Гомеле", "Бресте", "Гродно", "Витебске", "Могилеве", "Москве", "Пинске"]
_MONTH = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"]  # fmt: skip
_TEMPLATES = [
    "В {city} задержали активиста {gen}.",
    "{nom} был задержан {day} {month} {year} года в {city}.",
    "Суд приговорил {acc} к {n} годам колонии усиленного режима по ч. 1 ст. 342 УК.",
    "{nom} вышел на свободу, полностью отбыв срок.",
    "Правозащитники признали политзаключенными еще {n} человек.",
    "По данным «Вясны», в Беларуси более {big} политзаключенных.",
    "{acc} перевели в исправительную колонию № {n} в {city}.",
    "Уже {n}00 дней нет никакой информации о {loc}.",
    "Лукашенко помиловал {n} политзаключенных, среди них — журналист {nom}.",
    "На акции в {city} задержаны не менее {big} человек, сообщает ОВД-Инфо.",
    "Погода в {city} была солнечной, на матч пришли {big} болельщиков.",
    "Его жена рассказала, что он держится и много читает.",
]


def _person(rng: random.Random) -> dict[str, str]:
    given, surname = rng.choice(_GIVEN), rng.choice(_SURNAME)
    female = given[-1] in "ая"
    if female:
        fem = surname + ("а" if surname.endswith(("ов", "ев", "ин")) else "")
        if surname.endswith("ский"):
            fem = surname[:-2] + "ая"
        return {"nom": f"{given} {fem}", "acc": f"{given[:-1]}у {fem}", "gen": f"{given} {fem}",
                "loc": f"{given[:-1]}е {fem}"}  # fmt: skip
    g = given[:-1] + "я" if given.endswith(("й", "ь")) else given + "а"
    return {"nom": f"{given} {surname}", "acc": f"{g} {surname}а", "gen": f"{g} {surname}а",
            "loc": f"{given} {surname}е"}  # fmt: skip


def synthetic(words: int, seed: int = 7) -> list[str]:
    """News-like Russian articles of five to ten sentences, ``words`` words in all."""
    rng = random.Random(seed)
    texts: list[str] = []
    total = 0
    while total < words:
        sentences = []
        for _ in range(rng.randint(5, 10)):
            fields = {**_person(rng), "city": rng.choice(_CITY), "day": str(rng.randint(1, 28)),
                      "month": rng.choice(_MONTH), "year": str(rng.randint(2020, 2024)),
                      "n": str(rng.randint(2, 20)), "big": str(rng.randint(100, 1600))}  # fmt: skip
            sentences.append(rng.choice(_TEMPLATES).format(**fields))
        text = " ".join(sentences)
        texts.append(text)
        total += len(text.split())
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--synthetic", action="store_true", help="generated text, not the corpus")
    args = ap.parse_args()
    if args.synthetic:
        texts = synthetic(args.words)
        languages = ["ru"] * len(texts)
        dates = [None] * len(texts)
        what = f"{len(texts)} synthetic Russian articles"
    else:
        paths = sorted((args.corpus / "articles").glob("*.txt"))
        sources = [s for s in map(read_source, paths) if s.language in {"ru", "be"}]
        each = sum(len(s.text.split()) for s in sources)
        repeat = -(-args.words // each)
        texts = [s.text for s in sources] * repeat
        languages = [s.language or "ru" for s in sources] * repeat
        dates = [s.published for s in sources] * repeat
        what = f"{len(texts)} articles ({len(sources)} Russian/Belarusian dev articles x {repeat})"
    words = sum(len(t.split()) for t in texts)
    print(f"{what}, {words:,} words")
    tagger()
    morph()
    parse_sentence("Суд приговорил Ивана Иванова.", 0, 28)  # load the syntax models
    versions = {"v1": {"ru": RussianV1(), "be": BelarusianV1()},
                "v2": {"ru": RussianV2(), "be": BelarusianV2()}}  # fmt: skip
    for extractors in versions.values():
        for text, language in zip(texts[:3], languages[:3], strict=True):  # warm up
            extractors[language](text)

    def timed(work: Callable[[], object]) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        return time.perf_counter() - wall, time.process_time() - cpu

    natasha = timed(lambda: [bare(text) for text in texts])
    rows = [("natasha NER", natasha, 0)]
    rows_in = list(zip(texts, languages, dates, strict=True))
    for version, extractors in versions.items():
        found: list[int] = []
        full = timed(lambda extractors=extractors, found=found: found.extend(
            len(extractors[language](text, published=published).persons)
            for text, language, published in rows_in))  # fmt: skip
        rows.append((f"vigil {version}", full, sum(found)))

    print("               wall s    CPU s   words/s (wall)   words/s (CPU)   ratio (CPU)")
    for name, (wall, cpu), _ in rows:
        print(f"{name:<14} {wall:6.2f}  {cpu:7.2f}  {words / wall:15,.0f}  {words / cpu:14,.0f}"
              f"  {cpu / natasha[1]:11.2f}")  # fmt: skip
    print("persons found: " + ", ".join(f"{name} {n}" for name, _, n in rows[1:]))


if __name__ == "__main__":
    main()
