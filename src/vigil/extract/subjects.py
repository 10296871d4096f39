"""Whom an event trigger is about: the persons it names, or a pronoun for one of them.

A passive trigger ("X was detained", "X, sentenced to") takes the person named before it,
with those listed beside them ("X, Y and Z"); an active one ("sentenced X", "the arrest
of X") the person named after it. "he", "she", "him", "his fate" go to the most salient
person (``coref``); "them" to the persons of the event before; "her husband" to the
person introduced as "my husband, X". Officials are never the subject.
"""

from __future__ import annotations

import re

from vigil.extract.coref import KIN, Coref
from vigil.extract.events import Trigger
from vigil.extract.persons import Mention

__all__ = ["patients"]

# Words between a name and a passive verb that show the verb has another subject.
_OTHER_SUBJECT = re.compile(
    r"\b(?:said|says|told|noted|that|people|prisoners|persons|them|they|those|others|he|she)\b",
    re.IGNORECASE,
)


def patients(
    co: Coref, trig: Trigger, sent: tuple[int, int], last_people: list[int]
) -> tuple[list[int], str]:
    """The persons ``trig`` is about, by index into ``co.clusters``, and why."""
    s_start, s_end = sent
    inside = [x for x in co.mentions_in(s_start, s_end)
              if not co.clusters[x[1]].official]  # fmt: skip
    if trig.passive:
        before = [k for k, (m, _) in enumerate(inside) if m.end <= trig.start]
        if before:
            k = before[-1]
            gap = co.text[inside[k][0].end : trig.start]
            kin = KIN.search(gap)
            if kin and kin.group(2).lower() in co.kin:
                who = co.kin[kin.group(2).lower()]
                co.link(who, inside[k][0].end + kin.start(), kin.group(0))
                return [who], f'"{kin.group(0)}" named earlier'
            if (
                ";" not in gap
                and len(gap) <= 140
                and not re.search(r"\bby\s*$", gap)
                and not _OTHER_SUBJECT.search(gap)
            ):
                chosen = _coordinated(co, inside, k, -1)
                plural = re.search(r"\b(?:were|are|have\s+been)\b", co.text[
                    max(s_start, trig.start - 20) : trig.start + 12])  # fmt: skip
                if len(chosen) == 1 and plural:
                    chosen += _appositive_pair(co, inside, k)
                return chosen, "named before the trigger"
        head = co.text[max(s_start, trig.start - 150) : trig.start]
        own = re.search(r"\b(his|her)\s+$", head, re.IGNORECASE)
        if own and not before:  # "His whereabouts remain unknown"
            meant = co.salient(trig.start, own.group(1))
            if meant is not None:
                co.link(meant, trig.start - len(head) + own.start(1), own.group(1))
                return [meant], f'"{own.group(1)}" refers to the last person named'
        pron = re.search(r"\b(he|she|they)\b(?!.*\b(?:he|she|they)\b)", head, re.IGNORECASE)
        if pron and _OTHER_SUBJECT.search(head[pron.end() :]):
            pron = None
        if pron and pron.group(1).lower() != "they":
            said = co.salient(trig.start - len(head) + pron.start(), pron.group(1))
            if said is not None:
                who = said
                co.link(who, trig.start - len(head) + pron.start(1), pron.group(1))
                return [who], f'"{pron.group(1)}" refers to the last person named'
        incl = re.search(r"\b(?:including|such\s+as|among\s+them)\b", co.text[trig.end : s_end])
        if incl and not before:
            later = [k for k, (m, _) in enumerate(inside) if m.start >= trig.end + incl.end()]
            if later:
                return _coordinated(co, inside, later[0], 1), "named in the list that follows"
        if co.text.find(",", s_start, s_end) > trig.end or not before:
            after = [k for k, (m, _) in enumerate(inside) if m.start >= trig.end]
            if after and not pron:
                return [inside[after[0]][1]], "subject of the sentence"
        return [], ""
    after = [k for k, (m, _) in enumerate(inside) if m.start >= trig.end]
    tail = co.text[trig.end : s_end]
    them = re.search(r"\bthem\b", co.text[trig.start : trig.end]) or re.match(
        r"\s+(?:\w+\s+)?them\b", tail)  # fmt: skip
    if them and len(last_people) > 1:
        return list(last_people), '"them": the persons of the event before'
    pron = re.match(
        r"\s+(?:\w+\s+)?(him|her)\b(?!\s+(?:husband|wife|son|daughter|brother|"
        r"sister|father|mother|lawyer|family|colleague))|\s+(his|her)\s+(?:fate|"
        r"whereabouts|health|condition|arrest|detention|release|case)\b",
        tail,
    )
    if pron and pron.group(1) is None:
        pron = re.match(r"\s+(his|her)", tail)
    if pron:
        meant = co.salient(trig.start, pron.group(1))
        if meant is not None:
            co.link(meant, trig.end + pron.start(1), pron.group(1))
            return [meant], f'"{pron.group(1)}" refers to the last person named'
    if after:
        k = after[0]
        gap = co.text[trig.end : inside[k][0].start]
        if ";" not in gap and len(gap) <= 90 and not re.search(r"\bsaid\b|\bby\b|[\"“”]", gap):
            return _coordinated(co, inside, k, 1), "named after the trigger"
    return [], ""


def _coordinated(co: Coref, items: list[tuple[Mention, int]], first: int, step: int) -> list[int]:
    """The persons listed with ``items[first]`` ("X, Y and Z"), walking by ``step``."""
    chosen = [items[first][1]]
    i = first
    while 0 <= i + step < len(items):
        a, b = (items[i][0], items[i + step][0]) if step > 0 else (items[i + step][0], items[i][0])
        gap = re.sub(r"\([^)]*\)", "", co.text[a.end : b.start])
        parallel = re.fullmatch(r"\s*and\s+(?:[\w’'-]+\s+){1,3}to\s+", gap)
        if not parallel and (not re.fullmatch(r"\s*(?:,|and|&|or|as\s+well\s+as)?\s*"
                             r"(?:,|and)?\s*(?:[\w’'-]+\s+){0,4}", gap) or re.search(
                                r"\b(?:said|says|was|were|is|are|has|have|had|who|which|that|"
                                r"told|to|by|from)\b", gap)):  # fmt: skip
            break
        if not re.search(r",|\band\b|&|\bor\b", gap):
            break
        i += step
        if not co.clusters[items[i][1]].official:
            chosen.append(items[i][1])
    return chosen


def _appositive_pair(co: Coref, items: list[tuple[Mention, int]], k: int) -> list[int]:
    """ "X, sentenced to 11 years, and Y, taken into custody, were ...": a plural verb
    whose first subject is separated from the second by its own appositive."""
    if k == 0:
        return []
    gap = co.text[items[k - 1][0].end : items[k][0].start]
    if re.fullmatch(r",\s+[a-z][^;.]{0,120},\s*and\s+(?:[\w’'-]+\s+){0,2}", gap):
        other = items[k - 1][1]
        return [] if co.clusters[other].official else [other]
    return []
