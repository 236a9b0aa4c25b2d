"""The library sidebar: every article kept, searchable, sortable, filtered by language and tag.

The list is a model over plain records, so ten thousand articles cost the view nothing until
they scroll into sight; queries run on a worker and the newest one wins.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QPainter
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


class EntryDelegate(QStyledItemDelegate):
    """Two lines per article: the title in bold, then author · language · date (or, for search
    results, the matching words), both cut with an ellipsis to the sidebar's width."""

    PAD = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        line = option.fontMetrics.lineSpacing()
        return QSize(option.rect.width(), 2 * line + 2 * self.PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        rect = opt.rect.adjusted(self.PAD + 2, self.PAD, -self.PAD, -self.PAD)
        title_font = QFont(opt.font)
        title_font.setBold(True)
        painter.save()
        painter.setFont(title_font)
        painter.setPen(palette.highlightedText().color() if selected else palette.text().color())
        metrics = QFontMetrics(title_font)
        title = metrics.elidedText(index.data(Qt.ItemDataRole.DisplayRole) or "",
                                   Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
        painter.setFont(opt.font)
        muted = palette.highlightedText().color() if selected else palette.placeholderText().color()
        painter.setPen(muted)
        sub = opt.fontMetrics.elidedText(index.data(SUBTITLE_ROLE) or "",
                                         Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, sub)
        painter.restore()


class LibraryModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[Record] = []

    def set_records(self, records: list[Record]) -> None:
        self.beginResetModel()
        self.records = records
        self.endResetModel()

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
            return r.snippet or " · ".join(x for x in (r.author, source, _when(r.opened_at)) if x)
        if role == Qt.ItemDataRole.ToolTipRole:
            tags = f"\nTags: {', '.join(r.tags)}" if r.tags else ""
            return f"{r.display_title}\n{r.source_path or ''}{tags}"
        if role == ID_ROLE:
            return r.id
        return None


class LibrarySidebar(QWidget):
    open_requested = Signal(object)  # Record
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.library: Library | None = None
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
        self.view.setItemDelegate(EntryDelegate(self.view))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
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
            self.model.set_records(records)
            shown = len(records)
            self.count.setText(f"{shown} of {total}" if shown != total else str(total))
            self.changed.emit()

        run_task(work, done, lambda exc: self.count.setText("unavailable"), owner=self)

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
        text, ok = QInputDialog.getText(self, "Tags", "Tags, separated by commas:",
                                        text=", ".join(record.tags))
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
        if answer == QMessageBox.StandardButton.Yes:
            self.library.remove(record.id)
            self.refresh()
