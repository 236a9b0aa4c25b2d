"""Chapter headings in plain text: lines such as "Chapter 3", "CHAPTER IV. The Storm", "III.",
"KAPITEL 2", "Глава 5", "第三章", "Part Two" that stand at the start of a block.

They begin the text's sections when there are several of them (a single "Chapter 3" in an
article is no structure). A contents list is not taken for headings: a block of several such
lines, or headings of one level with nothing between them. A heading line may carry the
chapter's title ("CHAPTER 1. Loomings."), or the title may stand on the line after it or in the
block after it ("CHAPTER I" / "The Period").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..textbuild import RawBlock, SectionStart, looks_like_headline

_PART_WORDS = (r"part|book|volume|teil|buch|band|partie|livre|tome|parte|libro|deel|del|"
               r"część|часть|книга|том")
_CHAPTER_WORDS = (r"chapter|chap\.|kapitel|chapitre|cap[ií]tulo|capitolo|hoofdstuk|kapittel|"
                  r"rozdział|kapitola|luku|глава|розділ")
_UNITS = r"one|two|three|four|five|six|seven|eight|nine"
_NUMBER_WORDS = (rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                 rf"(?:[- ](?:{_UNITS}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                 rf"sixteen|seventeen|eighteen|nineteen|{_UNITS}|first|second|third|fourth|"
                 rf"fifth|sixth|seventh|eighth|ninth|tenth|last)")
_NUMBER = rf"(?:\d{{1,4}}|[ivxlcdm]{{1,8}}|{_NUMBER_WORDS})"
_WORDED = re.compile(
    rf"^(?:(?P<part>{_PART_WORDS})|(?P<chapter>{_CHAPTER_WORDS}))\s+(?:the\s+)?{_NUMBER}\b"
    rf"\s*[.:—–-]?\s*(?P<title>.*)$", re.IGNORECASE)
# "2. Kapitel", "3e partie"
_NUMBER_FIRST = re.compile(
    rf"^\d{{1,4}}(?:\.|e|er|ème)?\s+(?:(?P<part>{_PART_WORDS})|(?P<chapter>{_CHAPTER_WORDS}))"
    rf"\s*[.:—–-]?\s*(?P<title>.*)$", re.IGNORECASE)
# "III." alone, or "IV. THE STORM" (capitals only: "I. Introduction" may be a list)
_ROMAN = re.compile(r"^(?P<chapter>[IVXLC]{1,7})\.?(?:\s+(?P<title>[^a-z]*))?$")
_CJK = re.compile(r"^第[一二三四五六七八九十百千零〇两\d]{1,6}"
                  r"(?:(?P<part>[部篇卷])|(?P<chapter>[章回节節]))\s*(?P<title>.*)$")
_REAL_ROMAN = re.compile(r"^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_SENTENCE_END = re.compile(r"[.!?。！？]$")
MAX_LINE = 100
MAX_TITLE_WORDS = 12
SHORT_TITLE_WORDS = 5  # a title on the heading's line may end with a full stop up to this long


@dataclass(frozen=True)
class _Heading:
    block: int
    level: int  # 1 a part, 2 a chapter
    lines: int  # how many of the block's lines are the heading (1 or 2)
    title_block: bool = False  # the block after it is the chapter's title
    runs_on: bool = False  # the chapter's text begins in the heading's block


def _parse(line: str) -> tuple[int, str] | None:
    """(1 for a part's heading or 2 for a chapter's, the title on its line), or None."""
    line = " ".join(line.split())
    if not line or len(line) > MAX_LINE:
        return None
    for pattern in (_WORDED, _NUMBER_FIRST, _CJK, _ROMAN):
        found = pattern.match(line)
        if not found:
            continue
        if pattern is _ROMAN and not _REAL_ROMAN.match(found.group("chapter")):
            return None
        title = (found.group("title") or "").strip()
        words = title.split()
        if title and (len(words) > MAX_TITLE_WORDS or title[0].islower()
                      or (_SENTENCE_END.search(title)
                          and (pattern is _ROMAN or len(words) > SHORT_TITLE_WORDS))):
            return None
        return (1 if found.groupdict().get("part") else 2), title
    return None


def heading_level(line: str) -> int | None:
    """1 for a part's heading, 2 for a chapter's, None for any other line."""
    found = _parse(line)
    return found[0] if found else None


def _title_line(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= 60 and looks_like_headline(line) and heading_level(line) is None


def _headings(blocks: list[str]) -> list[_Heading]:
    found: list[_Heading] = []
    for i, block in enumerate(blocks):
        end = block.find("\n")
        parsed = _parse(block if end < 0 else block[:end])
        if parsed is None:
            continue
        lines = [ln for ln in block.splitlines() if ln.strip()]
        level, title = parsed
        if sum(1 for ln in lines[1:4] if heading_level(ln) is not None):
            continue  # a contents list
        if len(lines) == 1 and not title and i + 1 < len(blocks) \
                and "\n" not in blocks[i + 1].strip() and _title_line(blocks[i + 1]) \
                and not _SENTENCE_END.search(blocks[i + 1].strip()):
            found.append(_Heading(i, level, 1, title_block=True))
        elif len(lines) == 2 and not title and _title_line(lines[1]):
            found.append(_Heading(i, level, 2))
        elif len(lines) == 1 or not title or _SENTENCE_END.search(title) \
                or lines[1].lstrip()[:1].isupper():
            # the rest of the block is the chapter's first paragraph (a title that runs on
            # into a line that goes on with lower case is a wrapped sentence)
            found.append(_Heading(i, level, 1, runs_on=len(lines) > 1))
    # a heading with nothing after it before the next of its level is a contents entry
    kept = []
    for k, h in enumerate(found):
        nxt = found[k + 1] if k + 1 < len(found) else None
        if nxt is not None and nxt.level <= h.level and not h.runs_on \
                and nxt.block <= h.block + 1 + h.title_block:
            continue
        kept.append(h)
    return kept


def chapter_blocks(blocks: list[str]) -> list[RawBlock] | None:
    """The blocks with their chapter headings as headings that begin sections, or None when
    the text has fewer than two chapter headings."""
    found = _headings(blocks)
    if sum(1 for h in found if h.level == 2) < 2 and len(found) < 2:
        return None
    at = {h.block: h for h in found}
    out: list[RawBlock] = []
    skip = -1
    for i, block in enumerate(blocks):
        if i == skip:
            continue
        h = at.get(i)
        if h is None:
            out.append(RawBlock(block))
            continue
        lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
        head = lines[: h.lines]
        if h.title_block:
            head.append(blocks[i + 1].strip())
            skip = i + 1
        head = [" ".join(line.split()) for line in head]
        title = head[0] if len(head) == 1 else \
            head[0] + ("" if head[0][-1:] in ".:—–-" else ":") + " " + head[1]
        out.append(RawBlock(head[0], heading=True, sections=(SectionStart(title, h.level),)))
        out.extend(RawBlock(line, heading=True) for line in head[1:])
        rest = "\n".join(lines[h.lines :])
        if rest:
            out.append(RawBlock(rest))
    return out
