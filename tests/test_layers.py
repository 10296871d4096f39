"""The layers of docs/architecture.md, read from the imports (``ast``, function bodies
included).

The page modules are edges: no module imports from ``vigil.web.pages`` except the web
app that mounts their routers. A verb a page needs lives in its concern package, where
the CLI and the API call it too. The store's modules import each other without a cycle,
at the top; statements are built only in the store, the migrations and the read models,
which only read."""

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


STORE = ROOT / "store"


def _store_graph() -> dict[str, dict[str, int]]:
    """Which store modules each store module imports (at any depth of its body, so an
    import hidden in a function counts), with the line of the first such import."""
    modules = {_module(path): path for path in sorted(STORE.glob("*.py"))}
    graph: dict[str, dict[str, int]] = {name: {} for name in modules}
    for name, path in modules.items():
        for line, imported in _imported(path):
            for other in modules:
                if other != "vigil.store" and (
                    imported == other or imported.startswith(other + ".")
                ):
                    graph[name].setdefault(other, line)
    return graph


def _cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """One cycle through each strongly connected group of more than one module (or a
    module importing itself), each as a path that ends where it starts."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's algorithm; the graph is a few dozen modules
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1 or node in graph[node]:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    cycles = []
    for group in groups:
        start, members = group[0], set(group)
        path, seen = [start], {start}
        while True:  # walk inside the group until a module repeats
            nxt = min(m for m in graph[path[-1]] if m in members)
            if nxt in seen:
                cycles.append([*path[path.index(nxt) :], nxt])
                break
            path.append(nxt)
            seen.add(nxt)
    return cycles


def test_cycles_are_found() -> None:
    graph = {"a": {"b": 1}, "b": {"c": 1}, "c": {"a": 1, "d": 1}, "d": {}, "e": {"e": 1}}
    assert _cycles(graph) == [["a", "b", "c", "a"], ["e", "e"]]
    assert _cycles({"a": {"b": 1}, "b": {}}) == []


def test_store_modules_import_each_other_without_a_cycle() -> None:
    """Module-level imports in ``store/`` form a layered graph; no import is moved into
    a function to hide a cycle (it would be counted here all the same)."""
    graph = _store_graph()
    assert "vigil.store.tables" in graph["vigil.store.events"]  # the graph is read at all
    found = [" -> ".join(cycle) for cycle in _cycles(graph)]
    assert not found, "store modules import each other in a cycle:\n" + "\n".join(found)


def test_store_modules_import_store_modules_at_the_top() -> None:
    """An import of a store module inside a function is how a cycle hides; there is none."""
    offenders = []
    for path in sorted(STORE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for func in ast.walk(tree):
            if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(func):
                if isinstance(node, ast.ImportFrom):
                    names = [("." * node.level) + (node.module or "")]
                elif isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                else:
                    continue
                offenders += [
                    f"{path.name}:{node.lineno} imports {name} in {func.name}()"
                    for name in names
                    if name.startswith(("vigil.store", "."))
                ]
    assert not offenders, "import store modules at the top:\n" + "\n".join(offenders)


#: Where statements are built: the store (tables, writes, primitive reads), the
#: migrations, and the read models, which build SELECTs only (docs/architecture.md).
READ_MODELS = [ROOT / "stats" / "counts.py", ROOT / "stats" / "sight.py",
               *(ROOT / "publish" / "queries").glob("*.py"),
               *(ROOT / "read").glob("*.py")]  # fmt: skip
BUILDERS = {*STORE.glob("*.py"), *(ROOT / "migrations").rglob("*.py"), *READ_MODELS}
#: Modules outside those that still build a statement of their own; not to grow.
STILL_BUILDING: set[Path] = set()
HANDLES = {"sqlalchemy.Connection", "sqlalchemy.Engine"}
WRITES = {"insert", "update", "delete", "text", "DDL", "Table", "MetaData", "Column"}


def test_the_read_models_are_where_the_docs_say() -> None:
    names = {_module(path) for path in READ_MODELS}
    assert {"vigil.stats.counts", "vigil.publish.queries.persons", "vigil.read.dossier"} <= names


def test_only_the_store_and_the_read_models_build_statements() -> None:
    """Elsewhere SQLAlchemy is named for its handles and errors, and no table is read."""
    offenders = [
        f"{path.relative_to(ROOT.parent)}:{line} imports {name}"
        for path in sorted(ROOT.rglob("*.py"))
        if path not in BUILDERS | STILL_BUILDING
        for line, name in _imported(path)
        if (name.partition(".")[0] == "sqlalchemy" and name not in HANDLES
            and not name.startswith("sqlalchemy.exc."))
        or name.startswith("vigil.store.tables")
    ]  # fmt: skip
    assert not offenders, "build statements in the store or a read model:\n" + "\n".join(offenders)


def test_the_read_models_only_read() -> None:
    offenders = [
        f"{path.relative_to(ROOT.parent)}:{line} imports {name}"
        for path in READ_MODELS
        for line, name in _imported(path)
        if name.startswith("sqlalchemy.") and name.rpartition(".")[2] in WRITES
    ]
    assert not offenders, "a read model writes nothing:\n" + "\n".join(offenders)


def test_the_store_imports_nothing_built_on_it() -> None:
    above = ("vigil.stats", "vigil.read", "vigil.publish", "vigil.ingest", "vigil.web",
             "vigil.cli", "vigil.demo", "vigil.extract")  # fmt: skip
    offenders = [
        f"{path.name}:{line} imports {name}"
        for path in sorted(STORE.glob("*.py"))
        for line, name in _imported(path)
        if any(name == pkg or name.startswith(pkg + ".") for pkg in above)
    ]
    assert not offenders, "the store is below these:\n" + "\n".join(offenders)
