"""The window, driven as a person would: open, drop, click; headless (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from reader.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    return win


def _wait_for_title(qtbot, win, title):
    qtbot.waitUntil(lambda: title in win.header.text(), timeout=20000)


def test_opening_a_file_shows_title_text_summary_and_quotes(qtbot, window, samples):
    window.open_file(str(samples / "en-river-school.txt"))
    _wait_for_title(qtbot, window, "A School That Follows the River")
    assert "Kessford" in window.text.toPlainText()
    assert "Hannah Okafor" in window.header.text()
    assert window.summary.count() >= 3
    assert window.quotes.count() >= 4
    assert "Daniel Price" in " ".join(window.quotes.item(i).text()
                                       for i in range(window.quotes.count()))
    assert window.articles.count() == 1


def test_a_dropped_file_opens(qtbot, window, samples):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(samples / "ru-ledokol.txt"))])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    _wait_for_title(qtbot, window, "Ледокол для маленькой гавани")
    assert "Северный Бор" in window.text.toPlainText()


def test_clicking_a_summary_sentence_moves_the_text_cursor_to_it(qtbot, window, samples):
    window.open_file(str(samples / "de-stadtbibliothek.txt"))
    _wait_for_title(qtbot, window, "Die Bibliothek, die nie schließt")
    item = window.summary.item(window.summary.count() - 1)
    rect = window.summary.visualItemRect(item)
    qtbot.mouseClick(window.summary.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.text.textCursor().selectedText() == item.text()


def test_a_bad_file_shows_a_message_and_keeps_the_article(qtbot, window, samples, tmp_path):
    window.open_file(str(samples / "en-river-school.txt"))
    _wait_for_title(qtbot, window, "A School That Follows the River")
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"")
    window.open_file(str(bad))
    qtbot.waitUntil(lambda: "broken.txt" in window.statusBar().currentMessage(), timeout=20000)
    qtbot.waitUntil(lambda: "is empty" in window.statusBar().currentMessage(), timeout=20000)
    assert "A School That Follows the River" in window.header.text()
    assert "Kessford" in window.text.toPlainText()
