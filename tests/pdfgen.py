"""A tiny PDF writer for test fixtures: pages of text lines in Helvetica (ASCII/Latin-1).

A line is a string (11 pt, under the line before) or a ``Text`` with its own size and place.
Optional: document metadata, the catalog's /Lang, a flat outline (bookmarks to pages), the page
size and a crop box per page (two pages can show two halves of one wide page, as a spread does),
and text written as typesetters write it (``kerned``: arrays of kerned pieces).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Text:
    """A line of ``size`` points at ``x``, ``y`` (from the page's bottom left); without ``y``
    it goes under the line before."""

    text: str
    size: float = 11
    x: float = 72
    y: float | None = None


def _escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _show(text: str, kerned: bool) -> str:
    """The operator that shows ``text``: one string, or as typesetters write it (TeX,
    InDesign): an array of pieces with kerning between letters and the spaces as offsets."""
    if not kerned:
        return f"({_escape(text)}) Tj"
    words = ["(" + ")-15(".join(_escape(w[i : i + 2]) for i in range(0, len(w), 2)) + ")"
             for w in text.split(" ")]
    return "[" + "-250".join(words) + "] TJ"


def _content(lines: list[str | Text], n: int, header: str | None, footer_numbers: bool,
             top: float, kerned: bool = False) -> bytes:
    ops = []
    y = top
    if header:
        ops.append(f"BT /F1 11 Tf 1 0 0 1 72 {y:.2f} Tm {_show(header, kerned)} ET")
        y -= 28
    for line in lines:
        item = line if isinstance(line, Text) else Text(line)
        if item.y is not None:
            y = item.y
        ops.append(f"BT /F1 {item.size:g} Tf 1 0 0 1 {item.x:.2f} {y:.2f} Tm "
                   f"{_show(item.text, kerned)} ET")
        y -= max(14.0, item.size * 1.25)
    if footer_numbers:
        ops.append(f"BT /F1 10 Tf 1 0 0 1 300 40 Tm ({n}) Tj ET")
    return "\n".join(ops).encode("latin-1")


def write_pdf(path: Path, pages: list[list[str | Text]], *, title: str | None = None,
              author: str | None = None, header: str | None = None,
              footer_numbers: bool = False, info: dict[str, str] | None = None,
              lang: str | None = None, outline: list[tuple[str, int]] | None = None,
              page_size: tuple[float, float] = (612, 792),
              crop_boxes: list[Box | None] | None = None, kerned: bool = False) -> Path:
    objects: list[bytes] = []

    def reserve() -> int:
        objects.append(b"")
        return len(objects)

    def put(num: int, body: str | bytes) -> int:
        objects[num - 1] = body.encode("latin-1") if isinstance(body, str) else body
        return num

    def add(body: str | bytes) -> int:
        return put(reserve(), body)

    font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
               "/Encoding /WinAnsiEncoding >>")
    pages_id = reserve()
    width, height = page_size
    page_ids = []
    for n, lines in enumerate(pages, start=1):
        stream = _content(lines, n, header, footer_numbers, height - 22, kerned)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        crop = crop_boxes[n - 1] if crop_boxes and n - 1 < len(crop_boxes) else None
        crop_entry = f"/CropBox [{' '.join(f'{v:g}' for v in crop)}] " if crop else ""
        page_ids.append(add(f"<< /Type /Page /Parent {pages_id} 0 R "
                            f"/MediaBox [0 0 {width:g} {height:g}] {crop_entry}"
                            f"/Resources << /Font << /F1 {font} 0 R >> >> "
                            f"/Contents {content} 0 R >>"))
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    put(pages_id, f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>")
    extra = ""
    if outline:
        root = reserve()
        items = [reserve() for _ in outline]
        for i, (label, page) in enumerate(outline):
            links = f"/Parent {root} 0 R"
            if i:
                links += f" /Prev {items[i - 1]} 0 R"
            if i + 1 < len(items):
                links += f" /Next {items[i + 1]} 0 R"
            put(items[i], f"<< /Title ({_escape(label)}) {links} "
                          f"/Dest [{page_ids[page]} 0 R /XYZ null null null] >>")
        put(root, f"<< /Type /Outlines /First {items[0]} 0 R /Last {items[-1]} 0 R "
                  f"/Count {len(items)} >>")
        extra += f" /Outlines {root} 0 R"
    if lang:
        extra += f" /Lang ({_escape(lang)})"
    catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R{extra} >>")
    fields = dict(info or {})
    if title:
        fields["Title"] = title
    if author:
        fields["Author"] = author
    info_id = add("<< " + " ".join(f"/{k} ({_escape(v)})" for k, v in fields.items()) + " >>")

    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, catalog, info_id, xref))
    path.write_bytes(bytes(out))
    return path
