"""The page modules are edges: no module imports from ``vigil.web.pages`` except the web
app that mounts their routers. A verb a page needs lives in its concern package, where
the CLI and the API call it too."""

from __future__ import annotations

import ast
from pathlib import Path

import vigil

ROOT = Path(vigil.__file__).parent
ALLOWED = {ROOT / "web" / "app.py"}
PAGES = "vigil.web.pages"


def _module(path: Path) -> str:
    parts = ["vigil", *path.relative_to(ROOT).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported(path: Path) -> list[tuple[int, str]]:
    """The modules ``path`` imports (relative imports resolved), with their lines."""
    package = _module(path) if path.name == "__init__.py" else _module(path).rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*up, base] if base else up)
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def test_module_paths_resolve() -> None:
    assert _module(ROOT / "web" / "pages" / "staff_review.py") == "vigil.web.pages.staff_review"
    assert _module(ROOT / "web" / "__init__.py") == "vigil.web"


def test_nothing_but_the_app_imports_page_modules() -> None:
    offenders = [
        f"{path.relative_to(ROOT.parent)}:{line} imports {name}"
        for path in sorted(ROOT.rglob("*.py"))
        if path not in ALLOWED
        for line, name in _imported(path)
        if name == PAGES or name.startswith(PAGES + ".")
    ]
    assert not offenders, "move the verb into its concern package:\n" + "\n".join(offenders)
