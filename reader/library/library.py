"""The library: every article opened, kept with a copy of its original, searchable.

One transaction per article; the stored copy is written (atomically) before its row commits, so
a crash leaves at worst a copy without a row, which the next start removes.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import paths
from ..core.article import Article
from ..core.errors import LanguageError
from .db import connect, open_database
from .errors import LibraryError
from .snippets import CUT, END, FTS_TOKENS, START, from_marked
from .store import Store, sha256_of, stored_name

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
_LIST_COLUMNS = ("a.id, a.title, a.author, a.date, a.language, a.format, a.source_path, "
                 "a.stored_name, a.word_count, a.added_at, a.opened_at, a.position, "
                 "a.favourite, a.settings")


@dataclass
class Record:
    id: int
    title: str | None
    author: str | None
    date: str | None
    language: str | None
    format: str
    source_path: str | None
    stored_name: str
    word_count: int
    added_at: float
    opened_at: float | None  # None: never opened (imported only)
    position: int = 0
    favourite: bool = False
    settings: dict[str, Any] | None = None
    tags: list[str] = field(default_factory=list)
    # Search results only (None otherwise): a stretch of the text, plain, with the matched
    # words at snippet_matches ([start, end) offsets into it, in Python characters); and which
    # of "title", "author", "text" matched. When only the title or author matched, the snippet
    # is the opening of the text and snippet_matches is empty.
    snippet: str | None = None
    snippet_matches: list[tuple[int, int]] | None = None
    matched_in: list[str] | None = None

    @property
    def display_title(self) -> str:
        return self.title or (Path(self.source_path).stem if self.source_path else f"#{self.id}")

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items()
                if v is not None or k in ("title", "opened_at")}


def _record(row: sqlite3.Row, tags: list[str] | None = None) -> Record:
    settings = json.loads(row["settings"]) if row["settings"] else None
    return Record(row["id"], row["title"], row["author"], row["date"], row["language"],
                  row["format"], row["source_path"], row["stored_name"], row["word_count"],
                  row["added_at"], row["opened_at"] or None, row["position"],
                  bool(row["favourite"]), settings, tags or [])


def _search_record(row: sqlite3.Row, tags: list[str] | None) -> Record:
    record = _record(row, tags)
    snippet = from_marked(row["snip"] or "")
    record.snippet, record.snippet_matches = snippet.text, snippet.matches
    record.matched_in = [name for name, hit in (("title", row["in_title"]),
                                                ("author", row["in_author"]),
                                                ("text", bool(snippet.matches))) if hit]
    return record


def fts_query(text: str) -> str:
    """What a person types, as an FTS5 query: every word must match, as a prefix."""
    words = re.findall(r"\w+", text)
    return " ".join(f'"{w}"*' for w in words)


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
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self.conn
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

    @contextlib.contextmanager
    def _import_lock(self, exclusive: bool = False) -> Iterator[bool]:
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
        with self._import_lock(exclusive=True) as alone:
            if not alone:
                return 0  # another Margin is importing right now; its copies are not orphans
            keep = {r[0] for r in self.conn.execute("SELECT stored_name FROM articles")}
            return self.store.clean(keep)

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # --- adding --------------------------------------------------------------------------

    def find_by_hash(self, sha: str) -> Record | None:
        row = self.conn.execute(f"SELECT {_LIST_COLUMNS} FROM articles a WHERE sha256 = ?",
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
            if opened:
                self.touch(existing.id)
                existing = self.get(existing.id) or existing
            return existing, False
        if article is None:
            from ..core.loaders import load

            article = load(source)
        language = article.language
        if language is None:  # as the analysis decides it (declared, body only)
            from ..core.language import article_language

            with contextlib.suppress(LanguageError):
                language = article_language(article)
        name = stored_name(sha, source.suffix)
        now = time.time()
        with self._import_lock():
            try:
                self.store.put(source, name)
            except OSError as exc:
                raise LibraryError(f"{source.name} could not be copied into the library "
                                   f"({exc.strerror or exc})") from exc
            try:
                with self._transaction() as conn:
                    cur = conn.execute(
                        "INSERT INTO articles (sha256, title, author, date, language, format, "
                        "source_path, stored_name, word_count, added_at, opened_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (sha, article.title, article.author, article.date, language,
                         article.format, str(source.absolute()), name, article.word_count, now,
                         now if opened else 0))
                    new_id = int(cur.lastrowid or 0)
                    conn.execute("INSERT INTO articles_fts (rowid, title, author, text) "
                                 "VALUES (?, ?, ?, ?)",
                                 (new_id, article.title or "", article.author or "",
                                  article.text))
            except sqlite3.IntegrityError:
                # Another Margin added the same content a moment ago: that is our entry.
                existing = self.find_by_hash(sha)
                if existing is None:
                    raise
                if opened:
                    self.touch(existing.id)
                    existing = self.get(existing.id) or existing
                return existing, False
            except sqlite3.Error as exc:
                raise LibraryError(f"{source.name} could not be added to the library "
                                   f"({exc})") from exc
        record = self.get(new_id)
        assert record is not None
        return record, True

    # --- reading -------------------------------------------------------------------------

    def get(self, article_id: int) -> Record | None:
        row = self.conn.execute(f"SELECT {_LIST_COLUMNS} FROM articles a WHERE a.id = ?",
                                (article_id,)).fetchone()
        return _record(row, self.tags_of(article_id)) if row else None

    def original(self, record: Record) -> Path:
        return self.store.path(record.stored_name)

    def _filters(self, language: str | None, tag: str | None,
                 favourites: bool) -> tuple[str, list[Any]]:
        where, args = [], []
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
             favourites: bool = False, limit: int | None = None) -> list[Record]:
        where, args = self._filters(language, tag, favourites)
        sql = f"SELECT {_LIST_COLUMNS} FROM articles a{where} ORDER BY {SORTS[sort]}"
        if limit:
            sql += f" LIMIT {int(limit)}"
        tags = self._all_tags()
        return [_record(r, tags.get(r["id"])) for r in self.conn.execute(sql, args)]

    def search(self, query: str, limit: int = 100, language: str | None = None,
               tag: str | None = None, favourites: bool = False) -> list[Record]:
        """Best matches first, each with a snippet (see Record); every word counts as a
        prefix."""
        match = fts_query(query)
        if not match:
            return []
        where, args = self._filters(language, tag, favourites)
        where = where.replace(" WHERE ", " AND ", 1)
        # Rank first and keep the best; only those get a snippet (making snippets for every
        # match of a common word cost most of the time).
        sql = (f"WITH best AS (SELECT articles_fts.rowid AS id, "
               f"bm25(articles_fts, 10.0, 5.0, 1.0) AS score FROM articles_fts "
               f"JOIN articles a ON a.id = articles_fts.rowid "
               f"WHERE articles_fts MATCH ?{where} ORDER BY score LIMIT {int(limit)}) "
               f"SELECT {_LIST_COLUMNS}, "
               f"snippet(articles_fts, 2, '{START}', '{END}', '{CUT}', {FTS_TOKENS}) AS snip, "
               f"instr(highlight(articles_fts, 0, '{START}', '{END}'), '{START}') > 0 "
               f"AS in_title, "
               f"instr(highlight(articles_fts, 1, '{START}', '{END}'), '{START}') > 0 "
               f"AS in_author "
               f"FROM best JOIN articles_fts ON articles_fts.rowid = best.id "
               f"JOIN articles a ON a.id = best.id "
               f"WHERE articles_fts MATCH ? ORDER BY best.score")
        args = [match, *args, match]
        try:
            rows = self.conn.execute(sql, args).fetchall()
        except sqlite3.OperationalError:
            return []  # a query FTS cannot parse finds nothing rather than failing
        tags = self._all_tags()
        return [_search_record(r, tags.get(r["id"])) for r in rows]

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
        with self._transaction() as conn:
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
        with self._transaction() as conn:
            conn.execute("DELETE FROM tags WHERE article_id = ?", (article_id,))
            conn.executemany("INSERT INTO tags (article_id, tag) VALUES (?, ?)",
                             [(article_id, t) for t in clean])

    def remove(self, article_id: int) -> bool:
        record = self.get(article_id)
        if record is None:
            return False
        with self._transaction() as conn:
            conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (article_id,))
            conn.execute("DELETE FROM tags WHERE article_id = ?", (article_id,))
            conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        self.store.remove(record.stored_name)
        return True
