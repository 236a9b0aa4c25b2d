"""Margin without a mouse and without sight: every interactive control a screen reader reaches
has a name, F6 goes from pane to pane, the lists take type-ahead, and list items are announced
with what they are."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from .helpers import ARTICLES

pytestmark = pytest.mark.gui
R = QAccessible.Role
INTERACTIVE = {R.PushButton, R.CheckBox, R.ComboBox, R.EditableText, R.List, R.Tree,
               R.SpinBox, R.PageTab, R.Slider, R.RadioButton, R.ButtonMenu, R.ButtonDropDown,
               R.Table, R.MenuItem, R.ListItem, R.TreeItem}


def _open(qtbot, window, path):
    window.open_file(str(path))
    qtbot.waitUntil(lambda: window.articles.idle and window.current is not None, timeout=20000)


def _unnamed(iface, found, seen):
    if iface is None or not iface.isValid() or iface.state().invisible:
        return
    if iface.role() in INTERACTIVE:
        seen.append(iface)
        if not iface.text(QAccessible.Text.Name).strip():
            obj = iface.object()
            found.append((iface.role().name, obj.objectName() if obj else "",
                          type(obj).__name__ if obj else ""))
    for i in range(iface.childCount()):
        _unnamed(iface.child(i), found, seen)


def test_no_interactive_control_is_unnamed(qtbot, window, samples):
    _open(qtbot, window, samples / "en-lighthouse-letters.md")
    window.resize(1400, 900)
    window.left_tabs.setCurrentWidget(window.contents_pane)
    for tab in (0, 1):  # the quotes, then the notes
        window.lower_tabs.setCurrentIndex(tab)
        found: list[tuple[str, str, str]] = []
        seen: list[object] = []
        _unnamed(QAccessible.queryAccessibleInterface(window), found, seen)
        assert len(seen) > 30  # the walk reached the panes and their items
        assert not found, f"controls without an accessible name: {found}"


def test_f6_goes_round_the_panes_and_shift_f6_back(qtbot, window, samples):
    _open(qtbot, window, ARTICLES["en"])
    window.show()
    window.activateWindow()
    window.focus_article()
    order = [window.summary_pane.list, window.quotes_pane.list, window.sidebar.view,
             window.article_pane.text]
    for expected in order:
        window.act.next_pane.trigger()
        assert QApplication.focusWidget() is expected
    window.act.prev_pane.trigger()
    assert QApplication.focusWidget() is window.sidebar.view
    window.act.show_analysis.trigger()  # folded away: skipped
    qtbot.waitUntil(lambda: not window.summary_pane.list.isVisible(), timeout=5000)
    window.focus_article()
    window.act.next_pane.trigger()
    assert QApplication.focusWidget() is window.sidebar.view


def test_the_library_list_jumps_to_a_title_typed(qtbot, window, samples):
    for name in ("en-river-school.txt", "de-stadtbibliothek.txt", "ru-ledokol.txt"):
        _open(qtbot, window, samples / name)
    view = window.sidebar.view
    qtbot.waitUntil(lambda: view.model().rowCount() == 3, timeout=10000)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    view.keyboardSearch("Ле")  # type-ahead, as the keys would
    assert view.currentIndex().data(Qt.ItemDataRole.DisplayRole).startswith("Ледокол")


def test_summary_and_quote_items_say_what_they_are(qtbot, window, samples):
    _open(qtbot, window, ARTICLES["en"])
    summary = window.summary_pane.list
    n = summary.count()
    spoken = summary.item(1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith(f"Summary sentence 2 of {n}: ")
    assert summary.item(1).text() in spoken
    quotes = window.quotes_pane.list
    spoken = quotes.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Quote by Grace Okafor: ")


def test_f6_from_a_control_inside_a_pane_goes_to_the_next_pane(qtbot, window, samples):
    """From the summary's method chooser (not its list), F6 goes on to the quotes, as it
    would from the summary's list; Shift+F6 goes back to the article."""
    _open(qtbot, window, ARTICLES["en"])
    window.show()
    window.activateWindow()
    window.summary_pane.algorithm.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.summary_pane.algorithm,
                    timeout=5000)
    window.act.next_pane.trigger()
    assert QApplication.focusWidget() is window.quotes_pane.list
    window.summary_pane.algorithm.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.summary_pane.algorithm,
                    timeout=5000)
    window.act.prev_pane.trigger()
    assert QApplication.focusWidget() is window.article_pane.text
