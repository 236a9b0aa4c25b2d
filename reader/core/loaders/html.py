"""Saved web pages: the article body through trafilatura (comments excluded), with its metadata."""

from __future__ import annotations

import re
from pathlib import Path

from ..article import Article
from ..errors import UnreadableFile
from ..textbuild import RawBlock, build_article
from .markup import html_blocks
from .text import check_length, decode

# trafilatura's XML output: which elements are headings and which are text blocks.
_TEXT_TAGS = {"p", "item", "quote", "cell", "code"}


def _trafilatura_blocks(markup: str) -> tuple[list[RawBlock], dict[str, str]]:
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(
        markup,
        output_format="xml",
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_formatting=False,
        include_links=False,
        with_metadata=True,
        deduplicate=False,
    )
    if not xml:
        return [], {}
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=True)
    doc = etree.fromstring(xml.encode("utf-8"), parser)
    meta = {k: v for k, v in doc.attrib.items() if k in ("title", "author", "date") and v}
    blocks: list[RawBlock] = []
    main = doc.find("main")
    for el in (main.iter() if main is not None else []):
        if el.tag == "head":
            blocks.append(RawBlock("".join(el.itertext()), heading=True))
        elif el.tag in _TEXT_TAGS and not any(c.tag in _TEXT_TAGS for c in el):
            blocks.append(RawBlock("".join(el.itertext())))
    return blocks, meta


def _fallback(markup: str) -> tuple[list[RawBlock], dict[str, str]]:
    """Short or unusual pages trafilatura declines: every block of the body."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(markup)
    except Exception as exc:  # lxml raises several types for junk
        raise UnreadableFile("is not a readable web page") from exc
    meta: dict[str, str] = {}
    title = root.findtext(".//title")
    if title and title.strip():
        meta["title"] = title.strip()
    body = root.find("body")
    return html_blocks(body if body is not None else root), meta


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


def article_from_html(markup: str) -> Article:
    if not markup.strip():
        raise UnreadableFile("is empty")
    if _too_deep(markup):
        # tags nested thousands deep (no real page is): keep the words, drop the layout
        markup = _LAYOUT_TAG.sub("\n", markup)
    blocks, meta = _trafilatura_blocks(markup)
    if not blocks:
        blocks, meta = _fallback(markup)
    return build_article(blocks, title=meta.get("title"), author=meta.get("author"),
                         date=meta.get("date"), fmt="html")


def load(path: Path) -> Article:
    return article_from_html(check_length(decode(path.read_bytes())))
