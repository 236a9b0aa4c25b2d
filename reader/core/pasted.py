"""What is pasted becomes a document to keep: HTML as a browser copies a selection (a fragment,
maybe behind Windows' clipboard header, a ``<meta charset>`` or StartFragment comments) is kept
as a whole HTML page in UTF-8 with a title; plain text is kept as UTF-8 text. The title is the
first heading, else the first line, shortened between words."""

from __future__ import annotations

import html as html_escape
import re
from typing import Any

from .errors import ReaderError

TITLE_CHARS = 80
NO_TEXT = "The clipboard holds no text"

_CF_HTML = re.compile(r"^\s*Version:\s*\d[^<]*?StartHTML:", re.DOTALL)
_FRAGMENT = re.compile(r"<!--\s*StartFragment\s*-->(.*?)<!--\s*EndFragment\s*-->",
                       re.DOTALL | re.IGNORECASE)
_WRAPPERS = re.compile(r"<!DOCTYPE[^>]*>|</?html\b[^>]*>|<head\b[^>]*>.*?</head>|</?body\b[^>]*>"
                       r"|<meta\b[^>]*>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_BLOCK = re.compile(r"</?(?:p|div|h[1-6]|li|br|tr|td|th|blockquote|section|article|header|pre|"
                    r"ul|ol|dl|dd|dt|table|figure|figcaption|hr)\b[^>]*>", re.IGNORECASE)
_LINE_MARKS = re.compile(r"^(?:#{1,6}\s+|[-*•>]\s+|\d+[.)]\s+)")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def pasted_document(html: str | None, text: str | None) -> tuple[bytes, str, str]:
    """(bytes to keep, ".html" or ".txt", title) for what the clipboard holds: its HTML when
    that has any words, else its plain text. ReaderError(NO_TEXT) when both are blank."""
    if html and html.strip():
        fragment = _fragment(html)
        words = _lines(html_escape.unescape(_TAG.sub("", _BLOCK.sub("\n", fragment))))
        if words:
            title = _shorten(_first_heading(_parse(fragment)) or words[0])
            return _page(fragment, title).encode("utf-8"), ".html", title
    if text and text.strip():
        body = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n") + "\n"
        title = _shorten(_LINE_MARKS.sub("", _lines(body)[0]))
        return body.encode("utf-8"), ".txt", title
    raise ReaderError(NO_TEXT)


def _fragment(html: str) -> str:
    """The copied part: after Windows' "Version:0.9 StartHTML:..." header, between the
    StartFragment and EndFragment comments when there are such, without the page's wrappers."""
    if _CF_HTML.match(html) and "<" in html:
        html = html[html.index("<"):]
    found = _FRAGMENT.search(html)
    if found:
        html = found.group(1)
    return _WRAPPERS.sub("", html).strip()


def _parse(fragment: str) -> Any:
    import lxml.html

    try:
        return lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises several types for junk
        return None


def _first_heading(root: Any) -> str | None:
    if root is None:
        return None
    for el in root.iter(*_HEADINGS):
        words = " ".join(el.text_content().split())
        if words:
            return str(words)
    return None


def _lines(text: str) -> list[str]:
    return [" ".join(ln.split()) for ln in text.splitlines() if any(ch.isalnum() for ch in ln)]


def _shorten(title: str, limit: int = TITLE_CHARS) -> str:
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    cut = title[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + "…"


def _page(fragment: str, title: str) -> str:
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html_escape.escape(title, quote=False)}</title>\n</head>\n<body>\n"
            f"{fragment}\n</body>\n</html>\n")
