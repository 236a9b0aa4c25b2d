"""Loading a file into an ``Article``: one small module per format, chosen by the file's suffix."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from ..article import Article
from ..errors import ReaderError, UnreadableFile, UnsupportedFormat
from ..matter import mark_matter
from ..sections import mark_section_matter

MAX_FILE_BYTES = 100 * 1024 * 1024

# suffix -> (format name, module name in this package)
FORMATS: dict[str, tuple[str, str]] = {
    ".txt": ("txt", "text"),
    ".text": ("txt", "text"),
    ".md": ("md", "markdown"),
    ".markdown": ("md", "markdown"),
    ".html": ("html", "html"),
    ".htm": ("html", "html"),
    ".xhtml": ("html", "html"),
    ".pdf": ("pdf", "pdf"),
    ".docx": ("docx", "docx"),
    ".epub": ("epub", "epub"),
}

SUPPORTED_SUFFIXES = tuple(FORMATS)


def is_supported(path: str | os.PathLike[str]) -> bool:
    return Path(path).suffix.lower() in FORMATS


def _loader(module: str) -> Callable[[Path], Article]:
    # Imported on demand: a .txt file should not pay for the PDF or HTML libraries.
    import importlib

    mod = importlib.import_module(f"{__name__}.{module}")
    loader: Callable[[Path], Article] = mod.load
    return loader


def load(path: str | os.PathLike[str]) -> Article:
    """Read ``path`` into an Article, or raise a ReaderError whose text is one plain sentence."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in FORMATS:
        names = ", ".join(sorted({s for s in FORMATS if s not in (".text", ".markdown")}))
        shown = suffix or "no extension"
        raise UnsupportedFormat(f"is not a supported kind of file ({shown}); Margin reads {names}")
    try:
        if not p.exists():
            raise UnreadableFile("does not exist" + (" (a link to a file that is gone)"
                                                     if p.is_symlink() else ""))
        if p.is_dir():
            raise UnreadableFile("is a folder, not a file")
        if not p.is_file():  # a device, a pipe or a socket: reading it may never end
            raise UnreadableFile("is not a regular file")
        size = p.stat().st_size
    except OSError as exc:
        raise UnreadableFile(f"cannot be read ({exc.strerror or exc})") from exc
    if size == 0:
        raise UnreadableFile("is empty")
    if size > MAX_FILE_BYTES:
        raise UnreadableFile(
            f"is too large ({size // (1024 * 1024)} MB; Margin opens files up to "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB)"
        )
    fmt, module = FORMATS[suffix]
    return finish(_read(lambda: _loader(module)(p)), fmt, str(p))


def _read(read: Callable[[], Article]) -> Article:
    """``read()``, its failures in the user's words."""
    try:
        return read()
    except ReaderError:
        raise
    except PermissionError as exc:
        raise UnreadableFile("cannot be read: permission denied") from exc
    except OSError as exc:
        raise UnreadableFile(f"cannot be read ({exc.strerror or exc})") from exc
    except RecursionError as exc:
        raise UnreadableFile("is nested too deeply to read") from exc


def finish(article: Article, fmt: str, source: str | None) -> Article:
    """What every loaded article gets: its length checked, its source and format, and its
    front and back matter marked."""
    from .text import check_length

    check_length(article.text)
    article.source = source
    article.format = fmt
    # contents, copyright pages, licences, indexes; and the sections made of nothing else
    return mark_section_matter(mark_matter(article))


def load_data(data: bytes, suffix: str, *, charset: str | None = None,
              source: str | None = None) -> Article:
    """Read bytes held in memory (a fetched page, pasted text) as a file with ``suffix`` is
    read. ``charset``: the encoding a server declared for HTML or plain text (the page's own
    declaration and a byte-order mark are honoured too: ``charsets``)."""
    suffix = suffix.lower()
    if suffix not in FORMATS:
        raise UnsupportedFormat(f"is not a kind of document Margin reads ({suffix})")
    if not data:
        raise UnreadableFile("is empty")
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableFile(f"is too large ({len(data) // (1024 * 1024)} MB; Margin opens "
                             f"documents up to {MAX_FILE_BYTES // (1024 * 1024)} MB)")
    fmt, module = FORMATS[suffix]
    if fmt in ("html", "txt"):
        from .charsets import decode_declared
        from .html import article_from_html
        from .text import article_from_text, check_length

        text = check_length(decode_declared(data, charset, markup=fmt == "html"))
        parse = article_from_html if fmt == "html" else article_from_text
        return finish(_read(lambda: parse(text)), fmt, source)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="margin-") as folder:
        path = Path(folder) / f"document{suffix}"
        path.write_bytes(data)
        return finish(_read(lambda: _loader(module)(path)), fmt, source)
