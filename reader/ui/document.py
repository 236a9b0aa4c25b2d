"""The article as a formatted QTextDocument, built off the GUI thread.

Formatting a long document inside a live view relayouts it at every step (a 200,000-word text
took 0.9 s here); built detached in a worker it takes a few tens of milliseconds, and the view
only has to take it. Highlights are character formats, not extra selections (300 of those took
0.2 s to apply), for the same reason.

The empty document is made on the GUI thread (``new_document``) and only filled by the worker,
so no QObject crosses threads: moving a worker's document to the GUI thread
(QObject.moveToThread) held the GIL while waiting for a lock of Qt's that the GUI thread can
hold while waiting for the GIL, and the window froze now and then. The plain-text layout is
set on the GUI thread too, when the view first takes the document.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from ..core.article import Article, count_words
from ..core.pipeline import Analysis
from ..export.words import grouped, number
from .i18n import tr
from .links import addresses
from .theme import Colours

LINE_HEIGHT_PERCENT = 145
WORDS_PER_MINUTE = 230
CJK_CHARS_PER_MINUTE = 400


class Positions:
    """Python counts code points, Qt counts UTF-16 units, and the document has note markers the
    article's text has not: this maps between an index into the article's text and a position
    in the document. ``inserts`` are (index, length): ``length`` characters shown before the
    article's character at ``index``."""

    def __init__(self, text: str, inserts: Sequence[tuple[int, int]] = ()) -> None:
        self._astral: list[int] = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if (
            not text.isascii() and max(text, default="\0") > "\uffff") else []
        self._at = [at for at, _ in inserts]
        self._before = [0]  # characters inserted before the k-th insert's place
        for _, length in inserts:
            self._before.append(self._before[-1] + length)

    def to_qt(self, index: int) -> int:
        pos = index + bisect_left(self._astral, index) if self._astral else index
        if self._at:
            pos += self._before[bisect_right(self._at, index)]
        return pos

    def from_qt(self, pos: int) -> int:
        if not self._astral and not self._at:
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
    filled: QTextDocument  # made on the GUI thread, filled wherever build_document ran
    positions: Positions
    word_count: int  # words; each Chinese or Japanese character counts as one
    minutes: int
    show_summary: bool
    show_quotes: bool
    plain: bool = False  # shown in the plain-text view (long texts)
    characters: bool = False  # mostly Chinese/Japanese: counted (and read) by characters
    # each note's marker in the document: (position, end, note number from 1); and where
    # each note stands in the list of notes after the text
    note_marks: list[tuple[int, int, int]] = field(default_factory=list)
    note_places: list[int] = field(default_factory=list)
    _laid_out: bool = field(default=False, repr=False)

    def note_at(self, qt_pos: int) -> int | None:
        """The number of the note whose marker is at this document position."""
        i = bisect_right([m[0] for m in self.note_marks], qt_pos) - 1
        if i >= 0 and self.note_marks[i][0] <= qt_pos < self.note_marks[i][1]:
            return self.note_marks[i][2]
        return None

    @property
    def document(self) -> QTextDocument:
        """The document for a view; on the GUI thread only."""
        if self.plain and not self._laid_out:
            self.filled.setDocumentLayout(QPlainTextDocumentLayout(self.filled))
        self._laid_out = True
        return self.filled


def reading_stats(article: Article) -> tuple[int, int, bool]:
    """Words (Chinese and Japanese characters one each), minutes to read them, and whether the
    text is mostly such characters (then its length is said in characters)."""
    words, cjk = count_words(article.text, article.paragraphs)
    minutes = (words - cjk) / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE
    return words, max(1, round(minutes)), cjk > words - cjk


def length_label(count: int, characters: bool) -> str:
    return grouped(tr("%n characters", "", count) if characters else tr("%n words", "", count),
                   count)


def reading_time_label(minutes: int) -> str:
    """"12 min read"; an hour or more in hours: "about 1 h 40 min read", "about 97 h read"."""
    if minutes < 60:
        return tr("{minutes} min read").format(minutes=max(1, minutes))
    if minutes < 600:
        rounded = 5 * round(minutes / 5)
        hours, rest = divmod(rounded, 60)
        return (tr("about {hours} h {minutes} min read").format(hours=hours, minutes=rest) if rest
                else tr("about {hours} h read").format(hours=hours))
    return tr("about {hours} h read").format(hours=number(round(minutes / 60)))


