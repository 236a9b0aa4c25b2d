"""The name an export is offered under: the article's title, made safe as a file name on
Windows, macOS and Linux alike. Qt is not imported here."""

from __future__ import annotations

import re
import unicodedata

from .words import tr

MAX_NAME_CHARS = 80
MAX_NAME_BYTES = 200

# What no file name may hold on one system or another, and what each becomes.
_SLASHES = re.compile(r"(\s*)[/\\|]+(\s*)")  # "AC/DC" -> "AC-DC", "Rain | Snow" -> "Rain - Snow"
_COLONS = re.compile(r"\s*:+\s*")  # "Budget 2025: what changes" -> "Budget 2025 - what changes"
_DROPPED = re.compile(r'[?*<>]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}  # Windows refuses these, with any extension
_TRIM = " .-,;–—"  # not at either end: Windows drops trailing dots and spaces, a leading dot hides


def _is_cut_point(ch: str) -> bool:
    """White space, or a character of a script written without spaces (Chinese, Japanese),
    beside which a name may stop without cutting a word."""
    return ch.isspace() or unicodedata.east_asian_width(ch) in "WF"


def _fits(name: str) -> bool:
    # bytes too: most file systems allow 255 bytes, and the export's temporary file adds some
    return len(name) <= MAX_NAME_CHARS and len(name.encode("utf-8")) <= MAX_NAME_BYTES


def _shorten(name: str) -> str:
    ends = [i for i in range(1, min(len(name), MAX_NAME_CHARS + 1)) if _fits(name[:i])]
    at_word = [i for i in ends if _is_cut_point(name[i - 1]) or _is_cut_point(name[i])]
    # a first word longer than the limit is cut, as it must be
    return name[: max(at_word or ends or [0])]


def export_file_name(title: str | None, fallback: str | None = None) -> str:
    """A file name (without extension) for ``title``: characters that are not allowed in file
    names replaced, at most MAX_NAME_CHARS characters, shortened at a word boundary; without a
    title, ``fallback`` ("Summary" unless said)."""
    name = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in title or "")
    name = name.replace('"', "'")
    name = _SLASHES.sub(lambda m: " - " if m.group(1) or m.group(2) else "-", name)
    name = _COLONS.sub(" - ", name)
    name = _DROPPED.sub("", name)
    name = " ".join(name.split()).strip(_TRIM)
    if not _fits(name):
        name = _shorten(name).strip(_TRIM)
    if not name:
        return fallback or tr("Summary")
    if name.split(".")[0].strip().upper() in _RESERVED:
        name = tr("{name} summary", "a file name, after a name Windows keeps for itself").format(
            name=name)
    return name
