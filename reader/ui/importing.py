"""Importing a folder into the library in the background: progress, Cancel, one report."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ..core.loaders import load
from ..library import ImportReport, Record, import_files, supported_files
from ..library.store import sha256_of
from .error_lines import translate_line
from .i18n import tr
from .library_owner import LibraryOwner
from .tasks import TaskRunner


def report_text(report: ImportReport) -> tuple[str, str]:
    """The summary line and the details (one line per file that could not be read)."""
    parts = [tr("%n added", "", report.added)]
    if report.already:
        parts.append(tr("%n already in the library", "", report.already))
    if report.failed:
        parts.append(tr("%n could not be read", "", len(report.failed)))
    said = ", ".join(parts)
    head = (tr("Import stopped: {counts}.").format(counts=said) if report.cancelled
            else tr("Import finished: {counts}.").format(counts=said))
    return head, "\n".join(translate_line(message) for _, message in report.failed)


class ImportJob:
    """One batch import with its progress dialog; ``finished`` gets the report."""

    def __init__(self, parent: QWidget, library: LibraryOwner, tasks: TaskRunner,
                 paths: list[str], finished: Callable[[ImportReport], None]) -> None:
        self.cancel = threading.Event()
        self.report: ImportReport | None = None
        self.dialog = QProgressDialog(tr("Looking for articles…"), tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(tr("Importing"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel.set)
        self._parent = parent
        self._finished = finished

        def add(path: Path) -> tuple[Record, bool]:
            # read here, on the pool; kept by the library's one writer, between the window's
            # other writes (the list is refreshed once, at the end)
            sha = sha256_of(path)
            existing = library.call(lambda lib: lib.find_by_hash(sha), changes_list=False)
            if existing is not None:
                return existing, False
            article = load(path)
            return library.call(lambda lib: lib.add(path, article, opened=False),
                                changes_list=False)

        def work(report: Callable[[Any], None]) -> ImportReport:
            files = supported_files(paths)
            report((0, len(files), ""))
            return import_files(add, files, lambda i, n, name: report((i, n, name)),
                                self.cancel)

        self.task = tasks.run_reporting(work, self._done, self._failed, self._progress,
                                        owner=self.dialog)

    def _progress(self, value: tuple[int, int, str]) -> None:
        done, total, name = value
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(done)
        self.dialog.setLabelText(
            tr("{done} of {total}: {name}").format(done=done, total=total, name=name) if name
            else tr("{done} of {total}").format(done=done, total=total))

    def _done(self, report: ImportReport) -> None:
        self.report = report
        self.dialog.close()
        head, details = report_text(report)
        if not (report.added or report.already or report.failed or report.cancelled):
            head = tr("No articles to import: nothing there is a kind of file Margin reads "
                      "(.txt, .md, .html, .pdf, .docx, .epub).")
        box = QMessageBox(QMessageBox.Icon.Information if not report.failed
                          else QMessageBox.Icon.Warning, tr("Import", "title"), head,
                          QMessageBox.StandardButton.Ok, self._parent)
        if details:
            box.setInformativeText(tr("Some files could not be read; see the details."))
            box.setDetailedText(details)
        box.setObjectName("importReport")
        box.open()
        self.box = box
        self._finished(report)

    def _failed(self, exc: BaseException) -> None:
        self.dialog.close()
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Import", "title"),
                          tr("The import stopped: {error}").format(error=translate_line(str(exc))),
                          QMessageBox.StandardButton.Ok, self._parent)
        box.open()
        self.box = box
