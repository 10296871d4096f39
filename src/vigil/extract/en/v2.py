"""``vigil.extract.en.v2``: the English pack on the shared skeleton (``extract.core``).

v1's steps (sentences, names, trigger phrases, figures, places, quotes) stay the English
pack's hooks; v2 adds what the structure of a sentence says, read from spaCy's
dependency parse of the same model:

- participants of each trigger (``participants``): subject and object, passive,
  coordination, apposition and role nouns, lists after "among them / including / such
  as", relative clauses, an event noun handed to someone; a denied trigger ("was not
  detained") is none; the speaker of a sentence ("..., X said") is never its event's
  subject unless the parse makes them one; persons with an acting role (judge, lawyer)
  take no event through a list, a group or a lead, but keep v1's own; a trigger asked
  for ("called for the release of X") states none;
- group to member (``core.members``): a group's events go to the members the text then
  names, quoted from the group statement, with a reason that says so; an unnamed group's
  event is not proposed when a figure of the same sentence already carries its count;
- bare status: "X is one of the political prisoners", "Among the political prisoners is
  X" (recognized); "X is behind bars" stays v1's (detained);
- dates along the ladder (``core.dating``): the structure, the sentence, a neighbouring
  sentence, then the publication date, named in each event's reason.

Claims made by v1 keep ``vigil.extract.en.v1``; v1 stays selectable.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from vigil.extract.core.dating import DateSource, update_day
from vigil.extract.core.members import GroupStatement, referred
from vigil.extract.core.skeleton import Skeleton
from vigil.extract.dates import FoundDate, find_dates, last_told, narrative_anchor, shifted
from vigil.extract.en.anaphora import GroupReferences, group_reference
from vigil.extract.en.cues import Candidate, cues, organisation_cues
from vigil.extract.en.dating import (
    attach,
    dateline_end,
    datelines,
    describes,
    extended,
    governed_by,
    head_of,
    named_after,
    reference_day,
    released_on_pardon,
    told_on_another_day,
)
from vigil.extract.en.figures import once_small, refine, restated_exactly
from vigil.extract.en.participants import (
    Participant,
    Path,
    antecedent,
    coordinated,
    group_members,
    members_named,
    name_run,
    negated,
    participants,
    same_line,
    speakers,
    trigger_token,
    wished,
)
from vigil.extract.en.words import EnglishWords, words
from vigil.extract.en_v1 import EnglishV1, _Run
from vigil.extract.events import Trigger, family, find_triggers, pick_date, reported
from vigil.extract.figures import RawFigure
from vigil.extract.learn import LinearModel, load_model
from vigil.extract.lexicon import NOT_NAMES
from vigil.extract.numbers import parse_number
from vigil.extract.persons import _NAME_WORD, Cluster, Mention, fold, name_shaped
from vigil.extract.pipeline import pipeline
from vigil.extract.raw_events import RawEvent, found_event
from vigil.extract.subjects import patients
from vigil.extract.types import (
    Extraction,
    FoundEvent,
    FoundFigure,
    FoundOrganization,
    Span,
)
from vigil.model import EventType, PartialDate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["MODEL", "NAME", "ORG_MODEL", "EnglishV2", "Example"]

NAME = "vigil.extract.en.v2"
MODEL = "en-event-v1"  # the learned models (``vigil.extract.learn``) v2 applies: events
ORG_MODEL = "en-org-v1"  # ... and organisations


_NOT_FACT_BEFORE = re.compile(
    r"\b(?:will|would|could|should|must|shall|may|might|call(?:ed|s|ing)?\s+for|demand(?:ed|s|ing)?|"
    r"urg(?:e|ed|es|ing)|seek(?:s|ing)?|possible|potential|risk|threat|face|faces|facing)\b"
    r"[\w\s]{0,25}$", re.IGNORECASE)  # fmt: skip
# A trial without the accused: "in absentia", "in their absence"; a statement of it about
# a group ("the two activists", "X and four others", "they") rather than one person
_IN_ABSENCE = re.compile(r"\bin\s+absentia\b|\bin\s+(?:his|her|their)\s+absence\b|"
                         r"\bwithout\s+the\s+accused\s+present\b", re.I)  # fmt: skip
_ABSENT_GROUP = re.compile(
    r"\b(?:they|them|their|all|both|others|activists|leaders|members|figures|defendants|"
    r"dissidents|opponents|journalists)\b", re.I)  # fmt: skip
# "the latest detainees to be freed were X", "the first journalist to be jailed",
# "a court ordered X to be detained pending trial": an infinitive that tells what happened
_TOLD_INFINITIVE = re.compile(
    r"\b(?:(?:first|second|third|fourth|fifth|latest|last|only)\b(?:\s+[\w-]+){0,3}?"
    r"|ordered\b(?:\s+[\w-]+){0,4}?)\s+to\s+be\s+", re.IGNORECASE)  # fmt: skip


def _told_infinitives(stext: str, offset: int, taken: list[Trigger]) -> list[Trigger]:
    """Triggers v1 leaves out as a prospect ("to be freed") where the words before the
    infinitive make it a fact (``_TOLD_INFINITIVE``); the person stands before."""
    found: list[Trigger] = []
    for m in _TOLD_INFINITIVE.finditer(stext):
        for t in find_triggers(stext[m.end() :], offset + m.end()):
            if t.start == offset + m.end() and not any(
                t.start < x.end and x.start < t.end for x in taken
            ):
                t.passive = True
                t.reason = t.reason.replace("(person after)", "(person before)")
                t.reason += f'; "{m.group(0).strip()}": told, not a prospect'
                found.append(t)
    return found


# what an organisation has: "the office of X", "the head of X", "employees of X"
_PARTS_OF_AN_OUTLET = frozenset({"office", "headquarter", "head", "chief", "staff", "employee",
                                 "owner", "newsroom", "correspondent", "columnist"})  # fmt: skip
_WARRANTS = frozenset({"warrant", "warrants", "order", "orders"})  # "a warrant for his arrest"
_WORKING = frozenset({"working", "works", "worked", "work", "writing", "writes", "wrote"})
_POSSESSIVE = re.compile(r"[’']s\b")  # "X's former aide Y": X names whose aide Y is
# A date right after the count it is the date of, set against another: "1,147 people are
# recognised now, up from 1,120 a month ago": "a month ago" dates the 1,120, no event.
_COUNT_DATE = re.compile(r"\b(?:up|down|from|compared\s+(?:with|to))\s+\d[\d,.]*(?:\s+[a-z]+)?\s*$",
                         re.IGNORECASE)  # fmt: skip
_LIST_ITEM = re.compile(r"[—–\-•*·▪►]\s|\d{1,3}[.)]\s")  # a line of a list
_CUSTODIAL = re.compile(r"prison|jail|custod|penal|colony|-year|-month|years?$|months?$|^life$",
                        re.I)  # fmt: skip
_ROLE_SURNAME = re.compile(
    r"\b[Tt]he\s+(?:[a-z]+\s+)?([a-z]+)\s+([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\b(?![ \t]+[A-Z])(?!-)"
)


def _among(t: Token) -> Token | None:
    """The "among" a group noun hangs on: "among the detainees", "among dozens of
    prisoners"."""
    if t.dep_ != "pobj":
        return None
    if t.head.lower_ == "among":
        return t.head
    outer = t.head.head  # "among dozens of prisoners"
    if t.head.lower_ == "of" and outer.dep_ == "pobj" and outer.head.lower_ == "among":
        return outer.head
    return None


def _plain_prisoners(t: Token) -> bool:
    """ "X and Y are among dozens of prisoners held in Evin": prisoners not called
    political (those are a recognition, read apart)."""
    return t.lower_ in {"prisoners", "inmates"} and not any(
        c.lower_ in {"political", "conscience", "former", "freed", "released"}
        for c in [*t.children, *(g for c in t.children for g in c.children)]
    )


_LIST_LINE = re.compile(r"\s*(?:[-•*–—]\s*|\d{1,2}[.)]\s*)?")
_BARE_TERM = re.compile(
    r"\b(?:life\s+(?:sentence|term|imprisonment)|(?:\d+(?:\.\d+)?|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|\w+teen|twenty)[-\s](?:and[-\s]a[-\s]half[-\s])?"
    r"(?:years?|months?)(?:\s+(?:in\s+prison|in\s+jail|in\s+a\s+(?:penal\s+)?colony))?)\s*[;.,]?\s*$",
    re.IGNORECASE,
)
_AGE = re.compile(r",\s*\d{1,3}\s*,")  # "X, 63, ...": a wire story's subject
# Between two names of one list: the first one's particulars ("from the information team
# of the NLD party", "(NLD)", ", 35,"), a comma or "and", the next one's role words; no
# clause ("who", "said", a full stop).
_ITEM_END = (
    r"(?:\s*(?:,\s*\d{1,3}(?:\s+(?:months?|years?))?\s*,)?\s*(?:\((?:[^()]{1,40})\))?"
    r"(?:\s+(?:from|of|at|with)(?:\s+(?!who\b|whose\b|which\b|said\b|says\b)[\w’'().-]+){1,14}?)?)"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:(?!who\b|whose\b|which\b|said\b|his\b|her\b|their\b)[a-z][\w’'-]*\s+){0,4}"
)
_OWN_VERB = re.compile(
    r",?\s+(?:was|were|is|are|has|had|have|said|says|will|would|remains?|remained)\b"
)
# ... and items the model did not take for persons on the way ("La Raw from Kachin Wave")
_LIST_GAP = re.compile(rf"(?:{_ITEM_END}[A-Z][\w’'-]*(?:\s+[A-Z0-9][\w’'-]*){{0,3}})*{_ITEM_END}$")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$")
_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|across|outside|(?:both|all|each|originally|hails?|comes?|native|residents?)"
    r"\s+from)\s+$"
)  # "X and Y, both from Bordj Bou Arreridj": a place


# A common noun of a place, an outlet or a group right before a capitalized phrase makes
# it that thing's name, wherever it is written ("the central city of Danang", "the
# online newspaper Artı Gerçek", "the banned opposition group Viet Tan").
_THING_BEFORE = re.compile(
    r"\b(?:(?:city|town|village|province|region|district|state)\s+of|newspaper|daily|"
    r"weekly|paper|outlet|website|portal|channel|magazine|agency|group|party|movement|"
    r"organi[sz]ation|network)\s+[“\"«]?$"
)


def _someones(before: str, w: EnglishWords) -> bool:
    """The text before "lawyer X" makes them counsel: "his lawyer", "X's lawyer",
    "defence lawyer", "the family's lawyer"."""
    if re.search(r"[’']s\s+\w+\s*$|\baccording\s+to\s+(?:\w+\s+)?\w+\s*$", before):
        return True  # "X's lawyer Y", "according to (defence) lawyer Y": a source
    words_before = re.findall(r"[a-z]+", before)
    return len(words_before) > 1 and words_before[-2] in w.counsel_marks


def _group_count(tokens: list[str], w: EnglishWords) -> int | None:
    """A group's count: a number before a plural noun within three words ("five
    journalists", "19 more people"), not a span of time ("two years")."""
    for i, tok in enumerate(tokens):
        n = parse_number(tok.strip(","))
        if not n or n < 2 or (i and tokens[i - 1].lower()[:3] in w.months):
            continue  # "May 15 legislative elections" is a date
        for raw in tokens[i + 1 : i + 4]:
            nxt = raw.rstrip(",")  # "The three students, according to ..."
            if nxt.lower() in w.time_spans or not nxt.islower():
                break
            if nxt.endswith("s") and not nxt.endswith("ss"):
                return int(n)
    return None


# A member named among those of a group told before: "Among those released was X".
_AMONG = re.compile(r"\bamong\s+(?:those|the\s+[\w-]+)\s+(?:[\w-]+\s+)?(?:were|was|are|is)\b",
                    re.IGNORECASE)  # fmt: skip
# ... or in a list of the others the event took: "the seven others detained included X",
# "those freed include X" (the group's event is the one told before).
_OTHERS = re.compile(r"\b(?:others|those)\s+(?:[\w-]+\s+)?(?:include[sd]?|including)\b",
                     re.IGNORECASE)  # fmt: skip
# Words of a sentence that tells another verdict than the article's news, or a term served.
_NOT_THE_VERDICT = frozenset(["separate", "another", "serving", "serves", "served", "already",
                              "previous"])  # fmt: skip
