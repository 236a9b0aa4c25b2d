"""The Contents tab: the document's sections, nested; click one to go there; the section being
read is marked as the reader scrolls."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ..core.article import Section
from ..core.sections import section_at
from .i18n import QT_TR_NOOP, tr

INDEX_ROLE = Qt.ItemDataRole.UserRole
MATTER_NAMES = {  # shown through tr(), after a section's title: "Index  (index)"
    "contents": QT_TR_NOOP("contents"), "copyright": QT_TR_NOOP("copyright"),
    "colophon": QT_TR_NOOP("colophon"), "licence": QT_TR_NOOP("licence"),
    "index": QT_TR_NOOP("index"), "front": QT_TR_NOOP("front matter"),
    "back": QT_TR_NOOP("back matter"), "code": QT_TR_NOOP("code"),
}


class ContentsPane(QWidget):
    go = Signal(int)  # a section's start: show it

    def __init__(self) -> None:
        super().__init__()
        self.tree = QTreeWidget()
        self.tree.setObjectName("contentsTree")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        self.empty = QLabel()
        self.empty.setObjectName("contentsEmpty")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 0, 6)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        self.sections: list[Section] = []
        self._items: list[QTreeWidgetItem] = []
        self._starts: list[int] = []
        self._marked: QTreeWidgetItem | None = None
        self.show_sections(None, [])

    def show_sections(self, article: str | None, sections: Sequence[Section]) -> None:
        self.sections = list(sections)
        self.tree.clear()
        self._items = []
        self._marked = None
        parents: list[tuple[int, QTreeWidgetItem]] = []
        for i, section in enumerate(self.sections):
            while parents and parents[-1][0] >= section.level:
                parents.pop()
            label = section.title
            if section.matter:
                label += f"  ({tr(MATTER_NAMES.get(section.matter, section.matter))})"
            item = QTreeWidgetItem([label])
            item.setData(0, INDEX_ROLE, i)
            item.setToolTip(0, section.title)
            if parents:
                parents[-1][1].addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            parents.append((section.level, item))
            self._items.append(item)
        self.tree.expandToDepth(0)
        self._starts = [s.start for s in self.sections]
        self.empty.setText(tr("Open an article to see its sections.") if article is None else
                           tr("This document has no sections (chapters or headings)."))
        self.empty.setVisible(not self.sections)
        self.tree.setVisible(bool(self.sections))

    def current(self, index: int) -> int | None:
        """The section being read at this place of the text (the innermost)."""
        return section_at(self.sections, index, self._starts)

    def mark(self, index: int) -> Section | None:
        """Mark the section at ``index`` (the reader's place) and return it."""
        i = self.current(index)
        item = self._items[i] if i is not None else None
        if item is not self._marked:
            for old, weight in ((self._marked, QFont.Weight.Normal),
                                (item, QFont.Weight.Bold)):
                if old is not None:
                    font = old.font(0)
                    font.setWeight(weight)
                    old.setFont(0, font)
            self._marked = item
            if item is not None:
                self.tree.scrollToItem(item)
        return self.sections[i] if i is not None else None

    def _clicked(self, item: QTreeWidgetItem) -> None:
        self.go.emit(self.sections[int(item.data(0, INDEX_ROLE))].start)
