"""Blocks of readable text from an (X)HTML tree, shared by the HTML fallback and EPUB chapters."""

from __future__ import annotations

from typing import Any

from ..textbuild import RawBlock

_SKIP = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
         "button", "select", "svg", "math", "iframe", "object", "head", "title"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCKS = _HEADINGS | {"p", "li", "blockquote", "pre", "dt", "dd", "figcaption", "td", "th",
                       "div", "section", "article", "main", "body", "caption", "address"}


def _local(tag: Any) -> str:
    if not isinstance(tag, str):
        return ""  # comments and processing instructions
    return tag.rsplit("}", 1)[-1].lower()


def html_blocks(root: Any) -> list[RawBlock]:
    """Walk the tree in document order; every block-level element's own text is one block."""
    blocks: list[RawBlock] = []

    def walk(el: Any, buf: list[str]) -> None:
        name = _local(el.tag)
        if name in _SKIP or not name:
            if el.tail:
                buf.append(el.tail)
            return
        if name in _BLOCKS:
            own: list[str] = [el.text or ""]
            for child in el:
                walk(child, own)
            text = "".join(own)
            if text.strip():
                blocks.append(RawBlock(text, heading=name in _HEADINGS))
            if el.tail:
                buf.append(el.tail)
            return
        if name == "br":
            buf.append(" ")
        else:
            buf.append(el.text or "")
            for child in el:
                walk(child, buf)
        if el.tail:
            buf.append(el.tail)

    rest: list[str] = []
    walk(root, rest)
    if "".join(rest).strip():
        blocks.append(RawBlock("".join(rest)))
    return blocks
