"""Pages from the web and the clipboard in the window, against a server the test runs on
127.0.0.1: Open Address, a dropped link, Paste as a new article, the kept copy opened again
without a fetch, Fetch Again keeping a highlight, and failures as one line with nothing kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication

from reader.core.anchoring import find_quote, make_anchor

from .helpers import read_library
from .webserver import ARTICLE, ARTICLE_TITLE, Reply, WebServer

pytestmark = pytest.mark.gui


@pytest.fixture
def web():
    server = WebServer()
    yield server
    server.close()


def _shown(qtbot, window, title: str) -> None:
    qtbot.waitUntil(lambda: title in window.article_pane.header.plain_text()
                    and window.articles.idle, timeout=20000)


def _records(window):
    return read_library(window, lambda lib: lib.articles())


def test_open_address_fetches_keeps_and_shows_the_page(qtbot, window, web):
    qtbot.waitUntil(lambda: window.library.available, timeout=10000)
    window.web.open_address(web.url("/redirect/ok"))
    _shown(qtbot, window, ARTICLE_TITLE)
    (record,) = _records(window)
    assert record.address == web.url("/article")  # where it came from, after redirects
    header = window.article_pane.header
    assert "127.0.0.1" in header.plain_text() and web.url("/article") in header.text()
    assert window.act.fetch_again.isEnabled()
    model = window.sidebar.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    from reader.ui.library_list import SUBTITLE_ROLE

    assert "127.0.0.1" in model.data(model.index(0, 0), SUBTITLE_ROLE)
    # the same address again: the kept copy, no second fetch
    fetched = web.paths().count("/article")
    window.web.open_address(web.url("/article"))
    qtbot.waitUntil(lambda: window.articles.idle, timeout=10000)
    assert web.paths().count("/article") == fetched
    assert len(_records(window)) == 1


def test_a_failure_is_one_line_and_nothing_is_kept(qtbot, window, web):
    qtbot.waitUntil(lambda: window.library.available, timeout=10000)
    label = window.article_pane.messages.label
    for path, words in (("/gone", "410"), ("/image.png", "image"),
                        ("/redirect/file", "file:")):
        window.web.open_address(web.url(path))
        qtbot.waitUntil(lambda w=words: w in label.text(), timeout=20000)
        assert "\n" not in label.text() and "Traceback" not in label.text()
        qtbot.waitUntil(lambda: window.articles.idle, timeout=10000)
    assert _records(window) == []
    window.web.open_address("not an address")
    assert "not a web address" in label.text()


def test_a_dropped_link_is_fetched(qtbot, window, web):
    qtbot.waitUntil(lambda: window.library.available, timeout=10000)
    mime = QMimeData()
    mime.setUrls([QUrl(web.url("/article"))])
    drop = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert drop.isAccepted()
    _shown(qtbot, window, ARTICLE_TITLE)


def test_pasted_html_becomes_an_article_titled_by_its_heading(qtbot, window):
    qtbot.waitUntil(lambda: window.library.available, timeout=10000)
    mime = QMimeData()
    mime.setHtml("<h2>Notes on the Harbour Wall</h2><p>The wall was rebuilt in spring with "
                 "stone from the old quarry, and the fishermen say it has never looked "
                 "better.</p><p>“It will hold for a hundred years,” said Mara Quist, who "
                 "led the work.</p>")
    mime.setText("Notes on the Harbour Wall\n\nThe wall was rebuilt in spring …")
    clipboard = QGuiApplication.clipboard()
    clipboard.setMimeData(mime)  # the clipboard owns it now
    try:
        window.act.paste_new.trigger()
    finally:
        clipboard.clear()  # (mime data left on the clipboard crashes Qt's exit, offscreen)
    _shown(qtbot, window, "Notes on the Harbour Wall")
    (record,) = _records(window)
    assert record.origin == "pasted" and record.address is None
    assert not window.act.fetch_again.isEnabled()
    quotes = window.quotes_pane.list
    assert quotes.count() == 1 and "Mara Quist" in quotes.item(0).data(
        Qt.ItemDataRole.AccessibleTextRole)


def test_fetch_again_updates_the_page_and_keeps_a_highlight(qtbot, window, web):
    qtbot.waitUntil(lambda: window.library.available, timeout=10000)
    window.web.open_address(web.url("/article"))
    _shown(qtbot, window, ARTICLE_TITLE)
    (record,) = _records(window)
    text = window.article_pane.state.rendered.analysis.article.text
    words = text.split(".")[1].strip()[:30]
    start, end = find_quote(text, words)
    read_library(window, lambda lib: lib.add_highlight(record.id, make_anchor(text, start, end)))
    # the page changes on the server: a new paragraph first
    changed = ARTICLE.replace("<article>", "<article><p>An update: the library now opens on "
                              "Sundays as well, from ten until four.</p>", 1)
    web.set("/article", Reply(200, {"Content-Type": "text/html; charset=utf-8"},
                              changed.encode()))
    window.act.fetch_again.trigger()
    qtbot.waitUntil(lambda: "Sundays" in window.article_pane.state.rendered.analysis.article
                    .text and window.articles.idle, timeout=20000)
    (again,) = _records(window)
    assert again.id == record.id
    (highlight,) = read_library(window, lambda lib: lib.highlights(record.id))
    assert not highlight.detached
    new_text = window.article_pane.state.rendered.analysis.article.text
    assert new_text[highlight.start:highlight.end] == words
    notes = window.notes_pane.list
    qtbot.waitUntil(lambda: notes.count() == 1, timeout=5000)


def test_a_page_the_reader_moved_on_from_is_kept_but_not_shown(qtbot, window, web, samples):
    import threading

    qtbot.waitUntil(lambda: window.library.available, timeout=10000)
    go = threading.Event()
    html = {"Content-Type": "text/html; charset=utf-8"}
    web.routes["/slow"] = lambda _: (go.wait(20), Reply(200, html, ARTICLE.encode()))[1]
    window.web.open_address(web.url("/slow"))
    window.open_file(str(samples / "en-river-school.txt"))  # the reader opens something else
    header = window.article_pane.header
    qtbot.waitUntil(lambda: "A School That Follows the River" in header.plain_text(),
                    timeout=20000)  # (the fetch still runs: the window is not idle)
    go.set()
    qtbot.waitUntil(lambda: window.web.fetching is None and window.articles.idle, timeout=20000)
    qtbot.waitUntil(lambda: len(_records(window)) == 2, timeout=20000)
    assert "A School That Follows the River" in window.article_pane.header.plain_text()


def test_cancel_while_the_page_is_read_keeps_nothing(qtbot, window, web, monkeypatch):
    import threading

    from reader.library import Library

    qtbot.waitUntil(lambda: window.library.available, timeout=10000)
    started, go = threading.Event(), threading.Event()
    add_page = Library.add_page

    def slow(self, page, *args, **kwargs):
        started.set()
        go.wait(20)
        return add_page(self, page, *args, **kwargs)

    monkeypatch.setattr(Library, "add_page", slow)
    window.web.open_address(web.url("/article"))
    qtbot.waitUntil(started.is_set, timeout=20000)
    window.articles.cancel()  # the busy indicator's Cancel
    go.set()
    qtbot.waitUntil(lambda: window.articles.idle and window.web.fetching is None, timeout=20000)
    qtbot.waitUntil(lambda: _records(window) == [], timeout=10000)
    assert ARTICLE_TITLE not in window.article_pane.header.plain_text()


def test_fetch_again_is_off_once_the_page_left_the_library(qtbot, window, web, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(lambda: window.library.available, timeout=10000)
    window.web.open_address(web.url("/article"))
    _shown(qtbot, window, ARTICLE_TITLE)
    assert window.act.fetch_again.isEnabled()
    sidebar = window.sidebar
    qtbot.waitUntil(lambda: sidebar.model.rowCount() == 1, timeout=5000)
    sidebar.view.setCurrentIndex(sidebar.model.index(0, 0))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    sidebar.act_remove.trigger()
    qtbot.waitUntil(lambda: sidebar.model.rowCount() == 0, timeout=5000)
    qtbot.waitUntil(lambda: not window.act.fetch_again.isEnabled(), timeout=5000)
    assert ARTICLE_TITLE in window.article_pane.header.plain_text()  # still shown, not kept
