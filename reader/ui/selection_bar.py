"""A small bar that appears over a selection in the article: a highlight in one click.

Five colour buttons and a note button; it sits just above the selected words (below them when
there is no room above), and goes away when the selection does, when the text scrolls, or once a
button was used.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from ..core.anchoring import COLOURS
from .i18n import QT_TR_NOOP, tr
from .notes_pane import swatch
from .theme import Colours

HIGHLIGHT_IN = {"yellow": QT_TR_NOOP("Highlight in yellow"),  # shown through tr()
                "green": QT_TR_NOOP("Highlight in green"), "blue": QT_TR_NOOP("Highlight in blue"),
                "pink": QT_TR_NOOP("Highlight in pink"),
                "purple": QT_TR_NOOP("Highlight in purple")}


class SelectionBar(QFrame):
    def __init__(self, parent: QWidget, highlight: Callable[[str], None],
                 with_note: Callable[[], None]) -> None:
        super().__init__(parent)
        self.setObjectName("selectionBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 3, 4, 3)
        layout.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for name in COLOURS:
            button = QToolButton()
            button.setObjectName(f"highlight-{name}")
            button.setAutoRaise(True)
            button.setToolTip(tr("{highlight} (Ctrl+H: the last colour used)").format(
                highlight=tr(HIGHLIGHT_IN[name])))
            button.setAccessibleName(tr(HIGHLIGHT_IN[name]))
            button.clicked.connect(lambda _=False, n=name: self._use(highlight, n))
            layout.addWidget(button)
            self.buttons[name] = button
        self.note = QToolButton()
        self.note.setObjectName("highlightWithNote")
        self.note.setText(tr("Note", "button: highlight with a note"))
        self.note.setAutoRaise(True)
        self.note.setToolTip(tr("Highlight and write a note (Ctrl+Shift+H)"))
        self.note.clicked.connect(lambda: self._note(with_note))
        layout.addWidget(self.note)
        self.hide()

    def _note(self, with_note: Callable[[], None]) -> None:
        self.hide()
        with_note()

    def _use(self, highlight: Callable[[str], None], colour: str) -> None:
        self.hide()
        highlight(colour)

    def set_colours(self, colours: Colours) -> None:
        for name, button in self.buttons.items():
            button.setIcon(swatch(colours.own[name][0], 14))

    def show_at(self, words: QRect) -> None:
        """``words``: where the selection ends, in the parent's coordinates."""
        self.adjustSize()
        parent = self.parentWidget()
        width = parent.width() if parent is not None else self.width()
        x = max(4, min(words.right() - self.width() // 2, width - self.width() - 4))
        y = words.top() - self.height() - 6
        if y < 4:
            y = words.bottom() + 6
        self.move(QPoint(x, y))
        self.show()
        self.raise_()
