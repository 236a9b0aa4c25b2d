"""File › Print: the system's print dialog, then the same summary document as the PDF export."""

from __future__ import annotations

from typing import Any

from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from ..core.errors import ReaderError


def print_current(window: Any, dialog: bool = True) -> QPrinter | None:
    """Print the summary of the article on screen; ``dialog=False`` prints on the printer as
    it is set up (tests give it a PDF file). Returns the printer used, or None."""
    path_key = window.current
    entry = window.entries.get(path_key) if path_key else None
    if entry is None:
        window.notify("Open an article first; then its summary can be printed.", article="")
        return None
    printer = getattr(window, "printer", None)
    if printer is None:
        printer = window.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if dialog:
        chooser = QPrintDialog(printer, window)
        chooser.setWindowTitle("Print summary")
        accepted = chooser.exec() == QPrintDialog.DialogCode.Accepted
        window.focus_article()
        if not accepted:
            return None
    from ..export.printing import print_summary

    analysis = entry.rendered.analysis
    source = entry.record.source_path if entry.record and entry.record.source_path else path_key
    printer.setDocName(entry.title)
    try:
        warnings = print_summary(analysis, printer, source=source)
    except ReaderError as exc:  # the printer could not be started
        window.notify(str(exc), warning=True)
        return None
    done = (f"The summary was printed to {printer.outputFileName()}."
            if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
            else "The summary was sent to the printer.")
    window.notify(" ".join([done, *warnings]))
    return printer
