"""Why two names match or not, as data: the matcher decides on these, text comes last.

Each ``Reason`` says one thing about the comparison (which parts were aligned and how,
what conflicts), with the written parts it concerns. ``render`` turns them into the line
a reviewer reads; no code branches on that line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class Why(StrEnum):
    """One kind of evidence for or against a match."""

    # evidence for
    SAME_TEXT = "same_text"  # one part written the same way
    SAME_SKELETON = "same_skeleton"  # one sound skeleton (Bialiatski ~ Беляцкий)
    SIMILAR = "similar"  # close skeletons, with the similarity
    GIVEN_EQUIVALENT = "given_equivalent"  # one given name (Ales ~ Aliaksandr, Mikola ~ Mikalai)
    CASE_FORM = "case_form"  # a part read in its dictionary form (Беляцкого as Беляцкий)
    INITIAL_FITS = "initial_fits"
    INITIALS_AGREE = "initials_agree"  # two initials of one letter (A. ~ А.)
    PATRONYMICS_AGREE = "patronymics_agree"
    ACRONYM = "acronym"
    SURNAME_ONLY = "surname_only"  # a lone surname against a full name: a weaker match
    # neutral
    UNMATCHED = "unmatched"  # parts of the longer name left over
    WORD_ORDER = "word_order"
    # evidence against (conflicts: any of these makes ``same`` false)
    GIVEN_DIFFER = "given_differ"
    GIVEN_GENDER_DIFFER = "given_gender_differ"
    RELATIVES = "relatives"  # masculine and feminine forms of one family name
    INITIAL_MISFIT = "initial_misfit"
    PATRONYMICS_DIFFER = "patronymics_differ"
    GENDERS_DIFFER = "genders_differ"
    ONE_PART = "one_part"  # one part against several, and not a surname: a candidate
    NOTHING_TO_COMPARE = "nothing_to_compare"
    UNREADABLE = "unreadable"


CONFLICTS = frozenset(
    {
        Why.GIVEN_DIFFER,
        Why.GIVEN_GENDER_DIFFER,
        Why.RELATIVES,
        Why.INITIAL_MISFIT,
        Why.PATRONYMICS_DIFFER,
        Why.GENDERS_DIFFER,
        Why.ONE_PART,
        Why.NOTHING_TO_COMPARE,
        Why.UNREADABLE,
    }
)


@dataclass(frozen=True, slots=True)
class Reason:
    """One piece of evidence: its kind, the written parts, and a detail where useful
    (the shared skeleton, the dictionary form a case form was read as)."""

    why: Why
    parts: tuple[str, ...] = ()
    score: float | None = None
    detail: str = ""

    @property
    def conflict(self) -> bool:
        """Whether this reason speaks against one person."""
        return self.why in CONFLICTS


def _pair(parts: tuple[str, ...]) -> str:
    return " ~ ".join(parts)


_TEXT: dict[Why, Callable[[Reason], str]] = {
    Why.SAME_TEXT: lambda r: f"same {r.parts[0]}",
    Why.SAME_SKELETON: lambda r: f"{_pair(r.parts)} (one skeleton '{r.detail}')",
    Why.SIMILAR: lambda r: f"{_pair(r.parts)} ({r.score:.2f})",
    Why.GIVEN_EQUIVALENT: lambda r: (
        f"same given name {r.parts[0]}" if r.detail == "same" else f"given names {_pair(r.parts)}"
    ),
    Why.CASE_FORM: lambda r: f"reading case form {r.parts[0]} as {r.detail}",
    Why.INITIAL_FITS: lambda r: f"initial {r.parts[0]}. fits {r.parts[1]}",
    Why.INITIALS_AGREE: lambda r: f"initials {r.parts[0]}. ~ {r.parts[1]}.",
    Why.PATRONYMICS_AGREE: lambda r: f"patronymics {_pair(r.parts)}",
    Why.ACRONYM: lambda r: f"{r.parts[0]} is the acronym of {r.parts[1]}",
    Why.SURNAME_ONLY: lambda r: (
        f"surname only: {r.parts[0]} fits the surname of {r.parts[1]}; "
        "a weaker match, to be confirmed by another detail"
    ),
    Why.UNMATCHED: lambda r: "unmatched " + ", ".join(r.parts),
    Why.WORD_ORDER: lambda r: "word order differs",
    Why.GIVEN_DIFFER: lambda r: f"different given names {r.parts[0]} / {r.parts[1]}",
    Why.GIVEN_GENDER_DIFFER: lambda r: (
        f"given names {r.parts[0]} and {r.parts[1]} differ (and in gender)"
    ),
    Why.RELATIVES: lambda r: (
        f"{r.parts[0]} and {r.parts[1]} are masculine and feminine forms of one family "
        "name: relatives, not one person"
    ),
    Why.INITIAL_MISFIT: lambda r: f"initial {r.parts[0]}. does not fit {r.parts[1]}",
    Why.PATRONYMICS_DIFFER: lambda r: f"different patronymics {r.parts[0]} / {r.parts[1]}",
    Why.GENDERS_DIFFER: lambda r: "the names are of different genders",
    Why.ONE_PART: lambda r: "only one name part to compare: a candidate, not a match",
    Why.NOTHING_TO_COMPARE: lambda r: "nothing but initials to compare",
    Why.UNREADABLE: lambda r: f"{r.parts[0]} / {r.parts[1]} unreadable",
}


def render(reasons: tuple[Reason, ...]) -> str:
    """The reviewer's line: conflicts first, then the evidence, ``; ``-separated."""
    ordered = [r for r in reasons if r.conflict] + [r for r in reasons if not r.conflict]
    return "; ".join(_TEXT[r.why](r) for r in ordered)
