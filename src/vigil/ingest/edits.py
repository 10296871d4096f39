"""The fields of a claim a reviewer may correct before accepting: which ones per kind,
how a form shows them, how typed or posted text is parsed, and how the corrections make
the payload that accepting records. ``vigil review``, the staff pages and the staff API
all edit through here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from vigil.errors import InvalidInput
from vigil.model import (
    CasePayload,
    Claim,
    ClaimKind,
    EditValue,
    EventPayload,
    EventType,
    FacilityPayload,
    FigurePayload,
    Gender,
    OrganizationPayload,
    PartialDate,
    Payload,
    PersonPayload,
    PersonRole,
    Qualifier,
    QuotePayload,
    Regime,
)

__all__ = [
    "EDIT_FIELDS",
    "HINTS",
    "OPTIONS",
    "apply_edits",
    "changed_edits",
    "edits",
    "form_values",
    "shown",
]

#: The payload fields a reviewer may correct, per kind of claim.
EDIT_FIELDS: dict[ClaimKind, tuple[str, ...]] = {
    ClaimKind.EVENT: ("type", "date", "person", "facility", "articles", "term_months",
                      "regime", "detail"),
    ClaimKind.FIGURE: ("value", "qualifier", "category", "as_of", "attributed_to"),
    ClaimKind.PERSON: ("name", "role", "gender"),
    ClaimKind.FACILITY: ("name",),
    ClaimKind.CASE: ("title", "defendants", "articles", "court", "judge", "activity"),
}  # fmt: skip
#: The values a field may take, where they are few.
OPTIONS: dict[str, tuple[str, ...]] = {
    "type": tuple(t.value for t in EventType),
    "regime": ("", *(r.value for r in Regime)),
    "qualifier": tuple(q.value for q in Qualifier),
    "role": tuple(r.value for r in PersonRole),
    "gender": ("", "female", "male"),
}
HINTS = {
    "date": "YYYY, YYYY-MM or YYYY-MM-DD; ~ in front for an estimate",
    "as_of": "YYYY, YYYY-MM or YYYY-MM-DD",
    "articles": "criminal-code articles, separated by commas",
    "term_months": "the term in months",
    "value": "a whole number",
    "person": "the name as the source writes it",
    "defendants": "the names as the source writes them, separated by commas",
}
_INTEGERS = ("term_months", "value")


def shown(value: object) -> str:
    """A value as a form field shows it."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def _empty(kind: ClaimKind) -> Payload:
    """The payload of a claim that stated nothing beyond its quote, to be edited."""
    empty: dict[ClaimKind, Payload] = {
        ClaimKind.PERSON: PersonPayload(None),
        ClaimKind.EVENT: EventPayload(None),
        ClaimKind.FIGURE: FigurePayload(None),
        ClaimKind.FACILITY: FacilityPayload(None),
        ClaimKind.ORGANIZATION: OrganizationPayload(None),
        ClaimKind.QUOTE: QuotePayload(),
        ClaimKind.CASE: CasePayload(),
    }
    return empty[kind]


def form_values(
    kind: ClaimKind, payload: Payload | None, names: tuple[str, ...] | None = None
) -> dict[str, str]:
    """The editable fields of ``payload`` (or only ``names``) as a form shows them."""
    p = payload if payload is not None else _empty(kind)
    values: dict[str, object]
    match p:
        case EventPayload():
            values = {"type": p.type, "date": p.date, "person": p.person,
                      "facility": p.facility, "articles": p.articles,
                      "term_months": p.term_months, "regime": p.regime,
                      "detail": p.detail}  # fmt: skip
        case FigurePayload():
            values = {"value": p.value, "qualifier": p.qualifier, "category": p.category,
                      "as_of": p.as_of, "attributed_to": p.attributed_to}  # fmt: skip
        case PersonPayload():
            values = {"name": p.name, "role": p.role, "gender": p.gender}
        case FacilityPayload():
            values = {"name": p.name}
        case CasePayload():
            values = {"title": p.title, "defendants": p.defendants, "articles": p.articles,
                      "court": p.court, "judge": p.judge, "activity": p.activity}  # fmt: skip
        case _:
            values = {}
    wanted = names if names is not None else EDIT_FIELDS.get(kind, ())
    return {name: shown(values.get(name)) for name in wanted}


