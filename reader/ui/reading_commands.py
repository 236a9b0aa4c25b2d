"""What the reader's keys do to the text and the lists: zoom, copy, select all, step through
the summary and the quotes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
)

from .analysis_panes import SPAN_ROLE, QuotesPane, scale_list_font
from .article_view import ArticlePane
from .summary_pane import SummaryPane
from .theme import Colours


class ReadingCommands:
    def __init__(self, article: ArticlePane, summary: SummaryPane, quotes: QuotesPane,
                 colours: Callable[[], Colours]) -> None:
        self.article = article
        self.summary = summary
        self.quotes = quotes
        self.colours = colours

    def zoom(self, steps: int) -> None:
        """Steps bigger (or smaller); 0 is the default size."""
        if steps:
            self.article.zoom_step(steps)
        else:
            self.article.zoom_reset()
        self.scale_lists()

    def scale_lists(self) -> None:
        """The summary and quotes grow with the text's zoom (not the controls around them)."""
        factor = self.article.text_font().pointSizeF() / self.article.base_point_size
        for lst in (self.summary.list, self.quotes.list):
            scale_list_font(lst, factor)

    def copy(self) -> None:
        """Edit › Copy: what is selected where the focus is; in the quotes list, the quote
        with its attribution; otherwise the selection in the article."""
        focus = QApplication.focusWidget()
        if focus is self.quotes.list:
            self.quotes.copy_current()
        elif focus is self.summary.list:
            item = self.summary.list.currentItem()
            if item is not None:
                QGuiApplication.clipboard().setText(item.text())
        elif isinstance(focus, QLineEdit | QTextEdit | QPlainTextEdit):
            focus.copy()
        else:
            self.article.text.copy()

    def select_all(self) -> None:
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit | QAbstractItemView):
            focus.selectAll()
        else:
            self.article.text.selectAll()

    def jump(self, start: int, end: int) -> None:
        self.article.state.go_to(start, end, self.colours().flash)

    def step(self, lst: QListWidget, delta: int) -> None:
        """Go to the next (or previous) visible item of a list and show it in the text."""
        rows = [i for i in range(lst.count()) if not lst.item(i).isHidden()
                and lst.item(i).data(SPAN_ROLE) is not None]  # not a section's title
        if not rows:
            return
        current = lst.currentRow()
        later = [r for r in rows if (r > current if delta > 0 else r < current)]
        row = (later[0] if delta > 0 else later[-1]) if later else (
            rows[0] if delta > 0 else rows[-1])
        lst.setCurrentRow(row)
        start, end = lst.item(row).data(SPAN_ROLE)
        self.jump(start, end)
