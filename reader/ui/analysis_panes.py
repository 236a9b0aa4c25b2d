"""The right-hand side: the summary with its controls, and the quotes with their speakers."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.pipeline import Analysis, Options
from ..core.quoting import quoted
from ..core.sentences import PUNKT_MODELS
from ..core.summarize import ALGORITHMS, DEFAULT_ALGORITHM
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


class SummaryPane(QWidget):
    """Summary sentences in document order, and the controls that make them."""

    jump = Signal(int, int)
    options_changed = Signal(object)  # Options

    def __init__(self, toggle: QAction) -> None:
        super().__init__()
        self.length = QSpinBox()
        self.length.setObjectName("summaryLength")
        self.length.setRange(0, 500)
        self.length.setSpecialValueText("Auto")
        self.length.setToolTip("How long the summary is; Auto grows with the text")
        self.unit = QComboBox()
        self.unit.addItems(["sentences", "% of text"])
        self.algorithm = QComboBox()
        self.algorithm.setObjectName("algorithm")
        for name in ALGORITHMS:
            self.algorithm.addItem(ALGORITHM_LABELS.get(name, name), name)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("Detected", None)
        labels: set[str] = set()
        for code in sorted(PUNKT_MODELS, key=lambda c: (language_label(c), len(c), c)):
            label = language_label(code)
            if label not in labels:  # "no" and "nb" are both Norwegian Bokmål: listed once
                labels.add(label)
                self.language.addItem(label, code)
        self.list = _list()
        self.list.setObjectName("summaryList")
        self.list.itemClicked.connect(self._activate)
        self.list.itemActivated.connect(self._activate)

        length_row = QWidget()
        lr = QHBoxLayout(length_row)
        lr.setContentsMargins(0, 0, 0, 0)
        lr.addWidget(self.length, 1)
        lr.addWidget(self.unit, 1)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("Length", length_row)
        form.addRow("Method", self.algorithm)
        form.addRow("Language", self.language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_title("Summary", toggle))
        layout.addLayout(form)
        layout.addWidget(self.list, 1)

        self._quiet = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(lambda: self.options_changed.emit(self.options()))
        self.length.valueChanged.connect(self._changed)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.algorithm.currentIndexChanged.connect(self._changed)
        self.language.currentIndexChanged.connect(self._changed)

    def _unit_changed(self) -> None:
        percent = self.unit.currentIndex() == 1
        self.length.setRange(0, 100 if percent else 500)
        self.length.setSuffix(" %" if percent else "")
        self._changed()

    def _changed(self) -> None:
        if not self._quiet:
            self._debounce.start()

    def options(self) -> Options:
        n = self.length.value()
        percent = self.unit.currentIndex() == 1
        return Options(
            sentences=n if n and not percent else None,
            ratio=n / 100 if n and percent else None,
            algorithm=self.algorithm.currentData() or DEFAULT_ALGORITHM,
            language=self.language.currentData(),
        )

    def set_options(self, options: Options, detected: str | None) -> None:
        """Show an article's settings without asking for a new analysis."""
        self._quiet = True
        try:
            self.unit.setCurrentIndex(1 if options.ratio else 0)
            self._unit_changed()
            if options.ratio:
                self.length.setValue(round(options.ratio * 100))
            else:
                self.length.setValue(options.sentences or 0)
            self.algorithm.setCurrentIndex(max(0, self.algorithm.findData(options.algorithm)))
            index = self.language.findData(options.language) if options.language else 0
            self.language.setCurrentIndex(max(0, index))
            label = f"Detected ({language_label(detected)})" if detected else "Detected"
            self.language.setItemText(0, label)
        finally:
            self._quiet = False
        self._debounce.stop()

    def show_analysis(self, analysis: Analysis | None) -> None:
        self.list.clear()
        if analysis is None:
            return
        for span in analysis.summary:
            item = QListWidgetItem(analysis.span_text(span))
            item.setData(SPAN_ROLE, (span.start, span.end))
            self.list.addItem(item)

    def _activate(self, item: QListWidgetItem) -> None:
        start, end = item.data(SPAN_ROLE)
        self.jump.emit(start, end)


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
