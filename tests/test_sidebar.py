"""The library in the window: the sidebar lists, searches, filters, removes and reopens."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QMessageBox

from reader.library import Library
from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings

from .conftest import FIXTURES, SAMPLES

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
    assert "[bicicletas]" in record.snippet.lower()
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
    lib = window.library
    french = next(r for r in lib.articles() if r.language == "fr")
    lib.set_tags(french.id, ["gardens"])
    lib.set_favourite(french.id, True)
    sidebar.refresh()
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
    qtbot.waitUntil(lambda: "Ледокол" in window.article_pane.header.text(), timeout=20000)
    assert "Северный Бор" in window.article_pane.text.toPlainText()


def test_remove_asks_first(qtbot, window, monkeypatch):
    sidebar = window.sidebar
    sidebar.view.setCurrentIndex(sidebar.model.index(0))
    doomed = sidebar.current_record()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    sidebar.act_remove.trigger()
    assert window.library.get(doomed.id) is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    sidebar.act_remove.trigger()
    assert window.library.get(doomed.id) is None
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
    qtbot.waitUntil(lambda: "A Long Read" in first.article_pane.header.text(), timeout=20000)
    view = first.article_pane.text
    middle = len(view.toPlainText()) // 2
    view.restore_place(middle)
    qtbot.waitUntil(lambda: view._pending_place is None, timeout=5000)
    place = view.first_visible_index()
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
    qtbot.waitUntil(lambda: "A Long Read" in second.article_pane.header.text(), timeout=20000)
    assert second.summary_pane.algorithm.currentData() == "luhn"
    qtbot.waitUntil(lambda: abs(second.article_pane.text.first_visible_index() - place) < 400,
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
    assert win.library is not None and win.library.count() == 0
