"""Errors that belong to the user's world: each one reads as one plain sentence.

Anything else that escapes the core is our bug and is reported as such by the caller.
"""

from __future__ import annotations


class ReaderError(Exception):
    """A problem with the user's input or machine; ``str()`` is one line a person understands."""

    # True: the message names what failed itself ("example.org answered 404 (not found)") and
    # is shown as it is, never after a file name
    complete = False

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


class FetchError(ReaderError):
    """A web address that could not be fetched (no network, refused, 404, too large, not an
    article ...): one line naming the site, e.g. "example.org answered 404 (not found)"."""

    complete = True


def shown_name(name: str) -> str:
    """A file name as one line: newlines and other control characters as visible escapes."""
    return "".join(ch if ch.isprintable() or ch == " " else
                   repr(ch)[1:-1] if ord(ch) < 0x10000 else ch for ch in name)


def describe_failure(name: str, exc: BaseException, bug_hint: str = "") -> str:
    """One line a person understands about ``name`` failing: loader errors say what is wrong
    with the file ("is empty") and get its name in front; errors that are whole sentences
    already (library, export) stay as they are; anything else is our bug."""
    name = shown_name(name)
    if isinstance(exc, ReaderError):
        message = str(exc)
        if exc.complete or message.startswith(name) or message[:1].isupper():
            return message
        return f"{name} {message}"
    if isinstance(exc, MemoryError):
        return f"{name} is too large to open in the memory available"
    if isinstance(exc, OSError):
        return f"{name} cannot be read ({exc.strerror or exc})"
    detail = shown_name(" ".join(str(exc).split()))[:160]
    return (f"{name} could not be opened because of a bug in Margin ({type(exc).__name__}"
            f"{': ' + detail if detail else ''}){bug_hint}")
