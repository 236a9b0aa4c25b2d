"""An article as the library lists it: the row, its tags, its highlight counts, and (for search
results) the snippet."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from ..core.addresses import site_of
from .snippets import from_marked

LIST_COLUMNS = ("a.id, a.title, a.author, a.date, a.language, a.format, a.source_path, "
                "a.stored_name, a.word_count, a.added_at, a.opened_at, a.position, "
                "a.favourite, a.settings, a.origin, a.fetched_at, "
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
    origin: str = "file"  # "file", "web" (source_path is its address) or "pasted"
    fetched_at: float | None = None  # a web page: when the kept copy was fetched

    @property
    def address(self) -> str | None:
        """A web page's address (where it finally came from, after redirects); None for files
        and pasted text."""
        return self.source_path if self.origin == "web" else None

    @property
    def site(self) -> str | None:
        """The site a web page is from, as a person names it ("example.org"); else None."""
        return site_of(self.source_path) if self.origin == "web" and self.source_path else None

    @property
    def display_title(self) -> str:
        if self.title:
            return self.title
        if self.origin == "web" and self.source_path:
            return web_title(self.source_path)
        if self.origin == "pasted":
            return "Pasted text"
        return Path(self.source_path).stem if self.source_path else f"#{self.id}"

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items()
                if v is not None or k in ("title", "opened_at")}


def record_from_row(row: sqlite3.Row, tags: list[str] | None = None) -> Record:
    settings = json.loads(row["settings"]) if row["settings"] else None
    return Record(row["id"], row["title"], row["author"], row["date"], row["language"],
                  row["format"], row["source_path"], row["stored_name"], row["word_count"],
                  row["added_at"], row["opened_at"] or None, row["position"],
                  bool(row["favourite"]), settings, tags or [], highlights=row["n_marks"],
                  notes=row["n_notes"], origin=row["origin"], fetched_at=row["fetched_at"])


def web_title(address: str) -> str:
    """A page without a title named by its address: "example.org › news › tide-mills"."""
    parts = [p for p in urlsplit(address).path.split("/") if p]
    return " › ".join([site_of(address), *(unquote(p) for p in parts[-2:])])


def search_record(row: sqlite3.Row, tags: list[str] | None) -> Record:
    record = record_from_row(row, tags)
    snippet = from_marked(row["snip"] or "")
    record.snippet, record.snippet_matches = snippet.text, snippet.matches
    record.matched_in = [name for name, hit in (("title", row["in_title"]),
                                                ("author", row["in_author"]),
                                                ("text", bool(snippet.matches))) if hit]
    return record
