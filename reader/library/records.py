"""An article as the library lists it: the row, its tags, its highlight counts, and (for search
results) the snippet."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .snippets import from_marked

LIST_COLUMNS = ("a.id, a.title, a.author, a.date, a.language, a.format, a.source_path, "
                "a.stored_name, a.word_count, a.added_at, a.opened_at, a.position, "
                "a.favourite, a.settings, "
                "(SELECT COUNT(*) FROM highlights h WHERE h.article_id = a.id) AS n_marks, "
                "(SELECT COUNT(*) FROM highlights h WHERE h.article_id = a.id "
                "AND h.note <> '') AS n_notes")


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
    # of "title", "author", "text", "notes" (the reader's notes and highlighted words)
    # matched. When only the title or author matched, the snippet is the opening of the text
    # and snippet_matches is empty; when only the notes matched, it is from the notes.
    snippet: str | None = None
    snippet_matches: list[tuple[int, int]] | None = None
    matched_in: list[str] | None = None
    highlights: int = 0  # the reader's highlights on it
    notes: int = 0  # of which with a note

    @property
    def display_title(self) -> str:
        return self.title or (Path(self.source_path).stem if self.source_path else f"#{self.id}")

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items()
                if v is not None or k in ("title", "opened_at")}


def record_from_row(row: sqlite3.Row, tags: list[str] | None = None) -> Record:
    settings = json.loads(row["settings"]) if row["settings"] else None
    return Record(row["id"], row["title"], row["author"], row["date"], row["language"],
                  row["format"], row["source_path"], row["stored_name"], row["word_count"],
                  row["added_at"], row["opened_at"] or None, row["position"],
                  bool(row["favourite"]), settings, tags or [], highlights=row["n_marks"],
                  notes=row["n_notes"])


def search_record(row: sqlite3.Row, tags: list[str] | None) -> Record:
    record = record_from_row(row, tags)
    snippet = from_marked(row["snip"] or "")
    record.snippet, record.snippet_matches = snippet.text, snippet.matches
    record.matched_in = [name for name, hit in (("title", row["in_title"]),
                                                ("author", row["in_author"]),
                                                ("text", bool(snippet.matches))) if hit]
    return record
