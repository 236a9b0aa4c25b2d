"""The core and the library stay free of Qt, so they run and test without a display."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT_FREE = [ROOT / "reader" / "core", ROOT / "reader" / "library"]
QT_PACKAGES = ("PySide6", "PyQt5", "PyQt6", "PySide2", "shiboken6")


def _modules() -> list[str]:
    names = []
    for folder in QT_FREE:
        for path in sorted(folder.rglob("*.py")) if folder.exists() else []:
            rel = path.relative_to(ROOT).with_suffix("")
            parts = list(rel.parts)
            if parts[-1] == "__init__":
                parts.pop()
            names.append(".".join(parts))
    return names


def test_qt_free_layers_exist():
    assert "reader.core.pipeline" in _modules()


def test_no_qt_import_statement_in_core_or_library():
    offenders = []
    for folder in QT_FREE:
        for path in folder.rglob("*.py") if folder.exists() else []:
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                if any(n.split(".")[0] in QT_PACKAGES for n in names):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, f"Qt imported in the Qt-free layers: {offenders}"


def test_importing_core_library_and_cli_loads_no_qt():
    code = (
        "import importlib, sys\n"
        f"for name in {_modules() + ['reader.cli', 'reader.paths', 'reader.library_cli']!r}:\n"
        "    importlib.import_module(name)\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {QT_PACKAGES!r}]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_analyze_on_a_text_file_never_imports_qt(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The council met on Monday. It approved a new park for the town centre. "
                       "Work starts in May and should finish within the year.", encoding="utf-8")
    code = (
        "import sys\n"
        "from reader.cli import main\n"
        f"rc = main(['analyze', '--json', {str(article)!r}])\n"
        f"sys.exit(rc or any(m.split('.')[0] in {QT_PACKAGES!r} for m in sys.modules))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr
