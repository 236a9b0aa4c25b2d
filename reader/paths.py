"""Where Margin keeps its data. The only module that knows; ``MARGIN_DATA_DIR`` overrides it
(tests point it at a temporary folder so they never touch a real home)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Margin"
APP_AUTHOR = "Margin"
ENV_OVERRIDE = "MARGIN_DATA_DIR"
LIBRARY_FILE = "library.sqlite3"
LOG_FILE = "margin.log"


def _override() -> Path | None:
    value = os.environ.get(ENV_OVERRIDE)
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """The user's library and stored originals."""
    base = _override()
    if base is not None:
        return base
    import appdirs

    return Path(appdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def library_file(folder: Path | None = None) -> Path:
    """The library's database, in ``folder`` (a library of its own) or the data folder."""
    return (folder or data_dir()) / LIBRARY_FILE


def log_file() -> Path:
    """Where the window writes what went wrong when something unexpected happened."""
    return data_dir() / LOG_FILE


def config_dir() -> Path:
    """Window layout and preferences."""
    base = _override()
    if base is not None:
        return base / "config"
    import appdirs

    return Path(appdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def cache_dir() -> Path:
    base = _override()
    if base is not None:
        return base / "cache"
    import appdirs

    return Path(appdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


def instance_socket() -> str:
    """Where a running window listens for files from a second launch: one per user and data
    folder (so tests with their own folder never reach a person's window). A path in the
    runtime folder on Linux; a plain name elsewhere (a socket of that name in a folder of the
    temporary folder closed to others, or a port file: ``reader.ui.single_instance``)."""
    import hashlib

    key = hashlib.sha256(str(data_dir().resolve()).encode("utf-8")).hexdigest()[:12]
    name = f"margin-{key}"
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and os.path.isdir(runtime) and os.name == "posix":
        return os.path.join(runtime, f"{name}.sock")
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return f"{name}-{uid}"


def ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
