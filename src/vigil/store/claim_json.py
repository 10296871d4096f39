"""Claim payloads and review decisions as JSON: the only place that writes or reads them
by key (the store's edge; the staff API and the audit log show the same JSON).

Version 2 (``"v": 2``) is written today. Version 1 is the shape stored before payloads
were typed: the same keys without ``"v"``, where a key may be missing (a claim cited by
hand stored only ``person_id``, ``type`` and ``date``; one with no payload stored
``{}``). Both read into the same records, so the claims of a registry made before
version 2 read back unchanged, with no migration. A decision's optional keys
(``case_id``, ``joined``, ``role``, ``group``, ``allow_conflict``, ``corroborates``,
``supersedes``, ``edited``) are written only when set, and a key absent reads as unset in
either version.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vigil.errors import StorageError
from vigil.model import ClaimKind, EventType, Gender, PartialDate, Qualifier, Regime
from vigil.model.payloads import (
    CasePayload,
    Decision,
    Edit,
    EditValue,
    EventPayload,
    FacilityPayload,
    FigurePayload,
    LinkCandidate,
    NameLink,
    OrganizationPayload,
    Payload,
    PersonPayload,
    PersonRole,
    QuotePayload,
)

__all__ = [
    "VERSION",
    "decision_from_json",
    "decision_to_json",
    "edits_to_json",
    "payload_from_json",
    "payload_to_json",
]

VERSION = 2

Json = dict[str, Any]


def _date(value: PartialDate | None) -> str | None:
    return str(value) if value is not None else None


def _link(link: NameLink) -> Json:
    return {
        "person_id": link.person_id,
        "candidates": list(link.ids),
        "candidate_scores": [
            {"person_id": c.person_id, "name": c.name, "score": c.score, "same": c.same,
             "reason": c.reason}
            for c in link.candidates
        ],
        "matcher": link.matcher,
    }  # fmt: skip


def payload_to_json(payload: Payload | None, *, versioned: bool = True) -> Json:
    """The JSON stored for ``payload`` (version 2); ``{}`` for none. Without
    ``versioned``, as the staff API shows it (no ``"v"``)."""
    if payload is None:
        return {}
    data: Json
    match payload:
        case PersonPayload():
            data = {"name": payload.name, "role": payload.role.value,
                    "gender": payload.gender.value if payload.gender else None,
                    **_link(payload.link), "reason": payload.reason,
                    "mentions": [list(m) for m in payload.mentions]}  # fmt: skip
        case EventPayload():
            data = {
                "type": payload.type.value if payload.type else None,
                "date": _date(payload.date),
                "articles": list(payload.articles),
                "term_months": payload.term_months,
                "regime": payload.regime.value if payload.regime else None,
                "facility": payload.facility,
                "detail": payload.detail,
                "person": payload.person,
                "reason": payload.reason,
            }
            data.update(_link(payload.link) if payload.link is not None else {"candidates": []})
        case FigurePayload():
            data = {
                "value": payload.value,
                "qualifier": payload.qualifier.value if payload.qualifier else None,
                "category": payload.category,
                "of_whom": payload.of_whom,
                "as_of": _date(payload.as_of),
                "breakdown": dict(payload.breakdown),
                "attributed_to": payload.attributed_to,
                "reason": payload.reason,
            }
        case FacilityPayload() | OrganizationPayload():
            data = {"name": payload.name, "reason": payload.reason}
        case QuotePayload():
            data = {"speaker": payload.speaker, "channel": payload.channel,
                    "reason": payload.reason}  # fmt: skip
        case CasePayload():
            data = {"title": payload.title, "defendants": list(payload.defendants),
                    "articles": list(payload.articles), "court": payload.court,
                    "judge": payload.judge, "activity": payload.activity,
                    "reason": payload.reason}  # fmt: skip
    return {"v": VERSION, **data} if versioned else data


def _text(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    return None if value is None or value == "" else str(value)


def _int(data: Mapping[str, Any], key: str) -> int | None:
    value = data.get(key)
    return None if value is None or value == "" else int(value)


def _partial(data: Mapping[str, Any], key: str) -> PartialDate | None:
    value = _text(data, key)
    return PartialDate.parse(value) if value else None


def _candidate(c: Mapping[str, Any]) -> LinkCandidate:
    return LinkCandidate(
        int(c["person_id"]),
        str(c.get("name") or ""),
        float(c.get("score") or 0.0),
        bool(c.get("same")),
        str(c.get("reason") or ""),
    )


def _link_of(data: Mapping[str, Any]) -> NameLink:
    return NameLink(
        person_id=_int(data, "person_id"),
        candidates=tuple(_candidate(c) for c in data.get("candidate_scores") or ()),
        matcher=_text(data, "matcher"),
    )


def payload_from_json(kind: ClaimKind, data: Mapping[str, Any] | None) -> Payload | None:
    """The record stored as ``data`` for a claim of ``kind`` (version 1 or 2)."""
    if not data or set(data) == {"v"}:
        return None
    version = data.get("v", 1)
    if version not in (1, VERSION):
        raise StorageError(
            f"a {kind.value} claim was stored in payload version {version}, which this "
            "Vigil cannot read",
            hint="upgrade Vigil to the version that wrote it",
        )
    reason = str(data.get("reason") or "")
    match kind:
        case ClaimKind.PERSON:
            gender = _text(data, "gender")
            return PersonPayload(
                name=_text(data, "name"),
                role=PersonRole(data.get("role") or PersonRole.DETAINEE.value),
                gender=Gender(gender) if gender in ("female", "male") else None,
                link=_link_of(data),
                mentions=tuple((int(m[0]), int(m[1])) for m in data.get("mentions") or ()),
                reason=reason,
            )
        case ClaimKind.EVENT:
            kind_text, regime = _text(data, "type"), _text(data, "regime")
            named = "person_id" in data or "matcher" in data
            return EventPayload(
                type=EventType.parse(kind_text) if kind_text else None,
                date=_partial(data, "date"),
                person=_text(data, "person"),
                facility=_text(data, "facility"),
                articles=tuple(str(a) for a in data.get("articles") or ()),
                term_months=_int(data, "term_months"),
                regime=Regime.parse(regime) if regime else None,
                detail=_text(data, "detail"),
                link=_link_of(data) if named else None,
                reason=reason,
            )
        case ClaimKind.FIGURE:
            qualifier = _text(data, "qualifier")
            return FigurePayload(
                value=_int(data, "value"),
                qualifier=Qualifier(qualifier) if qualifier else None,
                category=_text(data, "category"),
                of_whom=_text(data, "of_whom"),
                as_of=_partial(data, "as_of"),
                breakdown=tuple((str(k), int(v)) for k, v in (data.get("breakdown") or {}).items()),
                attributed_to=_text(data, "attributed_to"),
                reason=reason,
            )
        case ClaimKind.FACILITY:
            return FacilityPayload(_text(data, "name"), reason)
        case ClaimKind.ORGANIZATION:
            return OrganizationPayload(_text(data, "name"), reason)
        case ClaimKind.QUOTE:
            return QuotePayload(_text(data, "speaker"), _text(data, "channel"), reason)
        case ClaimKind.CASE:
            return CasePayload(
                title=_text(data, "title"),
                defendants=tuple(str(d) for d in data.get("defendants") or ()),
                articles=tuple(str(a) for a in data.get("articles") or ()),
                court=_text(data, "court"),
                judge=_text(data, "judge"),
                activity=_text(data, "activity"),
                reason=reason,
            )


def _edit_json(value: EditValue) -> Any:
    return list(value) if isinstance(value, tuple) else value


def edits_to_json(edited: tuple[Edit, ...]) -> Json:
    """The corrected fields as ``{name: value}``."""
    return {e.name: _edit_json(e.value) for e in edited}


def decision_to_json(decision: Decision, *, versioned: bool = True) -> Json:
    """The JSON stored for what accepting did (version 2); without ``versioned``, as the
    staff API and the audit log show it (no ``"v"``)."""
    data: Json = {"v": VERSION} if versioned else {}
    for key, value in (("person_id", decision.person_id), ("event_id", decision.event_id),
                       ("figure_id", decision.figure_id),
                       ("facility_id", decision.facility_id),
                       ("case_id", decision.case_id)):  # fmt: skip
        if value is not None:
            data[key] = value
    if decision.joined:
        data["joined"] = list(decision.joined)
    if decision.role is not None:
        data["role"] = decision.role.value
    if decision.group:
        data["group"] = True
    if decision.allow_conflict:
        data["allow_conflict"] = True
    if decision.corroborates:
        data["corroborates"] = True
    if decision.supersedes is not None:
        data["supersedes"] = decision.supersedes
    if decision.edited:
        data["edited"] = edits_to_json(decision.edited)
    return data


def _edit_value(value: Any) -> EditValue:
    if isinstance(value, list | tuple):
        return tuple(str(v) for v in value)
    if value is None or isinstance(value, int | str):
        return value
    return str(value)


def decision_from_json(data: Mapping[str, Any] | None) -> Decision | None:
    """What accepting did, as stored (version 1: the same keys without ``"v"``)."""
    if data is None:
        return None
    version = data.get("v", 1)
    if version not in (1, VERSION):
        raise StorageError(
            f"a review decision was stored in version {version}, which this Vigil cannot read",
            hint="upgrade Vigil to the version that wrote it",
        )
    role = _text(data, "role")
    return Decision(
        person_id=_int(data, "person_id"),
        event_id=_int(data, "event_id"),
        figure_id=_int(data, "figure_id"),
        facility_id=_int(data, "facility_id"),
        case_id=_int(data, "case_id"),
        joined=tuple(int(p) for p in data.get("joined") or ()),
        role=PersonRole(role) if role else None,
        group=bool(data.get("group")),
        edited=tuple(Edit(str(k), _edit_value(v)) for k, v in (data.get("edited") or {}).items()),
        allow_conflict=bool(data.get("allow_conflict")),
        corroborates=bool(data.get("corroborates")),
        supersedes=_int(data, "supersedes"),
    )
