"""The reader's highlights and notes in the library: the rows, and the SQL that keeps them.

Functions here work inside the caller's transaction (``Library`` opens it); they never commit.
A highlight belongs to an article (``article_id``) or, once its article was removed with its
notes kept, to none: it then carries the article's hash, title, author and source, and goes
back to the article when the same file is added again.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..core.anchoring import COLOURS, Anchor, find_anchor, make_anchor
from .errors import LibraryError

_COLUMNS = ("h.id, h.article_id, h.range_start, h.range_end, h.quote, h.prefix, h.suffix, "
            "h.note, h.color, h.created, h.updated, h.detached, "
            "COALESCE(a.title, h.title) AS title, COALESCE(a.author, h.author) AS author, "
            "COALESCE(a.source_path, h.source) AS source")
_FROM = "FROM highlights h LEFT JOIN articles a ON a.id = h.article_id"
# in the text, lost ones after the rest
_TEXT_ORDER = "h.detached, h.range_start, h.range_end, h.id"


@dataclass
class Highlight:
    id: int
    article_id: int | None  # None: the article was removed, its notes kept
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    note: str
    color: str
    created: float  # seconds since the epoch
    updated: float
    detached: bool = False  # not found in the article's current text; start/end are the old ones
    # the article's, for exports (kept when the article is removed with its notes)
    title: str | None = None
    author: str | None = None
    source: str | None = None  # the file it was added from, or its web address

    @property
    def anchor(self) -> Anchor:
        return Anchor(self.start, self.end, self.quote, self.prefix, self.suffix)

    @property
    def display_title(self) -> str:
        """The article's title, or its file's name when it has none."""
        if self.title:
            return self.title
        if self.source and not is_web_address(self.source):
            return Path(self.source).stem
        return self.source or "Untitled article"

    def to_json(self) -> dict[str, Any]:
        """For the command line and the JSON export: times as ISO 8601 with the offset."""
        return {"id": self.id, "article_id": self.article_id, "title": self.title,
                "author": self.author, "source": self.source, "quote": self.quote,
                "note": self.note, "color": self.color, "start": self.start, "end": self.end,
                "prefix": self.prefix, "suffix": self.suffix, "created": iso_time(self.created),
                "updated": iso_time(self.updated), "detached": self.detached}


def iso_time(stamp: float) -> str:
    """``2025-03-01T14:05:09+01:00``: local time with its offset."""
    return datetime.fromtimestamp(stamp, UTC).astimezone().isoformat(timespec="seconds")


def is_web_address(source: str | None) -> bool:
    return bool(source) and str(source).lower().startswith(("http://", "https://"))


def check_colour(color: str) -> str:
    if color not in COLOURS:
        raise ValueError(f"unknown highlight colour {color!r}; one of {', '.join(COLOURS)}")
    return color


def _highlight(row: sqlite3.Row) -> Highlight:
    return Highlight(row["id"], row["article_id"], row["range_start"], row["range_end"],
                     row["quote"], row["prefix"], row["suffix"], row["note"], row["color"],
                     row["created"], row["updated"], bool(row["detached"]), row["title"],
                     row["author"], row["source"])


# --- reading ------------------------------------------------------------------------------------

def get(conn: sqlite3.Connection, highlight_id: int) -> Highlight | None:
    row = conn.execute(f"SELECT {_COLUMNS} {_FROM} WHERE h.id = ?", (highlight_id,)).fetchone()
    return _highlight(row) if row else None


def of_article(conn: sqlite3.Connection, article_id: int) -> list[Highlight]:
    return [_highlight(r) for r in conn.execute(
        f"SELECT {_COLUMNS} {_FROM} WHERE h.article_id = ? ORDER BY {_TEXT_ORDER}",
        (article_id,))]


def every(conn: sqlite3.Connection, article_ids: list[int] | None = None) -> list[Highlight]:
    """Article by article (in ``article_ids``' order, or as they were added, then those whose
    article was removed, by title), each in text order."""
    if article_ids is None:
        rows = conn.execute(
            f"SELECT {_COLUMNS} {_FROM} ORDER BY h.article_id IS NULL, h.article_id, "
            f"COALESCE(h.title, h.source, '') COLLATE NOCASE, h.article_sha, {_TEXT_ORDER}")
        return [_highlight(r) for r in rows]
    out: list[Highlight] = []
    for article_id in dict.fromkeys(article_ids):
        out += of_article(conn, article_id)
    return out


# --- writing (inside the caller's transaction) -------------------------------------------------

def _article(conn: sqlite3.Connection, article_id: int) -> sqlite3.Row:
    row = conn.execute("SELECT id, sha256, title, author, source_path FROM articles "
                       "WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        raise LibraryError(f"There is no article {article_id} in the library.")
    return row  # type: ignore[no-any-return]


def insert(conn: sqlite3.Connection, article_id: int | None, anchor: Anchor, note: str,
           color: str, *, created: float | None = None, updated: float | None = None,
           detached: bool = False, highlight_id: int | None = None,
           about: tuple[str | None, str | None, str | None] | None = None) -> int:
    """A new row; returns its id. ``about``: the title, author and source to keep when there
    is no article (a restored highlight whose article has gone)."""
    if anchor.start < 0 or anchor.end <= anchor.start or not anchor.quote:
        raise ValueError(f"an empty or backwards highlight ({anchor.start}..{anchor.end})")
    check_colour(color)
    now = time.time()
    sha: str | None = None
    title, author, source = about or (None, None, None)
    if article_id is not None:
        article = _article(conn, article_id)
        sha, title, author, source = (article["sha256"], article["title"], article["author"],
                                      article["source_path"])
    cur = conn.execute(
        "INSERT INTO highlights (id, article_id, article_sha, range_start, range_end, quote, "
        "prefix, suffix, note, color, created, updated, detached, title, author, source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (highlight_id, article_id, sha, anchor.start, anchor.end, anchor.quote, anchor.prefix,
         anchor.suffix, note.strip(), color, created if created is not None else now,
         updated if updated is not None else now, int(detached), title, author, source))
    if article_id is not None:
        reindex(conn, article_id)
    return int(cur.lastrowid or 0)


def update(conn: sqlite3.Connection, highlight_id: int, note: str | None,
           color: str | None) -> None:
    found = conn.execute("SELECT article_id FROM highlights WHERE id = ?",
                         (highlight_id,)).fetchone()
    if found is None:
        raise LibraryError(f"There is no highlight {highlight_id} in the library.")
    sets: list[str] = ["updated = ?"]
    args: list[Any] = [time.time()]
    if note is not None:
        sets.append("note = ?")
        args.append(note.strip())
    if color is not None:
        sets.append("color = ?")
        args.append(check_colour(color))
    conn.execute(f"UPDATE highlights SET {', '.join(sets)} WHERE id = ?", (*args, highlight_id))
    if found["article_id"] is not None:
        reindex(conn, found["article_id"])


def delete(conn: sqlite3.Connection, highlight_id: int) -> None:
    found = conn.execute("SELECT article_id FROM highlights WHERE id = ?",
                         (highlight_id,)).fetchone()
    conn.execute("DELETE FROM highlights WHERE id = ?", (highlight_id,))
    if found is not None and found["article_id"] is not None:
        reindex(conn, found["article_id"])


def move(conn: sqlite3.Connection, highlight_id: int, anchor: Anchor | None) -> None:
    """Found again at ``anchor`` in the article's current text, or (None) lost there."""
    if anchor is None:
        conn.execute("UPDATE highlights SET detached = 1 WHERE id = ?", (highlight_id,))
    else:
        conn.execute("UPDATE highlights SET range_start = ?, range_end = ?, quote = ?, "
                     "prefix = ?, suffix = ?, detached = 0 WHERE id = ?",
                     (anchor.start, anchor.end, anchor.quote, anchor.prefix, anchor.suffix,
                      highlight_id))


