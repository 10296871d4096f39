"""``vigil.extract.en.v1``: English news → persons, events, figures, facilities, quotes.

The spaCy pipeline gives sentences and names (PERSON, ORG); the domain rules in
``lexicon``, ``events``, ``figures``, ``places`` and ``quotes`` do the rest. Each item
carries the span it rests on, a confidence and a reason a reviewer can read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from vigil.extract.dates import FoundDate, find_dates
from vigil.extract.events import (
    Trigger,
    articles_of,
    family,
    find_triggers,
    pick_date,
    regime_of,
    reported,
    term_of,
)
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
from vigil.extract.quotes import find_quotes
from vigil.extract.types import (
    Extraction,
    FoundEvent,
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
_KIN_WORDS = r"husband|wife|son|daughter|brother|sister|father|mother|partner"
_KIN = re.compile(rf"\b(her|his|my|their)\s+({_KIN_WORDS})\b", re.IGNORECASE)
_KIN_NAMED = re.compile(rf"\b(?:her|his|my|their)\s+({_KIN_WORDS}),?\s+$", re.IGNORECASE)
# Words between a name and a passive verb that show the verb has another subject.
_OTHER_SUBJECT = re.compile(
    r"\b(?:said|says|told|noted|that|people|prisoners|persons|them|they|those|others)\b",
    re.IGNORECASE,
)
_ROLE_RE = {role: re.compile(rf"\b(?:{p})\b[\w\s,’'-]{{0,25}}$", re.IGNORECASE)
            for role, p in ROLE_WORDS.items()}  # fmt: skip


@dataclass
class _Event:
    type: EventType
    start: int
    end: int
    sentence: int
    date: FoundDate | None
    reason: str
    confidence: float
    text: str
    inherited: bool = False
    reported: bool = False  # the date is the report's ("said on Friday"), a last resort


@dataclass
class _Person:
    cluster: Cluster
    events: list[_Event] = field(default_factory=list)


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
        self.people = [_Person(c) for c in self.clusters]
        self.kin = self._kin()
        self._pron_at: list[tuple[int, int]] = []  # (position, cluster) of he/she/his/her
        self._genders()
        self.group_events: list[_Event] = []
        self._last_people: list[int] = []
        self._sent_dates: dict[int, list[FoundDate]] = {}
        self._sent_types: dict[int, set[EventType]] = {}

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
            if ent.label_ != "PERSON":
                continue
            for part in re.finditer(r"[^,]+?(?=\s+and\s+|,|$)|(?<=and\s)[^,]+", ent.text):
                cleaned = clean_name(part.group(0), ent.start_char + part.start())
                if cleaned is None or any(cleaned[1] < e and s < cleaned[2] for s, e in blocked):
                    continue
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

    def _kin(self) -> dict[str, int]:
        """ "my husband, Syarhey Tsikhanouski": later "her husband" means him."""
        found: dict[str, int] = {}
        for i, c in enumerate(self.clusters):
            for m in c.mentions:
                kin = _KIN_NAMED.search(self.text[max(0, m.start - 30) : m.start])
                if kin:
                    found.setdefault(kin.group(1).lower(), i)
        return found

    def _genders(self) -> None:
        """Gender where the text shows it: a title ("Mr", "Mrs"), a kinship ("her husband,
        X"), or he/she when only one person has been named since the sentence before."""
        for c in self.clusters:
            for m in c.mentions:
                before = self.text[max(0, m.start - 30) : m.start]
                if re.search(r"\b(?:Mr|Mister)\.?\s+$|\b(?:his|her|my)\s+(?:husband|son|"
                             r"brother|father),?\s+$", before):  # fmt: skip
                    c.said_gender = "male"
                elif re.search(r"\b(?:Mrs|Ms|Miss|Madam)\.?\s+$|\b(?:his|her|my)\s+(?:wife|"
                               r"daughter|sister|mother),?\s+$", before):  # fmt: skip
                    c.said_gender = "female"
        votes: dict[int, set[str]] = {}
        for pm in re.finditer(r"\b(he|she|him|her|his)\b", self.text, re.IGNORECASE):
            who = self._salient(pm.start(), pm.group(1))
            if who is None:
                continue
            self._pron_at.append((pm.start(), who))
            sent = next((i for i, (a, b) in enumerate(self.sentences) if a <= pm.start() < b), 0)
            lo = self.sentences[max(0, sent - 1)][0]
            named = {i for i, c in enumerate(self.clusters) if not c.official
                     and any(lo <= x.start < pm.start() and x.source != "pronoun"
                             for x in c.mentions)}  # fmt: skip
            if named == {who}:
                female = pm.group(1).lower() in {"she", "her"}
                votes.setdefault(who, set()).add("female" if female else "male")
        for who, said in votes.items():
            c = self.clusters[who]
            if len(said) == 1 and c.said_gender is None:
                c.said_gender = next(iter(said))

    def _mentions_in(self, start: int, end: int) -> list[tuple[Mention, int]]:
        found = [
            (m, i)
            for i, c in enumerate(self.clusters)
            for m in c.mentions
            if start <= m.start and m.end <= end and m.source != "pronoun"
        ]
        return sorted(found, key=lambda x: x[0].start)

    def _salient(self, before: int, pronoun: str) -> int | None:
        """The person a pronoun most likely means: the last one named before it."""
        female = pronoun.lower() in {"she", "her"}
        best: tuple[bool, bool, int, int, int] | None = None
        for i, c in enumerate(self.clusters):
            if c.official or c.gender == ("male" if female else "female"):
                continue
            last = max((m.end for m in c.mentions if m.end <= before), default=-1)
            if last < 0:
                continue
            # Salience: a person named in the last ~two sentences, then the one named (or
            # referred to) most often so far, then the most recent.
            count = sum(m.end <= before for m in c.mentions) + sum(
                at < before and who == i for at, who in self._pron_at)  # fmt: skip
            near = before - last < 250
            key = (female and c.gender == "female", near, count if near else 0, last, i)
            if best is None or key > best:
                best = key
        return best[4] if best else None

    # -- events ----------------------------------------------------------------------
    def _coordinated(self, items: list[tuple[Mention, int]], first: int, step: int) -> list[int]:
        chosen = [items[first][1]]
        i = first
        while 0 <= i + step < len(items):
            a, b = (
                (items[i][0], items[i + step][0]) if step > 0 else (items[i + step][0], items[i][0])
            )
            gap = re.sub(r"\([^)]*\)", "", self.text[a.end : b.start])
            parallel = re.fullmatch(r"\s*and\s+(?:[\w’'-]+\s+){1,3}to\s+", gap)
            if not parallel and (not re.fullmatch(r"\s*(?:,|and|&|or|as\s+well\s+as)?\s*"
                                 r"(?:,|and)?\s*(?:[\w’'-]+\s+){0,4}", gap) or re.search(
                                    r"\b(?:said|says|was|were|is|are|has|have|had|who|which|that|"
                                    r"told|to|by|from)\b", gap)):  # fmt: skip
                break
            if not re.search(r",|\band\b|&|\bor\b", gap):
                break
            i += step
            if not self.clusters[items[i][1]].official:
                chosen.append(items[i][1])
        return chosen

    def _patients(self, trig: Trigger, sent: tuple[int, int]) -> tuple[list[int], str]:
        s_start, s_end = sent
        inside = [x for x in self._mentions_in(s_start, s_end)
                  if not self.clusters[x[1]].official]  # fmt: skip
        if trig.passive:
            before = [k for k, (m, _) in enumerate(inside) if m.end <= trig.start]
            if before:
                k = before[-1]
                gap = self.text[inside[k][0].end : trig.start]
                kin = _KIN.search(gap)
                if kin and kin.group(2).lower() in self.kin:
                    who = self.kin[kin.group(2).lower()]
                    self._link_pronoun(who, inside[k][0].end + kin.start(), kin.group(0))
                    return [who], f'"{kin.group(0)}" named earlier'
                if (
                    ";" not in gap
                    and len(gap) <= 140
                    and not re.search(r"\bby\s*$", gap)
                    and not _OTHER_SUBJECT.search(gap)
                ):
                    chosen = self._coordinated(inside, k, -1)
                    plural = re.search(r"\b(?:were|are|have\s+been)\b", self.text[
                        max(s_start, trig.start - 20) : trig.start + 12])  # fmt: skip
                    if len(chosen) == 1 and plural:
                        chosen += self._appositive_pair(inside, k)
                    return chosen, "named before the trigger"
            head = self.text[max(s_start, trig.start - 150) : trig.start]
            pron = re.search(r"\b(he|she|they)\b(?!.*\b(?:he|she|they)\b)", head, re.IGNORECASE)
            if pron and _OTHER_SUBJECT.search(head[pron.end() :]):
                pron = None
            if pron and pron.group(1).lower() != "they":
                said = self._salient(trig.start - len(head) + pron.start(), pron.group(1))
                if said is not None:
                    who = said
                    self._link_pronoun(who, trig.start - len(head) + pron.start(1), pron.group(1))
                    return [who], f'"{pron.group(1)}" refers to the last person named'
            incl = re.search(
                r"\b(?:including|such\s+as|among\s+them)\b", self.text[trig.end : s_end]
            )
            if incl and not before:
                later = [k for k, (m, _) in enumerate(inside) if m.start >= trig.end + incl.end()]
                if later:
                    return self._coordinated(inside, later[0], 1), "named in the list that follows"
            if self.text.find(",", s_start, s_end) > trig.end or not before:
                after = [k for k, (m, _) in enumerate(inside) if m.start >= trig.end]
                if after and not pron:
                    return [inside[after[0]][1]], "subject of the sentence"
            return [], ""
        after = [k for k, (m, _) in enumerate(inside) if m.start >= trig.end]
        tail = self.text[trig.end : s_end]
        them = re.search(r"\bthem\b", self.text[trig.start : trig.end]) or re.match(
            r"\s+(?:\w+\s+)?them\b", tail)  # fmt: skip
        if them and len(self._last_people) > 1:
            return list(self._last_people), '"them": the persons of the event before'
        pron = re.match(
            r"\s+(?:\w+\s+)?(him|her)\b(?!\s+(?:husband|wife|son|daughter|brother|"
            r"sister|father|mother|lawyer|family|colleague))|\s+(his|her)\s+(?:fate|"
            r"whereabouts|health|condition|arrest|detention|release|case)\b",
            tail,
        )
        if pron and pron.group(1) is None:
            pron = re.match(r"\s+(his|her)", tail)
        if pron:
            meant = self._salient(trig.start, pron.group(1))
            if meant is not None:
                self._link_pronoun(meant, trig.end + pron.start(1), pron.group(1))
                return [meant], f'"{pron.group(1)}" refers to the last person named'
        if after:
            k = after[0]
            gap = self.text[trig.end : inside[k][0].start]
            if ";" not in gap and len(gap) <= 90 and not re.search(r"\bsaid\b|\bby\b|[\"“”]", gap):
                return self._coordinated(inside, k, 1), "named after the trigger"
        return [], ""

    def _appositive_pair(self, items: list[tuple[Mention, int]], k: int) -> list[int]:
        """ "X, sentenced to 11 years, and Y, taken into custody, were ...": a plural verb
        whose first subject is separated from the second by its own appositive."""
        if k == 0:
            return []
        gap = self.text[items[k - 1][0].end : items[k][0].start]
        if re.fullmatch(r",\s+[a-z][^;.]{0,120},\s*and\s+(?:[\w’'-]+\s+){0,2}", gap):
            other = items[k - 1][1]
            return [] if self.clusters[other].official else [other]
        return []

    def _link_pronoun(self, who: int, at: int, word: str) -> None:
        self.clusters[who].mentions.append(Mention(at, at + len(word), word, "pronoun"))

    def _events(self) -> None:
        for si, sent in enumerate(self.sentences):
            s_start, s_end = sent
            stext = self.text[s_start:s_end]
            triggers = find_triggers(stext, s_start)
            dates = [d for d in find_dates(stext, self.published, s_start)
                     if d.start >= self.dateline_end]  # fmt: skip
            self._sent_dates[si] = dates
            self._sent_types[si] = {family(t.type) for t in triggers}
            if not triggers:
                continue
            clauses = [s_start] + [s_start + m.end() for m in re.finditer(";", stext)]
            last_type: EventType | None = None
            for trig in triggers:
                found = pick_date(trig, dates, s_start, stext)
                people, why = self._patients(trig, sent)
                event = _Event(trig.type, s_start, s_end, si, found,
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
                    named = [x for x in self._mentions_in(c_start, c_end)
                             if not self.clusters[x[1]].official]  # fmt: skip
                    if named:
                        ev = _Event(last_type, c_start, c_end, si, None,
                                    "shares the verb of the clause before it", 0.6,
                                    self.text[c_start:c_end])  # fmt: skip
                        self.people[named[0][1]].events.append(ev)
        self._listed()
        self._absentia_leads()
        self._inherit_dates()

    def _listed(self) -> None:
        """Recognition stories: the persons a list verb introduces are the ones recognized."""
        every = [e for p in self.people for e in p.events] + self.group_events
        if not any(e.type is EventType.RECOGNIZED_POLITICAL_PRISONER for e in every) and not (
            re.search(r"\blist\s+of\s+political\s+prisoners\b", self.text, re.IGNORECASE)
        ):
            return
        for si, (s_start, s_end) in enumerate(self.sentences):
            intro = LIST_INTRO.search(self.text, s_start, s_end)
            if not intro:
                continue
            named = [x for x in self._mentions_in(intro.end(), s_end)
                     if not self.clusters[x[1]].official]  # fmt: skip
            chosen: list[int] = []
            last = intro.end()
            for m, who in named:
                if re.search(r"\b(?:who|which|said|says|was|were|is|are|has|have|had)\b|[;.]",
                             self.text[last : m.start]):  # fmt: skip
                    break
                chosen.append(who)
                last = m.end
            for who in dict.fromkeys(chosen):
                if any(e.type is EventType.RECOGNIZED_POLITICAL_PRISONER
                       for e in self.people[who].events):  # fmt: skip
                    continue
                self.people[who].events.append(_Event(
                    EventType.RECOGNIZED_POLITICAL_PRISONER, s_start, s_end, si, None,
                    f'"{intro.group(0)}" introduces the persons of a political-prisoner list',
                    0.6, self.text[s_start:s_end]))  # fmt: skip

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

    def _inherit_dates(self) -> None:
        every = [e for p in self.people for e in p.events] + self.group_events
        dated = sorted((e for e in every if e.date and e.date.date), key=lambda e: e.sentence)
        for e in every:
            if e.date and e.date.date:
                continue
            source = [d for d in dated if family(d.type) == family(e.type)
                      and 0 < e.sentence - d.sentence <= 2]  # fmt: skip
            if source:
                e.date = source[-1].date
                e.inherited = True
        for p in self.people:
            for e in p.events:
                if not (e.date and e.date.date):
                    self._carry_date(p, e)
        announced = self._announcement_date()
        for e in every:
            if (
                e.type is EventType.RECOGNIZED_POLITICAL_PRISONER
                and announced
                and not (e.date and e.date.date)
            ):
                e.date, e.inherited = announced, True

    def _carry_date(self, p: _Person, e: _Event) -> None:
        """A date in the sentence before (or, failing that, after) the event's, about the
        same person, that no other kind of event in that sentence claims."""
        named = {si for si, (a, b) in enumerate(self.sentences)
                 for m in p.cluster.mentions if a <= m.start < b}  # fmt: skip
        # The sentence after only for the first mention of the person (a wire's lead, with
        # the date in the next paragraph).
        tries = [e.sentence - 1] + ([e.sentence + 1] if min(named) == e.sentence else [])
        for si in tries:
            if si not in named or self._sent_types.get(si, set()) - {family(e.type)}:
                continue
            durations = {"for", "before"} if e.type is not EventType.INCOMMUNICADO else set()
            dates = [d for d in self._sent_dates.get(si, []) if d.date and d.kind not in durations
                     and not re.search(r"\bsince\s+$", self.text[max(0, d.start - 7) : d.start])
                     and not d.text.lower().startswith("since")]  # fmt: skip
            if dates:
                e.date, e.inherited = dates[0], True
                return

    def _announcement_date(self) -> FoundDate | None:
        """The date of the statement or list an article reports ("in a statement released
        yesterday", "today announced an updated list"): recognitions happen on it."""
        for si, dates in sorted(self._sent_dates.items()):
            stext = self.text[self.sentences[si][0] : self.sentences[si][1]]
            if not re.search(r"\b(?:statement|announc\w*|list\w*|declar\w*|recogni[sz]\w*|"
                             r"label+ed|published|report\w*)\b", stext, re.IGNORECASE):  # fmt: skip
                continue
            for d in dates:
                if d.date and d.date.day and d.kind in {"today", "yesterday", "weekday", "mdy",
                                                        "dmy"}:  # fmt: skip
                    return d
        return None

    # -- output ----------------------------------------------------------------------
    def _found_event(self, e: _Event) -> FoundEvent:
        months, term_text = term_of(e.text) if e.type in {
            EventType.SENTENCED, EventType.CONVICTED_IN_ABSENTIA} else (None, None)  # fmt: skip
        date = e.date.date if e.date else None
        if date and e.date and e.date.kind == "for" and e.type is not EventType.INCOMMUNICADO:
            date = None
        detail = term_text
        if date and e.date:
            detail = "; ".join(
                x
                for x in (
                    detail,
                    f'date from "{e.date.text}"' + (" (earlier sentence)" if e.inherited else ""),
                )
                if x
            )
        facility = next((f.name for f in self.facilities if e.start <= f.start < e.end), None)
        return FoundEvent(
            type=e.type,
            span=Span(e.start, e.end),
            date=date,
            articles=articles_of(e.text),
            term_months=months,
            regime=regime_of(e.text) if months else None,
            facility=facility,
            detail=detail,
            confidence=e.confidence - (0.1 if e.inherited else 0.0),
            reason=e.reason,
        )

    def _merged(self, events: list[_Event]) -> list[FoundEvent]:
        """One event per type and person: the first, completed from later mentions."""
        by_type: dict[EventType, list[_Event]] = {}
        for e in sorted(events, key=lambda e: e.start):
            by_type.setdefault(e.type, []).append(e)
        merged: list[FoundEvent] = []
        for raw in by_type.values():
            same = [self._found_event(e) for e in raw]
            head = same[0]
            ranked = sorted((e for e in raw if e.date and e.date.date), key=_specificity)
            if ranked and ranked[0] is not raw[0]:
                best = same[raw.index(ranked[0])]
                head = _replace(head, date=best.date, detail=best.detail)
            for other in same[1:]:
                if head.term_months is None and other.term_months is not None:
                    head = _replace(head, term_months=other.term_months, regime=other.regime)
            merged.append(head)
        if EventType.CONVICTED_IN_ABSENTIA in by_type:
            merged = [e for e in merged if e.type is not EventType.SENTENCED]
        return merged

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

    def _figures(self) -> list[FoundFigure]:
        raw: list[RawFigure] = []
        previous: str | None = None
        for s_start, s_end in self.sentences:
            stext = self.text[s_start:s_end]
            for f in find_figures(stext, s_start, previous):
                previous = f.category
                twin = next(
                    (x for x in raw if x.value == f.value and x.category == f.category), None
                )
                part_of = next((x for x in raw if f.breakdown and x.value == f.value
                                and x.category == f.category), None)  # fmt: skip
                if part_of and not part_of.breakdown:
                    part_of.breakdown = f.breakdown
                if twin is None:
                    raw.append(f)
        figures: list[FoundFigure] = []
        for f in raw:
            sent = next((s for s in self.sentences if s[0] <= f.start < s[1]), (f.start, f.end))
            stext = self.text[sent[0] : sent[1]]
            dates = [
                d
                for d in find_dates(stext, self.published, sent[0])
                if d.date and d.kind not in {"for", "y"} and d.start >= self.dateline_end
            ]
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
            events = tuple(self._merged(p.events)) if not p.cluster.official else ()
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
        group = tuple(self._found_event(e) for e in self.group_events)
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
            notes.append("nothing about detentions, releases or political prisoners found")
            result = _replace(result, notes=tuple(notes))
        return result

    def _quote(self, q: object) -> FoundQuote:
        from vigil.extract.quotes import RawQuote

        assert isinstance(q, RawQuote)
        speaker = q.speaker
        if speaker and q.speaker_at is not None:
            word = speaker.split()[-1] if speaker.split() else speaker
            if word.lower() in {"he", "she"}:
                who = self._salient(q.speaker_at, word)
                speaker = self.clusters[who].best.name if who is not None else speaker
            else:
                for c in self.clusters:
                    if any(
                        q.speaker_at <= m.start < q.speaker_at + len(speaker) for m in c.mentions
                    ):
                        speaker = c.best.name
        return FoundQuote(Span(q.start, q.end), speaker, q.channel,
                          0.7 if speaker else 0.4, q.reason)  # fmt: skip


_RANK = {"mdy": 0, "dmy": 0, "weekday": 1, "yesterday": 1, "today": 1, "my": 2, "m": 3,
         "y": 4, "ago": 5, "last": 5, "this": 6, "for": 7}  # fmt: skip


def _specificity(e: _Event) -> tuple[bool, int, bool, int]:
    """Explicit dates before relative ones; a date of the event's own sentence first."""
    assert e.date is not None
    return (e.reported, _RANK.get(e.date.kind, 9), e.inherited, e.start)


def doc_orgs(doc: Doc) -> list[Any]:
    """The model's ORG entities, some of which are persons' names it mistook."""
    return [e for e in doc.ents if e.label_ == "ORG"]


_T = TypeVar("_T")


def _replace(obj: _T, **changes: Any) -> _T:
    from dataclasses import replace

    return replace(obj, **changes)  # type: ignore[type-var]
