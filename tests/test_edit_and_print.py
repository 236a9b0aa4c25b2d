"""Edit › Copy and Select All, File › Print, and the Keyboard Shortcuts dialog."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter

from reader.ui.dialogs import ShortcutsDialog

pytestmark = pytest.mark.gui
TITLE_EN = "A School That Follows the River"


def _open(qtbot, window, path, title):
    window.open_file(str(path))
    qtbot.waitUntil(lambda: title in window.article_pane.header.plain_text(), timeout=20000)


def test_select_all_and_copy_take_the_article_s_text(qtbot, window, samples):
    _open(qtbot, window, samples / "en-river-school.txt", TITLE_EN)
    window.act.select_all.trigger()
    window.act.copy.trigger()
    copied = QGuiApplication.clipboard().text()
    assert "Kessford" in copied and "Alder Cross" in copied
    assert len(copied) > 1500


def test_copy_in_the_quotes_list_copies_the_quote_with_its_speaker(qtbot, window, samples):
    _open(qtbot, window, samples / "en-river-school.txt", TITLE_EN)
    window.quotes_pane.list.setFocus()
    window.quotes_pane.list.setCurrentRow(2)
    window.act.copy.trigger()
    expected = f"“I expected to say no” — Daniel Price, {TITLE_EN}"
    assert QGuiApplication.clipboard().text() == expected


def test_the_shortcuts_dialog_shows_every_row_without_scrolling(qtbot, window):
    dialog = ShortcutsDialog(window, window.act.for_help)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    named = [table.item(r, c).text() for r in range(table.rowCount()) for c in (0, 2)
             if table.item(r, c) is not None]
    assert len(named) == len(window.act.for_help) >= 30
    assert not table.verticalScrollBar().isVisible()
    last = table.visualItemRect(table.item(table.rowCount() - 1, 1))
    assert last.bottom() <= table.viewport().height()


def test_print_makes_the_same_document_as_the_pdf_export(qtbot, window, samples, tmp_path):
    _open(qtbot, window, samples / "en-river-school.txt", TITLE_EN)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    window.exporter.printer = printer
    assert window.exporter.print(dialog=False) is printer
    from reader.export.exporter import export

    export(window.entries[window.current].rendered.analysis, tmp_path / "exported.pdf", "pdf",
           source=str(samples / "en-river-school.txt"))
    # the words of every page (pypdf may space them with tabs)
    texts = [" ".join(" ".join(page.extract_text().split())
                      for page in PdfReader(tmp_path / name).pages)
             for name in ("printed.pdf", "exported.pdf")]
    assert TITLE_EN in texts[0] and "Daniel Price" in texts[0]
    assert texts[0].split() == texts[1].split()  # the same words (pypdf may space with tabs)
