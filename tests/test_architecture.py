"""The shape of the code: the core and the library stay free of Qt (so they run and test
without a display), no module of ``reader`` takes part in an import cycle, and test modules
share what they share through ``tests/helpers.py`` or ``conftest.py``, not through each other."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from .helpers import ROOT, SAMPLES

READER = ROOT / "reader"
QT_FREE = [READER / "core", READER / "library", READER / "cli"]
QT_PACKAGES = ("PySide6", "PyQt5", "PyQt6", "PySide2", "shiboken6")


def _module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()  # a package's __init__ is the package module
    return ".".join(parts)


def _modules(folders: list[Path]) -> list[str]:
    return [_module_name(p) for folder in folders for p in sorted(folder.rglob("*.py"))]


def test_qt_free_layers_exist():
    assert {"reader.core.pipeline", "reader.library", "reader.cli"} <= set(_modules(QT_FREE))


def test_no_qt_import_statement_in_core_library_or_cli():
    offenders = []
    for folder in QT_FREE:
        for path in folder.rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    names = [node.module]
                if any(n.split(".")[0] in QT_PACKAGES for n in names):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, f"Qt imported in the Qt-free layers: {offenders}"


def _run(code: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=120)


def test_importing_core_library_and_cli_loads_no_qt():
    proc = _run(
        "import importlib, sys\n"
        f"for name in {_modules(QT_FREE) + ['reader.paths']!r}:\n"
        "    importlib.import_module(name)\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {QT_PACKAGES!r}]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_terminal_commands_load_no_qt_widgets_and_only_a_pdf_loads_qt(tmp_path):
    """The window is imported only when it is asked for; ``export --pdf`` draws with QtGui."""
    article = tmp_path / "a.txt"
    article.write_text("The council met on Monday. It approved a new park for the town centre. "
                       "Work starts in May and should finish within the year.", encoding="utf-8")
    data = tmp_path / "data"
    for argv, qt_allowed in [
            (["analyze", "--json", str(article)], False),
            (["export", str(article), "--markdown", str(tmp_path / "a.md")], False),
            (["export", str(article), "--pdf", str(tmp_path / "a.pdf")], True),
            (["library", "add", str(SAMPLES / "en-river-school.txt")], False),
            (["library", "search", "river"], False),
            (["--version"], False)]:
        proc = _run(
            "import os, sys\n"
            f"os.environ['MARGIN_DATA_DIR'] = {str(data)!r}\n"
            "from reader.cli import main\n"
            f"rc = main({argv!r})\n"
            f"qt = sorted(m for m in sys.modules if m.split('.')[0] in {QT_PACKAGES!r})\n"
            "print(rc, qt, file=sys.stderr)\n"
            f"sys.exit(rc or 'PySide6.QtWidgets' in qt or bool(qt and not {qt_allowed}))\n")
        assert proc.returncode == 0, (argv, proc.stderr)


# --- no import cycles ---------------------------------------------------------------------------
#
# Every import statement counts, at any depth: at module level and inside functions (a cycle
# hidden in a function is still a cycle, only a later one), relative and absolute. Imports under
# ``if TYPE_CHECKING:`` never run and are left out; so are imports by a computed name
# (``importlib.import_module(f"...{name}")``), which no parser can follow.
#
# Packages: ``from pkg import name`` is an edge to the submodule pkg.name when there is one,
# and to the package (its __init__) otherwise. Importing a submodule also runs its package's
# __init__, but that is no edge: an __init__ that imports its own submodules is not a cycle by
# itself. A submodule that imports a name from its own package is one, since the package's
# __init__ imports the submodule back.


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.Import | ast.ImportFrom):
            yield child
        elif isinstance(child, ast.If) and _is_type_checking(child.test):
            for other in child.orelse:
                yield from _imports(ast.Module(body=[other], type_ignores=[]))
        else:
            yield from _imports(child)


def _targets(name: str, is_package: bool, node: ast.Import | ast.ImportFrom,
             modules: set[str]) -> Iterator[str]:
    def known(dotted: str) -> str | None:  # the longest prefix that is a module of ours
        parts = dotted.split(".")
        for n in range(len(parts), 0, -1):
            if ".".join(parts[:n]) in modules:
                return ".".join(parts[:n])
        return None

    if isinstance(node, ast.Import):
        for alias in node.names:
            if (target := known(alias.name)) is not None:
                yield target
        return
    if node.level:
        base = (name if is_package else name.rpartition(".")[0]).split(".")
        base = base[: len(base) - (node.level - 1)]
        source = ".".join(base + ([node.module] if node.module else []))
    else:
        source = node.module or ""
    for alias in node.names:
        if f"{source}.{alias.name}" in modules:
            yield f"{source}.{alias.name}"
        elif (target := known(source)) is not None:
            yield target


def import_graph(package: Path = READER) -> dict[str, set[str]]:
    """module -> the modules of ``package`` it imports (itself left out)."""
    files = {_module_name(p, package.parent): p for p in sorted(package.rglob("*.py"))}
    modules = set(files)
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        is_package = path.name == "__init__.py"
        graph[name] = {t for node in _imports(tree)
                       for t in _targets(name, is_package, node, modules)} - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each as one cycle
    through all its members' first: a -> b -> ... -> a, shortest from the smallest name."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[set[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = set()
            while True:
                w = stack.pop()
                group.add(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(group)

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(_shortest_cycle(graph, group) for group in groups)


def _shortest_cycle(graph: dict[str, set[str]], group: set[str]) -> list[str]:
    start = min(group)
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        following = []
        for v in frontier:
            for w in sorted(graph[v] & group):
                if w == start:
                    return [*paths[v], start]
                if w not in paths:
                    paths[w] = [*paths[v], w]
                    following.append(w)
        frontier = following
    raise AssertionError(f"no cycle through {start}")  # a strongly connected group has one


def test_no_import_cycle_in_reader():
    found = cycles(import_graph())
    assert not found, "import cycles in reader:\n" + "\n".join(" -> ".join(c) for c in found)


def test_the_cycle_check_sees_every_kind_of_import(tmp_path):
    """The check itself: hidden imports, relative ones and a package's own name all count."""
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    files = {
        "__init__.py": "from . import a\nfrom .sub import c\n",  # its own submodules: no cycle
        "a.py": "def f():\n    from .b import g\n",  # hidden in a function
        "b.py": "import pkg.a\n",  # absolute: a <-> b
        "sub/__init__.py": "from .c import h\n",
        "sub/c.py": "from . import h2\n",  # sub's own name (h2 is no submodule): c <-> sub
        "sub/d.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .e import x\n",
        "sub/e.py": "from ..sub import d\n",  # d's import never runs: no cycle
    }
    for name, text in files.items():
        (pkg / name).write_text(text, encoding="utf-8")
    graph = import_graph(pkg)
    assert set(graph) == {"pkg", "pkg.a", "pkg.b", "pkg.sub", "pkg.sub.c", "pkg.sub.d",
                          "pkg.sub.e"}
    assert graph["pkg"] == {"pkg.a", "pkg.sub.c"}
    assert graph["pkg.sub.e"] == {"pkg.sub.d"} and graph["pkg.sub.d"] == set()
    assert cycles(graph) == [["pkg.a", "pkg.b", "pkg.a"], ["pkg.sub", "pkg.sub.c", "pkg.sub"]]


# --- tests --------------------------------------------------------------------------------------

def test_test_modules_do_not_import_each_other():
    tests = Path(__file__).resolve().parent
    offenders = []
    for path in sorted(tests.glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""] + [a.name for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            if any(n.rpartition(".")[2].startswith("test_") for n in names):
                offenders.append(f"{path.name}:{node.lineno}")
    assert not offenders, f"test modules importing test modules: {offenders}"
