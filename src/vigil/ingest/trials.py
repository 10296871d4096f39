"""Case claims proposed from what an extractor found: a trial of several people.

When one clause says that two or more named detainees were sentenced (or charged)
together ("The court sentenced the journalists A and B to two years"), each gets an
event resting on the same words; that shared clause is a group trial, proposed as one
case claim naming them all, with the court, judge and articles the clause gives.
Review decides whether it is a new case or one the registry holds. Works on any
extractor's output, in any language it reads.
"""

from __future__ import annotations

import re
from collections import defaultdict

from vigil.extract.types import Extraction, FoundEvent, Role
from vigil.ingest.case_review import case_claim
from vigil.model import CasePayload, Claim, EventType

__all__ = ["TRIAL_EVENTS", "trial_claims"]

#: The events that, said of several people in one clause, make a group trial.
TRIAL_EVENTS = frozenset({EventType.SENTENCED, EventType.CHARGED,
                          EventType.CONVICTED_IN_ABSENTIA})  # fmt: skip

_COURT = re.compile(
    r"(?:[A-Z][\w'’-]+ )+(?:District |Regional |City |Supreme |Military )?Court"
    r"(?: of (?:the )?[A-Z][\w'’-]+)?"
    r"|[А-ЯЁІЎ][\w-]+ (?:районн|областн|городск|гарадск|раённ|абласн)\w* суд\w*"
    r"(?: [А-ЯЁІЎ]\w+)?"
    r"|(?:Верховн|Вярхоўн)\w* [Сс]уд\w*"
)
_JUDGE = re.compile(
    r"\b(?:[Jj]udge|[Сс]удья|[Сс]уддзя) ([A-ZА-ЯЁІЎ][\w'’-]+(?: [A-ZА-ЯЁІЎ][\w'’-]+)?)"
)
_LEADING = ("The ", "A ")


def _court(quote: str) -> str | None:
    match = _COURT.search(quote)
    if match is None:
        return None
    court = match.group(0)
    for word in _LEADING:
        court = court.removeprefix(word)
    return court


def trial_claims(found: Extraction, source_id: int, text: str) -> list[Claim]:
    """One case claim for each clause in which several named detainees were sentenced or
    charged together (the names in the order the text gives them)."""
    together: dict[tuple[int, int], list[tuple[str, FoundEvent]]] = defaultdict(list)
    for person in found.persons:
        if person.role is not Role.DETAINEE:
            continue
        for event in person.events:
            if event.type in TRIAL_EVENTS:
                together[(event.span.start, event.span.end)].append((person.name, event))
    out = []
    for (start, end), named in sorted(together.items()):
        names = list(dict.fromkeys(name for name, _ in named))
        if len(names) < 2:
            continue
        quote = text[start:end]
        judge = _JUDGE.search(quote)
        articles = tuple(dict.fromkeys(a for _, e in named for a in e.articles))
        payload = CasePayload(
            defendants=tuple(names), articles=articles, court=_court(quote),
            judge=judge.group(1) if judge else None,
            reason=f"{len(names)} named persons {named[0][1].type.value} in one clause: "
            "a group trial",
        )  # fmt: skip
        confidence = min(e.confidence for _, e in named) * 0.9
        out.append(case_claim(source_id, text, start, end, payload, extractor=found.extractor,
                              confidence=confidence))  # fmt: skip
    return out
