"""Hostile and broken files, made on the spot: each case writes its file (or non-file) into a
folder and says what a person should get from it. Nothing here is committed as a binary.

``SECRET`` is written into a file beside the cases; no case may make it appear anywhere.
"""

from __future__ import annotations

import io
import os
import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .pdfgen import write_pdf

SECRET = "MARGIN-SECRET-7f3a9c-do-not-show"
ARTICLE = ("The harbour at Port Ellis reopened on Monday after three weeks of repairs. "
           "Crews replaced a cracked shaft and two pumps, the harbour office said. "
           '"We missed the ferry more than we expected," said Mara Lind, who runs the bakery. '
           "The timetable stays the same until spring.\n\n"
           "A second boat is due to join in April on the busiest sailings of the day.\n")


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path], Path]
    message: str | None  # what the one-line refusal says; None: the file opens (safely)


def secret_file(folder: Path) -> Path:
    path = folder / "secret-notes.txt"
    path.write_text(f"{SECRET}\n", encoding="utf-8")
    return path


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path
    return make


def _junk(n: int) -> bytes:
    return random.Random(n).randbytes(n)


def _docx_parts(document_xml: bytes) -> dict[str, bytes]:
    return {
        "[Content_Types].xml": (
            b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            b'.org/package/2006/content-types"><Default Extension="rels" ContentType="applicatio'
            b'n/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" Content'
            b'Type="application/xml"/><Override PartName="/word/document.xml" ContentType="appl'
            b'ication/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            b'</Types>'),
        "_rels/.rels": (
            b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxm'
            b'lformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://sch'
            b'emas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target='
            b'"word/document.xml"/></Relationships>'),
        "word/document.xml": document_xml,
    }


def _zip(name: str, parts: dict[str, bytes]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for member, data in parts.items():
                zf.writestr(member, data)
        return path
    return make


def _docx_xxe(folder: Path) -> Path:
    secret = secret_file(folder)
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [<!ENTITY x SYSTEM '
           f'"file://{secret}">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordpro'
           f'cessingml/2006/main"><w:body><w:p><w:r><w:t>Before &x; after.</w:t></w:r></w:p>'
           f'</w:body></w:document>').encode()
    return _zip("entities.docx", _docx_parts(xml))(folder)


_EPUB_CONTAINER = (b'<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:'
                   b'opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/conten'
                   b't.opf" media-type="application/oebps-package+xml"/></rootfiles></container>')


def _opf(hrefs: list[str]) -> bytes:
    items = "".join(f'<item id="c{k}" href="{h}" media-type="application/xhtml+xml"/>'
                    for k, h in enumerate(hrefs))
    refs = "".join(f'<itemref idref="c{k}"/>' for k in range(len(hrefs)))
    return (f'<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
            f'<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Harbour</dc:title>'
            f'</metadata><manifest>{items}</manifest><spine>{refs}</spine></package>').encode()


def _chapter(body: str, doctype: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<html xmlns="http://www.w3.org/1999/'
            f'xhtml"><head><title>c</title></head><body>{body}</body></html>').encode()


def _epub(name: str, parts: dict[str, bytes]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("mimetype", "application/epub+zip", zipfile.ZIP_STORED)
            zf.writestr("META-INF/container.xml", _EPUB_CONTAINER, zipfile.ZIP_DEFLATED)
            for member, data in parts.items():
                zf.writestr(member, data, zipfile.ZIP_DEFLATED)
        return path
    return make


def _epub_xxe(folder: Path) -> Path:
    secret = secret_file(folder)
    doctype = f'<!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]>'
    return _epub("entities.epub", {
        "OEBPS/content.opf": _opf(["c1.xhtml"]),
        "OEBPS/c1.xhtml": _chapter(f"<p>Before &x; after. {ARTICLE}</p>", doctype),
    })(folder)


def _epub_outside(folder: Path) -> Path:
    secret = secret_file(folder)
    rel = os.path.relpath(secret, folder / "OEBPS")
    return _epub("outside.epub", {
        "OEBPS/content.opf": _opf([rel, "../../../../../../etc/passwd", f"file://{secret}",
                                   "c1.xhtml"]),
        "OEBPS/c1.xhtml": _chapter(f"<p>{ARTICLE}</p>"),
        "../escape.xhtml": _chapter(f"<p>{SECRET}</p>"),
    })(folder)


def _bomb(name: str, epub: bool) -> Callable[[Path], Path]:
    """A small archive (half a megabyte) whose one member unpacks to 512 MB of zeros."""
    def make(folder: Path) -> Path:
        path = folder / name
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            if epub:
                zf.writestr("mimetype", "application/epub+zip", zipfile.ZIP_STORED)
                zf.writestr("META-INF/container.xml", _EPUB_CONTAINER)
                zf.writestr("OEBPS/content.opf", _opf(["c1.xhtml"]))
                member = "OEBPS/c1.xhtml"
            else:
                for part, data in _docx_parts(b"").items():
                    if part != "word/document.xml":
                        zf.writestr(part, data)
                member = "word/document.xml"
            with zf.open(member, "w", force_zip64=True) as out:
                block = b"\0" * (1 << 20)
                for _ in range(512):
                    out.write(block)
        return path
    return make


def _pdf(name: str, *, password: str | None = None, truncate: bool = False,
         scanned: bool = False) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        if scanned:
            write_pdf(path, [[]])  # a page with no text on it, as a scan has
            return path
        write_pdf(path, [[line for line in ARTICLE.splitlines() if line]], title="Harbour")
        if password is not None:
            from pypdf import PdfReader, PdfWriter

            writer = PdfWriter(clone_from=PdfReader(path))
            writer.encrypt(user_password=password, owner_password="owner-" + password,
                           algorithm="RC4-128")
            buffer = io.BytesIO()
            writer.write(buffer)
            path.write_bytes(buffer.getvalue())
        if truncate:
            data = path.read_bytes()
            path.write_bytes(data[: len(data) // 2])
        return path
    return make


def _html_hostile(folder: Path) -> Path:
    secret = secret_file(folder)
    page = f"""<!doctype html><html><head><title>Harbour reopens</title>
<script>document.write("SCRIPT-RAN"); fetch("https://tracker.example/x")</script>
<meta http-equiv="refresh" content="0; url=https://elsewhere.example/">
<link rel="stylesheet" href="https://cdn.example/style.css"></head><body><article>
<h1>Harbour reopens</h1><p>{ARTICLE}</p>
<p>See <a href="javascript:alert('SCRIPT-RAN')">this</a>, <a href="file://{secret}">notes</a>
and <a href="https://example.org/ferry">the timetable</a>.</p>
<img src="https://tracker.example/pixel.gif"><img src="file://{secret}">
<iframe src="https://evil.example/frame"></iframe><iframe src="file://{secret}"></iframe>
<p onclick="alert('SCRIPT-RAN')">The quay is open to walkers again from Tuesday morning.</p>
</article><script>alert('SCRIPT-RAN')</script></body></html>"""
    path = folder / "hostile.html"
    path.write_text(page, encoding="utf-8")
    return path


def _xhtml_xxe(folder: Path) -> Path:
    secret = secret_file(folder)
    page = (f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]>'
            f'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Harbour</title></head>'
            f'<body><p>Before &x; after.</p><p>{ARTICLE}</p></body></html>')
    path = folder / "entities.xhtml"
    path.write_text(page, encoding="utf-8")
    return path


def _nested(folder: Path) -> Path:
    depth = 200_000
    page = "<html><body>" + "<div>" * depth + f"<p>{ARTICLE}</p>" + "</div>" * depth + \
        "</body></html>"
    path = folder / "nested.html"
    path.write_text(page, encoding="utf-8")
    return path


def _long_line(folder: Path) -> Path:
    path = folder / "one-line.txt"
    words = ARTICLE.replace("\n", " ").encode()
    with path.open("wb") as out:
        for _ in range((50 << 20) // len(words) + 1):
            out.write(words.replace(b". ", b", "))  # one 50 MB line, and one sentence
    return path


def _huge(folder: Path) -> Path:
    path = folder / "huge.txt"
    with path.open("wb") as out:
        out.truncate(200 << 20)  # 200 MB without writing them
    return path


def _directory(folder: Path) -> Path:
    path = folder / "a-folder.txt"
    path.mkdir()
    return path


def _broken_link(folder: Path) -> Path:
    path = folder / "broken-link.txt"
    path.symlink_to(folder / "gone.txt")
    return path


def _device(folder: Path) -> Path:
    path = folder / "endless.txt"
    path.symlink_to("/dev/zero")
    return path


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


def _strange_name(folder: Path) -> Path:
    path = folder / "line one\nline two 🌊\r.txt"
    path.write_bytes(b"")
    return path


def _utf16(folder: Path) -> Path:
    path = folder / "utf16-no-bom.txt"
    path.write_bytes(ARTICLE.encode("utf-16-le"))
    return path


def _mixed(folder: Path) -> Path:
    path = folder / "mixed-encodings.txt"
    lines = ARTICLE.splitlines()
    path.write_bytes(lines[0].encode("utf-8") + " Café Straße".encode() + b"\n" +
                     " Café Straße".encode("latin-1") + b"\n\n" +
                     "\n".join(lines[1:]).encode("utf-8"))
    return path


def _nul(folder: Path) -> Path:
    path = folder / "nul-bytes.txt"
    path.write_bytes(ARTICLE.encode().replace(b" ", b" \0", 5))
    return path


CASES: list[Case] = [
    Case("empty file", _write("empty.txt", b""), "is empty"),
    Case("whitespace only", _write("blank.txt", b" \n\t\n   \r\n"), "no readable text"),
    Case("binary junk named .txt", _write("junk.txt", _junk(20_000)), "binary"),
    Case("binary junk named .html", _write("junk.html", _junk(20_000)), "binary"),
    Case("binary junk named .pdf", _write("junk.pdf", _junk(20_000)), "not a readable PDF"),
    Case("binary junk named .md", _write("junk.md", _junk(20_000)), "binary"),
    Case("NUL bytes in text", _nul, None),
    Case("UTF-16 without BOM", _utf16, None),
    Case("mixed encodings", _mixed, None),
    Case("one 50 MB line", _long_line, "too long"),
    Case("a 200 MB file", _huge, "too large"),
    Case("truncated PDF", _pdf("truncated.pdf", truncate=True), "damaged"),
    Case("encrypted PDF", _pdf("locked.pdf", password="s3cret"), "password"),
    Case("encrypted PDF, empty password", _pdf("open-lock.pdf", password=""), None),
    Case("PDF with no text layer", _pdf("scan.pdf", scanned=True), "no text layer"),
    Case(".docx that is not a zip", _write("fake.docx", b"plain text, not a zip"),
         "not a Word document"),
    Case("zip bomb .docx", _bomb("bomb.docx", epub=False), "unpacked"),
    Case("zip bomb .epub", _bomb("bomb.epub", epub=True), "unpacked"),
    Case(".docx with external entities", _docx_xxe, None),
    Case(".epub with external entities", _epub_xxe, None),
    Case(".xhtml with external entities", _xhtml_xxe, None),
    Case(".epub with paths outside the archive", _epub_outside, None),
    Case("HTML with scripts, iframes, remote images, javascript: links", _html_hostile, None),
    Case("deeply nested HTML", _nested, None),
    Case("a directory", _directory, "folder"),
    Case("a missing path", lambda folder: folder / "nowhere.txt", "does not exist"),
    Case("a broken symlink", _broken_link, "does not exist"),
    Case("a link to a device", _device, "not a regular file"),
    Case("a named pipe", _fifo, "not a regular file"),
    Case("a filename with newlines and emoji", _strange_name, "is empty"),
    Case("an unsupported kind of file", _write("slides.pptx", b"PK\3\4whatever"),
         "not a supported kind"),
    Case(".epub that is not a zip", _write("fake.epub", b"plain text"), "not an EPUB"),
    Case(".epub without its package document", _epub("hollow.epub", {}), "damaged EPUB"),
    Case("web page with no article text", _write(
        "empty-page.html", b"<html><head><script>var a=1;</script></head><body><nav>Home</nav>"
        b"</body></html>"), "no readable text"),
]
