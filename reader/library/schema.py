"""The library's schema, as numbered migration steps. ``PRAGMA user_version`` records the last
step applied; a database with a higher number than we know is refused, never rewritten."""

from __future__ import annotations

import sqlite3

MIGRATIONS: list[str] = [
    # 1: articles, their full text index
    """
    CREATE TABLE articles (
        id          INTEGER PRIMARY KEY,
        sha256      TEXT NOT NULL UNIQUE,
        title       TEXT,
        author      TEXT,
        date        TEXT,
        language    TEXT,
        format      TEXT NOT NULL,
        source_path TEXT,
        stored_name TEXT NOT NULL,
        word_count  INTEGER NOT NULL DEFAULT 0,
        added_at    REAL NOT NULL,
        opened_at   REAL NOT NULL
    );
    CREATE INDEX articles_opened ON articles(opened_at);
    CREATE INDEX articles_added ON articles(added_at);
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, author, text, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'
    );
    """,
    # 2: what the reader does with an article: place, favourite, tags, summary settings
    """
    ALTER TABLE articles ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE articles ADD COLUMN favourite INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE articles ADD COLUMN settings TEXT;
    CREATE TABLE tags (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        tag        TEXT NOT NULL,
        PRIMARY KEY (article_id, tag)
    );
    CREATE INDEX tags_by_tag ON tags(tag);
    CREATE INDEX articles_language ON articles(language);
    """,
    # 3: the reader's highlights and notes. Each keeps its range and its quote with the text
    # around it (reader.core.anchoring), so it can be found again when the text changes. The
    # article's hash, title, author and source are kept beside it: a highlight whose article
    # was removed (keeping its notes) still says where it came from, and comes back to the
    # article when the same file is added again. AUTOINCREMENT: an id is never given twice,
    # so an undone removal gets its own id back and ``notes remove ID`` never hits another.
    # notes_fts: one row per article (rowid = article id), its quotes and notes, for search.
    """
    CREATE TABLE highlights (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id  INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        article_sha TEXT,
        range_start INTEGER NOT NULL,
        range_end   INTEGER NOT NULL,
        quote       TEXT NOT NULL,
        prefix      TEXT NOT NULL DEFAULT '',
        suffix      TEXT NOT NULL DEFAULT '',
        note        TEXT NOT NULL DEFAULT '',
        color       TEXT NOT NULL DEFAULT 'yellow',
        created     REAL NOT NULL,
        updated     REAL NOT NULL,
        detached    INTEGER NOT NULL DEFAULT 0,
        title       TEXT,
        author      TEXT,
        source      TEXT
    );
    CREATE INDEX highlights_by_article ON highlights(article_id, range_start);
    CREATE INDEX highlights_by_sha ON highlights(article_sha);
    CREATE VIRTUAL TABLE notes_fts USING fts5(
        quotes, notes, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'
    );
    """,
    # 4: web pages and pasted text. ``origin`` is 'file', 'web' (source_path then holds the
    # address the page finally came from, after its redirects) or 'pasted' (no source_path).
    # ``address``: a page's address as it was asked for, so that asking again finds the kept
    # copy without fetching; ``fetched_at``: when the kept copy was fetched.
    """
    ALTER TABLE articles ADD COLUMN origin TEXT NOT NULL DEFAULT 'file';
    ALTER TABLE articles ADD COLUMN address TEXT;
    ALTER TABLE articles ADD COLUMN fetched_at REAL;
    CREATE INDEX articles_address ON articles(address);
    CREATE INDEX articles_source ON articles(source_path);
    """,
]
LATEST = len(MIGRATIONS)
HIGHLIGHTS = 3  # the step that brought highlights in
WEB = 4  # the step that brought web pages and pasted text in


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, upto: int = LATEST) -> None:
    """Apply the missing steps, each in its own transaction together with its version bump."""
    current = version(conn)
    for number in range(current + 1, upto + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[number - 1].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