def _parsed(name: str, value: object) -> EditValue:
    """One edited field: typed text parsed, a JSON value checked."""
    if name in _INTEGERS:
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        text = str(value).strip()
        if not text:
            return None
        if not text.isdigit():
            raise InvalidInput(f"{name} must be a whole number, not {text!r}", hint=HINTS[name])
        return int(text)
    if name in ("articles", "defendants"):
        items = value if isinstance(value, list | tuple) else str(value or "").split(",")
        return tuple(str(a).strip() for a in items if str(a).strip())
    if value is not None and not isinstance(value, str):
        raise InvalidInput(f"{name} must be text, not {value!r}", hint=HINTS.get(name, ""))
    return (value or "").strip() or None


def _one_of(name: str, known: tuple[str, ...], text: str) -> str:
    if text not in known:
        raise InvalidInput(f"{name} cannot be {text!r}", hint="use one of: " + ", ".join(known))
    return text


def _qualifier(text: str) -> Qualifier:
    return Qualifier(_one_of("qualifier", OPTIONS["qualifier"], text))


def _role(text: str) -> PersonRole:
    return PersonRole(_one_of("role", OPTIONS["role"], text))


def _gender(text: str) -> Gender:
    return Gender(_one_of("gender", ("female", "male"), text))


#: How an edited text becomes the value of the payload's field of that name.
_TYPED: dict[str, Callable[[str], object]] = {
    "type": EventType.parse,
    "date": PartialDate.parse,
    "as_of": PartialDate.parse,
    "regime": Regime.parse,
    "qualifier": _qualifier,
    "role": _role,
    "gender": _gender,
}


def _typed(name: str, value: EditValue) -> object:
    if name == "role" and value is None:
        raise InvalidInput("role cannot be empty", hint="use one of: " + ", ".join(PersonRole))
    if value is None or isinstance(value, int | tuple):
        return value
    parse = _TYPED.get(name)
    return parse(value) if parse is not None else value


def edits(claim: Claim, given: Mapping[str, object]) -> dict[str, EditValue]:
    """The corrections ``given`` for ``claim``, parsed and checked; a field its kind does
    not let a reviewer correct is refused."""
    allowed = EDIT_FIELDS.get(claim.kind, ())
    stray = sorted(set(given) - set(allowed))
    if stray:
        raise InvalidInput(
            f"{stray[0]!r} cannot be edited on a {claim.kind.value} claim",
            hint="edit " + (", ".join(allowed) if allowed else "nothing on this kind"),
        )
    parsed = {name: _parsed(name, value) for name, value in given.items()}
    apply_edits(claim.kind, claim.payload, parsed)  # refuse a bad date or type now
    return parsed


def changed_edits(claim: Claim, submitted: Mapping[str, str]) -> dict[str, EditValue]:
    """From a form that shows the editable fields: those the reviewer changed. A field
    posted empty is cleared; a field not posted at all stays as it was."""
    before = form_values(claim.kind, claim.payload)
    changed = {
        name: text
        for name in EDIT_FIELDS.get(claim.kind, ())
        if name in submitted and (text := submitted[name]).strip() != before[name]
    }
    return edits(claim, changed)


def apply_edits(
    kind: ClaimKind, payload: Payload | None, edited: Mapping[str, EditValue]
) -> Payload | None:
    """``payload`` with the corrected fields (already parsed by ``edits``) in place."""
    if not edited:
        return payload
    allowed = EDIT_FIELDS.get(kind, ())
    for name in edited:
        if name not in allowed:
            raise InvalidInput(
                f"{name!r} cannot be edited on a {kind.value} claim",
                hint="edit " + (", ".join(allowed) if allowed else "nothing on this kind"),
            )
    base = payload if payload is not None else _empty(kind)
    # Field names are checked above; their values are typed by ``_typed``.
    changes: dict[str, Any] = {name: _typed(name, value) for name, value in edited.items()}
    return replace(base, **changes)
