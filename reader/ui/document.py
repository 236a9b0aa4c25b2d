"""The article as a formatted QTextDocument, built off the GUI thread.

Formatting a long document inside a live view relayouts it at every step (a 200,000-word text
took 0.9 s here); built detached in a worker it takes a few tens of milliseconds, and the view
only has to take it. Highlights are character formats, not extra selections, for the same reason.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from ..core.pipeline import Analysis
from .theme import Colours

LINE_HEIGHT_PERCENT = 145
_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
WORDS_PER_MINUTE = 230
CJK_CHARS_PER_MINUTE = 400


class Positions:
    """Python counts code points, Qt counts UTF-16 units; this maps between them."""

    def __init__(self, text: str) -> None:
        self._astral: list[int] = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if (
            not text.isascii() and max(text, default="\0") > "\uffff") else []

    def to_qt(self, index: int) -> int:
        return index + bisect_left(self._astral, index) if self._astral else index

    def from_qt(self, pos: int) -> int:
        if not self._astral:
            return pos
        lo, hi = 0, pos
        while lo < hi:  # the largest index whose Qt position is <= pos
            mid = (lo + hi + 1) // 2
            if self.to_qt(mid) <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo


@dataclass
class Rendered:
    analysis: Analysis
    document: QTextDocument
    positions: Positions
    word_count: int
    minutes: int
    show_summary: bool
    show_quotes: bool


def reading_stats(text: str) -> tuple[int, int]:
    cjk = len(_CJK.findall(text))
    words = len(_WORD.findall(_CJK.sub(" ", text) if cjk else text)) + cjk
    minutes = (words - cjk) / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE
    return words, max(1, round(minutes))


def _format(cursor: QTextCursor, start: int, end: int, fmt: QTextCharFormat) -> None:
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeCharFormat(fmt)


def build_document(analysis: Analysis, colours: Colours, font: QFont, *,
                   show_summary: bool = True, show_quotes: bool = True,
                   positions: Positions | None = None) -> Rendered:
    """Safe to call from a worker thread: the document is handed to the GUI thread at the end."""
    text = analysis.article.text
    positions = positions or Positions(text)
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setDocumentMargin(28)
    doc.setUndoRedoEnabled(False)
    doc.setPlainText(text)

    cursor = QTextCursor(doc)
    cursor.select(QTextCursor.SelectionType.Document)
    block = QTextBlockFormat()
    block.setLineHeight(LINE_HEIGHT_PERCENT,
                        QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    cursor.mergeBlockFormat(block)

    heading = QTextCharFormat()
    heading.setFontWeight(QFont.Weight.DemiBold)
    heading.setFontPointSize(font.pointSizeF() * 1.2)
    for para in analysis.article.paragraphs:
        if para.heading:
            _format(cursor, positions.to_qt(para.start), positions.to_qt(para.end), heading)

    if show_summary:
        mark = QTextCharFormat()
        mark.setBackground(colours.summary)
        for span in analysis.summary:
            _format(cursor, positions.to_qt(span.start), positions.to_qt(span.end), mark)
    if show_quotes:
        mark = QTextCharFormat()
        mark.setBackground(colours.quote)
        for q in analysis.quotes:
            _format(cursor, positions.to_qt(q.start), positions.to_qt(q.end), mark)

    words, minutes = reading_stats(text)
    app = QCoreApplication.instance()
    if app is not None and doc.thread() is not app.thread():
        doc.moveToThread(app.thread())
    return Rendered(analysis, doc, positions, words, minutes, show_summary, show_quotes)
