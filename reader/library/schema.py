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
]
LATEST = len(MIGRATIONS)


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
