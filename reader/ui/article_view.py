"""The article pane: header, readable text with highlights, find bar and a calm message bar."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from html import escape, unescape
from itertools import islice

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShortcut,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..export.words import number
from .article_text import MEASURE_CHARS, PlainTextView, RichTextView, TextState
from .document import Rendered
from .i18n import tr
from .theme import Colours


def tool_button(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    return button


MAX_MATCHES = 10_000  # counted for "3 of 12"; past that, "of 10,000+"


class FindBar(QFrame):
    """Ctrl+F: type to find; Enter for the next match, Shift+Enter the previous; Esc closes."""

    def __init__(self, current_view: Callable[[], RichTextView | PlainTextView]) -> None:
        super().__init__()
        self._view = current_view
        self.setObjectName("findBar")
        self.field = QLineEdit()
        self.field.setPlaceholderText(tr("Find in article"))
        self.field.setClearButtonEnabled(True)
        self.status = QLabel()
        prev_button = tool_button("▲", tr("Previous match (Shift+Enter)"))
        next_button = tool_button("▼", tr("Next match (Enter)"))
        close_button = tool_button("✕", tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.status)
        for b in (prev_button, next_button, close_button):
            b.setAutoRaise(True)
            layout.addWidget(b)
        self._cache_key: tuple[str, int] | None = None
        self._cache: list[int] = []
        self.field.textEdited.connect(lambda _: self.seek(forward=True, from_start=True))
        self.field.returnPressed.connect(lambda: self.seek(forward=True))
        QShortcut(QKeySequence("Shift+Return"), self.field, lambda: self.seek(forward=False))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)
        next_button.clicked.connect(lambda: self.seek(forward=True))
        prev_button.clicked.connect(lambda: self.seek(forward=False))
        close_button.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    @property
    def view(self) -> RichTextView | PlainTextView:
        return self._view()

    def close_bar(self) -> None:
        self.hide()
        self.view.setFocus()

    def matches(self, needle: str) -> list[int]:
        """Where ``needle`` starts in the article (any case), counted up to MAX_MATCHES."""
        rendered = self.view.state.rendered
        if rendered is None or not needle:
            return []
        key = (needle, id(rendered.analysis.article))
        if self._cache_key != key:
            found = re.finditer(re.escape(needle), rendered.analysis.article.text, re.IGNORECASE)
            self._cache = [m.start() for m in islice(found, MAX_MATCHES)]
            self._cache_key = key
        return self._cache

    def seek(self, forward: bool = True, from_start: bool = False) -> bool:
        """Select the next (or previous) match, show it a third of the way down the view, and
        say which one it is: "3 of 12"."""
        needle = self.field.text()
        view = self.view
        rendered = view.state.rendered
        if rendered is None:
            self.status.setText(tr("No article open"))
            return False
        if not needle:
            self.status.clear()
            return False
        starts = self.matches(needle)
        if not starts:
            self.status.setText(tr("Not found", "no match"))
            return False
        positions = rendered.positions
        here = positions.from_qt(view.textCursor().selectionStart())
        if forward:
            i = bisect_left(starts, here) if from_start else bisect_right(starts, here)
            i = i if i < len(starts) else 0  # wrap around
        else:
            i = bisect_left(starts, here) - 1
            i = i if i >= 0 else len(starts) - 1
        start = starts[i]
        end = start + len(needle)  # a match ignoring case has the needle's length
        cursor = QTextCursor(view.document())
        cursor.setPosition(positions.to_qt(start))
        view.setTextCursor(cursor)
        view.scroll_near_top()
        cursor.setPosition(positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        more = "+" if len(starts) >= MAX_MATCHES else ""
        self.status.setText(tr("{current} of {total}", "the match shown, of those found").format(
            current=number(i + 1), total=number(len(starts)) + more))
        return True


class MessageBar(QFrame):
    """A notice above the text that does not interrupt reading: an icon, the words in the
    theme's colours (a warning stands out from a notice), and a close button.

    A notice may belong to an article (what was left out of its analysis); it goes away when
    another article is shown."""

    INFO, WARNING = "info", "warning"

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("messageBar")
        self.icon = QLabel()
        self.label = QLabel()
        self.label.setObjectName("messageText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # messages name files; never markup
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = tool_button("✕", tr("Dismiss"))
        close.setObjectName("messageClose")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.setSpacing(10)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.level = self.INFO
        self.owner: str | None = None  # the article the notice is about, if any
        self._colours: Colours | None = None
        self.hide()

    def set_colours(self, colours: Colours) -> None:
        self._colours = colours
        self._paint()

    def _paint(self) -> None:
        c = self._colours
        if c is None:
            return
        back, edge = ((c.warn_back, c.warn_edge) if self.level == self.WARNING
                      else (c.info_back, c.info_edge))
        self.setStyleSheet(
            f"#messageBar {{ background: {back.name()}; border-bottom: 1px solid {edge.name()};"
            f" border-left: 4px solid {edge.name()}; }}"
            f" #messageBar QLabel {{ color: {c.message_text.name()}; background: transparent; }}"
            f" #messageBar QToolButton {{ color: {c.message_text.name()}; }}")
        icon = self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning if self.level == self.WARNING
            else QStyle.StandardPixmap.SP_MessageBoxInformation)
        size = self.label.fontMetrics().height()
        self.icon.setPixmap(icon.pixmap(size, size))

    def show_message(self, text: str, seconds: int = 10, level: str = INFO,
                     owner: str | None = None) -> None:
        self.label.setText(text)
        self.level = level
        self.owner = owner
        self._paint()
        self.show()
        self._timer.start(seconds * 1000)

    def leave(self, shown: str | None) -> None:
        """Another article is on screen: a notice about a different one goes."""
        if self.isVisible() and self.owner is not None and self.owner != shown:
            self.hide()


class ArticleHeader(QLabel):
    """Title and the facts about the article, on the same paper as the text."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("articleHeader")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setOpenExternalLinks(True)  # a page's address opens in the browser
        self.setContentsMargins(28, 20, 28, 6)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self._shown: tuple[str, str, QColor] | None = None
        self._narrow: bool | None = None
        self._scale = 1.0

    def align(self, left: int) -> None:
        """Line the header up with the text column below it."""
        left = max(12, left)
        if self.contentsMargins().left() != left:
            self.setContentsMargins(left, 20, left, 6)

    def set_scale(self, scale: float) -> None:
        """The header grows and shrinks with the text's zoom."""
        self._scale = scale
        if self._shown is not None:
            self._set(*self._shown)

    def _set(self, title: str, line: str, muted: QColor) -> None:
        self._shown = (title, line, muted)
        # a narrow pane gets a smaller title, so that it does not take half the height
        self._narrow = self.width() < 520
        base = self.font().pointSizeF() * self._scale
        size = base * (1.3 if self._narrow else 1.6)
        # weight 700: fonts without a bold face (Chinese ones) are emboldened only from there
        self.setText(f"<div style='font-size:{size:.1f}pt; font-weight:700'>{title}</div>"
                     f"<div style='color:{muted.name()}; margin-top:6px; "
                     f"font-size:{base:.1f}pt'>{line}</div>")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self._shown is not None and (self.width() < 520) != self._narrow:
            self._set(*self._shown)

    def show_facts(self, title: str, facts: list[str | tuple[str, str]], muted: QColor,
                   link_colour: QColor | None = None) -> None:
        """The title, and the facts under it; a fact given as (text, address) is a link (a
        page from the web: its site, linking to the address)."""
        def fact(f: str | tuple[str, str]) -> str:
            if isinstance(f, tuple):
                text, href = f
                colour = f" style='color:{link_colour.name()}'" if link_colour else ""
                return (f"<a href='{escape(href, quote=True)}'{colour}>"
                        f"{escape(text).replace(' ', chr(0xa0))}</a>")
            return escape(f).replace(" ", "\u00a0")

        # a fact breaks only between facts ("332 words" stays on one line)
        line = " · ".join(fact(f) for f in facts if f)
        self._set(escape(breakable(title)), line, muted)

    def show_welcome(self, muted: QColor) -> None:
        self._set("Margin", escape(tr("Drop an article here, or open one with Ctrl+O.")), muted)

    def plain_text(self) -> str:
        """What the header says, as a person reads it (title, then the facts)."""
        if self._shown is None:
            return ""
        title, line, _ = self._shown
        text = unescape(re.sub(r"<[^>]+>", "", f"{title}\n{line}"))  # a link: its words
        return text.replace("\u00a0", " ").replace("\u200b", "")


