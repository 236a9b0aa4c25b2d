"""The summary pane: the summary with its controls (length, method, language), shown for the
whole document, by section (each section's title with its own sentences, collapsible), or as a
recap of what the reader has read so far."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.pipeline import Analysis, Options
from ..core.sentences import PUNKT_MODELS
from ..core.summarize import ALGORITHMS, DEFAULT_ALGORITHM
from .analysis_panes import ALGORITHM_LABELS, SPAN_ROLE, _list, language_label, section_title
from .i18n import tr

SECTION_ROLE = Qt.ItemDataRole.UserRole + 5  # a section's title item: the section's index
WHOLE, BY_SECTION = "whole", "sections"


class SummaryPane(QWidget):
    """Summary sentences in document order, and the controls that make them."""

    jump = Signal(int, int)
    options_changed = Signal(object)  # Options
    recap_ended = Signal()

    def __init__(self, toggle: QAction, recap: QAction | None = None) -> None:
        super().__init__()
        self.length = QSpinBox()
        self.length.setObjectName("summaryLength")
        self.length.setRange(0, 500)
        self.length.setSpecialValueText(tr("Auto", "summary length"))
        self.length.setToolTip(tr("How long the summary is; Auto grows with the text"))
        self.unit = QComboBox()
        self.unit.addItems([tr("sentences", "unit of the summary's length"), tr("% of text")])
        self.algorithm = QComboBox()
        self.algorithm.setObjectName("algorithm")
        for name in ALGORITHMS:
            self.algorithm.addItem(tr(ALGORITHM_LABELS.get(name, name)), name)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(tr("Detected", "language"), None)
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
        self.mode = QComboBox()
        self.mode.setObjectName("summaryMode")
        self.mode.addItem(tr("Whole document"), WHOLE)
        self.mode.addItem(tr("By section"), BY_SECTION)
        self.mode.setToolTip(tr("The summary of the whole document, or each section's own"))
        self.mode.currentIndexChanged.connect(lambda _: self._render())
        self.recap_note = QLabel()  # says what a recap covers
        self.recap_note.setObjectName("recapNote")
        self.recap_note.setWordWrap(True)
        self.leave_recap = QPushButton(tr("Show the whole summary"))
        self.leave_recap.setObjectName("leaveRecap")
        self.leave_recap.clicked.connect(self.end_recap)
        recap_row = QWidget()  # the note across the pane, its button under it on the right
        rr = QVBoxLayout(recap_row)
        rr.setContentsMargins(0, 4, 0, 0)
        rr.setSpacing(2)
        rr.addWidget(self.recap_note)
        rr.addWidget(self.leave_recap, 0, Qt.AlignmentFlag.AlignRight)
        self.recap_row = recap_row
        recap_row.hide()
        self.analysis: Analysis | None = None
        self.recap: Analysis | None = None
        self.collapsed: set[int] = set()  # sections folded by the reader

        length_row = QWidget()
        lr = QHBoxLayout(length_row)
        lr.setContentsMargins(0, 0, 0, 0)
        lr.addWidget(self.length, 1)
        lr.addWidget(self.unit, 1)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("Length"), length_row)
        form.addRow(tr("Method"), self.algorithm)
        form.addRow(tr("Language"), self.language)
        show_row = QWidget()
        sr = QHBoxLayout(show_row)
        sr.setContentsMargins(0, 0, 0, 0)
        sr.addWidget(self.mode, 1)
        self.recap_button = QToolButton()  # "Recap up to here", the action's own button
        self.recap_button.setObjectName("recapButton")
        if recap is not None:
            self.recap_button.setDefaultAction(recap)
            self.recap_button.setText(tr("Recap", "button"))
        sr.addWidget(self.recap_button)
        form.addRow(tr("Show", "which summary"), show_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_title(tr("Summary"), toggle, "Summary"))
        layout.addLayout(form)
        layout.addWidget(recap_row)
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
        self.length.setSuffix(tr(" %", "after a length in percent") if percent else "")
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
            label = (tr("Detected ({language})").format(language=language_label(detected))
                     if detected else tr("Detected", "language"))
            self.language.setItemText(0, label)
        finally:
            self._quiet = False
        self._debounce.stop()

    def show_analysis(self, analysis: Analysis | None) -> None:
        """The article's summary (a new article or a new analysis ends a recap)."""
        if analysis is None or self.analysis is None or \
                analysis.article.text is not self.analysis.article.text:
            self.collapsed = set()
        self.analysis = analysis
        self.recap = None
        self.recap_row.hide()
        has_sections = analysis is not None and any(s.summary for s in analysis.sections)
        self.mode.setEnabled(has_sections)
        self.mode.setToolTip(tr("The summary of the whole document, or each section's own") if
                             has_sections else tr("This document has no sections"))
        self._render()

    def show_recap(self, recap: Analysis, where: str) -> None:
        """A summary of only what was read: ``where`` says up to where."""
        self.recap = recap
        self.recap_note.setText(
            tr("Recap up to {where}: only what comes before your place.").format(where=where))
        self.recap_row.show()
        self._render()

    def end_recap(self) -> None:
        was = self.recap is not None
        self.recap = None
        self.recap_row.hide()
        self._render()
        if was:
            self.recap_ended.emit()

    @property
    def by_section(self) -> bool:
        return self.mode.isEnabled() and self.mode.currentData() == BY_SECTION

    def _render(self) -> None:
        self.list.clear()
        analysis = self.recap or self.analysis
        if analysis is None:
            return
        if self.by_section:
            self._render_sections(analysis)
            return
        for k, span in enumerate(analysis.summary, 1):
            self._sentence(analysis, span.start, span.end, (k, len(analysis.summary)))

    def _sentence(self, analysis: Analysis, start: int, end: int,
                  place: tuple[int, int]) -> QListWidgetItem:
        text = analysis.article.text[start:end]
        item = QListWidgetItem(text)
        item.setData(SPAN_ROLE, (start, end))
        item.setData(Qt.ItemDataRole.AccessibleTextRole,  # what a screen reader says
                     tr("Summary sentence {k} of {n}: {text}").format(k=place[0], n=place[1],
                                                                      text=text))
        self.list.addItem(item)
        return item

    def _render_sections(self, analysis: Analysis) -> None:
        sections = analysis.article.sections
        bold = QFont(self.list.font())
        bold.setBold(True)
        hidden_below: int | None = None  # the level of a folded section being skipped
        for part in analysis.sections:
            section = sections[part.section]
            if hidden_below is not None and section.level > hidden_below:
                continue
            hidden_below = None
            if not part.summary and not any(
                    p.summary for p in analysis.sections
                    if sections[p.section].start >= section.start
                    and sections[p.section].end <= section.end):
                continue  # front/back matter, or nothing to say
            folded = part.section in self.collapsed
            title = QListWidgetItem(("▸ " if folded else "▾ ") + "   " * (section.level - 1)
                                    + section.title)
            title.setData(SECTION_ROLE, part.section)
            title.setFont(bold)
            title.setToolTip(tr("Click to fold or unfold this section's summary"))
            title.setData(Qt.ItemDataRole.AccessibleTextRole,
                          (tr("Section {title}, folded") if folded else
                           tr("Section {title}, unfolded")).format(title=section.title))
            self.list.addItem(title)
            if folded:
                hidden_below = section.level
                continue
            for k, span in enumerate(part.summary, 1):
                self._sentence(analysis, span.start, span.end, (k, len(part.summary)))

    def _activate(self, item: QListWidgetItem) -> None:
        section = item.data(SECTION_ROLE)
        if section is not None:
            self.collapsed ^= {int(section)}
            self._render()
            return
        start, end = item.data(SPAN_ROLE)
        self.jump.emit(start, end)
