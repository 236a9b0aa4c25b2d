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
from .i18n import QT_TR_NOOP, tr
from .wrapped_list import SECOND_LINE_ROLE, WrappedList

ALGORITHM_LABELS = {  # shown through tr(); the names of people and methods stay as they are
    "margin": QT_TR_NOOP("Margin (recommended)"), "lexrank": "LexRank", "lsa": "LSA",
    "luhn": "Luhn", "textrank": "TextRank", "kl": "KL-Sum", "sumbasic": "SumBasic",
    "reduction": QT_TR_NOOP("Reduction"), "edmundson": "Edmundson",
}
# The languages' names as Qt gives them in English (QLocale.languageToString), for translation:
# those the summaries can be made for and those the language detector tells.
LANGUAGE_NAMES = (
    QT_TR_NOOP("Afrikaans"), QT_TR_NOOP("Albanian"), QT_TR_NOOP("Arabic"),
    QT_TR_NOOP("Bangla"), QT_TR_NOOP("Belarusian"), QT_TR_NOOP("Bulgarian"),
    QT_TR_NOOP("Catalan"), QT_TR_NOOP("Chinese"), QT_TR_NOOP("Croatian"), QT_TR_NOOP("Czech"),
    QT_TR_NOOP("Danish"), QT_TR_NOOP("Dutch"), QT_TR_NOOP("English"), QT_TR_NOOP("Estonian"),
    QT_TR_NOOP("Filipino"), QT_TR_NOOP("Finnish"), QT_TR_NOOP("French"), QT_TR_NOOP("German"),
    QT_TR_NOOP("Greek"), QT_TR_NOOP("Gujarati"), QT_TR_NOOP("Hebrew"), QT_TR_NOOP("Hindi"),
    QT_TR_NOOP("Hungarian"), QT_TR_NOOP("Indonesian"), QT_TR_NOOP("Italian"),
    QT_TR_NOOP("Japanese"), QT_TR_NOOP("Kannada"), QT_TR_NOOP("Korean"), QT_TR_NOOP("Latvian"),
    QT_TR_NOOP("Lithuanian"), QT_TR_NOOP("Macedonian"), QT_TR_NOOP("Malayalam"),
    QT_TR_NOOP("Marathi"), QT_TR_NOOP("Nepali"), QT_TR_NOOP("Norwegian Bokmål"),
    QT_TR_NOOP("Norwegian Nynorsk"), QT_TR_NOOP("Persian"), QT_TR_NOOP("Polish"),
    QT_TR_NOOP("Portuguese"), QT_TR_NOOP("Punjabi"), QT_TR_NOOP("Romanian"),
    QT_TR_NOOP("Russian"), QT_TR_NOOP("Slovak"), QT_TR_NOOP("Slovenian"), QT_TR_NOOP("Somali"),
    QT_TR_NOOP("Spanish"), QT_TR_NOOP("Swahili"), QT_TR_NOOP("Swedish"), QT_TR_NOOP("Tamil"),
    QT_TR_NOOP("Telugu"), QT_TR_NOOP("Thai"), QT_TR_NOOP("Turkish"), QT_TR_NOOP("Ukrainian"),
    QT_TR_NOOP("Urdu"), QT_TR_NOOP("Vietnamese"), QT_TR_NOOP("Welsh"),
)
SPAN_ROLE = Qt.ItemDataRole.UserRole


def language_label(code: str) -> str:
    from PySide6.QtCore import QLocale

    from ..core.pipeline import UNDETERMINED

    if code == UNDETERMINED:
        return tr("Language unknown")
    name = QLocale.languageToString(QLocale(code).language())
    return code if name in ("C", "") else tr(name)  # LANGUAGE_NAMES: translated; else English


def section_title(text: str, toggle: QAction, name: str) -> QWidget:
    """A pane's title with a chip that shows (and toggles) its highlight colour; ``name``
    (English, whatever the language shown) names the chip for ``paint_chip``."""
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
    chip.setObjectName(f"chip{name}")
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
        self.copy_action = QAction(tr("Copy with attribution"), self.list)
        self.copy_action.triggered.connect(self.copy_current)
        self.list.addAction(self.copy_action)
        self.empty = QLabel(tr("No quoted statements in this article."))
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_title(tr("Quotes"), toggle, "Quotes"))
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
            self.speaker.addItem(tr("All speakers ({count})").format(count=len(quotes)), None)
            counts = Counter(q.speaker or "" for q in quotes)
            nobody = tr("Unattributed")
            for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
                self.speaker.addItem(f"{name or nobody} ({n})", name)
            # with a placeholder set, Qt selects nothing itself
            self.speaker.setCurrentIndex(max(0, self.speaker.findData(wanted))
                                         if wanted is not None else 0)
            self.speaker.setToolTip(tr("Show the quotes of one speaker"))
        else:
            # an empty dropdown says nothing: say why there is nothing to choose
            self.speaker.setPlaceholderText(tr("No article open") if analysis is None
                                            else tr("No quotes to filter"))
            self.speaker.setToolTip(tr("Open an article to filter its quotes by speaker")
                                    if analysis is None else tr("This article quotes no one"))
        self.speaker.setEnabled(bool(quotes))
        self.speaker.blockSignals(False)
        language = analysis.language if analysis else "en"
        unattributed = tr("unattributed")
        for q in quotes:
            text = analysis.span_text(q) if analysis else ""
            item = QListWidgetItem(quoted(text, language))
            item.setData(SECOND_LINE_ROLE, f"— {q.speaker or unattributed}")
            item.setData(SPAN_ROLE, (q.start, q.end))
            item.setData(SPAN_ROLE + 1, q.speaker or "")
            item.setData(SPAN_ROLE + 2, text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole,  # what a screen reader says
                         tr("Quote by {speaker}: {quote}").format(speaker=q.speaker, quote=text)
                         if q.speaker else tr("Unattributed quote: {quote}").format(quote=text))
            self.list.addItem(item)
        self.empty.setVisible(analysis is not None and not quotes)
        self._filter()

    def _filter(self) -> None:
        wanted = self.speaker.currentData()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(wanted is not None and item.data(SPAN_ROLE + 1) != wanted)

    def attribution(self, item: QListWidgetItem) -> str:
        speaker = item.data(SPAN_ROLE + 1) or tr("unattributed")
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
