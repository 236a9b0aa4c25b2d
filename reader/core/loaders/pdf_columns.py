"""Columns written across the page: a line of the left column, then the line beside it in the
right one, and so on. PDFium keeps the order in which the text was written, which is the
reading order for almost every PDF (LaTeX, Word and most layout programs write a column at a
time); a page written a row at a time would interleave its columns, so such a page is read a
column at a time instead. Tables (short cells) are left as they are.
"""

from __future__ import annotations

from typing import Any

Rect = tuple[float, float, float, float]  # left, bottom, right, top (y grows upwards)
_FAR = 1e6


def _jumps(rects: list[Rect]) -> list[tuple[Rect, Rect]]:
    """Pairs of text runs written one after the other on the same line, far apart, each as
    long as a line of prose (a column's line, not a table cell)."""
    pairs = []
    for a, b in zip(rects, rects[1:], strict=False):
        height = min(a[3] - a[1], b[3] - b[1])
        if height <= 0:
            continue
        same_line = min(a[3], b[3]) - max(a[1], b[1]) > 0.5 * height
        gap = b[0] - a[2]
        if (same_line and gap > max(2.5 * height, 12)
                and a[2] - a[0] > 12 * height and b[2] - b[0] > 12 * height):
            pairs.append((a, b))
    return pairs


def _gutters(pairs: list[tuple[Rect, Rect]]) -> list[float]:
    """The middle of each stretch that the gaps between columns share."""
    spans = sorted((a[2], b[0]) for a, b in pairs)
    groups: list[list[float]] = []  # [start, end, count] of the shared stretch
    for start, end in spans:
        if groups and start < groups[-1][1]:
            group = groups[-1]
            group[0], group[1], group[2] = max(group[0], start), min(group[1], end), group[2] + 1
        else:
            groups.append([start, end, 1])
    return [(s + e) / 2 for s, e, n in groups if n >= 3 and e > s]


def column_text(textpage: Any, rects: list[Rect]) -> str | None:
    """The page's text a column at a time when it was written a row at a time, else None.
    ``rects`` are the page's runs of text in the order written (PDFium's text rectangles)."""
    count = len(rects)
    if count < 6:
        return None
    pairs = _jumps(rects)
    if len(pairs) < 3 or len(pairs) * 4 < count // 2:
        return None
    gutters = _gutters(pairs)
    if not gutters:
        return None
    in_columns = [r for pair in pairs for r in pair]
    top = max(r[3] for r in in_columns)
    bottom = min(r[1] for r in in_columns)
    # the columns reach up and down to the nearest line that runs across a gutter
    across = [r for r in rects if any(r[0] < g - 1 and r[2] > g + 1 for g in gutters)]
    top = min((r[1] for r in across if r[1] >= top), default=_FAR)
    bottom = max((r[3] for r in across if r[3] <= bottom), default=-_FAR)
    edges = [-_FAR, *gutters, _FAR]
    parts = [textpage.get_text_bounded(-_FAR, top, _FAR, _FAR)] if top < _FAR else []
    for left, right in zip(edges, edges[1:], strict=False):
        parts.append(textpage.get_text_bounded(left, bottom, right, top))
    if bottom > -_FAR:
        parts.append(textpage.get_text_bounded(-_FAR, -_FAR, _FAR, bottom))
    return "\n".join(part for part in parts if part.strip())
