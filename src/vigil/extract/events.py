"""Events in a sentence: a trigger phrase, the persons it is about, its date and detail.

Who the event is about follows the trigger's voice: after a form of "to be" or a comma
("X was detained", "X, sentenced to") the person stands before it; after an active verb
or a noun ("sentenced X", "the arrest of X") the person follows. A list of names
("A, B and C") shares the event. Officials are never the subject of an event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vigil.extract.core.carry import family
from vigil.extract.dates import FoundDate
from vigil.extract.lexicon import BE_BEFORE, EVENT_TRIGGERS_RE
from vigil.extract.numbers import NUMBER, parse_number
from vigil.model import EventType, PartialDate, Regime, normalize_article

__all__ = [
    "Trigger",
    "articles_of",
    "family",  # from the shared skeleton (core.carry), for the English pack
    "find_triggers",
    "pick_date",
    "regime_of",
    "reported",
    "term_of",
]

_PATIENT_BEFORE = re.compile(
    r"\b(?:received|receives|got|began\s+serving|behind\s+bars|died|death|became|incommunicado|"
    r"whereabouts|remains?|walked\s+free|went\s+free)\b", re.IGNORECASE)  # fmt: skip
_PRONOUN_BEFORE = re.compile(r"\b(?:he|she|they)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_PRONOUN_AFTER = re.compile(r"^\s+(?:\w+\s+)?(him|her)\b", re.IGNORECASE)
_NOT_FACT = re.compile(
    r"(?:\b(?:will|would|could|can|should|must|shall|may|might|to)\s+(?:not\s+)?(?:be\s+)?"
    r"(?:\w+ly\s+)?(?:and\s+\w+ly\s+)?"
    r"|\b(?:is|are)\s+eventually\s+|\bonce\s+\w+\s+(?:is|are)\s+|"
    r"\b(?:call(?:ed|s|ing)?\s+for|demand(?:ed|s|ing)?|"
    r"urg(?:e|ed|es|ing)|seek(?:s|ing)?|push(?:ed|es|ing)?\s+for)\s+(?:the\s+)?(?:\w+\s+)?)$",
    re.IGNORECASE,
)


# "found guilty" in a clause of time before its verdict ("handed down after X and others
# were found guilty earlier this month", "following a trial that found him guilty") is a
# step before the sentence, not the verdict; after "if" or "unless" it is only possible.
_VERDICT_BEHIND = re.compile(r"\b(?:after|following|before|if|unless)\b[^,;:]*$", re.IGNORECASE)


# "to" as a preposition, not an infinitive: "subjected to enforced disappearance"
# A court's or prosecutor's order states the detention it orders: "ordered X, a local
# reporter, to be detained for 15 days".
_ORDERED = re.compile(r"\bordered\b[^.;]{0,120}?\bto\s+(?:be\s+)?$", re.IGNORECASE)
_TO_PLACE = re.compile(r"\b(?:subjected|exposed|sentenced|condemned|transferred|sent|moved|"
                       r"taken|brought|returned|due|related|linked|prior|owing)\s+to\s+$",
                       re.IGNORECASE)  # fmt: skip


@dataclass
class Trigger:
    type: EventType
    start: int
    end: int
    passive: bool
    reason: str
    persons: list[int] = field(default_factory=list)  # cluster indices


# A capitalized word soon after the trigger: a person it acts on ("X, released Y"), but
# not a month or a day ("X, pardoned in July 2023, thanked ...") nor a place after a
# preposition ("X, serving 10 years in Al-Sadr prison, ...").
_NAME_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}(?<!\bin )(?<!\bat )(?<!\bfrom )(?<!\bnear )"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z]"
)


def find_triggers(sentence: str, offset: int) -> list[Trigger]:
    """Trigger phrases in one sentence, the more specific type first where they overlap."""
    found: list[Trigger] = []
    for kind, pattern, voice in EVENT_TRIGGERS_RE:
        for m in pattern.finditer(sentence):
            if any(m.start() < t.end - offset and t.start - offset < m.end() for t in found):
                continue
            before = sentence[max(0, m.start() - 40) : m.start()]
            if (
                _NOT_FACT.search(before)
                and not _TO_PLACE.search(before)
                and not (kind is EventType.DETAINED and _ORDERED.search(sentence[: m.start()]))
            ):
                continue  # "will be released", "called for the release of": not a fact
                # (but "a prosecutor ordered X to be detained for 15 days" is one)
            if (
                kind in {EventType.RELEASED, EventType.PARDONED}
                and re.search(
                    r"\b(?:statement|report|video|list|data|figures|information|decree)\s+$", before
                )
                and not (kind is EventType.PARDONED and re.search(r"\bdecrees?\s+$", before))
            ):
                continue  # ("a decree pardoning X" is a pardon; "a decree released" is not)
            if m.group(0).lower() == "found" and _VERDICT_BEHIND.search(sentence[: m.start()]):
                continue  # "sentences were handed down after X was found guilty": an earlier step
            if voice == "passive" or _PATIENT_BEFORE.match(m.group(0)):
                passive = True
            elif voice == "active":
                passive = False
            else:
                passive = bool(
                    BE_BEFORE.search(before)
                    or (
                        re.search(
                            r"(?:,|\bwho|\bafter\s+being|\band)\s*(?:first\s+|later\s+|then\s+|"
                            r"subsequently\s+|eventually\s+|finally\s+)?$",
                            before,
                        )
                        and not _PRONOUN_AFTER.match(sentence[m.end() :])
                        and not _NAME_AFTER.match(sentence[m.end() :])
                    )
                )
            reason = f'"{m.group(0)[:40]}" ({"person before" if passive else "person after"})'
            end = m.end() if m.end() - m.start() <= 40 else m.start() + len(m.group(0).split()[0])
            found.append(Trigger(kind, m.start() + offset, end + offset, passive, reason))
    return sorted(found, key=lambda t: t.start)


_UNIT = r"(?P<u>years?|months?|yrs?)"
_TERM = re.compile(
    rf"\b(?:(?P<a>a)\s+(?P<au>year|month)\s+and\s+a\s+half|(?P<n>{NUMBER})[-\s]{_UNIT}"
    rf"(?:\s+and\s+(?P<n2>{NUMBER})\s+months?)?)",
    re.IGNORECASE,
)


def term_of(text: str) -> tuple[int | None, str | None]:
    """A sentence's prison term in months, and the words that give it."""
    for m in _TERM.finditer(text):
        if re.match(r"\s*(?:ago|old|later|earlier|before)\b|-old", text[m.end() :]):
            continue
        if m.group("a"):
            months = 18 if m.group("au").lower() == "year" else 1
            return months, m.group(0)
        value = parse_number(m.group("n"))
        if value is None:
            continue
        unit = m.group("u").lower()
        months_f = value * 12 if unit.startswith("y") else value
        if m.group("n2"):
            extra = parse_number(m.group("n2"))
            months_f += extra or 0
        if months_f <= 0 or months_f > 12 * 50:
            continue
        return int(months_f), m.group(0)
    return None, None


