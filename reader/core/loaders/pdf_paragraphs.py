"""Lines into paragraphs and headings.

A short line that ends a sentence ends its paragraph; a word hyphenated across a line break is
joined again; a short line without a full stop is a heading, and so is a line set larger than
the body text. A change of matter (front matter, contents, index) always starts a new block. A
section of the outline begins with the block of the line that carries its title (a heading), or,
where the title is not on its page, with the first block that begins on or after its line (never
inside a paragraph that runs on from the page before).
"""

from __future__ import annotations

import re
from collections import Counter
from statistics import median

from ..textbuild import RawBlock, SectionStart, looks_like_headline
from .pdf_lines import SOFT_HYPHEN, Line

_SENTENCE_END = re.compile(r"[.!?:…\"”»’)]$")
_JOIN = re.compile(SOFT_HYPHEN + r"(?=[^\W\d_])")


def body_size(pages: list[list[Line]]) -> float:
    """The size most of the text is set in (0 when no size is known)."""
    sizes: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            if line.size:
                sizes[round(line.size * 2) / 2] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def is_large(line: Line, body: float) -> bool:
    return bool(body and line.size >= body * 1.15 and line.size >= body + 1)


def clean(text: str) -> str:
    """A line's text with PDFium's line-end hyphens resolved: a word broken across two lines
    is one word again, a hyphen before a capital or a digit stays."""
    text = _JOIN.sub("", text)
    return text.replace(SOFT_HYPHEN, "-").strip()


def _last_part(text: str) -> str:
    """What stood on the last line of the page: PDFium puts a hyphenated line's continuation
    after it."""
    return text.rsplit(SOFT_HYPHEN, 1)[-1]


class _Builder:
    def __init__(self) -> None:
        self.blocks: list[RawBlock] = []
        self.text = ""
        self.heading = 0  # >0 while the current block is a heading: its number of lines
        self.matter = ""
        self.size = 0.0
        self.sections: tuple[SectionStart, ...] = ()
        self.waiting: tuple[SectionStart, ...] = ()  # to begin with the next block

    def flush(self) -> None:
        if self.text:
            self.blocks.append(RawBlock(self.text, heading=self.heading > 0, matter=self.matter,
                                        sections=self.sections))
        self.text, self.heading, self.sections = "", 0, ()

    def start(self, text: str, line: Line, head: bool) -> None:
        self.text, self.heading, self.matter, self.size = text, int(head), line.matter, line.size
        self.sections, self.waiting = self.waiting, ()

    def add(self, text: str) -> None:
        if self.heading:
            self.text, self.heading = f"{self.text} {text}", self.heading + 1
        elif re.search(r"\w-$", self.text) and text[:1].islower():
            self.text = self.text[:-1] + text
        else:
            self.text = f"{self.text} {text}"


def _spacing(pages: list[list[Line]]) -> float:
    """The usual distance from one line to the next (0 when places are unknown)."""
    steps = [a.last - b.top for lines in pages for a, b in zip(lines, lines[1:], strict=False)
             if a.last and b.top and 0 < a.last - b.top < 3 * max(a.size, b.size, 1)]
    return median(steps) if steps else 0.0


def paragraphs(pages: list[list[Line]], body: float) -> list[RawBlock]:
    lengths = [len(_last_part(ln.text)) for lines in pages for ln in lines
               if len(_last_part(ln.text)) > 20 and not is_large(ln, body)]
    typical = median(lengths) if lengths else 60
    spacing = _spacing(pages)
    out = _Builder()
    for lines in pages:
        before: Line | None = None
        for line in lines:
            text = clean(line.text)
            if not text:
                continue
            headline = looks_like_headline(text) and sum(ch.isalpha() for ch in text) >= 3
            large = is_large(line, body) and headline
            head = line.heading or large or (len(text) < 0.7 * typical and headline)
            resized = bool(line.size and out.size and abs(line.size - out.size) > 0.5)
            apart = bool(spacing and before and before.last and line.top
                         and before.last - line.top > 1.8 * spacing)
            before = line
            out.waiting += line.sections
            if out.text and (
                line.matter != out.matter or line.heading or apart
                or (out.heading and (not head or out.heading >= (4 if large else 2) or resized))
                or ((large or (head and resized)) and not out.heading)
            ):
                out.flush()
            if not out.text:
                out.start(text, line, head)
            else:
                out.add(text)
            if line.heading:
                out.flush()
                continue
            short = len(_last_part(line.text).rstrip()) < 0.85 * typical
            if not out.heading and short and _SENTENCE_END.search(text):
                out.flush()
    out.flush()
    return out.blocks
