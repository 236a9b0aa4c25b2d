"""Links in an article: only web and mail addresses, opened by the system when clicked."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..core.scanning import finditer

ALLOWED_SCHEMES = ("http", "https", "mailto")
MAX_LINKS = 2000  # per article; past that, addresses stay plain text
# an address written out in the text; javascript:, file: and the like never become links
_ADDRESS = re.compile(r"(?:https?://|mailto:)[^\s<>\"“”«»‘’]+", re.IGNORECASE)


def addresses(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, address) of each web or mail address written in ``text``."""
    count = 0
    for m in finditer(_ADDRESS, text):  # piece by piece: a book's worth stalls nothing
        address = m.group().rstrip(".,;:!?'")
        while address.endswith(")") and address.count(")") > address.count("("):
            address = address[:-1]
        if len(address) <= len("mailto:"):
            continue
        yield m.start(), m.start() + len(address), address
        count += 1
        if count >= MAX_LINKS:
            return


def open_link(href: str) -> bool:
    """Open ``href`` in the person's browser or mail program, if it is one we allow."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    url = QUrl(href, QUrl.ParsingMode.StrictMode)
    if not url.isValid() or url.scheme().lower() not in ALLOWED_SCHEMES:
        return False
    if url.scheme().lower() != "mailto" and not url.host():
        return False
    return bool(QDesktopServices.openUrl(url))
