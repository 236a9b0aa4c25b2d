"""The window's preferences: every key with its type and default in one place, stored in an INI
file in the configuration folder that ``reader.paths`` names.

``settings.theme`` reads a value (the default when it was never set, or when what is stored
cannot be read as its type) and ``settings.theme = "dark"`` stores one.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

from .. import paths

T = TypeVar("T")
MAX_RECENT = 10


class _Key(Generic[T]):
    """One preference: its key in the file, its type and its default."""

    def __init__(self, key: str, kind: type[T], default: T) -> None:
        self.key, self.kind, self.default = key, kind, default

    @overload
    def __get__(self, owner: None, cls: type[Settings]) -> _Key[T]: ...

    @overload
    def __get__(self, owner: Settings, cls: type[Settings]) -> T: ...

    def __get__(self, owner: Settings | None, cls: type[Settings]) -> T | _Key[T]:
        if owner is None:
            return self
        return owner.read(self.key, self.kind, self.default)

    def __set__(self, owner: Settings, value: T) -> None:
        owner.store.setValue(self.key, value)


class Settings:
    # the window
    geometry = _Key("geometry", QByteArray, QByteArray())
    splitter = _Key("splitter", QByteArray, QByteArray())
    side_splitter = _Key("side_splitter", QByteArray, QByteArray())
    show_library = _Key("show_library", bool, True)
    show_analysis = _Key("show_analysis", bool, True)
    theme = _Key("theme", str, "system")
    text_size = _Key("text_size", float, 0.0)  # points; 0: the default size
    highlight_summary = _Key("highlight_summary", bool, True)
    highlight_quotes = _Key("highlight_quotes", bool, True)
    reopen_last = _Key("reopen_last", bool, True)
    library_sort = _Key("library_sort", str, "opened")
    interface_language = _Key("interface_language", str, "")  # "": the system's
    # reading settings (View › Reading Settings): "" and 0 mean Margin's defaults
    reading_font = _Key("reading_font", str, "")  # a family, or "serif" / "sans"
    line_width = _Key("line_width", int, 0)  # the text column, in characters
    line_spacing = _Key("line_spacing", int, 0)  # per cent of the font's line height
    justify = _Key("justify", bool, False)
    underline_marks = _Key("underline_marks", bool, False)  # summary and quotes underlined too
    # where dialogs start
    last_folder = _Key("last_folder", str, "")
    export_folder = _Key("export_folder", str, "")
    export_filter = _Key("export_filter", str, "")

    def __init__(self) -> None:
        folder = paths.ensure(paths.config_dir())
        self.store = QSettings(str(folder / "margin.ini"), QSettings.Format.IniFormat)

    def read(self, key: str, kind: type[T], default: T) -> T:
        if not self.store.contains(key):
            return default
        try:
            value = self.store.value(key, default, type=kind)
        except (TypeError, ValueError):  # a hand-edited file: keep to the default
            return default
        return value if isinstance(value, kind) else default

    def recent_files(self) -> list[str]:
        value: Any = self.store.value("recent", [])
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in (value or [])]

    def add_recent(self, path: str) -> list[str]:
        recent = [p for p in self.recent_files() if p != path]
        recent.insert(0, path)
        del recent[MAX_RECENT:]
        self.store.setValue("recent", recent)
        return recent

    def clear_recent(self) -> None:
        self.store.setValue("recent", [])

    def sync(self) -> None:
        self.store.sync()
