"""Saved web pages: the article body through trafilatura (comments excluded), with its metadata.

trafilatura's XML output keeps the structure (headings, paragraphs, list items, tables) and the
links (``webblocks``), so what is left of the page around the article (link lists, teasers,
footers) can be told apart and dropped (``webclean``); the headline loses the site's name and
the authors are cleaned (``webmeta``); sidebars inside the article (``<aside>``) become notes
(``webnotes``). The page's declared language goes to ``Article.meta["declared_language"]``.
The headings h1 to h3 inside the article body begin its sections.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..article import Article
from ..errors import UnreadableFile
from ..textbuild import RawBlock, RawNote, SectionStart, build_article
from .charsets import decode_declared
from .markup import Options, html_blocks
from .text import check_length
from .webblocks import trafilatura_blocks
from .webclean import Piece, drop_furniture, is_caption
from .webmeta import Site, choose_title, clean_authors, page_site
from .webnotes import add_sidebars

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_LANG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
SECTION_LEVELS = 3  # h1 to h3 begin sections


def _with_captions(pieces: list[Piece]) -> list[RawBlock]:
    """The blocks, a caption left among them made a note of the paragraph before it (of the
    first paragraph, for a caption that comes first)."""
    blocks: list[RawBlock] = []
    waiting: list[RawNote] = []
    for p in pieces:
        if is_caption(p) and len(pieces) > 1:
            if blocks and not blocks[-1].heading:
                last = blocks[-1]
                blocks[-1] = replace(last, notes=last.notes + (RawNote(p.text),))
            else:
                waiting.append(RawNote(p.text))
            continue
        if waiting and not p.heading:
            blocks.append(RawBlock(p.text, notes=tuple(waiting)))
            waiting = []
        else:
            blocks.append(RawBlock(p.text, heading=p.heading, sections=_starts(p)))
    return blocks or [RawBlock(p.text, heading=p.heading, sections=_starts(p)) for p in pieces]


def _starts(p: Piece) -> tuple[SectionStart, ...]:
    return (SectionStart("", p.level),) if p.heading and 0 < p.level <= SECTION_LEVELS else ()


def _page(markup: str) -> tuple[Any, bool]:
    """The page's tree (None for junk), and whether libxml2 stopped reading it for its depth
    (it reads HTML nested 256 deep at most)."""
    import lxml.html

    parser = lxml.html.HTMLParser()
    try:  # (lxml refuses text that still declares an encoding)
        root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", markup, count=1),
                                             parser=parser)
    except Exception:  # lxml raises several types for junk
        return None, False
    return root, any(e.type_name == "ERR_RESOURCE_LIMIT" and "depth" in e.message.lower()
                     for e in parser.error_log)


def _fallback(root: Any) -> tuple[list[RawBlock], dict[str, str]]:
    """Short or unusual pages trafilatura declines: every block of the body."""
    if root is None:
        raise UnreadableFile("is not a readable web page")
    meta: dict[str, str] = {}
    title = root.findtext(".//title")
    if title and title.strip():
        meta["title"] = title.strip()
    body = root.find("body")
    return html_blocks(body if body is not None else root,
                       Options(heading_sections=True)), meta


_LAYOUT_TAG = re.compile(r"</?(?:div|span|section|article|font|center|b|i|em|strong|table|"
                         r"tbody|tr|td|ul|ol|li|blockquote)\b[^>]*>", re.IGNORECASE)


def _declared_language(root: Any) -> str | None:
    if root is None:
        return None
    for value in (root.get("lang"), root.get("{http://www.w3.org/XML/1998/namespace}lang"),
                  *(m.get("content") for m in root.iter("meta")
                    if (m.get("http-equiv") or "").lower() == "content-language")):
        value = (value or "").strip().split(",")[0].strip()
        if value and _LANG.match(value):
            return value
    return None


def article_from_html(markup: str) -> Article:
    if not markup.strip():
        raise UnreadableFile("is empty")
    root, deep = _page(markup)
    if deep:
        # tags nested deeper than libxml2 reads (no real page is): keep the words, drop the
        # layout
        markup = _LAYOUT_TAG.sub("\n", markup)
        root, _ = _page(markup)
    pieces, meta = trafilatura_blocks(markup)
    pieces = drop_furniture(pieces)
    if pieces:
        blocks = _with_captions(pieces)
    else:
        blocks, meta = _fallback(root)
    site = page_site(root, meta.get("hostname")) if root is not None else Site()
    if meta.get("sitename"):
        site.names.append(meta["sitename"])
    if root is not None:
        blocks = add_sidebars(blocks, root)
    article = build_article(blocks, title=choose_title(meta.get("title"), root, site),
                            author=clean_authors(meta.get("author"), site),
                            date=meta.get("date"), fmt="html")
    language = _declared_language(root)
    if language:
        article.meta["declared_language"] = language
    return article


def load(path: Path) -> Article:
    """A saved page: in the encoding it declares (``<meta charset>``), else as detected."""
    return article_from_html(check_length(decode_declared(path.read_bytes())))
