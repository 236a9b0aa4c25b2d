"""Blocks of readable text from an (X)HTML tree, shared by the HTML fallback and EPUB chapters.

Every block-level element's own text is one block, in document order. What is not text is left
out: scripts, forms, ruby annotations (the base text stays: 山路, not 山路やまみち), page-break
markers, hidden elements. Formulas (MathML) read as a line of text. Footnotes, endnotes and
sidebars become the notes of the block they belong to, a reference to one leaving a NOTE_MARK
where it stood. In a book (``Options.book``) headers and footers are part of the text and a contents
``<nav>`` is read as contents matter; on a web page they are furniture. The text of SVG pictures
is read only when asked (a fixed-layout page's text, not a diagram's labels).

Sections: the block where an element named in ``Options.anchors`` begins (a book's contents
point at it) begins those sections; with ``Options.heading_sections`` the headings h1 to h3
begin sections of their own (a web page's fallback reading).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from ..textbuild import (
    CELL_SEPARATOR,
    NOTE_MARK,
    SHORT_CELL,
    RawBlock,
    RawNote,
    SectionStart,
    normalize_block,
)
from .listnumbers import item_label, number
from .mathml import linearize
from .notelinks import PENDING, NoteLinks, strip_backlink
from .semantics import (
    NOTE_BODY,
    NOTE_REF,
    NOTES_PART,
    is_hidden,
    is_page_marker,
    kinds,
    matter_of,
)
from .svgtext import svg_paragraphs

_SKIP = {"script", "style", "noscript", "template", "form", "button", "select", "iframe",
         "object", "embed", "head", "title", "video", "audio", "canvas", "input", "textarea",
         "rt", "rp", "rtc", "map", "img", "image"}
_WEB_SKIP = {"nav", "header", "footer", "svg"}  # furniture on a web page, text in a book
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCKS = _HEADINGS | {
    "p", "li", "blockquote", "pre", "dt", "dd", "figcaption", "td", "th", "div", "section",
    "article", "main", "body", "caption", "address", "header", "footer", "nav", "figure",
    "table", "tr", "ul", "ol", "dl", "hgroup", "details", "summary", "hr", "aside", "html"}
_SECTION_HEADINGS = {"h1", "h2", "h3"}
_NAV_SKIP = {"landmarks", "page-list"}  # a reading system's lists, not the book's
_CODE_CLASS = re.compile(r"code|program|screen|listing|source|synopsis|highlight|lang-", re.I)
_CODE_CHARS = re.compile(r"[<>{}\[\]();=/\\$#]")


@dataclass
class Options:
    book: bool = False
    doc: str = ""  # this document's name inside the book (for note links)
    links: NoteLinks | None = None
    matter: str = ""  # the whole document's, when the book declares it
    marked: dict[str, str] = field(default_factory=dict)  # element id -> matter (landmarks)
    svg_text: bool = False  # read the text of SVG pictures (a fixed-layout page's text)
    # element id -> the sections that begin where it does (a book's contents point there)
    anchors: dict[str, tuple[SectionStart, ...]] = field(default_factory=dict)
    heading_sections: bool = False  # h1-h3 begin sections


@dataclass
class _Buf:
    heading: bool = False
    matter: str = ""
    marker: str = ""  # a numbered list item's "3. ", put before its first text
    parts: list[str] = field(default_factory=list)
    notes: list[RawNote] = field(default_factory=list)  # one per NOTE_MARK in parts
    extra: list[RawNote] = field(default_factory=list)  # notes without a marker
    sections: tuple[SectionStart, ...] = ()  # the sections this block begins (a heading's)

    def has_text(self) -> bool:
        return any(p.strip() for p in self.parts)


def _local(tag: Any) -> str:
    if not isinstance(tag, str):
        return ""  # comments and processing instructions
    return tag.rsplit("}", 1)[-1].lower()


def _short_row(tr: Any) -> bool:
    """Two or more cells, each a short run of text with no block inside."""
    cells = [c for c in tr if _local(c.tag) in ("td", "th")]
    texts = ["".join(c.itertext()).strip() for c in cells]
    return (len([t for t in texts if t]) > 1 and len(cells) == len([c for c in tr if _local(c.tag)])
            and all(len(t) <= SHORT_CELL for t in texts)
            and not any(_local(d.tag) in _BLOCKS or _local(d.tag) in ("math", "svg")
                        for c in cells for d in c.iterdescendants()))


def _is_code(el: Any, text: str) -> bool:
    if _CODE_CLASS.search(el.get("class") or ""):
        return True
    if any(_local(d.tag) in ("code", "samp", "kbd") for d in el.iterdescendants()):
        return True
    letters = sum(1 for ch in text if not ch.isspace())
    return letters > 0 and len(_CODE_CHARS.findall(text)) / letters > 0.08


def _lead_in(text: str, heading: bool) -> str:
    """A heading inside a note leads into its text: "Note: This guide ..."."""
    return f"{text}:" if heading and text and text[-1].isalnum() else text


class _Walker:
    def __init__(self, opts: Options) -> None:
        self.opts = opts
        self.blocks: list[RawBlock] = []
        self.pending: list[RawNote] = []  # notes met before any block
        self.waiting: list[SectionStart] = []  # sections that begin with the next block
        self.after: list[SectionStart] = []  # ... with the block after the one being read

    def take_sections(self, own: tuple[SectionStart, ...] = ()) -> tuple[SectionStart, ...]:
        found, self.waiting = (*self.waiting, *own), []
        return found

    def emit(self, buf: _Buf) -> None:
        text = "".join(buf.parts)
        notes = buf.notes + buf.extra
        if text.replace(NOTE_MARK, "").strip():
            notes, self.pending = self.pending + notes, []
            self.blocks.append(RawBlock(buf.marker + text, buf.heading, tuple(notes),
                                        buf.matter, self.take_sections(buf.sections)))
            buf.marker = ""
            self.waiting, self.after = self.after, []
        elif notes:
            self.attach([n for n in notes if not n.text.startswith(PENDING)])
        buf.parts, buf.notes, buf.extra = [], [], []

    def attach(self, notes: list[RawNote]) -> None:
        """Notes without a marker (sidebars, unreferenced notes): with the block before."""
        if not self.blocks:
            self.pending.extend(notes)
            return
        last = self.blocks[-1]
        self.blocks[-1] = replace(last, notes=last.notes + tuple(notes))

    def tail(self, el: Any, buf: _Buf) -> None:
        if el.tail:
            buf.parts.append(el.tail)

    def walk(self, el: Any, buf: _Buf, marker: str = "") -> None:
        name = _local(el.tag)
        if self.opts.anchors:
            self.anchor(el, name, buf)
        if not name or name in _SKIP or is_hidden(el) or \
                (name in _WEB_SKIP and not self.opts.book):
            return self.tail(el, buf)
        found = kinds(el)
        if is_page_marker(el, found):
            return self.tail(el, buf)
        links = self.opts.links
        if name == "a" and (links is not None or found & NOTE_REF):
            key = links.target_of(el, self.opts.doc) if links is not None else None
            if key:
                buf.parts.append(NOTE_MARK)
                buf.notes.append(RawNote(PENDING + key))
                return self.tail(el, buf)
            if found & NOTE_REF:  # its note is not in the book: no stray number in the text
                return self.tail(el, buf)
        if name == "math":
            buf.parts.append(f" {linearize(el)} ")
            return self.tail(el, buf)
        if name == "switch":
            self.switch(el, buf)
            return self.tail(el, buf)
        if name == "br":
            buf.parts.append(" ")
            return self.tail(el, buf)
        is_block = name in _BLOCKS or name == "svg"
        if is_block:
            key = links.note_key(el, self.opts.doc) if links is not None else None
            if key and not found & NOTE_BODY and len("".join(el.itertext())) > 2500:
                key = None  # a whole passage is no note, whatever links to it
            if key or name == "aside" or found & NOTE_BODY:
                self.note(el, buf, key)
                return self.tail(el, buf)
            if found & NOTES_PART:
                self.notes_part(el, buf)
                return self.tail(el, buf)
        if name == "nav" and found & _NAV_SKIP:
            return self.tail(el, buf)
        if not is_block:
            buf.parts.append(el.text or "")
            for child in el:
                self.walk(child, buf)
            return self.tail(el, buf)
        matter = self.opts.marked.get(el.get("id") or "", "") or matter_of(found) or \
            ("contents" if name == "nav" else "") or \
            ("back" if name == "footer" and self.opts.book else "") or buf.matter
        own = _Buf(heading=name in _HEADINGS, matter=matter, marker=marker)
        if name == "tr" and _short_row(el) and not self._marked(el):
            if buf.has_text():
                self.emit(buf)
            self.row(el, own)
            return self.tail(el, buf)
        if self.opts.heading_sections and name in _SECTION_HEADINGS:
            own.sections = (SectionStart("", int(name[1])),)
        if buf.has_text():
            self.emit(buf)
        elif buf.marker:
            own.marker, buf.marker = buf.marker + own.marker, ""
        if name == "svg":
            for para in svg_paragraphs(el) if self.opts.svg_text else ():
                self.blocks.append(RawBlock(para, matter=matter, sections=self.take_sections()))
            return self.tail(el, buf)
        own.parts.append(el.text or "")
        count, kind = number(el.get("start"), 1), el.get("type")
        for child in el:
            label = ""
            if name == "ol" and _local(child.tag) == "li" and matter != "contents":
                count = number(child.get("value"), count)
                label, count = item_label(count, kind), count + 1
            self.walk(child, own, label)
        if name == "pre" and not own.matter and _is_code(el, "".join(own.parts)):
            own.matter = "code"
        self.emit(own)
        self.tail(el, buf)

    def _marked(self, tr: Any) -> bool:
        """Whether a row holds a place the book points at (a contents entry's target, a note's
        body): then its cells are walked one by one, as blocks, to find it."""
        links, doc = self.opts.links, self.opts.doc
        for d in tr.iter():
            if not isinstance(d.tag, str) or d is tr:
                continue
            if (d.get("id") or d.get("name") or "") in self.opts.anchors:
                return True
            if (links is not None and links.note_key(d, doc)) or kinds(d) & NOTE_BODY:
                return True
        return False

    def row(self, tr: Any, own: _Buf) -> None:
        """A row of short cells as one block: "a | b | c" (as Word tables are read)."""
        first = True
        for cell in tr:
            if _local(cell.tag) not in ("td", "th") or is_hidden(cell) or \
                    not "".join(cell.itertext()).strip():
                continue
            if not first:
                own.parts.append(CELL_SEPARATOR)
            first = False
            own.parts.append((cell.text or "").lstrip())
            for child in cell:
                self.walk(child, own)
        self.emit(own)

    def anchor(self, el: Any, name: str, buf: _Buf) -> None:
        """Sections that begin at ``el``: with the next block (a block element ends the text
        before it first, which is not part of them; an anchor inside a block after some of its
        text begins them with the block after it)."""
        starts = self.opts.anchors.get(el.get("id") or (el.get("name") if name == "a" else "")
                                       or "")
        if not starts:
            return
        if name in _BLOCKS or name == "svg":
            if buf.has_text():
                self.emit(buf)
            self.waiting.extend(starts)
        elif buf.has_text():
            self.after.extend(starts)
        else:
            self.waiting.extend(starts)

    def notes_part(self, part: Any, buf: _Buf) -> None:
        """A part of nothing but notes: each child is a note, or a group of them."""
        links, doc = self.opts.links, self.opts.doc
        for child in part:
            name = _local(child.tag)
            if not name or name in _HEADINGS or name in _SKIP:
                continue
            key = links.note_key(child, doc) if links is not None else None
            if key or kinds(child) & NOTE_BODY or not any(
                    kinds(d) & NOTE_BODY or (links is not None and links.note_key(d, doc))
                    for d in child.iterdescendants() if isinstance(d.tag, str)):
                self.note(child, buf, key)
            else:
                self.notes_part(child, buf)

    def switch(self, el: Any, buf: _Buf) -> None:
        """``epub:switch``: the case this reader renders (MathML), else the default."""
        cases = [c for c in el if _local(c.tag) == "case"
                 and "MathML" in (c.get("required-namespace") or "")]
        chosen = cases[0] if cases else next((c for c in el if _local(c.tag) == "default"),
                                             None)
        if chosen is not None:
            buf.parts.append(chosen.text or "")
            for child in chosen:
                self.walk(child, buf)

    def note(self, el: Any, buf: _Buf, key: str | None) -> None:
        """A note's body: stored for its references, or kept with the block before."""
        text = inner_text(el, Options(self.opts.book, self.opts.doc, None))
        if not text:
            return
        if key and self.opts.links is not None:
            self.opts.links.texts.setdefault(key, text)
        elif buf.has_text():
            buf.extra.append(RawNote(text))
        else:
            self.attach([RawNote(text)])


