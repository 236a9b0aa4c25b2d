"""The main window: opened articles | the article | its summary and quotes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.article import Article
from ..core.errors import ReaderError
from ..core.loaders import SUPPORTED_SUFFIXES, is_supported, load
from ..core.pipeline import Options, analyze
from . import theme
from .analysis_panes import SPAN_ROLE, QuotesPane, SummaryPane, language_label, paint_chip
from .article_view import ArticlePane
from .busy import BusyIndicator
from .dialogs import ShortcutsDialog
from .document import Rendered, build_document
from .menus import build_actions, build_menus
from .settings import Settings
from .tasks import Generation, run_task

MAX_FOLDER_FILES = 500
PATH_ROLE = Qt.ItemDataRole.UserRole


def describe_error(path: str, exc: BaseException) -> str:
    """One calm line naming the file."""
    name = Path(path).name or path
    if isinstance(exc, ReaderError):
        return f"{name} {exc}"
    if isinstance(exc, MemoryError):
        return f"{name} is too large to open in the memory available"
    if isinstance(exc, OSError):
        return f"{name} cannot be read ({exc.strerror or exc})"
    return f"{name} could not be opened because of a bug in Margin ({type(exc).__name__})"


def files_in(paths: list[str]) -> list[str]:
    """Files as given; a folder stands for every supported file inside it."""
    out: list[str] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and is_supported(f))
            out.extend(str(f) for f in found[:MAX_FOLDER_FILES])
        else:
            out.append(str(p))
    return out


@dataclass
class Entry:
    """An opened article: what was loaded, the reader's settings for it, what is shown."""

    article: Article
    options: Options
    rendered: Rendered


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.setWindowTitle("Margin")
        self.setAcceptDrops(True)
        self.settings = settings or Settings()
        self.theme_choice = str(self.settings.get("theme", theme.SYSTEM))
        self.colours = theme.apply(self.theme_choice)
        self.entries: dict[str, Entry] = {}
        self.current: str | None = None
        self._display = Generation()  # the newest request whose result may be shown
        self.actions_for_help: list[QAction] = []

        build_actions(self)
        self.article_list = QListWidget()
        self.article_list.setObjectName("openedArticles")
        self.article_list.itemClicked.connect(self._select_entry)
        self.article_list.itemActivated.connect(self._select_entry)
        self.article_pane = ArticlePane()
        self.summary_pane = SummaryPane(self.act_highlight_summary)
        self.quotes_pane = QuotesPane(self.act_highlight_quotes)
        self.summary_pane.jump.connect(self._jump_summary)
        self.quotes_pane.jump.connect(self._jump_quote)
        self.summary_pane.options_changed.connect(self.recompute)

        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self._padded(self.summary_pane))
        side.addWidget(self._padded(self.quotes_pane))
        side.setSizes([480, 320])
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self._titled("Opened", self.article_list))
        self.splitter.addWidget(self.article_pane)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([210, 760, 380])
        self.side_splitter = side
        self.setCentralWidget(self.splitter)

        self.busy = BusyIndicator(self.statusBar(), self._display, self.cancel)
        build_menus(self)
        self._restore()
        self._paint()
        self.article_pane.header.show_welcome(self.colours.muted)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

    # --- building ------------------------------------------------------------------------

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 10, 0, 6)
        label = QLabel(title)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        layout.addWidget(label)
        layout.addWidget(widget, 1)
        return box

    @staticmethod
    def _padded(widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.addWidget(widget)
        return box

    def _paint(self) -> None:
        paint_chip(self.summary_pane, "Summary", self.colours.summary)
        paint_chip(self.quotes_pane, "Quotes", self.colours.quote)

    # --- settings --------------------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self.settings.get("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 860)
        for key, splitter in (("splitter", self.splitter), ("side_splitter", self.side_splitter)):
            state = self.settings.get(key)
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
        size = float(self.settings.get("text_size", 0.0, float) or 0.0)
        self.article_pane.set_point_size(size or self.article_pane.base_point_size)

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        self.settings.set("geometry", self.saveGeometry())
        self.settings.set("splitter", self.splitter.saveState())
        self.settings.set("side_splitter", self.side_splitter.saveState())
        self.settings.set("text_size", self.article_pane.text_font().pointSizeF())
        self.settings.set("highlight_summary", self.act_highlight_summary.isChecked())
        self.settings.set("highlight_quotes", self.act_highlight_quotes.isChecked())
        self.settings.set("theme", self.theme_choice)
        self.settings.sync()
        super().closeEvent(event)

    # --- opening ---------------------------------------------------------------------------

    def _choose_files(self) -> None:
        patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
        start = str(self.settings.get("last_folder", "") or "")
        files, _ = QFileDialog.getOpenFileNames(self, "Open articles", start,
                                                f"Articles ({patterns});;All files (*)")
        if files:
            self.settings.set("last_folder", str(Path(files[0]).parent))
            self.open_files(files)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for path in recent:
            act = self.recent_menu.addAction(Path(path).name)
            act.setToolTip(path)
            act.triggered.connect(lambda _=False, p=path: self.open_files([p]))
        if recent:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction("Clear Menu", self.settings.clear_recent)
        else:
            self.recent_menu.addAction("No recent files").setEnabled(False)

    def open_files(self, paths: list[str]) -> None:
        """Open every file (a folder: every supported file in it); the last one is shown."""
        files = files_in(paths)
        for i, path in enumerate(files):
            self.open_file(path, show=i == len(files) - 1)

    def open_file(self, path: str, show: bool = True) -> None:
        path = str(Path(path).absolute())
        entry = self.entries.get(path)
        if entry is not None and show:
            self._show(path, entry)
            return
        ticket = self._begin(Path(path).name) if show else None
        colours, font = self.colours, self.article_pane.text_font()
        toggles = self._toggles()

        def work() -> tuple[Article, Rendered]:
            article = load(path)
            analysis = analyze(article, Options())
            return article, build_document(analysis, colours, font, **toggles)

        def done(result: tuple[Article, Rendered]) -> None:
            article, rendered = result
            entry = Entry(article, Options(), rendered)
            self.entries[path] = entry
            self._list_entry(path, rendered)
            self.settings.add_recent(path)
            if ticket is not None and self._display.current(ticket):
                self._end_busy()
                self._show(path, entry)

        def failed(exc: BaseException) -> None:
            if ticket is not None and self._display.current(ticket):
                self._end_busy()
            self.notify(describe_error(path, exc))

        run_task(work, done, failed)

    def _list_entry(self, path: str, rendered: Rendered) -> None:
        for i in range(self.article_list.count()):
            if self.article_list.item(i).data(PATH_ROLE) == path:
                return
        art = rendered.analysis.article
        item = QListWidgetItem(art.title or Path(path).stem)
        item.setData(PATH_ROLE, path)
        item.setToolTip(path)
        self.article_list.addItem(item)

    def _select_entry(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        entry = self.entries.get(path)
        if entry is not None:
            self._display.next()  # whatever was on its way is no longer wanted
            self._end_busy()
            self._show(path, entry)

    def _show(self, path: str, entry: Entry) -> None:
        self.current = path
        rendered = entry.rendered
        analysis = rendered.analysis
        art = analysis.article
        title = art.title or Path(path).stem
        self.setWindowTitle(f"{title} — Margin")
        facts = [art.author, art.date, Path(path).name, language_label(analysis.language),
                 f"{rendered.word_count:,} words", f"{rendered.minutes} min read"]
        self.article_pane.header.show_facts(title, [f for f in facts if f], self.colours.muted)
        self.article_pane.show_rendered(rendered)
        self.summary_pane.set_options(entry.options, analysis.language
                                      if not entry.options.language else None)
        self.summary_pane.show_analysis(analysis)
        self.quotes_pane.show_analysis(analysis)
        for i in range(self.article_list.count()):
            item = self.article_list.item(i)
            if item.data(PATH_ROLE) == path:
                self.article_list.setCurrentItem(item)
        self.statusBar().showMessage(
            f"{len(analysis.summary)} summary sentences · {len(analysis.quotes)} quotes", 4000)

    # --- recomputing -----------------------------------------------------------------------

    def _toggles(self) -> dict[str, bool]:
        return {"show_summary": self.act_highlight_summary.isChecked(),
                "show_quotes": self.act_highlight_quotes.isChecked()}

    def recompute(self, options: Options) -> None:
        """New summary settings for the article shown: analyse again in the background."""
        path = self.current
        entry = self.entries.get(path) if path else None
        if path is None or entry is None:
            return
        entry.options = options
        ticket = self._begin("summary")
        colours, font, toggles = self.colours, self.article_pane.text_font(), self._toggles()
        article = entry.article

        def work() -> Rendered:
            return build_document(analyze(article, options), colours, font, **toggles)

        def done(rendered: Rendered) -> None:
            if not self._display.current(ticket) or self.current != path:
                return  # a newer request, or another article, came first
            self._end_busy()
            entry.rendered = rendered
            self.article_pane.replace_document(rendered)
            self.summary_pane.show_analysis(rendered.analysis)
            self.quotes_pane.show_analysis(rendered.analysis)
            self.summary_pane.set_options(options, rendered.analysis.language
                                          if not options.language else None)

        def failed(exc: BaseException) -> None:
            if self._display.current(ticket):
                self._end_busy()
                self.notify(describe_error(path, exc))

        run_task(work, done, failed)

    def _rehighlight(self) -> None:
        """Highlights toggled or colours changed: reformat the shown article off the GUI thread."""
        path = self.current
        entry = self.entries.get(path) if path else None
        if entry is None:
            return
        analysis, positions = entry.rendered.analysis, entry.rendered.positions
        colours, font, toggles = self.colours, self.article_pane.text_font(), self._toggles()
        ticket = self._display.next()

        def done(rendered: Rendered) -> None:
            if self._display.current(ticket) and self.current == path:
                entry.rendered = rendered
                self.article_pane.replace_document(rendered)

        run_task(lambda: build_document(analysis, colours, font, positions=positions, **toggles),
                 done, lambda exc: self.notify(describe_error(path, exc)))

    # --- busy indicator --------------------------------------------------------------------

    def _begin(self, what: str) -> int:
        ticket = self._display.next()
        self.busy.start(ticket, f"Analysing {what}…")
        return ticket

    def _end_busy(self) -> None:
        self.busy.stop()

    def cancel(self) -> None:
        """Stop waiting: the result, when it comes, is dropped."""
        self._display.next()
        self.busy.stop()
        self.statusBar().showMessage("Stopped.", 3000)

    def notify(self, message: str) -> None:
        self.article_pane.messages.show_message(message)
        self.statusBar().showMessage(message, 10000)

    # --- view ------------------------------------------------------------------------------

    def _jump_summary(self, start: int, end: int) -> None:
        self.article_pane.text.go_to(start, end, self.colours.flash)

    def _jump_quote(self, start: int, end: int) -> None:
        self.article_pane.text.go_to(start, end, self.colours.flash)

    def _open_find(self) -> None:
        self.article_pane.find_bar.open_bar()

    def _zoom(self, steps: int) -> None:
        if steps:
            self.article_pane.zoom_step(steps)
        else:
            self.article_pane.zoom_reset()

    def set_theme(self, choice: str) -> None:
        self.theme_choice = choice
        for act in self.theme_group.actions():
            act.setChecked(act.data() == choice)
        self.colours = theme.apply(choice)
        self._paint()
        if self.current is None:
            self.article_pane.header.show_welcome(self.colours.muted)
        else:
            self._show(self.current, self.entries[self.current])
            self._rehighlight()

    def _step(self, lst: QListWidget, delta: int) -> None:
        """Go to the next (or previous) visible item of a list and show it in the text."""
        rows = [i for i in range(lst.count()) if not lst.item(i).isHidden()]
        if not rows:
            return
        current = lst.currentRow()
        later = [r for r in rows if (r > current if delta > 0 else r < current)]
        row = (later[0] if delta > 0 else later[-1]) if later else (
            rows[0] if delta > 0 else rows[-1])
        lst.setCurrentRow(row)
        start, end = lst.item(row).data(SPAN_ROLE)
        self.article_pane.text.go_to(start, end, self.colours.flash)

    def _toggle_dark(self) -> None:
        self.set_theme(theme.LIGHT if theme.is_dark(self.theme_choice) else theme.DARK)

    def _system_scheme_changed(self) -> None:
        if self.theme_choice == theme.SYSTEM:
            self.set_theme(theme.SYSTEM)

    def _show_shortcuts(self) -> None:
        ShortcutsDialog(self, self.actions_for_help).exec()

    # --- drag and drop ---------------------------------------------------------------------

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_files(paths)