def found_again(highlights: list[Highlight], text: str) -> list[tuple[int, Anchor | None]]:
    """The highlights to ``move`` for ``text`` (an article's text as read now): each found at
    another place (or found again after being lost) with its new anchor, each lost there with
    None. Those that stand where they stood are left out."""
    moves: list[tuple[int, Anchor | None]] = []
    for h in highlights:
        found = find_anchor(text, h.anchor)
        if found is None:
            if not h.detached:
                moves.append((h.id, None))
            continue
        anchor = make_anchor(text, *found)
        if h.detached or anchor != h.anchor:
            moves.append((h.id, anchor))
    return moves


def reindex(conn: sqlite3.Connection, article_id: int) -> None:
    """The article's quotes and notes as search sees them: one row, rebuilt."""
    conn.execute("DELETE FROM notes_fts WHERE rowid = ?", (article_id,))
    rows = conn.execute("SELECT quote, note FROM highlights WHERE article_id = ? "
                        "ORDER BY range_start", (article_id,)).fetchall()
    if rows:
        conn.execute("INSERT INTO notes_fts (rowid, quotes, notes) VALUES (?, ?, ?)",
                     (article_id, "\n\n".join(r["quote"] for r in rows),
                      "\n\n".join(r["note"] for r in rows if r["note"])))


def article_removed(conn: sqlite3.Connection, article_id: int, keep_notes: bool) -> None:
    """Before the article's row goes: its highlights go too, or stay with what they need to
    say where they came from."""
    if keep_notes:
        conn.execute(
            "UPDATE highlights SET article_id = NULL, "
            "article_sha = (SELECT sha256 FROM articles WHERE id = ?), "
            "title = (SELECT title FROM articles WHERE id = ?), "
            "author = (SELECT author FROM articles WHERE id = ?), "
            "source = (SELECT source_path FROM articles WHERE id = ?) WHERE article_id = ?",
            (article_id, article_id, article_id, article_id, article_id))
    else:
        conn.execute("DELETE FROM highlights WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM notes_fts WHERE rowid = ?", (article_id,))


def article_added(conn: sqlite3.Connection, article_id: int, sha: str) -> None:
    """A file added again after its article was removed with its notes kept: they come back."""
    cur = conn.execute("UPDATE highlights SET article_id = ? "
                       "WHERE article_id IS NULL AND article_sha = ?", (article_id, sha))
    if cur.rowcount:
        reindex(conn, article_id)


__all__ = ["Highlight", "is_web_address", "iso_time"]
