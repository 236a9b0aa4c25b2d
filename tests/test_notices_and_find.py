"""Notices above the text (whose they are, how they look in each theme) and Find's count."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QTextCursor

from reader.ui import theme

pytestmark = pytest.mark.gui
TITLE_EN = "A School That Follows the River"


def _open(qtbot, window, path, title):
    window.open_file(str(path))
    qtbot.waitUntil(lambda: title in window.article_pane.header.plain_text(), timeout=20000)


def _run_on(tmp_path):
    """An article with a run of words that never ends a sentence (the analysis says so)."""
    run = " ".join(f"word{i}" for i in range(800))
    path = tmp_path / "chant.txt"
    path.write_text(f"The Longest Chant\n\nIt starts well. {run}\n", encoding="utf-8")
    return path


def test_a_notice_about_one_article_leaves_with_it(qtbot, window, samples, tmp_path):
    _open(qtbot, window, _run_on(tmp_path), "The Longest Chant")
    bar = window.article_pane.messages
    assert bar.isVisible() and "without ending a sentence" in bar.label.text()
    _open(qtbot, window, samples / "en-river-school.txt", TITLE_EN)
    assert not bar.isVisible(), f"still showing: {bar.label.text()}"
    # and it comes back with its article
    window.open_file(str(tmp_path / "chant.txt"))
    qtbot.waitUntil(lambda: "The Longest Chant" in window.article_pane.header.plain_text(),
                    timeout=20000)
    assert bar.isVisible() and "without ending a sentence" in bar.label.text()


def test_a_notice_not_about_an_article_stays_when_another_is_shown(qtbot, window, samples,
                                                                   tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    window.open_file(str(tmp_path / "empty.txt"))
    bar = window.article_pane.messages
    qtbot.waitUntil(bar.isVisible, timeout=20000)
    assert bar.label.text() == "empty.txt is empty"


def _background(widget) -> QColor:
    return widget.grab().toImage().pixelColor(widget.width() // 2, 3)


@pytest.mark.parametrize("choice", [theme.LIGHT, theme.DARK])
def test_the_message_bar_follows_the_theme_and_marks_warnings(qtbot, window, choice):
    window.set_theme(choice)
    bar = window.article_pane.messages
    window.notify("Summary saved to /tmp/x.pdf.")
    info = _background(bar)
    window.notify("broken.txt is empty", warning=True)
    warning = _background(bar)
    assert not bar.icon.pixmap().isNull()
    assert info != warning
    colours = theme.DARK_COLOURS if choice == theme.DARK else theme.LIGHT_COLOURS
    assert warning == colours.warn_back
    text_colour = bar.label.palette().color(bar.label.foregroundRole())
    back = warning
    if choice == theme.DARK:
        assert back.lightness() < 100 and text_colour.lightness() > 180
    else:
        assert back.lightness() > 180 and text_colour.lightness() < 80


def test_find_says_which_match_of_how_many_and_shows_it_comfortably(qtbot, window, tmp_path):
    paragraphs = [f"Paragraph {i}: the ferry crossed the bay again." if i % 40 == 0 else
                  f"Paragraph {i} is about the weather over the bay." for i in range(400)]
    path = tmp_path / "bay.txt"
    path.write_text("The Bay\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    _open(qtbot, window, path, "The Bay")
    window.resize(1200, 800)
    window.act.find.trigger()
    bar = window.article_pane.find_bar
    qtbot.keyClicks(bar.field, "FERRY")
    view = window.article_pane.text
    assert view.textCursor().selectedText() == "ferry"
    assert bar.status.text() == "1 of 10"
    for expected in range(2, 5):
        window.act.find_next.trigger()
        assert bar.status.text() == f"{expected} of 10"
        rect = view.cursorRect(view.textCursor())
        height = view.viewport().height()
        # not at the very edge: in the upper middle of the view, with text above it
        assert height * 0.15 <= rect.top() <= height * 0.6, (rect.top(), height)
    window.act.find_prev.trigger()
    assert bar.status.text() == "3 of 10"
    cursor = QTextCursor(view.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    view.setTextCursor(cursor)
    window.act.find_next.trigger()  # past the last: round to the first
    assert bar.status.text() == "1 of 10"
    bar.field.setText("zzzz")
    bar.seek(forward=True, from_start=True)
    assert bar.status.text() == "Not found"