_REGIMES = [
    (Regime.STRICT, r"strict[- ]regime|maximum[- ]security|strict[- ]security"),
    (Regime.SPECIAL, r"special[- ]regime"),
    (Regime.ENHANCED, r"enhanced[- ]regime|reinforced[- ]regime|high[- ]security"),
    (Regime.MEDIUM_SECURITY, r"medium[- ]security"),
    (Regime.GENERAL, r"general[- ]regime|low[- ]security"),
    (Regime.COLONY_SETTLEMENT, r"colony[- ]settlement|open[- ]type"),
    (Regime.RESTRICTED_FREEDOM, r"restricted\s+freedom|restriction\s+of\s+freedom|"
                                r"home\s+confinement|chemistry"),
    (Regime.SUSPENDED, r"suspended|probation"),
    (Regime.PRISON, r"\bin\s+(?:a\s+)?prison\b(?!\s+colony)"),
]  # fmt: skip


def regime_of(text: str) -> Regime | None:
    for regime, pattern in _REGIMES:
        if re.search(pattern, text, re.IGNORECASE):
            return regime
    return None


_ARTICLE = re.compile(
    r"\b(?:(?:Part|Section)\s+(?P<p>\d+)\s+of\s+)?Articles?\s+(?P<a>\d{1,3}(?:[-.]\d{1,2})?)"
    r"(?:\s*(?:,|and)\s*(?P<b>\d{1,3}(?:-\d{1,2})?))*",
)


