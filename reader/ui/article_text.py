"""The article's text: read-only, highlighted, with hover attribution and a flash on arrival.

Two views share this behaviour. Articles of ordinary length get a rich-text view with generous
line spacing. Long ones (books) get a plain-text view, which lays out only what is on screen:
a rich-text view spent up to 80 ms per event laying out 200,000 words, the plain one under 10.
Neither fetches, runs or follows anything: they show characters.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QTextEdit, QToolTip

from ..core.quotes import Quote
from .document import Rendered
from .links import open_link

MEASURE_CHARS = 70  # a comfortable line length
GUTTER_EMS = 1.5  # the least margin beside the text, in line heights: it grows with the zoom


def gutter(metrics: Any) -> int:
    return round(metrics.height() * GUTTER_EMS)


class _TextBehaviour:
    """Shared by both views (mixed into a QTextEdit or a QPlainTextEdit)."""

    rendered: Rendered | None
    _quote_starts: list[int]

    def _setup(self: Any) -> None:
        self.setObjectName("articleText")
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.rendered = None
        self.measured: Callable[[Any], None] | None = None  # told when the column moves
        self._quote_starts = []
        self._pending_place: int | None = None
        self._place_tries = 0
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(lambda: self.setExtraSelections([]))

    def show_rendered(self: Any, rendered: Rendered) -> None:
        # The documents belong to their Rendered (Python keeps them alive); a view only shows
        # one, and self.rendered holds it so that it cannot vanish while on screen.
        if rendered.document.defaultFont() != self.font():
            rendered.document.setDefaultFont(self.font())
        self.setDocument(rendered.document)
        self.rendered = rendered
        self._quote_starts = [q.start for q in rendered.analysis.quotes]
        self.apply_measure()

    def set_text_font(self: Any, font: Any) -> None:
        self.setFont(font)
        if self.rendered is not None:
            self.document().setDefaultFont(font)
        self.apply_measure()

    def resizeEvent(self: Any, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)  # type: ignore[misc]
        self.apply_measure()

    def go_to(self: Any, start: int, end: int, colour: QColor) -> None:
        """Bring the span into view, select it and flash it."""
        if self.rendered is None:
            return
        pos = self.rendered.positions
        cursor = QTextCursor(self.document())
        cursor.setPosition(pos.to_qt(end))
        self.setTextCursor(cursor)
        cursor.setPosition(pos.to_qt(start))
        self.setTextCursor(cursor)
        self.scroll_near_top()
        cursor.setPosition(pos.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        flash = QTextEdit.ExtraSelection()
        flash.cursor = QTextCursor(cursor)
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        flash.format = fmt
        self.setExtraSelections([flash])
        self._flash_timer.start(900)

    def restore_place(self: Any, index: int) -> None:
        """Scroll to ``index`` once the new text is laid out; a long text is laid out over a few
        event-loop passes, so this tries again until the place is on screen. Until then, that
        is where the reader is."""
        self._pending_place = index
        self._place_tries = 0
        QTimer.singleShot(0, self._apply_place)

    def _apply_place(self: Any) -> None:
        place = self._pending_place
        if place is None:
            return
        self._pending_place = None
        self.scroll_to_index(place)
        self._place_tries += 1
        if abs(self.first_visible_index() - place) > 300 and self._place_tries < 40:
            self._pending_place = place
            QTimer.singleShot(50, self._apply_place)

    def first_visible_index(self: Any) -> int:
        """Where the reader is: the first character at the top of the view."""
        if self._pending_place is not None:
            return int(self._pending_place)
        if self.rendered is None:
            return 0
        qpos = self.cursorForPosition(QPoint(0, 0)).position()
        index: int = self.rendered.positions.from_qt(qpos)
        return index

    def scroll_to_index(self: Any, index: int) -> None:
        """Come back to a reading place."""
        if self.rendered is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(self.rendered.positions.to_qt(index),
                               self.document().characterCount() - 1))
        self.setTextCursor(cursor)
        if index <= 0:
            self.verticalScrollBar().setValue(0)
        else:
            self.scroll_to_top_of_cursor()

    def quote_at(self, index: int) -> Quote | None:
        if self.rendered is None:
            return None
        quotes = self.rendered.analysis.quotes
        i = bisect_right(self._quote_starts, index) - 1
        if i >= 0 and quotes[i].start <= index < quotes[i].end:
            return quotes[i]
        return None

    def viewportEvent(self: Any, event: Any) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.MouseMove and not event.buttons():
            over_link = bool(self.anchorAt(event.position().toPoint()))
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over_link
                                      else Qt.CursorShape.IBeamCursor)
        elif kind == QEvent.Type.MouseButtonRelease and \
                event.button() == Qt.MouseButton.LeftButton and \
                not self.textCursor().hasSelection():
            # a click (not a drag that selects) on a web or mail address opens it
            href = self.anchorAt(event.position().toPoint())
            if href:
                open_link(href)
        if kind == QEvent.Type.ToolTip and self.rendered is not None:
            qpos = self.cursorForPosition(event.pos()).position()
            quote = self.quote_at(self.rendered.positions.from_qt(qpos))
            if quote is not None:
                who = escape(quote.speaker or "someone unnamed")
                QToolTip.showText(event.globalPos(), f"<p>Said by {who}</p>", self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        result: bool = super().viewportEvent(event)  # type: ignore[misc]
        return result


class RichTextView(_TextBehaviour, QTextEdit):
    def __init__(self) -> None:
        super().__init__()
        self._setup()

    def loadResource(self, kind: int, name: Any) -> Any:  # noqa: N802 (Qt's name)
        """The article's text never pulls in images, style sheets or files, local or remote."""
        return None

    def apply_measure(self) -> None:
        """Lines about MEASURE_CHARS long, centred, however wide the window is, with a margin
        on each side that grows with the text (the frame's margins replace the document's)."""
        metrics = self.fontMetrics()
        measure = metrics.averageCharWidth() * MEASURE_CHARS
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
        if self.measured is not None:
            self.measured(self)

    def text_left(self) -> int:
        """Where the text column starts, from the view's left edge."""
        return int(self.document().rootFrame().frameFormat().leftMargin())

    def scroll_near_top(self) -> None:
        bar = self.verticalScrollBar()
        y = self.cursorRect().top() + bar.value()
        bar.setValue(max(0, y - self.viewport().height() // 3))

    def scroll_to_top_of_cursor(self) -> None:
        bar = self.verticalScrollBar()
        margin = int(self.document().rootFrame().frameFormat().topMargin())
        bar.setValue(max(0, self.cursorRect().top() + bar.value() - margin))


class PlainTextView(_TextBehaviour, QPlainTextEdit):
    def __init__(self) -> None:
        super().__init__()
        self._setup()
        self.setBackgroundRole(self.viewport().backgroundRole())
        self.setAutoFillBackground(True)

    def apply_measure(self) -> None:
        """The same measure as the rich view, made with viewport margins: the text wraps
        inside what is left of the viewport."""
        metrics = self.fontMetrics()
        measure = metrics.averageCharWidth() * MEASURE_CHARS
        bar = self.verticalScrollBar().sizeHint().width()
        frame = 2 * self.frameWidth()
        total = self.width()
        side = max(gutter(metrics), (total - frame - bar - measure) // 2)
        side = min(side, max(0, (total - frame - bar) // 4))  # never more margin than text
        if self.viewportMargins().left() != side:
            self.setViewportMargins(side, 0, side, 0)
        if self.measured is not None:
            self.measured(self)

    def text_left(self) -> int:
        return int(self.viewportMargins().left() + self.document().documentMargin())

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        # margins first, so the layout made during the resize wraps at the final width (the
        # widget's size is already the new one; the viewport's resizes come here too)
        self.apply_measure()
        QPlainTextEdit.resizeEvent(self, event)

    def scroll_near_top(self) -> None:
        self.centerCursor()

    def scroll_to_top_of_cursor(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(self.textCursor().block().firstLineNumber())
