"""The library sidebar: every article kept, searchable, sortable, filtered by language and tag.

The list is a model over plain records, so ten thousand articles cost the view nothing until
they scroll into sight; queries run on a worker and the newest one wins.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..library import Library, Record
from .analysis_panes import language_label
from .i18n import tr
from .library_list import (
    SORT_CHOICES,
    EntryDelegate,
    Index,
    LibraryModel,
)
from .library_owner import LibraryOwner
from .tasks import Generation


class LibrarySidebar(QWidget):
    open_requested = Signal(object)  # Record
    changed = Signal()
    dialog_closed = Signal()  # focus may go back to the article
    removed = Signal(int)  # an article left the library (its id)

    def __init__(self) -> None:
        super().__init__()
        self.library: LibraryOwner | None = None
        self.current_id: int | None = None  # the article on screen, kept selected
        self._generation = Generation()
        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setPlaceholderText(tr("Search the library"))
        self.search.setClearButtonEnabled(True)
        self.sort = QComboBox()
        for key, label in SORT_CHOICES:
            self.sort.addItem(tr(label), key)
        self.language = QComboBox()
        self.tag = QComboBox()
        self.favourites = QToolButton()
        self.favourites.setText("★")
        self.favourites.setToolTip(tr("Favourites only"))
        self.favourites.setCheckable(True)
        self.with_notes = QToolButton()
        self.with_notes.setObjectName("withNotes")
        self.with_notes.setText("✎")
        self.with_notes.setToolTip(tr("Only articles with your highlights and notes"))
        self.with_notes.setCheckable(True)
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

        title = QLabel(tr("Library"))
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
        order = QHBoxLayout()
        order.addWidget(self.sort, 1)
        order.addWidget(self.favourites)
        order.addWidget(self.with_notes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 0, 6)
        layout.addLayout(head)
        layout.addWidget(self.search)
        layout.addLayout(order)
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
        self.with_notes.toggled.connect(lambda _: self.refresh())
        self.setEnabled(False)

    def _build_menu(self) -> None:
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.act_favourite = QAction(tr("Favourite"), self.view)
        self.act_favourite.triggered.connect(self._toggle_favourite)
        self.act_tags = QAction(tr("Edit Tags…"), self.view)
        self.act_tags.triggered.connect(self._edit_tags)
        self.act_remove = QAction(tr("Remove from Library…"), self.view)
        self.act_remove.setShortcut("Delete")
        self.act_remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_remove.triggered.connect(self._remove)
        for a in (self.act_favourite, self.act_tags, self.act_remove):
            self.view.addAction(a)

    def set_library(self, library: LibraryOwner) -> None:
        """Lists come from the library's reader; changes go to its writer, and any change to
        the list (from here or elsewhere) refreshes it."""
        self.library = library
        library.changed.connect(self.refresh)
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
        with_notes = self.with_notes.isChecked()

        def work(library: Library) -> tuple[list[Record], list[tuple[str, int]],
                                             list[tuple[str, int]], int]:
            if query:
                records = library.search(query, 200, language, tag, favourites,
                                         with_notes=with_notes)
            else:
                records = library.articles(sort, language, tag, favourites,
                                           with_notes=with_notes)
            return records, library.language_counts(), library.tag_counts(), library.count()

        def done(result: tuple[list[Record], list[Any], list[Any], int]) -> None:
            if not self._generation.current(ticket):
                return
            records, languages, tags, total = result
            self._fill(self.language, tr("All languages"), languages, language_label)
            self._fill(self.tag, tr("All tags"), tags, str)
            self.model.set_records(records, searching=bool(query))
            self._select_current()
            shown = len(records)
            self.count.setText(
                tr("{shown} of {total}", "articles listed of all in the library")
                .format(shown=shown, total=total) if shown != total else str(total))
            if shown:
                self.empty.hide()
            else:
                self.empty.setText(
                    tr("No articles match “{query}”.").format(query=query) if query else
                    tr("No articles match these filters.") if total else
                    tr("The library is empty. Articles you open are kept here."))
                self.empty.show()
            self.changed.emit()

        library.read(work, done, lambda exc: self.count.setText(tr("unavailable", "the library")))

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
              label: Callable[[str], str]) -> None:
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

    def record_at(self, index: Index) -> Record | None:
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
            record_id, favourite = record.id, not record.favourite
            self.library.write(lambda lib: lib.set_favourite(record_id, favourite),
                               changes_list=True)

    def _edit_tags(self) -> None:
        record = self.current_record()
        if record is None or self.library is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(tr("Edit Tags"))
        dialog.setLabelText(tr("Tags for “{title}”, separated by commas:")
                            .format(title=record.display_title))
        dialog.setTextValue(", ".join(record.tags))
        dialog.resize(max(420, dialog.sizeHint().width()), dialog.sizeHint().height())
        ok = dialog.exec() == QInputDialog.DialogCode.Accepted
        text = dialog.textValue()
        self.dialog_closed.emit()
        if ok:
            record_id, tags = record.id, text.split(",")
            self.library.write(lambda lib: lib.set_tags(record_id, tags), changes_list=True)

    def _remove(self) -> None:
        record = self.current_record()
        if record is None or self.library is None:
            return
        keep = None
        text = tr("Remove “{title}” from the library?\n\nYour own file is not touched; "
                  "Margin's copy, tags and reading place are deleted.").format(
            title=record.display_title)
        if record.highlights:
            box = QMessageBox(QMessageBox.Icon.Question, tr("Remove from library"), text,
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                              self)
            keep = QCheckBox(tr("Keep my %n highlights and notes (they come back if I open "
                                "the file again)", "", record.highlights))
            keep.setChecked(True)
            box.setCheckBox(keep)
            answer = QMessageBox.StandardButton(box.exec())
        else:
            answer = QMessageBox.question(self, tr("Remove from library"), text)
        self.dialog_closed.emit()
        if answer == QMessageBox.StandardButton.Yes:
            record_id, keep_notes = record.id, keep is not None and keep.isChecked()
            self.library.write(lambda lib: lib.remove(record_id, keep_notes=keep_notes),
                               lambda _: self.removed.emit(record_id), changes_list=True)
