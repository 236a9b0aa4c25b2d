"""Saved web pages: the article body through trafilatura (comments excluded), with its metadata.

trafilatura's XML output keeps the structure (headings, paragraphs, list items, table cells) and
the links, so what is left of the page around the article (link lists, teasers, footers) can be
told apart and dropped (``webclean``); the headline loses the site's name and the authors are
cleaned (``webmeta``); sidebars inside the article (``<aside>``) become notes (``webnotes``).
The page's declared language goes to ``Article.meta["declared_language"]``. The headings h1 to
h3 inside the article body begin its sections.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..article import Article
from ..errors import UnreadableFile
from ..textbuild import CELL_SEPARATOR, SHORT_CELL, RawBlock, RawNote, SectionStart, build_article
from .charsets import decode_declared
from .listnumbers import item_label
from .markup import Options, html_blocks
from .text import check_length
from .webclean import Piece, drop_furniture, is_caption
from .webmeta import Site, choose_title, clean_authors, page_site
from .webnotes import add_sidebars

# trafilatura's XML output: which elements are headings and which are text blocks.
_TEXT_TAGS = {"p", "item", "quote", "cell", "code"}
_SPACE = re.compile(r"\s+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_LANG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
_HEADING_REND = re.compile(r"^h([1-6])$")
SECTION_LEVELS = 3  # h1 to h3 begin sections


def _link_share(el: Any, text: str) -> float:
    linked = sum(len("".join(r.itertext()).strip()) for r in el.iter("ref")
                 if not (r.get("target") or "").startswith("#"))
    return linked / max(1, len(text.strip()))


def _extract(markup: str, links: bool) -> Any:
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(
        markup,
        output_format="xml",
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_formatting=False,
        include_links=links,
        with_metadata=True,
        deduplicate=False,
    )
    if not xml:
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=True)
    return etree.fromstring(xml.encode("utf-8"), parser)


def _leaf(el: Any) -> bool:
    return el.tag == "head" or (el.tag in _TEXT_TAGS and not any(
        c.tag in _TEXT_TAGS or c.tag == "head" for c in el))


def _short_row(el: Any) -> bool:
    """A table row of short cells, each one line, read as one line "a | b | c"."""
    cells = [c for c in el if c.tag == "cell"]
    texts = [_SPACE.sub(" ", "".join(c.itertext())).strip() for c in cells]
    return (el.tag == "row" and len(cells) == len(el) and len([t for t in texts if t]) > 1
            and all(_leaf(c) and len(t) <= SHORT_CELL for c, t in zip(cells, texts, strict=True)))


def _elements(doc: Any) -> list[Any]:
    """The article's blocks in order: headings, paragraphs, list items, a cell holding a
    paragraph of its own, and a row of short cells (one block)."""
    main = doc.find("main")
    out: list[Any] = []
    rows: set[Any] = set()
    for el in main.iter() if main is not None else []:
        if el.getparent() in rows:
            continue
        if _short_row(el):
            rows.add(el)
            out.append(el)
        elif _leaf(el):
            out.append(el)
    return out


def _text(el: Any) -> str:
    """A block's text: a row's cells separated, an ordered list's item with its number."""
    if el.tag == "row":
        return CELL_SEPARATOR.join(t for t in (
            _SPACE.sub(" ", "".join(c.itertext())).strip() for c in el) if t)
    text = "".join(el.itertext())
    parent = el.getparent()
    if el.tag == "item" and parent is not None and parent.get("rend") == "ol" and text.strip():
        items = [c for c in parent if c.tag == "item"]
        return item_label(items.index(el) + 1, None) + text.lstrip()
    return text


def _trafilatura_blocks(markup: str) -> tuple[list[Piece], dict[str, str]]:
    """The article's blocks, each with its share of link text. (The text comes from an
    extraction without links: with them, trafilatura drops the space between two links.)"""
    doc = _extract(markup, links=False)
    if doc is None:
        return [], {}
    meta = {k: v for k, v in doc.attrib.items()
            if k in ("title", "author", "date", "sitename", "hostname") and v}
    linked_doc = _extract(markup, links=True)
    shares: dict[str, list[float]] = {}
    for el in _elements(linked_doc) if linked_doc is not None else []:
        text = _text(el)
        shares.setdefault(_SPACE.sub("", text), []).append(_link_share(el, text))
    pieces: list[Piece] = []
    for el in _elements(doc):
        text = _text(el)
        if text.strip():
            found = shares.get(_SPACE.sub("", text))
            share = found.pop(0) if found else 0.0
            rend = _HEADING_REND.match(el.get("rend") or "") if el.tag == "head" else None
            pieces.append(Piece(text, el.tag == "head", share,
                                "cell" if el.tag == "row" else el.tag,
                                int(rend.group(1)) if rend else 0))
    return pieces, meta


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


def _page(markup: str) -> Any:
    import lxml.html

    try:  # (lxml refuses text that still declares an encoding)
        return lxml.html.document_fromstring(_XML_DECLARATION.sub("", markup, count=1))
    except Exception:  # lxml raises several types for junk
        return None


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
_ANY_TAG = re.compile(r"<(/?)[a-zA-Z][^>]*?(/?)>")
MAX_DEPTH = 200  # libxml2 stops reading HTML nested deeper than 256


def _too_deep(markup: str) -> bool:
    depth = 0
    for m in _ANY_TAG.finditer(markup):
        if m.group(1):
            depth -= 1
        elif not m.group(2):
            depth += 1
            if depth > MAX_DEPTH:
                return True
    return False


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
    if _too_deep(markup):
        # tags nested thousands deep (no real page is): keep the words, drop the layout
        markup = _LAYOUT_TAG.sub("\n", markup)
    root = _page(markup)
    pieces, meta = _trafilatura_blocks(markup)
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
