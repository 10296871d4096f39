"""Which date of a sentence belongs to which event, read through the parse (en.v2).

A date expression belongs to the word its phrase hangs from in spaCy's dependency parse
(its *governor*): the nearest verb above it, or the trigger it sits in ("his arrest in
2020" is the arrest's). On the way up it passes nouns ("the night of March 2", "at a
rally on Saturday", where the parse may hang the date on "rally") but stops at a noun
of cause or of time before or after: "sentenced over protests in August 2020", "two
years after his arrest in 2020" date the protests and the arrest, no other event.

An event takes, in order (``attach``):

1. a date whose governor is the trigger's own word ("was detained on Monday", "X, who
   was detained in 2021, ...", "behind bars since 2020");
   or the date a "when" clause of it describes ("since January 2021, when he was
   arrested");
2. a date of a verb coordinated with it that has none of its own ("arrested on Monday
   and charged with treason", "detained and beaten on Monday");
3. else the sentence's dates as v1 reads them (``events.pick_date``: the nearest in the
   trigger's clause, or one opening the sentence), without those the parse gives to
   another clause (a relative clause, a "since" or "after" phrase of another verb) or
   to a noun.

A trigger that only describes a noun ("jailed activist X was released on Sunday") takes
no date of its sentence. A duration is a date only where it runs up to publication: "has
been in pre-trial detention for over two years" gives the month two years before; "was
held for two years" gives none. An isolation's duration keeps v1's reading (its start,
counted back).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vigil.extract.core.dating import DateSource
from vigil.extract.dates import FoundDate, shifted
from vigil.extract.en.participants import doc_text
from vigil.extract.events import Trigger, pick_date, reported
from vigil.extract.raw_events import RawEvent
from vigil.model import EventType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "Dateline",
    "attach",
    "dateline_end",
    "datelines",
    "describes",
    "extended",
    "governed_by",
    "head_of",
    "named_after",
    "reference_day",
    "released_on_pardon",
]

# A wire's dateline: "KYIV, March 3 (Reuters) -", "VILNIUS, Lithuania, March 5 (Reuters) -",
# "March 8 (Reuters) -", "BAKU May 15 An ...", "April 27, BPN.": its date is the report's,
# no event's. (v1's reading also takes "X was detained on Friday, March 1, at home." for one.)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_DAY = rf"{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?\s*(?:\([^()]{{1,30}}\)|/[^/]{{1,30}}/)?\s*"
_PLACE = (
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,\s+)?"
)
_DATELINE = re.compile(
    rf"\s*(?:(?:{_PLACE})?{_DAY}[–—:-]+"  # "KYIV, March 3 (Reuters) -", "March 8 (Reuters) -"
    rf"|[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*,?\s+{_DAY}(?=[A-Z][a-z])"  # "BAKU May 15 An ..."
    rf"|{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?,\s*[A-Z][\w ./()-]{{0,30}}\.(?=\s))"  # "May 2, BPN."
)
_CLAUSES = frozenset(["ROOT", "relcl", "advcl", "ccomp", "xcomp", "acl", "pcomp", "parataxis",
                      "csubj"])  # fmt: skip
_VERB_CHILDREN = frozenset(["nsubj", "nsubjpass", "aux", "auxpass", "dobj", "agent", "prt", "neg"])
# A noun after these is a cause or a time before or after: a date of it is its own ("over
# protests in August 2020", "two years after his arrest in 2020"). After other words the
# date goes on up: "detained at a rally on Saturday" (the parse may hang it on "rally").
_BECAUSE = frozenset(["for", "over", "about", "against", "after", "before", "following",
                      "despite", "regarding", "concerning"])  # fmt: skip
# A verdict's or a charge's cause, just before a date: "sentenced to five years over
# protests in August 2020", "for taking part in protests in 2020" (the parse may hang the
# date on the verb). Not "for 15 days in 2020", a term.
_LEGAL = frozenset([EventType.SENTENCED, EventType.CHARGED, EventType.CONVICTED_IN_ABSENTIA])
_CAUSE = re.compile(r"\b(?:over|for|about)\s+(?![\d.,]+\s|(?:a|an|one|two|three|four|five|six|"
                    r"seven|eight|nine|ten|\w+teen|\w+ty)\s+\w*(?:day|week|month|year))"
                    r"(?:[\w'’-]+\s+){1,5}$", re.IGNORECASE)  # fmt: skip
# ... when the cause is a deed, with a date of its own, not an offence ("sentenced to 25
# years for treason in April 2023" is the verdict's date).
_DEEDS = frozenset(["protest", "protests", "rally", "rallies", "demonstration",
                    "demonstrations", "march", "marches", "election", "elections", "post",
                    "posts", "video", "videos", "article", "articles", "comment", "comments",
                    "strike", "strikes", "riots", "unrest", "interview", "interviews",
                    "speech", "speeches", "picket", "pickets", "action", "actions"])  # fmt: skip
# The order of a case: an event shares no date of a coordinated one of an earlier stage
# (``_together``), but for these pairs (event, partner).
_STAGE = {EventType.DETAINED: 0, EventType.CHARGED: 1, EventType.SENTENCED: 2,
          EventType.CONVICTED_IN_ABSENTIA: 2, EventType.TRANSFERRED: 3, EventType.PARDONED: 4,
          EventType.RELEASED: 4, EventType.SENTENCE_COMPLETED: 4, EventType.EXILED: 5,
          EventType.DIED_IN_CUSTODY: 6}  # fmt: skip
_SAME_DAY = frozenset([(EventType.CHARGED, EventType.DETAINED),
                       (EventType.EXILED, EventType.RELEASED),
                       (EventType.EXILED, EventType.PARDONED)])  # fmt: skip
_DAYS = frozenset(["weekday", "lastw", "yesterday", "today"])  # a day said relative to now
_SAME_TIME = frozenset(["as", "when", "while", "whilst"])
_PERFECT = frozenset(["has", "have", "'s", "'ve", "’s", "’ve"])
_HELD_TYPES = frozenset([EventType.DETAINED, EventType.INCOMMUNICADO])


@dataclass(frozen=True)
class _Reading:
    governor: int | None  # token index of the word the date hangs from
    nominal: bool  # a noun (not a word of time, not a trigger)
    since: bool  # reached through "since"


def dateline_end(text: str) -> int:
    """Where a dateline that gives a date ends (0: none)."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


