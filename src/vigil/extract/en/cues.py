"""The weak cues of one candidate: a person named in a sentence that states an event.

A candidate is a trigger of a sentence (``events.find_triggers`` and the pack's trigger
words) and a person the sentence names. Whether the event is that person's depends on
many small things at once: where the name stands in the parse against the trigger
(subject of a passive, object, apposition of the subject, a speaker), an acting role,
the words after the name and between it and the trigger. Each cue is a string feature
("path=nsubjpass^", "w+1=,"); the classifier of ``vigil.extract.learn`` weighs them.
The same function makes the features for training (``make train``) and for extracting,
so the two cannot drift apart.

Left out, because cross-validation on the work part said they hurt (log-loss 0.382 →
0.316 without them): the trigger word itself (it ties the model to the triggers of the
work articles), the words before the name (too sparse for 200 examples; the acting role
carries "judge X"), the token distance, the path length and the count of names between.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from vigil.extract.en.participants import Path, doc_text, trigger_token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from vigil.extract.events import Trigger

__all__ = ["Candidate", "cues"]


@dataclass(frozen=True)
class Candidate:
    """One person named in a sentence with one of its triggers."""

    start: int  # the name's mention nearest the trigger, characters
    end: int
    source: str  # how the name was found: "ner", "rule", "surname"
    acting: bool  # introduced anywhere by an acting role ("judge X", "X, a lawyer")
    speaks: bool  # the subject of a speech verb in the sentence ("X said")
    closing: bool  # in a closing "..., X said." (a source)
    parse: Path | None  # how ``participants`` reached them from the trigger, if it did
    persons: int  # persons named in the sentence


def _bucket(n: int) -> str:
    return str(n) if n <= 3 else "4-6" if n <= 6 else "7-12" if n <= 12 else "13+"


def _root(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    t = span.root
    while t.dep_ == "compound" and t.head is not t:
        t = t.head
    return t


def _up(t: Token) -> list[Token]:
    chain = [t]
    while chain[-1].head is not chain[-1] and len(chain) < 40:
        chain.append(chain[-1].head)
    return chain


def _path(name: Token, trig: Token) -> str:
    """The dependency labels from the name up to the lowest common head, then down to
    the trigger ("nsubjpass^" when the name is the passive subject of the trigger)."""
    from_name, from_trig = _up(name), _up(trig)
    common = next((t for t in from_name if t in from_trig), None)
    if common is None:
        return "none"
    ups = [t.dep_ for t in from_name[: from_name.index(common)]]
    downs = [t.dep_ for t in from_trig[: from_trig.index(common)]][::-1]
    if len(ups) + len(downs) > 5:
        return "long"
    return "^".join(ups) + "^" + "v".join(downs)


def _word(t: Token) -> str:
    return t.lower_ if t.is_alpha else t.text if t.is_punct else "#"


def cues(doc: Doc, trig: Trigger, c: Candidate) -> list[str]:
    """The features of candidate ``c`` for trigger ``trig`` (sorted, no duplicates)."""
    kind = trig.type.value
    out = {f"type={kind}", f"src={c.source}", f"persons={_bucket(c.persons)}"}
    if c.acting:
        out.add("acting")
    if c.speaks:
        out |= {"speaks", f"speaks&{kind}"}
    if c.closing:
        out.add("closing")
    parse = c.parse.name if c.parse else "none"
    out |= {f"parse={parse}", f"parse={parse}&{kind}"}
    t = trigger_token(doc, trig.start, trig.end)
    name = _root(doc, c.start, c.end)
    side = "before" if c.start < trig.start else "after"
    out |= {f"side={side}", f"side={side}&{kind}", f"passive={trig.passive}"}
    if t is None or name is None:
        return sorted(out)
    # (the parsing pipeline has no tagger or lemmatizer: surface forms, lower case)
    out |= {f"name.dep={name.dep_}", f"name.dep={name.dep_}&{kind}",
            f"name.head={_word(name.head)}", f"ent={name.ent_type_ or 'none'}"}  # fmt: skip
    path = _path(name, t)
    out |= {f"path={path}", f"path={path}&{side}"}
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    first, last = (span.start, span.end) if span is not None else (name.i, name.i + 1)
    for k in (1, 2, 3):
        if last - 1 + k < len(doc):
            out.add(f"w+{k}={_word(doc[last - 1 + k])}")
    lo, hi = (last, t.i) if name.i < t.i else (t.i + 1, first)
    if 0 < hi - lo <= 8:
        out |= {f"btw={_word(doc[i])}" for i in range(lo, hi)}
    elif hi - lo > 8:
        out.add("btw=far")
    if any(x.dep_ == "neg" for x in t.children):
        out.add("negated")
    return sorted(out)


def organisation_cues(doc: Doc, start: int, end: int, known: bool, persons: list[tuple[int, int]],
                      places: list[tuple[int, int]], dateline_end: int) -> list[str]:  # fmt: skip
    """The features of an organisation the text names at ``start:end``: is it one the
    text is about (a human rights centre, a party, a ministry) or a place the model took
    for one ("Minsk"), a news agency's dateline ("BPN"), a person or a facility? (Its
    dependency label is left out: cross-validation on work said it hurt.)"""
    text = doc_text(doc)
    name = text[start:end]
    words = name.split()
    out = {f"org.known={known}", f"org.words={_bucket(len(words))}",
           f"org.head={words[-1].lower() if words else ''}",
           f"org.first={words[0].lower() if words else ''}"}  # fmt: skip
    out |= {f"org.word={w.lower().strip('.,’')}" for w in words}
    if name.isupper():
        out.add("org.caps")
    if any(ch.isdigit() for ch in name):
        out.add("org.digit")
    if start < dateline_end or start < 3:
        out.add("org.dateline")
    if any(a < end and start < b for a, b in persons):
        out.add("org.person")
    if any(a < end and start < b for a, b in places):
        out.add("org.facility")
    seen = text.count(name)
    out.add(f"org.seen={_bucket(seen)}")
    out |= {f"org.also={e.label_}" for e in doc.ents if e.text == name and e.label_ != "ORG"}
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None:
        for k in (1, 2):
            if span.start - k >= 0:
                out.add(f"org.w-{k}={_word(doc[span.start - k])}")
        if span.end < len(doc):
            out.add(f"org.w+1={_word(doc[span.end])}")
    return sorted(out)
