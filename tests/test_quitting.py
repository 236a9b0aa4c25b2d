"""Quitting in the middle of work: an import, an analysis. The library is left sound (every row
whole and indexed, no stored copy without its row) and the process is gone within 2 s."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time

import pytest

from reader.library import Library
from reader.library.store import sha256_of

from .helpers import ROOT

pytestmark = pytest.mark.gui

CHILD = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from reader.ui.app import build, ended

what, target = sys.argv[1], sys.argv[2]
app, win = build([])

def quit_now():
    print("quitting", flush=True)
    win.close()
    app.quit()

def start():
    if not win.library.available:
        QTimer.singleShot(20, start)
        return
    if what == "import":
        win.import_paths([target])
    else:
        win.open_file(target)
    wait()

def wait():
    if what == "import":
        job = win.import_job
        ready = job is not None and job.dialog.value() >= 3  # some files in, more to come
    else:  # the analysis is past loading, into its steps
        ready = any(step in win.busy.label.text()
                    for step in ("its sentences", "the summary", "the quotes"))
    if ready:
        quit_now()
    else:
        QTimer.singleShot(5, wait)

QTimer.singleShot(0, start)
code = app.exec()
sys.exit(ended(win, code))
"""


def _run_and_quit(tmp_path, what: str, target) -> float:
    data = tmp_path / "data"
    env = dict(os.environ, PYTHONPATH=str(ROOT), MARGIN_DATA_DIR=str(data),
               QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-c", CHILD, what, str(target)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        line = proc.stdout.readline()  # waits for the condition: the work is under way
        assert line.strip() == b"quitting", proc.stderr.read().decode()[-2000:]
        asked = time.monotonic()
        proc.wait(timeout=60)
        took = time.monotonic() - asked
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, proc.stderr.read().decode()[-2000:]
    return took


def _sound(data) -> int:
    conn = sqlite3.connect(data / "library.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    rows = conn.execute("SELECT id, stored_name FROM articles").fetchall()
    assert {r[0] for r in conn.execute("SELECT rowid FROM articles_fts")} == {r[0] for r in rows}
    conn.close()
    originals = data / "originals"
    stored = {p.relative_to(originals).as_posix() for p in originals.rglob("*") if p.is_file()}
    assert stored == {r[1] for r in rows}  # no copy without its row, before any clean-up
    library = Library(data)
    for _, name in rows:
        assert sha256_of(library.store.path(name)) == name.rsplit("/", 1)[-1].split(".")[0]
    library.close()
    return len(rows)


def test_quitting_in_the_middle_of_an_import(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    words = "harbour ferry council river school market winter bridge library storm".split()
    for i in range(400):
        body = " ".join(words[(i + k) % len(words)] for k in range(400))
        (folder / f"note-{i:03d}.txt").write_text(f"Note {i}\n\nThis is note {i}. {body}.\n",
                                                  encoding="utf-8")
    took = _run_and_quit(tmp_path, "import", folder)
    kept = _sound(tmp_path / "data")
    assert 3 <= kept < 400  # it was stopped, not finished
    assert took < 2.0, f"the window took {took:.1f} s to quit"


def test_quitting_in_the_middle_of_an_analysis(tmp_path):
    sentence = "The keeper wrote the names of the ships in the ledger every night. "
    path = tmp_path / "book.txt"
    path.write_text("The Long Ledger\n\n" + "\n\n".join(sentence * 12 for _ in range(6000)),
                    encoding="utf-8")
    took = _run_and_quit(tmp_path, "analysis", path)
    assert _sound(tmp_path / "data") <= 1  # the article being opened, whole, or nothing
    assert took < 2.0, f"the window took {took:.1f} s to quit"
