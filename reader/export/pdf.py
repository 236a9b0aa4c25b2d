"""The summary document as a PDF: laid out and painted by ``paged`` on a QPdfWriter (no window
needed); real text with embedded font subsets, page numbers in the footer, PDF metadata."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.pipeline import Analysis
from .files import atomic_target
from .paged import ensure_gui, missing_scripts, paint_summary
from .summary_doc import parts
from .words import tr

if TYPE_CHECKING:
    from ..library import Highlight

A4, LETTER = "a4", "letter"

__all__ = ["A4", "LETTER", "default_page_size", "ensure_gui", "missing_scripts", "write_pdf"]


def default_page_size() -> str:
    """Letter where the locale measures in inches (US and friends), A4 everywhere else."""
    from PySide6.QtCore import QLocale

    system = QLocale.system().measurementSystem()
    return LETTER if system == QLocale.MeasurementSystem.ImperialUSSystem else A4


def write_pdf(analysis: Analysis, out: Path, *, full_text: bool = False,
              page_size: str | None = None, source: str | None = None,
              highlights: Sequence[Highlight] | None = None,
              by_section: bool = False) -> list[str]:
    """Write the PDF; returns warnings for the person (missing fonts). ``highlights``: the
    reader's, in a section of their own. ``by_section``: the summary section by section."""
    ensure_gui()
    from PySide6.QtGui import QPdfWriter

    info = parts(analysis, source)
    with atomic_target(out) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        writer.setTitle(info.title)
        writer.setCreator("Margin")
        if analysis.article.author:
            writer.setAuthor(analysis.article.author)
        # the file is complete once the painting ends, before it is moved into place
        warnings = paint_summary(analysis, writer, full_text=full_text, source=source,
                                 page_size=page_size or default_page_size(),
                                 failure=tr("Cannot write {path}: the PDF could not be "
                                            "started.").format(path=out),
                                 highlights=highlights, by_section=by_section)
    return warnings
