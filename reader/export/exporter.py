"""Export by format: chosen by the caller or by the file's extension."""

from __future__ import annotations

from pathlib import Path

from ..core.pipeline import Analysis
from .files import ExportError, write_text
from .summary_doc import to_html, to_markdown

FORMATS = {".pdf": "pdf", ".md": "markdown", ".markdown": "markdown", ".html": "html",
           ".htm": "html"}


def format_for(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ExportError(f"Cannot tell the format of {path.name}: use .pdf, .md or .html.")
    return fmt


def export(analysis: Analysis, out: Path, fmt: str | None = None, *, full_text: bool = False,
           page_size: str | None = None, source: str | None = None) -> list[str]:
    """Write the summary document; returns warnings meant for the person."""
    fmt = fmt or format_for(out)
    if fmt == "pdf":
        from .pdf import write_pdf

        return write_pdf(analysis, out, full_text=full_text, page_size=page_size, source=source)
    if fmt == "markdown":
        write_text(out, to_markdown(analysis, full_text=full_text, source=source))
    elif fmt == "html":
        write_text(out, to_html(analysis, full_text=full_text, source=source))
    else:
        raise ExportError(f"Unknown export format {fmt!r}.")
    return []
