"""Word documents (.docx): the body in reading order, footnotes and endnotes as notes.

The document's own title, author, date and abstract paragraphs (its Title, Author, Date and
Abstract styles at the top) are its header, not its text; the document properties fill in what
they leave out. Headers, footers and comments are not part of the text. Its sections are its
headings (heading styles and outline levels), the three outermost levels it uses.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from ..article import Article
from ..errors import UnreadableFile
from ..textbuild import NOTE_MARK, RawBlock, build_article, normalize_block
from .archive import check_unpacked_size
from .docx_body import BodyReader, read_notes
from .docx_inline import Piece
from .docx_package import (
    NOT_READABLE,
    OLE_MAGIC,
    STRICT_MESSAGE,
    STRICT_W,
    CoreProperties,
    Package,
    W,
    why_not_zip,
)
from .docx_styles import Styles, language_code

HEADING_LEVELS = 3  # sections: Heading 1 to 3 (or the three outermost levels used)


def load(path: Path) -> Article:
    if not zipfile.is_zipfile(path):
        with path.open("rb") as f:
            data = f.read(len(OLE_MAGIC))
            if data == OLE_MAGIC:
                data += f.read()
        raise UnreadableFile(why_not_zip(data))
    try:
        with zipfile.ZipFile(path) as zf:
            check_unpacked_size(zf, path.stat().st_size)
            return _load(Package(zf))
    except (KeyError, ValueError, zipfile.BadZipFile, EOFError, zlib.error,
            NotImplementedError) as exc:
        raise UnreadableFile(NOT_READABLE) from exc


def _load(package: Package) -> Article:
    main = package.main_document()
    root = package.xml(main)
    if root is None or not isinstance(root.tag, str):
        raise UnreadableFile(NOT_READABLE)
    if root.tag.startswith(STRICT_W):
        raise UnreadableFile(STRICT_MESSAGE)
    if root.tag != f"{W}document":
        raise UnreadableFile("is not a Word document (it holds no document body)")
    styles = Styles(package.xml(package.related(main, "styles")))
    notes = {kind: read_notes(package.xml(package.related(main, f"{kind}s")), styles)
             for kind in ("footnote", "endnote")}
    reader = BodyReader(styles, notes)
    front = _front(reader.read(root.find(f"{W}body")))
    core = package.core_properties() or CoreProperties()
    title = front.title or core.title
    from_heading = False
    if not title and front.blocks and front.blocks[0].heading:
        # no Title paragraph and no title property: the first heading names the document,
        # and stays in the text where it stands
        title, from_heading = normalize_block(front.blocks[0].text).replace(NOTE_MARK, ""), True
    article = build_article(
        front.blocks, title=title or None, author=front.author or core.author,
        date=front.date or core.created, fmt="docx", keep_first_block=from_heading,
        section_levels=HEADING_LEVELS)
    language = reader.language() or language_code(core.language)
    if language:
        article.meta["declared_language"] = language
    if front.abstract:
        article.meta["abstract"] = front.abstract
    return article


@dataclass
class _Front:
    blocks: list[RawBlock] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    date: str | None = None
    abstract: str | None = None


def _front(pieces: list[Piece]) -> _Front:
    """The paragraphs at the top in the Title, Author, Date and Abstract styles give the header.
    Headings stay in the text, the first one too: only the Title style names the title. A
    document that is nothing but such paragraphs keeps them as its text."""
    found: dict[str, list[str]] = {}
    kept: list[RawBlock] = []  # a subtitle stays in the text, as a heading
    start = 0
    for start, piece in enumerate(pieces):  # noqa: B007 (start is where the body begins)
        text = normalize_block(piece.block.text)
        if not piece.role or NOTE_MARK in text:
            break
        if piece.role == "subtitle":
            kept.append(piece.block)
        else:
            found.setdefault(piece.role, []).append(text)
    else:
        start = len(pieces)
    kept.extend(p.block for p in pieces[start:])
    if not any(normalize_block(b.text).replace(NOTE_MARK, "") for b in kept):
        return _Front([p.block for p in pieces], title=" ".join(found.get("title", [])) or None)
    return _Front(
        kept,
        title=" ".join(found.get("title", [])) or None,
        author=", ".join(found.get("author", [])) or None,
        date=" ".join(found.get("date", [])) or None,
        abstract="\n\n".join(found.get("abstract", [])) or None,
    )
