"""Test set-up: Qt without a display, and a data folder that is never the user's."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

from .helpers import FIXTURES, ROOT, SAMPLES  # (some test modules still import them from here)

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["MARGIN_DATA_DIR"] = tempfile.mkdtemp(prefix="margin-test-data-")
atexit.register(shutil.rmtree, os.environ["MARGIN_DATA_DIR"], ignore_errors=True)
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
# the window in English whatever the machine's language (tests of translations ask for theirs)
os.environ["LANGUAGE"] = "en"



@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def run_cli():
    """Run ``python -m reader`` in a subprocess; returns (exit code, stdout, stderr)."""
    import subprocess

    def run(*args: str, cwd: Path | None = None) -> tuple[int, str, str]:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        proc = subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True,
                              text=True, encoding="utf-8", cwd=cwd, env=env, timeout=120)
        return proc.returncode, proc.stdout, proc.stderr

    return run


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    """The main window on a data folder of the test's own, shown, its library open."""
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    monkeypatch.setenv("MARGIN_DATA_DIR", str(tmp_path / "data"))
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.library.available, timeout=20000)
    return win


@pytest.fixture
def no_chinese_font(monkeypatch):
    """Qt finds no font for Chinese (as on a machine without one)."""
    from PySide6.QtGui import QFontDatabase

    real = QFontDatabase.families

    def families(*args):
        if args and args[0] == QFontDatabase.WritingSystem.SimplifiedChinese:
            return []
        return real(*args)

    monkeypatch.setattr(QFontDatabase, "families", staticmethod(families))
