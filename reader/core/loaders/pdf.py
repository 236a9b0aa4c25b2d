"""PDF: the text layer of every page, joined into paragraphs without the page furniture."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from statistics import median
from typing import Any

from ..article import Article
from ..cancel import checkpoint
from ..errors import UnreadableFile
from ..textbuild import RawBlock, build_article, looks_like_headline

_PAGE_NUMBER = re.compile(
    r"^(?:page|seite|página|pagina|стр\.?|страница)?\s*[-–—]?\s*\d{1,4}\s*[-–—]?\s*"
    r"(?:(?:of|von|de|из|/)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?:…\"”»’)]$")
_GENERIC_TITLES = re.compile(
    r"^(?:untitled|microsoft word - .*|document\d*|.*\.(?:docx?|pdf|tex))$", re.IGNORECASE)


def _furniture_key(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip().casefold())


def _strip_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Drop running headers/footers (a line repeated at the top or bottom of many pages) and
    bare page numbers."""
    edges: Counter[str] = Counter()
    for lines in pages:
        for line in {*lines[:2], *lines[-2:]}:
            edges[_furniture_key(line)] += 1
    threshold = max(3, (len(pages) + 1) // 2)
    repeated = {k for k, n in edges.items() if n >= threshold} if len(pages) >= 3 else set()
    out = []
    for lines in pages:
        keep = list(lines)
        for idx in (0, 1, -1, -2):
            if not keep:
                break
            i = idx if idx >= 0 else len(keep) + idx
            if 0 <= i < len(keep) and (
                _furniture_key(keep[i]) in repeated or _PAGE_NUMBER.match(keep[i].strip())
            ):
                keep[i] = ""
        out.append([ln for ln in keep if ln.strip()])
    return out


def _paragraphs(pages: list[list[str]]) -> list[RawBlock]:
    """Join lines into paragraphs: a short line that ends a sentence ends its paragraph;
    a word hyphenated across a line break is joined again."""
    lengths = [len(ln) for lines in pages for ln in lines if len(ln) > 20]
    typical = median(lengths) if lengths else 60
    paras: list[RawBlock] = []
    current = ""
    heading_lines = 0  # >0 while the current paragraph is a heading (short lines, no full stop)
    for lines in pages:
        for raw in lines:
            line = raw.strip()
            if not line:
                continue
            head = len(line) < 0.7 * typical and looks_like_headline(line)
            if current and heading_lines and (not head or heading_lines >= 2):
                paras.append(RawBlock(current, heading=True))
                current, heading_lines = "", 0
            if not current:
                current, heading_lines = line, int(head)
            elif heading_lines:
                current, heading_lines = f"{current} {line}", heading_lines + 1
            elif re.search(r"\w-$", current) and line[:1].islower():
                current = current[:-1] + line
            else:
                current = f"{current} {line}"
            short = len(raw.rstrip()) < 0.85 * typical
            if not heading_lines and short and _SENTENCE_END.search(line):
                paras.append(RawBlock(current))
                current = ""
    if current:
        paras.append(RawBlock(current, heading=heading_lines > 0))
    return paras


def _date(meta: Any) -> str | None:
    try:
        created = meta.creation_date if meta else None
    except Exception:  # malformed date strings raise inside pypdf
        return None
    return created.date().isoformat() if created else None


def load(path: Path) -> Article:
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    # pypdf logs what it repairs ("EOF marker not found"); the reader says it in one line
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception as exc:
                raise UnreadableFile("is password-protected") from exc
            if not ok:
                raise UnreadableFile("is password-protected")
        pages = []
        for page in reader.pages:
            checkpoint()  # a long PDF is read page by page; the reader may call it off
            pages.append((page.extract_text() or "").splitlines())
        meta = reader.metadata
    except UnreadableFile:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UnreadableFile("is not a readable PDF (damaged or not a PDF)") from exc
    if not any(line.strip() for lines in pages for line in lines):
        raise UnreadableFile("has no text layer (it may be a scanned image)")

    pages = _strip_furniture(pages)
    paras = _paragraphs(pages)
    title = (meta.title or "").strip() if meta else ""
    if not title or _GENERIC_TITLES.match(title):
        title = ""
        if len(paras) > 1 and looks_like_headline(paras[0].text):
            title = paras.pop(0).text
    author = (meta.author or "").strip() if meta else ""
    return build_article(paras, title=title or None,
                         author=author or None, date=_date(meta), fmt="pdf")
