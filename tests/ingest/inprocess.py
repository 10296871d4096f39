"""``vigil`` run in this process (Typer's CliRunner) against one registry: the same
commands as the console script, without a process per call."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from typer.testing import CliRunner

from vigil.cli import context
from vigil.cli.app import app

__all__ = ["Vigil", "in_process"]


class Vigil:
    """Runs one ``vigil`` command; fails the test on a non-zero exit."""

    def __init__(self) -> None:
        self.runner = CliRunner()

    def __call__(self, *args: str, stdin: str | None = None) -> str:
        result = self.runner.invoke(app, list(args), input=stdin, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output


@contextmanager
def in_process(url: str, actor: str = "doc") -> Iterator[Vigil]:
    """``vigil`` against ``url`` as ``actor``. The CLI caches its settings and engine
    per process: cleared before and after, and the engine disposed."""
    with pytest.MonkeyPatch.context() as patch:
        for name, value in (("VIGIL_DATABASE_URL", url), ("VIGIL_ACTOR", actor),
                            ("COLUMNS", "200"), ("NO_COLOR", "1")):  # fmt: skip
            patch.setenv(name, value)
        context.settings.cache_clear()
        context.engine.cache_clear()
        try:
            yield Vigil()
        finally:
            if context.engine.cache_info().currsize:
                context.engine().dispose()
            context.settings.cache_clear()
            context.engine.cache_clear()
