"""Help › Keyboard shortcuts and Help › About."""

from __future__ import annotations

from html import escape

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
from .i18n import tr


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
        self.setWindowTitle(tr("Keyboard Shortcuts"))
        rows = shortcut_rows(actions)
        half = (len(rows) + 1) // 2  # two pairs of columns, so that every row fits a screen
        table = QTableWidget(half, 4)
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels([tr("Action"), tr("Shortcut")] * 2)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (name, keys) in enumerate(rows):
            column = 0 if r < half else 2
            table.setItem(r % half, column, QTableWidgetItem(name))
            table.setItem(r % half, column + 1, QTableWidgetItem(keys))
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        # the actions' names get the room; the keys keep their own width
        header = table.horizontalHeader()
        for column in (0, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(column + 1, QHeaderView.ResizeMode.ResizeToContents)
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
    what = tr("A reader for articles: the text beside its summary and the quoted statements "
              "with who said them. Everything stays on this computer.")
    made = tr("Summaries by Margin's own ranker or by sumy; languages by langdetect; "
              "sentences by Punkt models. Built with Qt for Python.")
    QMessageBox.about(
        parent,
        tr("About Margin"),
        f"<h3>Margin {__version__}</h3><p>{escape(what, quote=False)}</p>"
        f"<p>{escape(made, quote=False)}</p>",
    )
