"""``vigil`` run in this process against one registry (`tests.conftest.run_in_process`):
the same commands as the console script, without a process per call."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.conftest import run_in_process

__all__ = ["Vigil", "in_process"]


class Vigil:
    """Runs one ``vigil`` command; fails the test on a non-zero exit. Returns what the
    command wrote, as a terminal shows it (its output, then its messages)."""

    def __init__(self, url: str, actor: str) -> None:
        self.env = {**os.environ, "VIGIL_DATABASE_URL": url, "VIGIL_ACTOR": actor,
                    "COLUMNS": "200", "NO_COLOR": "1"}  # fmt: skip

    def __call__(self, *args: str, stdin: str | None = None) -> str:
        result = run_in_process(args, self.env, Path.cwd(), stdin)
        assert result.code == 0, result.out + result.err
        return result.out + result.err


@contextmanager
def in_process(url: str, actor: str = "doc") -> Iterator[Vigil]:
    """``vigil`` against ``url`` as ``actor``."""
    yield Vigil(url, actor)