# A dateline opening a later line (a wire copy under a headline or a source line, the
# items of a page of reports): a place before the date ("Abuja, March 10, 2023–",
# "TBILISI, August 6 –") or an agency after it ("March 8 (Reuters) -"), so that a line of
# a chronology ("March 3, 2023 – police detained X") stays the event's date.
_LINE_DATELINE = re.compile(
    rf"(?:{_PLACE}{_DAY}[–—:-]+"
    rf"|{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?\s*\([^()]{{1,30}}\)\s*[–—:-]+"
    rf"|[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*,?\s+{_DAY}(?=[A-Z][a-z]))"
)
_DATELINE_DAY = re.compile(
    rf"(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
)
# A page's own timestamp ("date 2024-05-16 ...", "Published 22:22 IST, December 28th 2020"):
# the report's day, as a dateline's.
_STAMP = re.compile(
    rf"[ \t]*(?:date\s+\d{{4}}-\d{{2}}-\d{{2}}\b"
    rf"|(?:Published|Updated|Posted)\b[^\n]{{0,30}}?{_MONTH}\s+\d{{1,2}}"
    rf"(?:st|nd|rd|th)?,?\s+\d{{4}}\b[^\n]{{0,20}})"
)


@dataclass(frozen=True)
class Dateline:
    start: int
    end: int
    day: dt.date | None  # the report's day, when the dateline names its year


def datelines(text: str) -> list[Dateline]:
    """The datelines of ``text``: the one it opens with (``dateline_end``) and those
    opening a later line. Their date is a report's, no event's; one that names its year
    is the day the text after it (up to the next) is told on, where the text gives no
    publication date: "Paris, October 27, 2022 – ... On Thursday, October 27, a court
    convicted X" (``reference_day``)."""
    found: list[Dateline] = []
    first = _DATELINE.match(text) or _STAMP.match(text)
    if first:
        found.append(_dateline(text, first.start(), first.end()))
    for line in re.finditer(r"\n[ \t]*", text):
        m = _LINE_DATELINE.match(text, line.end()) or _STAMP.match(text, line.end())
        if m and not (found and m.start() < found[-1].end):
            found.append(_dateline(text, m.start(), m.end()))
    return found


