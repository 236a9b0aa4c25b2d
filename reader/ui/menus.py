"""The window's actions (each with its shortcut, all listed in Help) and its menus."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from . import theme
from .dialogs import show_about
from .exporting import export_current
from .printing import print_current


def _action(
    win: Any,
    text: str,
    slot: Any,
    keys: Any = None,
    checkable: bool = False,
    help_list: bool = True,
) -> QAction:
    action = QAction(text, win)
    if keys is not None:
        seqs = keys if isinstance(keys, list) else [keys]
        action.setShortcuts([QKeySequence(k) for k in seqs])
    action.setCheckable(checkable)
    action.triggered.connect(slot)
    win.addAction(action)
    if help_list:
        win.actions_for_help.append(action)
    return action


def build_actions(win: Any) -> None:
    K = QKeySequence.StandardKey  # noqa: N806
    win.act_open = _action(win, "&Open…", win._choose_files, K.Open)
    win.act_import = _action(win, "&Import Folder…", win._choose_folder, "Ctrl+Shift+O")
    win.act_export = _action(win, "&Export Summary…", lambda: export_current(win), "Ctrl+E")
    win.act_export_full = _action(win, "Export Summary with &Full Text…",
                                  lambda: export_current(win, full_text=True), "Ctrl+Shift+E")
    win.act_print = _action(win, "&Print Summary…", lambda: print_current(win), K.Print)
    win.act_quit = _action(win, "&Quit", win.close, K.Quit)
    win.act_copy = _action(win, "&Copy", win._copy, K.Copy)
    win.act_select_all = _action(win, "Select &All", win._select_all, K.SelectAll)
    win.act_find = _action(win, "&Find…", win._open_find, K.Find)
    win.act_find_next = _action(
        win, "Find &Next", lambda: win.article_pane.find_bar.find(True), K.FindNext
    )
    win.act_find_prev = _action(
        win, "Find &Previous", lambda: win.article_pane.find_bar.find(False), K.FindPrevious
    )
    win.act_copy_quote = _action(
        win, "Copy Quote with &Attribution", lambda: win.quotes_pane.copy_current(), "Ctrl+Shift+C"
    )
    win.act_zoom_in = _action(win, "Zoom &In", lambda: win._zoom(1), [K.ZoomIn, "Ctrl+="])
    win.act_zoom_out = _action(win, "Zoom &Out", lambda: win._zoom(-1), K.ZoomOut)
    win.act_zoom_reset = _action(win, "&Actual Size", lambda: win._zoom(0), "Ctrl+0")
    win.act_highlight_summary = _action(
        win, "Highlight &Summary", win._rehighlight, "Ctrl+1", checkable=True
    )
    win.act_highlight_quotes = _action(
        win, "Highlight &Quotes", win._rehighlight, "Ctrl+2", checkable=True
    )
    win.act_highlight_summary.setIconText("Highlight")
    win.act_highlight_quotes.setIconText("Highlight")
    win.act_highlight_summary.setChecked(bool(win.settings.get("highlight_summary", True, bool)))
    win.act_highlight_quotes.setChecked(bool(win.settings.get("highlight_quotes", True, bool)))
    win.act_next_summary = _action(
        win, "Next Summary Sentence", lambda: win._step(win.summary_pane.list, 1), "F8"
    )
    win.act_prev_summary = _action(
        win, "Previous Summary Sentence", lambda: win._step(win.summary_pane.list, -1), "Shift+F8"
    )
    win.act_next_quote = _action(
        win, "Next Quote", lambda: win._step(win.quotes_pane.list, 1), "F9"
    )
    win.act_prev_quote = _action(
        win, "Previous Quote", lambda: win._step(win.quotes_pane.list, -1), "Shift+F9"
    )
    win.act_toggle_dark = _action(win, "Switch Light/Dark", win._toggle_dark, "Ctrl+Shift+D")
    win.act_show_library = _action(win, "Show &Library", lambda: None, "Ctrl+Shift+L",
                                   checkable=True)
    win.act_show_analysis = _action(win, "Show Su&mmary and Quotes", lambda: None,
                                    "Ctrl+Shift+M", checkable=True)
    win.act_reopen_last = _action(win, "&Reopen Last Article at Start", lambda: None,
                                  checkable=True, help_list=False)
    win.act_reopen_last.setChecked(bool(win.settings.get("reopen_last", True, bool)))
    win.act_shortcuts = _action(win, "&Keyboard Shortcuts", win._show_shortcuts, ["Ctrl+/", "F1"])
    win.act_about = _action(win, "&About Margin", lambda: show_about(win), help_list=False)


def build_menus(win: Any) -> None:
    bar = win.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addAction(win.act_open)
    file_menu.addAction(win.act_import)
    file_menu.addSeparator()
    file_menu.addAction(win.act_export)
    file_menu.addAction(win.act_export_full)
    file_menu.addAction(win.act_print)
    win.recent_menu = file_menu.addMenu("Open &Recent")
    win.recent_menu.aboutToShow.connect(win._fill_recent)
    file_menu.addSeparator()
    file_menu.addAction(win.act_reopen_last)
    file_menu.addSeparator()
    file_menu.addAction(win.act_quit)
    edit = bar.addMenu("&Edit")
    for a in (win.act_copy, win.act_copy_quote, win.act_select_all):
        edit.addAction(a)
    edit.addSeparator()
    for a in (win.act_find, win.act_find_next, win.act_find_prev):
        edit.addAction(a)
    view = bar.addMenu("&View")
    view.addAction(win.act_show_library)
    view.addAction(win.act_show_analysis)
    view.addSeparator()
    for a in (win.act_zoom_in, win.act_zoom_out, win.act_zoom_reset):
        view.addAction(a)
    view.addSeparator()
    view.addAction(win.act_highlight_summary)
    view.addAction(win.act_highlight_quotes)
    view.addSeparator()
    for a in (win.act_next_summary, win.act_prev_summary, win.act_next_quote, win.act_prev_quote):
        view.addAction(a)
    view.addSeparator()
    view.addAction(win.act_toggle_dark)
    theme_menu = view.addMenu("&Theme")
    group = QActionGroup(win)
    for choice, label in (
        (theme.SYSTEM, "Follow System"),
        (theme.LIGHT, "Light"),
        (theme.DARK, "Dark"),
    ):
        act = theme_menu.addAction(label)
        act.setCheckable(True)
        act.setChecked(choice == win.theme_choice)
        act.setData(choice)
        group.addAction(act)
    group.triggered.connect(lambda act: win.set_theme(act.data()))
    win.theme_group = group
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(win.act_shortcuts)
    help_menu.addAction(win.act_about)