def breakable(text: str, longest: int = 24) -> str:
    """Very long runs without a space (a file name, an address) may break anywhere."""
    return re.sub(rf"\S{{{longest}}}(?=\S)", lambda m: m.group(0) + "\u200b", text)


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
        for view in (self.rich, self.plain):
            view.state.measured = self._measured

    def _measured(self) -> None:
        self.header.align(self.text.text_left())

    @property
    def text(self) -> RichTextView | PlainTextView:
        """The view showing the article now."""
        return self.plain if self.views.currentWidget() is self.plain else self.rich

    @property
    def state(self) -> TextState:
        """What the view showing the article knows: the article, the reader's place."""
        return self.text.state

    def show_rendered(self, rendered: Rendered) -> None:
        view = self.plain if rendered.plain else self.rich
        view.state.show(rendered)
        self.views.setCurrentWidget(view)
        self.header.align(view.text_left())

    def replace_document(self, rendered: Rendered) -> None:
        """Same article, new formatting (highlights, theme): the reader keeps their place to
        the pixel, and their selection."""
        old = self.text
        place = old.state.place()
        cursor = old.textCursor()
        anchor, position = cursor.anchor(), cursor.position()
        self.show_rendered(rendered)
        view = self.text
        if view is old:
            kept = QTextCursor(view.document())
            last = max(0, view.document().characterCount() - 1)
            kept.setPosition(min(anchor, last))
            kept.setPosition(min(position, last), QTextCursor.MoveMode.KeepAnchor)
            view.setTextCursor(kept)
        view.state.restore(*place)

    def text_font(self) -> QFont:
        return self.rich.font()

    def set_family(self, family: str) -> None:
        """The text's typeface: "serif", "sans", "" (the system's) or any installed family."""
        font = self.rich.font()
        if family == "serif":
            font.setFamilies(["Noto Serif", "DejaVu Serif", "Georgia", "Times New Roman"])
            font.setStyleHint(QFont.StyleHint.Serif)
        elif family == "sans":
            font.setFamilies(["Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue"])
            font.setStyleHint(QFont.StyleHint.SansSerif)
        else:
            font.setFamilies([family] if family else [QApplication.font().family()])
            font.setStyleHint(QFont.StyleHint.AnyStyle)
        for view in (self.rich, self.plain):
            view.state.set_font(font)

    def set_measure(self, characters: int) -> None:
        """How long the text's lines are, in characters (0: Margin's default)."""
        for view in (self.rich, self.plain):
            view.measure = characters or MEASURE_CHARS
            view.apply_measure()

    def set_point_size(self, size: float) -> None:
        font = self.rich.font()
        font.setPointSizeF(min(48.0, max(6.0, size)))
        for view in (self.rich, self.plain):
            view.state.set_font(font)
        self.header.set_scale(font.pointSizeF() / self.base_point_size)

    def zoom_step(self, steps: int) -> None:
        self.set_point_size(self.text_font().pointSizeF() + steps)

    def zoom_reset(self) -> None:
        self.set_point_size(self.base_point_size)
