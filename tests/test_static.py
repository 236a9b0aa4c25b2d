"""Style and types: ruff over the project, mypy --strict over the Qt-free core."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True)


def test_ruff_finds_nothing():
    proc = _run("ruff", "check", "reader", "tests", "bench", "tools", "packaging")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_core_is_strictly_typed():
    proc = _run("mypy")
    assert proc.returncode == 0, proc.stdout + proc.stderr