def _dateline(text: str, start: int, end: int) -> Dateline:
    m = _DATELINE_DAY.search(text, start, end)
    day = None
    try:
        if m and m.group("iy"):
            day = dt.date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        elif m and m.group("y"):
            month = _MONTHS.get(m.group("m").lower().rstrip(".")[:3])
            day = dt.date(int(m.group("y")), month, int(m.group("d"))) if month else None
    except ValueError:
        day = None
    return Dateline(start, end, day)


def told_on_another_day(text: str, line: Dateline, published: dt.date) -> bool:
    """The dateline names a day other than the publication's ("HRODNA, March 6 (Reuters)"
    on a page of March 8); one without a year is compared by month and day."""
    if line.day is not None:
        return line.day != published
    m = _DATELINE_DAY.search(text, line.start, line.end)
    if m is None or not m.group("m"):
        return False
    month = _MONTHS.get(m.group("m").lower().rstrip(".")[:3])
    return month is not None and (month, int(m.group("d"))) != (published.month, published.day)


def reference_day(lines: list[Dateline], at: int) -> dt.date | None:
    """The day of the last dateline before ``at`` (None: none names its year)."""
    before = [d for d in lines if d.start <= at]
    return before[-1].day if before else None


_MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                        "sep", "oct", "nov", "dec"], start=1)}  # fmt: skip


def head_of(doc: Doc, start: int, end: int) -> Token | None:
    """The word a trigger's phrase rests on: "was detained" → detained, "in custody" and
    "behind bars" → the verb they complete, "his arrest" → arrest."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in {"in", "behind", "into", "under"}:
        root = root.head  # a trigger word alone ("custody" of "in custody")
    while root.dep_ in {"auxpass", "aux", "prep", "advmod"} and root.head.i != root.i:
        root = root.head
    return root


def _read(doc: Doc, d: FoundDate, heads: dict[int, int]) -> _Reading | None:
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    inside = {t.i for t in span}
    t = span.root
    since = d.text.lower().startswith("since")
    if _describes_noun(span[-1], heads):  # "a leading figure in the 2011 protests, was ..."
        return _Reading(span[-1].head.i, True, since)
    if t.dep_ == "npadvmod" and any(c.dep_ == "mark" and c.i > span[-1].i for c in t.head.children):
        t = t.head  # "sentenced ... last year after a court found him guilty": the parse hangs
        # a point in time before "after" on the clause it opens; it is the verb's before it
    while t.head.i != t.i:
        t = t.head
        if t.i in inside:
            continue
        since = since or t.lower_ == "since"
        if t.dep_ == "pobj" and t.head.lower_ == "since" and t.i not in heads:
            continue  # "behind bars since the protests of May 2021": when the state began
        if t.i in heads:  # ... "since his arrest in May 2021": the arrest's
            return _Reading(heads[t.i], False, since)
        if _where_held(t):
            continue  # "stay in prison where she has been since December 2015": the stay's
        if _verbal(t):
            return _Reading(t.i, False, since)
        if t.dep_ == "pobj" and t.head.lower_ in _BECAUSE and not t.ent_type_:
            return _Reading(t.i, True, since)  # "sentenced over protests in August 2020"
    return _Reading(t.i, False, since)


def _describes_noun(year: Token, heads: dict[int, int]) -> bool:
    """A year written before a noun ("the 2011 protests") in a phrase that describes another
    noun ("Rajab, a leading figure in the 2011 protests, was convicted ..."): the year is of
    that noun, no event's. Not one of a phrase of the verb ("arrested in the 2020
    protests"), nor of an event noun ("his 2021 arrest")."""
    noun = year.head
    if year.dep_ not in {"nummod", "compound", "amod"} or noun.i <= year.i or noun.i in heads:
        return False
    if not (year.like_num and len(year.text) == 4) or _verbal(noun):
        return False
    prep, owner = noun.head, noun.head.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and owner.dep_ in _NOMINAL and (
        owner.i not in heads and not _verbal(owner))  # fmt: skip


_NOMINAL = frozenset(["appos", "nsubj", "nsubjpass", "dobj", "pobj", "attr"])


_BEING = frozenset(["been", "is", "was", "are", "were", "remained", "remains", "stayed",
                    "stays", "sat", "sits"])  # fmt: skip


def _where_held(t: Token) -> bool:
    """A "where" clause of being, about the place a state is in: "in prison, where he has
    been since 2019", "the colony where she remains since March"."""
    return t.lower_ in _BEING and any(c.lower_ == "where" and c.dep_ == "advmod"
                                      for c in t.children)  # fmt: skip


