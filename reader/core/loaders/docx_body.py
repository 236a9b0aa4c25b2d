"""A Word document's body in reading order: paragraphs, tables row by row, content controls,
and text boxes right after the paragraph they are anchored in; footnotes and endnotes as the
texts their references point to."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..textbuild import CELL_SEPARATOR, NOTE_MARK, SHORT_CELL, RawBlock, SectionStart
from .docx_inline import InlineReader, Paragraph, Piece, choose
from .docx_package import W
from .docx_styles import Styles, outline_level

_MC_ALTERNATE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
_SKIP = {f"{W}{tag}" for tag in ("del", "moveFrom", "altChunk", "tblGrid")}
_NOT_NOTES = {"separator", "continuationSeparator", "continuationNotice"}


class BodyReader:
    def __init__(self, styles: Styles, notes: dict[str, dict[str, str]] | None = None) -> None:
        self.styles = styles
        self.inline = InlineReader(styles, notes or {}, self.blocks)
        self._drop_cap: list[str] = []  # a large first letter, set apart, waiting for its word

    def read(self, container: Any) -> list[Piece]:
        out: list[Piece] = []
        if container is not None:
            self.blocks(container, out)
        return out

    def language(self) -> str | None:
        """The language most of the text is declared in."""
        common = self.inline.languages.most_common(1)
        return common[0][0] if common else None

    def blocks(self, el: Any, out: list[Piece]) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP or tag.endswith("Pr"):
                continue
            if tag == f"{W}p":
                self._paragraph(child, out)
            elif tag == f"{W}tbl":
                self._table(child, out)
            elif tag == f"{W}sdt":
                self.inline.control(child, lambda content: self.blocks(content, out))
            elif tag == _MC_ALTERNATE:
                branch = choose(child)
                if branch is not None:
                    self.blocks(branch, out)
            else:  # customXml and other wrappers
                self.blocks(child, out)

    def _paragraph(self, p: Any, out: list[Piece]) -> None:
        ppr = p.find(f"{W}pPr")
        style_el = ppr.find(f"{W}pStyle") if ppr is not None else None
        style = style_el.get(f"{W}val") if style_el is not None else None
        para = Paragraph(style, parts=self._drop_cap)
        self._drop_cap = []
        self.inline.content(p, para)
        frame = ppr.find(f"{W}framePr") if ppr is not None else None
        if frame is not None and frame.get(f"{W}dropCap") in ("drop", "margin") \
                and not para.notes and not para.after:
            self._drop_cap = para.parts
            return
        text = "".join(para.parts)
        if text.replace(NOTE_MARK, "").strip() or para.notes:
            level = outline_level(ppr)
            heading = self.styles.is_heading(style) or (level is not None and level < 9)
            matter = para.matter or self.styles.matter(style)
            depth = level + 1 if level is not None and level < 9 else \
                self.styles.heading_level(style)
            sections = (SectionStart("", depth, matter),) if heading and depth else ()
            out.append(Piece(RawBlock(text, heading, tuple(para.notes), matter, sections),
                             self.styles.role(style)))
        out.extend(para.after)

    def _table(self, tbl: Any, out: list[Piece]) -> None:
        for row in _children(tbl, f"{W}tr"):
            props = row.find(f"{W}trPr")
            if props is not None and props.find(f"{W}del") is not None:
                continue  # a row deleted with changes tracked
            cells: list[list[Piece]] = []
            for cell in _children(row, f"{W}tc"):
                pieces: list[Piece] = []
                self.blocks(cell, pieces)
                if pieces:
                    cells.append(pieces)
            out.extend(_row(cells))


def _row(cells: list[list[Piece]]) -> list[Piece]:
    """One line "a | b | c" for a row of short cells; a row holding prose, several paragraphs in
    a cell or a table within keeps each paragraph its own block, cell after cell."""
    if all(len(c) == 1 and not c[0].block.heading and len(c[0].block.text) <= SHORT_CELL
           for c in cells) and len(cells) > 1:
        blocks = [c[0].block for c in cells]
        return [Piece(RawBlock(
            CELL_SEPARATOR.join(b.text.strip() for b in blocks),
            notes=tuple(n for b in blocks for n in b.notes),
            matter=next((b.matter for b in blocks if b.matter), ""),
            sections=tuple(s for b in blocks for s in b.sections)))]
    return [piece for cell in cells for piece in cell]


def _children(el: Any, tag: str) -> Iterator[Any]:
    """Children with ``tag``, looking through content controls and custom XML around them."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _children(content, tag)
        elif child.tag == f"{W}customXml":
            yield from _children(child, tag)


def read_notes(root: Any, styles: Styles) -> dict[str, str]:
    """Footnote or endnote texts by id, from a footnotes or endnotes part."""
    notes: dict[str, str] = {}
    if root is None:
        return notes
    for note in root:
        if not isinstance(note.tag, str) or note.get(f"{W}type") in _NOT_NOTES:
            continue
        pieces = BodyReader(styles).read(note)
        notes[note.get(f"{W}id") or ""] = "\n".join(
            p.block.text.replace(NOTE_MARK, "") for p in pieces)
    return notes
