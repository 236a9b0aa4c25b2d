"""PDF: the text layer of every page (through PDFium), joined into paragraphs without the page
furniture; title, author, date and declared language from the document, front and back matter
from its outline and its first page.

What is read: each page's text once (a spread cut into two pages by crop boxes gives each page
its half; a page that repeats the one before is skipped), columns in reading order, running
headers, footers and page numbers left out, words hyphenated across lines joined.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from ..article import Article
from ..errors import UnreadableFile
from ..textbuild import RawBlock, build_article, looks_like_headline
from .pdf_document import Document, read
from .pdf_front import (
    Head,
    front_block,
    junk_author,
    junk_title,
    page_title,
    split_abstract,
    title_page,
    words,
)
from .pdf_lines import Line, drop_repeated_pages, furniture_key, running_keys, strip_furniture
from .pdf_outline import mark_outline, mark_sections
from .pdf_paragraphs import body_size, clean, paragraphs

_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


def _date(value: str) -> str | None:
    match = _PDF_DATE.match(value.strip())
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2] or 1), int(match[3] or 1)).isoformat()
    except ValueError:
        return None


def _meta_title(doc: Document, found: Head, stem: str) -> str:
    """The metadata title unless it is junk, or the largest text on the first page when that
    is the same title or a fuller one ("Einführung in die Geometrie und Topologie")."""
    makers = (doc.info.get("Creator", ""), doc.info.get("Producer", ""))
    meta = " ".join(doc.info.get("Title", "").split())
    if junk_title(meta, stem=stem, makers=makers):
        return ""
    if found.title:
        mine, theirs = words(found.title), words(meta)
        inside = any(mine[i : i + len(theirs)] == theirs for i in range(len(mine)))
        if mine == theirs or (inside and len(mine) <= 2 * len(theirs) + 3):
            return found.title
    return meta


def _head(doc: Document, pages: list[list[Line]], body: float, stem: str,
          running: set[str]) -> Head:
    """The title and author, with the first page's lines rearranged: the title's lines out
    (a large title that is not the document's stays as a heading), the front block marked."""
    first = next(i for i, lines in enumerate(pages) if lines)
    lines = pages[first]
    found = page_title(lines, body)
    head = Head(_meta_title(doc, found, stem) or found.title)
    if found.title_lines:
        after = found.title_lines[-1] + 1
        rest, head.author = front_block(lines, after, body)
        if head.title == found.title:
            rest = [line for i, line in enumerate(rest) if i not in found.title_lines]
        if len(pages) > first + 1 and any(pages[first + 1 :]):
            rest = title_page(rest)
        pages[first] = rest
        return head
    pages[first] = split_abstract(lines)
    if not head.title and lines:
        top = clean(lines[0].text)  # a running title, the same size as the text
        if furniture_key(top) in running and looks_like_headline(top) and not junk_title(top):
            head.title = top
    return head


def load(path: Path) -> Article:
    doc = read(path)
    pages = drop_repeated_pages(doc.pages)
    if not any(line.text.strip() for lines in pages for line in lines):
        raise UnreadableFile("has no text layer (it may be a scanned image)")
    body = body_size(pages)
    running = running_keys(pages)
    head = _head(doc, pages, body, path.stem, running)
    pages = strip_furniture(pages, running)
    pages = mark_sections(mark_outline(pages, doc.outline), doc.outline)
    blocks: list[RawBlock] = paragraphs(pages, body)
    title = head.title
    if not title and len(blocks) > 1 and not blocks[0].matter:
        first = blocks[0].text
        if looks_like_headline(first) and not junk_title(first):
            popped = blocks.pop(0)
            title = popped.text
            # a section the title's line began begins with what follows it
            blocks[0] = replace(blocks[0], sections=popped.sections + blocks[0].sections)
    author = " ".join(doc.info.get("Author", "").split())
    if junk_author(author):
        author = ""
    article = build_article(
        blocks, title=title or None,
        author=author or head.author or None,
        date=_date(doc.info.get("CreationDate", "")), fmt="pdf")
    if doc.language:
        article.meta["declared_language"] = doc.language
    return article
