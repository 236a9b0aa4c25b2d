"""Window preferences in an INI file under the config folder that ``reader.paths`` names."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from .. import paths

MAX_RECENT = 10


class Settings:
    def __init__(self) -> None:
        folder = paths.ensure(paths.config_dir())
        self._s = QSettings(str(folder / "margin.ini"), QSettings.Format.IniFormat)

    def get(self, key: str, default: Any = None, kind: type | None = None) -> Any:
        if kind is None:
            return self._s.value(key, default)
        value = self._s.value(key, default, type=kind)
        return default if value is None else value

    def set(self, key: str, value: Any) -> None:
        self._s.setValue(key, value)

    def recent_files(self) -> list[str]:
        value = self._s.value("recent", [])
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in (value or [])]

    def add_recent(self, path: str) -> list[str]:
        recent = [p for p in self.recent_files() if p != path]
        recent.insert(0, path)
        del recent[MAX_RECENT:]
        self._s.setValue("recent", recent)
        return recent

    def clear_recent(self) -> None:
        self._s.setValue("recent", [])

    def sync(self) -> None:
        self._s.sync()
