"""The reader's own highlights in the window: make one from a selection, see it drawn apart from
the machine's highlights, find it in the Notes tab, write a note, remove it and undo, keep a
summary sentence, and find it all again after the article is opened anew."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.ui import theme

from .helpers import read_library

pytestmark = pytest.mark.gui
TITLE_EN = "A School That Follows the River"
WORDS = "converted barge"


def _open(qtbot, window, samples):
    window.open_file(str(samples / "en-river-school.txt"))
    qtbot.waitUntil(lambda: TITLE_EN in window.article_pane.header.plain_text(), timeout=20000)
    qtbot.waitUntil(lambda: window.articles.idle, timeout=20000)


def _select(window, words: str) -> int:
    state = window.article_pane.state
    start = state.rendered.analysis.article.text.index(words)
    state.select(start, start + len(words))
    return start


def _stored(window):
    return read_library(window, lambda lib: lib.all_highlights())


def _format_at(window, index: int) -> QTextCharFormat:
    state = window.article_pane.state
    cursor = QTextCursor(window.article_pane.text.document())
    cursor.setPosition(state.rendered.positions.to_qt(index) + 1)
    return cursor.charFormat()


def test_select_and_highlight_keeps_it_draws_it_and_lists_it(qtbot, window, samples):
    _open(qtbot, window, samples)
    start = _select(window, WORDS)
    window.act.highlight.trigger()
    qtbot.waitUntil(lambda: len(_stored(window)) == 1, timeout=10000)
    stored = _stored(window)[0]
    assert (stored.quote, stored.start, stored.color) == (WORDS, start, "yellow")
    fmt = _format_at(window, start)
    assert fmt.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline  # not the machine's
    assert fmt.background().color() == theme.LIGHT_COLOURS.own["yellow"][0]
    notes = window.notes_pane.list
    qtbot.waitUntil(lambda: notes.count() == 1, timeout=5000)
    assert WORDS in notes.item(0).text()
    assert window.lower_tabs.tabText(1) == "Notes (1)"


def test_own_highlights_stay_apart_from_the_summary_in_both_themes(qtbot, window, samples):
    _open(qtbot, window, samples)
    first = window.article_pane.state.rendered.analysis.summary[0]
    text = window.article_pane.state.rendered.analysis.article.text
    words = text[first.start : first.start + 20]
    _select(window, words)
    window.act.highlight.trigger()
    qtbot.waitUntil(lambda: len(_stored(window)) == 1, timeout=10000)
    for choice, colours in ((theme.DARK, theme.DARK_COLOURS), (theme.LIGHT, theme.LIGHT_COLOURS)):
        document = window.article_pane.text.document()
        window.set_theme(choice)
        qtbot.waitUntil(lambda d=document: window.article_pane.text.document() is not d,
                        timeout=20000)
        own, machine = _format_at(window, first.start), _format_at(window, first.end - 2)
        assert own.background().color() != machine.background().color()
        assert own.underlineStyle() != machine.underlineStyle()
        assert machine.background().color() == colours.summary


def test_a_note_a_click_delete_and_undo(qtbot, window, samples):
    _open(qtbot, window, samples)
    start = _select(window, WORDS)
    window.act.highlight_note.trigger()  # highlight, and write a note right away
    editor = window.notes_pane.editor
    qtbot.waitUntil(lambda: editor.isEnabled() and editor.hasFocus(), timeout=10000)
    qtbot.keyClicks(editor, "Ask Grace about the stove")
    window.article_pane.text.setFocus()  # leaving the editor saves
    qtbot.waitUntil(lambda: [h.note for h in _stored(window)] == ["Ask Grace about the stove"],
                    timeout=10000)
    made = _stored(window)[0]
    # a click on the highlight selects it; Delete removes it; Undo brings it back
    window.article_pane.state.on_click(start + 3)
    assert window.article_pane.text.textCursor().selectedText() == WORDS
    window.article_pane.text.setFocus()
    window.act.remove_highlight.trigger()
    qtbot.waitUntil(lambda: _stored(window) == [], timeout=10000)
    qtbot.waitUntil(lambda: _format_at(window, start).underlineStyle()
                    == QTextCharFormat.UnderlineStyle.NoUnderline, timeout=10000)
    window.act.undo.trigger()
    qtbot.waitUntil(lambda: len(_stored(window)) == 1, timeout=10000)
    back = _stored(window)[0]
    assert (back.id, back.note, back.start) == (made.id, made.note, made.start)


def test_keep_a_summary_sentence_as_a_highlight(qtbot, window, samples):
    _open(qtbot, window, samples)
    lst = window.summary_pane.list
    lst.setFocus()
    lst.setCurrentRow(1)
    window.act.keep.trigger()
    qtbot.waitUntil(lambda: len(_stored(window)) == 1, timeout=10000)
    assert _stored(window)[0].quote == lst.item(1).text()


def test_highlights_come_back_with_the_article_and_show_in_the_library(qtbot, window, samples):
    _open(qtbot, window, samples)
    _select(window, WORDS)
    window.act.highlight.trigger()
    qtbot.waitUntil(lambda: len(_stored(window)) == 1, timeout=10000)
    qtbot.waitUntil(lambda: "1 highlight" in (window.sidebar.model.index(0).data(
        Qt.ItemDataRole.UserRole + 1) or ""), timeout=10000)
    window.sidebar.with_notes.setChecked(True)
    qtbot.waitUntil(lambda: window.sidebar.model.rowCount() == 1, timeout=10000)
    window.entries.clear()  # as after a restart: read and anchored again
    window.open_file(str(samples / "en-river-school.txt"))
    qtbot.waitUntil(lambda: window.current is not None and bool(window.entries),
                    timeout=20000)
    qtbot.waitUntil(lambda: window.notes_pane.list.count() == 1, timeout=10000)
    start = window.article_pane.state.rendered.analysis.article.text.index(WORDS)
    assert _format_at(window, start).underlineStyle() != \
        QTextCharFormat.UnderlineStyle.NoUnderline


def test_removing_an_article_asks_whether_to_keep_its_notes(qtbot, window, samples,
                                                            monkeypatch):
    _open(qtbot, window, samples)
    _select(window, WORDS)
    window.act.highlight.trigger()
    qtbot.waitUntil(lambda: len(_stored(window)) == 1, timeout=10000)
    model = window.sidebar.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.records[0].highlights == 1,
                    timeout=10000)
    seen = {}

    def answer(box):
        seen["question"] = box.checkBox().text()
        return QMessageBox.StandardButton.Yes  # the box's "keep" stays ticked

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.sidebar.view.setCurrentIndex(window.sidebar.model.index(0))
    window.sidebar.act_remove.trigger()
    assert "Keep my 1 highlight" in seen["question"]
    qtbot.waitUntil(lambda: window.sidebar.model.rowCount() == 0, timeout=10000)
    kept = _stored(window)
    assert len(kept) == 1 and kept[0].article_id is None and kept[0].quote == WORDS


def test_the_bar_over_a_selection_highlights_in_one_click(qtbot, window, samples):
    _open(qtbot, window, samples)
    view = window.article_pane.text
    start = _select(window, WORDS)
    cursor = QTextCursor(view.document())
    cursor.setPosition(window.article_pane.state.rendered.positions.to_qt(start + 5))
    rect = view.cursorRect(cursor)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))
    window.highlight_ui._selection_made(rect)  # as after a drag that selected words
    _select(window, WORDS)
    bar = window.highlight_ui.bar
    assert bar.isVisible()
    bar.buttons["green"].click()
    qtbot.waitUntil(lambda: [h.color for h in _stored(window)] == ["green"], timeout=10000)
    assert not bar.isVisible()
    QApplication.processEvents()
