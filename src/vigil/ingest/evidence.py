"""What a reviewer sees of a claim before deciding: what it proposes in one line, the
source text around its span, the registry persons its name may be, and the fields an
accept may correct (with their parsing). ``vigil review``, the staff pages and the staff
API all show a claim through ``view``, so they agree on every one of these.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from vigil.errors import InvalidInput
from vigil.extract.types import Role as PersonRole
from vigil.ingest import corroboration
from vigil.ingest.corroboration import Match
from vigil.ingest.linking import link_person
from vigil.ingest.review import Choice, decided_person, known_person
from vigil.model import Claim, ClaimKind, EventType, Qualifier, Regime, ReviewState, Source
from vigil.store.claims import get_claims
from vigil.store.persons import get_persons
from vigil.store.sources import get_source

__all__ = [
    "CONTEXT_CHARS",
    "EDIT_FIELDS",
    "HINTS",
    "OPTIONS",
    "Candidate",
    "ClaimView",
    "Context",
    "candidates_for",
    "changed_edits",
    "decision_words",
    "describe",
    "edits",
    "facts_for",
    "person_name",
    "shown",
    "span_context",
    "view",
]

#: How much of the source is shown on each side of a claim's span.
CONTEXT_CHARS = 500

#: The payload fields a reviewer may correct, per kind of claim.
EDIT_FIELDS: dict[ClaimKind, tuple[str, ...]] = {
    ClaimKind.EVENT: ("type", "date", "person", "facility", "articles", "term_months",
                      "regime", "detail"),
    ClaimKind.FIGURE: ("value", "qualifier", "category", "as_of", "attributed_to"),
    ClaimKind.PERSON: ("name", "role", "gender"),
    ClaimKind.FACILITY: ("name",),
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
}
_INTEGERS = ("term_months", "value")


def describe(claim: Claim) -> str:
    """What a claim proposes, in one line."""
    p = claim.payload
    if not p:
        return "nothing beyond its quote (cited by hand)"
    if claim.kind is ClaimKind.EVENT:
        bits = [str(p.get("type", "")).replace("_", " "), f"on {p.get('date') or '(no date)'}"]
        bits.append(f"of {p['person']}" if p.get("person") else "of an unnamed group")
        bits += [f"{k}: {p[k]}" for k in ("facility", "detail") if p.get(k)]
        if p.get("articles"):
            bits.append("articles " + ", ".join(p["articles"]))
        return " ".join(bits)
    if claim.kind is ClaimKind.FIGURE:
        return " ".join(
            str(x)
            for x in (str(p.get("qualifier", "")).replace("_", " "), p.get("value"),
                      p.get("category"), f"as of {p['as_of']}" if p.get("as_of") else "",
                      f"said by {p['attributed_to']}" if p.get("attributed_to") else "")
            if x
        )  # fmt: skip
    if claim.kind is ClaimKind.PERSON:
        return f"{p.get('name')} ({p.get('role') or 'role unknown'})"
    if claim.kind is ClaimKind.QUOTE:
        return f"said by {p.get('speaker') or '?'}" + (
            f" on {p['channel']}" if p.get("channel") else ""
        )
    return str(p.get("name", ""))


def decision_words(decision: Mapping[str, Any]) -> list[str]:
    """What accepting a claim wrote, in words: "person 12", "event 40", ..."""
    if decision.get("corroborates"):
        fact = "event" if "event_id" in decision else "figure"
        about = f" (person {decision['person_id']})" if decision.get("person_id") else ""
        return [f"confirms {fact} {decision[fact + '_id']}{about}"]
    made = [f"{k.removesuffix('_id')} {v}" for k, v in decision.items() if k.endswith("_id")]
    if decision.get("supersedes"):
        made.append(f"correcting event {decision['supersedes']}")
    if decision.get("role"):
        made.append(f"named as {decision['role']}, not a record of the registry")
    if decision.get("group"):
        made.append("an unnamed group, recorded on nobody")
    if decision.get("edited"):
        made.append("with edits")
    return made


@dataclass(frozen=True, slots=True)
class Context:
    """The source around a claim's span, cut at words; ``clipped_*`` when text was left out."""

    before: str
    after: str
    clipped_start: bool
    clipped_end: bool


def span_context(text: str, start: int, end: int, whole: bool = False) -> Context:
    if whole:
        return Context(text[:start], text[end:], False, False)
    left = max(0, start - CONTEXT_CHARS)
    if left:  # start at a word
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    right = min(len(text), end + CONTEXT_CHARS)
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else right
    return Context(text[left:start], text[end:right], left > 0, right < len(text))