def _verbal(t: Token) -> bool:
    """A verb, told by the parse alone (the pipeline has no tagger): it heads a clause or
    has a subject, an auxiliary or an object, or is coordinated with one that does."""
    if t.dep_ in _CLAUSES or any(c.dep_ in _VERB_CHILDREN for c in t.children):
        return True
    return t.dep_ == "conj" and t.head.i != t.i and t.head.dep_ in _CLAUSES | {"conj"} and (
        _verbal(t.head))  # fmt: skip


def governed_by(doc: Doc, dates: list[FoundDate], word: Token) -> list[FoundDate]:
    """The dates of ``dates`` that hang from ``word`` (a status's verb: "is in custody
    since 2021"); a duration only when it runs up to now ("has been in prison for two
    years": its start, ``_held``)."""
    found = [d if d.kind != "for" else _held(d, word) for d in dates
             if (r := _read(doc, d, {})) and r.governor == word.i and d.date]  # fmt: skip
    return [d for d in found if d.kind not in {"for", "before"}]


def attach(
    doc: Doc,
    trig: Trigger,
    dates: list[FoundDate],
    sentence: tuple[int, int],
    triggers: list[Trigger],
) -> tuple[FoundDate | None, DateSource]:
    """The date of ``dates`` (the sentence's) that belongs to ``trig``, and the rung it
    came from (the structure or the sentence); ``triggers`` are the spans of every
    trigger of the sentence."""
    text = doc_text(doc)[sentence[0] : sentence[1]]
    head = head_of(doc, trig.start, trig.end)
    if head is not None and describes(head):
        return None, DateSource.NONE  # "jailed activist X was released on Sunday": a status
    if head is not None and extended(head):
        return None, DateSource.NONE  # "on Tuesday extended the detention of X": not its start
    if head is None:
        found = pick_date(trig, dates, sentence[0], text)
        return found, DateSource.SENTENCE if found and found.date else DateSource.NONE
    heads: dict[int, int] = {}
    kinds: dict[int, EventType] = {}  # a trigger's word → its event type
    for other in triggers:
        span = doc.char_span(other.start, other.end, alignment_mode="expand")
        h = head_of(doc, other.start, other.end)
        if span is not None and h is not None:
            heads.update({t.i: h.i for t in span})
            kinds.setdefault(h.i, other.type)
    own = {t.i for t in doc.char_span(trig.start, trig.end, alignment_mode="expand") or ()}
    own.add(head.i)
    readings = {id(d): _read(doc, d, heads) for d in dates}
    if trig.type in _LEGAL:  # "sentenced ... over protests in August 2020"
        for d in dates:
            cause = _CAUSE.search(text[: d.start - sentence[0]])
            if d.start > trig.end and cause and _DEEDS & set(cause.group(0).lower().split()):
                readings[id(d)] = _Reading(None, True, False)
    events = own | set(heads.values())  # a date the parse gives to an event's word is no report's
    usable = [d for d in dates if _usable(d, trig, doc, readings.get(id(d)), own, text, sentence,
                                          events)]  # fmt: skip

    def nearest(found: list[FoundDate]) -> FoundDate:
        return min(found, key=lambda d: min(abs(d.start - trig.end), abs(trig.start - d.end)))

    mine = [d for d in usable if (r := readings[id(d)]) and r.governor in own]
    if mine:
        return _held(nearest(mine), head), DateSource.STRUCTURE
    apart = _apart_from(doc, head, usable, readings)  # "freed on Thursday, a day after being
    if apart is not None:  # pardoned": the pardon's day is the day before
        return apart, DateSource.STRUCTURE
    when = _when(doc, head, dates)  # "since January 2021, when he was arrested"
    if when is not None:
        return when, DateSource.STRUCTURE
    described = _noun_dated(head, trig.type, usable, readings)
    if described is not None:  # "The verdict, delivered on 3 June, gave him ... sentence"
        return described, DateSource.STRUCTURE
    # a verb coordinated with the trigger's, with no date of its own: theirs is shared
    partners = {c.i for c in head.conjuncts if _verbal(c)}
    if head.dep_ in {"advcl", "xcomp"} and _at_once(head):
        partners.add(head.head.i)  # "detained Frolova on Thursday, accusing her of ..."
    partners |= {c.i for c in head.children if c.dep_ == "advcl" and _at_once(c)}
    partners = {i for i in partners if i not in kinds or _together(trig.type, kinds[i])}
    shared = [d for d in usable if (r := readings[id(d)]) and not r.since and (
        r.governor in partners or (r.governor in _reduced(head) and d.kind in _DAYS))
        and d.kind not in {"for", "held"}]  # fmt: skip
    if shared:
        return nearest(shared), DateSource.STRUCTURE
    others = {d.start for d in usable if _elsewhere(readings[id(d)], head, own, doc)}
    rest = [d for d in dates if d.start not in others
            and (d.kind != "for" or trig.type is EventType.INCOMMUNICADO)]  # fmt: skip
    found = pick_date(trig, rest, sentence[0], text)
    return found, DateSource.SENTENCE if found and found.date else DateSource.NONE


