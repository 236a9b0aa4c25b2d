"""What can go wrong with the library, in the user's words."""

from __future__ import annotations

from ..core.errors import ReaderError


class LibraryError(ReaderError):
    """The library cannot be used as asked (a newer database, a full disk, …)."""


class NewerLibrary(LibraryError):
    """The database was written by a newer Margin; it is left untouched."""
