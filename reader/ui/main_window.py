"""The main window: the library | the article | its summary and quotes.

The window builds the panes and owns the objects that do the work: ``actions`` (every
command, typed), ``tasks`` (its pool of workers), ``library`` (the library's one owner),
``articles`` (opening, showing, analysing again), ``exporter`` (export and print),
``commands`` (what the reading keys do) and ``panes`` (who gets the width). It connects them,
keeps the preferences, and at quit stops the work before the library closes.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.addresses import address_in
from ..core.errors import shown_name
from ..core.loaders import SUPPORTED_SUFFIXES
from ..library import ImportReport
from . import theme
from .accessible import PaneCycle, name_controls
from .actions import make_actions
from .analysis_panes import QuotesPane, paint_chip
from .article_view import ArticlePane, MessageBar
from .articles import Articles
from .busy import BusyIndicator
from .contents_pane import ContentsPane
from .dialogs import ShortcutsDialog, show_about
from .entries import Entry, Look, Screen
from .exporting import Exporter
from .highlight_ui import HighlightUI
from .highlighting import Highlights
from .i18n import LANGUAGES, tr
from .importing import ImportJob
from .library_owner import LibraryOwner
from .menus import build_menus
from .notes_pane import NotesPane
from .pane_fit import PaneFitter, SidePane
from .reading_commands import ReadingCommands
from .reading_place import ReadingPlace
from .reading_settings import Reading, ReadingSettingsDialog
from .settings import Settings
from .shortcuts import WindowShortcuts
from .sidebar import LibrarySidebar
from .summary_pane import SummaryPane
from .tasks import TaskRunner
from .web_pages import WebPages

QUIT_WAIT_MS = 1500  # at quit, how long work already running may take to stop


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.setWindowTitle("Margin")
        self.setAcceptDrops(True)
        self.settings = settings or Settings()
        self.theme_choice = self.settings.theme
        self.colours = theme.apply(self.theme_choice)
        self.act = make_actions(self)
        self.tasks = TaskRunner(self)
        self.library = LibraryOwner(parent=self)
        self.import_job: ImportJob | None = None
        self.library_closed = False  # set at quit: the library finished its writes in time

        self.sidebar = LibrarySidebar()
        self.contents_pane = ContentsPane()
        self.left_tabs = QTabWidget()  # the library, and the sections of the article shown
        self.left_tabs.setObjectName("leftTabs")
        self.left_tabs.setDocumentMode(True)
        self.left_tabs.addTab(self.sidebar, tr("Library"))
        self.left_tabs.addTab(self.contents_pane, tr("Contents"))
        self.article_pane = ArticlePane()
        self.summary_pane = SummaryPane(self.act.highlight_summary, self.act.recap)
        self.quotes_pane = QuotesPane(self.act.highlight_quotes)
        self.notes_pane = NotesPane()
        self.lower_tabs = QTabWidget()  # the quotes, and the reader's own highlights and notes
        self.lower_tabs.setObjectName("lowerTabs")
        self.lower_tabs.setDocumentMode(True)
        self.lower_tabs.addTab(self._padded(self.quotes_pane), tr("Quotes"))
        self.lower_tabs.addTab(self._padded(self.notes_pane), tr("Notes"))
        self.side_splitter = QSplitter(Qt.Orientation.Vertical)
        self.side_splitter.addWidget(self._padded(self.summary_pane))
        self.side_splitter.addWidget(self.lower_tabs)
        self.side_splitter.setSizes([460, 340])
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        for pane in (self.left_tabs, self.article_pane, self.side_splitter):
            self.splitter.addWidget(pane)
            # panes fold away whole (View menu); the window may still be made small
            self.splitter.setCollapsible(self.splitter.indexOf(pane), False)
            pane.setMinimumWidth(120)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 720, 380])
        self.setCentralWidget(self.splitter)
        self.panes = PaneFitter(self.splitter, self.article_pane, [
            SidePane(self.left_tabs, 180, 280, self.act.show_library),
            SidePane(self.side_splitter, 250, 380, self.act.show_analysis),
        ], self.focus_article)
        self.counts = QLabel()  # the article's summary and quote counts, under any message
        self.counts.setObjectName("counts")
        self.statusBar().addWidget(self.counts)
        self.place = QLabel()  # where the reader is: section and percentage
        self.place.setObjectName("readingPlace")
        self.statusBar().addPermanentWidget(self.place)

        self.articles = Articles(
            Screen(self, self.article_pane, self.summary_pane, self.quotes_pane, self.sidebar,
                   BusyIndicator(self.statusBar(), lambda: self.articles.cancel()),
                   self.counts),
            self.library, self.tasks, self.settings, self.notify, self._look,
            self.focus_article, self.import_paths)
        self.busy = self.articles.screen.busy
        self.exporter = Exporter(self, self.articles, self.settings, self.tasks, self.notify,
                                 self.focus_article)
        self.commands = ReadingCommands(self.article_pane, self.summary_pane, self.quotes_pane,
                                        lambda: self.colours)
        self.highlights = Highlights(self.articles, self.library, self.article_pane,
                                     self.notify, lambda: self.colours, self)
        self.highlight_ui = HighlightUI(self.highlights, self.articles, self.article_pane,
                                        self.summary_pane, self.quotes_pane, self.notes_pane,
                                        self.lower_tabs, self.act, lambda: self.colours)
        self.menus = build_menus(self.menuBar(), self.act, self.theme_choice,
                                 self.settings.interface_language)
        self._connect()
        self.shortcuts = WindowShortcuts(self, self.act.all())
        self._restore()
        self._paint()
        self.article_pane.header.show_welcome(self.colours.muted)
        self.summary_pane.show_analysis(None)
        self.quotes_pane.show_analysis(None)
        self.article_pane.text.setFocus()
        self.reading = ReadingPlace(self.articles, self.article_pane, self.contents_pane,
                                    self.summary_pane, self.quotes_pane, self.place, self.tasks,
                                    self.notify, self)
        self.act.recap.triggered.connect(self.reading.recap)
        self.act.contents.triggered.connect(self._show_contents)
        self.web = WebPages(self, self.articles, self.library, self.tasks, self.notify)
        self.act.open_address.triggered.connect(self.web.ask_address)
        self.act.paste_new.triggered.connect(self.web.paste)
        self.act.fetch_again.triggered.connect(self.web.fetch_again)
        self.articles.shown.connect(lambda _: self._web_actions())
        self._web_actions()
        self.act.reading_settings.triggered.connect(self._reading_settings)
        self.act.underline_marks.toggled.connect(self._underline_toggled)
        self.pane_cycle = PaneCycle(self._focus_panes, self)
        self.act.next_pane.triggered.connect(lambda: self.pane_cycle.step(1))
        self.act.prev_pane.triggered.connect(lambda: self.pane_cycle.step(-1))
        self.menus.languages.triggered.connect(
            lambda act: self._choose_language(str(act.data())))
        name_controls(self)
        self.library.open()

    def _web_actions(self) -> None:
        entry = self.articles.current_entry()
        self.act.fetch_again.setEnabled(entry is not None and entry.record is not None
                                        and bool(entry.record.address))

    def _focus_panes(self) -> list[QWidget]:
        """Where F6 goes, in order: the library's list or the contents, the text, the
        summary, the quotes or the notes."""
        left = self.left_tabs.currentWidget()
        lower = self.lower_tabs.currentWidget()
        return [self.sidebar.view if left is self.sidebar else self.contents_pane.tree,
                self.article_pane.text, self.summary_pane.list,
                self.notes_pane.list if lower is self.notes_pane else self.quotes_pane.list]

    def _choose_language(self, code: str) -> None:
        self.settings.interface_language = code
        name = LANGUAGES.get(code) or tr("the system's language")
        self.notify(tr("Margin will speak {language} the next time it starts.")
                    .format(language=name))

    def _show_contents(self) -> None:
        self.act.show_library.setChecked(True)
        self.left_tabs.setCurrentWidget(self.contents_pane)
        self.contents_pane.tree.setFocus()

    # --- building ------------------------------------------------------------------------

    @staticmethod
    def _padded(widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.addWidget(widget)
        return box

    def _connect(self) -> None:
        a, articles, commands = self.act, self.articles, self.commands
        find_bar = self.article_pane.find_bar
        slots = {
            a.open: self._choose_files, a.import_folder: self._choose_folder,
            a.export: lambda: self.exporter.export(),
            a.export_full: lambda: self.exporter.export(full_text=True),
            a.print: lambda: self.exporter.print(), a.quit: self.close,
            a.copy: commands.copy, a.select_all: commands.select_all,
            a.find: find_bar.open_bar, a.find_next: lambda: find_bar.seek(True),
            a.find_prev: lambda: find_bar.seek(False),
            a.copy_quote: self.quotes_pane.copy_current,
            a.zoom_in: lambda: commands.zoom(1), a.zoom_out: lambda: commands.zoom(-1),
            a.zoom_reset: lambda: commands.zoom(0),
            a.highlight_summary: articles.rehighlight, a.highlight_quotes: articles.rehighlight,
            a.next_summary: lambda: commands.step(self.summary_pane.list, 1),
            a.prev_summary: lambda: commands.step(self.summary_pane.list, -1),
            a.next_quote: lambda: commands.step(self.quotes_pane.list, 1),
            a.prev_quote: lambda: commands.step(self.quotes_pane.list, -1),
            a.toggle_dark: self._toggle_dark, a.shortcuts: self._show_shortcuts,
            a.about: lambda: show_about(self),
        }
        for action, slot in slots.items():
            action.triggered.connect(slot)
        a.reopen_last.toggled.connect(self._reopen_last_chosen)
        self.menus.recent.aboutToShow.connect(self._fill_recent)
        self.menus.themes.triggered.connect(lambda act: self.set_theme(str(act.data())))
        self.sidebar.open_requested.connect(articles.open_record)
        self.sidebar.dialog_closed.connect(self.focus_article)
        self.summary_pane.jump.connect(commands.jump)
        self.quotes_pane.jump.connect(commands.jump)
        self.summary_pane.options_changed.connect(articles.recompute)
        self.library.opened.connect(lambda _: self.sidebar.set_library(self.library))
        self.library.opened.connect(articles.library_opened)
        self.library.unavailable.connect(articles.library_unavailable)
        self.library.problem.connect(lambda message: self.notify(message, warning=True))
        self.sidebar.removed.connect(articles.forget)
        self.sidebar.removed.connect(lambda _: self._web_actions())  # no copy to fetch anew
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

    def _look(self) -> Look:
        s = self.settings
        return Look(self.colours, self.article_pane.text_font(),
                    self.act.highlight_summary.isChecked(),
                    self.act.highlight_quotes.isChecked(), s.line_spacing, s.justify,
                    self.act.underline_marks.isChecked())

    def current_reading(self) -> Reading:
        """The reader's settings as they are now (View › Reading Settings)."""
        s = self.settings
        pane = self.article_pane
        size = pane.text_font().pointSizeF()  # as zoomed now (Ctrl+plus does not store it)
        return Reading(s.reading_font, 0.0 if abs(size - pane.base_point_size) < 0.05 else size,
                       s.line_width, s.line_spacing, s.justify, s.underline_marks)

    def set_reading(self, reading: Reading) -> None:
        """Apply reading settings at once (the place in the text is kept) and remember them."""
        s = self.settings
        old = self.current_reading()
        s.reading_font, s.line_width = reading.family, reading.line_width
        s.line_spacing, s.justify = reading.line_spacing, reading.justify
        s.underline_marks = reading.underline_marks
        pane = self.article_pane
        pane.set_family(reading.family)
        pane.set_point_size(reading.size or pane.base_point_size)
        s.text_size = pane.text_font().pointSizeF() if reading.size else 0.0
        pane.set_measure(reading.line_width)
        self.commands.scale_lists()
        self.act.underline_marks.setChecked(reading.underline_marks)
        if (old.family, old.size, old.line_spacing, old.justify, old.underline_marks) != (
                reading.family, reading.size, reading.line_spacing, reading.justify,
                reading.underline_marks):
            self.articles.rehighlight()

    def _reading_settings(self) -> None:
        dialog = ReadingSettingsDialog(self, self.current_reading(),
                                       self.article_pane.base_point_size, self.set_reading)
        dialog.exec()
        self.focus_article()

    def _underline_toggled(self, on: bool) -> None:
        if on != self.settings.underline_marks:
            self.settings.underline_marks = on
            self.articles.rehighlight()

    def _paint(self) -> None:
        paint_chip(self.summary_pane, "Summary", self.colours.summary)
        paint_chip(self.quotes_pane, "Quotes", self.colours.quote)
        self.article_pane.messages.set_colours(self.colours)
        self.highlight_ui.set_colours(self.colours)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.panes.fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.panes.fit(force=True)

    def focus_article(self) -> None:
        """Keyboard focus goes back to the text: Space and PageDown scroll it, and no text
        field swallows a shortcut."""
        self.article_pane.text.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the articles (what tests and the single-instance hand-over call) ------------------

    @property
    def entries(self) -> dict[str, Entry]:
        return self.articles.entries

    @property
    def current(self) -> str | None:
        return self.articles.current

    def open_files(self, paths: list[str]) -> None:
        self.articles.open_paths(paths)

    def open_file(self, path: str) -> None:
        self.articles.open_paths([path])

    def import_paths(self, paths: list[str]) -> None:
        if not self.library.available:
            self.notify(tr("The library is not available, so nothing can be imported."),
                        warning=True)
            return

        def finished(report: ImportReport) -> None:
            self.sidebar.refresh()

        self.import_job = ImportJob(self, self.library, self.tasks, paths, finished)

    def notify(self, message: str, seconds: int = 10, *, warning: bool = False,
               article: str | None = None) -> None:
        """A notice above the text (and in the status bar); one about an ``article`` goes
        away when another article is shown."""
        level = MessageBar.WARNING if warning else MessageBar.INFO
        self.article_pane.messages.show_message(message, seconds, level, article)
        self.statusBar().showMessage(message, seconds * 1000)

    # --- preferences ---------------------------------------------------------------------

    def _restore(self) -> None:
        s = self.settings
        if not s.geometry.isEmpty():
            self.restoreGeometry(s.geometry)
        else:
            self.resize(1360, 860)
        for state, splitter in ((s.splitter, self.splitter),
                                (s.side_splitter, self.side_splitter)):
            if not state.isEmpty():
                splitter.restoreState(state)
        self.article_pane.set_family(s.reading_font)
        self.article_pane.set_measure(s.line_width)
        self.article_pane.set_point_size(s.text_size or self.article_pane.base_point_size)
        self.commands.scale_lists()
        a = self.act
        a.underline_marks.setChecked(s.underline_marks)
        a.highlight_summary.setChecked(s.highlight_summary)
        a.highlight_quotes.setChecked(s.highlight_quotes)
        a.reopen_last.setChecked(s.reopen_last)
        self.articles.reopen_last = s.reopen_last
        sort = self.sidebar.sort
        sort.setCurrentIndex(max(0, sort.findData(s.library_sort)))
        if not s.show_library:
            a.show_library.setChecked(False)
        if not s.show_analysis:
            a.show_analysis.setChecked(False)

    def _save(self) -> None:
        s, a = self.settings, self.act
        s.geometry = self.saveGeometry()
        s.splitter = self.splitter.saveState()
        s.side_splitter = self.side_splitter.saveState()
        s.text_size = self.article_pane.text_font().pointSizeF()
        s.highlight_summary = a.highlight_summary.isChecked()
        s.highlight_quotes = a.highlight_quotes.isChecked()
        s.theme = self.theme_choice
        library_pane, analysis_pane = self.panes.panes
        s.show_library = library_pane.action.isChecked() or library_pane.folded
        s.show_analysis = analysis_pane.action.isChecked() or analysis_pane.folded
        s.reopen_last = a.reopen_last.isChecked()
        s.library_sort = str(self.sidebar.sort.currentData())
        s.sync()

    def _reopen_last_chosen(self, on: bool) -> None:
        self.articles.reopen_last = on

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Keep the reader's place and preferences, stop the work (bounded), then let the
        library finish the writes asked for and close."""
        self.articles.remember_position()
        self._save()
        self.tasks.shutdown(QUIT_WAIT_MS)
        self.library_closed = self.library.close(QUIT_WAIT_MS / 1000)
        super().closeEvent(event)

    # --- files ---------------------------------------------------------------------------

    def _start_folder(self) -> str:
        """Where file dialogs open: the folder used last, else the Documents folder."""
        last = self.settings.last_folder
        if last and Path(last).is_dir():
            return last
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return documents if documents and Path(documents).is_dir() else str(Path.home())

    def _choose_files(self) -> None:
        patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
        filters = ";;".join([tr("Articles ({patterns})").format(patterns=patterns),
                             tr("All files (*)")])
        files, _ = QFileDialog.getOpenFileNames(self, tr("Open articles"), self._start_folder(),
                                                filters)
        self.focus_article()
        if files:
            self.settings.last_folder = str(Path(files[0]).parent)
            self.open_files(files)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Import a folder into the library"),
                                                  self._start_folder())
        self.focus_article()
        if folder:
            self.settings.last_folder = folder
            self.import_paths([folder])

    def _fill_recent(self) -> None:
        menu = self.menus.recent
        menu.clear()
        recent = self.settings.recent_files()
        for path in recent:
            act = menu.addAction(shown_name(Path(path).name).replace("&", "&&"))
            act.setToolTip(f"<p>{escape(shown_name(path))}</p>")  # a name is never markup
            act.triggered.connect(lambda _=False, p=path: self.open_files([p]))
        if recent:
            menu.addSeparator()
            menu.addAction(tr("Clear Menu"), self.settings.clear_recent)
        else:
            menu.addAction(tr("No recent files")).setEnabled(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        mime = event.mimeData()  # files, or a link from a browser (a URL or its text)
        if mime.hasUrls() or (mime.hasText() and address_in(mime.text()) is not None):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        mime = event.mimeData()
        paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_files(paths)
        elif self.web.drop(mime):
            event.acceptProposedAction()

    # --- looks ---------------------------------------------------------------------------

    def set_theme(self, choice: str) -> None:
        self.theme_choice = choice
        for act in self.menus.themes.actions():
            act.setChecked(act.data() == choice)
        self.colours = theme.apply(choice)
        self._paint()
        if self.current is None:
            self.article_pane.header.show_welcome(self.colours.muted)
        else:
            self.articles.show_header()
            self.articles.rehighlight()

    def _toggle_dark(self) -> None:
        self.set_theme(theme.LIGHT if theme.is_dark(self.theme_choice) else theme.DARK)

    def _system_scheme_changed(self) -> None:
        if self.theme_choice == theme.SYSTEM:
            self.set_theme(theme.SYSTEM)

    def _show_shortcuts(self) -> None:
        ShortcutsDialog(self, self.act.for_help).exec()
        self.focus_article()