def _noun_dated(
    head: Token, kind: EventType, usable: list[FoundDate], readings: dict[int, _Reading | None]
) -> FoundDate | None:
    """The date of a participle describing a noun that names the trigger's event and is an
    argument of the trigger's verb: "The verdict, delivered on 3 June, gave him a
    suspended sentence of two years" (the sentence's date is the verdict's)."""
    nouns = _EVENT_NOUNS.get(kind)
    if nouns is None:
        return None
    verb = head.head if head.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj"} else head
    for noun in verb.children:
        if (
            noun.i == head.i
            or noun.lower_ not in nouns
            or noun.dep_ not in {"nsubj", "nsubjpass", "dobj"}
        ):
            continue
        parts = {c.i for c in noun.children if c.dep_ == "acl"}
        for d in usable:
            r = readings.get(id(d))
            if r is not None and r.governor in parts and not r.since:
                return d
    return None


def _usable(
    d: FoundDate,
    trig: Trigger,
    doc: Doc,
    r: _Reading | None,
    own: set[int],
    text: str,
    sentence: tuple[int, int],
    events: set[int] | frozenset[int] = frozenset(),
) -> bool:
    """A date that may be an event's: resolved (or a year-less one, left null), not an
    end ("until"), not a report's ("said on Sunday"; a recognition is the report's), and
    a duration only for an isolation or a time held up to now. A date the parse gives to
    the word of an event (``events``: the trigger's, or another trigger's it may share,
    "X, who was arrested and charged six months ago, told reporters") is no report's,
    whatever word follows it."""
    if d.date is None and d.kind == "y":
        return False
    before = text[max(0, d.start - sentence[0] - 8) : d.start - sentence[0]].lower()
    if d.text.lower().startswith(("until", "till")) or before.rstrip().endswith(
        ("until", "till", "through", " to")
    ):
        return False
    if (
        trig.type is not EventType.RECOGNIZED_POLITICAL_PRISONER
        and (r is None or r.governor not in own | events)
        and reported(d, sentence[0], text)
    ):
        return False  # "said on Sunday", unless the parse gives the date to the trigger
    if d.kind == "for":
        if trig.type is EventType.INCOMMUNICADO:
            return True
        return trig.type in _HELD_TYPES and r is not None and r.governor in own and _perfect(
            doc[r.governor])  # fmt: skip
    return True


_EXTEND = frozenset(["extend", "extends", "extended", "extending", "prolong", "prolongs",
                     "prolonged", "prolonging", "renew", "renews", "renewed",
                     "renewing"])  # fmt: skip


def extended(word: Token) -> bool:
    """A detention the clause extends: "a court on Tuesday extended the pretrial detention of
    X", "X's custody was prolonged": the date is the extension's, not the detention's."""
    return word.dep_ in {"dobj", "nsubjpass"} and word.head.lower_ in _EXTEND


def describes(word: Token) -> bool:
    """A trigger that describes a noun it opens: "Jailed activist X", "the jailed blogger"
    (not "on Monday sentenced journalist X", which the parse may also read so)."""
    if word.dep_ != "amod":
        return False
    before = word.nbor(-1) if word.i > word.sent.start else None
    if _prefixed(word):
        return False  # "Police re-arrested journalist X late Tuesday": a verb the parse misread
    return before is None or before.dep_ in {"det", "poss", "punct", "amod"} or before.is_punct


def _prefixed(word: Token) -> bool:
    """The verb of "re-arrested", "re-detained": split by the tokenizer at the hyphen, its
    second half the parse may read as a word describing the noun after it."""
    if word.i < word.sent.start + 2:
        return False
    hyphen, prefix = word.nbor(-1), word.nbor(-2)
    return hyphen.text == "-" and not prefix.whitespace_ and not hyphen.whitespace_ and (
        prefix.lower_ == "re")  # fmt: skip


