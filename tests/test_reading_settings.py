"""View › Reading Settings: the text's typeface, size, line length, spacing and justification
change at once and are remembered; summary and quotes can be underlined as well as coloured."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QDialogButtonBox

from reader.ui.main_window import MainWindow
from reader.ui.reading_settings import Reading, ReadingSettingsDialog

from .helpers import ARTICLES

pytestmark = pytest.mark.gui
U = QTextCharFormat.UnderlineStyle


def _open(qtbot, window):
    window.open_file(str(ARTICLES["en"]))
    qtbot.waitUntil(lambda: window.articles.idle and window.current is not None, timeout=20000)
    return window.article_pane.state.rendered.analysis


def _format_at(window, index: int) -> QTextCharFormat:
    state = window.article_pane.state
    cursor = QTextCursor(window.article_pane.text.document())
    cursor.setPosition(state.rendered.positions.to_qt(index) + 1)
    return cursor.charFormat()


def _rebuilt(qtbot, window, before):
    qtbot.waitUntil(lambda: window.article_pane.text.document() is not before
                    and window.articles.idle, timeout=20000)


def test_reading_settings_change_the_text_at_once(qtbot, window):
    analysis = _open(qtbot, window)
    summary, quote = analysis.summary[0], analysis.quotes[0]
    assert _format_at(window, summary.start).underlineStyle() == U.NoUnderline
    window.resize(1400, 900)
    rich = window.article_pane.rich
    left = rich.text_left()
    window.set_reading(Reading(line_width=50))  # shorter lines: a wider margin each side
    assert rich.measure == 50 and rich.text_left() > left
    document = window.article_pane.text.document()
    window.set_reading(Reading("serif", 17.0, 50, 180, True, True))
    _rebuilt(qtbot, window, document)
    text = window.article_pane.text
    assert text.font().pointSizeF() == 17.0
    assert text.font().styleHint() == text.font().StyleHint.Serif
    block = text.document().firstBlock().blockFormat()
    assert block.lineHeight() == 180 and block.alignment() & Qt.AlignmentFlag.AlignJustify
    assert _format_at(window, summary.start).underlineStyle() == U.DashUnderline
    assert _format_at(window, quote.start + 1).underlineStyle() == U.DotLine
    assert window.act.underline_marks.isChecked()


def test_reading_settings_are_remembered(qtbot, window):
    window.set_reading(Reading("sans", 15.0, 90, 160, True, False))
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    reading = again.current_reading()
    assert reading == Reading("sans", 15.0, 90, 160, True, False)
    assert again.article_pane.rich.measure == 90
    assert again.article_pane.text_font().pointSizeF() == 15.0
    again.close()


def test_the_dialog_applies_each_change_and_restores_the_defaults(qtbot, window):
    seen: list[Reading] = []
    dialog = ReadingSettingsDialog(window, Reading(), 12.0, seen.append)
    qtbot.addWidget(dialog)
    dialog.justify.setChecked(True)
    assert seen[-1].justify and seen[-1].size == 0.0  # the default size stays "default"
    dialog.line_width.setCurrentIndex(dialog.line_width.findData(60))
    assert seen[-1].line_width == 60
    dialog.underline.setChecked(True)
    assert seen[-1].underline_marks
    box = dialog.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert seen[-1] == Reading()
    assert not dialog.justify.isChecked()


def test_underlining_from_the_view_menu(qtbot, window):
    analysis = _open(qtbot, window)
    document = window.article_pane.text.document()
    window.act.underline_marks.trigger()
    _rebuilt(qtbot, window, document)
    assert _format_at(window, analysis.summary[0].start).underlineStyle() == U.DashUnderline
    assert window.settings.underline_marks


def test_the_dialog_starts_from_the_size_the_reader_zoomed_to(qtbot, window):
    _open(qtbot, window)
    base = window.article_pane.base_point_size
    window.commands.zoom(4)
    reading = window.current_reading()
    assert reading.size == pytest.approx(base + 4)
    window.set_reading(Reading(size=reading.size, justify=True))  # ticking Justify only
    assert window.article_pane.text_font().pointSizeF() == pytest.approx(base + 4)
