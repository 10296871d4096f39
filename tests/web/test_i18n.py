"""The interface in three languages: every marked string has its Belarusian and Russian
translation, no template shows English that is not marked, and the pages speak them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from vigil.model import EventType
from vigil.publish import event_label, status_label
from vigil.web.i18n import (
    EVENT_NAMES,
    LOCALE_DIR,
    STATUS_NAMES,
    catalogue,
    format_partial,
    language,
    ngettext,
)

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "src" / "vigil" / "web" / "templates"
# Staff pages whose strings are not marked yet (the public ones all are): the list may
# only shrink.
NOT_YET: set[str] = set()


def marked() -> set[tuple[str, str | None]]:
    """Every message id the sources mark, as ``make i18n`` extracts them (babel.cfg)."""
    method_map = [("src/vigil/web/**.py", "python"), ("src/vigil/web/templates/**.html", "jinja2")]
    options = {
        "src/vigil/web/**.py": {},
        "src/vigil/web/templates/**.html": {"extensions": "jinja2.ext.i18n",
                                            "trim_blocks": "True", "lstrip_blocks": "True"},
    }  # fmt: skip
    keywords = {"_": None, "N_": None, "gettext": None, "ngettext": (1, 2),
                "pgettext": ((1, "c"), 2)}  # fmt: skip
    ids: set[tuple[str, str | None]] = set()
    for _file, _line, message, _comments, context in extract_from_dir(
        str(ROOT), method_map, options, keywords=keywords
    ):
        ids.add((message[0] if isinstance(message, tuple) else message, context))
    return ids


@pytest.mark.parametrize("lang", ["be", "ru"])
def test_every_marked_string_has_a_translation(lang: str) -> None:
    with (LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po").open("rb") as f:
        cat = read_po(f, locale=lang)
    missing = []
    for msgid, context in sorted(marked(), key=str):
        entry = cat.get(msgid, context=context)
        strings = () if entry is None else (
            entry.string if isinstance(entry.string, tuple) else (entry.string,))  # fmt: skip
        # A fuzzy entry is a guess gettext does not use: as good as missing.
        if not strings or not all(strings) or (entry is not None and entry.fuzzy):
            missing.append(msgid)
    assert not missing, f"{len(missing)} strings without a {lang} translation: {missing[:20]}"
    assert cat.num_plurals == 3  # one, few, many: 1 дзень, 2 дні, 5 дзён


_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_TRANS = re.compile(r"\{%-?\s*trans\b.*?\{%-?\s*endtrans\s*-?%\}", re.S)
_TAG = re.compile(r"<[^>]*>", re.S)
_WORDS = re.compile(r"[A-Za-z]{2,}(?:\s+[A-Za-z]{2,})*")
_ATTR = re.compile(r'\b(?:placeholder|aria-label|title|alt)="([^"{]*[A-Za-z]{2,}[^"{]*)"')
# Text that is the same in every language: names, formats, codes typed as they are
# (a language, a romanization system, an audit action).
_SAME = {"JSON", "CSV", "API", "English", "Tsikhanouski", "Vigil", "lt", "nbsp", "be", "bgn",
         "pcgn", "claim", "person", "merge"}  # fmt: skip


def visible_english(text: str) -> list[str]:
    """Runs of English words a reader would see that no ``_()`` or ``trans`` covers."""
    attrs = " ".join(m.group(1) for m in _ATTR.finditer(text))
    body = _JINJA.sub(" ", _TRANS.sub(" ", text))
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    body = attrs + " " + _TAG.sub(" ", body)
    body = re.sub(r"\S*/\S*", " ", body)  # addresses: /api/v1/stats/flows
    found = []
    for m in _WORDS.finditer(body):
        words = m.group(0)
        if not set(words.split()) <= _SAME:
            found.append(words)
    return found


@pytest.mark.parametrize(
    "name", sorted(p.name for p in TEMPLATES.glob("*.html") if p.name not in NOT_YET)
)
def test_templates_show_no_english_that_is_not_marked(name: str) -> None:
    assert visible_english((TEMPLATES / name).read_text(encoding="utf-8")) == []


def test_the_unmarked_text_check_finds_english() -> None:
    found = " ".join(visible_english('<p>Held since {{ x }}</p><input placeholder="Name">'))
    assert "Held since" in found
    assert "Name" in found
    assert visible_english('<a href="/api/v1/x">/api/v1/x</a> JSON') == []
    assert visible_english('<p>{{ _("Held since") }} {% trans %}at {{ d }}{% endtrans %}</p>') == []


def test_event_and_status_labels_are_the_publication_boundarys() -> None:
    assert dict(EVENT_NAMES) == {k: event_label(k) for k in EventType}
    for status, text in STATUS_NAMES.items():
        assert text == status_label(status)


def test_plural_forms_and_dates_follow_the_language() -> None:
    with language("ru"):
        assert [ngettext("%(num)s day", "%(num)s days", n) % {"num": n} for n in (1, 3, 527)] == [
            "1 день", "3 дня", "527 дней"]  # fmt: skip
    with language("be"):
        assert ngettext("%(num)s day", "%(num)s days", 22) % {"num": 22} == "22 дні"
    assert format_partial("2020-05", "ru") == "май 2020\u202fг."
    assert format_partial("2024-08-16", "be").startswith("16 жніўня 2024")
    assert format_partial("2024-08-16", "en") == "August 16, 2024"
    assert catalogue("en").gettext("Persons") == "Persons"
