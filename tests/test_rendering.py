"""Untrusted text on screen: nothing runs, nothing is fetched, only web and mail links open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor, QTextDocument

from reader.ui.links import open_link

pytestmark = pytest.mark.gui
TEXT = ("Ferry News\n\nThe timetable is at https://example.org/ferry/winter. Write to "
        "mailto:office@example.org with questions, or (see https://example.org/a_(b)), but "
        "never javascript:alert(1) or file:///etc/passwd or data:text/html,hi.\n\n"
        "The harbour office opens at nine every morning except on Sundays.\n")


@pytest.fixture
def opened(qtbot, window, tmp_path, monkeypatch):
    opened_urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened_urls.append(url.toString()) or True))
    win = window
    win.resize(1200, 800)
    path = tmp_path / "ferry.txt"
    path.write_text(TEXT, encoding="utf-8")
    win.open_files([str(path)])
    qtbot.waitUntil(lambda: "Ferry News" in win.article_pane.header.plain_text(), timeout=20000)
    return win, opened_urls


def _anchors(doc: QTextDocument) -> list[str]:
    found = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor() and fmt.anchorHref() not in found:
                found.append(fmt.anchorHref())
            it += 1
        block = block.next()
    return found


def _point_of(view, needle: str) -> QPoint:
    doc = view.document()
    cursor = doc.find(needle)
    assert not cursor.isNull()
    cursor.setPosition(cursor.selectionStart() + 3)
    return view.cursorRect(cursor).center()


def test_only_web_and_mail_addresses_become_links(opened):
    win, _ = opened
    assert _anchors(win.article_pane.text.document()) == [
        "https://example.org/ferry/winter", "mailto:office@example.org",
        "https://example.org/a_(b)"]


def test_a_click_opens_the_link_in_the_system_browser_and_nothing_else(qtbot, opened):
    win, urls = opened
    view = win.article_pane.text
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=_point_of(view, "example.org/ferry"))
    assert urls == ["https://example.org/ferry/winter"]
    for plain in ("javascript:alert", "file:///etc", "harbour office"):
        view.setTextCursor(QTextCursor(view.document()))  # no selection left over
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_point_of(view, plain))
    assert urls == ["https://example.org/ferry/winter"]


def test_links_of_other_kinds_never_open(opened):
    _, urls = opened
    for href in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,hi",
                 "https://", "ftp://example.org/x", "vbscript:msgbox", "  https://x.org"):
        assert open_link(href) is False
    assert urls == []
    assert open_link("https://example.org/") is True and urls == ["https://example.org/"]


def test_the_text_view_loads_no_resources(opened):
    win, _ = opened
    view = win.article_pane.text
    for url in ("file:///etc/passwd", "https://tracker.example/pixel.gif", "secret.png"):
        assert view.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                 QUrl(url)) is None


def test_a_file_name_with_markup_is_shown_as_written(qtbot, window, tmp_path):
    win = window
    path = tmp_path / "<img src=file:x.png><b>bold<\\b>.txt"
    path.write_bytes(b"")
    win.open_files([str(path)])
    label = win.article_pane.messages.label
    qtbot.waitUntil(lambda: "is empty" in label.text(), timeout=20000)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert "<b>bold<\\b>" in label.text()
