"""What every command needs: settings, an engine, date options."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine

from vigil.errors import InvalidInput
from vigil.model import PartialDate
from vigil.settings import Settings
from vigil.store.db import make_engine, require_schema
from vigil.store.segments import follow_setting

__all__ = ["engine", "parse_day", "reset", "settings"]

# One command runs per process, so these are made once. `reset` forgets them (the tests
# run many commands in one process).
_SETTINGS: list[Settings] = []
_ENGINES: dict[bool, Engine] = {}


def settings() -> Settings:
    if not _SETTINGS:
        _SETTINGS.append(Settings())
    return _SETTINGS[0]


def engine(*, initialised: bool = True) -> Engine:
    """The registry's engine; with ``initialised`` it must already have its tables."""
    if initialised not in _ENGINES:
        eng = make_engine(settings())
        if initialised:
            try:
                require_schema(eng)
                follow_setting(eng, settings().headline_rule())
            except BaseException:
                eng.dispose()
                raise
        _ENGINES[initialised] = eng
    return _ENGINES[initialised]


def reset() -> None:
    """Close the engines and forget the settings, as the end of a process would."""
    for eng in _ENGINES.values():
        eng.dispose()
    _ENGINES.clear()
    _SETTINGS.clear()


def parse_day(text: str | None, option: str) -> dt.date | None:
    """A full ``YYYY-MM-DD`` date given to ``option``, or None."""
    if text is None:
        return None
    date = PartialDate.parse(text)
    if date.day is None:
        raise InvalidInput(f"{option} needs a full date, not {text!r}", hint="write YYYY-MM-DD")
    return date.earliest
