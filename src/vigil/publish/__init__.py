"""The publication boundary: the only road from the registry to the public.

Public pages, the public API, downloads, exports, feeds and briefings read the registry
through ``Publication`` and publish only its views. It redacts withheld names from every
text, holds back what the ``PublicationPolicy`` keeps from the public about a person
whose name is withheld, and suppresses small cells. See docs/publication.md.
"""

from vigil.publish.cases import CaseDetail, CaseRef, CaseSummary, DefendantView, NamedRef, TallyView
from vigil.publish.cells import ALL, OTHER, Cell, csv_text, safe_cell, suppress
from vigil.publish.policy import DatePrecision, PublicationPolicy, WithheldField
from vigil.publish.queries.persons import PersonQuery, PersonSort, StatusFilter
from vigil.publish.reader import (
    FlowView,
    OrganisationCount,
    Publication,
    PublishedPage,
    RecentView,
    Redirect,
    SourceDetail,
)
from vigil.publish.redact import MARKER, Redactor, RedactorCache
from vigil.publish.views import (
    EventView,
    FacilityDetail,
    FacilitySummary,
    FacilityView,
    FigureView,
    HeldCount,
    OutOfSightView,
    PersonDetail,
    PersonSummary,
    QuoteView,
    RecognitionView,
    SentenceView,
    SourceRef,
    SourceView,
    event_label,
    status_label,
)
from vigil.stats.counts import BreakdownField, Step
from vigil.stats.sight import Sight

__all__ = [
    "ALL",
    "MARKER",
    "OTHER",
    "BreakdownField",
    "CaseDetail",
    "CaseRef",
    "CaseSummary",
    "Cell",
    "DatePrecision",
    "DefendantView",
    "EventView",
    "FacilityDetail",
    "FacilitySummary",
    "FacilityView",
    "FigureView",
    "FlowView",
    "HeldCount",
    "NamedRef",
    "OrganisationCount",
    "OutOfSightView",
    "PersonDetail",
    "PersonQuery",
    "PersonSort",
    "PersonSummary",
    "Publication",
    "PublicationPolicy",
    "PublishedPage",
    "QuoteView",
    "RecentView",
    "RecognitionView",
    "Redactor",
    "RedactorCache",
    "Redirect",
    "SentenceView",
    "Sight",
    "SourceDetail",
    "SourceRef",
    "SourceView",
    "StatusFilter",
    "Step",
    "TallyView",
    "WithheldField",
    "csv_text",
    "event_label",
    "safe_cell",
    "status_label",
    "suppress",
]
