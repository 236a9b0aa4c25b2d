"""A page fetched from the web, read as the same page saved to a file is read; and the copy of
it the library keeps, which reads back to the same text.

The server's charset (which a saved file no longer carries) counts as ``charsets`` describes.
When it changed the reading (a page that declares nothing in itself, or declares something
else), the kept copy is the text in UTF-8 behind a byte-order mark, which every reader of the
file honours first; otherwise the kept copy is the body exactly as it came.
"""

from __future__ import annotations

import codecs
from typing import TYPE_CHECKING

from ..article import Article
from ..errors import ReaderError
from . import load_data
from .charsets import decode_declared

if TYPE_CHECKING:
    from ..fetch import Page


def load_page(page: Page) -> Article:
    """The article on ``page``; its source is the address it finally came from."""
    return load_data(page.body, page.suffix, charset=page.charset, source=page.final)


def kept_copy(page: Page) -> bytes:
    """The bytes to keep so that the file alone reads as the page did."""
    if page.suffix not in (".html", ".txt") or not page.charset:
        return page.body
    markup = page.suffix == ".html"
    try:
        as_served = decode_declared(page.body, page.charset, markup=markup)
    except ReaderError:
        return page.body  # not text either way: kept as it came (it was refused anyway)
    try:
        if decode_declared(page.body, None, markup=markup) == as_served:
            return page.body
    except ReaderError:
        pass
    return codecs.BOM_UTF8 + as_served.encode("utf-8")