def _reduced(head: Token) -> set[int]:
    """Participles that describe the trigger's object or subject with no comma ("pardoned
    23 people convicted of extremist crimes on Tuesday"): a day's date at their end is, in
    wire style, the trigger's."""
    return {
        c.i
        for arg in head.children
        if arg.dep_ in {"dobj", "nsubjpass", "nsubj"}
        for c in arg.children
        if c.dep_ == "acl" and c.i > arg.i and not any(t.is_punct for t in c.doc[arg.i : c.i])
    }


def _apart_from(
    doc: Doc, head: Token, usable: list[FoundDate], readings: dict[int, _Reading | None]
) -> FoundDate | None:
    """A trigger told as a span of time after or before another verb's dated event: "were
    freed on Thursday, a day after being pardoned" (Wednesday), "released on Friday, two
    days after he was sentenced" (Wednesday), "a week before being transferred"; to the
    precision of the other's date and the unit."""
    word = span = verb = None
    if head.dep_ == "pcomp" and head.head.lower_ in {"after", "before"}:
        word = head.head  # "a day after being pardoned": day ← after ← pardoned
        if word.head.dep_ == "npadvmod" and word.head.i != word.i:
            span, verb = word.head, word.head.head
    elif head.dep_ == "advcl":  # "two days after he was sentenced"
        word = next((c for c in head.children
                     if c.dep_ == "mark" and c.lower_ in {"after", "before"}), None)  # fmt: skip
        span = next((c for c in head.children if c.dep_ == "npadvmod"), None)
        verb = head.head
    if word is None or span is None or verb is None:
        return None
    count = next((c.text for c in span.children if c.dep_ in {"nummod", "det"}), None)
    if count is None:
        return None
    for d in usable:
        r = readings.get(id(d))
        if (
            d.date
            and r is not None
            and r.governor == verb.i
            and not r.since
            and d.kind not in {"for", "before", "held"}
        ):
            moved = shifted(d.date, count, span.lower_, -1 if word.lower_ == "after" else 1)
            if moved is not None:  # its words say how it was counted: "on Thursday, a day before"
                side = "before" if word.lower_ == "after" else "after"
                told = f"{d.text}, {count} {span.text} {side}"
                return FoundDate(d.start, d.end, moved, "later", told)
    return None


def _when(doc: Doc, head: Token, dates: list[FoundDate]) -> FoundDate | None:
    """The date a "when" clause describes: "in January 2021, when he was arrested"; also
    when the parse hangs the clause on the verb the date belongs to ("began a hunger strike
    on October 24, 2016, when his wife was arrested and sentenced"): the date just before
    the "when". A verb coordinated with the clause's shares it."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    when = next((c for v in (head, *head.conjuncts) for c in v.children
                 if c.lower_ == "when" and c.dep_ in {"advmod", "mark"}), None)  # fmt: skip
    if head.dep_ not in {"relcl", "advcl"} or when is None:
        return None
    at = head.head.idx
    found = next((d for d in dates if d.start <= at < d.end and d.date), None)
    if found is None:  # "..., on October 24, 2016, when ...": the date right before it
        text = doc_text(doc)
        found = next((d for d in dates if d.date and d.kind not in {"for", "before"}
                      and d.end <= when.idx
                      and re.fullmatch(r"[\s,]*", text[d.end : when.idx])), None)  # fmt: skip
    return found


def _together(kind: EventType, partner: EventType) -> bool:
    """Whether an event may share the date of a coordinated one: not one that comes later
    in a case ("arrested in 2021 and sentenced to four years": the sentence is not of
    2021), but "arrested on Monday and charged", "pardoned on Tuesday and released"."""
    if (kind, partner) in _SAME_DAY:
        return True
    return _STAGE.get(kind, -1) <= _STAGE.get(partner, 99)


def _at_once(clause: Token) -> bool:
    """An adverbial clause of the same time: none marked, or "as", "when", "while" ("detained
    X as he was leaving his home on Tuesday"), not "after", "before", "since", "until"."""
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
    return all(m in _SAME_TIME for m in marks)


def _perfect(verb: Token) -> bool:
    """ "has been", "have been held": a state that runs up to now."""
    return any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in verb.children)


