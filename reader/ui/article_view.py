"""The article pane: header, readable text with highlights, find bar and a calm message bar."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .article_text import PlainTextView, RichTextView
from .document import Rendered


class FindBar(QFrame):
    """Ctrl+F: type to find; Enter for the next match, Shift+Enter the previous; Esc closes."""

    def __init__(self, current_view: Callable[[], Any]) -> None:
        super().__init__()
        self._view = current_view
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

    @property
    def view(self) -> Any:
        return self._view()

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
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # messages name files; never markup
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
    """Messages, header, the text (rich or plain view, whichever suits its length), find bar."""

    def __init__(self) -> None:
        super().__init__()
        self.header = ArticleHeader()
        self.messages = MessageBar()
        self.rich = RichTextView()
        self.plain = PlainTextView()
        self.views = QStackedWidget()
        self.views.addWidget(self.rich)
        self.views.addWidget(self.plain)
        self.find_bar = FindBar(lambda: self.text)
        base = self.rich.font()
        self.base_point_size = max(base.pointSizeF(), 10.0) * 1.2
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.messages)
        layout.addWidget(self.header)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.find_bar)

    @property
    def text(self) -> Any:
        """The view showing the article now."""
        return self.views.currentWidget()

    def show_rendered(self, rendered: Rendered) -> None:
        view = self.plain if rendered.plain else self.rich
        view.show_rendered(rendered)
        self.views.setCurrentWidget(view)

    def replace_document(self, rendered: Rendered) -> None:
        """Same article, new formatting (highlights, theme): keep the reading place."""
        place = self.text.first_visible_index()
        self.show_rendered(rendered)
        self.text.restore_place(place)

    def text_font(self) -> QFont:
        font: QFont = self.rich.font()
        return font

    def set_point_size(self, size: float) -> None:
        font = self.rich.font()
        font.setPointSizeF(min(48.0, max(6.0, size)))
        for view in (self.rich, self.plain):
            view.set_text_font(font)

    def zoom_step(self, steps: int) -> None:
        self.set_point_size(self.text_font().pointSizeF() + steps)

    def zoom_reset(self) -> None:
        self.set_point_size(self.base_point_size)
