"""The window's menus, made from its actions."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QMenuBar

from . import theme
from .actions import Actions
from .i18n import LANGUAGES, tr


@dataclass
class Menus:
    recent: QMenu  # File › Open Recent, filled when it opens
    themes: QActionGroup  # View › Theme: each action's data is its choice
    languages: QActionGroup  # View › Interface Language: data is a code, or "" for the system's


def build_menus(bar: QMenuBar, a: Actions, theme_choice: str, language_choice: str) -> Menus:
    file_menu = bar.addMenu(tr("&File"))
    file_menu.addAction(a.open)
    file_menu.addAction(a.open_address)
    file_menu.addAction(a.paste_new)
    file_menu.addAction(a.import_folder)
    file_menu.addAction(a.fetch_again)
    file_menu.addSeparator()
    file_menu.addAction(a.export)
    file_menu.addAction(a.export_full)
    file_menu.addAction(a.print)
    recent = file_menu.addMenu(tr("Open &Recent"))
    file_menu.addSeparator()
    file_menu.addAction(a.reopen_last)
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    edit = bar.addMenu(tr("&Edit"))
    for action in (a.undo, a.redo):
        edit.addAction(action)
    edit.addSeparator()
    for action in (a.copy, a.copy_quote, a.select_all):
        edit.addAction(action)
    edit.addSeparator()
    for action in (a.highlight, a.highlight_note, a.keep, a.remove_highlight):
        edit.addAction(action)
    edit.addSeparator()
    for action in (a.find, a.find_next, a.find_prev):
        edit.addAction(action)
    view = bar.addMenu(tr("&View"))
    view.addAction(a.show_library)
    view.addAction(a.contents)
    view.addAction(a.show_analysis)
    view.addAction(a.recap)
    view.addSeparator()
    for action in (a.zoom_in, a.zoom_out, a.zoom_reset):
        view.addAction(action)
    view.addSeparator()
    view.addAction(a.highlight_summary)
    view.addAction(a.highlight_quotes)
    view.addAction(a.underline_marks)
    view.addSeparator()
    for action in (a.next_summary, a.prev_summary, a.next_quote, a.prev_quote):
        view.addAction(action)
    view.addSeparator()
    view.addAction(a.next_pane)
    view.addAction(a.prev_pane)
    view.addSeparator()
    view.addAction(a.reading_settings)
    view.addAction(a.toggle_dark)
    theme_menu = view.addMenu(tr("&Theme"))
    group = QActionGroup(bar)
    for choice, label in ((theme.SYSTEM, tr("Follow System")), (theme.LIGHT, tr("Light")),
                          (theme.DARK, tr("Dark"))):
        act = theme_menu.addAction(label)
        act.setCheckable(True)
        act.setChecked(choice == theme_choice)
        act.setData(choice)
        group.addAction(act)
    language_menu = view.addMenu(tr("Interface &Language"))
    languages = QActionGroup(bar)
    for code, label in [("", tr("Follow System")), *LANGUAGES.items()]:
        act = language_menu.addAction(label)
        act.setCheckable(True)
        act.setChecked(code == language_choice)
        act.setData(code)
        languages.addAction(act)
    help_menu = bar.addMenu(tr("&Help"))
    help_menu.addAction(a.shortcuts)
    help_menu.addAction(a.about)
    return Menus(recent, group, languages)
