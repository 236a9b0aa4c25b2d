"""The reader's place and selection stay put while the window changes around the text:
highlights switched, a new theme, a new summary length, a pane hidden, a zoom step."""

from __future__ import annotations

import pytest

from reader.ui import theme

pytestmark = pytest.mark.gui


def _open(qtbot, window, path, title):
    window.open_file(str(path))
    qtbot.waitUntil(lambda: title in window.article_pane.header.plain_text(), timeout=20000)


def _article(tmp_path, copies: int):
    body = ("The ferry left the harbour at dawn, and the keeper wrote its name in the ledger. "
            "\"We have never missed a tide,\" said Ilse Marr, who keeps the light. ") * 4
    path = tmp_path / "ledger.txt"
    path.write_text("The Keeper's Ledger\n\n" + "\n\n".join(f"{i}. {body}" for i in range(copies)),
                    encoding="utf-8")
    return path


def _new_document(qtbot, window, change):
    view = window.article_pane.text
    document = view.document()
    change()
    qtbot.waitUntil(lambda: window.article_pane.text.document() is not document, timeout=20000)
    qtbot.waitUntil(lambda: window.article_pane.state.settled, timeout=5000)


@pytest.mark.parametrize("copies", [60, 1500])  # the rich view, and the lazy one for books
def test_the_place_does_not_drift_when_the_text_is_formatted_again(qtbot, window, tmp_path,
                                                                   copies):
    _open(qtbot, window, _article(tmp_path, copies), "The Keeper")
    window.resize(1200, 800)
    state = window.article_pane.state
    middle = len(state.rendered.analysis.article.text) // 2
    state.restore(middle)
    qtbot.waitUntil(lambda: state.settled, timeout=5000)
    index, offset = state.place()

    def same_place() -> bool:  # the same character at the top, to a pixel or two
        now, where = window.article_pane.state.place()
        return now == index and abs(where - offset) <= 2

    for _ in range(3):
        _new_document(qtbot, window, window.act.highlight_summary.trigger)
        assert same_place(), (window.article_pane.state.place(), (index, offset))
    for choice in (theme.DARK, theme.LIGHT):
        _new_document(qtbot, window, lambda c=choice: window.set_theme(c))
        assert same_place(), (window.article_pane.state.place(), (index, offset))


def test_the_selection_survives_a_new_theme_and_new_highlights(qtbot, window, samples):
    _open(qtbot, window, samples / "en-river-school.txt", "A School")
    lst = window.quotes_pane.list
    lst.setCurrentRow(2)
    window.commands.jump(*lst.item(2).data(0x0100))
    selected = window.article_pane.text.textCursor().selectedText()
    assert selected == "I expected to say no"
    _new_document(qtbot, window, lambda: window.set_theme(theme.DARK))
    assert window.article_pane.text.textCursor().selectedText() == selected
    _new_document(qtbot, window, window.act.highlight_quotes.trigger)
    assert window.article_pane.text.textCursor().selectedText() == selected


def test_hiding_a_pane_or_zooming_keeps_the_line_being_read_at_the_top(qtbot, window,
                                                                       tmp_path):
    _open(qtbot, window, _article(tmp_path, 60), "The Keeper")
    window.resize(1600, 1000)
    state = window.article_pane.state
    middle = len(state.rendered.analysis.article.text) // 2
    state.restore(middle)
    qtbot.waitUntil(lambda: state.settled, timeout=5000)
    index = state.first_visible_index()
    for change in (window.act.show_library.trigger, window.act.show_analysis.trigger,
                   lambda: window.commands.zoom(2), window.act.show_library.trigger):
        change()
        qtbot.waitUntil(lambda: state.settled, timeout=5000)
        top = state.first_visible_index()
        # the character read before is on the top line now (a line holds < 120 characters)
        assert top <= index < top + 120, (top, index)
