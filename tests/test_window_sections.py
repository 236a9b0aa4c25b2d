"""A long document in the window: its Contents (click to go, the section being read marked, the
place in the status bar), the summary by section (folding a section), and a recap of what was
read so far that holds nothing from after the reader's place, quotes included."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from reader.ui.summary_pane import BY_SECTION, SECTION_ROLE, WHOLE

pytestmark = pytest.mark.gui

PLACES = ["harbour", "orchard", "quarry", "library", "ferry", "bakery"]
PEOPLE = ["Ines Calloway", "Bruno Alder", "Petra Vance", "Omar Lindqvist", "Hana Ruiz",
          "Felix Ortega"]


def _book() -> str:
    """Six chapters of distinct sentences, each with a quote whose speaker is named in it."""
    parts = ["# The Year of the Six Places", ""]
    for n, (place, person) in enumerate(zip(PLACES, PEOPLE, strict=True), 1):
        parts += [f"## Chapter {n}: The {place.title()}", ""]
        for k in range(6):
            parts.append(
                f"In the {k + 1}th week the {place} of the town changed again, as the {place} "
                f"workers counted {n * 10 + k} crates and wrote each one into the ledger. "
                f"Nobody who came to the {place} that season left without a story about "
                f"the weather, the prices and the long evenings by the water.")
            parts.append("")
        parts.append(f"“The {place} will outlast all of us,” {person} said on the last day.")
        parts.append("")
    return "\n".join(parts)


def _open_book(qtbot, window, tmp_path):
    path = tmp_path / "six-places.md"
    path.write_text(_book(), encoding="utf-8")
    window.open_file(str(path))
    qtbot.waitUntil(lambda: "Six Places" in window.article_pane.header.plain_text(),
                    timeout=20000)
    qtbot.waitUntil(lambda: window.articles.idle, timeout=20000)
    return window.article_pane.state.rendered.analysis


def _go(qtbot, window, chapter: int):
    """Click a chapter in Contents; wait until the view shows it."""
    tree = window.contents_pane.tree
    item = tree.topLevelItem(chapter - 1)
    tree.itemClicked.emit(item, 0)
    section = window.contents_pane.sections[chapter - 1]
    state = window.article_pane.state
    qtbot.waitUntil(lambda: state.settled and
                    section.start <= state.first_visible_index() < section.end, timeout=10000)
    return section


def test_contents_lists_the_chapters_goes_there_and_marks_the_place(qtbot, window, tmp_path):
    analysis = _open_book(qtbot, window, tmp_path)
    titles = [s.title for s in analysis.article.sections]
    assert titles == [f"Chapter {n}: The {p.title()}" for n, p in enumerate(PLACES, 1)]
    window.act.contents.trigger()
    assert window.left_tabs.currentWidget() is window.contents_pane
    tree = window.contents_pane.tree
    assert tree.topLevelItemCount() == 6 and tree.topLevelItem(3).text(0) == titles[3]
    _go(qtbot, window, 4)
    qtbot.waitUntil(lambda: window.place.text().startswith(titles[3]), timeout=5000)
    assert window.place.text().endswith("%")
    assert tree.topLevelItem(3).font(0).weight() == QFont.Weight.Bold
    assert tree.topLevelItem(0).font(0).weight() == QFont.Weight.Normal


def test_summary_by_section_gives_each_chapter_its_own_sentences_and_folds(qtbot, window,
                                                                           tmp_path):
    analysis = _open_book(qtbot, window, tmp_path)
    pane = window.summary_pane
    assert pane.mode.isEnabled()
    pane.mode.setCurrentIndex(pane.mode.findData(BY_SECTION))
    items = [pane.list.item(i) for i in range(pane.list.count())]
    sections = analysis.article.sections
    current = None
    seen = []
    for item in items:
        if item.data(SECTION_ROLE) is not None:
            current = sections[int(item.data(SECTION_ROLE))]
            seen.append(current.title)
            continue
        start, end = item.data(Qt.ItemDataRole.UserRole)
        assert current is not None and current.start <= start and end <= current.end
    assert seen == [s.title for s in sections]  # every chapter, in order
    # fold chapter 2: its sentences go, the others stay
    title = next(i for i in items if i.text().endswith(sections[2].title))
    pane.list.itemClicked.emit(title)
    texts = [pane.list.item(i).text() for i in range(pane.list.count())]
    assert not any(PLACES[2] in t and "crates" in t for t in texts)
    assert any(PLACES[1] in t and "crates" in t for t in texts)
    pane.mode.setCurrentIndex(pane.mode.findData(WHOLE))
    assert pane.list.count() == len(analysis.summary)


def test_recap_holds_nothing_after_the_place_and_ends(qtbot, window, tmp_path):
    analysis = _open_book(qtbot, window, tmp_path)
    section = _go(qtbot, window, 3)
    upto = window.article_pane.state.first_visible_index()
    assert upto < analysis.article.text.index(PEOPLE[2])  # chapter 3's quote comes later
    window.act.recap.trigger()
    pane = window.summary_pane
    qtbot.waitUntil(lambda: pane.recap is not None, timeout=20000)
    assert not pane.recap_row.isHidden()
    assert "Recap up to" in pane.recap_note.text() and section.title in pane.recap_note.text()
    spans = [pane.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(pane.list.count())]
    assert spans and all(end <= upto for _, end in spans)
    quotes = window.quotes_pane.list
    speakers = [quotes.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(quotes.count())]
    assert speakers == PEOPLE[:2]  # chapter 3's quote comes after the place
    pane.leave_recap.click()
    assert pane.recap is None
    assert pane.list.count() == len(analysis.summary)
    qtbot.waitUntil(lambda: quotes.count() == len(analysis.quotes), timeout=5000)


def test_at_the_very_start_there_is_nothing_to_recap(qtbot, window, tmp_path):
    _open_book(qtbot, window, tmp_path)
    window.act.recap.trigger()
    label = window.article_pane.messages.label
    qtbot.waitUntil(lambda: "nothing to recap" in label.text(), timeout=5000)
    assert window.summary_pane.recap is None


def test_a_text_without_sections_says_so(qtbot, window, samples):
    window.open_file(str(samples / "en-river-school.txt"))
    qtbot.waitUntil(lambda: window.articles.idle and window.current is not None, timeout=20000)
    assert not window.summary_pane.mode.isEnabled()
    assert window.contents_pane.tree.isHidden()
    assert "no sections" in window.contents_pane.empty.text()
