"""The article pane: header, readable text with highlights, find bar and a calm message bar."""

from __future__ import annotations

from bisect import bisect_right
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from .document import Rendered

MEASURE_CHARS = 70  # a comfortable line length


class TextView(QTextBrowser):
    """Never fetches or runs anything: links are not followed, no remote resources."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("articleText")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.rendered: Rendered | None = None
        self._quote_starts: list[int] = []
        self._flash: list[QTextEdit.ExtraSelection] = []
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)
        self.base_point_size = self.font().pointSizeF()

    def loadResource(self, kind: int, name: Any) -> Any:  # noqa: N802 (Qt's name)
        return None  # no images, style sheets or anything else from outside

    def show_rendered(self, rendered: Rendered) -> None:
        # The documents belong to their Rendered (Python keeps them alive); the view only
        # shows one. self.rendered holds the one shown, so it cannot vanish while on screen.
        if rendered.document.defaultFont() != self.font():
            rendered.document.setDefaultFont(self.font())
        self.setDocument(rendered.document)
        self.rendered = rendered
        self._quote_starts = [q.start for q in rendered.analysis.quotes]
        self._apply_measure()

    def replace_document(self, rendered: Rendered) -> None:
        """Same article, new formatting (highlights toggled, theme): keep the reading place."""
        bar = self.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self.show_rendered(rendered)
        QTimer.singleShot(0, lambda: bar.setValue(round(fraction * bar.maximum())))

    # --- reading comfort -------------------------------------------------------------------

    def _apply_measure(self) -> None:
        """Lines about MEASURE_CHARS long, centred, however wide the window is."""
        measure = self.fontMetrics().averageCharWidth() * MEASURE_CHARS
        side = max(0, (self.viewport().width() - measure) // 2)
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if fmt.leftMargin() != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            frame.setFrameFormat(fmt)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._apply_measure()

    def zoom_step(self, steps: int) -> None:
        font = self.font()
        size = min(48.0, max(6.0, font.pointSizeF() + steps))
        font.setPointSizeF(size)
        self.setFont(font)
        self.document().setDefaultFont(font)
        self._apply_measure()

    def zoom_reset(self) -> None:
        self.zoom_step(round(self.base_point_size - self.font().pointSizeF()))

    # --- going to a span -------------------------------------------------------------------

    def go_to(self, start: int, end: int, colour: QColor) -> None:
        """Scroll the span into the upper third of the view, select it and flash it."""
        if self.rendered is None:
            return
        pos = self.rendered.positions
        cursor = QTextCursor(self.document())
        cursor.setPosition(pos.to_qt(start))
        cursor.setPosition(pos.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        bar = self.verticalScrollBar()
        start_cursor = QTextCursor(self.document())
        start_cursor.setPosition(pos.to_qt(start))
        y = self.cursorRect(start_cursor).top() + bar.value()
        bar.setValue(max(0, y - self.viewport().height() // 3))
        sel = QTextEdit.ExtraSelection()
        sel.cursor = QTextCursor(cursor)
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        sel.format = fmt
        self._flash = [sel]
        self.setExtraSelections(self._flash)
        self._flash_timer.start(900)

    def _end_flash(self) -> None:
        self._flash = []
        self.setExtraSelections([])

    # --- who said this? --------------------------------------------------------------------

    def quote_at(self, index: int) -> Any:
        if self.rendered is None:
            return None
        quotes = self.rendered.analysis.quotes
        i = bisect_right(self._quote_starts, index) - 1
        if i >= 0 and quotes[i].start <= index < quotes[i].end:
            return quotes[i]
        return None

    def viewportEvent(self, event: Any) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and self.rendered is not None:
            qpos = self.cursorForPosition(event.pos()).position()
            quote = self.quote_at(self.rendered.positions.from_qt(qpos))
            if quote is not None:
                who = quote.speaker or "someone unnamed"
                QToolTip.showText(event.globalPos(), f"Said by {who}", self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)


class FindBar(QFrame):
    """Ctrl+F: type to find; Enter for the next match, Shift+Enter the previous; Esc closes."""

    def __init__(self, view: TextView) -> None:
        super().__init__()
        self.view = view
        self.setObjectName("findBar")
        self.field = QLineEdit()
        self.field.setPlaceholderText("Find in article")
        self.field.setClearButtonEnabled(True)
        self.status = QLabel()
        prev_button = QToolButton(text="▲", toolTip="Previous match (Shift+Enter)")
        next_button = QToolButton(text="▼", toolTip="Next match (Enter)")
        close_button = QToolButton(text="✕", toolTip="Close (Esc)")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.status)
        for b in (prev_button, next_button, close_button):
            b.setAutoRaise(True)
            layout.addWidget(b)
        self.field.textEdited.connect(lambda _: self.find(forward=True, from_start=True))
        self.field.returnPressed.connect(lambda: self.find(forward=True))
        QShortcut(QKeySequence("Shift+Return"), self.field, lambda: self.find(forward=False))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)
        next_button.clicked.connect(lambda: self.find(forward=True))
        prev_button.clicked.connect(lambda: self.find(forward=False))
        close_button.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.view.setFocus()

    def find(self, forward: bool = True, from_start: bool = False) -> bool:
        needle = self.field.text()
        if not needle:
            self.status.clear()
            return False
        flags = QTextDocument.FindFlag(0) if forward else QTextDocument.FindFlag.FindBackward
        doc = self.view.document()
        cursor = self.view.textCursor()
        if from_start:
            cursor.setPosition(cursor.selectionStart())
        found = doc.find(needle, cursor, flags)
        if found.isNull():  # wrap around
            edge = QTextCursor(doc)
            edge.movePosition(QTextCursor.MoveOperation.Start if forward
                              else QTextCursor.MoveOperation.End)
            found = doc.find(needle, edge, flags)
        if found.isNull():
            self.status.setText("Not found")
            return False
        self.status.clear()
        self.view.setTextCursor(found)
        self.view.ensureCursorVisible()
        return True


class MessageBar(QFrame):
    """A one-line notice above the text that does not interrupt reading."""

    closed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("messageBar")
        self.label = QLabel()
        self.label.setWordWrap(True)
        close = QToolButton(text="✕", toolTip="Dismiss")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.setStyleSheet("#messageBar { background: palette(alternate-base); "
                           "border-bottom: 1px solid palette(mid); }")
        self.hide()

    def show_message(self, text: str, seconds: int = 10) -> None:
        self.label.setText(text)
        self.show()
        self._timer.start(seconds * 1000)


class ArticleHeader(QLabel):
    """Title and the facts about the article, on the same paper as the text."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("articleHeader")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setContentsMargins(28, 20, 28, 6)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)

    def _set(self, title: str, line: str, muted: QColor) -> None:
        size = self.font().pointSizeF()
        self.setText(f"<div style='font-size:{size * 1.6:.0f}pt; font-weight:600'>{title}</div>"
                     f"<div style='color:{muted.name()}; margin-top:6px'>{line}</div>")

    def show_facts(self, title: str, facts: list[str], muted: QColor) -> None:
        self._set(escape(title), " · ".join(escape(f) for f in facts if f), muted)

    def show_welcome(self, muted: QColor) -> None:
        self._set("Margin", "Drop an article here, or open one with Ctrl+O.", muted)


class ArticlePane(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.header = ArticleHeader()
        self.messages = MessageBar()
        self.text = TextView()
        self.find_bar = FindBar(self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.messages)
        layout.addWidget(self.header)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.find_bar)
