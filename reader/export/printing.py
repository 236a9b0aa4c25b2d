"""File › Print: the same summary document as the PDF export, painted on a printer's pages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..core.pipeline import Analysis
from .paged import ensure_gui, paint_summary
from .summary_doc import parts
from .words import tr

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from ..library import Highlight


def print_summary(analysis: Analysis, printer: QPrinter, *, full_text: bool = False,
                  source: str | None = None,
                  highlights: Sequence[Highlight] | None = None,
                  by_section: bool = False) -> list[str]:
    """Print the summary document on ``printer`` (as set up by a print dialog: its paper is
    kept, the margins are the document's own). Returns warnings meant for the person (missing
    fonts); raises ExportError when the printer cannot be started. ``highlights``: the
    reader's, in a section of their own. ``by_section``: the summary section by section."""
    ensure_gui()
    printer.setDocName(parts(analysis, source).title)
    printer.setCreator("Margin")
    return paint_summary(analysis, printer, full_text=full_text, source=source,
                         failure=tr("The printer could not be started; check that it is "
                                    "connected and switched on."),
                         medium=tr("the printout", "where text is shown"),
                         highlights=highlights, by_section=by_section)
