"""An unexpected error in the window: one sentence in a dialog, Copy Details, a log file, and
the window carries on."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from reader import paths
from reader.ui.error_hook import ErrorHook

pytestmark = pytest.mark.gui


def _raise_and_catch():
    try:
        {}["missing page"]  # noqa: B018 (an error of ours, on purpose)
    except KeyError:
        return sys.exc_info()
    raise AssertionError("no error")


def test_an_unexpected_error_is_said_in_one_sentence_and_logged(qtbot, window, samples,
                                                                monkeypatch):
    hook = ErrorHook(window)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    hook.install()
    assert sys.excepthook == hook._hook
    kind, exc, tb = _raise_and_catch()
    sys.excepthook(kind, exc, tb)
    qtbot.waitUntil(lambda: hook.box is not None and hook.box.isVisible(), timeout=5000)
    box = hook.box
    assert box.text() == "Something went wrong inside Margin (KeyError: 'missing page')."
    log = paths.log_file()
    assert str(log) in box.informativeText() and "carries on" in box.informativeText()
    assert "_raise_and_catch" in log.read_text(encoding="utf-8")  # the traceback is kept
    copy = next(b for b in box.buttons() if b.text() == "Copy Details")
    copy.click()
    assert "Traceback" in QGuiApplication.clipboard().text()
    assert box.isVisible()  # copying does not close it
    # a second error while the first is shown is logged, not shown again
    hook.report(RuntimeError("again"), "Traceback: again")
    QApplication.processEvents()  # the report reaches the window
    assert hook.box is box and "again" in log.read_text(encoding="utf-8")
    box.button(QMessageBox.StandardButton.Close).click()
    window.open_file(str(samples / "en-river-school.txt"))  # the window carries on
    qtbot.waitUntil(lambda: window.current is not None, timeout=20000)
