"""The library's list: a model over plain records (ten thousand articles cost the view nothing
until they scroll into sight) and the delegate that draws each entry."""


from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from ..library import Record
from .i18n import QT_TR_NOOP, tr

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_CHOICES = (("opened", QT_TR_NOOP("Last opened")), ("added", QT_TR_NOOP("Date added")),
                ("title", QT_TR_NOOP("Title")))  # shown: tr()
Index = QModelIndex | QPersistentModelIndex


def _when(stamp: float) -> str:
    """The day, in local time: "5 Mar 2025" in English (the same message as the notes')."""
    day = QDateTime.fromSecsSinceEpoch(int(stamp)).date()
    return QLocale().toString(day, tr("d MMM yyyy", "a highlight's date (Qt's date format)"))


SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2  # (text, [(start, end) of each match]) or None


class EntryDelegate(QStyledItemDelegate):
    """Two lines per article: the title in bold, then author · source · date, cut with an
    ellipsis to the sidebar's width. Search results get two more lines: the words around the
    match, the matching words in bold."""

    PAD = 6
    SNIPPET_LINES = 2

    def __init__(self, view: QListView, model: LibraryModel) -> None:
        super().__init__(view)
        self._model = model

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        line = option.fontMetrics.lineSpacing()
        lines = 2 + (self.SNIPPET_LINES if self._model.searching else 0)
        return QSize(option.rect.width(), lines * line + 2 * self.PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        rect = opt.rect.adjusted(self.PAD + 2, self.PAD, -self.PAD, -self.PAD)
        line = opt.fontMetrics.lineSpacing()
        title_font = QFont(opt.font)
        title_font.setBold(True)
        painter.save()
        painter.setFont(title_font)
        text_colour = palette.highlightedText().color() if selected else palette.text().color()
        painter.setPen(text_colour)
        metrics = QFontMetrics(title_font)
        title = metrics.elidedText(index.data(Qt.ItemDataRole.DisplayRole) or "",
                                   Qt.TextElideMode.ElideRight, rect.width())
        top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.drawText(rect, top, title)
        painter.setFont(opt.font)
        muted = palette.highlightedText().color() if selected else palette.placeholderText().color()
        painter.setPen(muted)
        sub = opt.fontMetrics.elidedText(index.data(SUBTITLE_ROLE) or "",
                                         Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.adjusted(0, line, 0, 0), top, sub)
        snippet = index.data(SNIPPET_ROLE)
        if snippet is not None:
            area = QRect(rect.left(), rect.top() + 2 * line, rect.width(),
                         self.SNIPPET_LINES * line)
            self._paint_snippet(painter, area, snippet, opt.font, text_colour)
        painter.restore()

    @staticmethod
    def _paint_snippet(painter: QPainter, area: QRect, snippet: tuple[str, list[Any]],
                       font: QFont, colour: QColor) -> None:
        """The words around the match, the matches in bold, wrapped to the lines there are."""
        text, matches = snippet
        pieces, pos = [], 0
        for start, end in sorted(matches):
            if start < pos:
                continue
            pieces.append(escape(text[pos:start]))
            pieces.append(f"<b>{escape(text[start:end])}</b>")
            pos = end
        pieces.append(escape(text[pos:]))
        doc = QTextDocument()
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setHtml("".join(pieces))
        doc.setTextWidth(area.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        context.clip = QRectF(0, 0, area.width(), area.height())
        painter.save()
        painter.translate(area.topLeft())
        painter.setClipRect(QRect(0, 0, area.width(), area.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()


LEAD_CHARS = 30  # words shown before a match in the sidebar's two lines of context


def near_the_match(text: str, matches: list[tuple[int, int]]) -> tuple[str, list[Any]]:
    """The snippet starting a few words before its first match, so that the match is on the
    lines the sidebar shows."""
    if not matches or matches[0][0] <= LEAD_CHARS:
        return text, matches
    first = matches[0][0]
    cut = text.rfind(" ", 0, first - LEAD_CHARS)
    cut = cut + 1 if cut >= 0 else first - LEAD_CHARS
    shift = cut - 1  # "…" takes one character
    return "…" + text[cut:], [(a - shift, b - shift) for a, b in matches if a >= cut]


class LibraryModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[Record] = []
        self.searching = False  # the records are search results, with snippets

    def set_records(self, records: list[Record], searching: bool = False) -> None:
        self.beginResetModel()
        self.records = records
        self.searching = searching
        self.endResetModel()

    def row_of(self, article_id: int) -> int:
        return next((i for i, r in enumerate(self.records) if r.id == article_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.records)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return ("★ " if r.favourite else "") + r.display_title
        if role == SUBTITLE_ROLE:
            # a page from the web: its site; a file: its name
            source = r.site or (Path(r.source_path).name if r.source_path else None)
            when = (_when(r.opened_at) if r.opened_at
                    else tr("added {when}").format(when=_when(r.added_at)))
            marked = tr("%n highlights", "", r.highlights) if r.highlights else None
            return " · ".join(x for x in (marked, r.author, source, when) if x)
        if role == SNIPPET_ROLE:
            if not self.searching or r.snippet is None:
                return None
            return near_the_match(r.snippet, list(r.snippet_matches or []))
        if role == Qt.ItemDataRole.ToolTipRole:
            # the whole title, which the list may have cut short, and where it came from
            tags = ("<br>" + escape(tr("Tags: {tags}").format(tags=", ".join(r.tags)))
                    if r.tags else "")
            source = f"<br>{escape(r.source_path)}" if r.source_path else ""
            return f"<p><b>{escape(r.display_title)}</b>{source}{tags}</p>"
        if role == ID_ROLE:
            return r.id
        return None
