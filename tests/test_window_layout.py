"""What a reader sees whole: summary and quote items, lines of long texts, the article's share
of a small window, reading margins at any zoom. Each test measures the text against its room."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from reader.ui import theme
from reader.ui.wrapped_list import SECOND_LINE_ROLE

pytestmark = pytest.mark.gui
TITLE_EN = "A School That Follows the River"

LONG_SENTENCES = [
    "The harbour board met on Tuesday evening and, after a long and at times heated debate "
    "about dredging, parking and the future of the old fish market, voted to delay making any "
    "immediate decision about the ferry timetable until the spring survey is complete.",
    "Residents who had waited outside the hall since early afternoon said they would return "
    "for the next meeting, and several of them promised to bring written objections to the "
    "plan to move the landing stage further down the estuary early next year.",
]


def _news(tmp_path, sentences: int = 14):
    paragraphs = ["Harbour Board Delays Ferry Decision", "By Ines Calloway"]
    for i in range(sentences):
        base = LONG_SENTENCES[i % 2]
        paragraphs.append(f"{base} Paragraph {i} adds that the ferry carried {i + 3}00 people "
                          f"in the week before the meeting, more than the board expected.")
    paragraphs.append('"We cannot keep everyone waiting for ever, and we will not pretend the '
                      'survey answers every question," said Marta Quill, who chairs the board.')
    path = tmp_path / "ferry.txt"
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def _open(qtbot, window, path, title):
    window.open_file(str(path))
    qtbot.waitUntil(lambda: title in window.article_pane.header.plain_text(), timeout=20000)


def _needed_height(lst, text: str, width: int) -> int:
    """How tall ``text`` is when wrapped at ``width`` in the list's font, measured afresh."""
    metrics = QFontMetrics(lst.font())
    rect = metrics.boundingRect(QRect(0, 0, width, 100000),
                                int(Qt.TextFlag.TextWordWrap), text)
    return rect.height()


def _assert_items_whole(qtbot, lst):
    """Every item's rectangle holds its whole wrapped text (and second line)."""
    qtbot.waitUntil(lambda: lst.count() > 0, timeout=20000)
    lst.doItemsLayout()
    delegate = lst.itemDelegate()
    for i in range(lst.count()):
        item = lst.item(i)
        rect = lst.visualItemRect(item)
        assert rect.right() <= lst.viewport().width() + 1, "item wider than the list"
        width = rect.width() - 2 * delegate.PAD_X
        needed = _needed_height(lst, item.text(), width)
        second = item.data(SECOND_LINE_ROLE)
        if second:
            needed += _needed_height(lst, second, width)
        assert rect.height() >= needed, (
            f"item {i} needs {needed} px at {width} px wide but has {rect.height()}: "
            f"{item.text()[:60]}…")


@pytest.mark.parametrize("size", [(1600, 1000), (1024, 768), (800, 600)])
def test_every_summary_sentence_and_quote_shows_whole(qtbot, window, tmp_path, size):
    _open(qtbot, window, _news(tmp_path), "Harbour Board")
    window.resize(*size)
    for length in (0, 8, 14):  # Auto, then longer summaries that need a scroll bar
        window.summary_pane.length.setValue(length)
        if length:
            qtbot.waitUntil(lambda n=length: window.summary_pane.list.count() == n,
                            timeout=20000)
        for zoom in (0, 3):
            window.commands.zoom(0)
            window.commands.zoom(zoom)
            _assert_items_whole(qtbot, window.summary_pane.list)
            _assert_items_whole(qtbot, window.quotes_pane.list)


def test_items_measure_again_when_the_pane_narrows(qtbot, window, tmp_path):
    _open(qtbot, window, _news(tmp_path), "Harbour Board")
    window.resize(1600, 1000)
    _assert_items_whole(qtbot, window.summary_pane.list)
    sizes = window.splitter.sizes()
    window.splitter.setSizes([sizes[0], sizes[1] + sizes[2] - 260, 260])
    _assert_items_whole(qtbot, window.summary_pane.list)


