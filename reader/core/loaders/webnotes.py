"""Sidebars and picture captions of a web article as notes of the paragraph they stand by.

trafilatura leaves asides and captions out of the text, which is right for the text; but an
aside inside the article (not the site's sidebar) and the caption of one of its pictures are
part of what was written. They are found in the page and kept as notes of the paragraph they
follow (a lead picture's caption: of the paragraph after it). Link lists ("Related: …") are
furniture, not sidebars, and stay out; so does anything that stands by no paragraph of the
article.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..textbuild import RawBlock, RawNote, normalize_block
from .markup import inner_text

_MIN_CHARS = 12
_MAX_NOTES = 200  # a page with thousands of pictures keeps the captions of the first ones
_KEY_CHARS = 60
_WORDS = re.compile(r"\w+")
_CONTAINERS = ("article", "main", "body", "html")


def _key(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))


def _neighbour_text(el: Any, preceding: bool) -> str:
    """The text of the nearest element before (or after) ``el`` in document order."""
    while el is not None and el.tag not in _CONTAINERS:
        for sib in el.itersiblings(preceding=preceding):
            if not isinstance(sib.tag, str) or sib.tag in ("script", "style", "aside",
                                                            "figure", "noscript"):
                continue
            text = normalize_block(sib.text_content())
            if text:
                return text
        el = el.getparent()
    return ""


def _find(keys: list[str], text: str, last: bool) -> int | None:
    key = _key(text)
    key = key[-_KEY_CHARS:] if last else key[:_KEY_CHARS]
    if not key:
        return None
    for i, k in enumerate(keys):
        if key in k:
            return i
    return None


def _in_article(el: Any) -> bool:
    return any(a.tag in ("article", "main") for a in el.iterancestors())


def add_sidebars(blocks: list[RawBlock], root: Any) -> list[RawBlock]:
    if not blocks:
        return blocks
    keys = [_key(b.text) for b in blocks]
    out = list(blocks)
    seen: set[str] = set()
    for el in root.iter("aside", "figcaption"):
        if el.tag == "aside" and not _in_article(el):
            continue
        if len(seen) >= _MAX_NOTES:
            break
        text = inner_text(el)
        linked = sum(len(normalize_block(a.text_content())) for a in el.iter("a"))
        if len(text) < _MIN_CHARS or linked > 0.5 * len(text) or text in seen:
            continue
        seen.add(text)
        if _find(keys, text, last=False) is not None:
            continue  # trafilatura kept it in the text already
        anchor = el if el.tag == "aside" else next(
            (f for f in el.iterancestors() if f.tag == "figure"), el)
        i = _find(keys, _neighbour_text(anchor, True), last=True)
        if i is None and el.tag == "figcaption":
            i = _find(keys, _neighbour_text(anchor, False), last=False)
        while i is not None and out[i].heading:  # a heading keeps no notes: the text after
            i = i + 1 if i + 1 < len(out) else None
        if i is not None:
            b = out[i]
            out[i] = replace(b, notes=b.notes + (RawNote(text),))
    return out
