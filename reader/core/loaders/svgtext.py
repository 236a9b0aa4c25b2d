"""The text of an SVG picture (fixed-layout books set their pages as SVG ``<text>``).

Each ``<text>`` element is a line or a fragment of one; lines join into paragraphs until one
ends a sentence. Chinese and Japanese lines join without a space.
"""

from __future__ import annotations

import re
from typing import Any

_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
_END = re.compile(r"[.!?。！？」』”\"’:;…]\s*$")
_MAX_PARAGRAPH = 3000


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _joined(a: str, b: str) -> str:
    if not a:
        return b
    if _CJK.match(a[-1]) and _CJK.match(b[0]):
        return a + b
    if a.endswith("-") and a[-2:-1].isalpha() and b[:1].islower():
        return a[:-1] + b  # a word broken over two lines
    return f"{a} {b}"


def _line(text_el: Any) -> str:
    """One ``<text>``: its ``<tspan>`` pieces in order (each may be a line of its own)."""
    pieces = [" ".join(t.split()) for t in text_el.itertext()]
    out = ""
    for piece in pieces:
        if piece:
            out = _joined(out, piece)
    return out


def svg_paragraphs(svg: Any) -> list[str]:
    paragraphs: list[str] = []
    current = ""
    for el in svg.iter():
        if _local(el.tag) != "text":
            continue
        line = _line(el)
        if not line:
            continue
        current = _joined(current, line)
        if _END.search(current) or len(current) > _MAX_PARAGRAPH:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs
