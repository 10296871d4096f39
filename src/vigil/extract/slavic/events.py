"""Event triggers in a Russian or Belarusian sentence, where their person stands, and
the date that belongs to each.

Russian word order is free, so a trigger's form, not its position, says where to look
first (``data/words_ru.toml``): after a short participle or an intransitive verb, the person named
before ("Иванов задержан", "Иванова вышла на свободу"); after a transitive verb or a noun,
the one named after ("задержали Иванова", "задержание Иванова"). The other side is
the fallback ("задержан активист Иванов", "Иванова задержали").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vigil.extract.dates import FoundDate
from vigil.extract.slavic.lexicon import Lexicon
from vigil.model import EventType

__all__ = ["Trigger", "find_triggers", "pick_date", "reported"]

_SHORT_FORM = re.compile(r"(?:[её]н|ан|ен[аоы]|ён[аоы]|ан[аоы]|аная|аныя|ены|ана)$", re.I)


@dataclass
class Trigger:
    type: EventType
    start: int
    end: int
    head_end: int  # end of the first word: a person inside the phrase stands after it
    voice: str  # "before" or "after": where to look for the person first
    form: str
    reason: str


_SOURCE_BEFORE = re.compile(r"(?<![\w-])(?:[Пп]о\s+словам|[Пп]а\s+словах|[Сс]о\s+слов)\s+$")
# An indirect question whose answer the text says is not known ("Какие именно действия
# вменяют задержанным — пока неизвестно", "что вменяется ему, X не сообщил"): no event.
_ASKED_BEFORE = re.compile(
    r"(?:^|[\s,(])(?:что|какие|какое|какую|какой|каких|в\s+ч[её]м|што|якія|якое|у\s+чым)\s+"
    r"(?:именно\s+|менавіта\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_UNKNOWN_AFTER = re.compile(
    r"[^.;!?]{0,40}?(?:[—–-]\s*(?:пока\s+|пакуль\s+|еще\s+|ещё\s+)?(?:неизвестно|не\s+известно|"
    r"неясно|не\s+ясно|невядома|невядомa)|,\s*(?:[\w-]+\s+){0,2}не\s+(?:сообщил\w*|уточнил\w*|"
    r"сказал\w*|паведаміў\w*|удакладніў\w*))",
    re.IGNORECASE,
)


def find_triggers(lex: Lexicon, sentence: str, offset: int) -> list[Trigger]:
    """Trigger phrases of one sentence; where two overlap, the row listed first wins."""
    found: list[Trigger] = []
    low = sentence.lower()
    rows = lex.lower_triggers if len(low) == len(sentence) else lex.triggers
    for kind, row_form, pattern in rows:
        for m in pattern.finditer(low if rows is lex.lower_triggers else sentence):
            form = row_form
            s, e = m.start() + offset, m.end() + offset
            if any(s < t.end and t.start < e for t in found):
                continue
            before = sentence[max(0, m.start() - 45) : m.start()]
            if _SOURCE_BEFORE.search(before):
                continue  # "По словам освобожденных, …": whom the report comes from
            if lex.not_fact.search(before):
                continue  # "могут задержать", "патрабуюць іх вызвалення": no fact
            if _ASKED_BEFORE.search(before) and _UNKNOWN_AFTER.match(sentence, m.end()):
                continue  # "что ей вменяют — неизвестно": asked, not told
            if form == "near" and not lex.near.search(sentence):
                continue  # "умер" is a death in custody only beside a place of custody
            words = sentence[m.start() : m.end()].split()
            if form == "full" and re.search(r"(?:^|\s)(?:[Сс]реди|[Сс]ярод)\s+$", before):
                form = "list"  # "Среди помилованных — X": X is one of those the event is about
            voice = _voice(form, words, before)
            head = m.start() + len(words[0])
            phrase = " ".join(words)[:40]
            reason = f'"{phrase}" ({"person before" if voice == "before" else "person after"})'
            found.append(Trigger(kind, s, e, head + offset, voice, form, reason))
    return sorted(found, key=lambda t: t.start)


def _voice(form: str, words: list[str], before: str) -> str:
    if form in {"short", "subject", "near", "state"}:
        return "before"
    if form == "full":
        # "Иванова, задержанного в мае" — the participle follows its person after a comma.
        return "before" if re.search(r",\s*(?:\w+\s+){0,2}$", before) else "after"
    if form == "auto":
        return "before" if any(_SHORT_FORM.search(w.strip(",.")) for w in words) else "after"
    return "after"


def pick_date(
    lex: Lexicon,
    trigger: Trigger,
    dates: list[FoundDate],
    sentence_start: int,
    sentence: str,
    others: list[Trigger] | None = None,
) -> FoundDate | None:
    """The date expression that belongs to the trigger: in its clause, nearest first, and
    not nearer to another trigger ("Задержанный в мае X приговорен": May is the detention's);
    else a date that opens the sentence ("В декабре 2021 года суд ...")."""

    def distance(t: Trigger, d: FoundDate) -> int:
        return min(abs(d.start - t.end), abs(t.start - d.end))

    def same_clause(d: FoundDate) -> bool:
        lo, hi = sorted(
            (d.end, trigger.start) if d.end <= trigger.start else (trigger.end, d.start)
        )
        return not lex.clause_break.search(sentence[lo - sentence_start : hi - sentence_start])

    def end_date(d: FoundDate) -> bool:  # "арестован до 15 февраля": not when it began
        head = sentence[max(0, d.start - sentence_start - 8) : d.start - sentence_start]
        return bool(
            re.search(r"(?:^|\s)(?:до|да|по)\s+$", head) or re.match(r"(?:до|да)\s", d.text)
        )

    usable = [d for d in dates if d.kind != "for" and d.date is not None and not end_date(d)]
    if trigger.type is not EventType.RECOGNIZED_POLITICAL_PRISONER:
        usable = [d for d in usable if not reported(lex, d, sentence_start, sentence)]
    rivals = [t for t in others or [] if t is not trigger and t.type is not trigger.type]
    usable = [d for d in usable if not any(distance(t, d) < distance(trigger, d) for t in rivals)]
    near = [d for d in usable if same_clause(d)]
    if near:
        return min(near, key=lambda d: distance(trigger, d))
    comma = sentence.find(",")
    opening = sentence_start + (comma if comma >= 0 else -10)
    lead = [d for d in usable if d.end <= opening and d.start - sentence_start < 30]
    return lead[0] if lead else None


def reported(lex: Lexicon, d: FoundDate, sentence_start: int, sentence: str) -> bool:
    """A date of the report, not the event: "сообщили в понедельник", "заявіў у пятніцу"."""
    before = sentence[max(0, d.start - sentence_start - 30) : d.start - sentence_start]
    return bool(lex.report_before.search(before))
