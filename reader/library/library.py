"""The library: every article opened, kept with a copy of its original, searchable.

One transaction per article; the stored copy is written (atomically) before its row commits, so
a crash leaves at worst a copy without a row, which the next start removes.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import paths
from ..core.anchoring import Anchor
from ..core.article import Article
from . import highlights as marks
from . import searching, web
from .db import connect, open_database
from .errors import LibraryError
from .highlights import Highlight
from .keeping import Kept, keep
from .records import LIST_COLUMNS, Record
from .records import record_from_row as _record
from .searching import fts_query
from .store import Store, sha256_of

if TYPE_CHECKING:
    from ..core.fetch import Page

try:  # advisory locks keep one process's cleanup off another's import in progress
    import fcntl
except ImportError:  # pragma: no cover (Windows)
    fcntl = None  # type: ignore[assignment]

# "opened": the articles opened, last opened first; then those never opened (opened_at 0),
# last added first.
SORTS = {
    "opened": "a.opened_at DESC, a.added_at DESC, a.id DESC",
    "added": "a.added_at DESC, a.id DESC",
    # an article without a title sorts by its file's name (not by the folder it was in)
    "title": "COALESCE(a.title, replace(a.source_path, rtrim(a.source_path, "
             "replace(a.source_path, '/', '')), '')) COLLATE NOCASE ASC, a.id",
}
class Library:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or paths.data_dir()
        self.db_path = paths.library_file(self.folder)
        self.store = Store(self.folder / "originals")
        self._lock_path = self.folder / ".import.lock"
        conn, self.recovered_from = open_database(self.db_path)
        self._local = threading.local()
        self._local.conn = conn
        self.cleaned = self._clean_orphans()

    # --- plumbing ------------------------------------------------------------------------

    @property
    def conn(self) -> sqlite3.Connection:
        """One connection per thread (the window reads on its thread, imports on workers)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = connect(self.db_path)
        return conn

    @contextlib.contextmanager
    def transaction(self, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """``durable``: the commit reaches the disk before this returns, even if the machine
        (not only Margin) goes down right after; for what the reader wrote themselves."""
        conn = self.conn
        if durable:
            conn.execute("PRAGMA synchronous = FULL")
        try:
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise LibraryError(f"The library is busy or cannot be written ({exc}).") from exc
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        finally:
            if durable:
                conn.execute("PRAGMA synchronous = NORMAL")

    @contextlib.contextmanager
    def import_lock(self, exclusive: bool = False) -> Iterator[bool]:
        if fcntl is None:
            yield True
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        with open(self._lock_path, "a") as fh:
            try:
                fcntl.flock(fh, (fcntl.LOCK_EX | fcntl.LOCK_NB) if exclusive else fcntl.LOCK_SH)
            except BlockingIOError:
                yield False
                return
            try:
                yield True
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def _clean_orphans(self) -> int:
        with self.import_lock(exclusive=True) as alone:
            if not alone:
                return 0  # another Margin is importing right now; its copies are not orphans
            names = {r[0] for r in self.conn.execute("SELECT stored_name FROM articles")}
            return self.store.clean(names)

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # --- adding --------------------------------------------------------------------------

    def find_by_hash(self, sha: str) -> Record | None:
        row = self.conn.execute(f"SELECT {LIST_COLUMNS} FROM articles a WHERE sha256 = ?",
                                (sha,)).fetchone()
        return _record(row, self.tags_of(row["id"])) if row else None

    def add(self, path: str | Path, article: Article | None = None, *,
            opened: bool = False) -> tuple[Record, bool]:
        """Keep the file in the library. Returns its record and whether it was new; the same
        content again is the same entry. ``opened``: the reader is opening it now, so its
        "last opened" time is now; otherwise (importing) a new entry has none and an existing
        one keeps its own."""
        source = Path(path)
        if not source.exists():
            raise LibraryError(f"{source.name} does not exist")
        if source.is_dir():
            raise LibraryError(f"{source.name} is a folder, not a file")
        try:
            sha = sha256_of(source)
        except OSError as exc:
            raise LibraryError(f"{source.name} cannot be read ({exc.strerror or exc})") from exc
        existing = self.find_by_hash(sha)
        if existing is not None:
            return self.existing(existing, opened), False
        if article is None:
            from ..core.loaders import load

            article = load(source)
        return keep(self, source, sha, source.suffix, article, Kept(str(source.absolute())),
                    opened=opened, label=source.name)

    def existing(self, record: Record, opened: bool) -> Record:
        """``record`` asked for again: opened now, if ``opened``."""
        if not opened:
            return record
        self.touch(record.id)
        return self.get(record.id) or record

    # --- web pages and pasted text (``web``) ------------------------------------------------

    def find_address(self, address: str) -> Record | None:
        """The web page kept for ``address`` (as it was asked for, or where it finally came
        from), if any."""
        return web.find_address(self, address)

    def add_page(self, page: Page, article: Article | None = None, *,
                 opened: bool = False) -> tuple[Record, bool]:
        """Keep a fetched page (see ``web.add_page``); its record and whether it was new."""
        return web.add_page(self, page, article, opened=opened)

    def add_pasted(self, data: bytes, suffix: str, title: str, *,
                   opened: bool = False) -> tuple[Record, bool]:
        """Keep pasted text (``core.pasted.pasted_document``); its record and whether it was
        new (the same text again is the same entry)."""
        return web.add_pasted(self, data, suffix, title, opened=opened)

    def refetch(self, article_id: int, page: Page) -> Record:
        """The kept page replaced by ``page`` (fetched again), highlights found again."""
        return web.refetch(self, article_id, page)

    # --- reading -------------------------------------------------------------------------

    def get(self, article_id: int) -> Record | None:
        row = self.conn.execute(f"SELECT {LIST_COLUMNS} FROM articles a WHERE a.id = ?",
                                (article_id,)).fetchone()
        return _record(row, self.tags_of(article_id)) if row else None

    def original(self, record: Record) -> Path:
        return self.store.path(record.stored_name)

    def _filters(self, language: str | None, tag: str | None, favourites: bool,
                 with_notes: bool = False) -> tuple[str, list[Any]]:
        where, args = [], []
        if with_notes:
            where.append("a.id IN (SELECT article_id FROM highlights "
                         "WHERE article_id IS NOT NULL)")
        if language:
            where.append("a.language = ?")
            args.append(language)
        if tag:
            where.append("a.id IN (SELECT article_id FROM tags WHERE tag = ?)")
            args.append(tag)
        if favourites:
            where.append("a.favourite = 1")
        return (" WHERE " + " AND ".join(where)) if where else "", args

    def articles(self, sort: str = "opened", language: str | None = None, tag: str | None = None,
                 favourites: bool = False, limit: int | None = None,
                 with_notes: bool = False) -> list[Record]:
        """``with_notes``: only the articles with highlights of the reader's (with a note
        or not)."""
        where, args = self._filters(language, tag, favourites, with_notes)
        sql = f"SELECT {LIST_COLUMNS} FROM articles a{where} ORDER BY {SORTS[sort]}"
        if limit:
            sql += f" LIMIT {int(limit)}"
        tags = self._all_tags()
        return [_record(r, tags.get(r["id"])) for r in self.conn.execute(sql, args)]

    def search(self, query: str, limit: int = 100, language: str | None = None,
               tag: str | None = None, favourites: bool = False,
               with_notes: bool = False) -> list[Record]:
        """Best matches first, each with a snippet (see Record); every word counts as a
        prefix. The reader's notes and highlighted words are searched too (an article all of
        whose words are there, matched_in "notes"); when only they match, the snippet is
        from them."""
        match = fts_query(query)
        if not match:
            return []
        where, args = self._filters(language, tag, favourites, with_notes)
        where = where.replace(" WHERE ", " AND ", 1)
        return searching.search(self.conn, match, where, args, limit, self._all_tags())

    def tags_of(self, article_id: int) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT tag FROM tags WHERE article_id = ? ORDER BY tag", (article_id,))]

    def _all_tags(self) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        for article_id, tag in self.conn.execute("SELECT article_id, tag FROM tags ORDER BY tag"):
            out.setdefault(article_id, []).append(tag)
        return out

    def tag_counts(self) -> list[tuple[str, int]]:
        return [(r[0], r[1]) for r in self.conn.execute(
            "SELECT tag, COUNT(*) FROM tags GROUP BY tag ORDER BY tag COLLATE NOCASE")]

    def language_counts(self) -> list[tuple[str, int]]:
        return [(r[0], r[1]) for r in self.conn.execute(
            "SELECT language, COUNT(*) FROM articles WHERE language IS NOT NULL "
            "GROUP BY language ORDER BY COUNT(*) DESC")]

    def count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    # --- changing ------------------------------------------------------------------------

    def _update(self, sql: str, args: tuple[Any, ...]) -> None:
        with self.transaction() as conn:
            conn.execute(sql, args)

    def touch(self, article_id: int) -> None:
        """The reader opened it (again): its "last opened" time is now."""
        self._update("UPDATE articles SET opened_at = ? WHERE id = ?", (time.time(), article_id))

    def set_position(self, article_id: int, position: int) -> None:
        self._update("UPDATE articles SET position = ? WHERE id = ?", (position, article_id))

    def set_favourite(self, article_id: int, favourite: bool) -> None:
        self._update("UPDATE articles SET favourite = ? WHERE id = ?",
                     (int(favourite), article_id))

    def set_settings(self, article_id: int, settings: dict[str, Any] | None) -> None:
        self._update("UPDATE articles SET settings = ? WHERE id = ?",
                     (json.dumps(settings) if settings else None, article_id))

    def set_tags(self, article_id: int, tags: list[str]) -> None:
        clean = sorted({t.strip() for t in tags if t.strip()})
        with self.transaction() as conn:
            conn.execute("DELETE FROM tags WHERE article_id = ?", (article_id,))
            conn.executemany("INSERT INTO tags (article_id, tag) VALUES (?, ?)",
                             [(article_id, t) for t in clean])

    def remove(self, article_id: int, keep_notes: bool = False) -> bool:
        """Take the article out of the library with its stored copy. Its highlights and notes
        go with it, or, with ``keep_notes``, stay (exported and listed with the article's
        title, author and source) and come back if the same file is added again."""
        record = self.get(article_id)
        if record is None:
            return False
        with self.transaction(durable=True) as conn:
            marks.article_removed(conn, article_id, keep_notes)
            conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (article_id,))
            conn.execute("DELETE FROM tags WHERE article_id = ?", (article_id,))
            conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        self.store.remove(record.stored_name)
        return True

    # --- highlights and notes ---------------------------------------------------------------

    def add_highlight(self, article_id: int, anchor: Anchor, note: str = "",
                      color: str = "yellow") -> Highlight:
        """Keep a new highlight; on disk when this returns."""
        with self.transaction(durable=True) as conn:
            new_id = marks.insert(conn, article_id, anchor, note, color)
        return self._highlight(new_id)

    def highlight(self, highlight_id: int) -> Highlight | None:
        return marks.get(self.conn, highlight_id)

    def highlights(self, article_id: int) -> list[Highlight]:
        """The article's highlights in text order, detached ones last."""
        return marks.of_article(self.conn, article_id)

    def all_highlights(self, article_ids: list[int] | None = None) -> list[Highlight]:
        """Every highlight article by article (those of ``article_ids``, in that order), each
        article's in text order. Without ``article_ids`` also those whose article was removed
        with its notes kept, after the rest."""
        return marks.every(self.conn, article_ids)

    def update_highlight(self, highlight_id: int, *, note: str | None = None,
                         color: str | None = None) -> Highlight:
        with self.transaction(durable=True) as conn:
            marks.update(conn, highlight_id, note, color)
        return self._highlight(highlight_id)

    def remove_highlight(self, highlight_id: int) -> Highlight | None:
        """Returns what was removed (to undo with ``restore_highlight``), None if nothing."""
        with self.transaction(durable=True) as conn:
            gone = marks.get(conn, highlight_id)
            if gone is not None:
                marks.delete(conn, highlight_id)
        return gone

    def restore_highlight(self, highlight: Highlight) -> Highlight:
        """Undo a removal: the same id, anchor, note, colour and times. If its article has gone
        meanwhile, it is kept as a removed article's notes are."""
        with self.transaction(durable=True) as conn:
            if marks.get(conn, highlight.id) is None:
                row = conn.execute("SELECT title, source_path FROM articles WHERE id = ?",
                                   (highlight.article_id,)).fetchone()
                # the same article, not another one given its id since (ids can come back)
                present = row is not None and (
                    (highlight.title, highlight.source) in ((None, None),
                                                            (row["title"], row["source_path"])))
                marks.insert(conn, highlight.article_id if present else None, highlight.anchor,
                             highlight.note, highlight.color, created=highlight.created,
                             updated=highlight.updated, detached=highlight.detached,
                             highlight_id=highlight.id,
                             about=(highlight.title, highlight.author, highlight.source))
        return self._highlight(highlight.id)

    def reanchor(self, article_id: int, text: str) -> list[Highlight]:
        """Find each of the article's highlights again in ``text`` (its text as read now):
        a new range is stored, one not found is marked detached (never dropped). Returns them
        as ``highlights`` does."""
        moves = marks.found_again(self.highlights(article_id), text)
        if moves:
            with self.transaction(durable=True) as conn:
                for highlight_id, moved in moves:
                    marks.move(conn, highlight_id, moved)
                marks.reindex(conn, article_id)  # the quotes as they read now
        return self.highlights(article_id)

    def _highlight(self, highlight_id: int) -> Highlight:
        found = marks.get(self.conn, highlight_id)
        if found is None:  # only if another process removed it that very moment
            raise LibraryError(f"Highlight {highlight_id} is no longer in the library.")
        return found


__all__ = ["Highlight", "Library", "Record", "fts_query"]
