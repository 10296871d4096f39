"""Places of detention."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["Facility", "FacilityKind"]


class FacilityKind(StrEnum):
    PRETRIAL_CENTRE = "pretrial_centre"  # SIZO
    TEMPORARY_DETENTION = "temporary_detention"  # IVS / TsIP
    PENAL_COLONY = "penal_colony"
    PRISON = "prison"
    OPEN_INSTITUTION = "open_institution"  # "khimiya"
    PSYCHIATRIC = "psychiatric"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Facility:
    """A place of detention; ``names`` holds its variants (Novopolotsk / Navapolatsk)."""

    names: tuple[str, ...]
    kind: FacilityKind = FacilityKind.OTHER
    region: str | None = None
    postal_address: str | None = None
    id: int | None = None

    @property
    def name(self) -> str:
        return self.names[0] if self.names else "(unnamed facility)"
