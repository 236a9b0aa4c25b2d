"""Lines of PDF pages, and the page furniture among them: running headers and footers, page
numbers, and pages that repeat the page before."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..textbuild import SectionStart

# PDFium marks a hyphen at the end of a line with U+FFFE and puts the next line after it
SOFT_HYPHEN = "\ufffe"

_PAGE_NUMBER = re.compile(
    r"^(?:page|seite|página|pagina|стр\.?|страница)?\s*[-–—]?\s*\d{1,4}\s*[-–—]?\s*"
    r"(?:(?:of|von|de|из|/)\s*\d{1,4})?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Line:
    """A line as PDFium gives it; ``size`` (points) and ``x``/``top`` (where its first
    character stands) are 0 when unknown, ``last`` is the top of its last part when PDFium
    put a hyphenated line's continuation after it (else ``top``)."""

    text: str
    page: int
    size: float = 0.0
    x: float = 0.0
    top: float = 0.0
    last: float = 0.0
    matter: str = ""
    heading: bool = False  # a heading by what it says ("Abstract"), whatever its size
    sections: tuple[SectionStart, ...] = ()  # the outline's sections that begin on this line


def furniture_key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()).casefold())


def _words(lines: list[Line]) -> tuple[str, ...]:
    return tuple(w for line in lines for w in re.findall(r"\w+", line.text.casefold()))


def drop_repeated_pages(pages: list[list[Line]]) -> list[list[Line]]:
    """A page whose words are the page before's (a page printed twice) is read once."""
    out: list[list[Line]] = []
    before: tuple[str, ...] = ()
    for lines in pages:
        words = _words(lines)
        out.append([] if words and words == before else lines)
        if words:
            before = words
    return out


def _edges(lines: list[Line]) -> set[int]:
    """The first and last two lines in the order written and, where places are known, the
    two highest and two lowest on the page."""
    picked = {i for i in (0, 1, len(lines) - 2, len(lines) - 1) if 0 <= i < len(lines)}
    placed = [i for i, line in enumerate(lines) if line.top]
    if placed:
        by_height = sorted(placed, key=lambda i: lines[i].top)
        picked.update(by_height[:2] + by_height[-2:])
    return picked


def running_keys(pages: list[list[Line]]) -> set[str]:
    """The lines (digits aside) that stand at the top or bottom of many pages."""
    edges: Counter[str] = Counter()
    for lines in pages:
        for key in {furniture_key(lines[i].text) for i in _edges(lines)}:
            edges[key] += 1
    with_text = sum(1 for lines in pages if lines)
    if with_text < 3:
        return set()
    threshold = max(3, (with_text + 1) // 2)
    return {k for k, n in edges.items() if n >= threshold}


def strip_furniture(pages: list[list[Line]], running: set[str]) -> list[list[Line]]:
    """Drop running headers and footers (``running_keys``) and bare page numbers where they
    stand: at the top or bottom of a page."""
    out = []
    for lines in pages:
        drop = {i for i in _edges(lines)
                if furniture_key(lines[i].text) in running
                or _PAGE_NUMBER.match(lines[i].text.strip())}
        out.append([line for i, line in enumerate(lines) if i not in drop])
    return out
