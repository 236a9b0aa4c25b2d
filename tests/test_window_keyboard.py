"""The keyboard: focus starts (and comes back) in the article, and every shortcut listed in
Help works wherever the focus is — checked under a real X server, where text fields claim
Ctrl+E, Ctrl+A and Ctrl+K for themselves."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parent.parent
TITLE_EN = "A School That Follows the River"


def _open(qtbot, window, path, title):
    window.open_file(str(path))
    qtbot.waitUntil(lambda: title in window.article_pane.header.plain_text(), timeout=20000)


def test_focus_is_in_the_article_at_start_after_opening_and_after_a_dialog(
        qtbot, window, samples, monkeypatch):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    assert QApplication.focusWidget() is window.article_pane.text
    window.sidebar.search.setFocus()
    _open(qtbot, window, samples / "en-river-school.txt", TITLE_EN)
    assert QApplication.focusWidget() is window.article_pane.text
    window.sidebar.search.setFocus()
    from reader.ui import main_window

    monkeypatch.setattr(main_window.ShortcutsDialog, "exec", lambda self: 0)
    window.act.shortcuts.trigger()
    assert QApplication.focusWidget() is window.article_pane.text


def test_page_down_and_space_scroll_the_article_after_start(qtbot, window, tmp_path):
    text = "\n\n".join(f"Paragraph {i} of a long letter about the tides and the harbour wall."
                       for i in range(300))
    path = tmp_path / "letter.txt"
    path.write_text("A Long Letter\n\n" + text, encoding="utf-8")
    _open(qtbot, window, path, "A Long Letter")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    focus = QApplication.focusWidget()
    assert focus is window.article_pane.text, f"the keys go to {focus.objectName()}"
    bar = window.article_pane.text.verticalScrollBar()
    start = bar.value()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    assert bar.value() > start
    after_page = bar.value()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert bar.value() > after_page


XVFB_SCRIPT = r"""
import json, sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from reader.ui.app import build

app, win = build([sys.argv[1]])
win.activateWindow()
if not QTest.qWaitForWindowActive(win, 10000):
    sys.exit("the window never became active")
deadline = 0
while win.current is None and deadline < 400:
    QTest.qWait(50)
    deadline += 1
fired = []
for action in win.act.for_help:
    try:
        action.triggered.disconnect()  # record the action, do not run it
    except (RuntimeError, TypeError):
        pass
    action.setEnabled(True)  # Undo with nothing to undo is off: here only the keys count
    action.triggered.connect(lambda _=False, a=action: fired.append(a.text()))
places = {"search box": win.sidebar.search, "summary length": win.summary_pane.length,
          "find field": win.article_pane.find_bar.field, "quotes list": win.quotes_pane.list,
          "article": win.article_pane.text}
win.article_pane.find_bar.show()
results = {}
for name, widget in places.items():
    for action in win.act.for_help:
        for keys in action.shortcuts():
            widget.setFocus()
            QApplication.processEvents()
            if QApplication.focusWidget() is not widget:
                results[f"{name}: focus"] = "could not focus"
                continue
            fired.clear()
            combo = keys[0]
            QTest.keyClick(widget, combo.key(), combo.keyboardModifiers())
            QApplication.processEvents()
            results[f"{name}: {keys.toString()}"] = [action.text(), list(fired)]
win.sidebar.search.setText("ferry")
win.sidebar.search.setFocus()
QTest.keyClick(win.sidebar.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
results["select all in the search box"] = win.sidebar.search.selectedText()
print(json.dumps(results))
"""


def test_every_listed_shortcut_works_wherever_the_focus_is_under_x11(tmp_path, samples):
    if shutil.which("xvfb-run") is None:
        pytest.skip("needs xvfb-run (Debian: xvfb xauth); `make test` installs it as root")
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="xcb",
               MARGIN_DATA_DIR=str(tmp_path / "data"))
    proc = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", sys.executable,
                           "-c", XVFB_SCRIPT, str(samples / "en-river-school.txt")],
                          capture_output=True, text=True, env=env, timeout=240)
    assert proc.returncode == 0, proc.stderr[-2000:]
    results = json.loads(proc.stdout.strip().splitlines()[-1])
    # copy and select all act on the widget with the focus (checked below for the search box)
    # copy, select all, undo and redo act on the widget with the focus in text fields (checked
    # below for the search box); Delete removes a highlight only in the text and the notes
    editing = {"Copy", "Select All", "Undo", "Redo"}
    fields = ("search box", "summary length", "find field")
    wrong = []
    selected = results.pop("select all in the search box")
    for where, outcome in results.items():
        if not isinstance(outcome, list):
            wrong.append(f"{where}: {outcome}")
            continue
        expected, fired = outcome
        if expected.replace("&", "") in editing and where.startswith(fields):
            continue
        if expected == "Remove Highlight" and not where.startswith("article"):
            continue
        if fired != [expected]:
            wrong.append(f"{where} ran {fired or 'nothing'} instead of {expected}")
    assert not wrong, "\n".join(wrong)
    assert selected == "ferry"
