"""Export by format: chosen by the caller or by the file's extension."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.pipeline import Analysis
from .files import ExportError, write_text
from .summary_doc import to_html, to_markdown
from .words import tr

if TYPE_CHECKING:
    from ..library import Highlight

FORMATS = {".pdf": "pdf", ".md": "markdown", ".markdown": "markdown", ".html": "html",
           ".htm": "html"}


def format_for(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ExportError(tr("Cannot tell the format of {name}: use .pdf, .md or .html.").format(
            name=path.name))
    return fmt


def export(analysis: Analysis, out: Path, fmt: str | None = None, *, full_text: bool = False,
           page_size: str | None = None, source: str | None = None,
           highlights: Sequence[Highlight] | None = None,
           by_section: bool = False) -> list[str]:
    """Write the summary document; returns warnings meant for the person. ``highlights``:
    the reader's, in a section "Your highlights" (quote, note, colour). ``by_section``: the
    summary section by section, for a document with sections (else the whole summary)."""
    fmt = fmt or format_for(out)
    if fmt == "pdf":
        from .pdf import write_pdf

        return write_pdf(analysis, out, full_text=full_text, page_size=page_size, source=source,
                         highlights=highlights, by_section=by_section)
    if fmt == "markdown":
        write_text(out, to_markdown(analysis, full_text=full_text, source=source,
                                    highlights=highlights, by_section=by_section))
    elif fmt == "html":
        write_text(out, to_html(analysis, full_text=full_text, source=source,
                                highlights=highlights, by_section=by_section))
    else:
        raise ExportError(tr("Unknown export format {format}.").format(format=repr(fmt)))
    return []
