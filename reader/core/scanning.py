"""Regular expressions over a whole book without stalling the window.

A pattern searched over a long text in one call holds Python's interpreter lock until it is
done: 30–40 ms for a 1.4-million-character book, during which the window (on another thread)
cannot run. ``finditer`` and ``findall`` search the same text piece by piece (a piece ends
where a line break begins the next one), so other threads get their turn between pieces.
Offsets stay those of the whole text, and what a pattern sees before a piece's start (a
lookbehind) is the real text; a pattern whose match never runs on past a line break finds
exactly what one call would (one may begin with the line break).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

PIECE = 32_768  # characters: about 1 ms of searching


def pieces(text: str, size: int = PIECE) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive pieces of ``text`` of about ``size`` characters, each ending
    just before a line break where one is near, else before a space."""
    start, n = 0, len(text)
    while start < n:
        end = start + size
        if end >= n:
            yield start, n
            return
        cut = text.rfind("\n", start + size // 2, end)
        if cut < 0:
            cut = text.rfind(" ", start + size // 2, end)
        end = cut if cut > start else end
        yield start, end
        start = end


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    for start, end in pieces(text):
        yield from pattern.finditer(text, start, end)


def findall(pattern: re.Pattern[str], text: str) -> list[Any]:
    out: list[Any] = []
    for start, end in pieces(text):
        out += pattern.findall(text, start, end)
    return out


__all__ = ["PIECE", "findall", "finditer", "pieces"]
