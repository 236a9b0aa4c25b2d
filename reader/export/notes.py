"""The reader's highlights and notes, out of Margin: Markdown (with YAML front matter, as
Obsidian reads it), Readwise's CSV, or JSON. No Qt here.

Markdown: one file; a heading per article (its title), its author and source under it, then
each highlight as a block quote with its note and a line saying its colour, where it is and
when it was made.

CSV: Readwise's columns ``Highlight,Title,Author,URL,Note,Location,Date``. URL is the article's
web address when it came from the web, else empty (Readwise wants an address there, and a path
on this computer means nothing to it). Location is where the highlight begins in the article's
text, counted in characters from 1 (Readwise orders an article's highlights by it). Date is
when the highlight was made, ``YYYY-MM-DD HH:MM:SS`` in local time. RFC 4180: fields quoted
when they hold a comma, a quote or a line break, quotes doubled, lines ended by CRLF.

JSON: ``{"generator", "exported", "articles": [{"title", "author", "source", "url",
"article_id", "highlights": [...]}]}``, each highlight as ``margin notes list --json`` gives it
(without the article's fields, which its article carries).
"""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..library.highlights import is_web_address, iso_time
from .files import ExportError, write_text
from .summary_doc import COLOUR_NAMES, DETACHED, md_escape, md_note, md_quote_block
from .words import grouped, number, tr

if TYPE_CHECKING:
    from ..library import Highlight

FORMATS = ("markdown", "csv", "json")
CSV_HEADER = ["Highlight", "Title", "Author", "URL", "Note", "Location", "Date"]
# What Readwise takes at most (its API's documented limits)
READWISE_MAX_HIGHLIGHT = 8191
READWISE_MAX_TITLE = 511


@dataclass
class ArticleNotes:
    """One article's highlights, with what an export says about the article."""

    article_id: int | None
    title: str
    author: str | None
    source: str | None
    highlights: list[Highlight]

    @property
    def url(self) -> str | None:
        return self.source if is_web_address(self.source) else None


def by_article(highlights: Sequence[Highlight]) -> list[ArticleNotes]:
    """Highlights grouped by their article, in the order the articles first appear; those of
    removed articles (kept with their notes) grouped by the title and source they kept."""
    groups: dict[object, ArticleNotes] = {}
    for h in highlights:
        key: object = h.article_id if h.article_id is not None else (h.title, h.source)
        group = groups.get(key)
        if group is None:
            group = groups[key] = ArticleNotes(h.article_id, h.display_title, h.author, h.source,
                                               [])
        group.highlights.append(h)
    return list(groups.values())


def _local(stamp: float, fmt: str = "%Y-%m-%d %H:%M:%S") -> str:
    return time.strftime(fmt, time.localtime(stamp))


# --- Markdown -----------------------------------------------------------------------------------

