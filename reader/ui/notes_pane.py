"""The Notes tab: the reader's own highlights on the article, in text order, with their notes.

Click one to go there; filter by colour; the note of the one selected is edited right below the
list (the text stays in view), and saved when the editor loses focus or on Ctrl+Enter. A
highlight whose words could not be found again in a changed text is listed as detached.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.anchoring import COLOURS
from ..library import Highlight
from .i18n import QT_TR_NOOP, tr
from .theme import Colours
from .wrapped_list import SECOND_LINE_ROLE, WrappedList

ID_ROLE = Qt.ItemDataRole.UserRole
COLOUR_LABELS = {"yellow": QT_TR_NOOP("Yellow"), "green": QT_TR_NOOP("Green"),  # shown: tr()
                 "blue": QT_TR_NOOP("Blue"), "pink": QT_TR_NOOP("Pink"),
                 "purple": QT_TR_NOOP("Purple")}


def swatch(colour: QColor, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(colour)
    return QIcon(pixmap)


def when(stamp: float) -> str:
    """The day a highlight was made, in local time: "5 Mar 2025" in English."""
    day = QDateTime.fromSecsSinceEpoch(int(stamp)).date()
    return QLocale().toString(day, tr("d MMM yyyy", "a highlight's date (Qt's date format)"))


class NoteEditor(QPlainTextEdit):
    """Saves when it loses the focus, or on Ctrl+Enter."""

    done = Signal(str)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        self.done.emit(self.toPlainText())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.done.emit(self.toPlainText())
            return
        super().keyPressEvent(event)


class NotesPane(QWidget):
    jump = Signal(int)  # a highlight's id: show it in the text
    note_edited = Signal(int, str)  # a highlight's id, its new note
    remove_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.colour = QComboBox()
        self.colour.setObjectName("notesColour")
        self.colour.addItem(tr("All colours"), None)
        self.list = WrappedList()
        self.list.setObjectName("notesList")
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setObjectName("notesEmpty")
        self.editor = NoteEditor()
        self.editor.setObjectName("noteEditor")
        self.editor.setPlaceholderText(tr("Write a note on the highlight selected above"))
        self.editor.setMaximumHeight(110)
        self.editor.setEnabled(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.colour, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.editor)
        self.highlights: list[Highlight] = []
        self._colours: Colours | None = None
        self.colour.currentIndexChanged.connect(self._filter)
        self.list.currentItemChanged.connect(self._selected)
        self.list.itemClicked.connect(self._clicked)
        self.list.itemActivated.connect(self._clicked)
        self.editor.done.connect(self._save_note)
        self.show_highlights(None, [])

    def set_colours(self, colours: Colours) -> None:
        self._colours = colours
        self.colour.blockSignals(True)
        current = self.colour.currentData()
        while self.colour.count() > 1:
            self.colour.removeItem(1)
        for name in COLOURS:
            self.colour.addItem(swatch(colours.own[name][0]), tr(COLOUR_LABELS[name]), name)
        self.colour.setCurrentIndex(max(0, self.colour.findData(current)))
        self.colour.blockSignals(False)
        self.show_highlights(self._article, self.highlights)

    _article: str | None = None

    def show_highlights(self, article: str | None, highlights: Sequence[Highlight]) -> None:
        """The highlights of the article shown (its path; None: no article)."""
        keep = self.current_id() if article == self._article else None
        self._article = article
        self.highlights = list(highlights)
        self.list.blockSignals(True)
        self.list.clear()
        detached, no_note = tr("(detached: not found in the text)"), tr("No note")
        for h in self.highlights:
            words = " ".join(h.quote.split())
            item = QListWidgetItem(f"“{words}”" + (f"  {detached}" if h.detached else ""))
            second = h.note.strip() or no_note
            item.setData(SECOND_LINE_ROLE, f"{second} · {when(h.created)}")
            item.setData(ID_ROLE, h.id)
            item.setToolTip(h.note or tr("Select it and write a note below"))
            if self._colours is not None:
                item.setIcon(swatch(self._colours.own.get(h.color, self._colours.own["yellow"])[0]))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._filter()
        if article is None:
            self.empty.setText(tr("Open an article; then select words in it and press Ctrl+H to "
                                  "highlight them."))
        else:
            self.empty.setText(tr("No highlights yet: select words in the text and press "
                                  "Ctrl+H, or right-click them."))
        self.empty.setVisible(not self.highlights)
        if keep is not None:
            self.select(keep)
        else:
            self._selected()

    def _filter(self) -> None:
        wanted = self.colour.currentData()
        by_id = {h.id: h for h in self.highlights}
        for i in range(self.list.count()):
            item = self.list.item(i)
            h = by_id.get(item.data(ID_ROLE))
            item.setHidden(wanted is not None and (h is None or h.color != wanted))

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def select(self, highlight_id: int) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == highlight_id:
                self.list.setCurrentRow(i)
                return

    def edit_note(self, highlight_id: int) -> None:
        """Select the highlight and put the cursor in its note."""
        self.select(highlight_id)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _selected(self) -> None:
        hid = self.current_id()
        h = next((x for x in self.highlights if x.id == hid), None)
        self.editor.blockSignals(True)
        self.editor.setPlainText(h.note if h is not None else "")
        self.editor.blockSignals(False)
        self.editor.setEnabled(h is not None)

    def _clicked(self, item: QListWidgetItem) -> None:
        self.jump.emit(int(item.data(ID_ROLE)))

    def _save_note(self, text: str) -> None:
        hid = self.current_id()
        h = next((x for x in self.highlights if x.id == hid), None)
        if h is not None and text.strip() != h.note.strip():
            self.note_edited.emit(h.id, text.strip())
