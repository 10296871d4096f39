"""The sentence boundaries en.v2's pipeline mends after the senter (``vigil_list_lines``)."""

from __future__ import annotations

import spacy

from vigil.extract.pipeline import _register_list_lines


def _lines(text: str, starts: list[str]) -> dict[str, bool | None]:
    """Run the component on ``text`` with the senter's boundaries before ``starts``."""
    _register_list_lines()
    nlp = spacy.blank("en")
    nlp.add_pipe("vigil_list_lines")
    doc = nlp.make_doc(text)
    for tok in doc[1:]:
        tok.is_sent_start = tok.text in starts
    doc = nlp.get_pipe("vigil_list_lines")(doc)
    return {t.text: t.is_sent_start for t in doc}


def test_a_date_the_senter_cut_off_opens_the_sentence_after() -> None:
    starts = _lines("He spoke. On March 4th Pavel Lis was detained.", ["On", "Pavel"])
    assert starts["On"] is True
    assert starts["Pavel"] is False


def test_a_date_line_is_a_heading() -> None:
    starts = _lines("March 8th, 2024\nOn March 4th Pavel Lis was detained.", [])
    assert starts["On"] is True


def test_a_sentence_after_a_date_phrase_with_a_verb_stays() -> None:
    starts = _lines("He was held on March 4th. Pavel Lis was detained.", ["Pavel"])
    assert starts["Pavel"] is True
