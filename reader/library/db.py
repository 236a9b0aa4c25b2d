"""Opening the library's SQLite database: WAL, a busy timeout for a second running Margin,
migrations, refusal of a newer schema, and recovery from a corrupt file."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from . import schema
from .errors import LibraryError, NewerLibrary

BUSY_TIMEOUT_MS = 10_000


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                           check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _healthy(path: Path) -> bool:
    """False when SQLite cannot read the file as a sound database."""
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return [tuple(r) for r in rows] == [("ok",)]


def _set_aside(path: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    path.rename(aside)
    for extra in ("-wal", "-shm"):
        side = path.with_name(path.name + extra)
        if side.exists():
            side.rename(aside.with_name(aside.name + extra))
    return aside


def open_database(path: Path) -> tuple[sqlite3.Connection, Path | None]:
    """The library database, migrated to the latest schema.

    Returns the connection and, when the old file was damaged, where it was moved to (the
    caller tells the user). A database from a newer Margin raises NewerLibrary untouched."""
    recovered: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > 0:
            if not _healthy(path):
                recovered = _set_aside(path)
            else:
                probe = sqlite3.connect(path, isolation_level=None)
                try:
                    found = schema.version(probe)
                finally:
                    probe.close()
                if found > schema.LATEST:
                    raise NewerLibrary(
                        f"The library at {path} was written by a newer version of Margin "
                        f"(format {found}; this version reads up to {schema.LATEST}). "
                        "It has been left untouched: update Margin to use it.")
        conn = connect(path)
        schema.migrate(conn)
    except sqlite3.OperationalError as exc:
        raise LibraryError(f"The library at {path} cannot be opened ({exc}).") from exc
    except OSError as exc:
        raise LibraryError(f"The library folder {path.parent} cannot be used "
                           f"({exc.strerror or exc}).") from exc
    return conn, recovered
