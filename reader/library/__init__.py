"""Margin's library: SQLite (stdlib), full-text search, stored originals. No Qt here."""

from .errors import LibraryError, NewerLibrary
from .highlights import Highlight
from .importer import ImportReport, import_files, supported_files
from .library import Library, Record

__all__ = ["Highlight", "ImportReport", "Library", "LibraryError", "NewerLibrary", "Record",
           "import_files", "supported_files"]
