"""The library sidebar: every article kept, searchable, sortable, filtered by language and tag.

The list is a model over plain records, so ten thousand articles cost the view nothing until
they scroll into sight; queries run on a worker and the newest one wins.
"""

from __future__ import annotations

import time
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..library import Library, Record
from .analysis_panes import language_label
from .tasks import Generation, run_task

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_CHOICES = (("opened", "Last opened"), ("added", "Date added"), ("title", "Title"))
_Index = QModelIndex | QPersistentModelIndex


def _when(stamp: float) -> str:
    return time.strftime("%d %b %Y", time.localtime(stamp)).lstrip("0")


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

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        line = option.fontMetrics.lineSpacing()
        lines = 2 + (self.SNIPPET_LINES if self._model.searching else 0)
        return QSize(option.rect.width(), lines * line + 2 * self.PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
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

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.records)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return ("★ " if r.favourite else "") + r.display_title
        if role == SUBTITLE_ROLE:
            source = Path(r.source_path).name if r.source_path else None
            when = _when(r.opened_at) if r.opened_at else f"added {_when(r.added_at)}"
            return " · ".join(x for x in (r.author, source, when) if x)
        if role == SNIPPET_ROLE:
            if not self.searching or r.snippet is None:
                return None
            return near_the_match(r.snippet, list(r.snippet_matches or []))
        if role == Qt.ItemDataRole.ToolTipRole:
            # the whole title, which the list may have cut short, and where it came from
            tags = f"<br>Tags: {escape(', '.join(r.tags))}" if r.tags else ""
            source = f"<br>{escape(r.source_path)}" if r.source_path else ""
            return f"<p><b>{escape(r.display_title)}</b>{source}{tags}</p>"
        if role == ID_ROLE:
            return r.id
        return None


class LibrarySidebar(QWidget):
    open_requested = Signal(object)  # Record
    changed = Signal()
    dialog_closed = Signal()  # focus may go back to the article

    def __init__(self) -> None:
        super().__init__()
        self.library: Library | None = None
        self.current_id: int | None = None  # the article on screen, kept selected
        self._generation = Generation()
        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setPlaceholderText("Search the library")
        self.search.setClearButtonEnabled(True)
        self.sort = QComboBox()
        for key, label in SORT_CHOICES:
            self.sort.addItem(label, key)
        self.language = QComboBox()
        self.tag = QComboBox()
        self.favourites = QToolButton(text="★", toolTip="Favourites only", checkable=True)
        self.count = QLabel()
        self.model = LibraryModel()
        self.view = QListView()
        self.view.setObjectName("libraryList")
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        self.view.setItemDelegate(EntryDelegate(self.view, self.model))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        self.empty = QLabel()  # says why the list is empty
        self.empty.setObjectName("libraryEmpty")
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setContentsMargins(6, 8, 6, 8)
        self.empty.hide()
        self._build_menu()

        title = QLabel("Library")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.count)
        filters = QHBoxLayout()
        filters.addWidget(self.language, 1)
        filters.addWidget(self.tag, 1)
        filters.addWidget(self.favourites)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 0, 6)
        layout.addLayout(head)
        layout.addWidget(self.search)
        layout.addWidget(self.sort)
        layout.addLayout(filters)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        for combo in (self.sort, self.language, self.tag):
            combo.currentIndexChanged.connect(lambda _: self.refresh())
        self.favourites.toggled.connect(lambda _: self.refresh())
        self.setEnabled(False)

    def _build_menu(self) -> None:
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.act_favourite = QAction("Favourite", self.view)
        self.act_favourite.triggered.connect(self._toggle_favourite)
        self.act_tags = QAction("Edit Tags…", self.view)
        self.act_tags.triggered.connect(self._edit_tags)
        self.act_remove = QAction("Remove from Library…", self.view)
        self.act_remove.setShortcut("Delete")
        self.act_remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_remove.triggered.connect(self._remove)
        for a in (self.act_favourite, self.act_tags, self.act_remove):
            self.view.addAction(a)

    def set_library(self, library: Library) -> None:
        self.library = library
        self.setEnabled(True)
        self.refresh()

    # --- queries -------------------------------------------------------------------------

    def refresh(self) -> None:
        library = self.library
        if library is None:
            return
        ticket = self._generation.next()
        query = self.search.text().strip()
        sort = self.sort.currentData()
        language, tag = self.language.currentData(), self.tag.currentData()
        favourites = self.favourites.isChecked()

        def work() -> tuple[list[Record], list[tuple[str, int]], list[tuple[str, int]], int]:
            if query:
                records = library.search(query, 200, language, tag, favourites)
            else:
                records = library.articles(sort, language, tag, favourites)
            return records, library.language_counts(), library.tag_counts(), library.count()

        def done(result: tuple[list[Record], list[Any], list[Any], int]) -> None:
            if not self._generation.current(ticket):
                return
            records, languages, tags, total = result
            self._fill(self.language, "All languages", languages, language_label)
            self._fill(self.tag, "All tags", tags, str)
            self.model.set_records(records, searching=bool(query))
            self._select_current()
            shown = len(records)
            self.count.setText(f"{shown} of {total}" if shown != total else str(total))
            if shown:
                self.empty.hide()
            else:
                self.empty.setText(
                    f"No articles match “{query}”." if query else
                    "No articles match these filters." if total else
                    "The library is empty. Articles you open are kept here.")
                self.empty.show()
            self.changed.emit()

        run_task(work, done, lambda exc: self.count.setText("unavailable"), owner=self)

    def set_current(self, article_id: int | None) -> None:
        """The article on screen; its entry stays selected through searches and re-sorts."""
        self.current_id = article_id
        self._select_current()

    def _select_current(self) -> None:
        row = self.model.row_of(self.current_id) if self.current_id is not None else -1
        selection = self.view.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        index = self.model.index(row)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)

    @staticmethod
    def _fill(combo: QComboBox, everything: str, counts: list[tuple[str, int]],
              label: Any) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value, n in counts:
            combo.addItem(f"{label(value)} ({n})", value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    # --- actions -------------------------------------------------------------------------

    def record_at(self, index: _Index) -> Record | None:
        return self.model.records[index.row()] if index.isValid() else None

    def current_record(self) -> Record | None:
        return self.record_at(self.view.currentIndex())

    def _activated(self, index: QModelIndex) -> None:
        record = self.record_at(index)
        if record is not None:
            self.open_requested.emit(record)

    def _toggle_favourite(self) -> None:
        record = self.current_record()
        if record is not None and self.library is not None:
            self.library.set_favourite(record.id, not record.favourite)
            self.refresh()

    def _edit_tags(self) -> None:
        record = self.current_record()
        if record is None or self.library is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle("Edit Tags")
        dialog.setLabelText(f"Tags for “{record.display_title}”, separated by commas:")
        dialog.setTextValue(", ".join(record.tags))
        dialog.resize(max(420, dialog.sizeHint().width()), dialog.sizeHint().height())
        ok = dialog.exec() == QInputDialog.DialogCode.Accepted
        text = dialog.textValue()
        self.dialog_closed.emit()
        if ok:
            self.library.set_tags(record.id, text.split(","))
            self.refresh()

    def _remove(self) -> None:
        record = self.current_record()
        if record is None or self.library is None:
            return
        answer = QMessageBox.question(
            self, "Remove from library",
            f"Remove “{record.display_title}” from the library?\n\nYour own file is not "
            "touched; Margin's copy, tags and reading place are deleted.")
        self.dialog_closed.emit()
        if answer == QMessageBox.StandardButton.Yes:
            self.library.remove(record.id)
            self.refresh()
