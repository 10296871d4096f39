"""Telegram export ingestion, end to end: messages per second and peak memory.

Writes a synthetic Telegram Desktop export (``result.json`` of one public channel) of
--messages messages: Russian, Belarusian and English posts about detentions, trials and
releases, mixed with unrelated posts (weather, sport, adverts), forwarded posts,
list-form text with links, photo-only posts and service messages. Then ingests it into
a fresh SQLite file exactly as ``vigil ingest result.json`` does (``read_targets`` →
``ingest_items``: read, detect the language, extract with ``vigil.extract.extract``,
store, one transaction per message) and prints messages/s and peak memory (maxrss).

    .venv/bin/python bench/telegram_bench.py                      # 10k messages
    .venv/bin/python bench/telegram_bench.py --messages 100000
    .venv/bin/python bench/telegram_bench.py --messages 2000 --keep /tmp/result.json

Figures depend on the machine and on what else runs on it; compare figures from the
same machine only. --read-only stops after reading and language detection (no
extraction, no database): the reader's own speed and memory. With --reingest a
second run over the same export is timed too (all known: the cost of re-ingesting).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from vigil.auth.keyring import new_keyring
from vigil.extract import extract
from vigil.ingest.readers import ingest_items, read_targets
from vigil.store.db import make_engine, migrate

# A throwaway registry needs keys like any other (the audit log is keyed): one ring
# for this run, shared with the processes it starts.
os.environ.setdefault("VIGIL_KEYS", new_keyring().to_json())

START = 1_600_000_000  # 2020-09-13: the wave of detentions after the August 2020 election

NAMES = {
    "ru": ["Ольга Крумень", "Иван Петров", "Мария Соколова", "Алексей Ковальчук",
           "Татьяна Мельник", "Дмитрий Гончаров", "Наталья Лебедева", "Сергей Орлов"],
    "be": ["Вольга Крумень", "Ян Пятровіч", "Марыя Сакалоўская", "Алесь Кавальчук",
           "Таццяна Мельнік", "Зміцер Ганчароў", "Наталля Лебедзева", "Сяргей Арлоў"],
    "en": ["Volha Krumenka", "Ivan Piatrovich", "Maryia Sakalouskaya", "Ales Kavalchuk",
           "Tatsiana Melnik", "Zmitser Hancharou", "Natallia Lebedzeva", "Siarhei Arlou"],
}  # fmt: skip
CITIES = {
    "ru": ["Минске", "Гродно", "Гомеле", "Бресте", "Витебске", "Могилёве"],
    "be": ["Мінску", "Гродне", "Гомелі", "Брэсце", "Віцебску", "Магілёве"],
    "en": ["Minsk", "Hrodna", "Homel", "Brest", "Vitsebsk", "Mahiliou"],
}
NEWS = {
    "ru": [
        "В {city} задержан{a} {name}. По данным правозащитников, {pron} доставили в РУВД.",
        "Суд в {city} приговорил {name} к {years} годам колонии по статье 342 УК.",
        "{name} освобожден{a} из колонии после {years} лет заключения.",
        "Правозащитники признали {name} политическим заключённым. Сейчас в стране "
        "за решёткой более {count} человек.",
        "{name} перевели в СИЗО-1 в {city}. Родственники не получают писем уже месяц.",
    ],
    "be": [
        "У {city} затрымалі {name}. Паводле праваабаронцаў, {pron_be} даставілі ў РУУС.",
        "Суд у {city} асудзіў {name} на {years} гады калоніі паводле артыкула 342.",
        "{name} вызвалілі з калоніі пасля {years} гадоў зняволення.",
        "Праваабаронцы прызналі {name} палітвязнем. Цяпер за кратамі больш за {count} чалавек.",
        "{name} перавялі ў СІЗА №1 у {city}. Сваякі не атрымліваюць лістоў ужо месяц.",
    ],
    "en": [
        "{name} was detained in {city} on Monday, rights defenders said.",
        "A court in {city} sentenced {name} to {years} years in a penal colony under Article 342.",
        "{name} was released from a penal colony after {years} years behind bars.",
        "Rights defenders recognized {name} as a political prisoner. More than {count} "
        "people are behind bars.",
        "{name} was transferred to the pre-trial detention centre in {city}, relatives say.",
    ],
}
OTHER = {
    "ru": ["Погода на выходные: в {city} до +25, без осадков.",
           "Динамо обыграло БАТЭ со счётом 2:1 в матче чемпионата.",
           "Подписывайтесь на наш канал и делитесь новостями с друзьями!"],
    "be": ["Надвор'е на выхадныя: у {city} да +25, без ападкаў.",
           "Дынама абыграла БАТЭ з лікам 2:1 у матчы чэмпіянату.",
           "Падпісвайцеся на наш канал і дзяліцеся навінамі з сябрамі!"],
    "en": ["Weather for the weekend: up to +25 in {city}, no rain.",
           "Dynamo beat BATE 2-1 in the league match on Saturday.",
           "Subscribe to our channel and share the news with your friends!"],
}  # fmt: skip


def _text(rng: random.Random, n: int) -> tuple[str, str]:
    language = rng.choices(["ru", "be", "en"], weights=[45, 35, 20])[0]
    index = rng.randrange(len(NAMES[language]))
    name = NAMES[language][index]
    female = index % 2 == 0
    values = {
        "name": name,
        "city": rng.choice(CITIES[language]),
        "years": rng.randint(2, 9),
        "count": 1000 + n % 500,
        "a": "а" if female else "",
        "pron": "её" if female else "его",
        "pron_be": "яе" if female else "яго",
    }
    pool = NEWS if rng.random() < 0.6 else OTHER
    text = rng.choice(pool[language]).format(**values)
    return text, language


def _message(rng: random.Random, n: int) -> dict[str, Any]:
    message: dict[str, Any] = {"id": n, "type": "message",
                               "date": "2020-09-13T12:00:00", "date_unixtime": str(START + n * 37),
                               "from": "Bench Channel", "from_id": "channel777"}  # fmt: skip
    roll = rng.random()
    if roll < 0.02:
        return {"id": n, "type": "service", "date_unixtime": str(START + n * 37),
                "actor": "Bench Channel", "action": "pin_message", "message_id": n - 1,
                "text": ""}  # fmt: skip
    if roll < 0.05:
        return {**message, "photo": f"photos/photo_{n}.jpg", "text": ""}
    text, _ = _text(rng, n)
    if rng.random() < 0.1:
        message["forwarded_from"] = rng.choice(["Вясна", "Belsat", "Example News"])
    if rng.random() < 0.3:
        message["author"] = rng.choice(["Desk", "Алена", "Ales"])
    if rng.random() < 0.15:
        url = f"https://news.example.org/{n}"
        message["text"] = [text + " ", {"type": "text_link", "text": "→", "href": url},
                           " ", {"type": "hashtag", "text": "#news"}]  # fmt: skip
    else:
        message["text"] = text
    return message


def write_export(path: Path, messages: int, seed: int = 0) -> None:
    """A channel export of ``messages`` messages, written as a stream."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as f:
        f.write('{\n "name": "Bench Channel",\n "type": "public_channel",\n "id": 777,\n')
        f.write(' "messages": [\n')
        for n in range(1, messages + 1):
            f.write((",\n" if n > 1 else "") + json.dumps(_message(rng, n), ensure_ascii=False))
        f.write("\n ]\n}\n")


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _run(engine: Any, export: Path) -> tuple[float, Counter[str], int]:
    tally: Counter[str] = Counter()
    proposed = 0
    start = time.perf_counter()
    for outcome in ingest_items(engine, read_targets([str(export)]), extract, by="bench"):
        if outcome.report is not None:
            tally["new" if outcome.report.new_source else "known"] += 1
            tally[f"language {outcome.report.language}"] += 1
            proposed += outcome.report.proposed
        elif outcome.error is not None:
            tally["failed"] += 1
        else:
            tally["skipped"] += 1
    return time.perf_counter() - start, tally, proposed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--messages", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", type=Path, help="write the export here and keep it")
    ap.add_argument("--reingest", action="store_true", help="time a second, all-known run")
    ap.add_argument(
        "--read-only", action="store_true", help="stop after reading and language detection"
    )
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        export = args.keep or Path(tmp) / "result.json"
        start = time.perf_counter()
        write_export(export, args.messages, args.seed)
        size = export.stat().st_size
        print(f"export: {args.messages:,} messages, {size / 1e6:.1f} MB, "
              f"written in {time.perf_counter() - start:.1f} s")  # fmt: skip

        start = time.perf_counter()
        read = sum(1 for item in read_targets([str(export)]) if item.source)
        reading = time.perf_counter() - start
        print(f"read + language only: {read:,} sources in {reading:.1f} s "
              f"({args.messages / reading:,.0f} messages/s); "
              f"maxrss {_maxrss_mb():,.0f} MB")  # fmt: skip
        if args.read_only:
            return

        engine = make_engine(f"sqlite:///{Path(tmp) / 'bench.db'}")
        migrate(engine)
        start = time.perf_counter()
        extract("Warm-up: a person was detained in Minsk.", language="en")
        print(f"extractor loaded in {time.perf_counter() - start:.1f} s; "
              f"maxrss before ingesting {_maxrss_mb():,.0f} MB")  # fmt: skip

        seconds, tally, proposed = _run(engine, export)
        print(f"ingest (end to end, SQLite file): {args.messages:,} messages in "
              f"{seconds:.1f} s = {args.messages / seconds:,.0f} messages/s "
              f"({tally['new']:,} new sources, {tally['skipped']:,} skipped, "
              f"{tally['failed']:,} failed, {proposed:,} claims proposed)")  # fmt: skip
        languages = {k.split()[1]: v for k, v in tally.items() if k.startswith("language ")}
        print(f"languages: {dict(sorted(languages.items()))}")
        print(f"peak memory (maxrss): {_maxrss_mb():,.0f} MB")

        if args.reingest:
            seconds, tally, _ = _run(engine, export)
            print(f"re-ingest (all known): {seconds:.1f} s = {args.messages / seconds:,.0f} "
                  f"messages/s ({tally['known']:,} known, {tally['new']:,} new)")  # fmt: skip
            print(f"peak memory (maxrss) after both runs: {_maxrss_mb():,.0f} MB")
        engine.dispose()


if __name__ == "__main__":
    main()
