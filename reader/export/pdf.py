"""The summary document as a PDF: QTextDocument laid out on QPdfWriter pages (no window
needed), real text with embedded font subsets, page numbers in the footer, PDF metadata."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..core.pipeline import Analysis
from .files import ExportError, atomic_target
from .summary_doc import parts, to_html

A4, LETTER = "a4", "letter"
MARGIN_MM = 20
FOOTER_MM = 10
BODY_POINTS = 11

# Scripts that need fonts of their own, the character ranges that mark them, and a Debian
# package that provides one.
_SCRIPTS = [
    ("Chinese", "SimplifiedChinese", ((0x4E00, 0x9FFF), (0x3400, 0x4DBF)), "fonts-wqy-microhei"),
    ("Japanese", "Japanese", ((0x3040, 0x30FF),), "fonts-wqy-microhei"),
    ("Korean", "Korean", ((0xAC00, 0xD7AF),), "fonts-nanum"),
    ("Arabic", "Arabic", ((0x0600, 0x06FF),), "fonts-dejavu-extra"),
    ("Hebrew", "Hebrew", ((0x0590, 0x05FF),), "fonts-dejavu-extra"),
    ("Thai", "Thai", ((0x0E00, 0x0E7F),), "fonts-thai-tlwg"),
    ("Devanagari", "Devanagari", ((0x0900, 0x097F),), "fonts-deva"),
]

_app: Any = None


def ensure_gui() -> None:
    """Fonts and painting need a QGuiApplication; a command-line export makes one, offscreen
    when there is no display."""
    global _app
    import sys

    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        if "PySide6.QtWidgets" in sys.modules:
            # a process that has widgets (or will) needs the widget application
            from PySide6.QtWidgets import QApplication

            _app = QApplication(["margin"])
        else:
            _app = QGuiApplication(["margin"])


def default_page_size() -> str:
    """Letter where the locale measures in inches (US and friends), A4 everywhere else."""
    from PySide6.QtCore import QLocale

    system = QLocale.system().measurementSystem()
    return LETTER if system == QLocale.MeasurementSystem.ImperialUSSystem else A4


def missing_scripts(text: str) -> list[tuple[str, str]]:
    """(script, package) for each script in ``text`` that no installed font can draw."""
    from PySide6.QtGui import QFontDatabase

    codes = {ord(ch) for ch in text if ord(ch) > 0x58F}
    missing = []
    for name, system, ranges, package in _SCRIPTS:
        if any(lo <= c <= hi for c in codes for lo, hi in ranges):
            ws = getattr(QFontDatabase.WritingSystem, system)
            if not QFontDatabase.families(ws):
                missing.append((name, package))
    return missing


def _body_font() -> Any:
    from PySide6.QtGui import QFont, QFontDatabase

    families = set(QFontDatabase.families())
    font = QFont()
    for family in ("DejaVu Serif", "Noto Serif", "Liberation Serif", "Times New Roman"):
        if family in families:
            font = QFont(family)
            break
    font.setPointSize(BODY_POINTS)
    # No "fi"/"ff" ligatures: copied or searched text then reads "five", not "ﬁve".
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


STYLE = """
h1 { font-size: 20pt; margin-bottom: 2pt; }
h2 { font-size: 13pt; margin-top: 18pt; margin-bottom: 6pt; }
h3 { font-size: 11pt; margin-top: 10pt; }
p, li { margin-bottom: 5pt; line-height: 130%; }
.facts { color: #666666; }
.notice { color: #8a4b00; }
.speaker { color: #555555; }
.legend, .footer { color: #888888; font-size: 9pt; }
"""


def write_pdf(analysis: Analysis, out: Path, *, full_text: bool = False,
              page_size: str | None = None, source: str | None = None) -> list[str]:
    """Write the PDF; returns warnings for the person (missing fonts)."""
    ensure_gui()
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import (
        QColor,
        QFont,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QTextDocument,
    )

    info = parts(analysis, source)
    text = " ".join([info.title, *info.summary, *(w for w, _ in info.quotes)]
                    + ([analysis.article.text] if full_text else []))
    warnings = [f"This computer has no font for {name} text, so it cannot be shown in the PDF; "
                f"install one (on Debian/Ubuntu: {package})." for name, package in
                missing_scripts(text)]
    html = to_html(analysis, full_text=full_text, source=source, standalone=False,
                   notice=" ".join(warnings) or None)
    size = {A4: QPageSize.PageSizeId.A4, LETTER: QPageSize.PageSizeId.Letter}[
        (page_size or default_page_size()).lower()]

    with atomic_target(out) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        writer.setPageLayout(QPageLayout(QPageSize(size), QPageLayout.Orientation.Portrait,
                                         QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                         QPageLayout.Unit.Millimeter))
        writer.setTitle(info.title)
        writer.setCreator("Margin")
        if analysis.article.author:
            writer.setAuthor(analysis.article.author)
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        footer = round(FOOTER_MM / 25.4 * writer.resolution())
        body_height = page.height() - footer

        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(writer)
        doc.setDefaultFont(_body_font())
        doc.setDefaultStyleSheet(STYLE)
        doc.setDocumentMargin(0)
        doc.setHtml(html)
        doc.setPageSize(QSizeF(page.width(), body_height))
        pages = doc.pageCount()

        painter = QPainter()
        if not painter.begin(writer):
            raise ExportError(f"Cannot write {out}: the PDF could not be started.")
        try:
            small = QFont(doc.defaultFont())
            small.setPointSize(8)
            for n in range(pages):
                if n:
                    writer.newPage()
                painter.save()
                painter.translate(0, -n * body_height)
                doc.drawContents(painter, QRectF(0, n * body_height, page.width(), body_height))
                painter.restore()
                painter.setFont(small)
                painter.setPen(QColor("#888888"))
                painter.drawText(QRectF(0, body_height, page.width(), footer),
                                 Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter,
                                 f"{info.title} · {n + 1} / {pages}")
        finally:
            painter.end()
    return warnings
