"""The text inside a Word paragraph: runs, hyperlinks, tracked changes, fields, symbols, notes.

What a reader of the printed page sees is kept: inserted text, hyperlinks' words, a field's
result (never its code), the characters a Symbol-font code shows. Deleted text, comment marks,
hidden text and the placeholder prompts of empty content controls are left out. A footnote or
endnote reference becomes a note marker with the note's text beside it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..textbuild import NOTE_MARK, RawBlock, RawNote
from .docx_package import W
from .docx_styles import Styles
from .docx_symbols import PRIVATE_USE, from_symbol_font, symbol_char

_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_MATH_T = "{http://schemas.openxmlformats.org/officeDocument/2006/math}t"
_SKIP = {f"{W}{tag}" for tag in (
    "del", "moveFrom", "delText", "delInstrText", "rt", "tblGrid", "commentReference",
    "annotationRef", "footnoteRef", "endnoteRef", "separator", "continuationSeparator")}
_SPACE = {f"{W}{tag}": " " for tag in ("tab", "ptab", "br", "cr")}
_SPACE[f"{W}noBreakHyphen"] = "-"
_NOTE_KIND = {f"{W}footnoteReference": "footnote", f"{W}endnoteReference": "endnote"}
_BOXES = {f"{W}drawing", f"{W}pict", f"{W}object", f"{_MC}AlternateContent"}
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_FIELD_MATTER = (
    (re.compile(r"^\s*TOC\b", re.IGNORECASE), "contents"),
    (re.compile(r"^\s*INDEX\b", re.IGNORECASE), "index"),
    (re.compile(r"^\s*(?:BIBLIOGRAPHY\b|ADDIN\b.{0,80}?(?:ZOTERO_BIBL|EN\.REFLIST|"
                r"CSL_BIBLIOGRAPHY|BIBLIOGRAPHY))", re.IGNORECASE | re.DOTALL), "back"),
)
_GALLERY_MATTER = {"table of contents": "contents", "bibliographies": "back",
                   "cover pages": "front"}


@dataclass
class Piece:
    """A block of the body, and its paragraph style's part in the document's front, if any."""

    block: RawBlock
    role: str = ""


@dataclass
class Paragraph:
    """A paragraph being read: its text, its notes in order, text boxes anchored in it."""

    style: str | None
    parts: list[str] = field(default_factory=list)
    notes: list[RawNote] = field(default_factory=list)
    after: list[Piece] = field(default_factory=list)
    matter: str = ""


@dataclass
class _Field:
    code: list[str] = field(default_factory=list)
    result: bool = False  # past its separator: what follows is shown
    matter: str = ""


def is_on(el: Any) -> bool:
    """A w:b / w:vanish style switch: present and not turned off."""
    return el is not None and el.get(f"{W}val") not in ("0", "false", "off")


def choose(alternate: Any) -> Any:
    """The branch of mc:AlternateContent to read: the first choice, else the fallback."""
    for tag in ("Choice", "Fallback"):
        branch = alternate.find(f"{_MC}{tag}")
        if branch is not None:
            return branch
    return None


def text_of(t: Any) -> str:
    # An unresolved entity is a child node: its name is not text, its tail is.
    return (t.text or "") + "".join(child.tail or "" for child in t)


def field_matter(code: str) -> str:
    return next((matter for pattern, matter in _FIELD_MATTER if pattern.match(code[:300])), "")


def gallery_matter(sdt_pr: Any) -> str:
    el = sdt_pr.find(f".//{W}docPartGallery") if sdt_pr is not None else None
    return _GALLERY_MATTER.get((el.get(f"{W}val") or "").casefold(), "") if el is not None else ""


class InlineReader:
    """Reads paragraph content; field and content-control state carries across paragraphs."""

    def __init__(self, styles: Styles, notes: dict[str, dict[str, str]],
                 read_box: Callable[[Any, list[Piece]], None]) -> None:
        self.styles = styles
        self.notes = notes
        self.languages: Counter[str] = Counter()
        self.matter_stack: list[str] = []  # from content controls around what is read
        self._fields: list[_Field] = []
        self._read_box = read_box

    def matter_now(self) -> str:
        for f in reversed(self._fields):
            if f.result and f.matter:
                return f.matter
        return self.matter_stack[-1] if self.matter_stack else ""

    def _visible(self) -> bool:
        return all(f.result for f in self._fields)

    def content(self, el: Any, para: Paragraph) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP or tag.endswith("Pr"):
                continue
            if tag == f"{W}r":
                self._run(child, para)
            elif tag == f"{W}sdt":
                self.control(child, lambda content: self.content(content, para))
            elif tag == f"{_MC}AlternateContent":
                branch = choose(child)
                if branch is not None:
                    self.content(branch, para)
            elif tag == f"{W}fldSimple":
                code = child.get(f"{W}instr") or ""
                self._fields.append(_Field([code], True, field_matter(code)))
                self.content(child, para)
                self._fields.pop()
            elif tag == _MATH_T:
                if self._visible():
                    self._emit(text_of(child), para)
            else:  # hyperlink, ins, moveTo, smartTag, customXml, dir, bdo, math, ruby base
                self.content(child, para)

    def control(self, sdt: Any, read: Callable[[Any], None]) -> None:
        """A content control (w:sdt): its content, unless it only shows its placeholder."""
        pr = sdt.find(f"{W}sdtPr")
        content = sdt.find(f"{W}sdtContent")
        if content is None or (pr is not None and pr.find(f"{W}showingPlcHdr") is not None):
            return
        matter = gallery_matter(pr)
        self.matter_stack.append(matter or self.matter_now())
        try:
            read(content)
        finally:
            self.matter_stack.pop()

    def _run(self, run: Any, para: Paragraph) -> None:
        pr = run.find(f"{W}rPr")
        hidden = pr is not None and is_on(pr.find(f"{W}vanish"))
        fonts = pr.find(f"{W}rFonts") if pr is not None else None
        symbol = fonts is not None and "symbol" in (
            (fonts.get(f"{W}ascii") or "") + (fonts.get(f"{W}hAnsi") or "")).casefold()
        custom_mark = False
        for child in run:
            tag = child.tag
            if tag == f"{W}t":
                if not (hidden or custom_mark) and self._visible():
                    text = text_of(child)
                    if self._emit(from_symbol_font(text) if symbol else text, para):
                        self._count_language(text, pr, para.style)
            elif tag == f"{W}fldChar":
                self._field_char(child.get(f"{W}fldCharType"))
            elif tag == f"{W}instrText":
                if self._fields and not self._fields[-1].result:
                    self._fields[-1].code.append(text_of(child))
            elif hidden or not self._visible():
                continue
            elif tag in _SPACE:
                para.parts.append(_SPACE[tag])
            elif tag == f"{W}sym":
                if "symbol" in (child.get(f"{W}font") or "").casefold():
                    code = child.get(f"{W}char") or ""
                    para.parts.append(symbol_char(int(code, 16)) if _is_hex(code) else "")
            elif tag in _NOTE_KIND:
                note = self.notes.get(_NOTE_KIND[tag], {}).get(child.get(f"{W}id") or "")
                if note is not None:
                    para.parts.append(NOTE_MARK)
                    para.notes.append(RawNote(note))
                # a mark of the author's own ("*") follows in the run: the marker stands for it
                custom_mark = child.get(f"{W}customMarkFollows") in ("1", "true", "on")
            elif tag in _BOXES:
                for box in text_boxes(child):
                    self._read_box(box, para.after)
            elif tag == f"{W}ruby":
                base = child.find(f"{W}rubyBase")
                if base is not None:
                    self.content(base, para)

    def _field_char(self, kind: str | None) -> None:
        if kind == "begin":
            self._fields.append(_Field())
        elif kind == "separate" and self._fields:
            top = self._fields[-1]
            top.result, top.matter = True, field_matter("".join(top.code))
        elif kind == "end" and self._fields:
            self._fields.pop()

    def _emit(self, text: str, para: Paragraph) -> bool:
        text = PRIVATE_USE.sub("", text)
        if not text:
            return False
        para.parts.append(text)
        if not para.matter:
            para.matter = self.matter_now()
        return True

    def _count_language(self, text: str, pr: Any, paragraph_style: str | None) -> None:
        if text.isspace():
            return
        attribute = "eastAsia" if _CJK.search(text) else "bidi" if _RTL.search(text) else "val"
        style = pr.find(f"{W}rStyle") if pr is not None else None
        lang = self.styles.language(attribute, pr.find(f"{W}lang") if pr is not None else None,
                                    style.get(f"{W}val") if style is not None else None,
                                    paragraph_style)
        if lang:
            self.languages[lang] += len(text)


def _is_hex(code: str) -> bool:
    return bool(code) and len(code) <= 4 and all(c in "0123456789abcdefABCDEF" for c in code)


def text_boxes(el: Any) -> Iterator[Any]:
    """The outermost w:txbxContent elements in a drawing, one branch of each alternative."""
    if not isinstance(el.tag, str):
        return
    if el.tag == f"{W}txbxContent":
        yield el
        return
    if el.tag == f"{_MC}AlternateContent":
        el = choose(el)
        if el is None:
            return
    for child in el:
        yield from text_boxes(child)
