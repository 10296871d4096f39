"""Persons and their names; which of their fields are restricted."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

from vigil.model.dates import PartialDate

__all__ = [
    "RESTRICTED_FIELDS",
    "Gender",
    "NameVariant",
    "Person",
    "RestrictedInfo",
    "Script",
    "detect_script",
    "search_key",
]


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    UNKNOWN = "unknown"


class Script(StrEnum):
    CYRILLIC = "cyrillic"
    LATIN = "latin"
    MIXED = "mixed"
    OTHER = "other"


def detect_script(text: str) -> Script:
    """The script a name is written in, judged from its letters."""
    scripts: set[Script] = set()
    for char in text:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        if name.startswith("CYRILLIC"):
            scripts.add(Script.CYRILLIC)
        elif name.startswith("LATIN"):
            scripts.add(Script.LATIN)
        else:
            scripts.add(Script.OTHER)
    if len(scripts) == 1:
        return scripts.pop()
    return Script.MIXED if scripts else Script.OTHER


def search_key(text: str) -> str:
    """A loose form of a name for prefix search: no case, no accents, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    kept = "".join(c if c.isalnum() or c in " -" else " " for c in bare.casefold())
    return " ".join(kept.split())


@dataclass(frozen=True, slots=True)
class NameVariant:
    """One way a person's name is written, with where the spelling comes from."""

    text: str
    script: Script
    language: str | None = None  # "be", "ru", "en", ...
    system: str | None = None  # romanization system: "bgn-pcgn", "icao", "lacinka", "press", ...
    primary: bool = False

    @classmethod
    def of(
        cls,
        text: str,
        *,
        language: str | None = None,
        system: str | None = None,
        primary: bool = False,
    ) -> NameVariant:
        clean = " ".join(unicodedata.normalize("NFC", text).split())
        return cls(clean, detect_script(clean), language, system, primary)


@dataclass(frozen=True, slots=True)
class RestrictedInfo:
    """Fields that never leave through a public page, export or API."""

    notes: str | None = None
    health: str | None = None
    family_contacts: str | None = None


#: Every restricted field of every kind of record, named once. Public views drop these.
RESTRICTED_FIELDS: dict[str, tuple[str, ...]] = {
    "person": ("notes", "health", "family_contacts"),
}


@dataclass(frozen=True, slots=True)
class Person:
    """A person in the registry. ``name_withheld`` keeps the name off public pages."""

    names: tuple[NameVariant, ...]
    gender: Gender = Gender.UNKNOWN
    birth_date: PartialDate | None = None
    region: str | None = None
    occupation: str | None = None
    name_withheld: bool = False
    restricted: RestrictedInfo = field(default_factory=RestrictedInfo)
    id: int | None = None
    merged_into: int | None = None  # set when this record was merged into another

    @property
    def display_name(self) -> str:
        """The primary name, or the first one recorded."""
        for name in self.names:
            if name.primary:
                return name.text
        return self.names[0].text if self.names else "(no name)"

    @property
    def public_name(self) -> str:
        """What a public page may show."""
        return "name withheld" if self.name_withheld else self.display_name
