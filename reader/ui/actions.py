"""The window's actions, each with its text and shortcut, as one typed object.

``make_actions`` creates them (added to the window, so their shortcuts work wherever the
focus is inside it); the window connects each to what it does. Those in ``for_help`` are
listed in Help › Keyboard Shortcuts.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from .i18n import QT_TR_NOOP, tr

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
    next_pane: QAction
    prev_pane: QAction
    open_address: QAction
    paste_new: QAction
    fetch_again: QAction
    reading_settings: QAction
    underline_marks: QAction
    shortcuts: QAction
    about: QAction
    for_help: list[QAction] = field(default_factory=list)

    def all(self) -> list[QAction]:
        return [getattr(self, f.name) for f in fields(self) if f.name != "for_help"]


# name: (text, keys, checkable, listed in Help)
_SPECS: dict[str, tuple[str, Keys, bool, bool]] = {
    "open": (QT_TR_NOOP("&Open…"), K.Open, False, True),
    "import_folder": (QT_TR_NOOP("&Import Folder…"), "Ctrl+Shift+O", False, True),
    "export": (QT_TR_NOOP("&Export Summary…"), "Ctrl+E", False, True),
    "export_full": (QT_TR_NOOP("Export Summary with &Full Text…"), "Ctrl+Shift+E", False, True),
    "print": (QT_TR_NOOP("&Print Summary…"), K.Print, False, True),
    "quit": (QT_TR_NOOP("&Quit"), K.Quit, False, True),
    "copy": (QT_TR_NOOP("&Copy"), K.Copy, False, True),
    "select_all": (QT_TR_NOOP("Select &All"), K.SelectAll, False, True),
    "find": (QT_TR_NOOP("&Find…"), K.Find, False, True),
    "find_next": (QT_TR_NOOP("Find &Next"), K.FindNext, False, True),
    "find_prev": (QT_TR_NOOP("Find &Previous"), K.FindPrevious, False, True),
    "copy_quote": (QT_TR_NOOP("Copy Quote with &Attribution"), "Ctrl+Shift+C", False, True),
    "zoom_in": (QT_TR_NOOP("Zoom &In"), [K.ZoomIn, "Ctrl+="], False, True),
    "zoom_out": (QT_TR_NOOP("Zoom &Out"), K.ZoomOut, False, True),
    "zoom_reset": (QT_TR_NOOP("&Actual Size"), "Ctrl+0", False, True),
    "highlight_summary": (QT_TR_NOOP("Highlight &Summary"), "Ctrl+1", True, True),
    "highlight_quotes": (QT_TR_NOOP("Highlight &Quotes"), "Ctrl+2", True, True),
    "next_summary": (QT_TR_NOOP("Next Summary Sentence"), "F8", False, True),
    "prev_summary": (QT_TR_NOOP("Previous Summary Sentence"), "Shift+F8", False, True),
    "next_quote": (QT_TR_NOOP("Next Quote"), "F9", False, True),
    "prev_quote": (QT_TR_NOOP("Previous Quote"), "Shift+F9", False, True),
    "toggle_dark": (QT_TR_NOOP("Switch Light/Dark"), "Ctrl+Shift+D", False, True),
    "show_library": (QT_TR_NOOP("Show &Library"), "Ctrl+Shift+L", True, True),
    "show_analysis": (QT_TR_NOOP("Show Su&mmary and Quotes"), "Ctrl+Shift+M", True, True),
    "reopen_last": (QT_TR_NOOP("&Reopen Last Article at Start"), None, True, False),
    "highlight": (QT_TR_NOOP("&Highlight Selection"), "Ctrl+H", False, True),
    "highlight_note": (QT_TR_NOOP("Highlight with &Note…"), "Ctrl+Shift+H", False, True),
    "remove_highlight": (QT_TR_NOOP("Remove Highlight"), "Delete", False, True),
    "keep": (QT_TR_NOOP("&Keep as Highlight"), "Ctrl+K", False, True),
    "undo": (QT_TR_NOOP("&Undo"), K.Undo, False, True),
    "redo": (QT_TR_NOOP("&Redo"), K.Redo, False, True),
    "recap": (QT_TR_NOOP("&Recap up to Here"), "Ctrl+R", False, True),
    "contents": (QT_TR_NOOP("Show &Contents"), "Ctrl+Shift+T", False, True),
    "next_pane": (QT_TR_NOOP("Next Pane"), "F6", False, True),
    "prev_pane": (QT_TR_NOOP("Previous Pane"), "Shift+F6", False, True),
    "open_address": (QT_TR_NOOP("Open &Address…"), "Ctrl+L", False, True),
    "paste_new": (QT_TR_NOOP("New from &Clipboard"), "Ctrl+Shift+V", False, True),
    "fetch_again": (QT_TR_NOOP("Fetch A&gain"), None, False, False),
    "reading_settings": (QT_TR_NOOP("&Reading Settings…"), "Ctrl+,", False, True),
    "underline_marks": (QT_TR_NOOP("&Underline Summary and Quotes"), None, True, False),
    "shortcuts": (QT_TR_NOOP("&Keyboard Shortcuts"), ["Ctrl+/", "F1"], False, True),
    "about": (QT_TR_NOOP("&About Margin"), None, False, False),
}


def make_actions(window: QWidget) -> Actions:
    made: dict[str, QAction] = {}
    listed: list[QAction] = []
    for name, (text, keys, checkable, in_help) in _SPECS.items():
        action = QAction(tr(text), window)
        if keys is not None:
            action.setShortcuts([QKeySequence(k) for k in (keys if isinstance(keys, list)
                                                          else [keys])])
        action.setCheckable(checkable)
        window.addAction(action)
        made[name] = action
        if in_help:
            listed.append(action)
    actions = Actions(**made, for_help=listed)
    actions.highlight_summary.setIconText(tr("Highlight", "verb"))
    actions.highlight_quotes.setIconText(tr("Highlight", "verb"))
    actions.recap.setIconText(tr("Recap"))
    actions.recap.setToolTip(tr("Summarise only what comes before your place (Ctrl+R)"))
    return actions
