"""Help › Keyboard shortcuts and Help › About."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import __version__


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if keys:
            rows.append((action.text().replace("&", "").rstrip("…"), ", ".join(keys)))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget, actions: list[QAction]) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard Shortcuts")
        rows = shortcut_rows(actions)
        table = QTableWidget(len(rows), 2)
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels(["Action", "Shortcut"])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (name, keys) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(name))
            table.setItem(r, 1, QTableWidgetItem(keys))
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        # the actions' names get the room; the keys keep their own width
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.table = table
        # big enough for every row without scrolling, as far as the screen allows
        frame = 2 * table.frameWidth()
        width = table.verticalHeader().width() + frame + sum(
            table.columnWidth(c) for c in range(table.columnCount())) + 48
        height = (table.horizontalHeader().height() + frame
                  + sum(table.rowHeight(r) for r in range(table.rowCount())))
        margins = layout.contentsMargins()
        height += buttons.sizeHint().height() + layout.spacing() + margins.top() + margins.bottom()
        width += margins.left() + margins.right()
        screen = parent.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        if room is not None:
            width, height = min(width, room.width() * 9 // 10), min(height, room.height() * 9 // 10)
        self.resize(max(width, 420), height)


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        "About Margin",
        f"<h3>Margin {__version__}</h3>"
        "<p>A reader for articles: the text beside its summary and the quoted statements "
        "with who said them. Everything stays on this computer.</p>"
        "<p>Summaries by Margin's own ranker or by sumy; languages by langdetect; "
        "sentences by Punkt models. Built with Qt for Python.</p>",
    )
