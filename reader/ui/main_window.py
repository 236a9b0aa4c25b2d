"""The main window: the library | the article | its summary and quotes."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QStandardPaths, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import shown_name
from ..core.loaders import SUPPORTED_SUFFIXES
from . import theme
from .analysis_panes import SPAN_ROLE, QuotesPane, SummaryPane, paint_chip, scale_list_font
from .article_view import ArticlePane, MessageBar
from .busy import BusyIndicator
from .dialogs import ShortcutsDialog
from .menus import build_actions, build_menus
from .opening import Entry, OpeningMixin, describe_error
from .pane_fit import PaneFitter, SidePane
from .settings import Settings
from .shortcuts import WindowShortcuts
from .sidebar import LibrarySidebar
from .tasks import Generation

__all__ = ["Entry", "MainWindow", "describe_error"]


class MainWindow(OpeningMixin, QMainWindow):
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
        self.sidebar = LibrarySidebar()
        self.sidebar.open_requested.connect(self.open_record)
        self.sidebar.dialog_closed.connect(self.focus_article)
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
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.article_pane)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 720, 380])
        for i in range(3):
            self.splitter.setCollapsible(i, False)  # panes fold away whole, from the View menu
            # the window may be made small; the panes are then shared out by self.panes
            self.splitter.widget(i).setMinimumWidth(120)
        self.side_splitter = side
        self.setCentralWidget(self.splitter)
        self.panes = PaneFitter(self.splitter, self.article_pane, [
            SidePane(self.sidebar, 180, 280, self.act_show_library),
            SidePane(side, 250, 380, self.act_show_analysis),
        ], self.focus_article)

        self.counts = QLabel()  # the article's summary and quote counts, under any message
        self.counts.setObjectName("counts")
        self.statusBar().addWidget(self.counts)
        self.busy = BusyIndicator(self.statusBar(), self._display, self.cancel)
        build_menus(self)
        self.shortcuts = WindowShortcuts(self, self.actions())
        self._restore()
        self._paint()
        self.article_pane.header.show_welcome(self.colours.muted)
        self.summary_pane.show_analysis(None)
        self.quotes_pane.show_analysis(None)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        self.article_pane.text.setFocus()
        self._open_library()

    # --- building ------------------------------------------------------------------------

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
        self.article_pane.messages.set_colours(self.colours)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.panes.fit()

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.panes.fit(force=True)

    def focus_article(self) -> None:
        """Keyboard focus goes back to the text: Space and PageDown scroll it, and no text
        field swallows a shortcut."""
        self.article_pane.text.setFocus(Qt.FocusReason.OtherFocusReason)

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
        self._scale_lists()
        sort = self.sidebar.sort
        sort.setCurrentIndex(max(0, sort.findData(self.settings.get("library_sort", "opened"))))
        for key, action in (("show_library", self.act_show_library),
                            ("show_analysis", self.act_show_analysis)):
            if not self.settings.get(key, True, bool):
                action.setChecked(False)

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        self.remember_position()
        self.settings.set("geometry", self.saveGeometry())
        self.settings.set("splitter", self.splitter.saveState())
        self.settings.set("side_splitter", self.side_splitter.saveState())
        self.settings.set("text_size", self.article_pane.text_font().pointSizeF())
        self.settings.set("highlight_summary", self.act_highlight_summary.isChecked())
        self.settings.set("highlight_quotes", self.act_highlight_quotes.isChecked())
        self.settings.set("theme", self.theme_choice)
        for key, pane in (("show_library", self.panes.panes[0]),
                          ("show_analysis", self.panes.panes[1])):
            self.settings.set(key, pane.action.isChecked() or pane.folded)
        self.settings.set("reopen_last", self.act_reopen_last.isChecked())
        self.settings.set("library_sort", self.sidebar.sort.currentData())
        self.settings.sync()
        super().closeEvent(event)

    # --- opening ---------------------------------------------------------------------------

    def _start_folder(self) -> str:
        """Where file dialogs open: the folder used last, else the Documents folder."""
        last = str(self.settings.get("last_folder", "") or "")
        if last and Path(last).is_dir():
            return last
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return documents if documents and Path(documents).is_dir() else str(Path.home())

    def _choose_files(self) -> None:
        patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
        start = self._start_folder()
        files, _ = QFileDialog.getOpenFileNames(self, "Open articles", start,
                                                f"Articles ({patterns});;All files (*)")
        self.focus_article()
        if files:
            self.settings.set("last_folder", str(Path(files[0]).parent))
            self.open_files(files)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for path in recent:
            act = self.recent_menu.addAction(shown_name(Path(path).name).replace("&", "&&"))
            act.setToolTip(f"<p>{escape(shown_name(path))}</p>")  # a name is never markup
            act.triggered.connect(lambda _=False, p=path: self.open_files([p]))
        if recent:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction("Clear Menu", self.settings.clear_recent)
        else:
            self.recent_menu.addAction("No recent files").setEnabled(False)

    def _choose_folder(self) -> None:
        start = self._start_folder()
        folder = QFileDialog.getExistingDirectory(self, "Import a folder into the library", start)
        self.focus_article()
        if folder:
            self.settings.set("last_folder", folder)
            self.import_paths([folder])

    def notify(self, message: str, seconds: int = 10, *, warning: bool = False,
               article: str | None = None) -> None:
        """A notice above the text (and in the status bar); one about an ``article`` goes
        away when another article is shown."""
        level = MessageBar.WARNING if warning else MessageBar.INFO
        self.article_pane.messages.show_message(message, seconds, level, article)
        self.statusBar().showMessage(message, seconds * 1000)

    # --- view ------------------------------------------------------------------------------

    def _jump_summary(self, start: int, end: int) -> None:
        self.article_pane.state.go_to(start, end, self.colours.flash)

    def _jump_quote(self, start: int, end: int) -> None:
        self.article_pane.state.go_to(start, end, self.colours.flash)

    def _open_find(self) -> None:
        self.article_pane.find_bar.open_bar()

    def _zoom(self, steps: int) -> None:
        if steps:
            self.article_pane.zoom_step(steps)
        else:
            self.article_pane.zoom_reset()
        self._scale_lists()

    def _scale_lists(self) -> None:
        """The summary and quotes grow with the text's zoom (not the controls around them)."""
        pane = self.article_pane
        factor = pane.text_font().pointSizeF() / pane.base_point_size
        for lst in (self.summary_pane.list, self.quotes_pane.list):
            scale_list_font(lst, factor)

    def _copy(self) -> None:
        """Edit › Copy: what is selected where the focus is; in the quotes list, the quote
        with its attribution; otherwise the selection in the article."""
        focus = QApplication.focusWidget()
        if focus is self.quotes_pane.list:
            self.quotes_pane.copy_current()
        elif focus is self.summary_pane.list:
            item = self.summary_pane.list.currentItem()
            if item is not None:
                QGuiApplication.clipboard().setText(item.text())
        elif isinstance(focus, QLineEdit | QTextEdit | QPlainTextEdit):
            focus.copy()
        else:
            self.article_pane.text.copy()

    def _select_all(self) -> None:
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit | QAbstractItemView):
            focus.selectAll()
        else:
            self.article_pane.text.selectAll()

    def set_theme(self, choice: str) -> None:
        self.theme_choice = choice
        for act in self.theme_group.actions():
            act.setChecked(act.data() == choice)
        self.colours = theme.apply(choice)
        self._paint()
        if self.current is None:
            self.article_pane.header.show_welcome(self.colours.muted)
        else:
            self.show_header(self.current, self.entries[self.current])
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
        self.article_pane.state.go_to(start, end, self.colours.flash)

    def _toggle_dark(self) -> None:
        self.set_theme(theme.LIGHT if theme.is_dark(self.theme_choice) else theme.DARK)

    def _system_scheme_changed(self) -> None:
        if self.theme_choice == theme.SYSTEM:
            self.set_theme(theme.SYSTEM)

    def _show_shortcuts(self) -> None:
        ShortcutsDialog(self, self.actions_for_help).exec()
        self.focus_article()

    # --- drag and drop ---------------------------------------------------------------------

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_files(paths)
