"""Events → status segments → counts, series, breakdowns. Pure functions."""

from vigil.status.counting import (
    AGE_BANDS,
    Step,
    age_band,
    breakdown_at,
    count_at,
    days_held,
    days_incommunicado,
    series,
    series_points,
)
from vigil.status.fold import (
    HELD,
    Custody,
    Fold,
    Segment,
    StatusConflict,
    active_events,
    event_order,
    fold,
)
from vigil.status.recognition import UNATTRIBUTED, Headline, Position, Rule, positions
from vigil.status.versions import Version, versions

__all__ = [
    "AGE_BANDS",
    "HELD",
    "UNATTRIBUTED",
    "Custody",
    "Fold",
    "Headline",
    "Position",
    "Rule",
    "Segment",
    "StatusConflict",
    "Step",
    "Version",
    "active_events",
    "age_band",
    "breakdown_at",
    "count_at",
    "days_held",
    "days_incommunicado",
    "event_order",
    "fold",
    "positions",
    "series",
    "series_points",
    "versions",
]
