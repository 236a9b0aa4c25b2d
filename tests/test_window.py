"""The window, driven as a person would: open, drop, click, change settings; headless."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QBrush, QDropEvent, QGuiApplication, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from reader.core.loaders import load
from reader.core.pipeline import Options, analyze
from reader.ui import articles as mw
from reader.ui import theme
from reader.ui.dialogs import shortcut_rows
from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings
from reader.ui.wrapped_list import SECOND_LINE_ROLE

from .helpers import read_library

pytestmark = pytest.mark.gui
TITLE_EN = "A School That Follows the River"


def header(win) -> str:
    return win.article_pane.header.plain_text()


def summary_texts(win) -> list[str]:
    lst = win.summary_pane.list
    return [lst.item(i).text() for i in range(lst.count())]


def click(qtbot, lst, item):
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton,
                     pos=lst.visualItemRect(item).center())


def drain(qtbot, window):
    """Wait until every worker has finished and its result has been delivered."""
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=20000)
    QApplication.processEvents()  # the results queued for the GUI thread arrive


def open_and_wait(qtbot, win, path, title):
    win.open_file(str(path))
    qtbot.waitUntil(lambda: title in header(win), timeout=20000)


def test_opening_a_file_shows_title_facts_text_summary_and_quotes(qtbot, window, samples):
    open_and_wait(qtbot, window, samples / "en-river-school.txt", TITLE_EN)
    facts = header(window)
    for fact in ("Hannah Okafor", "March 4, 2025", "en-river-school.txt", "English", "words",
                 "min read"):
        assert fact in facts
    assert "Kessford" in window.article_pane.text.toPlainText()
    assert len(summary_texts(window)) >= 3
    quotes = window.quotes_pane.list
    assert quotes.count() >= 4
    assert any("Daniel Price" in quotes.item(i).data(SECOND_LINE_ROLE)
               for i in range(quotes.count()))
    qtbot.waitUntil(lambda: window.sidebar.model.rowCount() == 1, timeout=20000)
    assert window.windowTitle().startswith(TITLE_EN)


def _drop(win, *paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    win.dropEvent(event)


def test_a_dropped_file_opens(qtbot, window, samples):
    _drop(window, samples / "ru-ledokol.txt")
    qtbot.waitUntil(lambda: "Ледокол для маленькой гавани" in header(window), timeout=20000)
    assert "Северный Бор" in window.article_pane.text.toPlainText()


def test_a_dropped_folder_is_imported_into_the_library(qtbot, window, samples, tmp_path):
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    for name in ("en-river-school.txt", "de-stadtbibliothek.txt"):
        (folder / name).write_bytes((samples / name).read_bytes())
    (folder / "sub" / "ru.txt").write_bytes((samples / "ru-ledokol.txt").read_bytes())
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    _drop(window, folder)
    qtbot.waitUntil(lambda: window.sidebar.model.rowCount() == 3, timeout=30000)
    assert window.import_job.report.added == 3 and not window.import_job.report.failed
    assert window.import_job.box.text().startswith("Import finished: 3 added")


def test_clicking_a_summary_sentence_selects_it_in_the_text(qtbot, window, samples):
    open_and_wait(qtbot, window, samples / "de-stadtbibliothek.txt", "Die Bibliothek")
    lst = window.summary_pane.list
    item = lst.item(lst.count() - 1)
    click(qtbot, lst, item)
    assert window.article_pane.text.textCursor().selectedText() == item.text()


def test_clicking_a_quote_selects_its_words(qtbot, window, samples):
    open_and_wait(qtbot, window, samples / "en-river-school.txt", TITLE_EN)
    lst = window.quotes_pane.list
    item = lst.item(2)
    click(qtbot, lst, item)
    selected = window.article_pane.text.textCursor().selectedText()
    assert selected and selected in item.text()


def test_a_bad_file_shows_a_calm_message_and_keeps_the_article(qtbot, window, samples, tmp_path):
    open_and_wait(qtbot, window, samples / "en-river-school.txt", TITLE_EN)
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"")
    window.open_file(str(bad))
    bar = window.article_pane.messages
    qtbot.waitUntil(lambda: bar.isVisible(), timeout=20000)
    assert bar.label.text() == "broken.txt is empty"
    assert TITLE_EN in header(window)
    assert "Kessford" in window.article_pane.text.toPlainText()


def _differing_algorithm(article) -> str:
    base = [s.start for s in analyze(article).summary]
    for name in ("luhn", "lsa", "kl", "sumbasic", "textrank"):
        if [s.start for s in analyze(article, Options(algorithm=name)).summary] != base:
            return name
    raise AssertionError("every algorithm agrees on this article")


def test_changing_the_algorithm_recomputes_in_the_background(qtbot, window, samples):
    path = samples / "en-river-school.txt"
    open_and_wait(qtbot, window, path, TITLE_EN)
    article = load(path)
    name = _differing_algorithm(article)
    expected = [analyze(article, Options(algorithm=name)).span_text(s)
                for s in analyze(article, Options(algorithm=name)).summary]
    before = summary_texts(window)
    combo = window.summary_pane.algorithm
    combo.setCurrentIndex(combo.findData(name))
    assert summary_texts(window) == before  # nothing was computed on the GUI thread
    qtbot.waitUntil(lambda: summary_texts(window) == expected, timeout=20000)


def test_a_slow_stale_result_never_replaces_a_newer_one(qtbot, window, samples, monkeypatch):
    open_and_wait(qtbot, window, samples / "en-river-school.txt", TITLE_EN)
    release = threading.Event()
    real = mw.analyze

    def slow_for_lexrank(article, options=None, progress=None):
        if options is not None and options.algorithm == "lexrank":
            release.wait(20)
        return real(article, options, progress)

    monkeypatch.setattr(mw, "analyze", slow_for_lexrank)
    window.articles.recompute(Options(algorithm="lexrank"))
    window.articles.recompute(Options(algorithm="luhn", sentences=2))
    qtbot.waitUntil(lambda: len(summary_texts(window)) == 2, timeout=20000)
    luhn = summary_texts(window)
    release.set()
    drain(qtbot, window)  # the stale result has come back, and was dropped
    assert summary_texts(window) == luhn
    assert window.summary_pane.algorithm.currentData() == "luhn"


def test_a_result_for_another_article_does_not_land_on_the_one_shown(qtbot, window, samples,
                                                                     monkeypatch):
    release = threading.Event()
    real = mw.load

    def slow_english(path):
        if "en-river" in str(path):
            release.wait(20)
        return real(path)

    monkeypatch.setattr(mw, "load", slow_english)
    window.open_file(str(samples / "en-river-school.txt"))
    open_and_wait(qtbot, window, samples / "de-stadtbibliothek.txt", "Die Bibliothek")
    release.set()
    qtbot.waitUntil(lambda: window.sidebar.model.rowCount() == 2, timeout=20000)
    drain(qtbot, window)
    assert "Die Bibliothek" in header(window)


def test_hovering_a_quote_tells_who_said_it(qtbot, window, samples):
    open_and_wait(qtbot, window, samples / "en-river-school.txt", TITLE_EN)
    view = window.article_pane.text
    quote = next(q for q in view.state.rendered.analysis.quotes if q.speaker == "Daniel Price")
    cursor = QTextCursor(view.document())
    cursor.setPosition(quote.start + 2)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    rect = view.cursorRect(cursor)
    pos = QPoint(rect.center().x(), rect.center().y())
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    assert "Daniel Price" in QToolTip.text()


def _background_at(view, index) -> QBrush:
    cursor = QTextCursor(view.document())
    cursor.setPosition(index + 1)
    return cursor.charFormat().background()


def test_highlights_can_be_switched_off_and_on(qtbot, window, samples):
    open_and_wait(qtbot, window, samples / "en-river-school.txt", TITLE_EN)
    view = window.article_pane.text
    first = view.state.rendered.analysis.summary[0].start
    assert _background_at(view, first).style() != Qt.BrushStyle.NoBrush
    window.act.highlight_summary.trigger()
    qtbot.waitUntil(lambda: _background_at(view, first).style() == Qt.BrushStyle.NoBrush,
                    timeout=20000)
    window.act.highlight_summary.trigger()
    qtbot.waitUntil(lambda: _background_at(view, first).style() != Qt.BrushStyle.NoBrush,
                    timeout=20000)


def test_zoom_in_out_and_reset(qtbot, window, samples):
    open_and_wait(qtbot, window, samples / "en-river-school.txt", TITLE_EN)
    view = window.article_pane.text
    window.act.zoom_reset.trigger()
    size = view.font().pointSizeF()
    window.act.zoom_in.trigger()
    window.act.zoom_in.trigger()
    assert view.font().pointSizeF() == size + 2
    assert view.document().defaultFont().pointSizeF() == size + 2
    window.act.zoom_out.trigger()
    assert view.font().pointSizeF() == size + 1
    window.act.zoom_reset.trigger()
    assert view.font().pointSizeF() == size == window.article_pane.base_point_size


def test_find_in_text(qtbot, window, samples):
    open_and_wait(qtbot, window, samples / "en-river-school.txt", TITLE_EN)
    window.act.find.trigger()
    bar = window.article_pane.find_bar
    assert bar.isVisible()
    qtbot.keyClicks(bar.field, "barge")
    assert window.article_pane.text.textCursor().selectedText() == "barge"
    first = window.article_pane.text.textCursor().selectionStart()
    window.act.find_next.trigger()
    assert window.article_pane.text.textCursor().selectionStart() > first
    qtbot.keyClicks(bar.field, "zzzz")
    assert bar.status.text() == "Not found"


def test_find_with_no_article_says_so(qtbot, window):
    window.act.find.trigger()
    qtbot.keyClicks(window.article_pane.find_bar.field, "ferry")
    assert window.article_pane.find_bar.status.text() == "No article open"


def test_copy_a_quote_with_its_attribution(qtbot, window, samples):
    open_and_wait(qtbot, window, samples / "en-river-school.txt", TITLE_EN)
    lst = window.quotes_pane.list
    lst.setCurrentRow(2)
    window.act.copy_quote.trigger()
    assert QGuiApplication.clipboard().text() == (
        f"“I expected to say no” — Daniel Price, {TITLE_EN}")


def test_filter_quotes_by_speaker(qtbot, window, samples):
    open_and_wait(qtbot, window, samples / "en-river-school.txt", TITLE_EN)
    pane = window.quotes_pane
    pane.speaker.setCurrentIndex(pane.speaker.findData("Daniel Price"))
    shown = [pane.list.item(i).data(SECOND_LINE_ROLE) for i in range(pane.list.count())
             if not pane.list.item(i).isHidden()]
    assert len(shown) == 2 and all("Daniel Price" in t for t in shown)


def test_window_size_and_panes_are_remembered(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("MARGIN_DATA_DIR", str(tmp_path / "data"))
    first = MainWindow(Settings())
    qtbot.addWidget(first)
    first.show()
    first.resize(790, 560)  # the offscreen screen is 800 x 600: the library folds away
    assert not first.sidebar.isVisible()
    first.splitter.setSizes([0, 500, 280])
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow(Settings())
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (790, 560)
    again = second.splitter.sizes()
    assert again[0] == sizes[0] == 0 and again[2] == sizes[2]  # the summary pane's width
    assert abs(again[1] - sizes[1]) <= second.splitter.handleWidth()
    assert not second.sidebar.isVisible() and not second.act.show_library.isChecked()


def test_dark_theme_changes_palette_and_highlight_colours(qtbot, window, samples):
    open_and_wait(qtbot, window, samples / "en-river-school.txt", TITLE_EN)
    window.set_theme(theme.DARK)
    assert QApplication.palette().window().color().lightness() < 100
    view = window.article_pane.text
    first = view.state.rendered.analysis.summary[0].start
    qtbot.waitUntil(lambda: _background_at(view, first).color() == theme.DARK_COLOURS.summary,
                    timeout=20000)
    window.set_theme(theme.LIGHT)
    assert QApplication.palette().window().color().lightness() > 150


def test_every_shortcut_is_listed_in_help(window):
    rows = dict(shortcut_rows(window.act.for_help))
    for name in ("Open", "Find", "Zoom In", "Zoom Out", "Actual Size", "Highlight Summary",
                 "Highlight Quotes", "Keyboard Shortcuts", "Copy Quote with Attribution"):
        assert name in rows and rows[name]


def test_recent_files_are_kept_most_recently_read_first(qtbot, window, samples):
    open_and_wait(qtbot, window, samples / "en-river-school.txt", TITLE_EN)
    assert window.settings.recent_files()[0].endswith("en-river-school.txt")
    open_and_wait(qtbot, window, samples / "de-stadtbibliothek.txt", "Die Bibliothek")
    open_and_wait(qtbot, window, samples / "en-river-school.txt", TITLE_EN)  # from memory
    names = [p.rsplit("/", 1)[-1] for p in window.settings.recent_files()[:2]]
    assert names == ["en-river-school.txt", "de-stadtbibliothek.txt"]


def test_a_book_length_text_uses_the_lazy_view_and_still_links_both_ways(qtbot, window, samples,
                                                                       tmp_path):
    body = (samples / "en-river-school.txt").read_text(encoding="utf-8").split("\n\n", 3)[3]
    chapters = [f"Chapter {i}\n\n{body.replace('Kessford', f'Kessford-{i}')}" for i in range(220)]
    path = tmp_path / "book.txt"
    path.write_text("The River Book\n\n" + "\n\n".join(chapters), encoding="utf-8")
    open_and_wait(qtbot, window, path, "The River Book")
    view = window.article_pane.text
    assert view is window.article_pane.plain
    assert len(view.toPlainText()) > 250_000
    lst = window.summary_pane.list
    item = lst.item(lst.count() - 1)
    click(qtbot, lst, item)
    assert view.textCursor().selectedText() == item.text()


def test_long_work_shows_a_busy_indicator_that_can_cancel(qtbot, window, samples, monkeypatch):
    release = threading.Event()
    real = mw.load

    def slow(path):
        release.wait(20)
        return real(path)

    monkeypatch.setattr(mw, "load", slow)
    window.open_file(str(samples / "en-river-school.txt"))
    assert not window.busy.bar.isVisible()  # nothing flickers for quick work
    qtbot.waitUntil(window.busy.bar.isVisible, timeout=5000)
    window.busy.cancel.click()
    assert not window.busy.bar.isVisible()
    release.set()
    drain(qtbot, window)  # the work stopped
    assert TITLE_EN not in header(window)  # cancelled: not shown, and not kept either
    assert read_library(window, lambda lib: lib.count()) == 0


def test_open_recent_reopens_a_file(qtbot, window, samples):
    window.settings.add_recent(str(samples / "de-stadtbibliothek.txt"))
    window.menus.recent.aboutToShow.emit()
    first = window.menus.recent.actions()[0]
    assert first.text() == "de-stadtbibliothek.txt"
    first.trigger()
    qtbot.waitUntil(lambda: "Die Bibliothek" in header(window), timeout=20000)


def test_keys_step_through_summary_and_quotes(qtbot, window, samples):
    open_and_wait(qtbot, window, samples / "en-river-school.txt", TITLE_EN)
    view = window.article_pane.text
    window.act.next_summary.trigger()
    window.act.next_summary.trigger()
    assert view.textCursor().selectedText() == window.summary_pane.list.item(1).text()
    window.act.prev_quote.trigger()  # from nothing, backwards: the last quote
    last = window.quotes_pane.list.item(window.quotes_pane.list.count() - 1)
    assert view.textCursor().selectedText() in last.text()
    window.act.toggle_dark.trigger()
    assert QApplication.palette().window().color().lightness() < 100
