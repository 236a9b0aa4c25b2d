"""Errors that belong to the user's world: each one reads as one plain sentence.

Anything else that escapes the core is our bug and is reported as such by the caller.
"""

from __future__ import annotations


class ReaderError(Exception):
    """A problem with the user's input or machine; ``str()`` is one line a person understands."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))


class UnsupportedFormat(ReaderError):
    pass


class UnreadableFile(ReaderError):
    pass


class EmptyDocument(ReaderError):
    pass


class LanguageError(ReaderError):
    pass
