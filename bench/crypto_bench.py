"""What sealing restricted fields costs: one AES-GCM value, a person read with and without
its restricted fields, the staff JSON of a person (which opens them) and the public
person page (which never does).

    .venv/bin/python bench/crypto_bench.py [--persons 300] [--repeat 300]

Builds a SQLite registry of fictional persons (``vigil.demo``), gives every person three
restricted values of a realistic length, and times each read on one connection.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient

from vigil.auth.keyring import KeySource, new_keyring
from vigil.auth.roles import Role
from vigil.demo.build import write_plan
from vigil.demo.generator import generate
from vigil.model import RestrictedInfo
from vigil.settings import Settings
from vigil.store import accounts
from vigil.store.db import connect, make_engine, migrate, transaction
from vigil.store.persons import get_person, set_restricted
from vigil.web import create_app

NOTE = "Held in the punishment cell for 10 days in May; lawyer visits refused twice. " * 3


def _ms(work: Callable[[], object], repeat: int) -> float:
    """Median milliseconds of ``work`` over ``repeat`` runs, after a warm-up."""
    for _ in range(min(20, repeat)):
        work()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db, key_file = Path(tmp) / "bench.db", Path(tmp) / "bench.keys"
        ring = new_keyring(key_file)
        ring.save(key_file)
        engine = make_engine(f"sqlite:///{db}", keys=KeySource(key_file))
        migrate(engine)
        with transaction(engine) as conn:
            ids = write_plan(conn, generate(args.persons, seed=11))
            for pid in ids:
                set_restricted(conn, pid, RestrictedInfo(NOTE, "asthma; " + NOTE[:80],
                               "sister, +375 29 000 00 00"), by="bench")  # fmt: skip
            accounts.add_user(conn, username="doc", password="bench password 123",
                              role=Role.DOCUMENTER, by="bench")  # fmt: skip
            _, secret = accounts.create_token(conn, username="doc", name="bench", by="bench")
        pid = ids[len(ids) // 2]
        envelope = ring.encrypt(NOTE, "person:1:notes")
        print(f"registry: {len(ids)} persons, 3 sealed values each ({len(NOTE)} characters)")
        print(f"seal one value                {_ms(lambda: ring.encrypt(NOTE, 'c'), 5000):8.4f} ms")
        opened = _ms(lambda: ring.decrypt(envelope, "person:1:notes"), 5000)
        print(f"open one value                {opened:8.4f} ms")
        with connect(engine) as conn:
            plain = _ms(lambda: get_person(conn, pid), args.repeat)
            full = _ms(lambda: get_person(conn, pid, restricted=True), args.repeat)
        print(f"get_person, public fields     {plain:8.3f} ms")
        print(f"get_person, restricted=True   {full:8.3f} ms  (3 values opened)")
        print(f"  of which opening 3 values   {3 * opened:8.3f} ms")
        settings = Settings(database_url=f"sqlite:///{db}", key_file=key_file, keys=None,
                            public_cache=False)  # fmt: skip
        with TestClient(create_app(settings)) as client:
            headers = {"authorization": f"Bearer {secret}"}
            page = _ms(lambda: client.get(f"/persons/{pid}"), args.repeat)
            staff = _ms(lambda: client.get(f"/api/v1/staff/persons/{pid}", headers=headers),
                        args.repeat)  # fmt: skip
        print(f"public person page            {page:8.3f} ms  (opens nothing)")
        print(f"staff person JSON             {staff:8.3f} ms  (opens 3 values)")
        engine.dispose()


if __name__ == "__main__":
    main()
