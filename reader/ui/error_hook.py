"""Unexpected errors are never silent: one sentence in a dialog, the details in a log file.

An error in a slot or an event handler would otherwise go to a terminal nobody sees. The hook
writes the traceback to ``paths.log_file()`` (kept under a megabyte), shows a dialog that says
what happened in one sentence, with "Copy Details" and where the log is, and lets the window
carry on. Errors that come while the dialog is open are logged, not shown again.
"""

from __future__ import annotations

import sys
import threading
import time
import traceback
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import paths
from .i18n import tr

MAX_LOG_BYTES = 1_000_000


def log(details: str) -> str:
    """Append ``details`` to the log file (starting afresh past MAX_LOG_BYTES); returns the
    file's path, or a note that it could not be written."""
    path = paths.log_file()
    try:
        paths.ensure(path.parent)
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            path.replace(path.with_name(path.name + ".old"))
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')}\n{details}\n")
    except OSError as exc:
        return tr("(the log could not be written: {reason})").format(
            reason=exc.strerror or exc)
    return str(path)


def sentence(exc: BaseException) -> str:
    what = " ".join(str(exc).split())[:200]
    if what:
        return tr("Something went wrong inside Margin ({error}: {message}).").format(
            error=type(exc).__name__, message=what)
    return tr("Something went wrong inside Margin ({error}).").format(error=type(exc).__name__)


class ErrorHook(QObject):
    """Installed by the app for its window; ``report`` may be called from any thread."""

    _arrived = Signal(str, str, str)  # the sentence, the details, where they were logged

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.box: QMessageBox | None = None
        self._arrived.connect(self._show)

    def install(self) -> None:
        sys.excepthook = self._hook
        threading.excepthook = self._thread_hook

    def _hook(self, kind: type[BaseException], exc: BaseException,
              tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        self.report(exc, "".join(traceback.format_exception(kind, exc, tb)))

    def _thread_hook(self, args: Any) -> None:
        if args.exc_value is not None:
            self.report(args.exc_value, "".join(traceback.format_exception(
                args.exc_type, args.exc_value, args.exc_traceback)))

    def report(self, exc: BaseException, details: str) -> None:
        where = log(details)
        try:
            self._arrived.emit(sentence(exc), details, where)
        except RuntimeError:  # the window is gone: the log has it
            pass

    @Slot(str, str, str)
    def _show(self, text: str, details: str, where: str) -> None:
        if self.box is not None and self.box.isVisible():
            return  # one at a time; the log has the rest
        box = QMessageBox(QMessageBox.Icon.Warning, "Margin", text,
                          QMessageBox.StandardButton.Close, self._parent)
        box.setObjectName("errorReport")
        box.setInformativeText(tr("Margin carries on; your library is safe. The details were "
                                  "written to {path}.").format(path=where))
        details = f"{details}\n" + tr("Logged in {path}").format(path=where)
        box.setDetailedText(details)
        copy = box.addButton(tr("Copy Details"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.disconnect()  # copying does not close the box
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        box.open()
        self.box = box
