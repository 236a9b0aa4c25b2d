"""Footnotes and endnotes of (X)HTML documents: which links are note references, and the notes.

A reference is declared (``epub:type="noteref"``, ``role="doc-noteref"``) or looks like one: a
link to an anchor whose text is a number or a mark (``1``, ``[2]``, ``*``, ``†``) set as a
superscript or classed as a note. Before the text is read, every document of a book is scanned
for references (:meth:`NoteLinks.scan`); the walker then knows which elements are notes when it
meets them, stores their text, and leaves a placeholder where each reference stands, resolved
once the whole book is read (:func:`resolve`).
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import replace
from typing import Any
from urllib.parse import unquote

from ..textbuild import NOTE_MARK, RawBlock, RawNote
from .semantics import NOTE_REF, kinds

PENDING = "\ue001"  # a RawNote's text until its note is found: PENDING + key
_MARKER = re.compile(r"^\s*[\[(]?\s*(?:\d{1,3}[a-z]?|[*†‡§¶#]{1,3}|[a-z])\s*[\])]?\s*$", re.I)
_BRACKETED = re.compile(r"^\s*\[\s*(?:\d{1,3}|[a-z])\s*\]\s*$", re.I)
_NOTE_CLASS = re.compile(r"note|fn|footnote|endnote|ref", re.I)
_INLINE_ANCHORS = {"a", "span", "sup", "b", "strong", "em", "i", "small", "cite"}
_EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


class NoteLinks:
    def __init__(self) -> None:
        self.targets: set[str] = set()  # keys ("doc#id") that some reference points at
        self.texts: dict[str, str] = {}  # key -> the note's text, as the walker finds them

    @staticmethod
    def key(doc: str, href: str) -> str | None:
        """``doc#id`` for a link inside the book (relative to the document ``doc``)."""
        if "#" not in href or _EXTERNAL.match(href):
            return None
        path, _, frag = href.partition("#")
        if not frag:
            return None
        if path:
            path = posixpath.normpath(posixpath.join(posixpath.dirname(doc), unquote(path)))
        return f"{path or doc}#{unquote(frag)}"

    @staticmethod
    def looks_like_ref(el: Any) -> bool:
        """A link written as a note reference (declared, or a marker set as a superscript)."""
        if kinds(el) & NOTE_REF:
            return True
        text = "".join(el.itertext())
        if not _MARKER.match(text):
            return False
        if _BRACKETED.match(text) or _NOTE_CLASS.search(el.get("class") or ""):
            return True
        parent = el.getparent()
        return (parent is not None and _local(parent.tag) == "sup") or \
            any(_local(c.tag) == "sup" for c in el)

    def scan(self, root: Any, doc: str) -> None:
        for el in root.iter("{*}a", "a"):
            if el.get("href") and self.looks_like_ref(el):
                key = self.key(doc, el.get("href"))
                if key:
                    self.targets.add(key)

    def target_of(self, el: Any, doc: str) -> str | None:
        """The key of the note ``el`` (a link) refers to, if it is a note reference."""
        href = el.get("href")
        if not href or not self.looks_like_ref(el):
            return None
        key = self.key(doc, href)
        return key if key in self.targets else None

    def note_key(self, el: Any, doc: str) -> str | None:
        """The key by which references find ``el``, if some reference points at it: its own
        id, or the id of an anchor it starts with (``<p><a id="fn1">1</a> The note.</p>``)."""
        ident = el.get("id")
        if ident and f"{doc}#{ident}" in self.targets:
            return f"{doc}#{ident}"
        if (el.text or "").strip():
            return None
        for child in el:
            if not isinstance(child.tag, str):
                continue
            if _local(child.tag) not in _INLINE_ANCHORS:
                break
            ident = child.get("id")
            if ident and f"{doc}#{ident}" in self.targets:
                return f"{doc}#{ident}"
            if "".join(child.itertext()).strip() or (child.tail or "").strip():
                break
        return None


def strip_backlink(text: str) -> str:
    """A note's text without the marker it starts with (a link back to the reference)."""
    m = re.match(r"^\s*[\[(]?\s*(?:\d{1,3}[a-z]?|[*†‡§¶#]{1,3})\s*[\]).:]?\s+", text)
    return text[m.end():] if m else text


def resolve(blocks: list[RawBlock], texts: dict[str, str]) -> list[RawBlock]:
    """Blocks whose pending notes are filled in; a reference to a note that never turned up
    loses its marker (nothing is glued into the sentence)."""
    out: list[RawBlock] = []
    for block in blocks:
        if not any(n.text.startswith(PENDING) for n in block.notes):
            out.append(block)
            continue
        pieces = block.text.split(NOTE_MARK)
        text = pieces[0]
        notes: list[RawNote] = []
        for i, note in enumerate(block.notes):
            found = texts.get(note.text[1:]) if note.text.startswith(PENDING) else note.text
            if i + 1 < len(pieces):
                text += (NOTE_MARK if found else "") + pieces[i + 1]
            if found:
                notes.append(RawNote(found))
        text += "".join(NOTE_MARK + p for p in pieces[len(block.notes) + 1:])
        out.append(replace(block, text=text, notes=tuple(notes)))
    return out
