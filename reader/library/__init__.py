"""Margin's library: SQLite (stdlib), full-text search, stored originals. No Qt here."""

from .errors import LibraryError, NewerLibrary
from .importer import ImportReport, import_files, supported_files
from .library import Library, Record

__all__ = ["ImportReport", "Library", "LibraryError", "NewerLibrary", "Record", "import_files",
           "supported_files"]
