"""Putting an article into the library, and replacing what is kept of one: the copy of its
original written (atomically) before its row and its indexed text commit, so a crash leaves at
worst a copy without a row, which the next start removes. ``Library.add`` keeps files,
``web`` keeps fetched pages and pasted text and replaces a page fetched again."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.article import Article
from ..core.errors import LanguageError
from . import highlights as marks
from .errors import LibraryError
from .records import Record
from .store import stored_name

if TYPE_CHECKING:
    from .library import Library


@dataclass(frozen=True)
class Kept:
    """Where an entry comes from: ``source_path`` the file's path or the page's final address
    (None for pasted text); ``origin`` "file", "web" or "pasted"; ``address`` a page's address
    as it was asked for."""

    source_path: str | None
    origin: str = "file"
    address: str | None = None


def keep(library: Library, original: Path | bytes, sha: str, suffix: str, article: Article,
         kept: Kept, *, opened: bool, label: str) -> tuple[Record, bool]:
    """A new entry: ``original`` (a file, or the bytes of a page or of pasted text) copied in
    before its row and text commit; ``label`` names it in a failure. Returns the entry and
    True, or the entry another Margin added with the same content a moment ago and False."""
    name = stored_name(sha, suffix)
    now = time.time()
    with library.import_lock():
        _put(library, original, name, label)
        try:
            with library.transaction() as conn:
                cur = conn.execute(
                    "INSERT INTO articles (sha256, title, author, date, language, format, "
                    "source_path, stored_name, word_count, added_at, opened_at, origin, "
                    "address, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (sha, article.title, article.author, article.date, language_of(article),
                     article.format, kept.source_path, name, article.word_count, now,
                     now if opened else 0, kept.origin, kept.address,
                     now if kept.origin == "web" else None))
                new_id = int(cur.lastrowid or 0)
                _index(conn, new_id, article)
                marks.article_added(conn, new_id, sha)  # notes kept from before come back
        except sqlite3.IntegrityError:
            # Another Margin added the same content a moment ago: that is our entry.
            existing = library.find_by_hash(sha)
            if existing is None:
                raise
            return library.existing(existing, opened), False
        except sqlite3.Error as exc:
            raise LibraryError(f"{label} could not be added to the library ({exc})") from exc
    record = library.get(new_id)
    assert record is not None
    return record, True


def replace(library: Library, article_id: int, original: Path | bytes, sha: str, suffix: str,
            article: Article, *, source_path: str | None, label: str) -> Record:
    """The entry's kept copy and text replaced (a page fetched again): the new copy in before
    the row changes; the row, the indexed text and the reader's highlights, found again in the
    new text (those not found kept, detached), in one transaction; the old copy removed after
    it. Its place, tags, favourite, settings and times stay; a web page's fetch time is now."""
    old = library.get(article_id)
    if old is None:
        raise LibraryError(f"There is no article {article_id} in the library.")
    name = stored_name(sha, suffix)
    moves = marks.found_again(library.highlights(article_id), article.text)
    with library.import_lock():
        _put(library, original, name, label)
        try:
            with library.transaction(durable=True) as conn:
                conn.execute(
                    "UPDATE articles SET sha256 = ?, title = ?, author = ?, date = ?, "
                    "language = ?, format = ?, source_path = ?, stored_name = ?, "
                    "word_count = ?, fetched_at = ? WHERE id = ?",
                    (sha, article.title, article.author, article.date, language_of(article),
                     article.format, source_path, name, article.word_count,
                     time.time() if old.origin == "web" else None, article_id))
                conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (article_id,))
                _index(conn, article_id, article)
                conn.execute("UPDATE highlights SET article_sha = ? WHERE article_id = ?",
                             (sha, article_id))
                for highlight_id, moved in moves:
                    marks.move(conn, highlight_id, moved)
                marks.reindex(conn, article_id)  # the quotes as they read now
        except sqlite3.Error as exc:
            _drop_unused(library, name)
            raise LibraryError(f"{label} could not be updated in the library ({exc})") from exc
        _drop_unused(library, old.stored_name)
    record = library.get(article_id)
    assert record is not None
    return record


def language_of(article: Article) -> str | None:
    """The article's language as the analysis decides it (declared, body only)."""
    if article.language is not None:
        return article.language
    from ..core.language import article_language

    with contextlib.suppress(LanguageError):
        return article_language(article)
    return None


def _put(library: Library, original: Path | bytes, name: str, label: str) -> None:
    try:
        library.store.put(original, name)
    except OSError as exc:
        raise LibraryError(f"{label} could not be copied into the library "
                           f"({exc.strerror or exc})") from exc


def _drop_unused(library: Library, name: str) -> None:
    """Remove the stored copy ``name`` unless an entry keeps it."""
    if library.conn.execute("SELECT 1 FROM articles WHERE stored_name = ?",
                            (name,)).fetchone() is None:
        library.store.remove(name)


def _index(conn: sqlite3.Connection, article_id: int, article: Article) -> None:
    conn.execute("INSERT INTO articles_fts (rowid, title, author, text) VALUES (?, ?, ?, ?)",
                 (article_id, article.title or "", article.author or "", article.text))
