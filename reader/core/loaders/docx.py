"""Word documents: paragraphs with their heading styles; title from the document properties."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..article import Article
from ..errors import UnreadableFile
from ..textbuild import RawBlock, build_article


def load(path: Path) -> Article:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if not zipfile.is_zipfile(path):
        raise UnreadableFile("is not a Word document (.docx files are zip archives)")
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise UnreadableFile("is not a readable Word document") from exc

    props = document.core_properties
    title = (props.title or "").strip()
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
    created = props.created.date().isoformat() if props.created else None
    return build_article(blocks, title=title or None, author=(props.author or "").strip() or None,
                         date=created, fmt="docx")
