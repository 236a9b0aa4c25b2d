"""Library search: the articles' words (title, author, text) and the reader's own (notes and
highlighted words), ranked together, each match with a snippet."""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from .records import LIST_COLUMNS, Record, record_from_row, search_record
from .snippets import CUT, END, FTS_TOKENS, START, from_marked


def fts_query(text: str) -> str:
    """What a person types, as an FTS5 query: every word must match, as a prefix."""
    words = re.findall(r"\w+", text)
    return " ".join(f'"{w}"*' for w in words)


def in_articles(conn: sqlite3.Connection, match: str, where: str, filter_args: list[Any],
                limit: int, tags: dict[int, list[str]]) -> list[tuple[float, Record]]:
    """(score, record) of the best matches in the articles' own words, best first; ``where``
    adds conditions on ``a`` (the articles) starting with AND."""
    # Rank first and keep the best; only those get a snippet (making snippets for every
    # match of a common word cost most of the time).
    sql = (f"WITH best AS (SELECT articles_fts.rowid AS id, "
           f"bm25(articles_fts, 10.0, 5.0, 1.0) AS score FROM articles_fts "
           f"JOIN articles a ON a.id = articles_fts.rowid "
           f"WHERE articles_fts MATCH ?{where} ORDER BY score LIMIT {int(limit)}) "
           f"SELECT {LIST_COLUMNS}, best.score AS score, "
           f"snippet(articles_fts, 2, '{START}', '{END}', '{CUT}', {FTS_TOKENS}) AS snip, "
           f"instr(highlight(articles_fts, 0, '{START}', '{END}'), '{START}') > 0 "
           f"AS in_title, "
           f"instr(highlight(articles_fts, 1, '{START}', '{END}'), '{START}') > 0 "
           f"AS in_author "
           f"FROM best JOIN articles_fts ON articles_fts.rowid = best.id "
           f"JOIN articles a ON a.id = best.id "
           f"WHERE articles_fts MATCH ? ORDER BY best.score")
    try:
        rows = conn.execute(sql, [match, *filter_args, match]).fetchall()
    except sqlite3.OperationalError:
        return []  # a query FTS cannot parse finds nothing rather than failing
    return [(r["score"], search_record(r, tags.get(r["id"]))) for r in rows]


def in_notes(conn: sqlite3.Connection, match: str, where: str, filter_args: list[Any],
             limit: int) -> list[tuple[float, int, str]]:
    """(score, article id, marked snippet) of the articles whose notes and highlighted words
    hold every word, best first; a note weighs as much as a title."""
    sql = (f"SELECT notes_fts.rowid AS id, bm25(notes_fts, 5.0, 10.0) AS score, "
           f"snippet(notes_fts, -1, '{START}', '{END}', '{CUT}', {FTS_TOKENS}) AS snip "
           f"FROM notes_fts JOIN articles a ON a.id = notes_fts.rowid "
           f"WHERE notes_fts MATCH ?{where} ORDER BY score LIMIT {int(limit)}")
    try:
        rows = conn.execute(sql, [match, *filter_args]).fetchall()
    except sqlite3.OperationalError:
        return []
    return [(r["score"], r["id"], r["snip"] or "") for r in rows]


def records(conn: sqlite3.Connection, ids: list[int],
            tags: dict[int, list[str]]) -> dict[int, Record]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {r["id"]: record_from_row(r, tags.get(r["id"])) for r in conn.execute(
        f"SELECT {LIST_COLUMNS} FROM articles a WHERE a.id IN ({marks})", ids)}


def search(conn: sqlite3.Connection, match: str, where: str, filter_args: list[Any],
           limit: int, tags: dict[int, list[str]]) -> list[Record]:
    """One list from the matches in the articles and in the reader's notes: an article found
    in both says so (matched_in gains "notes") and ranks by its better score; one found in the
    notes alone shows a snippet from them."""
    best = {r.id: (score, r) for score, r in in_articles(conn, match, where, filter_args,
                                                         limit, tags)}
    note_hits = in_notes(conn, match, where, filter_args, limit)
    fetched = records(conn, [i for _, i, _ in note_hits if i not in best], tags)
    for score, article_id, marked in note_hits:
        snippet = from_marked(marked)
        if article_id in best:
            old, record = best[article_id]
            record.matched_in = [*(record.matched_in or []), "notes"]
            if not record.snippet_matches:  # the title matched: the notes show the words
                record.snippet, record.snippet_matches = snippet.text, snippet.matches
            best[article_id] = (min(old, score), record)
        elif article_id in fetched:
            record = fetched[article_id]
            record.snippet, record.snippet_matches = snippet.text, snippet.matches
            record.matched_in = ["notes"]
            best[article_id] = (score, record)
    ranked = sorted(best.values(), key=lambda pair: pair[0])  # bm25: lower is better
    return [record for _, record in ranked[:limit]]
