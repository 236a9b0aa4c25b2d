"""Where the reader meets their highlights: the text's context menu, the bar over a selection,
a click on a highlight (selects it; Delete removes it), "Keep" on a summary sentence or a quote,
and the Notes tab kept in step with the article shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QTabWidget, QWidget

from ..core.anchoring import COLOURS
from .actions import Actions
from .analysis_panes import SPAN_ROLE, QuotesPane
from .article_view import ArticlePane
from .articles import Articles
from .highlighting import Highlights
from .i18n import tr
from .notes_pane import COLOUR_LABELS, NotesPane, swatch
from .selection_bar import SelectionBar
from .summary_pane import SummaryPane
from .theme import Colours


def _set(setter: Callable[[Any], None], value: Any) -> None:
    """The undo stack speaks as the window closes too, when the actions may be gone."""
    try:
        setter(value)
    except RuntimeError:
        pass


class HighlightUI:
    def __init__(self, highlights: Highlights, articles: Articles, pane: ArticlePane,
                 summary: SummaryPane, quotes: QuotesPane, notes: NotesPane, tabs: QTabWidget,
                 act: Actions, colours: Callable[[], Colours]) -> None:
        self.highlights = highlights
        self.articles = articles
        self.pane = pane
        self.summary = summary
        self.quotes = quotes
        self.notes = notes
        self.tabs = tabs
        self.act = act
        self.colours = colours
        self.bar = SelectionBar(pane, lambda colour: self._highlight(colour),
                                self.highlight_with_note)
        for view in (pane.rich, pane.plain):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(self._text_menu)
            view.state.on_selection = self._selection_made
            view.state.on_click = self._clicked
            view.verticalScrollBar().valueChanged.connect(lambda _: self.bar.hide())
            view.selectionChanged.connect(self._selection_changed)
        for lst, colour in ((summary.list, "yellow"), (quotes.list, "blue")):
            keep = QAction(tr("Keep as Highlight"), lst)
            keep.triggered.connect(lambda _=False, w=lst, c=colour: self.keep_item(w, c))
            lst.addAction(keep)
            if lst is summary.list:
                lst.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        # Delete acts on a highlight only where one can be chosen: in the text and the notes
        window = pane.window()
        window.removeAction(act.remove_highlight)
        act.remove_highlight.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        pane.addAction(act.remove_highlight)
        notes.addAction(act.remove_highlight)
        act.highlight.triggered.connect(lambda: highlights.highlight_selection())
        act.highlight_note.triggered.connect(self.highlight_with_note)
        act.remove_highlight.triggered.connect(self.remove_chosen)
        act.keep.triggered.connect(self.keep_focused)
        act.undo.triggered.connect(highlights.undo.undo)
        act.redo.triggered.connect(highlights.undo.redo)
        act.undo.setEnabled(False)
        act.redo.setEnabled(False)
        stack = highlights.undo
        stack.canUndoChanged.connect(lambda on: _set(act.undo.setEnabled, on))
        stack.canRedoChanged.connect(lambda on: _set(act.redo.setEnabled, on))
        stack.undoTextChanged.connect(lambda text: _set(
            act.undo.setText, tr("&Undo {action}").format(action=text) if text else tr("&Undo")))
        stack.redoTextChanged.connect(lambda text: _set(
            act.redo.setText, tr("&Redo {action}").format(action=text) if text else tr("&Redo")))
        highlights.changed.connect(self._changed)
        articles.shown.connect(self.show_article)
        notes.jump.connect(self.go_to)
        notes.note_edited.connect(highlights.set_note)

    # --- the article shown -----------------------------------------------------------------

    def show_article(self, path: str) -> None:
        self.bar.hide()
        self.highlights.selected = None
        entry = self.articles.current_entry()
        self.notes.show_highlights(path, entry.highlights if entry is not None else [])
        self._count()

    def _changed(self, path: str) -> None:
        if path == self.articles.current:
            entry = self.articles.current_entry()
            self.notes.show_highlights(path, entry.highlights if entry is not None else [])
            self._count()

    def _count(self) -> None:
        entry = self.articles.current_entry()
        n = len(entry.highlights) if entry is not None else 0
        self.tabs.setTabText(self.tabs.indexOf(self.notes.parentWidget() or self.notes),
                             tr("Notes ({count})").format(count=n) if n else tr("Notes"))

    def set_colours(self, colours: Colours) -> None:
        self.bar.set_colours(colours)
        self.notes.set_colours(colours)

    # --- making ----------------------------------------------------------------------------

    def _highlight(self, colour: str) -> None:
        self.highlights.highlight_selection(colour)

    def highlight_with_note(self) -> None:
        made = self.highlights.highlight_selection()
        if made is not None:
            self._edit_note_when_stored(made.start, made.end)

    def _edit_note_when_stored(self, start: int, end: int) -> None:
        """Open the Notes tab with the new highlight's note in the editor, once it has its id."""
        self.tabs.setCurrentIndex(self.tabs.indexOf(self.notes.parentWidget() or self.notes))

        def ready(path: str) -> None:
            entry = self.articles.current_entry()
            if entry is None or path != self.articles.current:
                return
            h = next((x for x in entry.highlights if x.start == start and x.end == end
                      and x.id > 0), None)
            if h is not None:
                self.highlights.changed.disconnect(ready)
                self.notes.edit_note(h.id)

        self.highlights.changed.connect(ready)

    def keep_item(self, lst: QWidget, colour: str) -> None:
        from PySide6.QtWidgets import QListWidget

        if not isinstance(lst, QListWidget):
            return
        item = lst.currentItem()
        if item is None:
            return
        start, end = item.data(SPAN_ROLE)
        if self.highlights.add(start, end, colour) is not None:
            self.articles.notify(tr("Kept as a highlight (Edit › Undo takes it back)."),
                                 seconds=4, article=self.articles.current)

    def keep_focused(self) -> None:
        """Ctrl+K: the summary sentence or quote chosen in its list becomes a highlight."""
        focus = QApplication.focusWidget()
        if focus is self.quotes.list:
            self.keep_item(self.quotes.list, "blue")
        else:
            self.keep_item(self.summary.list, "yellow")

    # --- choosing and removing -------------------------------------------------------------

    def _selection_made(self, words: QRect) -> None:
        view = self.pane.text
        origin = view.viewport().mapTo(self.pane, QPoint(0, 0))
        self.bar.show_at(words.translated(origin))

    def _selection_changed(self) -> None:
        if not self.pane.text.textCursor().hasSelection():
            self.bar.hide()

    def _clicked(self, index: int) -> None:
        h = self.highlights.at(index)
        self.highlights.selected = h.id if h is not None else None
        if h is not None:
            self.pane.state.select(h.start, h.end)
            self.notes.select(h.id)

    def chosen(self) -> int | None:
        """The highlight to act on: chosen in the Notes list when it has the focus, else the
        one clicked in the text."""
        focus = QApplication.focusWidget()
        if focus is not None and self.notes.isAncestorOf(focus):
            return self.notes.current_id()
        return self.highlights.selected

    def remove_chosen(self) -> None:
        hid = self.chosen()
        if hid is not None:
            self.highlights.remove(hid)
            self.highlights.selected = None

    def go_to(self, highlight_id: int) -> None:
        entry = self.articles.current_entry()
        h = next((x for x in entry.highlights if x.id == highlight_id), None) if entry else None
        if h is None or h.detached:
            return
        self.highlights.selected = h.id
        self.pane.state.go_to(h.start, h.end, self.colours().flash)

    # --- the context menu ------------------------------------------------------------------

    def _text_menu(self, pos: QPoint) -> None:
        view = self.pane.text
        menu = view.createStandardContextMenu(pos) if hasattr(view, "createStandardContextMenu") \
            else QMenu(view)
        menu.addSeparator()
        colours = self.colours()
        if view.textCursor().hasSelection():
            sub = menu.addMenu(tr("Highlight", "verb"))
            for name in COLOURS:
                action = sub.addAction(swatch(colours.own[name][0]), tr(COLOUR_LABELS[name]))
                action.triggered.connect(
                    lambda _=False, n=name: self.highlights.highlight_selection(n))
            menu.addAction(self.act.highlight_note)
        state = self.pane.state
        if state.rendered is not None:
            qpos = view.cursorForPosition(pos).position()
            h = self.highlights.at(state.rendered.positions.from_qt(qpos))
            if h is not None:
                self.highlights.selected = h.id
                sub = menu.addMenu(tr("Highlight Colour"))
                for name in COLOURS:
                    action = sub.addAction(swatch(colours.own[name][0]),
                                           tr(COLOUR_LABELS[name]))
                    action.setCheckable(True)
                    action.setChecked(name == h.color)
                    action.triggered.connect(
                        lambda _=False, n=name, i=h.id: self.highlights.set_colour(i, n))
                edit = menu.addAction(tr("Edit Note…"))
                edit.triggered.connect(lambda _=False, i=h.id: self._edit_note(i))
                menu.addAction(self.act.remove_highlight)
        menu.exec(view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _edit_note(self, highlight_id: int) -> None:
        self.tabs.setCurrentIndex(self.tabs.indexOf(self.notes.parentWidget() or self.notes))
        self.notes.edit_note(highlight_id)