def _segments(text_len: int, marks: list[tuple[int, int, int]],
              cut_at: Sequence[int] = ()) -> list[tuple[int, int, int]]:
    """Cut [0, text_len) where any mark starts or ends (and at ``cut_at``): (start, end,
    flags) with the flags of every mark covering that piece."""
    cuts = {0, text_len, *cut_at}
    for start, end, _ in marks:
        cuts.add(start)
        cuts.add(end)
    points = sorted(c for c in cuts if 0 <= c <= text_len)
    events: dict[int, list[tuple[int, int]]] = {}
    for start, end, flag in marks:
        events.setdefault(start, []).append((flag, 1))
        events.setdefault(end, []).append((flag, -1))
    active: dict[int, int] = {}
    out = []
    for a, b in zip(points, points[1:], strict=False):
        for flag, delta in events.get(a, []):
            active[flag] = active.get(flag, 0) + delta
        flags = 0
        for flag, count in active.items():
            if count > 0:
                flags |= flag
        out.append((a, b, flags))
    return out


HEADING, SUMMARY, QUOTE = 1, 2, 4
# Longer texts (about 40,000 words) go to the plain-text view, which lays out lazily.
RICH_TEXT_LIMIT = 250_000
MAX_PIECE = 4_000  # characters per insert, so no single call holds the GIL for long


def new_document(font: QFont) -> QTextDocument:
    """An empty document for build_document to fill; make it on the GUI thread."""
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setDocumentMargin(28)
    doc.setUndoRedoEnabled(False)
    return doc


OWN = 8  # the reader's own highlights: OWN << (the colour's index in OWN_COLOURS)
OWN_COLOURS = ("yellow", "green", "blue", "pink", "purple")
OwnMark = tuple[int, int, str]  # (start, end, colour name) of one of the reader's highlights


def own_format(colours: Colours, colour: str) -> QTextCharFormat:
    """How the reader's own highlight looks: its colour, underlined (the machine's are not)."""
    back, line = colours.own.get(colour) or colours.own["yellow"]
    fmt = QTextCharFormat()
    fmt.setBackground(back)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(line)
    return fmt


