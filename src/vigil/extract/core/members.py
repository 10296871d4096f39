"""Group to member: which earlier group statements a list of named members belongs to.

A sentence states an event of a group ("police detained five journalists") and a later
one names members ("the five: X, Y and Z", "Among them were X and Y", "Those freed
include X"). The members take the events of the group statement they refer to: the one
whose count the reference gives ("the five"), however far back, else the nearest one at
most ``REACH`` sentences back sharing a word with it ("journalists"), and the statements
that follow it, each at most ``REACH`` sentences after the one before, without a new count
(the group's later events, "The journalists were later released"); a bare pronoun
("them", "those"), or a reference with no word in common with a statement in reach,
refers to the nearest statement, at most ``REACH`` sentences back. A word shared with a
statement further back is no reference: an article about journalists shares
"journalists" with all its group statements.
Language-independent: a pack gives the words.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["REACH", "GroupStatement", "referred"]

REACH = 3  # sentences a pronoun may reach back to its group


@dataclass(frozen=True)
class GroupStatement:
    sentence: int
    words: frozenset[str]  # lower-case words of the group's phrase and sentence
    count: int | None  # the group's count where it gives one


def referred(
    statements: list[GroupStatement],
    at: int,
    reference: frozenset[str],
    pronoun: bool,
    count: int | None = None,
) -> list[GroupStatement]:
    """The statements before sentence ``at`` that the members named there belong to."""
    before = sorted((s for s in statements if s.sentence < at), key=lambda s: s.sentence)
    if not before:
        return []
    if pronoun or not reference:
        nearest = before[-1]
        return _introduced(before, [s for s in before if s.sentence == nearest.sentence]) if (
            at - nearest.sentence <= REACH) else []  # fmt: skip
    first = next((s for s in reversed(before) if count is not None and s.count == count), None)
    if first is None:
        first = next((s for s in reversed(before)
                      if s.words & reference and at - s.sentence <= REACH), None)  # fmt: skip
    if first is None:  # no word in common: the nearest statement, as for a pronoun
        return referred(statements, at, frozenset(), True)
    chosen = [first]
    for s in before:
        if s.sentence <= first.sentence:
            continue
        if s.count is not None and s.count != first.count:
            break  # another group: "In August, police detained eight journalists"
        if s.sentence - chosen[-1].sentence > REACH:
            break  # the story has moved on
        chosen.append(s)
    return _introduced(
        before, [s for s in before if s.sentence == first.sentence and s is not first] + chosen
    )


def _introduced(before: list[GroupStatement], chosen: list[GroupStatement]) -> list[GroupStatement]:
    """``chosen`` with the statements before it that tell the same group's story, when the
    first chosen one gives no count of its own ("Five students were detained on Tuesday.
    The students were charged with ... Among the detainees: X, Y"; "The six were detained
    in January. The court handed them sentences ... They are X, Y"): walking back, each
    at most ``REACH`` sentences before the last taken, up to and with the nearest one that
    gives a count; none when no count is reached."""
    if not chosen or any(s.count is not None for s in chosen):
        return chosen
    head = min(s.sentence for s in chosen)
    taken: list[GroupStatement] = []
    for s in reversed([s for s in before if s.sentence < head]):
        if head - s.sentence > REACH:
            break
        if taken and s.sentence != taken[-1].sentence and taken[-1].count is not None:
            break  # the counted statement's sentence is taken whole
        taken.append(s)
        head = s.sentence
    if not any(s.count is not None for s in taken):
        return chosen  # no counted statement in reach: the group is not traced back
    return sorted(taken, key=lambda s: s.sentence) + chosen
