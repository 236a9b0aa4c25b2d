"""Reading a PDF with PDFium (pypdfium2): its pages as lines with their size and place, its
metadata, declared language and outline.

PDFium may not be called from two threads at once, not even on different documents, so all of
it happens under one lock, and every object is closed before the lock is let go (never by the
garbage collector on another thread).
"""

from __future__ import annotations

import ctypes
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..cancel import checkpoint
from ..errors import UnreadableFile
from .pdf_columns import Rect, column_text
from .pdf_lines import SOFT_HYPHEN, Line

_LOCK = threading.Lock()
_LINE = re.compile(r"[^\r\n]+")
_ERR_PASSWORD, _ERR_SECURITY = 4, 5
NOT_READABLE = "is not a readable PDF (damaged or not a PDF)"


@dataclass
class Document:
    pages: list[list[Line]]
    info: dict[str, str] = field(default_factory=dict)
    language: str = ""
    outline: list[tuple[int, str, int]] = field(default_factory=list)  # (level, title, page)


def read(path: Path) -> Document:
    import pypdfium2 as pdfium

    with _LOCK:
        try:
            # the bytes, not the path: any file name opens, and no file stays open
            pdf = pdfium.PdfDocument(path.read_bytes(), password="")
        except pdfium.PdfiumError as exc:
            code = getattr(exc, "err_code", None)
            if code == _ERR_PASSWORD:
                raise UnreadableFile("is password-protected") from exc
            if code == _ERR_SECURITY:
                raise UnreadableFile("is encrypted in a way Margin cannot open") from exc
            raise UnreadableFile(NOT_READABLE) from exc
        try:
            pages = []
            for index in range(len(pdf)):
                checkpoint()  # a long PDF is read page by page; the reader may call it off
                page = pdf[index]
                try:
                    pages.append(_page_lines(page, index))
                finally:
                    page.close()
            return Document(pages, _info(pdf), _language(pdf), _outline(pdf))
        except pdfium.PdfiumError as exc:
            raise UnreadableFile(NOT_READABLE) from exc
        finally:
            pdf.close()


def _page_lines(page: Any, index: int) -> list[Line]:
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        rects = [textpage.get_rect(i) for i in range(textpage.count_rects())]
        crop = _hidden_text(page, rects)
        if crop is not None:  # text off the page (or off its half of a spread) is not read
            return [Line(text, index) for text in
                    textpage.get_text_bounded(*crop).splitlines() if text.strip()]
        text = textpage.get_text_range()
        if not text.strip():
            return []
        columns = column_text(textpage, rects)
        if columns is not None:  # columns written across the page: read them one by one
            return [Line(t, index) for t in columns.splitlines() if t.strip()]
        box = [ctypes.c_double() for _ in range(4)]  # left, right, bottom, top
        units = _utf16_units(text)

        def char_at(offset: int) -> int:
            unit = units[offset] if units else offset
            return int(raw.FPDFText_GetCharIndexFromTextIndex(textpage.raw, unit))

        def top_of(char: int) -> float:
            ok = char >= 0 and raw.FPDFText_GetCharBox(textpage.raw, char, *box)
            return round(box[3].value, 1) if ok else 0.0

        lines = []
        for match in _LINE.finditer(text):
            line = match.group()
            indent = len(line) - len(line.lstrip())
            if indent == len(line):
                continue
            first = char_at(match.start() + indent)
            top = top_of(first)
            if not top:
                lines.append(Line(line, index))
                continue
            size = round(float(raw.FPDFText_GetFontSize(textpage.raw, first)), 1)
            x = round(box[0].value, 1)
            last = top
            if SOFT_HYPHEN in line:
                last = top_of(char_at(match.start() + line.rindex(SOFT_HYPHEN) + 1)) or top
            lines.append(Line(line, index, size, x, top, last))
        return lines
    finally:
        textpage.close()


def _utf16_units(text: str) -> list[int]:
    """Where each character starts in UTF-16 code units, which PDFium counts (a character
    beyond the BMP is two of them); empty when that is where it stands in ``text``."""
    if text.isascii() or all(ord(ch) <= 0xFFFF for ch in text):
        return []
    units, at = [], 0
    for ch in text:
        units.append(at)
        at += 2 if ord(ch) > 0xFFFF else 1
    return units


def _hidden_text(page: Any, rects: list[Rect]) -> Rect | None:
    """The page's visible box (its crop box), when some text lies outside it; else None."""
    left, bottom, right, top = page.get_cropbox()
    for r in rects:
        mid_x, mid_y = (r[0] + r[2]) / 2, (r[1] + r[3]) / 2
        if not (left - 2 <= mid_x <= right + 2 and bottom - 2 <= mid_y <= top + 2):
            return (left, bottom, right, top)
    return None


def _info(pdf: Any) -> dict[str, str]:
    try:
        values = pdf.get_metadata_dict(skip_empty=True)
    except Exception:  # noqa: BLE001 (a metadata string PDFium cannot decode: no metadata)
        return {}
    return {k: v.replace("\x00", "").strip() for k, v in values.items() if isinstance(v, str)}


def _language(pdf: Any) -> str:
    import pypdfium2.raw as raw

    size = int(raw.FPDFCatalog_GetLanguage(pdf.raw, None, 0))
    if size <= 2 or size > 1000:
        return ""
    buffer = (ctypes.c_ushort * (size // 2))()
    raw.FPDFCatalog_GetLanguage(pdf.raw, buffer, size)
    return bytes(buffer)[: size - 2].decode("utf-16-le", "replace").strip()


def _outline(pdf: Any) -> list[tuple[int, str, int]]:
    entries = []
    try:
        for mark in pdf.get_toc(max_depth=4):
            dest = mark.get_dest()
            page = dest.get_index() if dest is not None else None
            if page is not None and page >= 0:
                entries.append((mark.level, mark.get_title(), page))
            if len(entries) > 5000:
                break
    except Exception:  # noqa: BLE001 (a broken outline is no reason to refuse the text)
        return entries
    return entries