# "Authorities also released X", "X ... was also freed": the same occasion as the one told
# before ("also" just before the trigger).
_ALSO = re.compile(r"\balso\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "freed after nearly 22 months in pre-trial detention", "released him after two days in
# detention", "After spending over four months in detention, X was released": the time held
# before a release.
_HELD_BEFORE = re.compile(
    r"\bafter\s+(?:spending\s+|having\s+spent\s+)?"
    r"(?:nearly\s+|almost\s+|about\s+|roughly\s+|some\s+|more\s+than\s+|over\s+)?"
    r"(?P<n>[\w-]+)\s+(?P<u>days?|weeks?|months?|years?)\s+(?:in|of|behind)\s+"
    r"(?:(?:pre-?trial|preventive|police|administrative)\s+)?"
    r"(?:detention|custody|prison|jail|bars|captivity)\b", re.IGNORECASE)  # fmt: skip


@dataclass(frozen=True)
class Example:
    """A candidate as training sees it: for an event, the person's name, the trigger's
    event type, the cues, and whether the rules had already given the person an event
    of the type; for an organisation (``type`` None), its name and cues."""

    name: str
    type: EventType | None
    features: list[str]
    covered: bool


def _decided(e: FoundEvent) -> FoundEvent:
    """The reason says what decided: "classifier: ..." already, else "rule: ..."."""
    return e if e.reason.startswith("classifier:") else replace(e, reason=f"rule: {e.reason}")


class EnglishV2(EnglishV1):
    """The extractor; one instance per process shares the loaded, parsing pipeline.

    ``learned=False`` runs the rules alone (training does, to see every candidate);
    ``models`` applies these (events, organisations) instead of the shipped ones;
    ``examples``, when given, receives every candidate of the texts extracted."""

    name = NAME

    def __init__(
        self,
        *,
        use_model: bool = True,
        learned: bool = True,
        models: tuple[LinearModel, LinearModel] | None = None,
        examples: list[Example] | None = None,
    ) -> None:
        super().__init__(use_model=use_model)
        self._learned = learned
        self._models = models
        self._examples = examples

    @property
    def nlp(self):  # type: ignore[no-untyped-def]  # spacy.Language, imported lazily
        return pipeline(use_model=self._use_model, parse=True).nlp

    def from_doc(self, doc: Doc, *, published: dt.date | None = None) -> Extraction:
        warning = pipeline(use_model=self._use_model, parse=True).warning
        models = self._models
        if models is None and self._learned:
            models = (load_model(MODEL), load_model(ORG_MODEL))
        return _RunV2(doc, published, warning, models, self._examples).extraction()


class _RunV2(GroupReferences, Skeleton, _Run):
    named_apart = True
    own_as_of = True

    def __init__(
        self,
        doc: Doc,
        published: dt.date | None,
        warning: str | None,
        models: tuple[LinearModel, LinearModel] | None = None,
        examples: list[Example] | None = None,
    ) -> None:
        super().__init__(doc, published, warning)
        self.model: LinearModel | None = models[0] if models else None
        self.org_model: LinearModel | None = models[1] if models else None
        self.examples = examples
        # every trigger stated (not denied, not asked for), with its sentence: candidates
        self.triggered: list[tuple[Trigger, int, tuple[list[int], list[int]]]] = []
        self.w: EnglishWords = words()
        self.parsed = doc.has_annotation("DEP")
        self.sources: dict[RawEvent, DateSource] = {}  # raw event → its rung, when known
        self.statements: list[tuple[GroupStatement, RawEvent]] = []
        self.main: dict[RawEvent, bool] = {}  # raw event → its trigger is the main clause's
        self.states: set[RawEvent] = set()  # a bare status: no publication date
        self.extensions: set[RawEvent] = set()  # a detention being extended
        self.leads: list[tuple[RawEvent, str]] = []  # events of "a journalist" unnamed yet
        # an undated lead's event and the named person's own telling of it (``_lead_news``)
        self.lead_news: list[tuple[RawEvent, RawEvent]] = []
        self.counted: list[RawFigure] = []  # the figures of the sentences read so far
        self.spans: dict[int, list[Trigger]] = {}  # sentence → its triggers
        self._narrative: FoundDate | None = None  # the year a narrative is in (``dates``)
        self._told: FoundDate | None = None  # the last date of the sentence before
        self._rung = DateSource.NONE  # where the last date picked came from
        self.dated_line = dateline_end(self.text)  # a wire's dateline: no event's date
        self.datelines = datelines(self.text)  # ... and those opening a later line
        self._drop_non_names()

    # -- figures ---------------------------------------------------------------------
    def _figures(self) -> list[FoundFigure]:
        """v1's figures of the whole text, a rounded count restated exactly once
        (``en.figures.restated_exactly``)."""
        return once_small(restated_exactly(super()._figures(), self.text))

    def _sentence_figures(self, start: int, end: int, previous: str | None) -> list[RawFigure]:
        """v1's figures of the sentence, read again through the parse (``en.figures``)."""
        found = super()._sentence_figures(start, end, previous)
        span = self.doc.char_span(start, end, alignment_mode="expand") if self.parsed else None
        found = refine(self.text, span, found, previous, self.counted) if span else found
        for f in found:  # "pardoned 25 people. The decree freed 12 women and 13 men."
            total = next((t for t in self.counted if t.value == f.value), None)
            if f.breakdown and total is not None and total.category != f.category:
                f.category = total.category
                f.reason += f"; the total counted before ({total.category})"
        self.counted.extend(found)
        return found

    # -- persons ---------------------------------------------------------------------
    def _more_mentions(self, found: list[Mention], blocked: list[tuple[int, int]]) -> list[Mention]:
        """Names the model missed that the parse makes a trigger's participant (and the
        given names it left off a name it found: "Alexei Gorinov" for "Gorinov"): "Police
        arrested Olena Marchuk", "Memorial recognized Ilya Yashin as ...", "Ihar Kurbatau
        received a six-year sentence". A run of two to four capitalized words the parse
        heads as the trigger's subject, object or list member, written like a name (no
        organisation's, place's or title's word: ``persons.name_shaped``); never in a
        sentence in title case (a headline)."""
        if not self.doc.has_annotation("DEP"):
            return []
        w = words()
        taken = [(m.start, m.end) for m in found] + blocked
        more: list[Mention] = []
        # words the text uses as common words ("riot police") or the model labels a
        # place or a people elsewhere ("Belarus") are no words of a name
        common = set(re.findall(r"\b[a-z][a-z’'-]+\b", self.text))
        common |= {t.lower_ for t in self.doc if t.ent_type_ in {"GPE", "LOC", "NORP", "FAC"}}
        common |= w.not_name_heads | w.person_nouns | w.acting_roles | w.relations  # "Dissident"
        for m in found:  # "Alexei Gorinov" where the model saw "Gorinov" alone
            last = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            run = name_run(last[-1]) if last is not None and len(last) else None
            if run is None or not (run[0] < m.start and run[1] == m.end):
                continue
            shaped = name_shaped(self.text[run[0] : run[1]], run[0])
            if (
                shaped
                and shaped[1] < m.start
                and not any(x.lower() in common | w.not_name_heads for x in shaped[0].split())
            ):
                m.start, m.name = shaped[1], shaped[0]
        more += self._patronymic_names(w, found, taken)
        more += self._surname_after_role(w, taken)
        more += self._persons_tagged_org(w, found, taken)
        for s_start, s_end in self.sentences:
            stext = self.text[s_start:s_end]
            if not re.search(r"\b[a-z]{4,}", stext):
                continue  # a headline: every word capitalized
            trigs = [(t.start, t.end, t.passive) for t in find_triggers(stext, s_start)]
            span = self.doc.char_span(s_start, s_end, alignment_mode="expand")
            trigs += [(t.idx, t.idx + len(t.text), False) for t in span or ()
                      if any(t.lower_ in forms for forms in w.triggers.values())]  # fmt: skip
            for start, end, passive in trigs:
                parts = participants(self.doc, start, end, passive, w)
                for p in parts:
                    tok = self.doc[p.token_index]
                    run = name_run(tok)
                    if run is None and self._mononym(tok, parts, found, common):
                        # "X, Y, and Ilamaran were arrested": one name in a list of names
                        more.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, "parse"))
                        taken.append((tok.idx, tok.idx + len(tok.text)))
                        continue
                    if tok.lower_ in {"he", "she", "him", "her", "his"} and span is not None:
                        # "raided the home of X and detained her", "X left after his
                        # release": a pronoun stands for a person; when the sentence names
                        # none before it, the last name-shaped noun before it
                        if any(s_start <= m.start and m.end <= tok.idx for m in found):
                            continue
                        runs = [name_run(t) for t in span if t.i < tok.i
                                and t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}]  # fmt: skip
                        run = next((r for r in reversed(runs) if r is not None), None)
                    if run is None or any(run[0] < b and a < run[1] for a, b in taken):
                        continue
                    shaped = name_shaped(self.text[run[0] : run[1]], run[0])
                    if shaped is None or any(x.lower() in common for x in shaped[0].split()):
                        continue
                    more.append(Mention(shaped[1], shaped[2], shaped[0], "parse"))
                    taken.append((shaped[1], shaped[2]))
        return more

    def _persons_tagged_org(
        self, w: EnglishWords, found: list[Mention], taken: list[tuple[int, int]]
    ) -> list[Mention]:
        """A name the model labelled an organisation, written like a person's
        (``persons.name_shaped``), where the parse shows a person: a person's noun before
        it ("Moscow resident X", "activists X"), in apposition after it ("X, the owner of
        ...", "X, leaders of ..."), or a person the model found beside it in a list ("Y and
        X", "X, Y and Z")."""
        if not self.doc.has_annotation("DEP"):
            return []
        nouns = w.person_nouns | w.acting_roles

        def person_noun(t: Token | None) -> bool:  # "activist", "activists"
            return t is not None and (t.lower_ in nouns or t.lower_[:-1] in nouns)

        spans = [self.doc.char_span(m.start, m.end, alignment_mode="expand")
                 for m in found if m.source == "ner"]  # fmt: skip
        people = {t.i for span in spans for t in span or ()}
        more: list[Mention] = []
        for ent in (e for e in self.doc.ents if e.label_ == "ORG"):
            if "," in ent.text or " and " in ent.text:
                continue  # "Mikola Dziadok, Ihar Alinevich": a list the model ran together
            shaped = name_shaped(ent.text, ent.start_char)
            if shaped is None or any(shaped[1] < b and a < shaped[2] for a, b in taken):
                continue
            doc, lo, hi = self.doc, ent.start, ent.end
            noun = person_noun(doc[lo - 1] if lo > 0 else None)
            appos = next((t for t in doc[hi : min(hi + 5, len(doc))]
                          if t.dep_ == "appos" and t.head.i in range(lo, hi)), None)  # fmt: skip
            described = person_noun(appos)
            listed = any(
                t is not None and t.i in people
                for t in (
                    doc[lo - 2] if lo > 1 and doc[lo - 1].lower_ in {",", "and"} else None,
                    doc[hi + 1] if hi + 1 < len(doc) and doc[hi].lower_ in {",", "and"} else None,
                )
            )
            if noun or described or listed:
                more.append(Mention(shaped[1], shaped[2], shaped[0], "name-shaped ORG"))
                taken.append((shaped[1], shaped[2]))
        return more

    def _patronymic_names(
        self, w: EnglishWords, found: list[Mention], taken: list[tuple[int, int]]
    ) -> list[Mention]:
        """ "Makhabat Tazhibek kyzy", "Maksat Tazhibek uulu": a patronymic word in lower
        case (``words.toml``) ends the name before it; the model often cuts it off or
        misses the name altogether. One or two capitalized words before it are the name."""
        words_ = "|".join(re.escape(p) for p in sorted(w.patronymics, key=len, reverse=True))
        after = re.compile(rf"[ \t]+(?:{words_})\b")
        for m in found:  # the model's "Makhabat Tazhibek": the patronymic word joins it
            tail = after.match(self.text, m.end)
            if tail is not None and m.source != "pronoun":
                m.end = tail.end()
                m.name = self.text[m.start : m.end]
        more: list[Mention] = []
        run = re.compile(rf"\b({_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)(?:[ \t]+(?:{words_}))\b")
        for r in run.finditer(self.text):
            start, end = r.start(1), r.end()
            if any(start < b and a < end for a, b in taken):
                continue
            first = r.group(1).split()[0]
            if fold(first) in NOT_NAMES or first.lower() in w.stop_words | w.not_name_heads:
                continue
            more.append(Mention(start, end, self.text[start:end], "rule"))
            taken.append((start, end))
        return more

    def _mononym(
        self, tok: Token, parts: list[Participant], found: list[Mention], common: set[str]
    ) -> bool:
        """A one-word name coordinated with names the model found: a capitalized word of
        five letters or more, no word the text uses in lower case, no place."""
        if not (tok.is_alpha and tok.text[:1].isupper() and tok.text[1:].islower()):
            return False
        if tok.i == 0 or self.doc[tok.i - 1].lower_ not in {",", "and"}:
            return False  # a list's item: "..., and Ilamaran"; not "Reporters X" or "(Y)"
        if len(tok.text) < 5 or tok.lower_ in common or tok.ent_type_ not in {"", "PERSON", "ORG"}:
            return False
        if tok.dep_ not in {"conj", "nsubj", "nsubjpass", "dobj", "appos"} or any(
            c.dep_ == "compound" for c in tok.children
        ):
            return False
        others = [self.doc[p.token_index] for p in parts if p.token_index != tok.i]
        if any(m.start <= o.idx < m.end for o in others for m in found):
            return True
        # ... or right after a name the model found: "M Tyson, and Ilamaran were arrested"
        return any(re.fullmatch(r"\s*,?\s*(?:and\s+)?", self.text[m.end : tok.idx])
                   for m in found if m.end <= tok.idx)  # fmt: skip

    def _surname_after_role(self, w: EnglishWords, taken: list[tuple[int, int]]) -> list[Mention]:
        """ "sentenced the blogger Sadeghi": one capitalized word after "the" and a
        person noun, neither a word the text uses in lower case nor a place, people or
        organisation the model labels, nor followed by another capitalized word."""
        found: list[Mention] = []
        # the model often calls such a surname a place: only the text's own lower-case
        # words and the pack's nouns rule one out
        lower = set(re.findall(r"\b[a-z][a-z’'-]+\b", self.text)) | w.not_name_heads
        for m in _ROLE_SURNAME.finditer(self.text):
            if m.group(1).lower() not in w.person_nouns:
                continue
            start, end = m.start(2), m.end(2)
            word = m.group(2)
            if word.lower() in lower or any(start < b and a < end for a, b in taken):
                continue
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None or any(t.ent_type_ in {"ORG", "FAC"} for t in span):
                continue
            found.append(Mention(start, end, word, "rule"))
            taken.append((start, end))
        return found

    def _drop_non_names(self) -> None:
        """A one-word "name" that modifies a common noun is an adjective ("Tajik human
        rights defender"); a phrase ending in an institution's word is none ("Criminal
        Code")."""
        keep: list[Cluster] = []
        for c in self.clusters:
            named = [m for m in c.mentions if m.source != "pronoun"]
            if self.parsed and all(self._modifies_noun(m.start, m.end)
                                   and (" " not in m.name or m.source == "rule"
                                        or _ARTICLE_BEFORE.search(self.text[:m.start]))
                                   for m in named):  # fmt: skip
                continue  # ... and "Christian Democracy activists" (not the model's name),
                # "under a Tamil Nadu detention law" (an article before: a modifier)
            if named and all(m.name.split()[-1].lower() in self.w.not_name_heads
                             or self._names_a_thing(m.end) for m in named):  # fmt: skip
                continue
            heads = [re.match(r" ([a-z]+)\b", self.text[m.end : m.end + 20])
                     for m in named if m.source != "rule"]  # fmt: skip
            if any(h and h.group(1) in self.w.outlet_heads for h in heads):
                continue  # "the Özgürlükçü Demokrasi newspaper": an outlet wherever it is named
            if named and all(_PLACE_BEFORE.search(self.text[max(0, m.start - 20) : m.start])
                             for m in named):  # fmt: skip
                continue  # "detained in St Petersburg": a place wherever it is named
            if named and all(_THING_BEFORE.search(self.text[max(0, m.start - 30) : m.start])
                             for m in named):  # fmt: skip
                continue  # "the online newspaper Artı Gerçek", "the city of Danang"
            keep.append(c)
        if len(keep) != len(self.clusters):
            from vigil.extract.coref import Coref
            from vigil.extract.raw_events import PersonEvents

            self.clusters = keep
            self.people = [PersonEvents(c) for c in keep]
            self.coref = Coref(self.text, self.sentences, keep)

    def _names_a_thing(self, end: int) -> bool:
        """Followed by an institution's word: "the Christian Democracy party"."""
        after = re.match(r"\s+([a-z]+)\b", self.text[end : end + 20])
        return bool(after and after.group(1) in self.w.not_name_heads)

    def _modifies_noun(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        t = span[-1]  # a name's last word: "Christian Democracy" in "... activists"
        return (
            t.dep_ in {"amod", "compound", "nmod"}
            and t.head.i > t.i
            and t.head.text[:1].islower()
            and t.head.ent_type_ != "PERSON"
        )

    def _who(self, tokens: list[int], sent: tuple[int, int]) -> dict[int, int]:
        """Cluster index of each token inside a person's mention in ``sent`` → token."""
        inside = [(m, who) for m, who in self.coref.mentions_in(*sent)
                  if not self.clusters[who].official]  # fmt: skip
        found: dict[int, int] = {}
        for i in tokens:
            at = self.doc[i].idx
            for m, who in inside:
                if m.start <= at < m.end:
                    found.setdefault(who, i)
        return found

    def _acting(self, who: int) -> bool:
        """Introduced by an acting role anywhere: "judge X", "X, a lawyer" (not "former
        minister X")."""
        roles = self.w.acting_roles
        for m in self.clusters[who].mentions:
            before = self.text[max(0, m.start - 30) : m.start].lower()
            words_before = re.findall(r"[a-z]+", before)
            last = words_before[-1:]
            if len(words_before) > 1 and words_before[-2] in self.w.not_name_heads:
                continue  # "Nation Power Party president X": an organisation's office
            if set(words_before[-4:]) & {"former", "ex", "retired"}:
                continue
            after = re.match(r",\s+(?:a|an|the|his|her|their)\s+(?:\w+\s+){0,2}?(\w+)",
                             self.text[m.end : m.end + 50])  # fmt: skip
            if last[:1] and last[0] in self.w.counsel_roles and not _someones(before, self.w):
                continue  # "detainees including lawyer X": a lawyer who is held
            if (last and last[0] in roles) or (after and after.group(1).lower() in roles):
                return True
        return False

    # -- skeleton hooks --------------------------------------------------------------
    def _events(self) -> None:
        """v1's step is replaced by the skeleton's hooks (``find_events`` and after)."""

    def find_events(self) -> None:
        for si, sent in enumerate(self.sentences):
            s_start, s_end = sent
            stext = self.text[s_start:s_end]
            triggers = find_triggers(stext, s_start)
            triggers = sorted(triggers + _told_infinitives(stext, s_start, triggers),
                              key=lambda t: t.start)  # fmt: skip
            if self.parsed:  # "X was not detained", "called for the release of X": no event
                triggers = [t for t in triggers if not negated(self.doc, t.start, t.end)
                            and not wished(self.doc, t.start, t.end, self.w)
                            and not self._conditional(t)]  # fmt: skip
                triggers = [t for t in map(self._typed, triggers) if t is not None]
            told_on = self.published or reference_day(self.datelines, s_start)
            found = find_dates(stext, told_on, s_start, self._narrative, self._told,
                               relative_years=True)  # fmt: skip
            self._narrative = narrative_anchor(found, stext, s_start)
            self._told = last_told(found)
            dates = [d for d in found if d.start >= self.dated_line
                     and not any(x.start <= d.start < x.end for x in self.datelines)
                     and not _COUNT_DATE.search(self.text, s_start, d.start)]  # fmt: skip
            self.dates.dates[si] = dates
            self.dates.types[si] = {family(t.type) for t in triggers}
            said, closing = speakers(self.doc, s_start, s_end, self.w) if self.parsed else ([], [])
            by_parse = [
                t for t in map(self._typed, self._parse_triggers(sent, triggers)) if t is not None
            ]
            self.spans[si] = triggers + by_parse
            for trig in triggers:
                self._trigger(trig, si, sent, dates, (said, closing))
            for trig in by_parse:
                self._trigger(trig, si, sent, dates, (said, closing), parse_only=True)
            if triggers:
                self._shared_verb(si, sent, triggers[-1].type)
            self._bare_status(si, sent)
            self._list_terms(si, sent)

    def _list_terms(self, si: int, sent: tuple[int, int]) -> None:
        """A list line of a name and its particulars with a bare term and no verb:
        "- Abduljalil al-Singace, 62, academic, life sentence", "Huang Xueqin, journalist,
        five years;": the term is the listed person's sentence."""
        at = sent[0]
        for line in self.text[sent[0] : sent[1]].split("\n"):
            start, at = at, at + len(line) + 1
            head = _LIST_LINE.match(line)
            if head is None or not _BARE_TERM.search(line) or find_triggers(line, start):
                continue
            named = [(m, who) for m, who in self.coref.mentions_in(start, start + len(line))
                     if not self.clusters[who].official]  # fmt: skip
            if len(named) != 1 or named[0][0].start != start + head.end():
                continue
            m, who = named[0]
            if not self.text.startswith(",", m.end) or any(
                e.type is EventType.SENTENCED for e in self.people[who].events
            ):
                continue
            event = RawEvent(EventType.SENTENCED, start, start + len(line), si, None,
                             "a list line: a name and a bare term, no verb", 0.6,
                             line.strip())  # fmt: skip
            self.states.add(event)
            self.people[who].events.append(event)

    def _trigger(
        self,
        trig: Trigger,
        si: int,
        sent: tuple[int, int],
        dates: list[FoundDate],
        said: tuple[list[int], list[int]],
        *,
        parse_only: bool = False,
    ) -> None:
        s_start, s_end = sent
        stext = self.text[s_start:s_end]
        self.triggered.append((trig, si, said))
        found = self._held_start(trig, self._pick_date(trig, si, dates))
        people, why = patients(self.coref, trig, sent, self._last_people)
        parsed: dict[int, Participant] = {}
        if self.parsed:
            for p in participants(self.doc, trig.start, trig.end, trig.passive, self.w):
                for who, _ in self._who([p.token_index], sent).items():
                    parsed.setdefault(who, p)
                owner = self.doc[p.token_index]
                if (p.path is Path.POSSESSOR and owner.lower_ in {"his", "her"}) or (
                    parse_only
                    and p.path in {Path.SUBJECT, Path.OBJECT}
                    and owner.lower_ in {"he", "she", "him", "her"}
                ):  # "after his release"; "prosecutors accused her of ..."
                    owns = self._owner(owner, sent)
                    if owns is not None and not self.clusters[owns].official:
                        parsed.setdefault(owns, p)
            # The speaker ("..., X said") or a lawyer ("according to lawyer X") is not the
            # one a trigger is about when the parse gives the trigger a named argument
            # that is not them.
            spoke = self._who(said[0], sent)
            source = self._who(said[1], sent)  # "..., X said.": a source, not a subject
            # (not for contact lost: "his family was not told where he was")
            if trig.type is not EventType.INCOMMUNICADO and (
                parsed or self._named_argument(trig, trig.passive)
            ):
                # (a pronoun patient stays v1's: "She was held for 15 days, X said")
                people = [who for who in people if who in parsed or who not in source]
                kin = self._possessed_patient(trig)  # "X, whose brother was arrested"
                people = [
                    who
                    for who in people
                    if who in parsed
                    or (not kin and who not in spoke and not self._possessor(who, sent))
                ]
        if self.parsed:
            # "During the sentencing hearing, judge X said ...": word order alone makes no
            # event of one who acts in the case; the parse must make them its argument
            people = [who for who in people if who in parsed or not self._acting(who)]
        if parsed:  # "X, the husband of Y, was released": Y only names whose husband
            people = [who for who in people if who in parsed or not self._kin_of(who, sent)]
        if self.parsed:  # "X, the editor-in-chief of Zaman", "raided the office of Temirov
            # Live": a name under "of" or "from" a common noun names what one belongs to
            people = [who for who in people if who in parsed or not self._belongs_to(who, sent)]
        if self.parsed and trig.passive and self._acts_on_object(trig):
            # "Judge X, who sentenced dozens of protesters": the person before acts
            people = [who for who in people if who in parsed]
        if parse_only:
            people, why = [], ""
        extra = [who for who in parsed if who not in people and (
            parsed[who].path is not Path.LISTED or not self._acting(who))]  # fmt: skip
        for who in self._list_goes_on(parsed, people, sent, said):
            parsed[who] = Participant(-1, Path.LISTED)
            extra.append(who)
        if self.parsed:  # "Among those detained were X, the editor-in-chief of Zaman"
            extra = [who for who in extra if not self._belongs_to(who, sent)]
        ref = group_reference(self.doc, trig.start, trig.end, self.w) if self.parsed else None
        group = self.group_referred(ref, si, sent) if ref is not None else None
        if group is not None:  # "Both were arrested": the persons named before (``anaphora``)
            # (but "Their arrests follow those of X": X's own, besides the group's)
            (people, why) = group
            extra = [who for who in extra if parsed[who].path is Path.REPEATED]
        if (
            parse_only
            and not people
            and not extra
            and trig.type is EventType.APPEAL_REJECTED
            and not self._owned(trig)
        ):
            people = self._sentenced_before(si)  # "X was jailed ... The court upheld the verdict"
            why = "the verdict of the person sentenced just before" if people else ""
        if (
            parse_only
            and not people
            and not extra
            and not self._counted_group(trig)
            and not (trig.type is EventType.APPEAL_REJECTED and self._singular(trig))
        ):
            return  # a word read through the parse is an event only with a participant
            # (or, for an appeal turned down, one person a later sentence names: a lead)
        event = RawEvent(trig.type, s_start, s_end, si, found,
                         f"{trig.reason}; {why}" if why else trig.reason,
                         0.8 if people else 0.5, stext)  # fmt: skip
        event.reported = bool(found and reported(found, s_start, stext))
        if (
            self.parsed
            and (h := head_of(self.doc, trig.start, trig.end)) is not None
            and (extended(h))
        ):
            self.extensions.add(event)
            event.renewal = True
        if self.parsed and (h := head_of(self.doc, trig.start, trig.end)) is not None:
            event.noun = h.dep_ not in {"ROOT", "conj", "advcl", "relcl", "acl", "ccomp",
                                        "xcomp", "pcomp"}  # fmt: skip  # not a verb's
        self._date_source(event, trig, found)
        self.main[event] = self._main_clause(trig)
        event.again = self._again(trig)
        for who in dict.fromkeys(people):
            self.people[who].events.append(event)
        for who in extra:
            path = parsed[who].path
            twin = replace(event, reason=f"{trig.reason}; {path.value} (dependency parse)",
                           confidence=0.7)  # fmt: skip
            self.sources[twin] = self.sources.get(event, DateSource.NONE)
            self.main[twin] = self.main[event]
            self.people[who].events.append(twin)
        named = list(dict.fromkeys(people + extra))
        if named:
            # a later pronoun stands for v1's patients where v1 found any; the parse's
            # extra participants (a list, a recipient) only where it found none
            self._last_people = list(dict.fromkeys(people)) or named
        elif (described := self._described(trig, si)) is not None:
            who, noun = described
            event.reason = f'{event.reason}; "{noun}" stands for the person named before (parse)'
            self.people[who].events.append(event)
            self._last_people = [who]
        else:
            self.group_events.append(event)
            self.statements.append((self._statement(si, trig), event))
            lead = self._singular(trig) if self.parsed else None
            if lead:
                self.leads.append((event, lead))

    def _list_goes_on(
        self,
        parsed: dict[int, Participant],
        people: list[int],
        sent: tuple[int, int],
        said: tuple[list[int], list[int]],
    ) -> list[int]:
        """The names after a list member the parse found, where the parse lost the list
        ("... included X from the NLD, Y from Kachin Wave, Z from 74-Media, ..."): each
        next name is separated from the one before by a comma or "and", with at most the
        item's particulars ("from the NLD party") and role words ("veteran activist")
        between, and no clause."""
        listed = [*parsed, *people]
        if not listed:
            return []
        named = [(m, who) for m, who in self.coref.mentions_in(*sent)
                 if not self.clusters[who].official]  # fmt: skip
        spoke = set(self._who(said[0], sent)) | set(self._who(said[1], sent))
        found: list[int] = []
        last_end: int | None = None
        for m, who in sorted(named, key=lambda x: x[0].start):
            if last_end is not None and who not in listed and who not in found:
                gap = self.text[last_end : m.start]
                if len(gap) > 240 or not _LIST_GAP.match(gap) or _OWN_VERB.match(self.text, m.end):
                    break  # "X was arrested, and Y was released": a clause of Y's own
                if who in spoke or self._acting(who):
                    break
                found.append(who)
            if who in listed or who in found:
                last_end = m.end
        return found

    def _described(self, trig: Trigger, si: int) -> tuple[int, str] | None:
        """ "X, a blogger, was detained. The blogger was sentenced ...": the trigger's
        patient is "the" and a person's noun (``person_nouns``) with no name of its own;
        it stands for the person named in this or the two sentences before, introduced
        with that noun ("a blogger", "blogger X"), else for the only person named there."""
        tok = trigger_token(self.doc, trig.start, trig.end) if self.parsed else None
        if tok is None:
            return None
        patient = {"nsubjpass"} | ({"nsubj"} if trig.passive else {"dobj"})
        for arg in (c for c in tok.children if c.dep_ in patient):
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in arg.children)
            named = any(c.dep_ in {"prep", "relcl", "acl", "conj", "poss"}
                        or (c.dep_ in {"appos", "compound"} and c.text[:1].isupper())
                        for c in arg.children)  # fmt: skip
            if arg.lower_ not in self.w.person_nouns or not definite or named:
                continue  # "the journalist of X", "the journalist X", "the journalist's"
            lo = self.sentences[max(0, si - 2)][0]
            before = [(m, who) for m, who in self.coref.mentions_in(lo, arg.idx)
                      if not self.clusters[who].official and not self._acting(who)]  # fmt: skip
            noun = " ".join(t.text for t in arg.subtree if t.i <= arg.i)
            introduced = [who for m, who in before if re.search(
                rf"\b{re.escape(arg.lower_)}\b",
                self.text[max(0, m.start - 30) : min(m.end + 40, arg.idx)].lower())]  # fmt: skip
            if introduced:
                return introduced[-1], noun
            if len({who for _, who in before}) == 1:
                return before[-1][1], noun
        return None

    def _owner(self, pronoun: Token, sent: tuple[int, int]) -> int | None:
        """Whom "his" or "her" stands for: the person named before it ("X left after his
        release"); in a sentence that names nobody before it, the subject of its main
        verb ("Following his release, X said ...")."""
        if any(m.start < pronoun.idx for m, _ in self.coref.mentions_in(*sent)):
            return self.coref.salient(pronoun.idx, pronoun.text)
        root = pronoun.sent.root
        subjects = [i for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}
                    and c.i > pronoun.i for i in coordinated(c)][:1]  # fmt: skip
        found = list(self._who(subjects, sent))
        return found[0] if found else self.coref.salient(pronoun.idx, pronoun.text)

    def _typed(self, trig: Trigger) -> Trigger | None:
        """The event the structure says a trigger states: a duration the parse hangs on
        "jailed" or "imprisoned" gives a term, so a sentence ("jailed for six years",
        "jailed in December for eight and a half years"); a sentence reviewed on appeal
        ("upheld the sentence of X", "an appeal against his sentence") is no new one."""
        tok = trigger_token(self.doc, trig.start, trig.end)
        if tok is None:
            return trig
        if trig.type is EventType.SENTENCED and self._reviewed(tok):
            if not self._upheld(tok):
                return None
            why = f"{trig.reason}; a court kept the sentence: an appeal rejected (dependency parse)"
            return replace(trig, type=EventType.APPEAL_REJECTED, reason=why)
        if trig.type is EventType.APPEAL_REJECTED:  # "rejected X's appeal", not "X appealed"
            turned_down = (
                tok.dep_ in {"dobj", "nsubjpass"} and tok.head.lower_ in self.w.upholding_verbs
            )
            return trig if turned_down else None
        if trig.type is EventType.TRANSFERRED and any(
            t.lower_ == "arrest" and t.i > 0 and self.doc[t.i - 1].lower_ == "house"
            for t in tok.subtree
        ):
            return None  # "moved from jail to house arrest": a change of measure, no transfer
        if (
            trig.type is EventType.SENTENCED
            and tok.lower_ in self.w.held_verbs
            and any(c.dep_ == "aux" and c.lower_ in {"has", "have", "'s", "'ve", "’ve"}
                    for c in tok.children)
        ):  # fmt: skip
            why = f'{trig.reason}; "has been imprisoned for": a time held up to now, no term'
            return replace(trig, type=EventType.DETAINED, reason=why)
        held = trig.type is EventType.DETAINED or (
            trig.type is EventType.TRANSFERRED and tok.lower_ in {"sent", "send", "sends"}
        )  # "sent X to prison for four years"
        if held and tok.lower_ in self.w.term_verbs and any(
            c.dep_ == "prep" and c.lower_ == "for"
            and any(g.dep_ == "pobj" and g.lower_ in self.w.term_units for g in c.children)
            for c in tok.children
        ):  # fmt: skip
            why = f"{trig.reason}; a term hangs on it: a sentence (dependency parse)"
            return replace(trig, type=EventType.SENTENCED, reason=why)
        return trig

    def _acts_on_object(self, trig: Trigger) -> bool:
        """The parse makes the trigger an active verb with an object of its own ("who
        sentenced dozens of protesters"), not one its subject undergoes ("received nine
        years")."""
        tok = trigger_token(self.doc, trig.start, trig.end)
        return (
            tok is not None
            and trig.start <= tok.idx < trig.end  # the trigger's own verb, not one it hangs on
            and tok.lower_ not in self.w.receive_verbs
            and any(
                c.dep_ == "dobj" and same_line(tok, c) and not trig.start <= c.idx < trig.end
                for c in tok.children
            )  # ("left prison": the object is the trigger's own)
            and not any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
        )

    def _reviewed(self, tok: Token) -> bool:
        """The sentence a trigger names is the object of an appeal ("upheld the sentence",
        "the sentence handed to X was upheld", "appealed against the verdict")."""
        noun = tok.head if tok.dep_ in {"acl", "relcl"} else tok
        if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lower_ in self.w.appeal_verbs:
            return True
        if self._kept_by(noun) is not None:
            return True
        prep = noun.head
        return (
            noun.dep_ == "pobj"
            and prep.lower_ == "against"
            and (prep.head.lower_ in self.w.appeal_nouns or prep.head.lower_ in self.w.appeal_verbs)
        )

    def _conditional(self, trig: Trigger) -> bool:
        """A trigger in a condition states nothing: "If convicted, he would face ten
        years", "they could face life imprisonment if convicted"."""
        tok = trigger_token(self.doc, trig.start, trig.end)
        return tok is not None and any(
            c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in tok.children
        )

    def _owned(self, trig: Trigger) -> bool:
        """The trigger noun names whose it is ("the appeal of the group Freedom House",
        "the appeal of an activist", "its appeal"): not the verdict of the person sentenced
        before ("his sentence was later upheld" is)."""
        tok = trigger_token(self.doc, trig.start, trig.end)
        return tok is not None and any(
            (c.dep_ == "poss" and c.lower_ not in {"his", "her", "their"})
            or (c.dep_ == "prep" and c.lower_ == "of")
            for c in tok.children
        )

    def _sentenced_before(self, si: int) -> list[int]:
        """The persons of the latest sentence before this one (or this one) that states a
        sentencing: "the verdict" an appeal court upholds with no name of its own is
        theirs ("X was sentenced on 28 February ... On 21 April, the court upheld the
        verdict")."""
        latest: dict[int, list[int]] = {}
        for who, p in enumerate(self.people):
            if self.clusters[who].official:
                continue
            for e in p.events:
                if e.type is EventType.SENTENCED and e.sentence <= si:
                    latest.setdefault(e.sentence, []).append(who)
        return list(dict.fromkeys(latest[max(latest)])) if latest else []

    def _upheld(self, tok: Token) -> bool:
        """The appeal that reviews the sentence a trigger names was turned down ("upheld
        the sentence", "rejected the appeal against his sentence"), not won or only
        filed ("quashed the verdict", "appealed against the sentence")."""
        noun = tok.head if tok.dep_ in {"acl", "relcl"} else tok
        if self._kept_by(noun) is not None:
            return True
        if noun.dep_ in {"dobj", "nsubjpass"}:
            return noun.head.lower_ in self.w.upholding_verbs
        appeal = noun.head.head  # "an appeal against his sentence"
        return appeal.dep_ in {"dobj", "nsubjpass"} and appeal.head.lower_ in self.w.upholding_verbs

    def _kept_by(self, noun: Token) -> Token | None:
        """The verb by which a court keeps the sentence ``noun`` names, beyond the object
        of an upholding verb: a participle on the noun ("had her nine-year sentence
        upheld", "X's sentence upheld", "the sentence upheld by the appeals court"), or a
        confirming verb whose subject is a court or which is done on appeal ("the court
        confirmed the sentence", "to confirm X's sentence on appeal")."""
        kept = self.w.kept_participles
        for c in noun.children:
            if c.dep_ in {"acl", "amod"} and c.i > noun.i and c.lower_ in kept:
                return c
        verb = noun.head
        if (
            noun.dep_ == "nsubj"
            and verb.lower_ in kept
            and verb.dep_ in {"ccomp", "xcomp", "oprd", "ROOT"}
            and not any(c.dep_ in {"aux", "auxpass", "dobj"} for c in verb.children)
        ):
            return verb  # a small clause: "has had her sentence upheld"
        if noun.dep_ in {"dobj", "nsubjpass"} and verb.lower_ in self.w.confirming_verbs:
            by_court = any(
                c.dep_ in {"nsubj", "agent"} and any(t.lower_ in self.w.courts for t in c.subtree)
                for c in verb.children
            )
            on_appeal = any(t.lower_ in self.w.appeal_nouns for t in verb.subtree if t is not noun)
            if by_court or on_appeal:
                return verb
        return None

    def _shared_verb(self, si: int, sent: tuple[int, int], last_type: EventType) -> None:
        """ "X to colony No. 9; Y to colony No. 15": later clauses share the verb (v1)."""
        s_start, s_end = sent
        clauses = [s_start] + [
            s_start + m.end() for m in re.finditer(";", self.text[s_start:s_end])
        ]
        for c_start in clauses[1:]:
            c_end = next((c for c in clauses if c > c_start), s_end)
            if find_triggers(self.text[c_start:c_end], c_start):
                continue
            if not re.search(r"\b(?:to|for|in|into|years?|months?|life)\b",
                             self.text[c_start:c_end]):  # fmt: skip
                continue  # "...; and Y, 19.": a list item, no gapped verb's complement
            named = [x for x in self.coref.mentions_in(c_start, c_end)
                     if not self.clusters[x[1]].official]  # fmt: skip
            if named:
                self.people[named[0][1]].events.append(RawEvent(
                    last_type, c_start, c_end, si, None, "shares the verb of the clause before it",
                    0.6, self.text[c_start:c_end]))  # fmt: skip

    def _parse_triggers(self, sent: tuple[int, int], taken: list[Trigger]) -> list[Trigger]:
        """Trigger words of the pack's list (``words.toml``) outside v1's phrases."""
        if not self.parsed:
            return []
        span = self.doc.char_span(*sent, alignment_mode="expand")
        found: list[Trigger] = []
        for t in span or ():
            kind = next((k for k, forms in self.w.triggers.items() if t.lower_ in forms), None)
            start, end = t.idx, t.idx + len(t.text)
            if kind is None or any(start < x.end and x.start < end for x in taken):
                continue
            if t.lower_ == "held" and any(c.dep_ in {"acomp", "oprd", "ccomp"} for c in t.children):
                continue  # "held responsible", "the court held that ..."
            if kind is EventType.DETAINED and (
                (t.dep_ == "compound" and t.head.lower_ in _WARRANTS)
                or (t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.lower_ in _WARRANTS)
            ):
                continue  # "a warrant for his arrest", "named in the arrest warrants": no arrest
            if (
                kind is EventType.CHARGED
                and t.lower_ != "charged"
                and any(c.dep_ == "nsubj" and c.lower_ in self.w.courts for c in t.children)
            ):
                continue  # "the court accused X of ...": its verdict's ground (but "the
                # court charged X with ...", a court's investigating judge, brings one)
            if t.lower_ in {"term", "terms"} and not any(
                _CUSTODIAL.search(c.text) for c in t.subtree if c.i != t.i
            ):
                continue  # "his second term in office" is no sentence
            stated = self.text[sent[0] : sent[1]].lower()
            if kind is EventType.RECOGNIZED_POLITICAL_PRISONER and not any(
                phrase in stated for phrase in self.w.status_recognized
            ):
                continue
            not_fact = _NOT_FACT_BEFORE.search(self.text[max(sent[0], start - 40) : start])
            if (
                not_fact
                and kind is EventType.CHARGED
                and not_fact.group(0).split()[0].lower() in (self.w.charge_verbs)
            ):
                not_fact = None  # "faces charges of ...": a charge brought, not a prospect
            if not not_fact and not wished(self.doc, start, end, self.w):
                found.append(Trigger(kind, start, end, False, f'"{t.text}" (trigger word)'))
        for t in span or ():
            start, end = t.idx, t.idx + len(t.text)
            if any(start < x.end and x.start < end for x in taken + found):
                continue
            if self._term_given(t):
                passive = any(c.dep_ == "auxpass" for c in t.children)
                why = f'"{t.text}" with a term in custody (dependency parse)'
                found.append(Trigger(EventType.SENTENCED, start, end, passive, why))
        return found

    def _term_given(self, t: Token) -> bool:
        """ "X and Y were each handed 15 days in jail", "X received two years in prison":
        a giving or receiving verb whose object is a counted term spent in custody."""
        if t.lower_ not in self.w.light_verbs | self.w.receive_verbs:
            return False
        for obj in (c for c in t.children if c.dep_ in {"dobj", "dative"}):
            counted = obj.lower_ in self.w.term_units and any(
                c.dep_ == "nummod" or c.like_num or c.lower_ in self.w.number_words
                for c in obj.children
            )
            held = any(
                g.dep_ == "pobj" and g.lower_ in self.w.status_held
                for p in (*obj.children, *t.children) if p.dep_ == "prep" and p.lower_ == "in"
                for g in p.children
            )  # fmt: skip
            if counted and held:
                return True
        return False

    def _kin_of(self, who: int, sent: tuple[int, int]) -> bool:
        """Named in ``sent`` only as the one a relative is of: "the husband of X"."""
        named = [m for m, w in self.coref.mentions_in(*sent) if w == who]
        heads = []
        for m in named:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                return False
            heads.append(span.root)
        return bool(heads) and all(
            h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lower_ in self.w.relations
            for h in heads
        )

    def _belongs_to(self, who: int, sent: tuple[int, int]) -> bool:
        """Every mention of ``who`` in ``sent`` hangs on "of" or "from" after a noun of
        trade or of an outlet's parts ("the editor-in-chief of X", "the office of X",
        "reporters from X"; not "the release of X", "the death of X")."""
        mentions = [
            m for m, w in self.coref.mentions_in(*sent) if w == who and m.source != "pronoun"
        ]
        if not mentions:
            return False
        for m in mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not len(span):
                return False
            t = span[-1]
            while t.dep_ in {"compound", "flat"} and t.head is not t and t.head.i < span.end + 2:
                t = t.head
            prep = t.head
            noun = prep.head
            trade = noun.lower_.removesuffix("s")
            gap = self.text[prep.idx + len(prep.text) : m.start]
            if not (
                t.dep_ == "pobj"
                and prep.lower_ in {"of", "from"}
                and re.fullmatch(r"\s+(?:the\s+)?", gap)  # not "the head of the X Party Y"
                and (trade in self.w.person_nouns or trade in self.w.acting_roles
                     or trade in _PARTS_OF_AN_OUTLET)
            ) and not (  # "a journalist working for Qatar's X" (not "the lawyer for X")
                t.dep_ == "pobj"
                and prep.lower_ == "for"
                and re.fullmatch(r"\s+(?:the\s+|[A-Z][\w-]*[’']s\s+)?", gap)
                and noun.lower_ in _WORKING
            ):  # fmt: skip
                return False
        return True

    def _possessor(self, who: int, sent: tuple[int, int]) -> bool:
        """Named in ``sent`` only as a possessor: "X's associate, Y", "X's lawyer"."""
        named = [m for m, w in self.coref.mentions_in(*sent) if w == who]
        return bool(named) and all(
            re.match(r"[’']s?\b", self.text[m.end : m.end + 2]) for m in named)  # fmt: skip

    def _singular(self, trig: Trigger) -> str | None:
        """The trigger's argument is one person not named yet: "sentenced a prominent
        rapper", "an opposition activist was detained"; its words, or None."""
        span = self.doc.char_span(trig.start, trig.end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        root = span.root
        while root.dep_ in {"auxpass", "aux", "prep", "advmod"} and root.head is not root:
            root = root.head
        # "rejected the appeal of an activist", "the arrest of a journalist": a noun's owner
        owners = [g for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        for c in [*root.children, *owners]:
            if (
                (c.dep_ in {"dobj", "nsubjpass"} or c in owners)
                and c.lower_ in self.w.person_nouns
                and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in c.children)
                and not any(
                    d.dep_ == "appos"
                    or (d.dep_ == "conj" and not _one_more_noun(d, self.w.person_nouns))
                    for d in c.children
                )
            ):
                return " ".join(t.text for t in c.subtree if t.i <= c.i)
        return None

    def _held_start(self, trig: Trigger, found: FoundDate | None) -> FoundDate | None:
        """A time held told with what ended it ("freed in March 2024 after six months in
        detention"): the detention began that long before the date the sentence gives
        (2023-09, to the month), not on it; with no such date, none."""
        m = _HELD_FOR.match(self.text, trig.start)
        if m is None:
            return found
        if found is None or found.date is None or found.kind in _COUNTED_KINDS:
            return None
        anchor = found.date
        unit = m.group("u").lower().rstrip("s")
        if unit in {"month", "year"} and anchor.day is not None:
            anchor = PartialDate(anchor.year, anchor.month)
        back = shifted(anchor, m.group("n"), unit, -1)
        return FoundDate(found.start, found.end, back, "before", found.text) if back else None

    def _again(self, trig: Trigger) -> bool:
        """The trigger tells another event of its kind than one told before: "was arrested
        again", "had previously been detained", "Police first arrested X in 2013", "is
        already serving a separate two-year term", "was rearrested" (``again_adverbs`` on
        the trigger or the verb a trigger noun hangs on, ``again_adjectives`` on the noun);
        a detention renewed or extended (``extension_words``)."""
        phrase = self.text[trig.start : trig.end].lower()
        if phrase.startswith("re") and "arrest" in phrase:
            return True
        if not self.parsed or (h := head_of(self.doc, trig.start, trig.end)) is None:
            return False
        w = self.w
        nxt = self.doc[h.i + 1] if h.i + 1 < len(self.doc) else None
        if nxt is not None and nxt.lower_ == "again":
            return True  # "picked up again" (the parse may hang it on the particle)
        if trig.type is EventType.DETAINED and (
            h.lower_ in w.extension_words
            or (h.dep_ == "dobj" and h.head.lower_ in w.extension_words)
            or (
                h.dep_ == "pobj"
                and h.head.lower_ == "of"
                and h.head.head.lower_ in w.extension_words
            )
        ):
            return True  # "renewed X's detention", "an extension of their detention"
        heads = [h]
        if any(c.dep_ == "amod" and c.lower_ in w.again_adjectives for c in h.children):
            return True  # a trigger noun: "a separate term", "another arrest"
        if h.dep_ in {"dobj", "attr", "pobj", "nsubjpass", "oprd"}:  # the verb it hangs on
            heads.append(h.head.head if h.dep_ == "pobj" else h.head)
        for t in heads:
            for c in t.children:
                if c.dep_ in {"advmod", "npadvmod"} and c.lower_ in w.again_adverbs:
                    return True
                if c.dep_ == "prep" and c.lower_ == "in" and any(
                        g.lower_ == "past" for g in c.children):  # fmt: skip
                    return True  # "had been detained twice in the past"
        return False

    def _main_clause(self, trig: Trigger) -> bool:
        """The trigger belongs to the sentence's main clause ("detained X", "adopted a
        statement recognizing ..."), not to a relative, adverbial or reported clause."""
        if not self.parsed:
            return False
        span = self.doc.char_span(trig.start, trig.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        if describes(root):
            return False  # "the jailed blogger X": a status, not the sentence's news
        while root.dep_ not in {"ROOT", "relcl", "advcl", "ccomp", "pcomp", "parataxis"}:
            root = root.head
        if (
            root.dep_ in {"ccomp", "parataxis"}
            and root.head.dep_ == "ROOT"
            and (root.i < root.head.i and root.head.lower_ in self.w.speech_verbs)
        ):
            return True  # "X has been detained again, her relatives say": the news reported
        return root.dep_ == "ROOT"

    def _possessed_patient(self, trig: Trigger) -> bool:
        """The trigger's patient is someone's relative or associate, not a name ("whose
        brother was arrested", "his deputy was detained"): the owner is not the patient."""
        span = self.doc.char_span(trig.start, trig.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        while root.dep_ in {"auxpass", "aux", "prep", "advmod"} and root.head is not root:
            root = root.head
        patient = {"nsubj", "nsubjpass"} if trig.passive else {"dobj"}
        return any(
            c.dep_ in patient and c.ent_type_ != "PERSON"
            and any(g.dep_ == "poss" for g in c.children)
            and not trig.start <= c.idx < trig.end  # "his whereabouts remain unknown"
            for c in root.children
        )  # fmt: skip

    def _named_argument(self, trig: Trigger, person_before: bool) -> bool:
        """The parse gives the trigger a patient that is a noun, not a pronoun: the
        subject of a passive ("the journalists were released"), the object of an active
        verb ("sentenced X's associate")."""
        span = self.doc.char_span(trig.start, trig.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        while root.dep_ in {"auxpass", "aux", "prep", "advmod"} and root.head is not root:
            root = root.head
        if root.dep_ in {"acl", "relcl"} and root.head.lower_ not in self.w.pronouns:
            return True  # "Those detained were taken ...": the noun the clause describes
        patient = {"nsubj", "nsubjpass"} if person_before else {"dobj"}
        return any(c.dep_ in patient and c.lower_ not in self.w.pronouns
                   for c in root.children)  # fmt: skip

    def _counted_group(self, trig: Trigger) -> bool:
        """The trigger's object is a counted group ("recognizing 19 more people"), or the
        one its event noun is handed to ("handed out jail sentences to six journalists")."""
        span = self.doc.char_span(trig.start, trig.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        args = [c for c in root.children if c.dep_ in {"dobj", "nsubjpass", "pobj"}]
        if root.dep_ in {"dobj", "nsubjpass"}:  # an event noun (the parse tags no parts of speech)
            verb = root.head  # the light verb carrying the noun: its recipient
            args += [c for c in verb.children if c.dep_ == "dative"]
            args += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                     for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        return any(c.like_num or c.lower_ in self.w.number_words for a in args for c in a.children
                   if c.dep_ == "nummod")  # fmt: skip

    def _pick_date(self, trig: Trigger, si: int, dates: list[FoundDate]) -> FoundDate | None:
        """The date of the sentence that belongs to ``trig`` (``en.dating``), its rung kept
        for ``_date_source``. Not a date whose words hold the trigger: "two days after his
        arrest" counts from the arrest, it does not date it."""
        sent = self.sentences[si]
        dates = [d for d in dates if not d.start <= trig.start < d.end]
        if not self.parsed:
            found = pick_date(trig, dates, sent[0], self.text[sent[0] : sent[1]])
            self._rung = DateSource.SENTENCE
            return found
        found, self._rung = attach(self.doc, trig, dates, sent, self.spans.get(si, []))
        return found

    def _date_source(self, event: RawEvent, trig: Trigger, found: FoundDate | None) -> None:
        if found is not None and found.date is not None:
            self.sources[event] = self._rung

    def _statement(self, si: int, trig: Trigger) -> GroupStatement:
        s_start, s_end = self.sentences[si]
        stext = self.text[s_start:s_end]
        tokens = re.findall(r"[\w-]+", stext.lower())
        count = _group_count(re.findall(r"[\w,’'-]+", stext), self.w)
        return GroupStatement(si, frozenset(t for t in tokens if t not in self.w.stop_words), count)

    def _bare_status(self, si: int, sent: tuple[int, int]) -> None:
        """ "X is one of the political prisoners", "Among the political prisoners is X",
        "political prisoner X": a recognition stated as a status."""
        if not self.parsed:
            return
        span = self.doc.char_span(*sent, alignment_mode="expand")
        if span is None:
            return
        for t in span:
            if t.lower_ in self.w.death_words:
                self._died(t, si, sent)
                continue
            if t.lower_ in self.w.status_held:
                self._held(t, si, sent)
                continue
            if (t.lower_ in self.w.held_groups and t.dep_ == "pobj" and t.head.lower_ == "of"
                    and t.head.head.lower_ == "one"):  # fmt: skip
                # "One of the other detainees, X, was released": X is held
                one = t.head.head
                self._status(EventType.DETAINED,
                             [i for c in one.children if c.dep_ == "appos" for i in coordinated(c)],
                             f'a status: one of the "{t.text}"', si, sent)  # fmt: skip
                continue
            among = _among(t)
            if among is not None and (t.lower_ in self.w.held_groups or _plain_prisoners(t)):
                verb = among.head  # "Among the detainees was the photographer X"
                named = [c for c in verb.children if c.dep_ in {"nsubj", "attr"} and c != among]
                self._status(
                    EventType.DETAINED,
                    [i for c in named for i in coordinated(c)],
                    f'a status: named among the "{t.text}"',
                    si,
                    sent,
                )
                continue
            if t.lower_ not in {"prisoner", "prisoners"} or not any(
                c.lower_ in {"political", "conscience"}
                for c in [*t.children, *(g for c in t.children for g in c.children)]
            ):
                continue
            members: list[int] = []
            direct = t.head.lower_ == "of"  # "X, one of the political prisoners": their own
            if t.dep_ == "pobj" and t.head.lower_ in {"of", "among"}:
                verb = t.head.head if t.head.lower_ == "among" else t.head.head.head
                if t.head.lower_ == "of" and t.head.head.lower_ != "one":
                    continue
                # "X and Y are among the 800 political prisoners": every subject conjunct
                members = [i for c in verb.children if c.dep_ in {"nsubj", "attr"}
                           for i in coordinated(c)]  # fmt: skip
                if t.head.lower_ == "of":
                    members = [c.i for c in verb.children if c.dep_ == "nsubj"]
                    # "One of the prisoners of conscience, X, returned home": its apposition
                    members += [c.i for c in t.head.head.children if c.dep_ == "appos"]
                    if t.head.head.dep_ == "appos":
                        members.append(verb.i)  # "X, one of the political prisoners, ..."
            elif (t.dep_ == "compound" and t.head.ent_type_ == "PERSON" and t.lower_ == "prisoner"
                  and not any(c.lower_ in {"former", "ex"} for c in t.subtree)):  # fmt: skip
                members = [t.head.i]  # "Political prisoner X wrote a letter"
            elif t.dep_ == "attr" and t.head.lower_ in {"is", "was", "remains", "became", "are",
                                                         "were", "remain"}:  # fmt: skip
                # "X and his co-defendants are prisoners of conscience": each conjunct
                members = [i for c in t.head.children if c.dep_ == "nsubj" for i in coordinated(c)]
            elif not self.dates.types.get(si) and (
                t.dep_ not in {"dobj", "nsubjpass", "pobj"} or t.head.lower_ in self.w.count_verbs
            ):
                # "Viasna counts 1,400 political prisoners, among them X and Y", with no
                # event stated ("pardoned 18 political prisoners, including X" is X's pardon
                # alone) nor a verb of its own ("expelled ... political prisoners, among them")
                members = group_members(t, self.w)
            found = list(self._who(members, sent))
            for pronoun in (self.doc[i] for i in members):
                if pronoun.lower_ in {"he", "she"}:  # "He is a prisoner of conscience"
                    who = self.coref.salient(pronoun.idx, pronoun.text)
                    if who is not None and not self.clusters[who].official:
                        found.append(who)
            for who in dict.fromkeys(found):
                # a direct status is theirs whatever their trade ("lawyer X, one of the
                # political prisoners, ..."); a list after a group keeps out acting roles
                if (self._acting(who) and not direct) or any(
                    e.type is EventType.RECOGNIZED_POLITICAL_PRISONER
                    for e in self.people[who].events
                ):
                    continue
                status = RawEvent(EventType.RECOGNIZED_POLITICAL_PRISONER, sent[0], sent[1],
                                  si, None, f'a status: "{t.text}" said of them (dependency '
                                  "parse)", 0.6, self.text[sent[0] : sent[1]])  # fmt: skip
                self.states.add(status)
                self.people[who].events.append(status)

    def _died(self, t: Token, si: int, sent: tuple[int, int]) -> None:
        """ "Jailed blogger X has died aged 48", "He died on Friday in hospital" (of a
        person the text holds), "X was reported dead in the detention centre": died in
        custody, when the text has stated them held and not freed, or the sentence names
        a place of custody; dated by a date the death's verb governs."""
        verb = t.head if t.lower_ == "dead" else t  # "was (reported|found) dead"
        if t.lower_ == "dead" and t.dep_ not in {"acomp", "oprd", "xcomp", "attr"}:
            return
        if any(c.dep_ == "neg" for c in verb.children) or wished(
            self.doc, t.idx, t.idx + len(t), self.w
        ):
            return
        subjects = [i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
                    for i in coordinated(antecedent(c))]  # fmt: skip
        if not subjects:
            return
        stated = self.text[sent[0] : sent[1]].lower()
        in_custody = any(word in stated for word in self.w.status_held)
        held = [
            i
            for i in subjects
            if in_custody
            or self._held_so_far(i, sent)
            or any(
                c.dep_ == "amod"
                and (c.lower_ in self.w.term_verbs or c.lower_ in self.w.held_groups)
                for c in self.doc[i].subtree
            )
        ]  # "Jailed blogger X has died"
        self._status(EventType.DIED_IN_CUSTODY, held,
                     f'"{t.text}": a death of a person held', si, sent, verb)  # fmt: skip

    def _held_so_far(self, i: int, sent: tuple[int, int]) -> bool:
        """The person at token ``i`` (a name, or he/she) has an event of custody and none
        of release so far."""
        tok = self.doc[i]
        who: int | None = next(iter(self._who([i], sent)), None)
        if who is None and tok.lower_ in {"he", "she"}:
            who = self.coref.salient(tok.idx, tok.text)
        if who is None:
            return False
        kinds = {e.type.value for e in self.people[who].events}
        return bool(kinds & self.w.custody_states) and not kinds & {"released", "pardoned"}

    def _tried_in_absence(self) -> None:
        """ "After a trial in absentia ..., a court sentenced exiled leader X": the
        sentence's own sentencing is in absentia; "The trial was held in absentia", "X and
        four others were prosecuted in their absence": a statement of a group (it names
        nobody, or a group beside them) makes in absentia the sentencing told from the
        sentence before it to three after, of persons the text does not hold (no
        detention, transfer, release of theirs: "Y, who is in prison, got ten years")."""
        held = {
            EventType.DETAINED,
            EventType.TRANSFERRED,
            EventType.RELEASED,
            EventType.PARDONED,
            EventType.INCOMMUNICADO,
            EventType.DIED_IN_CUSTODY,
        }
        for si, (start, end) in enumerate(self.sentences):
            stated = self.text[start:end]
            if not _IN_ABSENCE.search(stated):
                continue
            named = {who for _, who in self.coref.mentions_in(start, end)
                     if not self.clusters[who].official}  # fmt: skip
            group = not named or _ABSENT_GROUP.search(stated) is not None
            own = self._absent_one(start, end)
            if own is not None:
                named, group = ({own} if own >= 0 else set()), False
            for who, person in enumerate(self.people):
                if not group and who not in named:
                    continue
                if group and any(e.type in held for e in person.events):
                    continue
                reach = range(si, si + 1) if not group else range(si - 1, si + 4)
                for k, e in enumerate(person.events):
                    if e.type is EventType.SENTENCED and e.sentence in reach:
                        # a copy: the event may be shared with others the trigger named
                        # ("X, Y and Z (in absentia) were sentenced")
                        where = " of its own)" if e.sentence == si else " nearby)"
                        absent = replace(e, type=EventType.CONVICTED_IN_ABSENTIA,
                                         reason=f"{e.reason}; in absentia, as the text says "
                                         f"of the trial (sentence{where}")  # fmt: skip
                        self._same_as(absent, e)
                        person.events[k] = absent

    def _same_as(self, copy: RawEvent, e: RawEvent) -> None:
        """What the run knows of ``e`` by identity, for its ``copy``."""
        if e in self.sources:
            self.sources[copy] = self.sources[e]
        if e in self.main:
            self.main[copy] = self.main[e]
        if e in self.states:
            self.states.add(copy)
        if e in self.extensions:
            self.extensions.add(copy)

    def _absent_one(self, start: int, end: int) -> int | None:
        """ "X was sentenced to nine years, Y to seven, and Z to eight years in absentia",
        "X, Y and Z (in absentia) were sentenced": "in absentia" in the last item of a list,
        with no verb of its own, is that item's person alone (-1: one the text does not
        name as a person); None: the clause's ("X and Y were sentenced in absentia")."""
        found = _IN_ABSENCE.search(self.text, start, end)
        if found is None:
            return None
        named = {who for _, who in self.coref.mentions_in(start, found.start())
                 if not self.clusters[who].official}  # fmt: skip
        if len(named) < 2:
            return None
        seg = self.text[start : found.start()]
        cut = max(seg.rfind(","), seg.rfind(" and "))
        if cut < 0:
            return None
        item = seg[cut:]
        if find_triggers(item, start + cut) or re.search(r"\b(?:was|were|is|are|been)\b", item):
            return None
        inside = {who for _, who in self.coref.mentions_in(start + cut, found.start())
                  if not self.clusters[who].official}  # fmt: skip
        return next(iter(inside)) if len(inside) == 1 else -1

    def _held(self, t: Token, si: int, sent: tuple[int, int]) -> None:
        """ "X is (still) in prison", "X, who remains in custody", "X remains in colony
        No. 3": detained."""
        if t.dep_ == "compound" and t.head.dep_ == "pobj":
            t = t.head  # "in colony No. 3": the parse heads the phrase with "No"
        verb = t.head.head
        group = verb  # "Those still in jail are X; Y and Z": the group the phrase describes
        if (t.dep_ == "pobj" and t.head.lower_ == "in" and group.dep_ == "nsubj"
                and group.lower_ in {"those", "others"}
                and group.head.lower_ in self.w.status_verbs):  # fmt: skip
            members = [i for c in group.head.children if c.dep_ == "attr" for i in coordinated(c)]
            members += [i for c in group.children if c.dep_ == "appos" for i in coordinated(c)]
            self._status(EventType.DETAINED, members, f'a status: "in {t.text}" said of them',
                         si, sent, group.head)  # fmt: skip
            return
        if not (t.dep_ == "pobj" and t.head.lower_ == "in" and verb.lower_ in self.w.status_verbs):
            return
        if any(c.dep_ == "neg" for c in verb.children):
            return
        subjects = [
            i for c in verb.children if c.dep_ == "nsubj" for i in coordinated(antecedent(c))
        ]
        self._status(EventType.DETAINED, subjects, f'a status: "in {t.text}" said of them',
                     si, sent, verb)  # fmt: skip

    def _status(self, kind: EventType, tokens: list[int], why: str, si: int,
                sent: tuple[int, int], verb: Token | None = None) -> None:  # fmt: skip
        """A bare status of the persons at ``tokens`` (a he or she as the person it most
        likely stands for): no acting role; dated only by a date the status's ``verb``
        governs ("in custody since 2021"), never by the publication date."""
        found = list(self._who(tokens, sent))
        for t in (self.doc[i] for i in tokens):
            if t.lower_ in {"he", "she"}:
                who = self.coref.salient(t.idx, t.text)
                if who is not None and not self.clusters[who].official:
                    found.append(who)
        since = (
            governed_by(self.doc, self.dates.dates.get(si, []), verb) if verb is not None else []
        )
        for who in dict.fromkeys(found):
            if self._acting(who) or any(e.type is kind for e in self.people[who].events):
                continue
            status = RawEvent(kind, sent[0], sent[1], si, since[0] if since else None,
                              f"{why} (dependency parse)", 0.6,
                              self.text[sent[0] : sent[1]])  # fmt: skip
            if since:
                self.sources[status] = DateSource.STRUCTURE
            self.states.add(status)
            self.people[who].events.append(status)

    def attach_members(self) -> None:
        self._absentia_leads()
        if not self.parsed or not self.statements:
            return
        self._named_leads()
        used: set[RawEvent] = set()
        previous: list[RawEvent] = []  # the group of the list in the sentence before
        items: list[RawEvent] = []  # the group a colon gave the list lines that follow
        for si, sent in enumerate(self.sentences):
            named = members_named(self.doc, sent[0], sent[1], self.w)
            by_who: dict[int, Path] = {}
            for p in named:
                for who in self._who([p.token_index], sent):
                    # "Among them were ... the lawyer X": a member named in the group's
                    # list is one of them whatever their trade
                    if p.path is Path.MEMBER or not self._acting(who):
                        by_who.setdefault(who, p.path)
            colon = Path.COLON_LIST in by_who.values()
            stext = self.text[sent[0] : sent[1]].strip()
            line = [who for _, who in self.coref.mentions_in(*sent)
                    if not self.clusters[who].official][:1]  # fmt: skip
            if items and _LIST_ITEM.match(stext) and line and not by_who:
                # "... recognised three more people as political prisoners:\n— X, 35,
                # detained in April;\n— Y, ...": each line's first name is a member
                self._carry(items, {line[0]: Path.COLON_LIST}, si, used)
                continue
            items = [e for s, e in self.statements if s.sentence == si] if stext.endswith(
                ":") else []  # fmt: skip
            if previous and not by_who and self._names_only(sent):
                # "...: A, B and C. D (article 342), E and F.": the list goes on
                by_who = {who: Path.COLON_LIST for _, who in self.coref.mentions_in(*sent)
                          if not self.clusters[who].official}  # fmt: skip
                group = previous
            elif not by_who and (listed := self._verbless_list(si, sent)):
                by_who, group = listed
            elif not by_who and (counted := self._as_many_named(si, sent)):
                by_who, group = counted
            elif not by_who or (colon and len(by_who) < 2):
                previous = []
                continue  # one name after a colon is no list
            else:
                pronoun, reference = self._reference(sent, colon)
                count = next((int(n) for n in map(parse_number, reference) if n), None)
                chosen = referred([s for s, _ in self.statements], si, reference, pronoun, count)
                group = [e for s, e in self.statements if s in chosen]
            previous = group
            self._carry(group, by_who, si, used)
            if group:
                self._last_people = list(by_who)
        self.group_events = [e for e in self.group_events if e not in used]

    def _verbless_list(
        self, si: int, sent: tuple[int, int]
    ) -> tuple[dict[int, Path], list[RawEvent]] | None:
        """ "Several journalists were detained in house raids.\n\nPhoto journalist X, AFP
        reporter Y and journalists Z and W.": a sentence of three names or more without a
        verb (the parse roots it in a name) right after a group's event names its members,
        whatever words of trade stand before the names."""
        group = [e for s, e in self.statements if s.sentence == si - 1]
        if not group:
            return None
        named = [(m, who) for m, who in self.coref.mentions_in(*sent)
                 if m.source != "pronoun" and not self.clusters[who].official
                 and not _POSSESSIVE.match(self.text, m.end)]  # fmt: skip  # "X's aide Y"
        if len({who for _, who in named}) < 3:
            return None
        span = self.doc.char_span(*sent, alignment_mode="expand")
        root = next((t for t in span or () if t.dep_ == "ROOT"), None)
        if root is None or not any(m.start <= root.idx < m.end for m, _ in named):
            return None
        return {who: Path.LISTED for _, who in named}, group

    def _as_many_named(
        self, si: int, sent: tuple[int, int]
    ) -> tuple[dict[int, Path], list[RawEvent]] | None:
        """ "Two members of the movement were arrested on 7 August. X, its president, and
        Y have been charged": a sentence right after a counted group's event whose persons,
        named there first, one list (a name and its conjuncts and appositions), are as many
        as the group's count are its members."""
        group = [(s, e) for s, e in self.statements if s.sentence == si - 1]
        counts = {s.count for s, _ in group}
        if len(counts) != 1 or (count := counts.pop()) is None or not 2 <= count <= 12:
            return None
        said, closing = speakers(self.doc, sent[0], sent[1], self.w)
        spoke = set(self._who(said + closing, sent))
        named: dict[int, Mention] = {}
        for m, who in self.coref.mentions_in(*sent):
            if m.source == "pronoun" or who in named or _POSSESSIVE.match(self.text, m.end):
                continue  # "Prime Minister X's former aide Y": Y is the one listed
            if self.clusters[who].official or self._acting(who) or who in spoke:
                return None  # "X and Y, their lawyers, said ...": not the members
            if any(x.start < self.sentences[si - 1][0] for x in self.clusters[who].mentions):
                return None  # named before the group: not its members told for the first time
            named[who] = m
        if len(named) != count:
            return None
        found = [self._root(m) for m in sorted(named.values(), key=lambda m: m.start)]
        roots = [r for r in found if r is not None]
        if len(roots) != len(found):
            return None
        top = roots[0]
        while top.dep_ in {"compound", "conj", "appos", "flat"} and top.head is not top:
            top = top.head  # the token heading the list the first name stands in
        inside = {t.i for t in top.subtree}
        if not all(r.i in inside for r in roots):
            return None  # "X was arrested, and Y was released": no one list
        return dict.fromkeys(named, Path.LISTED), [e for _, e in group]

    def _root(self, m: Mention) -> Token | None:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def _carry(
        self, group: list[RawEvent], by_who: dict[int, Path], si: int, used: set[RawEvent]
    ) -> None:
        """The group's events to each member named in sentence ``si``."""
        for who, path in by_who.items():
            for e in group:
                own = [x for x in self.people[who].events if family(x.type) is family(e.type)]
                if own and not (e in self.extensions and not self.extensions & set(own)):
                    continue  # their own statement wins ("sentenced" over "in absentia")
                    # (but "renewed the detention of two journalists. X and Y were arrested
                    # on May 1": the renewal is a step of its own)
                why = f"{e.reason}; {path.value} (sentence {si - e.sentence} after; parse)"
                twin = replace(e, confidence=0.6, reason=why)
                self.sources[twin] = self.sources.get(e, DateSource.NONE)
                self.main[twin] = self.main.get(e, False)
                self.people[who].events.append(twin)
                used.add(e)

    def _named_leads(self) -> None:
        """ "A court sentenced a prominent rapper to six years. Toomaj Salehi, 33, was
        arrested ...": the lead's event goes to the first person the next two sentences
        name at the start or as a subject, who neither speaks nor acts there and of whom those
        sentences state an event (v1's in-absentia leads go first)."""
        for event, lead in self.leads:
            if not any(e is event for e in self.group_events):
                continue  # taken by v1's in-absentia lead
            for sj in range(event.sentence + 1, min(event.sentence + 4, len(self.sentences))):
                sent = self.sentences[sj]
                if sj == event.sentence + 3 and any(
                    not self.clusters[who].official
                    for si in (sj - 2, sj - 1)
                    for _, who in self.coref.mentions_in(*self.sentences[si])
                ):
                    break  # a third sentence on only after two of background, naming no one
                said = self._who(speakers(self.doc, sent[0], sent[1], self.w)[0], sent)
                chosen = self._named_back(lead, sent)
                if chosen is None:
                    chosen = next((who for m, who in self.coref.mentions_in(*sent)
                                   if not self.clusters[who].official and who not in said
                                   and not self._acting(who) and self._leads_sentence(m.start, sent)
                                   and self._own_case(who, event.sentence, sent)),
                                  None)  # fmt: skip
                if chosen is None:
                    continue
                if not any(family(e.type) is family(event.type)
                           for e in self.people[chosen].events):  # fmt: skip
                    twin = replace(event, confidence=0.6, reason=f'{event.reason}; the lead '
                                   f'states it of "{lead}", the person named {sj - event.sentence} '
                                   "sentence(s) later (dependency parse)")  # fmt: skip
                    self.sources[twin] = self.sources.get(event, DateSource.NONE)
                    self.main[twin] = self.main.get(event, False)
                    self.people[chosen].events.append(twin)
                else:
                    self._lead_dates(event, chosen)
                self.group_events = [e for e in self.group_events if e is not event]
                break

    def _lead_dates(self, event: RawEvent, who: int) -> None:
        """ "A rights activist was released from prison Saturday ... X, the leader of ...,
        was released 20 months ahead of schedule": the person's own telling of the lead's
        event, with no date, takes the lead's date."""
        same = [e for e in self.people[who].events if family(e.type) is family(event.type)]
        undated = [e for e in same if not (e.date and e.date.date)]
        if not (event.date and event.date.date) and same and len(undated) == len(same):
            self.lead_news += [(event, e) for e in undated]  # news of the lead: ``_lead_news``
            return
        if not (event.date and event.date.date) or event.reported:
            return
        if event.date.kind in {"for", "held", "before"}:
            return
        if len(undated) == len(same) == 1:
            e = undated[0]
            e.date, e.inherited = event.date, True
            e.reason += "; the date of the lead's event"

    def _named_back(self, lead: str, sent: tuple[int, int]) -> int | None:
        """ "A prominent lawyer was detained ... The lawyer, X, had ...": a definite
        reference to the lead's noun names its person, whatever their trade."""
        noun = re.escape(lead.rsplit(maxsplit=1)[-1].lower())
        for m, who in self.coref.mentions_in(*sent):
            before = self.text[max(sent[0], m.start - 40) : m.start]
            if re.search(rf"\b[Tt]he\s+{noun},?\s+$", before) and not self.clusters[who].official:
                return who
        return None

    def _own_case(self, who: int, lead: int, sent: tuple[int, int]) -> bool:
        """The sentence naming ``who`` gives their age ("X, 63, worked for ...") or speaks
        of a case ("X was found guilty of ..."), or the next two sentences state an event
        of them ("X was arrested in May"): the story goes on with their case, not with a
        commentator or a colleague ("Viasna founder X has long documented such cases")."""
        said = set(re.findall(r"[a-z]+", self.text[sent[0] : sent[1]].lower()))
        aged = any(_AGE.match(self.text, m.end) for m, w in self.coref.mentions_in(*sent)
                   if w == who)  # fmt: skip  # "X, 63, worked for ...": wire style
        return (
            aged
            or bool(said & self.w.case_words)
            or any(lead < e.sentence <= lead + 2 for e in self.people[who].events)
        )

    def _leads_sentence(self, at: int, sent: tuple[int, int]) -> bool:
        """A name at the start of its sentence or the subject of its verb."""
        if len(re.findall(r"\w+", self.text[sent[0] : at])) <= 3:
            return True
        tok = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if tok is None or not len(tok):
            return False
        t = tok[0]
        while t.dep_ == "compound" and t.head is not t:
            t = t.head
        return t.dep_ in {"nsubj", "nsubjpass"}

    def _names_only(self, sent: tuple[int, int]) -> bool:
        """A sentence of names and asides only: the rest of a list."""
        named = self.coref.mentions_in(*sent)
        rest = self.text[sent[0] : sent[1]]
        for m, _ in reversed(named):
            rest = rest[: m.start - sent[0]] + rest[m.end - sent[0] :]
        rest = re.sub(r"\([^)]*\)?", " ", rest)
        return len(named) >= 2 and len(re.findall(r"[a-z]{3,}", rest)) <= 2

    def _reference(self, sent: tuple[int, int], colon: bool) -> tuple[bool, frozenset[str]]:
        """How a member sentence names its group: a pronoun ("them", "those"), or the
        content words before its colon ("against the five:")."""
        stext = self.text[sent[0] : sent[1]]
        if colon:
            head = stext.split(":", 1)[0].lower()
            words_before = re.findall(r"[\w-]+", head)
            return False, frozenset(w for w in words_before if w not in self.w.stop_words)
        return True, frozenset()

    def _classify(self) -> None:
        """Each person a trigger's sentence names and the rules gave no event of its type:
        the learned model decides from the candidate's cues (``cues``) whether the event is
        theirs, and says so in the reason with its probability. With ``examples`` every
        candidate is handed to training, covered by the rules or not."""
        if not self.parsed or (self.model is None and self.examples is None):
            return
        for trig, si, said in self.triggered:
            sent = self.sentences[si]
            named: dict[int, list[Mention]] = {}
            for m, who in self.coref.mentions_in(*sent):
                if not self.clusters[who].official:
                    named.setdefault(who, []).append(m)
            for m, who in self._pronouns(sent):  # "she had been sentenced to ..."
                named.setdefault(who, []).append(m)
            if not named:
                continue
            paths: dict[int, Path] = {}
            for p in participants(self.doc, trig.start, trig.end, trig.passive, self.w):
                for who in self._who([p.token_index], sent):
                    paths.setdefault(who, p.path)
            spoke, source = self._who(said[0], sent), self._who(said[1], sent)
            for who, mentions in named.items():
                m = min(mentions, key=lambda x: abs(x.start - trig.start))
                lo, hi = sorted((m.end, trig.start))
                if ";" in self.text[lo:hi] and who not in paths:
                    continue  # another item of a semicolon list, not the trigger's
                candidate = Candidate(m.start, m.end, m.source, self._acting(who),
                                      who in spoke, who in source, paths.get(who),
                                      len(named))  # fmt: skip
                features = cues(self.doc, trig, candidate)
                covered = any(e.type is trig.type for e in self.people[who].events)
                if self.examples is not None:
                    name = self.clusters[who].best.name
                    self.examples.append(Example(name, trig.type, features, covered))
                if self.model is None or covered:
                    continue
                chance = self.model.probability(features)
                if chance >= self.model.threshold:
                    self._learned_event(trig, si, who, chance)

    def _pronouns(self, sent: tuple[int, int]) -> list[tuple[Mention, int]]:
        """He, she, him, her in ``sent``, each with the person it most likely stands for
        (``Coref.salient``), as a pronoun mention."""
        span = self.doc.char_span(*sent, alignment_mode="expand")
        found: list[tuple[Mention, int]] = []
        for t in span or ():
            if t.lower_ not in {"he", "she", "him", "her"}:
                continue
            who = self.coref.salient(t.idx, t.text)
            if who is not None and not self.clusters[who].official:
                found.append((Mention(t.idx, t.idx + len(t.text), t.text, "pronoun"), who))
        return found

    def _learned_event(self, trig: Trigger, si: int, who: int, p: float) -> None:
        s_start, s_end = self.sentences[si]
        stext = self.text[s_start:s_end]
        found = self._held_start(trig, self._pick_date(trig, si, self.dates.dates.get(si, [])))
        event = RawEvent(trig.type, s_start, s_end, si, found,
                         f"classifier: {trig.type.value} {p:.2f} ({trig.reason})",
                         round(min(p, 0.7), 2), stext)  # fmt: skip
        event.reported = bool(found and reported(found, s_start, stext))
        if (
            self.parsed
            and (h := head_of(self.doc, trig.start, trig.end)) is not None
            and (extended(h))
        ):
            self.extensions.add(event)
        self._date_source(event, trig, found)
        self.main[event] = self._main_clause(trig)
        self.people[who].events.append(event)

    def carry_dates(self) -> None:
        self._classify()
        self._listed()
        self._tried_in_absence()
        undated = {e for p in self.people for e in p.events if not (e.date and e.date.date)}
        live: set[RawEvent] = set()  # dated by a live post's update
        for e in [e for p in self.people for e in p.events] + self.group_events:
            if (day := self._updated(e)) is not None:
                e.date = FoundDate(e.start, e.start, PartialDate.of(day), "published",
                                   "the live post's day")  # fmt: skip
                live.add(e)
        self.dates.carry(self.people, self.group_events)
        self._headlines()
        self._extended_uncarried()
        self._among_those()
        self._own_background(undated)
        self._also()
        self._held_before_release()
        self._range_end()
        self._one_verdict()
        every = [e for p in self.people for e in p.events] + self.group_events
        released_on_pardon(every)
        if self.parsed:
            named_after(every, self.doc, self.sentences, self.dates.dates)
        for e in every:
            if e.date and e.date.kind == "for" and e.type is not EventType.INCOMMUNICADO:
                source = DateSource.NONE  # a duration dates only an isolation (v1)
            elif e.date and e.date.kind == "published":
                # an event of several persons, seen again; or one of a live post's update
                source = DateSource.UPDATE if e in live else DateSource.PUBLICATION
            elif e.date and e.date.date:
                source = DateSource.NEIGHBOUR if e.inherited else self.sources.get(
                    e, DateSource.SENTENCE)  # fmt: skip
            elif self._news(e):
                assert self.published is not None
                e.date = FoundDate(e.start, e.start, PartialDate.of(self.published),
                                   "published", "the publication date")  # fmt: skip
                source = DateSource.PUBLICATION
            else:
                source = DateSource.NONE
            if source is not DateSource.NONE and source.value not in e.reason:
                e.reason = f"{e.reason}; {source.value}"
        self._one_announcement(every)
        self._among_those_told(every)
        self._lead_news()
        self._one_verdict(news=True)

    def _lead_news(self) -> None:
        """ "An Iranian-British woman ... has been sentenced to one year in prison, her lawyer
        said Sunday. X, 25, ... The court found her guilty ...": the lead tells the event of
        the person named after it with no date of its own, as news (``_news``: a lead's main
        clause, no background); the person's tellings of it, none with a date of its own,
        still undated once every rung has run, take the publication date."""
        for lead, e in self.lead_news:
            if (e.date and e.date.date) or lead.date is not None or not self._news(lead):
                continue
            assert self.published is not None
            e.date, e.inherited = FoundDate(lead.start, lead.start, PartialDate.of(self.published),
                                            "published", "the publication date"), True  # fmt: skip
            e.reason += f"; the lead's event, told as news; {DateSource.PUBLICATION.value}"

    def _among_those_told(self, every: list[RawEvent]) -> None:
        """ "X and Y were detained in dawn raids ... Also among those detained is Z", "Z was
        detained on Wednesday along with others ... the seven others detained included Y":
        a member named among those an event of its type took, still undated once every rung
        has run, takes the date of the last event of that type told before with a date of
        its own or the publication date that made it news (a person's or a group's)."""
        told = sorted((e for e in every if e.date and e.date.date and not e.inherited
                       and not e.reported and e.date.kind not in {"for", "held", "before"}),
                      key=lambda e: e.start)  # fmt: skip
        for p in self.people:
            for e in p.events:
                if (e.date and e.date.date) or not (_AMONG.search(e.text)
                                                    or _OTHERS.search(e.text)):  # fmt: skip
                    continue
                before = [x for x in told if x.type is e.type and x.sentence < e.sentence]
                if before:
                    e.date, e.inherited = before[-1].date, True
                    e.reason += f"; {DateSource.NEIGHBOUR.value} (the group's event told before)"

    def _extended_uncarried(self) -> None:
        """ "X had been detained in 2023 ... A court on Thursday extended the detention of
        Y": a detention being extended takes no date carried from a sentence before (its
        own sentence's date is the extension's, which the ladder left out on purpose)."""
        for p in self.people:
            for e in p.events:
                if e in self.extensions and e.inherited:
                    e.date, e.inherited = None, False

    def _headlines(self) -> None:
        """ "Niger journalists X and Y convicted" on the line right above its report's
        dateline ("New York, January 13, 2022 — ..."): a page of reports' headline takes no
        date carried from the report before it."""
        for p in self.people:
            for e in p.events:
                if not (e.inherited and e.date and e.date.start < e.start):
                    continue
                end = self.sentences[e.sentence][1]
                gaps = [self.text[end : d.start] for d in self.datelines if d.start >= end]
                if any("\n" in gap and not gap.strip() for gap in gaps):
                    e.date, e.inherited = None, False

    def _among_those(self) -> None:
        """ "Scores of prisoners were released on Thursday ... Among those released was
        X": a member named among those of a group event told before, with no date of its
        own, takes the date of the last such group event (the same type, its own date)."""
        for p in self.people:
            for e in p.events:
                if (e.date and e.date.date) or not _AMONG.search(e.text):
                    continue
                told = [g for g in self.group_events if g.type is e.type and g.start < e.start
                        and g.date and g.date.date and not g.inherited and not g.reported
                        and g.date.kind != "published"]  # fmt: skip
                if told:
                    e.date, e.inherited = told[-1].date, True

    def _also(self) -> None:
        """ "Egyptian authorities released two activists and a journalist Sunday ...
        Authorities also released X": an undated event whose trigger "also" precedes takes
        the date of the last event of its type told before with a date of its own."""
        every = [e for p in self.people for e in p.events] + self.group_events
        told = sorted((e for e in every if e.date and e.date.date and not e.inherited
                       and not e.reported and e.date.kind not in {"published", "for", "held"}),
                      key=lambda e: e.start)  # fmt: skip
        for p in self.people:
            for e in p.events:
                if e.date and e.date.date:
                    continue
                stext = self.text[e.start : e.end]
                if not any(t.type is e.type and _ALSO.search(stext[: t.start - e.start])
                           for t in find_triggers(stext, e.start)):  # fmt: skip
                    continue
                before = [x for x in told if x.type is e.type and x.start < e.start]
                if before:
                    e.date, e.inherited = before[-1].date, True
                    e.reason += '; "also": the date of the same event told before'

    def _held_before_release(self) -> None:
        """ "X was freed on Sunday after nearly 22 months in pre-trial detention": a detention
        of the release's sentence with no date of its own began that long before the
        release, to the precision of the release's date and the unit (the corpus README: a
        duration gives its start)."""
        for p in self.people:
            released = [e for e in p.events if e.type is EventType.RELEASED and e.date
                        and e.date.date and e.date.kind not in {"for", "held"}]  # fmt: skip
            for release in released:
                start, end = self.sentences[release.sentence]
                m = _HELD_BEFORE.search(self.text[start:end])
                if m is None or release.date is None or release.date.date is None:
                    continue
                held = [e for e in p.events if e.type is EventType.DETAINED
                        and e.sentence == release.sentence]  # fmt: skip
                if any(e.date and e.date.date for e in held):
                    continue
                if not held:  # "freed after six months in detention" states the detention
                    held = [RawEvent(EventType.DETAINED, start, end, release.sentence, None,
                                     f'"{m.group(0)}": the time held before the release',
                                     0.6, self.text[start:end])]  # fmt: skip
                    p.events.extend(held)
                begun = shifted(release.date.date, m.group("n"), m.group("u"), -1)
                for e in held:
                    if begun is not None:
                        e.date = FoundDate(start + m.start(), start + m.end(), begun, "held",
                                           m.group(0))  # fmt: skip
                        e.reason += "; its start counted back from the release"

    def _one_verdict(self, news: bool = False) -> None:
        """ "A court sentenced X on Friday to ten years ... Y was sentenced to nine years, Z to
        seven": where every verdict the article dates is of one day, a verdict it states
        without a date, in a sentence of no background ("had", "previously", "in a separate
        case", a term being served), is of that day too. Run again once the publication date
        has dated the news (``news``): "A court has sentenced 45 figures ... X was sentenced
        to ten years"."""
        if len(self.datelines) > 1:
            return  # a page of several reports, each under its dateline: no one article
        kinds = {EventType.SENTENCED, EventType.CONVICTED_IN_ABSENTIA}
        every = [e for p in self.people for e in p.events] + self.group_events
        days = {str(e.date.date) for e in every if e.type in kinds and e.date and e.date.date
                and not e.reported and e.date.kind not in {"for", "held", "before"}}  # fmt: skip
        if len(days) != 1 or len(next(iter(days))) != 10:
            return
        day = next(e.date for e in every if e.type in kinds and e.date and e.date.date)
        for p in self.people:
            for e in p.events:
                if e.type not in kinds or (e.date and e.date.date):
                    continue
                if news and e.type is not EventType.SENTENCED:
                    continue  # an in-absentia conviction takes no publication date (``_news``)
                words_of = set(re.findall(r"[a-z]+", e.text.lower())) - self._of_persons(e)
                if words_of & (self.w.background | _NOT_THE_VERDICT):
                    continue
                e.date, e.inherited = day, True
                e.reason += "; the date of the article's one verdict"
                if news:
                    e.reason += f"; {DateSource.PUBLICATION.value}"

    def _of_persons(self, e: RawEvent) -> set[str]:
        """The words of ``e``'s sentence that describe a person, not the event: "another" of
        "Another activist X was sentenced ..." (a determiner of a person's noun)."""
        span = self.doc.char_span(e.start, e.end, alignment_mode="expand") if self.parsed else None
        return {t.lower_ for t in span or () if t.dep_ == "det" and _of_a_person(t.head)}

    def _range_end(self) -> None:
        """ "He was imprisoned from January 2021 to July 2023 ... Following his release,
        ...": an undated release of a person whose detention its sentence or the one before
        dates by a span ("from X to Y", "between X and Y") is at the span's end."""
        for p in self.people:
            held = {e.sentence for e in p.events if e.type is EventType.DETAINED}
            for e in p.events:
                if e.type is not EventType.RELEASED or (e.date and e.date.date):
                    continue
                for si in (e.sentence, e.sentence - 1):
                    end = self._span_end(si) if si in held else None
                    if end is not None:
                        e.date, e.inherited = end, si != e.sentence
                        e.reason += f'; the end of the time held ("{end.text}")'
                        break

    def _span_end(self, si: int) -> FoundDate | None:
        found = [d for d in self.dates.dates.get(si, []) if d.date and d.kind not in
                 {"for", "held", "before", "later"}]  # fmt: skip
        for a, b in itertools.pairwise(found):
            before = self.text[max(0, a.start - 8) : a.start].lower()
            opens = a.text.lower().startswith(("from", "between")) or before.rstrip().endswith(
                ("from", "between"))  # fmt: skip
            if opens and re.fullmatch(r"\s*(?:to|until|till|through|and|–|-)\s*",
                                      self.text[a.end : b.start]):  # fmt: skip
                return b
        return None

    def _one_announcement(self, every: list[RawEvent]) -> None:
        """An article's recognitions are one announcement: one it reports as news (dated
        by the publication date: "Viasna has recognised 14 more people ...") dates the
        others it states with no date ("The rights defenders also recognised X"); not a
        bare status ("X is one of the political prisoners")."""
        kind = EventType.RECOGNIZED_POLITICAL_PRISONER
        news = next((e.date for e in every if e.type is kind and e.date
                     and e.date.kind == "published"), None)  # fmt: skip
        if news is None:
            return
        for e in every:
            if e.type is kind and not (e.date and e.date.date) and e not in self.states:
                e.date, e.inherited = news, True
                e.reason = f"{e.reason}; {DateSource.ANNOUNCEMENT.value}"

    def _own_background(self, undated: set[RawEvent]) -> None:
        """A person's background ("Y had been serving a sentence since ...") takes no date
        carried from another person's event of the sentences before ("X was sentenced in
        September 2022"): their verdicts are not one; nor does anyone take another's time
        held ("X has been in custody for two years")."""
        for i, p in enumerate(self.people):
            for e in p.events:
                if e not in undated or not (e.inherited and e.date):
                    continue
                words_of = set(re.findall(r"[a-z]+", e.text.lower()))
                source = next((si for si, (a, b) in enumerate(self.sentences)
                               if a <= e.date.start < b), None)  # fmt: skip
                held = e.date.kind in {"held", "for", "before"}  # another's time in custody
                if (
                    source is None
                    or source == e.sentence
                    or not (held or words_of & self.w.background)
                ):
                    continue
                named = {who for _, who in self.coref.mentions_in(*self.sentences[source])}
                if named and i not in named:
                    e.date, e.inherited = None, False

    def _updated(self, e: RawEvent) -> dt.date | None:
        """The day of an undated event of a live post (``update_day``: under an update
        stamp, or before the first one), unless it recalls an earlier one ("had been",
        "already", "recall"; not "after": "released after questioning" is the day's news),
        a bare status or an ongoing state."""
        ongoing = {EventType.INCOMMUNICADO, EventType.CONVICTED_IN_ABSENTIA, EventType.EXILED}
        if e.date is not None or e.type in ongoing or e in self.states:
            return None
        tokens = set(re.findall(r"[a-z]+", e.text.lower()))
        if tokens & self.w.recalled:
            return None  # (a year of its sentence is another clause's: the ladder left it)
        return update_day(self.text, e.start, self.published)

    def _news(self, e: RawEvent) -> bool:
        """An undated event the article reports as news: the publication date is its
        date: the main clause of a lead sentence or of one in the present perfect. Not
        for background ("had been", "since", "later", a year), a relative clause ("who was
        sentenced"), a bare status, nor an ongoing state (incommunicado)."""
        ongoing = {EventType.INCOMMUNICADO, EventType.CONVICTED_IN_ABSENTIA, EventType.EXILED}
        if self.published is None or not self.main.get(e) or e.type in ongoing:
            return False
        if e in self.extensions:
            return False  # "on Tuesday extended the detention of X": no news of its start
        under = [d for d in self.datelines if d.start < e.end]
        if under and told_on_another_day(self.text, under[-1], self.published):
            return False  # told under a dateline of its own ("HRODNA, March 6 (Reuters) -")
        if e.date is not None:
            return False  # the text dates it, but not to a day or month ("last week")
        if re.search(r'"serv(?:ing|es)\b', e.reason):
            return False  # "X is serving 10 years": a term being served, no news of its own
        told = e.text
        for d in self.datelines:  # a dateline's year is the report's, no background
            a, b = max(d.start, e.start) - e.start, min(d.end, e.end) - e.start
            if a < b:
                told = told[:a] + " " * (b - a) + told[b:]
        tokens = set(re.findall(r"[a-z]+", told.lower()))
        if tokens & self.w.background or re.search(r"\b(?:19|20)\d\d\b", told):
            return False
        recent = r"\b(?:has|have)\s+(?:\w+\s+)?(?:been|\w+ed)\b|\b(?:today|this\s+week)\b"
        return bool(re.search(recent, e.text)) or e.sentence <= 1

    def build(self) -> Extraction:
        """v1's output, with less for a reviewer to wade through: an unnamed group's
        event only when it gives a count no figure of its sentence carries; no platform
        as an organisation ("Telegram"); no quote that states nothing (a fragment or a
        scare quote with no speaker)."""
        result = _Run.extraction(self)
        counted = {e for s, e in self.statements if s.count is not None}
        spans = [(f.span.start, f.span.end) for f in result.figures]
        group = tuple(
            found_event(e, self.facilities) for e in self.group_events
            if e in counted and not any(a <= e.start < b for a, b in spans)
        )  # fmt: skip
        orgs = self._organisations(
            tuple(o for o in result.organizations if o.name.lower() not in self.w.channels)
        )
        quotes = tuple(q for q in result.quotes if q.speaker or self._states(q.span))
        persons = tuple(replace(p, events=tuple(_decided(e) for e in p.events))
                        for p in result.persons)  # fmt: skip
        return replace(
            result,
            extractor=NAME,
            persons=persons,
            group_events=tuple(_decided(e) for e in group),
            organizations=orgs,
            quotes=quotes,
        )

    def _organisations(self, found: tuple[FoundOrganization, ...]) -> tuple[FoundOrganization, ...]:
        """The learned model keeps an organisation the text is about and drops a place,
        a dateline's agency, a person or a facility taken for one; the reason says so."""
        if not self.parsed or (self.org_model is None and self.examples is None):
            return found
        persons = [(m.start, m.end) for c in self.clusters for m in c.mentions]
        places = [(f.start, f.end) for f in self.facilities]
        kept: list[FoundOrganization] = []
        for o in found:
            features = organisation_cues(self.doc, o.span.start, o.span.end,
                                         o.reason == "known organization", persons, places,
                                         self.dateline_end)  # fmt: skip
            if self.examples is not None:
                self.examples.append(Example(o.name, None, features, False))
            if self.org_model is None:
                kept.append(o)
                continue
            chance = self.org_model.probability(features)
            if chance >= self.org_model.threshold:
                why = f"classifier: organisation {chance:.2f} ({o.reason})"
                kept.append(replace(o, confidence=round(min(chance, 0.9), 2), reason=why))
        return tuple(kept)

    def _states(self, span: Span) -> bool:
        """A quote with no speaker states something when it is a sentence of its own:
        a capital first letter and at least eight words."""
        quoted = self.text[span.start : span.end].strip("\"“”'‘’ ")
        return quoted[:1].isupper() and len(quoted.split()) >= 8


# "after (spending) nearly three months in detention" (``lexicon``): the count and unit
_HELD_FOR = re.compile(
    r"after\s+(?:spending\s+|serving\s+)?(?:(?:about|nearly|almost|over|roughly|some|more\s+than)"
    r"\s+)?(?P<n>[\w.-]+)\s+(?P<u>days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)
_COUNTED_KINDS = frozenset(["published", "held", "for", "before"])


def _of_a_person(noun: Token) -> bool:
    """A noun that names a person: a subject, or one the parse joins to a name ("activist" of
    "Another activist Chen Qitang", "Another activist, Chen Qitang,")."""
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        return True
    if noun.dep_ == "compound" and noun.head.ent_type_ == "PERSON":
        return True
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children)


def _one_more_noun(conj: Token, nouns: frozenset[str]) -> bool:
    """ "an activist and researcher": a second noun of the same person (no article of its
    own), not a second person ("a journalist and an activist")."""
    return conj.lower_ in nouns and not any(c.dep_ == "det" for c in conj.children)
