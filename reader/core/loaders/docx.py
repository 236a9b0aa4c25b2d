"""Word documents: paragraphs with their heading styles; title from the document properties."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..article import Article
from ..errors import UnreadableFile
from ..textbuild import RawBlock, build_article
from .archive import check_unpacked_size


def load(path: Path) -> Article:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    if not zipfile.is_zipfile(path):
        raise UnreadableFile("is not a Word document (.docx files are zip archives)")
    try:
        with zipfile.ZipFile(path) as zf:
            check_unpacked_size(zf, path.stat().st_size)
            has_properties = "docProps/core.xml" in zf.namelist()
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, EOFError,
            XMLSyntaxError) as exc:
        raise UnreadableFile("is not a readable Word document") from exc

    # without a properties part python-docx makes up its own ("Word Document", today)
    props = document.core_properties if has_properties else None
    title = ((props.title if props else "") or "").strip()
    blocks: list[RawBlock] = []
    for para in document.paragraphs:
        style = (para.style.name if para.style is not None else "") or ""
        text = para.text
        if not text.strip():
            continue
        if style == "Title" and not title and not blocks:
            title = text.strip()
            continue
        heading = style == "Title" or style.startswith("Heading")
        if heading and not title and not blocks and style in ("Heading 1", "Heading1"):
            title = text.strip()
            continue
        blocks.append(RawBlock(text, heading=heading))
    created = props.created.date().isoformat() if props and props.created else None
    author = ((props.author if props else "") or "").strip() or None
    return build_article(blocks, title=title or None, author=author, date=created, fmt="docx")
