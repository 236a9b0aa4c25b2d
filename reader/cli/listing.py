"""How library records print on the terminal: one line each, search snippets under them."""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from ..library import Record

BOLD, PLAIN = "\x1b[1m", "\x1b[0m"


def record_line(record: Record) -> str:
    when = (f"opened {_day(record.opened_at)}" if record.opened_at is not None
            else f"added {_day(record.added_at)}")
    facts = " · ".join(x for x in (record.author, record.site, record.language, record.format,
                                   when) if x)
    tags = f"  [{', '.join(record.tags)}]" if record.tags else ""
    star = "★ " if record.favourite else ""
    return f"{record.id:>5}  {star}{record.display_title}  ({facts}){tags}"


def snippet_line(record: Record, bold: bool) -> str:
    """The snippet with its matches in bold on a terminal; elsewhere plain text as it is."""
    text, matches = record.snippet or "", record.snippet_matches or []
    if bold:
        parts: list[str] = []
        at = 0
        for start, end in matches:
            parts += [text[at:start], BOLD, text[start:end], PLAIN]
            at = end
        text = "".join(parts) + text[at:]
    fields = [f for f in record.matched_in or [] if f != "text"]
    if "text" not in (record.matched_in or []) and fields:
        text = f"(matches the {' and '.join(fields)}) {text}"
    return f"       {text}"


def bold_wanted(out: TextIO) -> bool:
    isatty = getattr(out, "isatty", None)
    return bool(isatty and isatty()) and not os.environ.get("NO_COLOR")


def _day(stamp: float) -> str:
    return time.strftime("%Y-%m-%d", time.localtime(stamp))