def _yaml(value: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is a subset of it)."""
    return json.dumps(value, ensure_ascii=False)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _front_matter(groups: list[ArticleNotes], count: int, now: float) -> list[str]:
    lines = ["---"]
    everything = tr("Highlights from Margin")
    if len(groups) == 1:  # one article: its own properties
        only = groups[0]
        lines.append(f"title: {_yaml(_one_line(only.title))}")
        if only.author:
            lines.append(f"author: {_yaml(_one_line(only.author))}")
        if only.source:
            lines.append(f"source: {_yaml(only.source)}")
    else:
        lines.append(f"title: {_yaml(everything)}")
        lines.append(f"articles: {len(groups)}")
    lines += [f"highlights: {count}", f"exported: {_yaml(iso_time(now))}",
              "tags:", "  - highlights", "  - margin", "---", ""]
    return lines


def _md_source(source: str) -> str:
    if source.lower().startswith(("http://", "https://")) and not any(
            c in source for c in " <>\n"):
        return f"<{source}>"
    return md_escape(_one_line(source))


def _md_highlight(h: Highlight) -> list[str]:
    lines = [*md_quote_block(h.quote), ""]
    if h.note:
        lines += [*md_note(h.note), ""]
    where = (tr(DETACHED) if h.detached
             else tr("character {number}", "where a highlight begins").format(
                 number=number(h.start + 1)))
    when = _local(h.created, "%Y-%m-%d %H:%M")
    colour = tr(COLOUR_NAMES[h.color]) if h.color in COLOUR_NAMES else h.color.capitalize()
    lines += [f"*{md_escape(colour)} · {md_escape(where)} · {when}*", ""]
    return lines


def to_markdown(highlights: Sequence[Highlight], now: float | None = None) -> str:
    now = time.time() if now is None else now
    groups = by_article(highlights)
    lines = _front_matter(groups, len(highlights), now)
    if len(groups) != 1:
        lines += ["# " + md_escape(tr("Highlights from Margin")), ""]
    if not groups:
        lines += [md_escape(tr("No highlights yet.")), ""]
    level = "#" if len(groups) == 1 else "##"
    for group in groups:
        lines += [f"{level} {md_escape(_one_line(group.title))}", ""]
        facts = ["- " + tr("Author: {author}").format(author=md_escape(_one_line(group.author)))
                 if group.author else "",
                 "- " + tr("Source: {source}").format(source=_md_source(group.source))
                 if group.source else ""]
        facts = [f for f in facts if f]
        if facts:
            lines += [*facts, ""]
        for h in group.highlights:
            lines += _md_highlight(h)
    return "\n".join(lines).rstrip("\n") + "\n"


# --- Readwise CSV -------------------------------------------------------------------------------

def to_csv(highlights: Sequence[Highlight]) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180; "" for a quote
    writer.writerow(CSV_HEADER)
    for group in by_article(highlights):
        for h in group.highlights:
            writer.writerow([h.quote, group.title, group.author or "", group.url or "", h.note,
                             h.start + 1, _local(h.created)])
    return out.getvalue()


def readwise_warnings(highlights: Sequence[Highlight]) -> list[str]:
    """What Readwise will not take whole, said before it is found out there."""
    long = [h.id for h in highlights if len(h.quote) > READWISE_MAX_HIGHLIGHT]
    titles = {h.display_title for h in highlights if len(h.display_title) > READWISE_MAX_TITLE}
    warnings = []
    if long:
        ids = ", ".join(map(str, long))
        limit = READWISE_MAX_HIGHLIGHT
        warnings.append(grouped(
            tr("Readwise takes highlights of up to %n characters; these are longer: {ids}.", "",
               limit) if len(long) > 1 else
            tr("Readwise takes highlights of up to %n characters; this one is longer: {ids}.", "",
               limit), limit).format(ids=ids))
    if titles:
        warnings.append(tr("Readwise takes titles of up to {limit} characters; %n are longer.", "",
                           len(titles)).format(limit=READWISE_MAX_TITLE))
    return warnings


# --- JSON ---------------------------------------------------------------------------------------

_ARTICLE_KEYS = ("article_id", "title", "author", "source")


def to_json(highlights: Sequence[Highlight], now: float | None = None) -> str:
    now = time.time() if now is None else now
    articles: list[dict[str, Any]] = []
    for group in by_article(highlights):
        articles.append({
            "article_id": group.article_id, "title": group.title, "author": group.author,
            "source": group.source, "url": group.url,
            "highlights": [{k: v for k, v in h.to_json().items() if k not in _ARTICLE_KEYS}
                           for h in group.highlights]})
    document = {"generator": "Margin", "exported": iso_time(now), "articles": articles}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# --- writing ------------------------------------------------------------------------------------

def write_notes(highlights: Sequence[Highlight], out: Path, fmt: str) -> list[str]:
    """Write ``highlights`` to ``out`` (atomically) as ``fmt`` ("markdown", "csv", "json").
    Returns warnings meant for the person."""
    if fmt == "markdown":
        write_text(out, to_markdown(highlights))
    elif fmt == "csv":
        write_text(out, to_csv(highlights))
        return readwise_warnings(highlights)
    elif fmt == "json":
        write_text(out, to_json(highlights))
    else:
        raise ExportError(tr("Unknown format {format} for highlights: one of {formats}.").format(
            format=repr(fmt), formats=", ".join(FORMATS)))
    return []


__all__ = ["CSV_HEADER", "FORMATS", "ArticleNotes", "by_article", "readwise_warnings", "to_csv",
           "to_json", "to_markdown", "write_notes"]
