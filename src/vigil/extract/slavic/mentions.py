"""Name mentions as ``ru.v2`` / ``be.v2`` read them, before clustering.

natasha's NER reads some Belarusian names as organizations ("Дар’ю Лосік і"), runs a name
into the words after it ("Тамара Ляўчук з Баранавіч"), joins two names side by side
("Мікалая Дзядка Ірына Дзядок") and takes a capitalised word that opens a sentence for a
name ("Праваабарончыя арганізацыі"). These functions mend that; v1 reads the mentions as
they are.
"""

from __future__ import annotations

import re

from vigil.extract.slavic.names import given_name, variants
from vigil.extract.slavic.nlp import Entity
from vigil.extract.slavic.persons import Cluster, Mention

__all__ = ["cleaned", "lone_word", "person_shaped"]

_PARTICLES = frozenset({"де", "ди", "фон", "ван", "дер", "оглы", "кызы", "бен", "ибн", "аль"})
# Prepositions that open a sentence and that natasha may read into the name after them.
_OPENERS = frozenset(
    {
        "паводле",
        "згодна",
        "со",
        "согласно",
        "по",
        "па",
        "для",
        "як",
        "как",
        "пры",
        "при",
        "ад",
        "от",
        "пра",
        "про",
        "разам",
        "вместе",
    }
)
# Between two names natasha may read as one ("Алег Саковіч і Ганна Юрэвіч"): a conjunction.
_JOINED = re.compile(
    r"\s*,?\s+(?:і|и|й|ды|а\s+таксама|а\s+также)\s+(?=[А-ЯЁІЎ])|\s*,\s+(?=[А-ЯЁІЎ])|"
    r"\s*\n\s*"
)


def person_shaped(entities: list[Entity]) -> list[Entity]:
    """An "organization" that is a given name and a capitalised word is a person; a person
    that is two names joined by a conjunction or a comma ("Алег Саковіч і Ганна Юрэвіч")
    is two."""
    out: list[Entity] = []
    for e in _split(entities):
        words = e.text.split()
        named = len(words) >= 2 and given_name(words[0]) and words[1][:1].isupper()
        if e.type != "ORG" or not named:
            out.append(e)
            continue
        keep = 2 + (len(words) > 2 and words[2][:1].isupper())
        text = " ".join(words[:keep])
        out.append(Entity("PER", e.start, e.start + len(text), text))
    return out


def _split(entities: list[Entity]) -> list[Entity]:
    out: list[Entity] = []
    for e in entities:
        cuts = list(_JOINED.finditer(e.text)) if e.type == "PER" else []
        bounds = [0, *(x for m in cuts for x in (m.start(), m.end())), len(e.text)]
        parts = [e.text[a:b] for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
        if not cuts or any(len(p.split()) < 2 and not given_name(p.strip()) for p in parts):
            # "Менску і Гомелі": places; "… і Дзяніс" (NER cut the surname off): a name
            out.append(e)
            continue
        at = 0
        for m in [*cuts, None]:
            end = m.start() if m is not None else len(e.text)
            part = e.text[at:end]
            if part.strip():
                out.append(Entity("PER", e.start + at, e.start + end, part))
            at = m.end() if m is not None else at
    return out


def cleaned(text: str, mentions: list[Mention]) -> list[Mention]:
    """Names cut at a lower-case word inside, two names side by side split, and no lone
    capitalised word that opens a sentence and is no given name."""
    out: list[Mention] = []
    for found in mentions:
        m = found
        words = list(re.finditer(r"[^\s]+", m.text))
        inner = next((w for w in words[1:] if w.group(0)[0].islower()
                      and w.group(0).lower() not in _PARTICLES), None)  # fmt: skip
        if inner is not None:
            cut = m.text[: inner.start()].rstrip(" ,")
            m = Mention(m.start, m.start + len(cut), cut, m.source, m.hint)
        opener = re.match(r"(\S+)\s+(?=\S)", m.text)
        if opener and opener.group(1).lower() in _OPENERS:
            # "Паводле Алеся", "Со слов Марии": a preposition opening the sentence
            skip = opener.end()
            m = Mention(m.start + skip, m.end, m.text[skip:], m.source, m.hint)
        parts = m.text.split()
        if len(parts) == 4 and given_name(parts[0]) and given_name(parts[2]):
            # "маці палітвязня Мікалая Дзядка Ірына Дзядок": two persons side by side
            at = m.text.index(parts[2], len(parts[0]) + len(parts[1]))
            first = m.text[:at].rstrip()
            out.append(Mention(m.start, m.start + len(first), first, m.source, m.hint))
            m = Mention(m.start + at, m.end, m.text[at:], m.source)
        before = text[max(0, m.start - 3) : m.start]
        opens = m.start == 0 or bool(re.search(r"(?:^|[.!?»\n])\s*$", before))
        if (
            opens
            and len(parts) == 2
            and not given_name(parts[0])
            and given_name(parts[1])
            and any(
                len(x.words) > 1 and x is not found and variants(x.words[0]) & variants(parts[1])
                for x in mentions
            )
        ):  # "Затым Тацяна …", "Бацькі Андрэя …" where "Тацяна Канеўская" is named: the
            # word opening the sentence is no surname
            at = m.text.index(parts[1], len(parts[0]))
            m = Mention(m.start + at, m.end, m.text[at:], m.source, m.hint)
        if (
            len(m.words) == 1
            and m.source == "ner"
            and not given_name(m.words[0])
            and (m.start == 0 or re.search(r"(?:^|[.!?»\n])\s*$", before))
            and sum(x.text == m.text for x in mentions) <= 1
            and not any(len(x.words) > 1 and x.words[-1] == m.words[0] for x in mentions)
        ):  # "… активист Фаиль Алсынов. Алсынов отбывает": the surname of one named
            continue  # a lone word opening a sentence
        out.append(m)
    return out


def lone_word(cluster: Cluster, text: str) -> bool:
    """A "person" only ever named by one word that is no given name ("Канстытуцыя",
    "Праваабарончая супольнасць", "Парушэнне парадку", "Канстытуцыі РБ", "у Расеі"):
    natasha reads capitalised Belarusian nouns and adjectives as names, and a real person
    named by a bare surname alone in a whole text is rare; the person is not read. A word
    right after a given name is a surname whose given name the NER cut off ("56-гадовы
    Ігар Сцепанюк з Кобрына" read as "Сцепанюк з Кобрына") and stays."""
    for m in cluster.mentions:
        words = [w for w in m.words if not (len(w) > 1 and w.isupper())]
        if len(words) != 1 or given_name(words[0]):
            return False
        before = re.search(r"([А-ЯЁІЎ][\w’'ʼ-]+)\s+$", text[max(0, m.start - 30) : m.start])
        if before and given_name(before.group(1)):
            return False
    return True
