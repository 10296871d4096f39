"""Downloads made once per registry version: a file of the whole dataset is written the
first time it is asked for, kept on disk while the registry's data version, the day and
the site's address stay the same, and streamed from there to every later reader. So a
crowd asking for the dataset costs one export, not one each."""

from __future__ import annotations

import hashlib
import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO

__all__ = ["DownloadCache"]


class DownloadCache:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._lock = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self._generation: object = None

    def open(self, generation: object, base: str, name: str,
             make: Callable[[IO[bytes]], None]) -> IO[bytes]:  # fmt: skip
        """The file ``name`` of this generation, made with ``make`` when missing, opened
        for reading (an open file stays readable when a newer generation removes it)."""
        with self._lock:
            if generation != self._generation:
                shutil.rmtree(self.root, ignore_errors=True)
                self._generation, self._locks = generation, {}
            self.root.mkdir(parents=True, exist_ok=True)
            key = hashlib.sha256(base.encode()).hexdigest()[:12] + "-" + name
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            path = self.root / key
            if not path.exists():
                part = path.with_name(path.name + ".part")
                try:
                    with part.open("wb") as f:
                        make(f)
                    part.replace(path)
                finally:
                    part.unlink(missing_ok=True)
            return path.open("rb")

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
