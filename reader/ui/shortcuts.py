"""The window's shortcuts work wherever the keyboard focus is.

A line edit (the library's search box, the find field) or a spin box claims some keys for
itself before shortcuts are looked at: on X11, Ctrl+E is "end of line" and Ctrl+K "delete to
the end", so File › Export did nothing while the search box had focus. This filter lets a text
field keep only the keys that edit text (copy, paste, select all, undo, moving the cursor);
every other key that one of the window's actions uses goes to the action.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QWidget

# Keys a text field keeps: what they do there is what the person expects.
_EDITING = (
    QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll, QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo, QKeySequence.StandardKey.Delete,
    QKeySequence.StandardKey.Backspace,
)


def _text_field(widget: QObject | None) -> bool:
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return True
    return isinstance(widget, QComboBox) and widget.isEditable()


class WindowShortcuts(QObject):
    """Installed on the application for one window and its actions."""

    def __init__(self, window: QWidget, actions: list[QAction]) -> None:
        super().__init__(window)
        self._window = window
        self._actions = actions
        editing: set[str] = set()
        for standard in _EDITING:
            editing.update(k.toString() for k in QKeySequence.keyBindings(standard))
        self._editing = editing
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        window.destroyed.connect(self._detach)

    def _detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _ours(self, keys: str) -> bool:
        for action in self._actions:
            if action.isEnabled() and any(k.toString() == keys for k in action.shortcuts()):
                return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.ShortcutOverride or not _text_field(watched):
            return False
        assert isinstance(watched, QWidget)
        if watched.window() is not self._window:
            return False
        assert isinstance(event, QKeyEvent)
        keys = QKeySequence(event.keyCombination()).toString()
        if keys in self._editing or not self._ours(keys):
            return False
        event.ignore()  # not the field's: the shortcut map gives it to the action
        return True