def shown(value: object) -> str:
    """A payload value as a form field shows it."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def _parsed(name: str, value: object) -> object:
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
    if name == "articles":
        items = value if isinstance(value, list | tuple) else str(value or "").split(",")
        return [str(a).strip() for a in items if str(a).strip()]
    if value is not None and not isinstance(value, str):
        raise InvalidInput(f"{name} must be text, not {value!r}", hint=HINTS.get(name, ""))
    return (value or "").strip() or None


def edits(claim: Claim, given: Mapping[str, object]) -> dict[str, object]:
    """The corrections ``given`` for ``claim``, parsed; a field its kind does not let a
    reviewer correct is refused."""
    allowed = EDIT_FIELDS.get(claim.kind, ())
    stray = sorted(set(given) - set(allowed))
    if stray:
        raise InvalidInput(
            f"{stray[0]!r} cannot be edited on a {claim.kind.value} claim",
            hint="edit " + (", ".join(allowed) if allowed else "nothing on this kind"),
        )
    return {name: _parsed(name, value) for name, value in given.items()}


def changed_edits(claim: Claim, submitted: Mapping[str, str | None]) -> dict[str, object]:
    """From a form that shows every editable field: only those the reviewer changed."""
    changed = {
        name: text
        for name in EDIT_FIELDS.get(claim.kind, ())
        if (text := submitted.get(name)) is not None
        and text.strip() != shown(claim.payload.get(name))
    }
    return edits(claim, changed)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A registry person a claim's name may be, with the matcher's reason."""

    person_id: int
    name: str  # the person's primary name
    matched: str  # the variant the name matched
    score: float
    same: bool
    reason: str


def person_name(claim: Claim) -> tuple[str | None, str | None]:
    """The name (and gender) a person or event claim is about."""
    if claim.kind is ClaimKind.PERSON:
        return claim.payload.get("name"), claim.payload.get("gender")
    if claim.kind is ClaimKind.EVENT:
        return claim.payload.get("person"), None
    return None, None


def candidates_for(conn: Connection, name: str, gender: str | None) -> list[Candidate]:
    """Registry persons ``name`` may be, best first, judged afresh."""
    link = link_person(conn, name, gender if gender in ("female", "male") else None)
    names = {p.id: p.display_name for p in get_persons(conn, link.ids)}
    return [
        Candidate(int(c["person_id"]), names.get(int(c["person_id"]), ""), str(c["name"]),
                  float(c["score"]), bool(c["same"]), str(c["reason"]))
        for c in link.candidates
    ]  # fmt: skip


@dataclass(frozen=True, slots=True)
class ClaimView:
    """A claim as a reviewer sees it, read afresh."""

    claim: Claim
    source: Source
    summary: str
    context: Context
    name: str | None
    candidates: tuple[Candidate, ...]
    decided_by: tuple[int, int] | None  # (person id, the accepted person claim's id)
    editable: tuple[str, ...]
    facts: tuple[Match, ...] = ()  # known facts a proposed claim confirms or contradicts


def facts_for(conn: Connection, claim: Claim) -> tuple[Match, ...]:
    """The registry's facts a proposed event or figure claim confirms or contradicts
    (``ingest.corroboration``), judged as accepting it would judge them."""
    if claim.state is not ReviewState.PROPOSED:
        return ()
    if claim.kind is ClaimKind.FIGURE:
        return corroboration.judge_figure(conn, claim.source_id, claim.payload)
    if claim.kind is not ClaimKind.EVENT:
        return ()
    person_id = known_person(conn, claim, claim.payload, Choice())
    if person_id is None:
        return ()
    try:
        stated = corroboration.stated_event(conn, claim.payload)
    except InvalidInput:
        return ()  # a bad type, date or article: the edit form says so on accept
    return corroboration.judge_event(conn, person_id, stated)


def view(conn: Connection, claim_id: int, *, whole: bool = False) -> ClaimView:
    """Claim ``claim_id`` with its evidence; ``whole`` shows the whole source around it."""
    claim = get_claims(conn, [claim_id])[0]
    source = get_source(conn, claim.source_id)
    name, gender = person_name(claim)
    decided = (
        decided_person(conn, claim.source_id, name)
        if name and claim.kind is ClaimKind.EVENT
        else None
    )
    return ClaimView(
        claim=claim,
        source=source,
        summary=describe(claim),
        context=span_context(source.text, claim.start, claim.end, whole),
        name=name,
        candidates=tuple(candidates_for(conn, name, gender)) if name else (),
        decided_by=decided,
        editable=EDIT_FIELDS.get(claim.kind, ()),
        facts=facts_for(conn, claim),
    )
