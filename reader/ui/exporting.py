"""File › Export Summary: choose where, write in the background, say where it went."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog

from ..export.exporter import FORMATS, export
from ..export.naming import export_file_name
from .tasks import run_task

FILTERS = {"pdf": "PDF document (*.pdf)", "markdown": "Markdown (*.md)",
           "html": "Web page (*.html)"}
SUFFIX = {"pdf": ".pdf", "markdown": ".md", "html": ".html"}


def target_for(chosen: str, selected_filter: str) -> tuple[Path, str]:
    """The path and format: from the extension typed, or else from the filter chosen."""
    path = Path(chosen)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        fmt = next((f for f, label in FILTERS.items() if label == selected_filter), "pdf")
        path = path.with_name(path.name + SUFFIX[fmt])
    return path, fmt


def suggested_name(title: str | None, path_key: str, selected_filter: str) -> str:
    """The file name the dialog offers: from the whole title (or the file's name), safe on
    every system, never cut inside a word, with the extension of the format last chosen."""
    fmt = next((f for f, label in FILTERS.items() if label == selected_filter), "pdf")
    return export_file_name(title or Path(path_key).stem) + SUFFIX[fmt]


def export_current(window: Any, full_text: bool = False, chosen: tuple[str, str] | None = None,
                   ) -> None:
    """``chosen`` (path, filter) skips the dialog (tests)."""
    path_key = window.current
    entry = window.entries.get(path_key) if path_key else None
    if entry is None:
        window.notify("Open an article first; then its summary can be exported.", article="")
        return
    analysis = entry.rendered.analysis
    if chosen is None:
        folder = Path(str(window.settings.get("export_folder", "") or Path.home()))
        last = str(window.settings.get("export_filter", FILTERS["pdf"]))
        title = f"{entry.title} (full text)" if full_text else entry.title
        name = suggested_name(title, path_key, last)
        # the dialog itself asks before replacing an existing file
        chosen = QFileDialog.getSaveFileName(
            window, "Export summary with full text" if full_text else "Export summary",
            str(folder / name), ";;".join(FILTERS.values()), last)
        window.focus_article()
        if not chosen[0]:
            return
    out, fmt = target_for(*chosen)
    window.settings.set("export_folder", str(out.parent))
    window.settings.set("export_filter", FILTERS[fmt])
    source = entry.record.source_path if entry.record and entry.record.source_path else path_key

    def done(warnings: list[str]) -> None:
        window.last_export = out
        window.notify(" ".join([f"Summary saved to {out}.", *warnings]))

    def failed(exc: BaseException) -> None:
        window.notify(str(exc), warning=True)

    run_task(lambda: export(analysis, out, fmt, full_text=full_text, source=source), done, failed,
             owner=window)
