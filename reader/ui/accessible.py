"""The window for a screen reader and for the keyboard alone: each pane's control named (what a
screen reader announces when it gets the focus), and F6 / Shift+F6 going from pane to pane.

Controls with their own text (buttons, tabs) or a label beside them in a form (QFormLayout makes
the label the field's buddy) are named by Qt; the ones named here have neither. List items
carry their own spoken text (``Qt.AccessibleTextRole``: "Summary sentence 2 of 5: …") where the
lists are filled.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from .i18n import QT_TR_NOOP, tr

# objectName: (name, description)
NAMES: dict[str, tuple[str, str]] = {
    "articleText": (QT_TR_NOOP("Article text"),
                    QT_TR_NOOP("The article, with its summary sentences and quotes highlighted")),
    "summaryList": (QT_TR_NOOP("Summary sentences"),
                    QT_TR_NOOP("Press Enter to go to a sentence in the text")),
    "quotesList": (QT_TR_NOOP("Quotes"),
                   QT_TR_NOOP("Each quote with its speaker; Enter goes to it in the text")),
    "notesList": (QT_TR_NOOP("Your highlights and notes"),
                  QT_TR_NOOP("Enter goes to the highlight in the text")),
    "libraryList": (QT_TR_NOOP("Library articles"),
                    QT_TR_NOOP("Enter opens the article; type to jump to a title")),
    "librarySearch": (QT_TR_NOOP("Search the library"), ""),
    "contentsTree": (QT_TR_NOOP("Contents"),
                     QT_TR_NOOP("The document's sections; Enter goes to one")),
    "summaryLength": (QT_TR_NOOP("Summary length"),
                      QT_TR_NOOP("How long the summary is; Auto grows with the text")),
    "speakerFilter": (QT_TR_NOOP("Show quotes by"), ""),
    "notesColour": (QT_TR_NOOP("Show highlights of colour"), ""),
    "noteEditor": (QT_TR_NOOP("Note on the selected highlight"), ""),
    "summaryMode": (QT_TR_NOOP("Show the summary"), ""),
    "readingPlace": (QT_TR_NOOP("Where you are"), ""),
    "counts": (QT_TR_NOOP("Summary and quote counts"), ""),
}


def name_controls(root: QWidget) -> None:
    """Give the window's unnamed controls their spoken names and descriptions."""
    for name, (spoken, description) in NAMES.items():
        for widget in root.findChildren(QWidget, name):
            if not widget.accessibleName():
                widget.setAccessibleName(tr(spoken))
            if description and not widget.accessibleDescription():
                widget.setAccessibleDescription(tr(description))


class PaneCycle(QObject):
    """F6 moves the keyboard to the next pane (Shift+F6 back): the library or the contents,
    the article, the summary, then the quotes or notes; panes folded away are skipped."""

    def __init__(self, panes: Callable[[], list[QWidget]], parent: QObject) -> None:
        super().__init__(parent)
        self._panes = panes

    def step(self, delta: int) -> None:
        panes = [p for p in self._panes() if p.isVisible() and p.isEnabled()]
        if not panes:
            return
        focus = QApplication.focusWidget()
        areas = [_area(p, panes) for p in panes]
        here = next((i for i, a in enumerate(areas)
                     if focus is not None and (focus is a or a.isAncestorOf(focus))), None)
        target = panes[0 if here is None and delta > 0 else
                       -1 if here is None else (here + delta) % len(panes)]
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _area(pane: QWidget, panes: list[QWidget]) -> QWidget:
    """The largest widget around ``pane`` that holds no other pane: the summary's list and the
    method chooser above it are one pane for F6."""
    area = pane
    while True:
        parent = area.parentWidget()
        if parent is None or parent.isWindow() or any(
                p is not pane and parent.isAncestorOf(p) for p in panes):
            return area
        area = parent


__all__ = ["NAMES", "PaneCycle", "name_controls"]
