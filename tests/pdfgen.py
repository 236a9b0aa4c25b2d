"""A tiny PDF writer for test fixtures: pages of text lines in Helvetica (ASCII/Latin-1)."""

from __future__ import annotations

from pathlib import Path


def _escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def write_pdf(path: Path, pages: list[list[str]], *, title: str | None = None,
              author: str | None = None, header: str | None = None,
              footer_numbers: bool = False) -> Path:
    objects: list[bytes] = []

    def add(body: str | bytes) -> int:
        objects.append(body.encode("latin-1") if isinstance(body, str) else body)
        return len(objects)

    font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
               "/Encoding /WinAnsiEncoding >>")
    pages_id = len(objects) + 1 + 2 * len(pages)  # after all content+page objects
    page_ids = []
    for n, lines in enumerate(pages, start=1):
        ops = ["BT /F1 11 Tf 14 TL 72 770 Td"]
        if header:
            ops.append(f"({_escape(header)}) Tj T* T*")
        for line in lines:
            ops.append(f"({_escape(line)}) Tj T*")
        ops.append("ET")
        if footer_numbers:
            ops.append(f"BT /F1 10 Tf 300 40 Td ({n}) Tj ET")
        stream = "\n".join(ops).encode("latin-1")
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page_ids.append(add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 612 792] "
                            f"/Resources << /Font << /F1 {font} 0 R >> >> "
                            f"/Contents {content} 0 R >>"))
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    assert add(f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>") == pages_id
    catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>")
    info_parts = []
    if title:
        info_parts.append(f"/Title ({_escape(title)})")
    if author:
        info_parts.append(f"/Author ({_escape(author)})")
    info = add("<< " + " ".join(info_parts) + " >>")

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
            % (len(objects) + 1, catalog, info, xref))
    path.write_bytes(bytes(out))
    return path
