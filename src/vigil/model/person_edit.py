"""An edit of a person's fields: which fields it changes, and to what.

A field the edit does not carry is ``KEEP``: it stays as it is. A field given as ``None``
(or as empty text) is cleared. The staff form, the staff API and ``vigil person edit``
each build one ``PersonEdit`` and ``store.persons.update_person`` applies it, so a field
that was not sent is never read as a field that was emptied.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Final, TypeVar

from vigil.errors import InvalidInput
from vigil.model.dates import PartialDate
from vigil.model.person import RESTRICTED_FIELDS, Gender

__all__ = ["EDITABLE_FIELDS", "KEEP", "PUBLIC_FIELDS", "TEXT_LIMITS", "Keep", "PersonEdit"]

T = TypeVar("T")


class Keep(Enum):
    """The value of a field an edit leaves as it is (``None`` clears a field instead)."""

    KEEP = "keep"

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Final = Keep.KEEP

#: The fields an edit can change: the public ones, then the restricted ones.
PUBLIC_FIELDS = ("gender", "birth_date", "region", "occupation", "name_withheld")
EDITABLE_FIELDS = PUBLIC_FIELDS + RESTRICTED_FIELDS["person"]
#: The longest text each text field takes.
TEXT_LIMITS = {
    "birth_date": 20,
    "region": 200,
    "occupation": 200,
    "notes": 20_000,
    "health": 20_000,
    "family_contacts": 20_000,
}


def _text(field: str) -> Callable[[object], str | None]:
    def parse(value: object) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str):
            raise InvalidInput(f"{field} must be text", hint=f"give {field} as a string")
        clean = value.strip()
        limit = TEXT_LIMITS[field]
        if len(clean) > limit:
            raise InvalidInput(
                f"{field} is {len(clean)} characters long", hint=f"keep it under {limit}"
            )
        return clean or None

    return parse


def _gender(value: object) -> Gender:
    if value is None:
        return Gender.UNKNOWN
    try:
        return Gender(str(value))
    except ValueError:
        raise InvalidInput(
            f"gender cannot be {value!r}", hint="use female, male or unknown"
        ) from None


def _birth_date(value: object) -> PartialDate | None:
    if isinstance(value, PartialDate) or value is None:
        date = value
    else:
        text = _text("birth_date")(value)
        date = PartialDate.parse(text) if text else None
    if date is not None and date.earliest > dt.date.today():
        raise InvalidInput(f"birth date {date} is in the future", hint="check the year")
    return date


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput("name_withheld must be true or false", hint="give a boolean")
    return value


@dataclass(frozen=True, slots=True)
class PersonEdit:
    """The fields to change; ``KEEP`` (the default) leaves a field as it is."""

    gender: Gender | Keep = KEEP
    birth_date: PartialDate | Keep | None = KEEP
    region: str | Keep | None = KEEP
    occupation: str | Keep | None = KEEP
    #: True withholds the name. False never publishes a withheld name: that is
    #: ``store.persons.publish_name``, for an editor, with a reason.
    name_withheld: bool | Keep = KEEP
    notes: str | Keep | None = KEEP
    health: str | Keep | None = KEEP
    family_contacts: str | Keep | None = KEEP

    @classmethod
    def parse(cls, values: Mapping[str, object]) -> PersonEdit:
        """An edit of the fields named in ``values`` (text as typed, ``None`` or empty
        text to clear); a bad value or an unknown field is an InvalidInput."""
        unknown = sorted(set(values) - set(EDITABLE_FIELDS))
        if unknown:
            raise InvalidInput(
                f"{unknown[0]!r} is not a field of a person that can be edited",
                hint=f"edit {', '.join(EDITABLE_FIELDS)}; names have their own actions",
            )

        def take(field: str, parse: Callable[[object], T]) -> T | Keep:
            return parse(values[field]) if field in values else KEEP

        return cls(
            gender=take("gender", _gender),
            birth_date=take("birth_date", _birth_date),
            region=take("region", _text("region")),
            occupation=take("occupation", _text("occupation")),
            name_withheld=take("name_withheld", _flag),
            notes=take("notes", _text("notes")),
            health=take("health", _text("health")),
            family_contacts=take("family_contacts", _text("family_contacts")),
        )

    def given(self) -> dict[str, object]:
        """The fields this edit carries, with their new values, in ``EDITABLE_FIELDS``
        order."""
        values = {f: getattr(self, f) for f in EDITABLE_FIELDS}
        return {f: v for f, v in values.items() if v is not KEEP}

    @property
    def fields(self) -> tuple[str, ...]:
        """The names of the fields this edit carries."""
        return tuple(self.given())
