"""File › Export Summary (choose where, write in the background, say where it went) and File ›
Print (the system's print dialog, then the same summary document as the PDF export)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from ..core.errors import ReaderError
from ..export.exporter import FORMATS, export
from ..export.naming import export_file_name
from ..export.printing import print_summary
from .articles import Articles
from .entries import Notify
from .error_lines import translate_line
from .i18n import QT_TR_NOOP, tr
from .settings import Settings
from .tasks import TaskRunner

# The file dialog's filters, in English: the setting keeps them so; the dialog shows tr() of them.
FILTERS = {"pdf": QT_TR_NOOP("PDF document (*.pdf)"), "markdown": QT_TR_NOOP("Markdown (*.md)"),
           "html": QT_TR_NOOP("Web page (*.html)")}
SUFFIX = {"pdf": ".pdf", "markdown": ".md", "html": ".html"}


def format_of(selected_filter: str) -> str:
    """The format of a filter, as the dialog shows it or in English (as kept); else PDF."""
    return next((f for f, label in FILTERS.items() if selected_filter in (label, tr(label))),
                "pdf")


def target_for(chosen: str, selected_filter: str) -> tuple[Path, str]:
    """The path and format: from the extension typed, or else from the filter chosen."""
    path = Path(chosen)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        fmt = format_of(selected_filter)
        path = path.with_name(path.name + SUFFIX[fmt])
    return path, fmt


def suggested_name(title: str | None, path_key: str, selected_filter: str) -> str:
    """The file name the dialog offers: from the whole title (or the file's name), safe on
    every system, never cut inside a word, with the extension of the format last chosen."""
    return export_file_name(title or Path(path_key).stem) + SUFFIX[format_of(selected_filter)]


class Exporter:
    """File › Export Summary and File › Print for the article on screen."""

    def __init__(self, window: QWidget, articles: Articles, settings: Settings,
                 tasks: TaskRunner, notify: Notify, focus: Callable[[], None]) -> None:
        self.window = window
        self.articles = articles
        self.settings = settings
        self.tasks = tasks
        self.notify = notify
        self.focus = focus
        self.last_export: Path | None = None
        self.printer: QPrinter | None = None

    def export(self, full_text: bool = False, chosen: tuple[str, str] | None = None) -> None:
        """Ask where (``chosen``, a path and a filter, skips the dialog), then write in the
        background and say where it went."""
        entry = self.articles.current_entry()
        if entry is None:
            self.notify(tr("Open an article first; then its summary can be exported."),
                        article="")
            return
        analysis = entry.rendered.analysis
        if chosen is None:
            folder = Path(self.settings.export_folder or Path.home())
            last = self.settings.export_filter or FILTERS["pdf"]
            title = (tr("{title} (full text)").format(title=entry.title) if full_text
                     else entry.title)
            name = suggested_name(title, entry.path, last)
            # the dialog itself asks before replacing an existing file
            chosen = QFileDialog.getSaveFileName(
                self.window,
                tr("Export summary with full text") if full_text else tr("Export summary"),
                str(folder / name), ";;".join(tr(label) for label in FILTERS.values()),
                tr(FILTERS[format_of(last)]))
            self.focus()
            if not chosen[0]:
                return
        out, fmt = target_for(*chosen)
        self.settings.export_folder = str(out.parent)
        self.settings.export_filter = FILTERS[fmt]
        source = entry.source

        def done(warnings: list[str]) -> None:
            self.last_export = out
            self.notify(" ".join([tr("Summary saved to {path}.").format(path=out), *warnings]))

        highlights = list(entry.highlights)
        self.tasks.run(lambda: export(analysis, out, fmt, full_text=full_text, source=source,
                                      highlights=highlights),
                       done, lambda exc: self.notify(translate_line(str(exc)), warning=True))

    def print(self, dialog: bool = True) -> QPrinter | None:
        """Print the summary on screen; ``dialog=False`` prints on the printer as it is set up
        (tests give it a PDF file). Returns the printer used, or None."""
        entry = self.articles.current_entry()
        if entry is None:
            self.notify(tr("Open an article first; then its summary can be printed."),
                        article="")
            return None
        printer = self.printer
        if printer is None:
            printer = self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if dialog:
            chooser = QPrintDialog(printer, self.window)
            chooser.setWindowTitle(tr("Print summary"))
            accepted = chooser.exec() == QPrintDialog.DialogCode.Accepted
            self.focus()
            if not accepted:
                return None
        printer.setDocName(entry.title)
        try:  # on the GUI thread: a printer is a paint device of the GUI's
            warnings = print_summary(entry.rendered.analysis, printer, source=entry.source,
                                     highlights=list(entry.highlights))
        except ReaderError as exc:  # the printer could not be started
            self.notify(translate_line(str(exc)), warning=True)
            return None
        done = (tr("The summary was printed to {path}.").format(path=printer.outputFileName())
                if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
                else tr("The summary was sent to the printer."))
        self.notify(" ".join([done, *warnings]))
        return printer
