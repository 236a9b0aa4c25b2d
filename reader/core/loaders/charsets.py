"""Which encoding a web page is in: a byte-order mark first; then what the server's header and
the page itself (``<meta charset>``, ``<meta http-equiv="Content-Type">``, an XML declaration)
declare, read as browsers read those labels (WHATWG: "iso-8859-1" means windows-1252,
"shift_jis" means Windows-31J); detection when nothing is declared or no declaration fits.

When declarations disagree: bytes that are valid UTF-8 (and not plain ASCII) are UTF-8 whatever
is declared, since a page in another encoding is almost never valid UTF-8 by chance, and a
stale "iso-8859-1" default on a server or in a template is common. Otherwise the declarations
under which the bytes decode at all are kept; of two, the one under which the page reads as
text in one script wins (charset-normalizer limited to the two, judged by
``text._best_decoding``), the header's when that finds neither, as HTTP has it. Nothing
declared, or nothing declared that decodes: detection, as for a text file (``text.decode``).
"""

from __future__ import annotations

import codecs
import re

from ..errors import UnreadableFile
from .text import _BOMS, _best_decoding, decode

PRESCAN = 4096  # bytes of the page looked at for a declaration (browsers look at 1024 or more)
_META = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)
_XML = re.compile(rb"^\s*<\?xml\b[^>]*?\bencoding\s*=\s*[\"']([A-Za-z0-9._:-]+)", re.IGNORECASE)
_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)
# WHATWG labels whose decoder differs from the Python codec of the same name
_LABELS = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "l1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "ansi_x3.4-1968": "cp1252",
    "iso-8859-9": "cp1254", "latin5": "cp1254", "tis-620": "cp874", "iso-8859-11": "cp874",
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
    "ms_kanji": "cp932", "windows-31j": "cp932", "csshiftjis": "cp932",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "chinese": "gb18030",
    "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "windows-949": "cp949",
    "big5": "big5hkscs", "x-x-big5": "big5hkscs",
    "x-user-defined": "cp1252", "unicode-1-1-utf-8": "utf-8", "utf8": "utf-8",
}
_WIDE = ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be")
_BINARY_SHARE = 0.01  # control characters in more than this share of the text: not text


def codec_for(label: str | None, *, in_page: bool = False) -> str | None:
    """The Python codec that decodes what ``label`` names, or None for an unknown label. A
    page cannot declare UTF-16 in itself (its declaration would not be readable): that means
    UTF-8, as in browsers."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = _LABELS.get(name, name)
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    if codec in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    if in_page and codec.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return codec


def declared_in_page(data: bytes) -> str | None:
    """The encoding a page declares in its first bytes (the first ``<meta>`` that names one,
    else its XML declaration); its label as written."""
    head = _COMMENT.sub(b"", data[:PRESCAN])
    found = _META.search(head) or _XML.search(head)
    return found.group(1).decode("ascii", "replace") if found else None


def decode_declared(data: bytes, header: str | None = None, *, markup: bool = True) -> str:
    """The text of a page's bytes: ``header`` is the charset the server's Content-Type gave (or
    None, as for a saved file); ``markup`` (HTML) also looks for the page's own declaration.
    Raises UnreadableFile for bytes that are not text."""
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return decode(data)
    said = [c for c in (codec_for(header),
                        codec_for(declared_in_page(data), in_page=True) if markup else None)
            if c is not None]
    candidates = list(dict.fromkeys(said))
    if not candidates:
        return decode(data)
    if candidates[0] in _WIDE:  # only a header can say UTF-16 without a byte-order mark
        text = _strict(data, candidates[0])
        if text is not None:
            return _text(text)
        candidates = candidates[1:] or ["utf-8"]
    if not data.isascii():
        try:
            return _text(data.decode("utf-8"))
        except UnicodeDecodeError:
            pass
    readings = {c: t for c in candidates if (t := _strict(data, c)) is not None}
    if not readings:
        return decode(data)
    if len(readings) == 1:
        return _text(next(iter(readings.values())))
    return _text(readings[_likeliest(data, list(readings))])


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _likeliest(data: bytes, codecs_in_order: list[str]) -> str:
    """Of several declared encodings that all decode the bytes, the one under which they read
    as text (charset-normalizer's measures, limited to these); the first when it finds none."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_isolation=codecs_in_order))
    if not matches:
        return codecs_in_order[0]
    best = codecs.lookup(_best_decoding(matches).encoding).name
    return best if best in codecs_in_order else codecs_in_order[0]


def _text(text: str) -> str:
    sample = text[:100_000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(2, len(sample) * _BINARY_SHARE):
        raise UnreadableFile("looks like a binary file, not text")
    return text
