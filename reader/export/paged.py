"""The summary document laid out on pages and painted onto any paged device: the PDF writer
and the printer get the same document, page layout, fonts and footer."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..core.pipeline import Analysis
from .files import ExportError
from .sections_doc import section_sentences
from .summary_doc import html_body, parts
from .words import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from ..library import Highlight

MARGIN_MM = 20  # top, left and right
BOTTOM_MM = 12  # below the page footer
FOOTER_MM = 11  # the page footer: a rule, the title and the page number
BODY_POINTS = 11

# Scripts that need fonts of their own (their names shown through tr()), the character ranges
# that mark them, and a Debian package that provides one.
_SCRIPTS = [
    (QT_TR_NOOP("Chinese"), "SimplifiedChinese", ((0x4E00, 0x9FFF), (0x3400, 0x4DBF)),
     "fonts-wqy-microhei"),
    (QT_TR_NOOP("Japanese"), "Japanese", ((0x3040, 0x30FF),), "fonts-wqy-microhei"),
    (QT_TR_NOOP("Korean"), "Korean", ((0xAC00, 0xD7AF),), "fonts-nanum"),
    (QT_TR_NOOP("Arabic"), "Arabic", ((0x0600, 0x06FF),), "fonts-dejavu-extra"),
    (QT_TR_NOOP("Hebrew"), "Hebrew", ((0x0590, 0x05FF),), "fonts-dejavu-extra"),
    (QT_TR_NOOP("Thai"), "Thai", ((0x0E00, 0x0E7F),), "fonts-thai-tlwg"),
    (QT_TR_NOOP("Devanagari"), "Devanagari", ((0x0900, 0x097F),), "fonts-deva"),
]

_app: Any = None


def ensure_gui() -> None:
    """Fonts and painting need a QGuiApplication; a command-line export makes one, offscreen
    when there is no display."""
    global _app
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


def missing_scripts(text: str) -> list[tuple[str, str]]:
    """(script, package) for each script in ``text`` that no installed font can draw (the
    script's name in English)."""
    from PySide6.QtGui import QFontDatabase

    codes = {ord(ch) for ch in text if ord(ch) > 0x58F}
    missing = []
    for name, system, ranges, package in _SCRIPTS:
        if any(lo <= c <= hi for c in codes for lo, hi in ranges):
            ws = getattr(QFontDatabase.WritingSystem, system)
            if not QFontDatabase.families(ws):
                missing.append((name, package))
    return missing


def font_warnings(analysis: Analysis, *, full_text: bool = False, source: str | None = None,
                  medium: str | None = None, highlights: Sequence[Highlight] | None = None,
                  by_section: bool = False) -> list[str]:
    """What cannot be shown in ``medium`` (where it is shown: "the PDF" unless said)."""
    info = parts(analysis, source, highlights)
    text = " ".join([info.title, *info.summary, *(w for w, _ in info.quotes),
                     *(h.quote + " " + h.note for h in info.highlights)]
                    + ([analysis.article.text] if full_text else [])
                    + ([s.title for s in analysis.article.sections] + section_sentences(analysis)
                       if by_section else []))
    medium = medium or tr("the PDF", "where text is shown")
    return [tr("This computer has no font for {script} text, so it cannot be shown in "
               "{medium}; install one (on Debian/Ubuntu: {package}).").format(
                   script=tr(name), medium=medium, package=package)
            for name, package in missing_scripts(text)]


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


def _px(points: float) -> str:
    """A length for Qt's style sheet: it reads "px" as 1/96 inch on any device (and ignores
    "pt" in margins and paddings)."""
    return f"{round(points * 96 / 72)}px"


PAGE_STYLE = f"""
h1 {{ font-size: 21pt; color: #1b1b1b; margin-top: 0px; margin-bottom: {_px(5)}; }}
p.facts {{ font-size: 10pt; color: #666666; margin-top: 0px; margin-bottom: {_px(9)}; }}
h2 {{ font-size: 13.5pt; color: #27425f; margin-top: {_px(16)}; margin-bottom: {_px(10)}; }}
h3 {{ font-size: 11.5pt; color: #1b1b1b; margin-top: {_px(12)}; margin-bottom: {_px(4)}; }}
h4 {{ font-size: 11pt; color: #1b1b1b; margin-top: {_px(9)}; margin-bottom: {_px(3)}; }}
h5 {{ font-size: 10.5pt; font-style: italic; color: #333333; margin-top: {_px(7)};
      margin-bottom: {_px(3)}; }}
p.notice {{ color: #8a4b00; margin-top: {_px(9)}; margin-bottom: 0px; }}
p.empty {{ color: #555555; }}
table.summary, table.first {{ margin-top: {_px(8)}; }}  /* h2 margin is lost before a table */
td.bullet {{ color: #8c8c8c; }}
td.item {{ padding-bottom: {_px(6)}; }}
p.item {{ line-height: 125%; margin-top: 0px; margin-bottom: 0px; }}
table.quote {{ margin-bottom: {_px(9)}; }}
td.bar {{ background-color: #a9c8ec; }}
td.said {{ padding-left: {_px(9)}; }}
p.words {{ line-height: 125%; margin-top: 0px; margin-bottom: 0px; }}
p.speaker {{ font-size: 9.5pt; color: #5c5c5c; margin-top: {_px(2)}; margin-bottom: 0px; }}
p.legend {{ font-size: 9pt; color: #666666; margin-top: 0px; margin-bottom: {_px(9)}; }}
p.text {{ line-height: 135%; margin-top: 0px; margin-bottom: {_px(7)}; }}
p.footer {{ font-size: 9pt; color: #666666; margin-top: {_px(5)}; }}
table.highlight {{ margin-bottom: {_px(9)}; }}
p.mynote {{ line-height: 125%; font-style: italic; margin-top: {_px(4)}; margin-bottom: 0px; }}
p.about {{ font-size: 9pt; color: #5c5c5c; margin-top: {_px(2)}; margin-bottom: 0px; }}
"""


def _page_breaks_inside(doc: Any, page_height: float) -> list[int]:
    """Document positions of the lines that begin a new page in the middle of a paragraph."""
    layout = doc.documentLayout()
    cuts = []
    block = doc.begin()
    while block.isValid():
        lines = block.layout()
        if lines.lineCount() > 1:
            top = layout.blockBoundingRect(block).top() - lines.boundingRect().top()
            first = None
            for i in range(lines.lineCount()):
                line = lines.lineAt(i)
                page = int((top + line.y() + line.height() / 2) // page_height)
                if first is not None and page != first:
                    cuts.append(block.position() + line.textStart())
                first = page
        block = block.next()
    return cuts


def _keep_lines_on_their_pages(doc: Any, page_height: float) -> None:
    """Cut every paragraph that runs over a page break at the break. Qt paints the whole of
    such a paragraph on both pages, clipped: unseen, but its lines from the other page would
    still be in the PDF's text (copied, searched, read aloud) twice."""
    from PySide6.QtGui import QTextCursor

    for _ in range(10):  # once is the rule; a cut could move later lines, so look again
        doc.pageCount()  # the whole document laid out
        cuts = _page_breaks_inside(doc, page_height)
        if not cuts:
            return
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()  # one layout for all the cuts, not one for each
        for position in reversed(cuts):  # from the end, so that the positions stay right
            cursor.setPosition(position)
            cursor.insertBlock()
            # no margin at the cut: the second part starts where its line was put anyway
            rest = cursor.blockFormat()
            rest.setTopMargin(0)
            rest.setTextIndent(0)
            cursor.setBlockFormat(rest)
            cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
            first = cursor.blockFormat()
            first.setBottomMargin(0)
            cursor.setBlockFormat(first)
        cursor.endEditBlock()
        # Qt lays out the rest of a changed document later, from its event loop: now, here
        doc.markContentsDirty(0, doc.characterCount())


LAYOUT_DPI = 300


def paint_summary(analysis: Analysis, device: Any, *, full_text: bool = False,
                  source: str | None = None, page_size: str | None = None,
                  failure: str | None = None,
                  medium: str | None = None,
                  highlights: Sequence[Highlight] | None = None,
                  by_section: bool = False) -> list[str]:
    """Lay the summary document out on ``device`` (a QPdfWriter, a QPrinter: any
    QPagedPaintDevice not yet painted on) and paint every page with its footer. ``page_size``
    ("a4" or "letter") replaces the device's paper; without it the device keeps its own (the
    one chosen in a print dialog). Returns warnings meant for the person (fonts missing for
    ``medium``, "the PDF" unless said); raises ExportError with ``failure`` when the device
    cannot be painted on.
    ``highlights``: the reader's, in a section "Your highlights". ``by_section``: the summary
    section by section (a document with sections)."""
    ensure_gui()
    from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
    from PySide6.QtGui import (
        QColor,
        QFont,
        QFontMetricsF,
        QImage,
        QPageLayout,
        QPageSize,
        QPainter,
        QPen,
        QTextDocument,
    )

    warnings = font_warnings(analysis, full_text=full_text, source=source, medium=medium,
                             highlights=highlights, by_section=by_section)
    info = parts(analysis, source)
    html = html_body(analysis, full_text=full_text, source=source,
                     notice=" ".join(warnings) or None, paged=True, highlights=highlights,
                     by_section=by_section)

    layout = device.pageLayout()
    paper = layout.pageSize()
    if page_size:
        paper = QPageSize({"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}[
            page_size.lower()])
    device.setPageLayout(QPageLayout(paper, QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, BOTTOM_MM),
                                     QPageLayout.Unit.Millimeter))
    # Laid out at one resolution whatever the device's (a PDF writer's 300 dpi, a printer's
    # 1,200): the same lines on the same pages, printed or exported.
    dpi = LAYOUT_DPI
    reference = QImage(1, 1, QImage.Format.Format_RGB32)
    reference.setDotsPerMeterX(round(dpi / 0.0254))
    reference.setDotsPerMeterY(round(dpi / 0.0254))
    page = device.pageLayout().paintRectPixels(dpi)
    footer = round(FOOTER_MM / 25.4 * dpi)
    body_height = page.height() - footer

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(reference)
    doc.setDefaultFont(_body_font())
    doc.setDefaultStyleSheet(PAGE_STYLE)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setPageSize(QSizeF(page.width(), body_height))
    _keep_lines_on_their_pages(doc, body_height)
    pages = doc.pageCount()

    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(failure or tr("The printer could not be started."))
    try:
        scale = device.resolution() / dpi
        painter.scale(scale, scale)
        small = QFont(doc.defaultFont())
        # in the layout's pixels, as the text is (a size in points would be taken at the
        # device's resolution and then scaled again)
        small.setPixelSize(round(8.5 * dpi / 72))
        metrics = QFontMetricsF(small, reference)
        rule_y = body_height + footer * 0.3
        text_box = QRectF(0, rule_y, page.width(), footer - footer * 0.3)
        page_of = tr("Page {page} of {pages}")
        for n in range(pages):
            if n:
                device.newPage()
            painter.save()
            painter.translate(0, -n * body_height)
            # a hair short, so that a line starting right at the foot is left to the next page
            doc.drawContents(painter, QRectF(0, n * body_height, page.width(), body_height - 1))
            painter.restore()
            painter.setPen(QPen(QColor("#d4d4d4"), max(1.0, dpi / 150)))
            painter.drawLine(QPointF(0, rule_y), QPointF(page.width(), rule_y))
            painter.setFont(small)
            painter.setPen(QColor("#7a7a7a"))
            number = page_of.format(page=n + 1, pages=pages)
            room = page.width() - metrics.horizontalAdvance(number) - metrics.height() * 2
            title = metrics.elidedText(info.title, Qt.TextElideMode.ElideRight, room)
            align = Qt.AlignmentFlag.AlignBottom
            painter.drawText(text_box, align | Qt.AlignmentFlag.AlignLeft, title)
            painter.drawText(text_box, align | Qt.AlignmentFlag.AlignRight, number)
    finally:
        painter.end()
    return warnings
