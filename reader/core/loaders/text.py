"""Plain text: encoding detected, paragraphs at blank lines, a headline first line as title."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..article import Article
from ..errors import UnreadableFile
from ..textbuild import RawBlock, build_article, byline_author, is_date_line, looks_like_headline

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_PREFERRED = {"utf_8": 0, "cp1252": 1, "latin_1": 2, "iso8859_15": 3, "cp1251": 4, "koi8_r": 5}
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")


def decode(data: bytes) -> str:
    """Bytes of a text file to str, or UnreadableFile when they are not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise UnreadableFile(f"is not valid {encoding.upper()} text") from exc
    if b"\x00" in data:
        raise UnreadableFile("looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise UnreadableFile("looks like a binary file, not text")
    # Short Western European texts decode cleanly in several single-byte code pages; when the
    # detector cannot tell them apart, the most widely used one is the likeliest.
    least = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= least + 0.01]
    best = min(tied, key=lambda m: _PREFERRED.get(m.encoding, len(_PREFERRED)))
    text = str(best)
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(2, len(text) // 100):
        raise UnreadableFile("looks like a binary file, not text")
    return text


def split_blocks(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    return [b for b in (blk.strip() for blk in _BLANK_LINE.split(text)) if b]


def article_from_text(text: str, fmt: str = "txt") -> Article:
    blocks = split_blocks(text)
    title = author = date = None
    if len(blocks) > 1 and "\n" not in blocks[0] and looks_like_headline(blocks[0]):
        title = blocks.pop(0)
        # A byline and a date line right under the headline are header material too.
        while len(blocks) > 1:
            lines = [ln.strip() for ln in blocks[0].splitlines() if ln.strip()]
            if len(lines) > 2 or not all(byline_author(ln) or is_date_line(ln) for ln in lines):
                break
            for line in lines:
                name = byline_author(line)
                if name and author is None:
                    author = name
                elif is_date_line(line) and date is None:
                    date = line
            blocks.pop(0)
    return build_article([RawBlock(b) for b in blocks], title=title, author=author, date=date,
                         fmt=fmt)


def load(path: Path) -> Article:
    return article_from_text(decode(path.read_bytes()))
