"""The pure domain of Vigil: dataclasses and enums, no I/O."""

from vigil.model.case import Case, Recognition, RecognitionStatus
from vigil.model.claim import (
    MANUAL_EXTRACTOR,
    Claim,
    ClaimKind,
    Review,
    ReviewState,
    fingerprint,
)
from vigil.model.dates import PartialDate, Precision
from vigil.model.event import Event, EventDetail, EventType, Regime, normalize_article
from vigil.model.facility import Facility, FacilityKind
from vigil.model.figure import HELD_CATEGORIES, Figure, Qualifier, is_held
from vigil.model.person import (
    RESTRICTED_FIELDS,
    Gender,
    NameVariant,
    Person,
    RestrictedInfo,
    Script,
    detect_script,
    search_key,
)
from vigil.model.person_edit import KEEP, Keep, PersonEdit
from vigil.model.source import Connection, Reliability, Source, content_hash, normalize_text

__all__ = [
    "HELD_CATEGORIES",
    "KEEP",
    "MANUAL_EXTRACTOR",
    "RESTRICTED_FIELDS",
    "Case",
    "Claim",
    "ClaimKind",
    "Connection",
    "Event",
    "EventDetail",
    "EventType",
    "Facility",
    "FacilityKind",
    "Figure",
    "Gender",
    "Keep",
    "NameVariant",
    "PartialDate",
    "Person",
    "PersonEdit",
    "Precision",
    "Qualifier",
    "Recognition",
    "RecognitionStatus",
    "Regime",
    "Reliability",
    "RestrictedInfo",
    "Review",
    "ReviewState",
    "Script",
    "Source",
    "content_hash",
    "detect_script",
    "fingerprint",
    "is_held",
    "normalize_article",
    "normalize_text",
    "search_key",
]
