"""A web page's article as blocks, from trafilatura's XML output.

The XML keeps the structure: headings, paragraphs, list items, quotes, code, and tables of rows
and cells. Each block comes with its share of linked text (from a second extraction with the
links, since with them trafilatura drops the space between two links), so that ``webclean`` can
tell the article from what is left around it. A row of short cells is one block ("a | b | c");
an ordered list's items keep their numbers. Text trafilatura leaves in no element of its own
(a paragraph after a heading, written straight into the page's container) is a paragraph too.
"""

from __future__ import annotations

import re
from typing import Any

from ..textbuild import CELL_SEPARATOR, SHORT_CELL
from .listnumbers import item_label
from .webclean import Piece

_TEXT_TAGS = {"p", "item", "quote", "cell", "code"}
_INLINE = {"ref", "hi", "lb", "del", "graphic"}  # inside a run of text
_SPACE = re.compile(r"\s+")
_HEADING_REND = re.compile(r"^h([1-6])$")


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


def _linked(el: Any) -> int:
    """Characters of link text in ``el`` (links within the page, such as notes, not counted)."""
    refs = [el] if el.tag == "ref" else el.iter("ref")
    return sum(len("".join(r.itertext()).strip()) for r in refs
               if not (r.get("target") or "").startswith("#"))


def _leaf(el: Any) -> bool:
    return el.tag == "head" or (el.tag in _TEXT_TAGS and not any(
        c.tag in _TEXT_TAGS or c.tag == "head" for c in el))


def _short_row(el: Any) -> bool:
    """A table row of short cells, each one line, read as one line "a | b | c"."""
    cells = [c for c in el if c.tag == "cell"]
    texts = [_SPACE.sub(" ", "".join(c.itertext())).strip() for c in cells]
    return (el.tag == "row" and len(cells) == len(el) and len([t for t in texts if t]) > 1
            and all(_leaf(c) and len(t) <= SHORT_CELL
                    for c, t in zip(cells, texts, strict=True)))


def _text(el: Any, number: int = 0) -> str:
    """A block's text: a row's cells separated, an ordered list's item with its ``number``."""
    if el.tag == "row":
        return CELL_SEPARATOR.join(t for t in (
            _SPACE.sub(" ", "".join(c.itertext())).strip() for c in el) if t)
    text = "".join(el.itertext())
    if number and text.strip():
        return item_label(number, None) + text.lstrip()
    return text


def _units(doc: Any) -> list[tuple[str, Any, float]]:
    """(text, element or None for loose text, share of link text) for each block in order."""
    main = doc.find("main")
    out: list[tuple[str, Any, float]] = []
    if main is None:
        return out
    run: list[str] = []
    linked = 0

    def flush() -> None:
        nonlocal linked
        text = "".join(run)
        if text.strip():
            out.append((text, None, linked / max(1, len(text.strip()))))
        run.clear()
        linked = 0

    def walk(el: Any) -> None:
        nonlocal linked
        run.append(el.text or "")
        numbered = el.tag == "list" and el.get("rend") == "ol"
        items = 0
        for child in el:
            if child.tag == "item":
                items += 1
            if child.tag in _INLINE:
                run.append(" " if child.tag == "lb" else "".join(child.itertext()))
                linked += _linked(child)
            elif _leaf(child) or _short_row(child):
                flush()
                text = _text(child, items if numbered and child.tag == "item" else 0)
                out.append((text, child, _linked(child) / max(1, len(text.strip()))))
            else:
                flush()
                walk(child)
                flush()
            run.append(child.tail or "")

    walk(main)
    flush()
    # only loose text: what trafilatura fell back on (a menu's words), not an article
    return out if any(el is not None for _, el, _ in out) else []


def trafilatura_blocks(markup: str) -> tuple[list[Piece], dict[str, str]]:
    """The article's blocks, each with its share of link text, and the page's metadata."""
    doc = _extract(markup, links=False)
    if doc is None:
        return [], {}
    meta = {k: v for k, v in doc.attrib.items()
            if k in ("title", "author", "date", "sitename", "hostname") and v}
    linked_doc = _extract(markup, links=True)
    shares: dict[str, list[float]] = {}
    for text, _, share in _units(linked_doc) if linked_doc is not None else []:
        shares.setdefault(_SPACE.sub("", text), []).append(share)
    pieces: list[Piece] = []
    for text, el, _ in _units(doc):
        if not text.strip():
            continue
        found = shares.get(_SPACE.sub("", text))
        share = found.pop(0) if found else 0.0
        tag = "p" if el is None else "cell" if el.tag == "row" else el.tag
        rend = _HEADING_REND.match(el.get("rend") or "") if tag == "head" else None
        pieces.append(Piece(text, tag == "head", share, tag, int(rend.group(1)) if rend else 0))
    return pieces, meta