def build_document(analysis: Analysis, colours: Colours, font: QFont, *,
                   show_summary: bool = True, show_quotes: bool = True,
                   positions: Positions | None = None,
                   document: QTextDocument | None = None,
                   highlights: Sequence[OwnMark] = (), line_height: int = 0,
                   justify: bool = False, underline_marks: bool = False) -> Rendered:
    """Fills ``document`` (from new_document, made on the GUI thread; a new one when None).
    Safe on a worker thread as long as nothing else touches the document meanwhile.
    ``line_height`` (per cent; 0: Margin's), ``justify`` and ``underline_marks`` (summary and
    quotes underlined too, dashed and dotted, so that colour is not all that tells them) are
    the reader's settings.

    The text goes in piece by piece, each with its format, so that no one call into Qt (which
    keeps the GIL) runs long enough to stall the window."""
    article = analysis.article
    text = article.text
    markers = [str(n) for n in range(1, len(article.notes) + 1)]
    # an abstract the document keeps apart (a paper's) is shown before the text, not part of it
    abstract = article.meta.get("abstract", "")
    title = tr("Abstract", "the heading of a paper's abstract")
    before = f"{title}\n\n{abstract}\n\n" if abstract else ""
    positions = positions or Positions(text, [(0, len(before))] * bool(before) + [
        (note.anchor, len(mark)) for note, mark in zip(article.notes, markers, strict=True)])
    plain = len(text) > RICH_TEXT_LIMIT
    doc = document if document is not None else new_document(font)
    cursor = QTextCursor(doc)
    # one edit block: without it each insert re-processes its whole paragraph, which made a
    # 100,000-character paragraph with 10,000 highlights take 20 s instead of 0.1 s
    cursor.beginEditBlock()
    block = QTextBlockFormat()
    block.setLineHeight(line_height or LINE_HEIGHT_PERCENT,
                        QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    if justify:
        block.setAlignment(Qt.AlignmentFlag.AlignJustify)
        option = doc.defaultTextOption()  # the long-text view's layout reads only this
        option.setAlignment(Qt.AlignmentFlag.AlignJustify)
        doc.setDefaultTextOption(option)
    cursor.setBlockFormat(block)
    if before:
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.DemiBold)
        heading.setForeground(colours.muted)
        cursor.insertText(title, heading)
        italic = QTextCharFormat()
        italic.setFontItalic(True)
        cursor.insertText(before[len(title):], italic)

    marks = [(p.start, p.end, HEADING) for p in article.paragraphs if p.heading]
    if show_summary:
        marks += [(s.start, s.end, SUMMARY) for s in analysis.summary]
    if show_quotes:
        marks += [(q.start, q.end, QUOTE) for q in analysis.quotes]
    marks += [(a, b, OWN << OWN_COLOURS.index(c)) for a, b, c in highlights
              if c in OWN_COLOURS and 0 <= a < b <= len(text)]
    anchors = [note.anchor for note in article.notes]
    formats: dict[int, QTextCharFormat] = {}
    note_marks: list[tuple[int, int, int]] = []
    next_note = 0
    for start, end, flags in _segments(len(text), marks, anchors):
        while next_note < len(anchors) and anchors[next_note] <= start:
            # the note's marker, raised and linked to the note after the text
            at = cursor.position()
            cursor.insertText(markers[next_note], _marker_format(colours, next_note + 1))
            note_marks.append((at, cursor.position(), next_note + 1))
            next_note += 1
        fmt = formats.get(flags)
        if fmt is None:
            fmt = formats[flags] = QTextCharFormat()
            if flags & HEADING:
                fmt.setFontWeight(QFont.Weight.DemiBold)
                fmt.setFontPointSize(font.pointSizeF() * 1.2)
            if flags & QUOTE:
                fmt.setBackground(colours.quote)
            elif flags & SUMMARY:
                fmt.setBackground(colours.summary)
            if underline_marks and flags & (QUOTE | SUMMARY):
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine if flags & QUOTE
                                      else QTextCharFormat.UnderlineStyle.DashUnderline)
                fmt.setUnderlineColor(colours.muted)
            own = flags >> 3
            if own:  # the reader's own draws over the machine's; the last colour listed wins
                fmt.merge(own_format(colours, OWN_COLOURS[own.bit_length() - 1]))
        for piece in range(start, end, MAX_PIECE):
            cursor.insertText(text[piece : min(end, piece + MAX_PIECE)], fmt)
    while next_note < len(anchors):  # notes anchored at the very end
        at = cursor.position()
        cursor.insertText(markers[next_note], _marker_format(colours, next_note + 1))
        note_marks.append((at, cursor.position(), next_note + 1))
        next_note += 1
    note_places = _list_notes(cursor, article, font, colours)

    # web and mail addresses written in the text become links (nothing else can)
    for start, end, address in addresses(text):
        cursor.setPosition(positions.to_qt(start))
        cursor.setPosition(positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        link = QTextCharFormat()
        link.setAnchor(True)
        link.setAnchorHref(address)
        link.setFontUnderline(True)
        link.setForeground(colours.link)
        cursor.mergeCharFormat(link)
    cursor.endEditBlock()

    words, minutes, characters = reading_stats(analysis.article)
    return Rendered(analysis, doc, positions, words, minutes, show_summary, show_quotes, plain,
                    characters, note_marks, note_places)


NOTE_LINK = "note:"  # a marker's link: scrolls to its note (never leaves the window)


def _marker_format(colours: Colours, number: int) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
    fmt.setForeground(colours.link)
    fmt.setAnchor(True)
    fmt.setAnchorHref(f"{NOTE_LINK}{number}")
    return fmt


def _list_notes(cursor: QTextCursor, article: Article, font: QFont,
                colours: Colours) -> list[int]:
    """The notes after the text, numbered as their markers; returns where each one starts."""
    if not article.notes:
        return []
    heading = QTextCharFormat()
    heading.setFontWeight(QFont.Weight.DemiBold)
    heading.setFontPointSize(font.pointSizeF() * 1.2)
    cursor.insertText("\n\n" + tr("Notes", "the heading of the article's own notes"), heading)
    places = []
    number = QTextCharFormat()
    number.setForeground(colours.muted)
    body = QTextCharFormat()
    for i, note in enumerate(article.notes, start=1):
        cursor.insertText("\n\n", body)
        places.append(cursor.position())
        cursor.insertText(f"{i}. ", number)
        cursor.insertText(note.text, body)
    return places