def _held(d: FoundDate, head: Token) -> FoundDate:
    """A duration up to now ("has been held for two years") dates the event by its start,
    counted back from publication (``dates``): kind "held", not v1's "for"."""
    if d.kind != "for" or not _perfect(head):
        return d
    return FoundDate(d.start, d.end, d.date, "held", d.text)


def _elsewhere(r: _Reading | None, head: Token, own: set[int], doc: Doc) -> bool:
    """The parse gives the date to a noun or to another clause: a verb that is not the
    trigger's and does not govern it ("X, who was detained in 2021, was sentenced on
    Monday": 2021 is not the sentencing's)."""
    if r is not None and r.nominal:
        return True
    if r is None or r.governor is None or r.governor in own:
        return False
    governor = doc[r.governor]
    return head not in governor.subtree or r.since


def released_on_pardon(events: list[RawEvent]) -> None:
    """ "X pardoned 23 people on Tuesday. Among those released were A and B": an undated
    release is the pardon's, of its sentence or of one at most two before."""
    pardons = sorted((e for e in events if e.type is EventType.PARDONED and e.date
                      and e.date.date), key=lambda e: e.sentence)  # fmt: skip
    for e in events:
        if e.type is not EventType.RELEASED or (e.date and e.date.date):
            continue
        before = [p for p in pardons if 0 <= e.sentence - p.sentence <= 2]
        if before:
            e.date, e.inherited = before[-1].date, True


# Nouns that name an event of a type in a sentence of its own: "The verdict was announced
# on Friday", "The arrest took place on Tuesday".
_EVENT_NOUNS = {
    EventType.SENTENCED: frozenset(["verdict", "sentence", "sentencing", "ruling", "judgment",
                                    "judgement"]),
    EventType.DETAINED: frozenset(["arrest", "detention", "raid"]),
    EventType.RELEASED: frozenset(["release"]),
    EventType.PARDONED: frozenset(["pardon"]),
    EventType.CHARGED: frozenset(["charges", "indictment"]),
}  # fmt: skip


_POSSESSIVES = frozenset(["his", "her", "their"])


def named_after(
    events: list[RawEvent], doc: Doc, sentences: list[tuple[int, int]],
    dates: dict[int, list[FoundDate]],
) -> None:  # fmt: skip
    """An undated event takes the date of a sentence after it that names the event by a
    noun as its subject ("X was sentenced to four years. The verdict was announced on
    Friday.") when the date hangs from that sentence's verb: the next sentence, or one of
    the few after it when no other event of the type is told in between ("X has been
    sentenced ... He was detained in 2025 ... The verdict was handed down on March 10")."""
    for e in events:
        nouns = _EVENT_NOUNS.get(EventType.SENTENCED if e.type is EventType.CONVICTED_IN_ABSENTIA
                                 else e.type)  # fmt: skip
        if nouns is None or (e.date and e.date.date):
            continue
        told = {x.sentence for x in events if x is not e and x.type is e.type}
        for later in range(e.sentence + 1, min(e.sentence + 1 + _NAMED_AHEAD, len(sentences))):
            if later in told or _named_in(e, doc, sentences[later], dates.get(later, [])):
                break


# How many sentences after an undated event a noun naming it may date it from.
_NAMED_AHEAD = 4


def _named_in(
    e: RawEvent, doc: Doc, sentence: tuple[int, int], dates: list[FoundDate]
) -> bool:  # fmt: skip
    """Dates ``e`` from ``sentence`` when its subject is a noun naming ``e``'s kind of event
    and a date hangs from its verb; whether the sentence names such an event at all."""
    nouns = _EVENT_NOUNS[EventType.SENTENCED if e.type is EventType.CONVICTED_IN_ABSENTIA
                         else e.type]  # fmt: skip
    start, end = sentence
    span = doc.char_span(start, end, alignment_mode="expand")
    subject = next((t for t in span or () if t.lower_ in nouns
                    and t.dep_ in {"nsubj", "nsubjpass"}), None)  # fmt: skip
    if subject is None:
        return False
    if any(c.dep_ == "poss" and c.lower_ not in _POSSESSIVES for c in subject.children):
        return True  # "Y's arrest": another's
    for d in dates:
        r = _read(doc, d, {})
        if (
            d.date
            and r is not None
            and r.governor == subject.head.i
            and not r.since
            and (d.kind not in {"for", "before"})
        ):
            e.date, e.inherited = d, True
            break
    return True
