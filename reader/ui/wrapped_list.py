"""Lists of sentences that always show whole: every item is as tall as its wrapped text.

QListWidget's own word wrap measures an item once, at whatever width the list had then; when
a scroll bar appears or the pane narrows, the text gets less room than it was measured for and
Qt elides its last line ("making any immediate …") or leaves a gap. This delegate measures each
item at the list's current width, and the list measures again whenever that width changes.
An item may carry a second, muted line (a quote's speaker).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

SECOND_LINE_ROLE = Qt.ItemDataRole.UserRole + 10  # muted text under the main text
_Index = QModelIndex | QPersistentModelIndex
_WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(
    Qt.AlignmentFlag.AlignTop)


class WrappedItemDelegate(QStyledItemDelegate):
    PAD_X = 8
    PAD_Y = 5
    GAP = 2  # between the text and its second line

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    ICON = 12  # a swatch before the text (the Notes list's colours)

    def text_width(self, icon: bool = False) -> int:
        """The width the text wraps at: the list's visible width, less padding (and icon)."""
        view = self._view
        spacing = view.spacing() if isinstance(view, QListView) else 0
        return max(40, view.viewport().width() - 2 * spacing - 2 * self.PAD_X
                   - (self.ICON + self.PAD_X if icon else 0))

    @staticmethod
    def _icon(index: _Index) -> QIcon | None:
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        return icon if isinstance(icon, QIcon) and not icon.isNull() else None

    @staticmethod
    def _height(metrics: QFontMetrics, width: int, text: str) -> int:
        if not text:
            return 0
        return metrics.boundingRect(QRect(0, 0, width, 1_000_000), _WRAP, text).height()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        own = index.data(Qt.ItemDataRole.FontRole)  # an item in its own font (a bold title)
        metrics = QFontMetrics(own if isinstance(own, QFont) else self._view.font())
        width = self.text_width(self._icon(index) is not None)
        height = self._height(metrics, width, index.data(Qt.ItemDataRole.DisplayRole) or "")
        second = index.data(SECOND_LINE_ROLE) or ""
        if second:
            height += self.GAP + self._height(metrics, width, second)
        return QSize(width + 2 * self.PAD_X, height + 2 * self.PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        icon = self._icon(index)
        opt.icon = QIcon()  # drawn here, beside the text rather than over it
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
        widget: QWidget | None = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        metrics = QFontMetrics(opt.font)
        rect = opt.rect.adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y)
        painter.save()
        if icon is not None:
            line = QFontMetrics(opt.font).height()
            icon.paint(painter, QRect(rect.left(), rect.top() + (line - self.ICON) // 2,
                                      self.ICON, self.ICON))
            rect.setLeft(rect.left() + self.ICON + self.PAD_X)
        painter.setFont(opt.font)
        painter.setPen(palette.highlightedText().color() if selected else palette.text().color())
        main_height = self._height(metrics, rect.width(), text)
        painter.drawText(rect, _WRAP, text)
        second = index.data(SECOND_LINE_ROLE) or ""
        if second:
            painter.setPen(palette.highlightedText().color() if selected
                           else palette.placeholderText().color())
            painter.drawText(rect.adjusted(0, main_height + self.GAP, 0, 0), _WRAP, second)
        painter.restore()


class WrappedList(QListWidget):
    """A list whose items show their whole text at any width (see the module's docstring)."""

    def __init__(self) -> None:
        super().__init__()
        self.setSpacing(2)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        # Items are measured in batches between events, so a book's hundreds of quotes never
        # hold up the window in one go.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(40)
        self.setItemDelegate(WrappedItemDelegate(self))
        self._laid_out_width = -1

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        width = self.viewport().width()
        if width != self._laid_out_width:  # heights depend on the width: measure again
            self._laid_out_width = width
            self.scheduleDelayedItemsLayout()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.scheduleDelayedItemsLayout()
