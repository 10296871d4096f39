"""The English pack's word lists (``words.toml``), typed."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path

from vigil.extract.core.words import read_word_lists
from vigil.model import EventType

__all__ = ["EnglishWords", "words"]


@dataclass(frozen=True)
class EnglishWords:
    list_markers: frozenset[str]
    list_verbs: frozenset[str]
    group_words: frozenset[str]
    light_verbs: frozenset[str]
    receive_verbs: frozenset[str]
    charge_verbs: frozenset[str]
    acting_roles: frozenset[str]
    counsel_roles: frozenset[str]
    counsel_marks: frozenset[str]
    relations: frozenset[str]
    patronymics: frozenset[str]
    speech_verbs: frozenset[str]
    status_held: frozenset[str]
    status_verbs: frozenset[str]
    status_recognized: frozenset[str]
    held_groups: frozenset[str]
    count_verbs: frozenset[str]
    background: frozenset[str]
    recalled: frozenset[str]
    not_name_heads: frozenset[str]
    outlet_heads: frozenset[str]
    person_nouns: frozenset[str]
    stop_words: frozenset[str]
    channels: frozenset[str]
    pronouns: frozenset[str]
    number_words: frozenset[str]
    months: frozenset[str]
    time_spans: frozenset[str]
    wish_verbs: frozenset[str]
    wish_nouns: frozenset[str]
    demand_modals: frozenset[str]
    death_words: frozenset[str]
    custody_states: frozenset[str]
    case_words: frozenset[str]
    term_verbs: frozenset[str]
    period_nouns: frozenset[str]
    term_units: frozenset[str]
    held_verbs: frozenset[str]
    appeal_verbs: frozenset[str]
    appeal_nouns: frozenset[str]
    upholding_verbs: frozenset[str]
    confirming_verbs: frozenset[str]
    kept_participles: frozenset[str]
    courts: frozenset[str]
    again_adverbs: frozenset[str]
    again_adjectives: frozenset[str]
    extension_words: frozenset[str]
    triggers: dict[EventType, frozenset[str]]  # event type → words read through the parse


@cache
def words() -> EnglishWords:
    names = tuple(f.name for f in fields(EnglishWords) if f.name != "triggers")
    lists, tables = read_word_lists(Path(__file__).with_name("words.toml"), names, ("triggers",))
    triggers = {EventType(kind): forms for kind, forms in tables["triggers"].items()}
    return EnglishWords(**lists, triggers=triggers)
