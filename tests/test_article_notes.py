"""A document's footnotes in the window: a raised number where the note belongs (the sentence
around it unbroken), the note on hover, and all notes after the text, one click away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QMouseEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from reader.core.textbuild import NOTE_MARK, RawBlock, RawNote, build_article
from reader.ui import articles

pytestmark = pytest.mark.gui

PARAGRAPHS = [
    ("The port of Savannah" + NOTE_MARK + " handled more containers this year than ever. "
     "Its cranes worked through the night, and the river pilots kept the channel open.",
     ("Figures from the port authority's annual report.",)),
    ("Dredging the channel cost more than planned" + NOTE_MARK + ". The state paid half of "
     "it, and the federal government the rest.", ("Revised twice, in March and June.",)),
    ("Shippers say the new berths will shorten waiting times for the largest vessels. "
     "The harbour master expects the work to finish next spring.", ()),
]


def _article(path):
    blocks = [RawBlock(text, notes=tuple(RawNote(n) for n in notes))
              for text, notes in PARAGRAPHS]
    article = build_article(blocks, title="The Busiest Year", fmt="docx")
    article.source = str(path)
    return article


@pytest.fixture
def opened(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "port.docx"
    path.write_bytes(b"not read: the loader is replaced")
    monkeypatch.setattr(articles, "load", lambda p: _article(path))
    window.open_file(str(path))
    qtbot.waitUntil(lambda: "The Busiest Year" in window.article_pane.header.plain_text(),
                    timeout=20000)
    return window


def test_notes_are_raised_numbers_and_listed_after_the_text(opened):
    view = opened.article_pane.text
    shown = view.toPlainText()
    assert "Savannah1 handled" in shown and "planned2." in shown
    assert shown.rstrip().endswith("2. Revised twice, in March and June.")
    assert "Notes\n\n1. Figures from the port authority's annual report." in shown
    # summary and quote spans still select exactly their words around the markers
    state = opened.article_pane.state
    analysis = state.rendered.analysis
    first = analysis.summary[0]
    state.go_to(first.start, first.end, opened.colours.flash)
    assert view.textCursor().selectedText().replace("1", "") == analysis.span_text(first)


def _marker_point(view, number: int) -> QPoint:
    start, _, _ = view.state.rendered.note_marks[number - 1]
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    rect = view.cursorRect(cursor)
    return QPoint(rect.right() + 3, rect.center().y())


def test_hovering_a_marker_shows_its_note_and_clicking_goes_to_it(qtbot, opened):
    view = opened.article_pane.text
    point = _marker_point(view, 2)
    assert view.anchorAt(point) == "note:2"
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    assert "Revised twice" in QToolTip.text()
    release = QMouseEvent(QEvent.Type.MouseButtonRelease, QPointF(point),
                          view.viewport().mapToGlobal(QPointF(point)),
                          Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton,
                          Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), release)
    assert view.textCursor().selectedText() == "2. Revised twice, in March and June."


def test_an_abstract_kept_apart_is_shown_before_the_text(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "paper.docx"
    path.write_bytes(b"not read: the loader is replaced")

    def with_abstract(p):
        article = _article(path)
        article.meta["abstract"] = "We count the ships that pass the point."
        return article

    monkeypatch.setattr(articles, "load", with_abstract)
    window.open_file(str(path))
    qtbot.waitUntil(lambda: window.current is not None, timeout=20000)
    view = window.article_pane.text
    assert view.toPlainText().startswith("Abstract\n\nWe count the ships that pass the point.")
    state = window.article_pane.state
    first = state.rendered.analysis.summary[0]
    state.go_to(first.start, first.end, window.colours.flash)
    assert view.textCursor().selectedText().replace("1", "") == \
        state.rendered.analysis.span_text(first)