def _book(tmp_path, words: int = 60000):
    sentence = ("The lighthouse keeper counted the ships that passed the point each night and "
                "wrote their names in a ledger that nobody else ever read. ")
    paragraph = sentence * 8
    count = len(paragraph.split())
    body = "\n\n".join(paragraph for _ in range(words // count + 1))
    path = tmp_path / "keeper.txt"
    path.write_text("The Keeper's Ledger\n\n" + body, encoding="utf-8")
    return path


def _lines_fit(view) -> tuple[float, int]:
    """The widest laid-out line of the blocks on screen, and the width they must fit in."""
    block = view.firstVisibleBlock()
    widest = 0.0
    for _ in range(30):
        if not block.isValid():
            break
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            widest = max(widest, line.x() + line.naturalTextWidth())
        block = block.next()
    return widest, view.viewport().width()


def test_a_long_text_wraps_inside_the_visible_width(qtbot, window, tmp_path):
    _open(qtbot, window, _book(tmp_path), "The Keeper")
    view = window.article_pane.text
    assert view is window.article_pane.plain
    for size in ((1600, 1000), (1024, 768), (800, 600), (1300, 900)):
        window.resize(*size)
        for zoom in (0, 3, -1):
            window.commands.zoom(0)
            window.commands.zoom(zoom)
            qtbot.waitUntil(lambda: _lines_fit(view)[0] > 0, timeout=5000)
            widest, room = _lines_fit(view)
            assert widest <= room, f"at {size}, zoom {zoom}: a line of {widest} px in {room}"
    for choice in (theme.DARK, theme.LIGHT):  # each theme brings a newly built document
        document = view.document()
        window.set_theme(choice)
        qtbot.waitUntil(lambda d=document: view.document() is not d, timeout=20000)
        qtbot.waitUntil(lambda: _lines_fit(view)[0] > 0, timeout=5000)
        widest, room = _lines_fit(view)
        assert 0 < widest <= room, f"in the {choice} theme: a line of {widest} px in {room}"
    window.act.highlight_quotes.trigger()  # so does switching a highlight off
    document = view.document()
    qtbot.waitUntil(lambda: view.document() is not document, timeout=20000)
    qtbot.waitUntil(lambda: _lines_fit(view)[0] > 0, timeout=5000)
    widest, room = _lines_fit(view)
    assert 0 < widest <= room


@pytest.mark.parametrize("size", [(800, 600), (1024, 768)])
def test_in_a_small_window_the_article_keeps_the_most_room(qtbot, window, samples, size):
    _open(qtbot, window, samples / "en-river-school.txt", TITLE_EN)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.splitter.sizes()[1] >= 440, timeout=5000)
    library, article, side = window.splitter.sizes()
    assert article > library and article > side
    header = window.article_pane.header
    share = header.height() / window.article_pane.height()
    assert share < 0.25, f"the title and facts take {share:.0%} of the pane's height"


def test_side_panes_fold_away_and_come_back(qtbot, window):
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.sidebar.isVisible(), timeout=5000)
    window.resize(800, 600)
    qtbot.waitUntil(lambda: not window.sidebar.isVisible(), timeout=5000)
    assert not window.act.show_library.isChecked()
    assert window.panes.panes[1].widget.isVisible()
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.sidebar.isVisible(), timeout=5000)
    assert window.act.show_library.isChecked()
    window.act.show_analysis.trigger()  # the person hides the summary pane
    assert not window.panes.panes[1].widget.isVisible()
    window.resize(1700, 1000)
    assert not window.panes.panes[1].widget.isVisible()  # and it stays hidden
    window.act.show_analysis.trigger()
    assert window.panes.panes[1].widget.isVisible()


def _margins(window) -> tuple[int, int]:
    """The space beside the text column, left and right."""
    view = window.article_pane.text
    if view is window.article_pane.plain:
        return view.text_left(), view.text_left()
    frame = view.document().rootFrame().frameFormat()
    return int(frame.leftMargin()), int(frame.rightMargin())


@pytest.mark.parametrize("size", [(800, 600), (1600, 1000)])
def test_zooming_in_keeps_reading_margins_that_grow_with_the_text(qtbot, window, samples, size):
    _open(qtbot, window, samples / "en-river-school.txt", TITLE_EN)
    window.resize(*size)
    view = window.article_pane.text
    window.commands.zoom(0)
    left0, right0 = _margins(window)
    line0 = view.fontMetrics().height()
    assert left0 >= line0 and right0 >= line0
    window.commands.zoom(3)
    left3, right3 = _margins(window)
    line3 = view.fontMetrics().height()
    assert line3 > line0
    assert left3 >= line3 and right3 >= line3  # still a margin, as wide as a line is high


def test_a_pane_comes_back_at_the_width_it_had(qtbot, window):
    window.resize(1280, 900)
    qtbot.waitUntil(lambda: window.sidebar.isVisible(), timeout=5000)
    window.splitter.setSizes([300, 640, 340])
    library, _, side = window.splitter.sizes()
    for action in (window.act.show_library, window.act.show_analysis):
        action.trigger()
        action.trigger()
    again = window.splitter.sizes()
    assert abs(again[0] - library) <= 2 and abs(again[2] - side) <= 2, (again, library, side)


def test_hiding_the_pane_with_the_keyboard_gives_it_to_the_article(qtbot, window):
    from PySide6.QtWidgets import QApplication

    window.resize(1600, 1000)
    window.activateWindow()
    for widget, action in ((window.summary_pane.length, window.act.show_analysis),
                           (window.sidebar.search, window.act.show_library)):
        action.setChecked(True)
        widget.setFocus()
        qtbot.waitUntil(lambda w=widget: QApplication.focusWidget() is w, timeout=5000)
        action.trigger()
        assert QApplication.focusWidget() is window.article_pane.text