def articles_of(text: str) -> tuple[str, ...]:
    found: list[str] = []
    for m in _ARTICLE.finditer(text):
        numbers = re.findall(r"\d{1,3}(?:-\d{1,2})?", text[m.start("a") : m.end()])
        for i, number in enumerate(numbers):
            raw = f"{number} part {m.group('p')}" if m.group("p") and i == 0 else number
            try:
                found.append(normalize_article(raw))
            except Exception:
                continue
    return tuple(dict.fromkeys(found))


_CLAUSE_BREAK = re.compile(r"[,;:—–()]|\s(?:and|but|when|while|after|before|which)\s")


def pick_date(
    trigger: Trigger, dates: list[FoundDate], sentence_start: int, sentence: str
) -> FoundDate | None:
    """The date expression that belongs to the trigger: in its clause, nearest first;
    else a date that opens the sentence ("Two months ago, a court ...")."""

    def same_clause(d: FoundDate) -> bool:
        lo, hi = sorted(
            (d.end, trigger.start) if d.end <= trigger.start else (trigger.end, d.start)
        )
        between = sentence[lo - sentence_start : hi - sentence_start]
        return not _CLAUSE_BREAK.search(between)

    def end_date(d: FoundDate) -> bool:  # "remanded until February 15": not when it began
        return bool(re.search(r"\b(?:until|till|through|to)\s+$", sentence[
            max(0, d.start - sentence_start - 8) : d.start - sentence_start])) or bool(
            re.match(r"(?:until|till)\b", d.text, re.IGNORECASE))  # fmt: skip

    usable = [d for d in dates if (d.date is not None or d.kind != "y") and not end_date(d)]
    # A date of the report ("said on Sunday that X was detained") is not the event's, except
    # for a recognition, which the report itself makes.
    if trigger.type is not EventType.RECOGNIZED_POLITICAL_PRISONER:
        usable = [d for d in usable if not reported(d, sentence_start, sentence)]
    near = [d for d in usable if same_clause(d)]
    if near:
        return min(near, key=lambda d: min(abs(d.start - trigger.end), abs(trigger.start - d.end)))
    opening = sentence_start + (sentence.find(",") if "," in sentence else -10)
    lead = [d for d in usable if d.end <= opening and d.start - sentence_start < 25]
    return lead[0] if lead else None


_REPORT_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|reported|stated|added|wrote|posted|statement|report|"
    r"(?:statement|report|list|video|decree)\s+(?:released|published))\s+(?:\w+\s+)?$",
    re.IGNORECASE)  # fmt: skip
_REPORT_AFTER = re.compile(
    r"^\s*,?\s*(?:(?:\w+\s+)?(?:said|says|told|announced|reported|stated|added|wrote)"
    r"|(?:welcomed|condemned|urged|demanded))\b",
    re.IGNORECASE,
)  # also a group's reaction right after: "CPJ today welcomed the release of X" (not "his
# arrest on Tuesday was condemned")


def reported(d: FoundDate, sentence_start: int, sentence: str) -> bool:
    """A date that belongs to the report, not the event: "said on Sunday", "on Sunday said",
    "in a statement released yesterday"."""
    before = sentence[max(0, d.start - sentence_start - 30) : d.start - sentence_start]
    after = sentence[d.end - sentence_start : d.end - sentence_start + 25]
    return bool(_REPORT_BEFORE.search(before) or _REPORT_AFTER.match(after))


def date_of(found: FoundDate | None) -> PartialDate | None:
    return found.date if found else None
