"""The article model shared by every layer: text plus spans into it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_WORD = re.compile(r"\w+", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class Paragraph:
    """A block of ``Article.text``: ``text[start:end]``; headings are not summary material.

    ``matter`` names a part that is not the work itself (front and back matter: "contents",
    "copyright", "colophon", "licence", "index", "front", "back"; and "code", a listing); it
    stays in the text but is neither summary material nor looked at for quotes. Empty for the
    body."""

    start: int
    end: int
    heading: bool = False
    matter: str = ""


@dataclass(frozen=True)
class Note:
    """A footnote, endnote or sidebar: its text, and where its marker stands in the article's
    text (``anchor``, an offset into ``Article.text``; the marker itself is not in the text)."""

    text: str
    anchor: int


@dataclass(frozen=True)
class Section:
    """A part of the document as its own contents name it (a chapter, a heading's part):
    ``text[start:end]``, which holds its subsections too. ``level`` is 1 for the outermost
    sections, 2 for those within them, and so on. ``matter`` is "" for the work itself, else the
    kind of front or back matter it is, as for ``Paragraph.matter`` ("contents", "copyright",
    "front", "back", "index", ...)."""

    title: str
    level: int
    start: int
    end: int
    matter: str = ""


@dataclass
class Article:
    text: str
    paragraphs: list[Paragraph]
    title: str | None = None
    author: str | None = None
    date: str | None = None
    source: str | None = None
    format: str = "txt"
    language: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)  # in the order of their anchors
    sections: list[Section] = field(default_factory=list)  # in reading order; [] without any

    def paragraph_text(self, p: Paragraph) -> str:
        return self.text[p.start : p.end]

    @property
    def word_count(self) -> int:
        return count_words(self.text, self.paragraphs)[0]


def count_words(text: str, paragraphs: list[Paragraph]) -> tuple[int, int]:
    """(words, of which Chinese/Japanese characters): each such character counts as a word, as
    readers of those languages count. A paragraph at a time: one regex call over a whole book
    would hold the GIL long enough to stall the window."""
    words = cjk = 0
    for p in paragraphs or [Paragraph(0, len(text))]:
        chunk = text[p.start : p.end]
        n_cjk = len(_CJK.findall(chunk))
        cjk += n_cjk
        words += len(_WORD.findall(_CJK.sub(" ", chunk) if n_cjk else chunk)) + n_cjk
    return words, cjk
