"""What the public sees of a person whose name is withheld, and how small a published
cell may be. The defaults are the safe ones; each is a setting (see README)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from vigil.errors import InvalidInput

__all__ = ["DatePrecision", "PublicationPolicy", "WithheldField"]


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class WithheldField(StrEnum):
    """Details of a withheld person that the public does not see unless a setting says."""

    GENDER = "gender"
    BIRTH_YEAR = "birth_year"
    REGION = "region"
    FACILITY = "facility"
    OCCUPATION = "occupation"
    ARTICLES = "articles"  # criminal-code articles, term and regime


@dataclass(frozen=True, slots=True)
class PublicationPolicy:
    """``withheld_dates``: how precisely a withheld person's dates are published;
    ``withheld_shows``: which details of theirs are published anyway; ``min_cell``:
    the smallest count a public table shows (smaller ones are suppressed)."""

    withheld_dates: DatePrecision = DatePrecision.MONTH
    withheld_shows: frozenset[WithheldField] = frozenset()
    min_cell: int = 5

    def shows(self, field: WithheldField) -> bool:
        return field in self.withheld_shows

    @classmethod
    def parse(cls, dates: str, shows: str, min_cell: int) -> PublicationPolicy:
        """From the settings' text values; a wrong value is a one-line error."""
        try:
            precision = DatePrecision(dates)
        except ValueError:
            known = ", ".join(p.value for p in DatePrecision)
            raise InvalidInput(
                f"VIGIL_WITHHELD_DATES cannot be {dates!r}", hint=f"use one of: {known}"
            ) from None
        fields = set()
        for part in (p.strip() for p in shows.split(",")):
            if not part:
                continue
            try:
                fields.add(WithheldField(part))
            except ValueError:
                known = ", ".join(f.value for f in WithheldField)
                raise InvalidInput(
                    f"VIGIL_WITHHELD_SHOWS cannot name {part!r}", hint=f"name some of: {known}"
                ) from None
        return cls(precision, frozenset(fields), min_cell)
