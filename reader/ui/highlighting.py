"""The reader's own highlights on the article shown: make one from the selection (in a colour,
with a note), keep a summary sentence or a quote, change a note or a colour, remove one — each
change written at once through the library's owner, and undoable (Edit › Undo).

A new highlight shows at once (its format merged into the document on screen); the document is
then laid out again in the background with every highlight, as after any other change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor, QUndoCommand, QUndoStack

from ..core.anchoring import COLOURS, Anchor, make_anchor
from ..library import Highlight, Library
from .article_view import ArticlePane
from .articles import Articles
from .document import own_format
from .entries import Entry, Notify
from .error_lines import translate_line
from .i18n import tr
from .library_owner import LibraryOwner
from .theme import Colours


class _Change(QUndoCommand):
    """One change to one article's highlights; ``apply``/``revert`` do the writing."""

    def __init__(self, text: str, apply: Callable[[], None], revert: Callable[[], None]) -> None:
        super().__init__(text)
        self._apply, self._revert = apply, revert

    def redo(self) -> None:
        self._apply()

    def undo(self) -> None:
        self._revert()


class Highlights(QObject):
    changed = Signal(str)  # the path of an article whose highlights changed

    def __init__(self, articles: Articles, library: LibraryOwner, pane: ArticlePane,
                 notify: Notify, colours: Callable[[], Colours], parent: QObject) -> None:
        super().__init__(parent)
        self.articles = articles
        self.library = library
        self.pane = pane
        self.notify = notify
        self.colours = colours
        self.undo = QUndoStack(self)
        self.last_colour = "yellow"
        self.selected: int | None = None  # the highlight clicked in the text

    # --- what is on screen ---------------------------------------------------------------

    def _current(self) -> tuple[str, Entry] | None:
        path, entry = self.articles.current, self.articles.current_entry()
        if path is None or entry is None:
            return None
        return path, entry

    def selection(self) -> tuple[int, int] | None:
        """The selected words, as a range of the article's text (spaces at the ends left out)."""
        found = self._current()
        view = self.pane.text
        cursor = view.textCursor()
        if found is None or not cursor.hasSelection():
            return None
        text = found[1].article.text
        positions = found[1].rendered.positions
        start = positions.from_qt(cursor.selectionStart())
        end = min(len(text), positions.from_qt(cursor.selectionEnd()))
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def at(self, index: int) -> Highlight | None:
        """The reader's highlight at this place of the text (the innermost, if several)."""
        found = self._current()
        if found is None:
            return None
        covering = [h for h in found[1].highlights
                    if not h.detached and h.start <= index < h.end]
        return min(covering, key=lambda h: h.end - h.start) if covering else None

    # --- making and changing -------------------------------------------------------------

    def highlight_selection(self, colour: str | None = None) -> Highlight | None:
        """Ctrl+H, the context menu, the bar over the selection."""
        found = self._current()
        span = self.selection()
        if found is None:
            self.notify(tr("Open an article first; then select words in it to highlight them."),
                        article="")
            return None
        if span is None:
            self.notify(tr("Select the words to highlight first."), article=found[0])
            return None
        return self.add(*span, colour or self.last_colour)

    def add(self, start: int, end: int, colour: str, note: str = "") -> Highlight | None:
        """A highlight on text[start:end] of the article shown (also "Keep" on a summary
        sentence or a quote)."""
        found = self._current()
        record = found[1].record if found is not None else None
        if found is None or record is None:
            self.notify(tr("This article is not in the library, so it cannot keep highlights."),
                        warning=True)
            return None
        path, entry = found
        if colour not in COLOURS:
            colour = "yellow"
        self.last_colour = colour
        record_id = record.id
        try:
            anchor = make_anchor(entry.article.text, start, end)  # spaces at the ends trimmed
        except ValueError:
            return None
        draft = Highlight(-1, record_id, anchor.start, anchor.end, anchor.quote, anchor.prefix,
                          anchor.suffix, note, colour, 0.0, 0.0)
        entry.highlights.append(draft)
        self._show_now(entry, draft)
        held: dict[str, Highlight] = {}

        def apply() -> None:
            if "made" not in held:
                def made(h: Highlight) -> None:
                    held["made"] = h
                    self._replace(entry, draft, h)
                    self.changed.emit(path)

                self._write(lambda lib: lib.add_highlight(record_id, anchor, note, colour),
                            made)
            else:
                self._restore(path, entry, held)

        def revert() -> None:
            h = held.get("made")
            if h is not None:
                self._remove_now(path, entry, h)

        self.undo.push(_Change(tr("Highlight", "verb"), apply, revert))
        return draft

    def remove(self, highlight_id: int) -> None:
        found = self._current()
        if found is None:
            return
        path, entry = found
        gone = next((h for h in entry.highlights if h.id == highlight_id), None)
        if gone is None:
            return
        held = {"made": gone}
        self.undo.push(_Change(tr("Remove Highlight"),
                               lambda: self._remove_now(path, entry, held["made"]),
                               lambda: self._restore(path, entry, held)))
        if self.selected == highlight_id:
            self.selected = None

    def set_note(self, highlight_id: int, note: str) -> None:
        self._edit(highlight_id, tr("Edit Note"), note=note)

    def set_colour(self, highlight_id: int, colour: str) -> None:
        if colour in COLOURS:
            self.last_colour = colour
            self._edit(highlight_id, tr("Change Colour"), colour=colour)

    def _edit(self, highlight_id: int, what: str, *, note: str | None = None,
              colour: str | None = None) -> None:
        found = self._current()
        if found is None:
            return
        path, entry = found
        before = next((h for h in entry.highlights if h.id == highlight_id), None)
        if before is None:
            return
        old_note, old_colour = before.note, before.color

        def change(new_note: str | None, new_colour: str | None) -> Callable[[], None]:
            def run() -> None:
                # on screen and in the window's list at once; the library's copy follows
                entry.highlights[:] = [
                    replace(x, note=x.note if new_note is None else new_note,
                            color=x.color if new_colour is None else new_colour)
                    if x.id == highlight_id else x for x in entry.highlights]
                if new_colour is not None:
                    self._reformat(path, entry)
                else:
                    self.changed.emit(path)

                def done(h: Highlight) -> None:
                    self._replace(entry, None, h)
                    self.changed.emit(path)

                self._write(lambda lib: lib.update_highlight(highlight_id, note=new_note,
                                                             color=new_colour), done)
            return run

        self.undo.push(_Change(what, change(note, colour),
                               change(old_note if note is not None else None,
                                      old_colour if colour is not None else None)))

    # --- applying ------------------------------------------------------------------------

    def _write(self, op: Callable[[Library], Any], done: Callable[[Any], None]) -> None:
        self.library.write(op, done, lambda exc: self.notify(translate_line(str(exc)),
                                                             warning=True),
                           changes_list=True)

    def _restore(self, path: str, entry: Entry, held: dict[str, Highlight]) -> None:
        def back(h: Highlight) -> None:
            held["made"] = h
            entry.highlights.append(h)
            self._reformat(path, entry)

        gone = held["made"]
        self._write(lambda lib: lib.restore_highlight(gone), back)

    def _remove_now(self, path: str, entry: Entry, h: Highlight) -> None:
        entry.highlights[:] = [x for x in entry.highlights if x.id != h.id]
        self._reformat(path, entry)
        self._write(lambda lib: lib.remove_highlight(h.id), lambda _: None)

    def _replace(self, entry: Entry, old: Highlight | None, new: Highlight) -> None:
        """The library's copy of a highlight takes the place of the window's."""
        previous = next((x for x in entry.highlights if x is old or x.id == new.id), None)
        entry.highlights[:] = [new if (x is old or x.id == new.id) else x
                               for x in entry.highlights]
        if previous is None or previous.color != new.color:
            self._reformat(self.articles.current or "", entry)

    def _show_now(self, entry: Entry, h: Highlight) -> None:
        """The new highlight on screen at once, before any write or layout."""
        if self.articles.current_entry() is not entry:
            return
        positions = entry.rendered.positions
        cursor = QTextCursor(self.pane.text.document())
        cursor.setPosition(positions.to_qt(h.start))
        cursor.setPosition(positions.to_qt(h.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(own_format(self.colours(), h.color))

    def _reformat(self, path: str, entry: Entry) -> None:
        self.changed.emit(path)
        if self.articles.current_entry() is entry:
            self.articles.rehighlight()

    def anchor_of(self, h: Highlight) -> Anchor:
        return Anchor(h.start, h.end, h.quote, h.prefix, h.suffix)
