"""Convert the old key-based interface strings (``t("key")`` with ``_EN``/``_BE``/``_RU``
dictionaries in ``vigil/web/i18n.py``) to gettext: English source text as the message id.

    python tools/i18n_from_keys.py --keys OLD_I18N_PY [PATH ...]

OLD_I18N_PY is a copy of an ``i18n.py`` that still has the dictionaries, e.g. the one of
a branch being merged: ``git show BRANCH:src/vigil/web/i18n.py > /tmp/old_i18n.py``.
PATHs (files or folders; default: the templates and pages) are rewritten in place:
``t("key")``, ``chrome.t("key")`` and ``c.t("key")`` become ``_("English text")``. The
keys' Belarusian and Russian strings go into ``src/vigil/web/locale/{be,ru}/...po`` (an
existing non-empty translation is kept). Uses the script cannot convert (a key built at
run time, such as ``t("status." ~ s)``, or a key the dictionaries lack) are listed with
their file and line, to be changed by hand. Afterwards run ``make i18n`` to refresh the
catalogue's source locations, then ``pytest tests/web/test_i18n.py``.
A Python module that now calls ``_`` needs ``from vigil.web.i18n import gettext as _``.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "src" / "vigil" / "web" / "locale"
DEFAULT_PATHS = [
    ROOT / "src" / "vigil" / "web" / "templates",
    ROOT / "src" / "vigil" / "web" / "pages",
]
LANGS = ("be", "ru")

_LITERAL = re.compile(r"""\b(?:chrome\.|c\.)?t\(\s*(["'])([A-Za-z0-9_.\-]+)\1\s*\)""")
_DYNAMIC = re.compile(r"""\b(?:chrome\.|c\.)?t\((?!\s*["'][A-Za-z0-9_.\-]+["']\s*\))""")


# What replaces the old keys that were built at run time (templates; in Python, import
# the same names from vigil.web.i18n).
_HINTS = {
    '"status."': " (use status_name(status, gender))",
    '"event."': " (use event_name(type, gender))",
    '"gender."': " (use label(GENDER_NAMES, gender), or gender_label(g) in templates)",
    "nav": " (the navigation is chrome.nav: (path, English label) pairs)",
}


def load_tables(path: Path) -> dict[str, dict[str, str]]:
    """``{"en": _EN, "be": _BE, "ru": _RU}`` as literal dictionaries in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {"_EN": "en", "_BE": "be", "_RU": "ru"}
    tables: dict[str, dict[str, str]] = {"en": {}, "be": {}, "ru": {}}
    for node in ast.walk(tree):
        target: ast.expr | None = None
        value: ast.expr | None = None
        if isinstance(node, ast.AnnAssign):
            target, value = node.target, node.value
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        if isinstance(target, ast.Name) and target.id in names and isinstance(value, ast.Dict):
            tables[names[target.id]].update(ast.literal_eval(value))
        # _EN["key"] = "text"
        if (isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name)
                and target.value.id in names and isinstance(value, ast.Constant)
                and isinstance(target.slice, ast.Constant)):  # fmt: skip
            tables[names[target.value.id]][str(target.slice.value)] = str(value.value)
    return tables


def quoted(text: str, template: bool) -> str:
    """A string literal for ``text``; in templates ``%`` is doubled, since Jinja's
    new-style gettext formats every message with its variables."""
    if template:
        text = text.replace("%", "%%")
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def convert(path: Path, en: dict[str, str], used: set[str], problems: list[str]) -> bool:
    source = path.read_text(encoding="utf-8")
    template = path.suffix != ".py"

    def replace(m: re.Match[str]) -> str:
        key = m.group(2)
        if key not in en:
            line = source.count("\n", 0, m.start()) + 1
            problems.append(f"{path}:{line}: no English text for key {key!r}")
            return m.group(0)
        used.add(key)
        return f"_({quoted(en[key], template)})"

    result = _LITERAL.sub(replace, source)
    for m in _DYNAMIC.finditer(result):
        line = result.count("\n", 0, m.start()) + 1
        text = result.splitlines()[line - 1].strip()
        hint = next((h for key, h in _HINTS.items() if key in text), "")
        problems.append(
            f"{path}:{line}: a key built at run time, change by hand{hint}: {text[:100]}"
        )
    if result != source:
        path.write_text(result, encoding="utf-8")
        return True
    return False


def merge_po(lang: str, pairs: dict[str, str], missing: list[str]) -> int:
    """Put ``{English: translation}`` into ``lang``'s catalogue; returns how many changed."""
    path = LOCALE / lang / "LC_MESSAGES" / "messages.po"
    if path.is_file():
        with path.open("rb") as f:
            cat = read_po(f, locale=lang)
    else:
        cat = Catalog(locale=lang, project="Vigil", charset="utf-8", fuzzy=False)
        path.parent.mkdir(parents=True, exist_ok=True)
    changed = 0
    for msgid, msgstr in pairs.items():
        entry = cat.get(msgid)
        if entry is None:
            cat.add(msgid, msgstr)
            changed += 1
        elif not entry.string and msgstr:
            entry.string = msgstr
            changed += 1
    for msgid in missing:
        if cat.get(msgid) is None:
            cat.add(msgid, "")
            changed += 1
    with path.open("wb") as f:
        write_po(f, cat, width=88, sort_output=False)
    return changed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--keys", type=Path, required=True, help="an i18n.py with _EN/_BE/_RU")
    ap.add_argument("paths", nargs="*", type=Path, help="files or folders to rewrite")
    args = ap.parse_args(argv)
    tables = load_tables(args.keys)
    if not tables["en"]:
        print(f"{args.keys}: no _EN dictionary found", file=sys.stderr)
        return 2
    files: list[Path] = []
    for p in args.paths or DEFAULT_PATHS:
        files.extend(sorted(p.rglob("*")) if p.is_dir() else [p])
    used: set[str] = set()
    problems: list[str] = []
    rewritten = [
        f
        for f in files
        if f.suffix in (".html", ".py") and convert(f, tables["en"], used, problems)
    ]
    for lang in LANGS:
        pairs = {tables["en"][k]: tables[lang][k] for k in used if tables[lang].get(k)}
        missing = [tables["en"][k] for k in used if not tables[lang].get(k)]
        n = merge_po(lang, pairs, missing)
        print(f"{lang}: {n} catalogue entries added or filled")
    print(f"{len(rewritten)} files rewritten, {len(used)} keys converted")
    for p in rewritten:
        if p.suffix == ".py":
            print(f"{p}: now calls _(); import it: from vigil.web.i18n import gettext as _")
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
