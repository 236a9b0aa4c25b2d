"""The right-hand side's shared pieces (a pane's title with its highlight chip, the lists, the
language names), and the quotes with their speakers. The summary pane is in summary_pane.py."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.pipeline import Analysis
from ..core.quoting import quoted
from .wrapped_list import SECOND_LINE_ROLE, WrappedList

ALGORITHM_LABELS = {
    "margin": "Margin (recommended)", "lexrank": "LexRank", "lsa": "LSA", "luhn": "Luhn",
    "textrank": "TextRank", "kl": "KL-Sum", "sumbasic": "SumBasic", "reduction": "Reduction",
    "edmundson": "Edmundson",
}
SPAN_ROLE = Qt.ItemDataRole.UserRole


def language_label(code: str) -> str:
    from PySide6.QtCore import QLocale

    from ..core.pipeline import UNDETERMINED

    if code == UNDETERMINED:
        return "Language unknown"
    name = QLocale.languageToString(QLocale(code).language())
    return code if name in ("C", "") else name


def section_title(text: str, toggle: QAction) -> QWidget:
    """A pane's title with a chip that shows (and toggles) its highlight colour."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)
    chip = QToolButton()
    chip.setDefaultAction(toggle)
    chip.setObjectName(f"chip{text}")
    chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    layout.addWidget(label)
    layout.addStretch(1)
    layout.addWidget(chip)
    return row


def paint_chip(chip_owner: QWidget, name: str, colour: QColor) -> None:
    chip = chip_owner.findChild(QToolButton, f"chip{name}")
    if chip is not None:
        chip.setStyleSheet(
            f"QToolButton {{ border-radius: 4px; padding: 2px 8px; border: 1px solid "
            f"palette(mid); }} QToolButton:checked {{ background: {colour.name()}; }}")


def _list() -> WrappedList:
    w = WrappedList()
    w.setAlternatingRowColors(False)
    return w


def scale_list_font(lst: QListWidget, factor: float) -> None:
    """The lists grow and shrink with the article's zoom."""
    font = QFont(QApplication.font())
    font.setPointSizeF(max(6.0, font.pointSizeF() * factor))
    lst.setFont(font)


class QuotesPane(QWidget):
    """Each quote with its speaker; filter by speaker; copy with attribution."""

    jump = Signal(int, int)

    def __init__(self, toggle: QAction) -> None:
        super().__init__()
        self.speaker = QComboBox()
        self.speaker.setObjectName("speakerFilter")
        self.list = _list()
        self.list.setObjectName("quotesList")
        self.list.itemClicked.connect(self._activate)
        self.list.itemActivated.connect(self._activate)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        # Ctrl+C here is Edit › Copy, which copies the quote with its attribution too
        self.copy_action = QAction("Copy with attribution", self.list)
        self.copy_action.triggered.connect(self.copy_current)
        self.list.addAction(self.copy_action)
        self.empty = QLabel("No quoted statements in this article.")
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_title("Quotes", toggle))
        layout.addWidget(self.speaker)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        self.speaker.currentIndexChanged.connect(self._filter)
        self.analysis: Analysis | None = None
        self.show_analysis(None)

    def show_analysis(self, analysis: Analysis | None) -> None:
        previous = self.analysis
        same_article = (analysis is not None and previous is not None
                        and analysis.article.text is previous.article.text)
        wanted = self.speaker.currentData() if same_article else None  # kept on a recompute
        self.analysis = analysis
        self.list.clear()
        self.speaker.blockSignals(True)
        self.speaker.clear()
        quotes = analysis.quotes if analysis else []
        if quotes:
            self.speaker.addItem(f"All speakers ({len(quotes)})", None)
            counts = Counter(q.speaker or "" for q in quotes)
            for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
                self.speaker.addItem(f"{name or 'Unattributed'} ({n})", name)
            # with a placeholder set, Qt selects nothing itself
            self.speaker.setCurrentIndex(max(0, self.speaker.findData(wanted))
                                         if wanted is not None else 0)
            self.speaker.setToolTip("Show the quotes of one speaker")
        else:
            # an empty dropdown says nothing: say why there is nothing to choose
            self.speaker.setPlaceholderText("No article open" if analysis is None
                                            else "No quotes to filter")
            self.speaker.setToolTip("Open an article to filter its quotes by speaker"
                                    if analysis is None else "This article quotes no one")
        self.speaker.setEnabled(bool(quotes))
        self.speaker.blockSignals(False)
        language = analysis.language if analysis else "en"
        for q in quotes:
            text = analysis.span_text(q) if analysis else ""
            item = QListWidgetItem(quoted(text, language))
            item.setData(SECOND_LINE_ROLE, f"— {q.speaker or 'unattributed'}")
            item.setData(SPAN_ROLE, (q.start, q.end))
            item.setData(SPAN_ROLE + 1, q.speaker or "")
            item.setData(SPAN_ROLE + 2, text)
            self.list.addItem(item)
        self.empty.setVisible(analysis is not None and not quotes)
        self._filter()

    def _filter(self) -> None:
        wanted = self.speaker.currentData()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(wanted is not None and item.data(SPAN_ROLE + 1) != wanted)

    def attribution(self, item: QListWidgetItem) -> str:
        speaker = item.data(SPAN_ROLE + 1) or "unattributed"
        title = self.analysis.article.title if self.analysis else None
        source = f", {title}" if title else ""
        language = self.analysis.language if self.analysis else "en"
        return f"{quoted(item.data(SPAN_ROLE + 2), language)} — {speaker}{source}"

    def copy_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            QGuiApplication.clipboard().setText(self.attribution(item))

    def _activate(self, item: QListWidgetItem) -> None:
        start, end = item.data(SPAN_ROLE)
        self.jump.emit(start, end)
