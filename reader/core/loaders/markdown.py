"""Markdown: the prose of the document, markup stripped, the first ``#`` heading as title; its
headings (the three outermost levels used) begin its sections."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..article import Article
from ..textbuild import RawBlock, SectionStart, build_article
from .text import decode

HEADING_LEVELS = 3
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t")):
            meta[key.strip().lower()] = value.strip().strip("'\"")
    return meta, text[m.end() :]


def _inline_text(token: Any) -> str:
    out: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
    return "".join(out)


def article_from_markdown(source: str) -> Article:
    from markdown_it import MarkdownIt

    meta, body = _front_matter(source.replace("\r\n", "\n"))
    tokens = MarkdownIt("commonmark").parse(body)
    blocks: list[RawBlock] = []
    heading_level: int | None = None
    for tok in tokens:
        if tok.type == "heading_open":
            heading_level = int(tok.tag[1:])
        elif tok.type == "heading_close":
            heading_level = None
        elif tok.type == "inline":
            text = _inline_text(tok)
            if text.strip():
                starts = (SectionStart("", heading_level),) if heading_level else ()
                blocks.append(RawBlock(text, heading=heading_level is not None, sections=starts))
                if heading_level == 1 and len(blocks) == 1 and "title" not in meta:
                    meta["title"] = text
                    blocks.pop()
    return build_article(blocks, title=meta.get("title"), author=meta.get("author"),
                         date=meta.get("date"), fmt="md", section_levels=HEADING_LEVELS)


def load(path: Path) -> Article:
    return article_from_markdown(decode(path.read_bytes()))
