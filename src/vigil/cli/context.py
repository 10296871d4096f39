"""What every command needs: settings, an engine, date options."""

from __future__ import annotations

import datetime as dt
from functools import cache

from sqlalchemy import Engine

from vigil.errors import InvalidInput
from vigil.model import PartialDate
from vigil.settings import Settings
from vigil.store.db import make_engine, require_schema

__all__ = ["engine", "parse_day", "settings"]


@cache
def settings() -> Settings:
    return Settings()


@cache
def engine(*, initialised: bool = True) -> Engine:
    """The registry's engine; with ``initialised`` it must already have its tables."""
    eng = make_engine(settings())
    if initialised:
        require_schema(eng)
    return eng


def parse_day(text: str | None, option: str) -> dt.date | None:
    """A full ``YYYY-MM-DD`` date given to ``option``, or None."""
    if text is None:
        return None
    date = PartialDate.parse(text)
    if date.day is None:
        raise InvalidInput(f"{option} needs a full date, not {text!r}", hint="write YYYY-MM-DD")
    return date.earliest
