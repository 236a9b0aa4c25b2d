"""The window's actions, each with its text and shortcut, as one typed object.

``make_actions`` creates them (added to the window, so their shortcuts work wherever the
focus is inside it); the window connects each to what it does. Those in ``for_help`` are
listed in Help › Keyboard Shortcuts.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

K = QKeySequence.StandardKey
Keys = K | str | list[K | str] | None


@dataclass
class Actions:
    open: QAction
    import_folder: QAction
    export: QAction
    export_full: QAction
    print: QAction
    quit: QAction
    copy: QAction
    select_all: QAction
    find: QAction
    find_next: QAction
    find_prev: QAction
    copy_quote: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    highlight_summary: QAction
    highlight_quotes: QAction
    next_summary: QAction
    prev_summary: QAction
    next_quote: QAction
    prev_quote: QAction
    toggle_dark: QAction
    show_library: QAction
    show_analysis: QAction
    reopen_last: QAction
    highlight: QAction
    highlight_note: QAction
    remove_highlight: QAction
    keep: QAction
    undo: QAction
    redo: QAction
    recap: QAction
    contents: QAction
    shortcuts: QAction
    about: QAction
    for_help: list[QAction] = field(default_factory=list)

    def all(self) -> list[QAction]:
        return [getattr(self, f.name) for f in fields(self) if f.name != "for_help"]


# name: (text, keys, checkable, listed in Help)
_SPECS: dict[str, tuple[str, Keys, bool, bool]] = {
    "open": ("&Open…", K.Open, False, True),
    "import_folder": ("&Import Folder…", "Ctrl+Shift+O", False, True),
    "export": ("&Export Summary…", "Ctrl+E", False, True),
    "export_full": ("Export Summary with &Full Text…", "Ctrl+Shift+E", False, True),
    "print": ("&Print Summary…", K.Print, False, True),
    "quit": ("&Quit", K.Quit, False, True),
    "copy": ("&Copy", K.Copy, False, True),
    "select_all": ("Select &All", K.SelectAll, False, True),
    "find": ("&Find…", K.Find, False, True),
    "find_next": ("Find &Next", K.FindNext, False, True),
    "find_prev": ("Find &Previous", K.FindPrevious, False, True),
    "copy_quote": ("Copy Quote with &Attribution", "Ctrl+Shift+C", False, True),
    "zoom_in": ("Zoom &In", [K.ZoomIn, "Ctrl+="], False, True),
    "zoom_out": ("Zoom &Out", K.ZoomOut, False, True),
    "zoom_reset": ("&Actual Size", "Ctrl+0", False, True),
    "highlight_summary": ("Highlight &Summary", "Ctrl+1", True, True),
    "highlight_quotes": ("Highlight &Quotes", "Ctrl+2", True, True),
    "next_summary": ("Next Summary Sentence", "F8", False, True),
    "prev_summary": ("Previous Summary Sentence", "Shift+F8", False, True),
    "next_quote": ("Next Quote", "F9", False, True),
    "prev_quote": ("Previous Quote", "Shift+F9", False, True),
    "toggle_dark": ("Switch Light/Dark", "Ctrl+Shift+D", False, True),
    "show_library": ("Show &Library", "Ctrl+Shift+L", True, True),
    "show_analysis": ("Show Su&mmary and Quotes", "Ctrl+Shift+M", True, True),
    "reopen_last": ("&Reopen Last Article at Start", None, True, False),
    "highlight": ("&Highlight Selection", "Ctrl+H", False, True),
    "highlight_note": ("Highlight with &Note…", "Ctrl+Shift+H", False, True),
    "remove_highlight": ("Remove Highlight", "Delete", False, True),
    "keep": ("&Keep as Highlight", "Ctrl+K", False, True),
    "undo": ("&Undo", K.Undo, False, True),
    "redo": ("&Redo", K.Redo, False, True),
    "recap": ("&Recap up to Here", "Ctrl+R", False, True),
    "contents": ("Show &Contents", "Ctrl+Shift+T", False, True),
    "shortcuts": ("&Keyboard Shortcuts", ["Ctrl+/", "F1"], False, True),
    "about": ("&About Margin", None, False, False),
}


def make_actions(window: QWidget) -> Actions:
    made: dict[str, QAction] = {}
    listed: list[QAction] = []
    for name, (text, keys, checkable, in_help) in _SPECS.items():
        action = QAction(text, window)
        if keys is not None:
            action.setShortcuts([QKeySequence(k) for k in (keys if isinstance(keys, list)
                                                          else [keys])])
        action.setCheckable(checkable)
        window.addAction(action)
        made[name] = action
        if in_help:
            listed.append(action)
    actions = Actions(**made, for_help=listed)
    actions.highlight_summary.setIconText("Highlight")
    actions.highlight_quotes.setIconText("Highlight")
    return actions
