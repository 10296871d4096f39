"""``vigil.extract.en.v1``: English news → persons, events, figures, facilities, quotes.

The spaCy pipeline gives sentences and names (PERSON, ORG); the domain rules in
``lexicon``, ``events``, ``figures``, ``places`` and ``quotes`` do the rest. This module
puts them together: whom a trigger is about (``subjects``, with pronouns resolved by
``coref``), dates carried between sentences (``carry``), one event per type and person
(``raw_events``). Each item carries the span it rests on, a confidence and a reason a
reviewer can read.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from vigil.extract.carry import DateBook
from vigil.extract.coref import Coref
from vigil.extract.dates import find_dates
from vigil.extract.events import family, find_triggers, pick_date, reported
from vigil.extract.figures import RawFigure, find_figures
from vigil.extract.lexicon import LIST_INTRO, ROLE_WORDS
from vigil.extract.persons import (
    Cluster,
    Mention,
    clean_name,
    cluster_mentions,
    list_mentions,
    name_shaped,
    person_context,
    rule_mentions,
    surname_mentions,
)
from vigil.extract.pipeline import pipeline
from vigil.extract.places import find_facilities, find_orgs
from vigil.extract.quotes import RawQuote, find_quotes
from vigil.extract.raw_events import PersonEvents, RawEvent, found_event, merged
from vigil.extract.subjects import patients
from vigil.extract.types import (
    NOTHING_FOUND,
    Extraction,
    FoundFacility,
    FoundFigure,
    FoundOrganization,
    FoundPerson,
    FoundQuote,
    Role,
    Span,
)
from vigil.model import EventType, PartialDate

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["NAME", "EnglishV1"]

NAME = "vigil.extract.en.v1"
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][\w .\[\]/-]{0,40},\s*)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+\d{1,2}(?:,\s*\d{4})?\s*"
    r"(?:,\s*[\w ./()-]{1,30}\.|\([A-Z]+\)\s*:|[–—:-]|\s:)"
)

_ROLE_RE = {role: re.compile(rf"\b(?:{p})\b[\w\s,’'-]{{0,25}}$", re.IGNORECASE)
            for role, p in ROLE_WORDS.items()}  # fmt: skip


# A story about a list of political prisoners, or persons recognised as such.
_RECOGNITION_STORY = re.compile(
    r"\blist\s+of\s+political\s+prisoners\b|\brecogni[sz]ed\s+as\s+political\s+prisoners\b",
    re.IGNORECASE,
)


class EnglishV1:
    """The extractor; one instance per process shares the loaded pipeline."""

    name = NAME

    def __init__(self, *, use_model: bool = True) -> None:
        self._use_model = use_model

    @property
    def nlp(self):  # type: ignore[no-untyped-def]  # spacy.Language, imported lazily
        return pipeline(use_model=self._use_model).nlp

    def __call__(self, text: str, *, published: dt.date | None = None) -> Extraction:
        return self.from_doc(self.nlp(text), published=published)

    def from_doc(self, doc: Doc, *, published: dt.date | None = None) -> Extraction:
        return _Run(doc, published, pipeline(use_model=self._use_model).warning).extraction()


class _Run:
    named_apart = False  # en.v2 keeps later mentions with other named dates apart
    own_as_of = False  # en.v2: a count's date is one no other count of its sentence stands before

    def __init__(self, doc: Doc, published: dt.date | None, warning: str | None) -> None:
        self.doc = doc
        self.text: str = doc.text
        self.published = published
        self.warning = warning
        self.sentences = self._sentences()
        dateline = _DATELINE.match(self.text)
        self.dateline_end = dateline.end() if dateline else 0
        self.facilities = find_facilities(self.text)
        ner_orgs = [(e.text, e.start_char, e.end_char) for e in doc.ents if e.label_ == "ORG"]
        self.orgs = find_orgs(self.text, ner_orgs)
        self.clusters = self._persons()
        self.people = [PersonEvents(c) for c in self.clusters]
        self.coref = Coref(self.text, self.sentences, self.clusters)
        self.group_events: list[RawEvent] = []
        self._last_people: list[int] = []
        self.dates = DateBook(self.text, self.sentences)

    # -- sentences and persons -------------------------------------------------------
    def _sentences(self) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for sent in self.doc.sents:
            chunk = self.text[sent.start_char : sent.end_char]
            cut = sent.start_char
            for m in re.finditer(r"\n+", chunk):
                line = self.text[cut : sent.start_char + m.start()].rstrip()
                if line and (
                    line[-1] in '.!?:”"»)' or len(line) < 60 or m.group(0).count("\n") > 1
                ):
                    spans.append((cut, sent.start_char + m.start()))
                    cut = sent.start_char + m.end()
            if self.text[cut : sent.end_char].strip():
                spans.append((cut, sent.end_char))
        return spans

    def _persons(self) -> list[Cluster]:
        known = [o for o in self.orgs if o.reason == "known organization"]
        blocked = [(p.start, p.end) for p in known + self.facilities]
        mentions: list[Mention] = []
        for ent in self.doc.ents:
            nick = _NICKNAMED.match(ent.text) if ent.label_ == "WORK_OF_ART" else None
            if nick is not None:
                # "“Longhair” Leung Kwok-hung": the quotes made the model call it a title
                at = ent.start_char + nick.start(1)
                shaped = name_shaped(nick.group(1), at)
                if shaped and not any(shaped[1] < e and s < shaped[2] for s, e in blocked):
                    mentions.append(Mention(shaped[1], shaped[2], shaped[0], "ner"))
                continue
            if ent.label_ != "PERSON":
                continue
            for part in re.finditer(r"[^,]+?(?=\s+and\s+|,|$)|(?<=and\s)[^,]+", ent.text):
                cleaned = clean_name(part.group(0), ent.start_char + part.start())
                if cleaned is None or any(cleaned[1] < e and s < cleaned[2] for s, e in blocked):
                    continue
                cleaned = _syllable_tail(self.text, cleaned)
                if " " not in cleaned[0] and re.search(r"\bthe\s+$", self.text[
                        max(0, cleaned[1] - 5) : cleaned[1]], re.IGNORECASE):  # fmt: skip
                    continue  # "the Mahiloŭ region": a place
                if " " not in cleaned[0] and re.search(r"\b(?:in|near|from|to)\s+$", self.text[
                        max(0, cleaned[1] - 6) : cleaned[1]]):  # fmt: skip
                    continue  # "detained in Hrodna": a place
                mentions.append(Mention(cleaned[1], cleaned[2], cleaned[0], "ner"))
        for ent in doc_orgs(self.doc):
            shaped = name_shaped(ent.text, ent.start_char)
            if (
                shaped
                and person_context(self.text, shaped[1], shaped[2])
                and not any(shaped[1] < e and s < shaped[2] for s, e in blocked)
                and not any(shaped[1] < m.end and m.start < shaped[2] for m in mentions)
            ):
                mentions.append(Mention(shaped[1], shaped[2], shaped[0], "name-shaped ORG"))
        ruled = rule_mentions(self.text, blocked)
        mentions = [
            m
            for m in mentions
            if not any(
                r.start <= m.start and m.end <= r.end and len(r.key) > len(m.key) for r in ruled
            )
        ]
        mentions += [r for r in ruled if not any(r.start < m.end and m.start < r.end
                                                 for m in mentions)]  # fmt: skip
        mentions += self._more_mentions(mentions, blocked)
        mentions += list_mentions(self.text, mentions)
        clusters = cluster_mentions(mentions)
        taken = [(m.start, m.end) for m in mentions] + blocked
        for extra in surname_mentions(self.text, clusters, taken):
            home = next((c for c in clusters if c.accepts(extra.key)), None)
            if home:
                home.mentions.append(extra)
        for c in clusters:
            c.mentions.sort(key=lambda m: m.start)
        spans = [(m.start, m.end) for c in clusters for m in c.mentions]
        self.orgs = [o for o in self.orgs if o.reason == "known organization"
                     or not any(o.start < e and s < o.end for s, e in spans)]  # fmt: skip
        return clusters

    def _more_mentions(self, found: list[Mention], blocked: list[tuple[int, int]]) -> list[Mention]:
        """Names found otherwise than by the model and v1's rules (en.v2: the parse)."""
        return []

    def _events(self) -> None:
        for si, sent in enumerate(self.sentences):
            s_start, s_end = sent
            stext = self.text[s_start:s_end]
            triggers = find_triggers(stext, s_start)
            dates = [d for d in find_dates(stext, self.published, s_start)
                     if d.start >= self.dateline_end]  # fmt: skip
            self.dates.dates[si] = dates
            self.dates.types[si] = {family(t.type) for t in triggers}
            if not triggers:
                continue
            clauses = [s_start] + [s_start + m.end() for m in re.finditer(";", stext)]
            last_type: EventType | None = None
            for trig in triggers:
                found = pick_date(trig, dates, s_start, stext)
                people, why = patients(self.coref, trig, sent, self._last_people)
                event = RawEvent(trig.type, s_start, s_end, si, found,
                               f"{trig.reason}; {why}" if why else trig.reason,
                               0.8 if people else 0.5, stext)  # fmt: skip
                event.reported = bool(found and reported(found, s_start, stext))
                last_type = trig.type
                if people:
                    self._last_people = list(dict.fromkeys(people))
                    for who in dict.fromkeys(people):
                        self.people[who].events.append(event)
                else:
                    self.group_events.append(event)
            # "X to colony No. 9; Y to colony No. 15": later clauses share the verb.
            for c_start in clauses[1:]:
                c_end = next((c for c in clauses if c > c_start), s_end)
                if last_type and not find_triggers(self.text[c_start:c_end], c_start):
                    named = [x for x in self.coref.mentions_in(c_start, c_end)
                             if not self.clusters[x[1]].official]  # fmt: skip
                    if named:
                        ev = RawEvent(last_type, c_start, c_end, si, None,
                                    "shares the verb of the clause before it", 0.6,
                                    self.text[c_start:c_end])  # fmt: skip
                        self.people[named[0][1]].events.append(ev)
        self._listed()
        self._absentia_leads()
        self.dates.carry(self.people, self.group_events)

    def _listed(self) -> None:
        """Recognition stories: the persons a list verb introduces are the ones recognized."""
        every = [e for p in self.people for e in p.events] + self.group_events
        if not any(e.type is EventType.RECOGNIZED_POLITICAL_PRISONER for e in every) and not (
            _RECOGNITION_STORY.search(self.text)
        ):
            return
        for si, (s_start, s_end) in enumerate(self.sentences):
            intro = LIST_INTRO.search(self.text, s_start, s_end)
            if not intro:
                continue
            named = [x for x in self.coref.mentions_in(intro.end(), s_end)
                     if not self.clusters[x[1]].official]  # fmt: skip
            chosen: list[int] = []
            last = intro.end()
            for m, who in named:
                if re.search(r"\b(?:who|which|said|says|was|were|is|are|has|have|had)\b|[;.]",
                             self.text[last : m.start]):  # fmt: skip
                    break
                chosen.append(who)
                last = m.end
            items = [(who, si) for who in chosen]
            if not chosen and re.fullmatch(r"\s*:\s*", self.text[intro.end() : s_end]):
                items = self._items(si + 1)  # "The list includes:" and one paragraph each
            for who, sj in dict.fromkeys(items):
                if any(e.type is EventType.RECOGNIZED_POLITICAL_PRISONER
                       for e in self.people[who].events):  # fmt: skip
                    continue
                a, b = self.sentences[sj]
                self.people[who].events.append(RawEvent(
                    EventType.RECOGNIZED_POLITICAL_PRISONER, a, b, sj, None,
                    f'"{intro.group(0)}" introduces the persons of a political-prisoner list',
                    0.6, self.text[a:b]))  # fmt: skip

    def _items(self, first: int) -> list[tuple[int, int]]:
        """The persons of a list whose items follow a colon, one paragraph (or sentence)
        each, from sentence ``first``: an item opens with a name ("Katsiaryna Zhuk, 34,
        from Minsk, sentenced ..."; "X and his wife Y, ..."), and the sentences after it in
        its paragraph tell its story ("He was detained on ..."); the list ends at the first
        paragraph that does not open with a name. (person, sentence) pairs."""
        found: list[tuple[int, int]] = []
        for sj in range(first, len(self.sentences)):
            a, b = self.sentences[sj]
            opens_paragraph = sj == first or "\n" in self.text[self.sentences[sj - 1][1] : a]
            named = [x for x in self.coref.mentions_in(a, b) if not self.clusters[x[1]].official]
            if not named or self.text[a : named[0][0].start].strip(" \t\n-–—•*·"):
                if opens_paragraph:
                    break
                continue
            last = named[0][0].end
            found.append((named[0][1], sj))
            for m, who in named[1:]:
                if re.search(r"\b(?:who|which|said|says|was|were|is|are|has|have|had)\b|[;.:]",
                             self.text[last : m.start]):  # fmt: skip
                    break
                found.append((who, sj))
                last = m.end
        return found

    def _absentia_leads(self) -> None:
        """A lead about "a top opposition figure" sentenced in absentia, and the person
        named in the next sentences as sentenced: one event, in absentia."""
        singular = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:figure|activist|journalist|"
                              r"blogger|leader|politician|dissident|critic|aide|advis[eo]r|"
                              r"lawyer|member|man|woman|editor|writer|artist)\b")  # fmt: skip
        for g in list(self.group_events):
            if g.type is not EventType.CONVICTED_IN_ABSENTIA or not singular.search(g.text):
                continue
            for p in self.people:
                same = [e for e in p.events if e.type is EventType.SENTENCED
                        and 0 < e.sentence - g.sentence <= 2]  # fmt: skip
                if same and not any(e.type is EventType.CONVICTED_IN_ABSENTIA for e in p.events):
                    for e in same:
                        e.type = EventType.CONVICTED_IN_ABSENTIA
                        e.reason += "; in absentia, as the lead sentence says"
                        if not e.date and g.date:
                            e.date, e.inherited = g.date, True
                    self.group_events.remove(g)
                    break

    # -- output ----------------------------------------------------------------------
    def _role(self, c: Cluster, has_events: bool) -> tuple[Role, str]:
        if c.official:
            return Role.OFFICIAL, "a head of state or official named in the lexicon"
        if has_events:
            return Role.DETAINEE, "an event of detention or release is about them"
        for m in c.mentions:
            before = self.text[max(0, m.start - 40) : m.start]
            for role, pattern in _ROLE_RE.items():
                if pattern.search(before):
                    return Role(role), f'described as "{pattern.search(before).group(0).strip()}"'  # type: ignore[union-attr]
        return Role.OTHER, "named in the text"

    def _sentence_figures(self, start: int, end: int, previous: str | None) -> list[RawFigure]:
        """The figures of one sentence; ``previous`` is the last category seen."""
        return find_figures(self.text[start:end], start, previous)

    def _figures(self) -> list[FoundFigure]:
        raw: dict[tuple[int, str], RawFigure] = {}  # the first of each value and category
        previous: str | None = None
        for s_start, s_end in self.sentences:
            for f in self._sentence_figures(s_start, s_end, previous):
                previous = f.category
                twin = raw.setdefault((f.value, f.category), f)
                if twin is not f and f.breakdown and not twin.breakdown:
                    twin.breakdown = f.breakdown
        figures: list[FoundFigure] = []
        starts = [s[0] for s in self.sentences]
        for f in raw.values():
            at = bisect_right(starts, f.start) - 1
            inside = at >= 0 and f.start < self.sentences[at][1]
            sent = self.sentences[at] if inside else (f.start, f.end)
            stext = self.text[sent[0] : sent[1]]
            dates = [
                d
                for d in find_dates(stext, self.published, sent[0])
                if d.date and d.kind not in {"for", "y"} and d.start >= self.dateline_end
            ]
            if self.own_as_of:  # "More than 20 remain ..., up from 14 a year ago": 14's date
                between = [g for g in raw.values() if g is not f and sent[0] <= g.start < sent[1]]
                dates = [d for d in dates if not any(
                    min(d.end, f.end) <= g.start and g.end <= max(d.start, f.start)
                    for g in between)]  # fmt: skip
            as_of = dates[0].date if dates else (
                PartialDate.of(self.published) if self.published else None)  # fmt: skip
            figures.append(FoundFigure(
                value=f.value, qualifier=f.qualifier, category=f.category,
                span=Span(sent[0], sent[1]), of_whom=f.of_whom, as_of=as_of,
                breakdown=f.breakdown, confidence=0.8 if f.category != "other" else 0.6,
                reason=f.reason))  # fmt: skip
        return figures

    def extraction(self) -> Extraction:
        self._events()
        persons: list[FoundPerson] = []
        for p in self.people:
            events = (tuple(merged(p.events, self.facilities, named_apart=self.named_apart))
                      if not p.cluster.official else ())  # fmt: skip
            role, why = self._role(p.cluster, bool(events))
            best = p.cluster.best
            if role is Role.DETAINEE and len(best.key) == 1 and best.source == "ner" and len(
                p.cluster.mentions) == 1 and best.name.lower() in self.text[
                    best.end : best.end + 12].lower():  # fmt: skip
                continue
            persons.append(FoundPerson(
                name=best.name, role=role, span=Span(best.start, best.end),
                mentions=tuple(Span(m.start, m.end) for m in p.cluster.mentions),
                gender=p.cluster.gender, events=events,
                confidence=0.8 if best.source == "ner" else 0.6,
                reason=f"{why}; name from {best.source}"))  # fmt: skip
        group = tuple(found_event(e, self.facilities) for e in self.group_events)
        quotes = tuple(self._quote(q) for q in find_quotes(self.text))
        notes: list[str] = []
        if self.warning:
            notes.append(self.warning)
        result = Extraction(
            extractor=NAME, language="en", persons=tuple(persons), group_events=group,
            figures=tuple(self._figures()),
            facilities=tuple(FoundFacility(f.name, Span(f.start, f.end), 0.8, f.reason)
                             for f in self.facilities),
            organizations=tuple(FoundOrganization(o.name, Span(o.start, o.end), 0.7, o.reason)
                                for o in self.orgs),
            quotes=quotes, notes=tuple(notes))  # fmt: skip
        if not any(p.role is Role.DETAINEE for p in persons) and not result.figures and not group:
            notes.append(NOTHING_FOUND)
            result = replace(result, notes=tuple(notes))
        return result

    def _quote(self, q: RawQuote) -> FoundQuote:
        speaker = q.speaker
        if speaker and q.speaker_at is not None:
            word = speaker.split()[-1] if speaker.split() else speaker
            if word.lower() in {"he", "she"}:
                who = self.coref.salient(q.speaker_at, word)
                speaker = self.clusters[who].best.name if who is not None else speaker
            else:
                for c in self.clusters:
                    if any(
                        q.speaker_at <= m.start < q.speaker_at + len(speaker) for m in c.mentions
                    ):
                        speaker = c.best.name
        return FoundQuote(Span(q.start, q.end), speaker, q.channel,
                          0.7 if speaker else 0.4, q.reason)  # fmt: skip


# a quoted nickname before a name: "“Longhair” Leung Kwok-hung", "\"Bighead\" Chan"
# (the model leaves the opening quote out of the entity)
_NICKNAMED = re.compile(r"[“\"]?[^”\"\s]{2,20}[”\"]\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,3})$")


_TAIL = re.compile(r"-([a-z]{2,5})\b")
_NOT_TAILS = frozenset({"era", "style", "led", "backed", "based", "born", "type", "like", "run"})


def _syllable_tail(text: str, cleaned: tuple[str, int, int]) -> tuple[str, int, int]:
    """ "Au Nok-hin": the model's name stops at the hyphen of a hyphenated given name
    (Cantonese, Korean); its short lower-case second syllable belongs to it."""
    name, start, end = cleaned
    tail = _TAIL.match(text, end)
    last = name.split()[-1]
    if tail is None or len(last) > 5 or tail.group(1) in _NOT_TAILS:
        return cleaned
    return name + tail.group(0), start, tail.end()


def doc_orgs(doc: Doc) -> list[Any]:
    """The model's ORG entities, some of which are persons' names it mistook."""
    return [e for e in doc.ents if e.label_ == "ORG"]
