"""Speed of ``vigil import`` on a synthetic Viasna-style list of N distinct fictional
persons, into a fresh SQLite registry: rows per second, and the same file's rows again
as a second list (every row a person already held: corroboration, not duplicates).

    python bench/import_bench.py --rows 100,500
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import itertools
import random
import tempfile
import time
from pathlib import Path

from vigil.auth.keyring import KeySource, new_keyring
from vigil.ingest.lists.importer import Fate, ImportOptions, import_list
from vigil.store.db import make_engine, migrate

SURNAMES = """Абрамович Бабич Ковальчук Лукашевич Михневич Новик Рудак Сидорук Шевчук Ярмоленко
Гриневич Жданович Кухарчик Лазарчик Прокопчук Юркевич Борисевич Василевский Карпович
Лисовский""".split()  # noqa: SIM905
GIVEN = ["Антон", "Дмитрий", "Павел", "Олег", "Игорь", "Сергей", "Виктор", "Юрий", "Денис",
         "Артём", "Константин", "Николай", "Вадим", "Роман", "Кирилл"]  # fmt: skip
FATHERS = ["Александрович", "Иванович", "Петрович", "Сергеевич", "Юрьевич", "Ильич",
           "Викторович", "Олегович"]  # fmt: skip
HEADER = "№,ФИО,Дата рождения,Статья,Приговор,Место отбывания,Дата задержания,Примечание\n"
FACILITIES = ["ИК-1 Новополоцк", "ИК-9 Горки", "ИК-15 Могилёв", "СИЗО-1 Минск", "ИК-3 Витьба"]


def write_list(path: Path, rows: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    names = list(itertools.product(SURNAMES, GIVEN, FATHERS))
    rng.shuffle(names)
    out = io.StringIO()
    out.write(HEADER)
    writer = csv.writer(out, lineterminator="\n")
    for i, (surname, given, father) in enumerate(names[:rows], start=1):
        detained = dt.date(2020, 8, 1) + dt.timedelta(days=rng.randrange(1200))
        sentence = rng.choice(["", "3 г. 6 мес.", "5 лет колонии усиленного режима", "2,5 года"])
        note = ""
        if sentence and rng.random() < 0.15:
            note = f"Освобождён {(detained + dt.timedelta(days=400)):%d.%m.%Y} по отбытии срока"
        writer.writerow([i, f"{surname} {given} {father}", rng.randrange(1955, 2004),
                         "ч. 1 ст. 342, ст. 369", sentence, rng.choice(FACILITIES),
                         f"{detained:%d.%m.%Y}", note])  # fmt: skip
    path.write_text(out.getvalue(), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", default="100,500", help="list sizes, comma-separated")
    args = parser.parse_args()
    print(f"{'rows':>6} {'first import':>14} {'rows/s':>8} {'again (xlsx-like)':>18} {'rows/s':>8}")
    for rows in (int(n) for n in args.rows.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            engine = make_engine(f"sqlite:///{tmp}/v.db", keys=KeySource.fixed(new_keyring()))
            migrate(engine)
            first, second = Path(tmp) / "list.csv", Path(tmp) / "list-again.csv"
            write_list(first, rows)
            second.write_text(first.read_text("utf-8") + "\n", encoding="utf-8")  # another hash
            options = ImportOptions("Viasna", dt.date(2024, 3, 1))
            start = time.perf_counter()
            made = import_list(engine, first, options, by="bench")
            took = time.perf_counter() - start
            start = time.perf_counter()
            again = import_list(engine, second, options, by="bench")
            took_again = time.perf_counter() - start
            engine.dispose()
        assert not made.bad, made.bad[:3]
        assert made.fates[Fate.CREATED] == rows, (dict(made.fates), made.uncertain[:3])
        assert again.fates[Fate.EXISTING] == rows, dict(again.fates)
        assert again.events == 0
        print(f"{rows:>6} {took:>13.1f}s {rows / took:>8.1f} {took_again:>17.1f}s "
              f"{rows / took_again:>8.1f}")  # fmt: skip


if __name__ == "__main__":
    main()
