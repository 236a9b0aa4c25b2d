"""The main window: opened articles, the article text, and its summary and quotes."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import ReaderError
from ..core.loaders import SUPPORTED_SUFFIXES, is_supported
from ..core.pipeline import Analysis, analyze_file
from .tasks import Generation, run_task

SUMMARY_COLOUR = QColor(255, 236, 153)
QUOTE_COLOUR = QColor(196, 226, 255)


def utf16_offsets(text: str) -> list[int]:
    """Qt counts UTF-16 units; Python counts code points. Map a str index to a Qt position."""
    table = [0] * (len(text) + 1)
    pos = 0
    for i, ch in enumerate(text):
        table[i] = pos
        pos += 2 if ord(ch) > 0xFFFF else 1
    table[len(text)] = pos
    return table


def describe_error(path: str, exc: BaseException) -> str:
    name = Path(path).name
    if isinstance(exc, ReaderError):
        return f"{name} {exc}"
    if isinstance(exc, OSError):
        return f"{name} cannot be read ({exc.strerror or exc})"
    return f"{name} could not be opened because of a bug in Margin ({type(exc).__name__})"


class ArticleView(QTextBrowser):
    """The text, set in a readable column, with summary and quote highlights."""

    MEASURE_CHARS = 72

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setObjectName("articleText")
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.15)
        self.setFont(font)
        self.document().setDocumentMargin(24)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._map: list[int] = [0]

    def show_analysis(self, analysis: Analysis) -> None:
        text = analysis.article.text
        self._map = utf16_offsets(text)
        self.setPlainText(text)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setLineHeight(145, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.mergeBlockFormat(block)
        self._apply_measure()
        selections = []
        for spans, colour in ((analysis.summary, SUMMARY_COLOUR), (analysis.quotes, QUOTE_COLOUR)):
            for span in spans:
                sel = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.document())
                cursor.setPosition(self._map[span.start])
                cursor.setPosition(self._map[span.end], QTextCursor.MoveMode.KeepAnchor)
                char = QTextCharFormat()
                char.setBackground(colour)
                sel.cursor = cursor
                sel.format = char
                selections.append(sel)
        self.setExtraSelections(selections)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def go_to(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self._map[start])
        cursor.setPosition(self._map[end], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def _apply_measure(self) -> None:
        """Keep lines about MEASURE_CHARS long, centred, however wide the window is."""
        measure = self.fontMetrics().averageCharWidth() * self.MEASURE_CHARS
        side = max(0, (self.viewport().width() - measure) // 2)
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if fmt.leftMargin() != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            frame.setFrameFormat(fmt)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._apply_measure()


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Margin")
        self.resize(1280, 800)
        self.setAcceptDrops(True)
        self._generation = Generation()
        self.analysis: Analysis | None = None

        self.articles = QListWidget()
        self.articles.setObjectName("openedArticles")
        self.articles.itemActivated.connect(self._reopen)

        self.header = QLabel()
        self.header.setObjectName("articleHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setContentsMargins(24, 16, 24, 8)
        self.text = ArticleView()
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.header)
        centre_layout.addWidget(self.text, 1)

        self.summary = QListWidget()
        self.summary.setObjectName("summaryList")
        self.summary.setWordWrap(True)
        self.summary.setSpacing(6)
        self.summary.itemClicked.connect(self._jump)
        self.quotes = QListWidget()
        self.quotes.setObjectName("quotesList")
        self.quotes.setWordWrap(True)
        self.quotes.setSpacing(6)
        self.quotes.itemClicked.connect(self._jump)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 8, 8, 8)
        side_layout.addWidget(self._section_label("Summary"))
        side_layout.addWidget(self.summary, 3)
        side_layout.addWidget(self._section_label("Quotes"))
        side_layout.addWidget(self.quotes, 2)

        splitter = QSplitter()
        splitter.addWidget(self.articles)
        splitter.addWidget(centre)
        splitter.addWidget(side)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([220, 700, 360])
        self.setCentralWidget(splitter)
        self._build_menu()
        self._show_welcome()

    @staticmethod
    def _section_label(text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        return label

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        open_action = QAction("&Open…", self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self._choose_files)
        file_menu.addAction(open_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def _show_welcome(self) -> None:
        self.header.setText("<h2>Margin</h2><p>Drop an article here, or use File › Open.</p>")

    # --- opening ---------------------------------------------------------------------------

    def _choose_files(self) -> None:
        patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
        files, _ = QFileDialog.getOpenFileNames(self, "Open articles", "",
                                                f"Articles ({patterns});;All files (*)")
        self.open_files(files)

    def open_files(self, paths: list[str]) -> None:
        """Open each file; the last one given is shown."""
        for path in paths:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        ticket = self._generation.next()
        self.statusBar().showMessage(f"Opening {Path(path).name}…")

        def done(analysis: Analysis) -> None:
            if self._generation.current(ticket):
                self.show_analysis(analysis, path)

        def failed(exc: BaseException) -> None:
            message = describe_error(path, exc)
            self.statusBar().showMessage(message)

        run_task(lambda: analyze_file(path), done, failed)

    def show_analysis(self, analysis: Analysis, path: str) -> None:
        self.analysis = analysis
        art = analysis.article
        title = art.title or Path(path).stem
        self.setWindowTitle(f"{title} — Margin")
        facts = [art.author, art.date, Path(path).name, analysis.language,
                 f"{art.word_count:,} words", f"{max(1, round(art.word_count / 230))} min read"]
        self.header.setText(
            f"<h2>{escape(title)}</h2><p>{escape(' · '.join(f for f in facts if f))}</p>")
        self.text.show_analysis(analysis)
        self.summary.clear()
        for span in analysis.summary:
            item = QListWidgetItem(analysis.span_text(span))
            item.setData(Qt.ItemDataRole.UserRole, (span.start, span.end))
            self.summary.addItem(item)
        self.quotes.clear()
        for q in analysis.quotes:
            item = QListWidgetItem(f"“{analysis.span_text(q)}”\n— {q.speaker or 'unattributed'}")
            item.setData(Qt.ItemDataRole.UserRole, (q.start, q.end))
            self.quotes.addItem(item)
        if not self.articles.findItems(title, Qt.MatchFlag.MatchExactly):
            entry = QListWidgetItem(title)
            entry.setData(Qt.ItemDataRole.UserRole, path)
            entry.setToolTip(path)
            self.articles.addItem(entry)
        self.statusBar().showMessage(
            f"{len(analysis.summary)} summary sentences, {len(analysis.quotes)} quotes", 5000)

    def _reopen(self, item: QListWidgetItem) -> None:
        self.open_file(item.data(Qt.ItemDataRole.UserRole))

    def _jump(self, item: QListWidgetItem) -> None:
        start, end = item.data(Qt.ItemDataRole.UserRole)
        self.text.go_to(start, end)

    # --- drag and drop ---------------------------------------------------------------------

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:  # noqa: N802
        paths: list[str] = []
        for url in event.mimeData().urls():
            if not url.isLocalFile():
                continue
            p = Path(url.toLocalFile())
            if p.is_dir():
                paths.extend(str(f) for f in sorted(p.iterdir()) if is_supported(f))
            else:
                paths.append(str(p))
        if paths:
            event.acceptProposedAction()
            self.open_files(paths)