def inner_text(el: Any, opts: Options | None = None) -> str:
    """What an element holds, as one line of text (a note's, a sidebar's): its blocks joined,
    a heading leading into the text after it, a marker it starts with left out."""
    sub = _Walker(opts or Options())
    inner = _Buf()
    inner.parts.append(el.text or "")
    for child in el:
        sub.walk(child, inner)
    sub.emit(inner)
    pieces = [_lead_in(normalize_block(b.text.replace(NOTE_MARK, "")), b.heading)
              for b in sub.blocks]
    pieces += [normalize_block(n.text) for b in sub.blocks for n in b.notes
               if not n.text.startswith(PENDING)] + [n.text for n in sub.pending]
    return strip_backlink(" ".join(p for p in pieces if p))


def read_blocks(root: Any, opts: Options | None = None) -> tuple[list[RawBlock], list[RawNote]]:
    """The blocks of ``root`` in document order, and the notes met before any block (which
    belong with whatever came before this document)."""
    opts = opts or Options()
    walker = _Walker(opts)
    rest = _Buf(matter=opts.matter)
    walker.walk(root, rest)
    walker.emit(rest)
    return walker.blocks, walker.pending


def html_blocks(root: Any, opts: Options | None = None) -> list[RawBlock]:
    """Walk the tree in document order; every block-level element's own text is one block.
    Notes with nothing before them to belong to stand as text."""
    blocks, pending = read_blocks(root, opts)
    return blocks or [RawBlock(n.text) for n in pending]
