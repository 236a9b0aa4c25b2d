"""The library in the window: the sidebar lists, searches, filters, removes and reopens."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QToolTip

from reader.library import Library
from reader.ui.library_list import LEAD_CHARS, SNIPPET_ROLE, SUBTITLE_ROLE, near_the_match
from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings

from .helpers import FIXTURES, SAMPLES, read_library

pytestmark = pytest.mark.gui


@pytest.fixture
def data(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("MARGIN_DATA_DIR", str(folder))
    library = Library(folder)
    for path in [*sorted(SAMPLES.glob("*.txt")), *sorted(FIXTURES.glob("*.txt"))]:
        library.add(path)
    library.close()
    return folder


@pytest.fixture
def window(qtbot, data):
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.sidebar.model.rowCount() == 6, timeout=20000)
    return win


def titles(win) -> list[str]:
    return [r.display_title for r in win.sidebar.model.records]


def test_the_sidebar_lists_the_library(window):
    assert "Ледокол для маленькой гавани" in titles(window)
    assert window.sidebar.count.text() == "6"


def test_searching_the_sidebar(qtbot, window):
    qtbot.keyClicks(window.sidebar.search, "bicicl")
    qtbot.waitUntil(lambda: titles(window) == [
        "Bicicletas compartidas para los pueblos de la sierra"], timeout=5000)
    record = window.sidebar.model.records[0]
    text, matches = window.sidebar.model.index(0).data(SNIPPET_ROLE)
    assert "[" not in text and matches
    assert [text[a:b].lower() for a, b in matches] == ["bicicletas"] * len(matches)
    first = matches[0]
    assert text[: first[0]].strip() and text[first[1]:].strip()  # words on both sides
    assert record.snippet == text
    assert window.sidebar.count.text() == "1 of 6"
    window.sidebar.search.clear()
    qtbot.waitUntil(lambda: len(titles(window)) == 6, timeout=5000)


def test_sorting_and_filters(qtbot, window):
    sidebar = window.sidebar
    sidebar.sort.setCurrentIndex(sidebar.sort.findData("title"))
    qtbot.waitUntil(lambda: titles(window) == sorted(titles(window), key=str.casefold),
                    timeout=5000)
    sidebar.language.setCurrentIndex(sidebar.language.findData("de"))
    qtbot.waitUntil(lambda: titles(window) == ["Die Bibliothek, die nie schließt"], timeout=5000)
    sidebar.language.setCurrentIndex(0)
    french = next(r for r in read_library(window, lambda lib: lib.articles())
                  if r.language == "fr")
    window.library.write(lambda lib: lib.set_tags(french.id, ["gardens"]))
    window.library.write(lambda lib: lib.set_favourite(french.id, True), changes_list=True)
    qtbot.waitUntil(lambda: sidebar.tag.findData("gardens") > 0, timeout=5000)
    sidebar.tag.setCurrentIndex(sidebar.tag.findData("gardens"))
    qtbot.waitUntil(lambda: titles(window) == [french.title], timeout=5000)
    sidebar.tag.setCurrentIndex(0)
    sidebar.favourites.setChecked(True)
    qtbot.waitUntil(lambda: titles(window) == [french.title], timeout=5000)


def test_clicking_an_entry_opens_the_stored_copy(qtbot, window, tmp_path):
    # the user's own file is gone; the library still opens the article
    records = window.sidebar.model.records
    russian = next(i for i, r in enumerate(records) if r.language == "ru")
    index = window.sidebar.model.index(russian)
    window.sidebar.view.setCurrentIndex(index)
    window.sidebar.view.activated.emit(index)
    qtbot.waitUntil(lambda: "Ледокол" in window.article_pane.header.plain_text(), timeout=20000)
    assert "Северный Бор" in window.article_pane.text.toPlainText()


def test_remove_asks_first(qtbot, window, monkeypatch):
    sidebar = window.sidebar
    sidebar.view.setCurrentIndex(sidebar.model.index(0))
    doomed = sidebar.current_record()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    sidebar.act_remove.trigger()
    assert read_library(window, lambda lib: lib.get(doomed.id)) is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    sidebar.act_remove.trigger()
    assert read_library(window, lambda lib: lib.get(doomed.id)) is None
    qtbot.waitUntil(lambda: len(titles(window)) == 5, timeout=5000)


def test_reading_place_and_summary_settings_come_back(qtbot, data, tmp_path):
    book = tmp_path / "long.txt"
    body = (SAMPLES / "en-river-school.txt").read_text(encoding="utf-8").split("\n\n", 3)[3]
    book.write_text("A Long Read\n\n" + "\n\n".join(
        body.replace("Kessford", f"Kessford {i}") for i in range(30)), encoding="utf-8")
    first = MainWindow(Settings())
    qtbot.addWidget(first)
    first.show()
    first.open_file(str(book))
    qtbot.waitUntil(lambda: "A Long Read" in first.article_pane.header.plain_text(), timeout=20000)
    view = first.article_pane.text
    middle = len(view.toPlainText()) // 2
    state = first.article_pane.state
    state.restore(middle)
    qtbot.waitUntil(lambda: state.settled, timeout=5000)
    place = state.first_visible_index()
    assert abs(place - middle) < 300
    combo = first.summary_pane.algorithm
    combo.setCurrentIndex(combo.findData("luhn"))
    qtbot.waitUntil(lambda: first.entries[str(book)].rendered.analysis.algorithm == "luhn",
                    timeout=20000)
    first.close()

    shutil.copy(book, tmp_path / "elsewhere.txt")  # any copy of the same content
    second = MainWindow(Settings())
    qtbot.addWidget(second)
    second.show()
    second.open_file(str(tmp_path / "elsewhere.txt"))
    qtbot.waitUntil(lambda: "A Long Read" in second.article_pane.header.plain_text(), timeout=20000)
    assert second.summary_pane.algorithm.currentData() == "luhn"
    qtbot.waitUntil(lambda: abs(second.article_pane.state.first_visible_index() - place) < 400,
                    timeout=5000)


def test_a_damaged_library_is_replaced_and_the_user_told(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "library.sqlite3").write_bytes(b"garbage" * 1000)
    monkeypatch.setenv("MARGIN_DATA_DIR", str(folder))
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.article_pane.messages.isVisible(), timeout=20000)
    message = win.article_pane.messages.label.text()
    assert "damaged" in message and "library.sqlite3.corrupt-" in message
    assert win.library.available and read_library(win, lambda lib: lib.count()) == 0


def _open_entry(qtbot, window, title):
    row = titles(window).index(title)
    index = window.sidebar.model.index(row)
    window.sidebar.view.activated.emit(index)
    qtbot.waitUntil(lambda: title in window.article_pane.header.plain_text(), timeout=20000)


def _selected_title(window):
    record = window.sidebar.current_record()
    selected = window.sidebar.view.selectionModel().selectedIndexes()
    return record.display_title if record is not None and selected else None


def test_last_opened_puts_what_was_read_first_and_keeps_it_selected(qtbot, window):
    sidebar = window.sidebar
    assert sidebar.sort.currentData() == "opened"
    # imported, never opened: newest added first, and they say when they were added
    assert all(r.opened_at is None for r in sidebar.model.records)
    assert sidebar.model.index(0).data(SUBTITLE_ROLE).split(" · ")[-1].startswith("added ")
    never_opened = titles(window)
    german, russian = "Die Bibliothek, die nie schließt", "Ледокол для маленькой гавани"
    _open_entry(qtbot, window, german)
    qtbot.waitUntil(lambda: titles(window)[0] == german, timeout=5000)
    assert _selected_title(window) == german
    assert titles(window)[1:] == [t for t in never_opened if t != german]
    _open_entry(qtbot, window, russian)
    qtbot.waitUntil(lambda: titles(window)[:2] == [russian, german], timeout=5000)
    assert _selected_title(window) == russian
    # back to the first, already open in memory: it still counts as opened again
    _open_entry(qtbot, window, german)
    qtbot.waitUntil(lambda: titles(window)[:2] == [german, russian], timeout=5000)
    assert _selected_title(window) == german
    sidebar.sort.setCurrentIndex(sidebar.sort.findData("title"))
    qtbot.waitUntil(lambda: titles(window) == sorted(titles(window), key=str.casefold),
                    timeout=5000)
    assert _selected_title(window) == german


def test_a_long_title_is_shown_whole_in_a_tooltip(qtbot, window):
    sidebar = window.sidebar
    window.resize(1000, 700)
    sidebar.view.resize(160, 400)
    row = next(i for i, t in enumerate(titles(window)) if len(t) > 40)
    rect = sidebar.view.visualRect(sidebar.model.index(row))
    pos = QPoint(rect.center().x(), rect.top() + 4)
    event = QHelpEvent(QEvent.Type.ToolTip, pos, sidebar.view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(sidebar.view.viewport(), event)
    assert titles(window)[row] in QToolTip.text().replace("&amp;", "&")


def test_start_up_reopens_the_last_article_where_the_reader_left_off(qtbot, data, tmp_path):
    first = MainWindow(Settings())
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: first.sidebar.model.rowCount() == 6, timeout=20000)
    _open_entry(qtbot, first, "Die Bibliothek, die nie schließt")
    first.close()
    second = MainWindow(Settings())
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(lambda: "Die Bibliothek" in second.article_pane.header.plain_text(),
                    timeout=20000)
    assert second.act.reopen_last.isChecked()
    second.act.reopen_last.trigger()  # the reader turns it off
    second.close()
    third = MainWindow(Settings())
    qtbot.addWidget(third)
    third.show()
    qtbot.waitUntil(lambda: third.sidebar.model.rowCount() == 6
                    and not third.articles.at_start and third.articles.idle, timeout=20000)
    QApplication.processEvents()  # anything it started has been delivered
    assert third.current is None and "Drop an article" in third.article_pane.header.plain_text()


def test_an_article_without_a_title_is_named_after_the_reader_s_file(qtbot, window, tmp_path):
    untitled = tmp_path / "harbour-minutes.txt"
    untitled.write_text("the meeting began late and ended early. nothing was decided.\n",
                        encoding="utf-8")
    window.open_file(str(untitled))
    qtbot.waitUntil(lambda: window.sidebar.model.rowCount() == 7, timeout=20000)
    other = next(t for t in titles(window) if t != "harbour-minutes")
    _open_entry(qtbot, window, other)
    # from the library's stored copy (named by its contents), as after a restart
    record = next(r for r in window.sidebar.model.records if r.title is None)
    window.entries.clear()
    window.articles.open_record(record)
    qtbot.waitUntil(lambda: window.article_pane.header.plain_text().startswith(
        "harbour-minutes"), timeout=20000)
    assert window.windowTitle().startswith("harbour-minutes")
    from reader.ui.exporting import suggested_name

    entry = window.entries[window.current]
    assert suggested_name(entry.title, window.current, "") == "harbour-minutes.pdf"


def test_a_search_shows_the_match_on_the_lines_it_has(qtbot, window):
    qtbot.keyClicks(window.sidebar.search, "Nachbarorte")
    model = window.sidebar.model
    qtbot.waitUntil(lambda: model.searching and model.rowCount() == 1, timeout=5000)
    text, matches = window.sidebar.model.index(0).data(SNIPPET_ROLE)
    assert matches and matches[0][0] <= LEAD_CHARS + 12  # a word boundary away


def test_near_the_match_starts_a_few_words_before_it():
    text = " ".join(f"word{i}" for i in range(40)) + " ferry and more words after it"
    start = text.index("ferry")
    shown, matches = near_the_match(text, [(start, start + 5)])
    assert shown.startswith("…") and shown[matches[0][0]:matches[0][1]] == "ferry"
    assert 10 <= matches[0][0] <= LEAD_CHARS + 12
    assert near_the_match("ferry at the start", [(0, 5)]) == ("ferry at the start", [(0, 5)])


def test_an_empty_search_says_so(qtbot, window):
    qtbot.keyClicks(window.sidebar.search, "zzqqxx")
    qtbot.waitUntil(lambda: window.sidebar.empty.isVisible(), timeout=5000)
    assert window.sidebar.empty.text() == "No articles match “zzqqxx”."
    window.sidebar.search.clear()
    qtbot.waitUntil(lambda: not window.sidebar.empty.isVisible(), timeout=5000)


def test_the_library_s_sort_is_remembered(qtbot, window):
    window.sidebar.sort.setCurrentIndex(window.sidebar.sort.findData("title"))
    window.close()
    again = MainWindow(Settings())
    qtbot.addWidget(again)
    assert again.sidebar.sort.currentData() == "title"
