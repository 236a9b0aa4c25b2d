"""The article's text: read-only, highlighted, with hover attribution and a flash on arrival.

Two views show it. Articles of ordinary length get a rich-text view with generous line
spacing. Long ones (books) get a plain-text view, which lays out only what is on screen: a
rich-text view spent up to 80 ms per event laying out 200,000 words, the plain one under 10.
Neither fetches, runs or follows anything: they show characters.

What the two share lives in ``TextState``, which each view owns: the article shown, the quotes
under the pointer, going to a span, and the reader's place (the first character on screen and
how far down its line starts), kept across a new document, a new width and a new zoom.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QTextEdit, QToolTip

from ..core.quotes import Quote
from .document import NOTE_LINK, Rendered
from .links import open_link

MEASURE_CHARS = 70  # a comfortable line length
GUTTER_EMS = 1.5  # the least margin beside the text, in line heights: it grows with the zoom
PLACE_TRIES = 40  # a long text is laid out over a few event-loop passes: try again until then


def note_tip(number: int, text: str, longest: int = 600) -> str:
    """A note as its tooltip shows it: number, and the text (a long one cut short)."""
    shown = text if len(text) <= longest else text[:longest].rsplit(" ", 1)[0] + " …"
    return f"<p style='max-width: 32em'><b>{number}.</b> {escape(shown)}</p>"


def gutter(metrics: QFontMetrics) -> int:
    return round(metrics.height() * GUTTER_EMS)


Place = tuple[int, int]  # (character index, where its line's top is in the view, in pixels)


class TextState:
    """What both views keep and do (see the module's docstring)."""

    def __init__(self, view: RichTextView | PlainTextView) -> None:
        self.view = view
        self.rendered: Rendered | None = None
        self.measured: Callable[[], None] | None = None  # told when the text column moves
        # told when the reader has selected words with the mouse (where the selection ends, in
        # the viewport), and when they clicked without selecting (the index in the text)
        self.on_selection: Callable[[QRect], None] | None = None
        self.on_click: Callable[[int], None] | None = None
        self._quote_starts: list[int] = []
        self._pending: Place | None = None
        self._tries = 0
        self._resizing = False
        self._flash_timer = QTimer(view)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(lambda: view.setExtraSelections([]))
        view.setObjectName("articleText")
        view.setReadOnly(True)
        view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setFrameShape(QFrame.Shape.NoFrame)

    # --- what is shown ---------------------------------------------------------------------

    def show(self, rendered: Rendered) -> None:
        # The documents belong to their Rendered (Python keeps them alive); a view only shows
        # one, and self.rendered holds it so that it cannot vanish while on screen.
        view = self.view
        self._pending = None  # a place asked for in another article is not this one's
        if rendered.document.defaultFont() != view.font():
            rendered.document.setDefaultFont(view.font())
        view.setDocument(rendered.document)
        self.rendered = rendered
        self._quote_starts = [q.start for q in rendered.analysis.quotes]
        view.apply_measure()

    def set_font(self, font: QFont) -> None:
        """A new zoom: the text is laid out again, and the reader stays where they were."""
        place = self.place() if self.rendered is not None else None
        self.view.setFont(font)
        if self.rendered is not None:
            self.view.document().setDefaultFont(font)
        self.view.apply_measure()
        if place is not None:
            self.restore(*place)

    def resized(self, event: QResizeEvent, default: Callable[[QResizeEvent], None]) -> None:
        """The view's (or its viewport's) size changed: lay out again at the new width and
        keep the reader's place."""
        keep = (not self._resizing and self.rendered is not None
                and event.size().width() != event.oldSize().width())
        place = self.place() if keep else None
        self._resizing = True
        try:
            self.view.before_resize()
            default(event)
            self.view.apply_measure()
        finally:
            self._resizing = False
        if place is not None:
            self.restore(*place)

    def column_moved(self) -> None:
        if self.measured is not None:
            self.measured()

    # --- the reader's place --------------------------------------------------------------

    def _cursor_at(self, index: int) -> QTextCursor:
        assert self.rendered is not None
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(min(self.rendered.positions.to_qt(index),
                               max(0, self.view.document().characterCount() - 1)))
        return cursor

    def line_top(self, index: int) -> int:
        """Where the line holding ``index`` starts, from the top of the view (pixels)."""
        return int(self.view.cursorRect(self._cursor_at(index)).top())

    def place(self) -> Place:
        """Where the reader is: the first character on screen, and where its line starts
        (negative when the line is partly above the view)."""
        if self._pending is not None:
            return self._pending
        if self.rendered is None:
            return 0, 0
        qpos = self.view.cursorForPosition(self.view.top_left()).position()
        index = self.rendered.positions.from_qt(qpos)
        return index, self.line_top(index)

    def first_visible_index(self) -> int:
        return self.place()[0]

    @property
    def settled(self) -> bool:
        """Whether the view is where the reader's place says (no scroll still on its way)."""
        return self._pending is None

    def restore(self, index: int, offset: int = 0) -> None:
        """Scroll so that ``index``'s line starts ``offset`` pixels below the top, once the
        text is laid out. Until then, that is where the reader is."""
        self._pending = (index, offset)
        self._tries = 0
        QTimer.singleShot(0, self._apply)

    def _apply(self) -> None:
        pending = self._pending
        if pending is None or self.rendered is None:
            self._pending = None
            return
        self._pending = None
        index, offset = pending
        if index <= 0 and offset >= 0:
            self.view.verticalScrollBar().setValue(0)
            return
        self.view.scroll_line_to(self._cursor_at(index), offset)
        self._tries += 1
        slack = self.view.fontMetrics().lineSpacing()
        if abs(self.line_top(index) - offset) > slack and self._tries < PLACE_TRIES:
            self._pending = pending
            QTimer.singleShot(50, self._apply)

    # --- going places --------------------------------------------------------------------

    def go_to(self, start: int, end: int, colour: QColor) -> None:
        """Bring the span into view, select it and flash it."""
        if self.rendered is None:
            return
        view, pos = self.view, self.rendered.positions
        cursor = QTextCursor(view.document())
        cursor.setPosition(pos.to_qt(end))
        view.setTextCursor(cursor)
        cursor.setPosition(pos.to_qt(start))
        view.setTextCursor(cursor)
        view.scroll_near_top()
        cursor.setPosition(pos.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        flash = QTextEdit.ExtraSelection()
        flash.cursor = QTextCursor(cursor)
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        flash.format = fmt
        view.setExtraSelections([flash])
        self._flash_timer.start(900)

    def _selected(self, view: RichTextView | PlainTextView) -> None:
        cursor = view.textCursor()
        if cursor.hasSelection() and self.on_selection is not None:
            end = QTextCursor(cursor)
            end.setPosition(cursor.selectionEnd())
            self.on_selection(view.cursorRect(end))

    def select(self, start: int, end: int) -> None:
        """Select text[start:end] (the reader's highlight they clicked)."""
        if self.rendered is None:
            return
        positions = self.rendered.positions
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(positions.to_qt(start))
        cursor.setPosition(positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)

    def show_note(self, number: int) -> None:
        """Scroll to the note in the list after the text, and select it."""
        if self.rendered is None or not 0 < number <= len(self.rendered.note_places):
            return
        view = self.view
        cursor = QTextCursor(view.document())
        cursor.setPosition(self.rendered.note_places[number - 1])
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                            QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        view.scroll_near_top()

    def quote_at(self, index: int) -> Quote | None:
        if self.rendered is None:
            return None
        quotes = self.rendered.analysis.quotes
        i = bisect_right(self._quote_starts, index) - 1
        if i >= 0 and quotes[i].start <= index < quotes[i].end:
            return quotes[i]
        return None

    # --- the pointer ---------------------------------------------------------------------

    def viewport_event(self, event: QEvent) -> bool | None:
        """Links and the quote tooltip; None lets the view handle the event as usual."""
        view = self.view
        kind = event.type()
        if kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent) \
                and not event.buttons():
            over_link = bool(view.anchorAt(event.position().toPoint()))
            view.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over_link
                                      else Qt.CursorShape.IBeamCursor)
        elif kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent) \
                and event.button() == Qt.MouseButton.LeftButton:
            if view.textCursor().hasSelection():
                if self.on_selection is not None:
                    QTimer.singleShot(0, lambda: self._selected(view))
            else:
                # a click (not a drag that selects) on a web or mail address opens it; on a
                # note's marker, the note is shown; elsewhere, the reader's highlight there is
                href = view.anchorAt(event.position().toPoint())
                if href.startswith(NOTE_LINK):
                    self.show_note(int(href[len(NOTE_LINK):]))
                elif href:
                    open_link(href)
                elif self.on_click is not None and self.rendered is not None:
                    qpos = view.cursorForPosition(event.position().toPoint()).position()
                    self.on_click(self.rendered.positions.from_qt(qpos))
        if kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) \
                and self.rendered is not None:
            href = view.anchorAt(event.pos())
            if href.startswith(NOTE_LINK):
                number = int(href[len(NOTE_LINK):])
                notes = self.rendered.analysis.article.notes
                if 0 < number <= len(notes):
                    QToolTip.showText(event.globalPos(), note_tip(number, notes[number - 1].text),
                                      view.viewport())
                    return True
            qpos = view.cursorForPosition(event.pos()).position()
            quote = self.quote_at(self.rendered.positions.from_qt(qpos))
            if quote is not None:
                who = escape(quote.speaker or "someone unnamed")
                QToolTip.showText(event.globalPos(), f"<p><nobr>Said by {who}</nobr></p>",
                                  view.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return None


class RichTextView(QTextEdit):
    def __init__(self) -> None:
        super().__init__()
        self.state = TextState(self)
        self.measure = MEASURE_CHARS  # the line length, in characters (Reading Settings)

    def loadResource(self, kind: int, name: Any) -> Any:  # noqa: N802 (Qt's name)
        """The article's text never pulls in images, style sheets or files, local or remote."""
        return None

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self.state.resized(event, super().resizeEvent)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        handled = self.state.viewport_event(event)
        return handled if handled is not None else super().viewportEvent(event)

    def before_resize(self) -> None:
        pass

    def apply_measure(self) -> None:
        """Lines about MEASURE_CHARS long, centred, however wide the window is, with a margin
        on each side that grows with the text (the frame's margins replace the document's)."""
        metrics = self.fontMetrics()
        measure = metrics.averageCharWidth() * self.measure
        side = max(gutter(metrics), (self.viewport().width() - measure) // 2)
        top = gutter(metrics)
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if (fmt.leftMargin(), fmt.rightMargin(), fmt.topMargin()) != (side, side, top):
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(top)
            fmt.setBottomMargin(top)
            frame.setFrameFormat(fmt)
        self.state.column_moved()

    def text_left(self) -> int:
        """Where the text column starts, from the view's left edge."""
        return int(self.document().rootFrame().frameFormat().leftMargin())

    def top_left(self) -> QPoint:
        """The top left corner of the text on screen, in the viewport (a point in the margin
        beside the column finds no line)."""
        top = int(self.document().rootFrame().frameFormat().topMargin())
        return QPoint(self.text_left() + 2, max(1, top - self.verticalScrollBar().value() + 1))

    def scroll_near_top(self) -> None:
        bar = self.verticalScrollBar()
        y = self.cursorRect().top() + bar.value()
        bar.setValue(max(0, y - self.viewport().height() // 3))

    def scroll_line_to(self, cursor: QTextCursor, offset: int) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(max(0, bar.value() + self.cursorRect(cursor).top() - offset))


class PlainTextView(QPlainTextEdit):
    """Scrolls by lines: a place comes back with its line at the top."""

    def __init__(self) -> None:
        super().__init__()
        self.state = TextState(self)
        self.measure = MEASURE_CHARS  # the line length, in characters (Reading Settings)
        self.setBackgroundRole(self.viewport().backgroundRole())
        self.setAutoFillBackground(True)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self.state.resized(event, super().resizeEvent)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        handled = self.state.viewport_event(event)
        return handled if handled is not None else super().viewportEvent(event)

    def before_resize(self) -> None:
        # margins first, so the layout made during the resize wraps at the final width (the
        # widget's size is already the new one; the viewport's resizes come here too)
        self.apply_measure()

    def apply_measure(self) -> None:
        """The same measure as the rich view, made with viewport margins: the text wraps
        inside what is left of the viewport."""
        metrics = self.fontMetrics()
        measure = metrics.averageCharWidth() * self.measure
        bar = self.verticalScrollBar().sizeHint().width()
        frame = 2 * self.frameWidth()
        total = self.width()
        side = max(gutter(metrics), (total - frame - bar - measure) // 2)
        side = min(side, max(0, (total - frame - bar) // 4))  # never more margin than text
        if self.viewportMargins().left() != side:
            self.setViewportMargins(side, 0, side, 0)
        self.state.column_moved()

    def text_left(self) -> int:
        return int(self.viewportMargins().left() + self.document().documentMargin())

    def top_left(self) -> QPoint:
        # this view shows whole lines at the top: the line at mid-height of the first one
        return QPoint(int(self.document().documentMargin()) + 2,
                      self.fontMetrics().lineSpacing() // 2)

    def scroll_near_top(self) -> None:
        self.centerCursor()

    def scroll_line_to(self, cursor: QTextCursor, offset: int) -> None:
        """The line holding the cursor at the top (this view scrolls a line at a time)."""
        block = cursor.block()
        line = block.layout().lineForTextPosition(cursor.position() - block.position())
        number = block.firstLineNumber() + (line.lineNumber() if line.isValid() else 0)
        bar = self.verticalScrollBar()
        if bar.value() == number:  # the same line, but maybe scrolled partly out: set it anew
            bar.setValue(number + 1 if number < bar.maximum() else number - 1)
        bar.setValue(number)
