"""Search snippets as plain text with the matched words as character ranges.

SQLite's ``snippet()`` is asked for a long fragment with control characters around the matches
(they cannot occur in article text: the loaders drop control characters) and a third one where
it cut the text. Here those marks become ranges, spaces are tidied, and the fragment is narrowed
to a window with context on both sides of the matches.
"""

from __future__ import annotations

from dataclasses import dataclass

START, END, CUT = "\x02", "\x03", "\x04"
FTS_TOKENS = 64  # the most snippet() gives; narrowed here to WORDS
WORDS = 28
MAX_CHARS = 240  # for scripts written without spaces (Chinese, Japanese)
ELLIPSIS = "…"


@dataclass(frozen=True)
class Snippet:
    text: str
    matches: list[tuple[int, int]]  # [start, end) offsets into text, in order


def _parse(marked: str) -> tuple[str, list[tuple[int, int]], bool, bool]:
    """The fragment without its marks, the marked ranges, and whether it was cut at the start
    and at the end. Runs of white space become one space."""
    out: list[str] = []
    ranges: list[tuple[int, int]] = []
    opened: int | None = None
    length = 0
    cut_start = cut_end = False
    space = False
    for ch in marked:
        if ch == CUT:
            if length == 0:
                cut_start = True
            else:
                cut_end = True
            continue
        if ch == START:
            if space and length:
                out.append(" ")
                length += 1
                space = False
            opened = length
            continue
        if ch == END:
            if opened is not None and length > opened:
                ranges.append((opened, length))
            opened = None
            continue
        if ch.isspace():
            space = True
            continue
        if space and length:
            out.append(" ")
            length += 1
        space = False
        out.append(ch)
        length += 1
    return "".join(out), ranges, cut_start, cut_end


def _words(text: str) -> list[tuple[int, int]]:
    spans, start = [], None
    for i, ch in enumerate(text):
        if ch == " ":
            if start is not None:
                spans.append((start, i))
                start = None
        elif start is None:
            start = i
    if start is not None:
        spans.append((start, len(text)))
    return spans


def _best_window(hits: list[int], count: int, size: int) -> int:
    """The first word of a window of ``size`` words that holds the most matched words, with
    the matches it holds as near its middle as can be."""
    best, best_key = 0, (-1, 0.0)
    for first in range(0, count - size + 1):
        inside = [h for h in hits if first <= h < first + size]
        off_centre = abs((inside[0] + inside[-1]) / 2 - (first + (size - 1) / 2)) if inside else 0
        key = (len(inside), -off_centre)
        if key > best_key:
            best, best_key = first, key
    return best


def _clip(text: str, ranges: list[tuple[int, int]], lo: int,
          hi: int) -> tuple[str, list[tuple[int, int]]]:
    kept = [(max(s, lo) - lo, min(e, hi) - lo) for s, e in ranges if s < hi and e > lo]
    return text[lo:hi], kept


def _narrow_chars(text: str, ranges: list[tuple[int, int]]) -> tuple[int, int]:
    """A stretch of at most MAX_CHARS around the first match (or the opening)."""
    if not ranges:
        return 0, MAX_CHARS
    s, e = ranges[0]
    room = max(0, MAX_CHARS - (e - s))
    lo = max(0, s - room // 2)
    hi = min(len(text), lo + MAX_CHARS)
    lo = max(0, min(lo, hi - MAX_CHARS))
    return lo, hi


def from_marked(marked: str) -> Snippet:
    """``marked`` is snippet() output with START/END around matches and CUT as its ellipsis."""
    text, ranges, cut_start, cut_end = _parse(marked)
    words = _words(text)
    if len(words) > WORDS:
        hits = [i for i, (ws, we) in enumerate(words)
                if any(s < we and e > ws for s, e in ranges)]
        first = _best_window(hits, len(words), WORDS) if hits else 0
        lo, hi = words[first][0], words[first + WORDS - 1][1]
        cut_start = cut_start or first > 0
        cut_end = cut_end or first + WORDS < len(words)
        text, ranges = _clip(text, ranges, lo, hi)
    if len(text) > MAX_CHARS:
        lo, hi = _narrow_chars(text, ranges)
        cut_start = cut_start or lo > 0
        cut_end = cut_end or hi < len(text)
        text, ranges = _clip(text, ranges, lo, hi)
    lead = ELLIPSIS if cut_start else ""
    shift = len(lead)
    return Snippet(lead + text + (ELLIPSIS if cut_end else ""),
                   [(s + shift, e + shift) for s, e in ranges])
