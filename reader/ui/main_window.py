"""The main window: the library | the article | its summary and quotes."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QListWidget,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import shown_name
from ..core.loaders import SUPPORTED_SUFFIXES
from . import theme
from .analysis_panes import SPAN_ROLE, QuotesPane, SummaryPane, paint_chip
from .article_view import ArticlePane
from .busy import BusyIndicator
from .dialogs import ShortcutsDialog
from .menus import build_actions, build_menus
from .opening import Entry, OpeningMixin, describe_error
from .settings import Settings
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
        self.splitter.setSizes([260, 740, 380])
        self.side_splitter = side
        self.setCentralWidget(self.splitter)

        self.busy = BusyIndicator(self.statusBar(), self._display, self.cancel)
        build_menus(self)
        self._restore()
        self._paint()
        self.article_pane.header.show_welcome(self.colours.muted)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
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
        self.remember_position()
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
            act = self.recent_menu.addAction(shown_name(Path(path).name).replace("&", "&&"))
            act.setToolTip(f"<p>{escape(shown_name(path))}</p>")  # a name is never markup
            act.triggered.connect(lambda _=False, p=path: self.open_files([p]))
        if recent:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction("Clear Menu", self.settings.clear_recent)
        else:
            self.recent_menu.addAction("No recent files").setEnabled(False)

    def _choose_folder(self) -> None:
        start = str(self.settings.get("last_folder", "") or "")
        folder = QFileDialog.getExistingDirectory(self, "Import a folder into the library", start)
        if folder:
            self.settings.set("last_folder", folder)
            self.import_paths([folder])

    def notify(self, message: str, seconds: int = 10) -> None:
        self.article_pane.messages.show_message(message, seconds)
        self.statusBar().showMessage(message, seconds * 1000)

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
