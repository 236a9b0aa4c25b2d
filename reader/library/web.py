"""Web pages and pasted text in the library, kept as files are (``keeping``).

A page is kept with the address it finally came from as its source and the address it was
asked for beside it; asking for either again, or fetching the same content, finds the entry
that is there (nothing is added). Fetched again, the kept copy and text are replaced and the
reader's highlights found again in the new text. Pasted text is kept by its content: the same
text pasted again is the same entry.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from ..core.addresses import is_address, normal_address, site_of
from ..core.article import Article
from ..core.loaders import load_data
from ..core.loaders.webpage import kept_copy, load_page
from .errors import LibraryError
from .keeping import Kept, keep, replace
from .records import LIST_COLUMNS, Record
from .store import sha256_of_bytes

if TYPE_CHECKING:
    from ..core.fetch import Page
    from .library import Library

PASTED_SUFFIXES = (".html", ".txt")


def find_address(library: Library, address: str) -> Record | None:
    """The web page kept for ``address``, as it was asked for or where it finally came from
    (compared in their normal form: ``addresses.normal_address``)."""
    if not is_address(address):
        return None
    key = normal_address(address)
    row = library.conn.execute(
        f"SELECT {LIST_COLUMNS} FROM articles a WHERE a.origin = 'web' "
        "AND (a.address = ? OR a.source_path = ?) ORDER BY a.id LIMIT 1", (key, key)).fetchone()
    return library.get(row["id"]) if row else None


def add_page(library: Library, page: Page, article: Article | None = None, *,
             opened: bool = False) -> tuple[Record, bool]:
    """Keep a fetched page: its record and True, or the entry already kept for its address
    (asked or final) or its content and False. ``article``: the page as already read
    (``load_page``), else it is read here; a page that cannot be read leaves nothing behind."""
    data = kept_copy(page)
    sha = sha256_of_bytes(data)
    existing = (find_address(library, page.address) or find_address(library, page.final)
                or library.find_by_hash(sha))
    if existing is not None:
        return library.existing(existing, opened), False
    if article is None:
        article = load_page(page)
    return keep(library, data, sha, page.suffix, article,
                Kept(page.final, "web", normal_address(page.address)), opened=opened,
                label=f"The page from {site_of(page.final)}")


def add_pasted(library: Library, data: bytes, suffix: str, title: str, *,
               opened: bool = False) -> tuple[Record, bool]:
    """Keep pasted text (``core.pasted.pasted_document`` makes ``data``, ``suffix`` and
    ``title``): its record and True, or the entry with the same content and False."""
    if suffix not in PASTED_SUFFIXES:
        raise ValueError(f"pasted text is kept as {' or '.join(PASTED_SUFFIXES)}, not {suffix}")
    sha = sha256_of_bytes(data)
    existing = library.find_by_hash(sha)
    if existing is not None:
        return library.existing(existing, opened), False
    article = load_data(data, suffix)
    article.title = title.strip() or article.title
    return keep(library, data, sha, suffix, article, Kept(None, "pasted"), opened=opened,
                label="The pasted text")


def refetch(library: Library, article_id: int, page: Page) -> Record:
    """The kept copy of a web page replaced by ``page`` (the same address fetched again): its
    text read again, indexed again, the reader's highlights found again in it (those no
    longer there kept, detached). The same content as before changes only the fetch time."""
    record = library.get(article_id)
    if record is None:
        raise LibraryError(f"There is no article {article_id} in the library.")
    data = kept_copy(page)
    sha = sha256_of_bytes(data)
    same = library.find_by_hash(sha)
    if same is not None and same.id != article_id:
        raise LibraryError(f"The page from {site_of(page.final)} now reads as another article "
                           f"in the library, “{same.display_title}” ({same.id}).")
    article = load_page(page)
    if same is not None:  # unchanged
        with library.transaction() as conn:
            conn.execute("UPDATE articles SET fetched_at = ?, source_path = ? WHERE id = ?",
                         (time.time(), page.final, article_id))
        library.reanchor(article_id, article.text)
        found = library.get(article_id)
        assert found is not None
        return found
    return replace(library, article_id, data, sha, page.suffix, article,
                   source_path=page.final, label=f"The page from {site_of(page.final)}")
