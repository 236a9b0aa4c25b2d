"""What an (X)HTML element declares itself to be: EPUB's ``epub:type`` and ARIA's DPUB ``role``.

Both vocabularies name the same things (``epub:type="footnote"``, ``role="doc-footnote"``), so
an element's kinds are the union of the two, without the ``doc-`` prefix. From them follow the
parts of a book that are front or back matter, notes, note references and page-break markers.
"""

from __future__ import annotations

import re
from typing import Any

_OPS_TYPE = "{http://www.idpf.org/2007/ops}type"

# Declared kind -> the Paragraph.matter it gives (front and back matter of a book).
MATTER = {
    "toc": "contents", "lot": "contents", "loi": "contents", "lov": "contents",
    "loa": "contents", "copyright-page": "copyright", "colophon": "colophon",
    "titlepage": "front", "halftitlepage": "front", "seriespage": "front", "cover": "front",
    "frontispiece": "front", "acknowledgments": "front", "dedication": "front",
    "imprint": "front", "imprimatur": "front", "contributors": "front", "other-credits": "front",
    "index": "index", "bibliography": "back", "errata": "back", "credits": "back",
}
# A note's body, and a part of the book that holds nothing but notes.
NOTE_BODY = {"footnote", "endnote", "rearnote", "note", "annotation", "sidebar", "tip",
             "pullquote"}
NOTES_PART = {"footnotes", "endnotes", "rearnotes", "notes"}
NOTE_REF = {"noteref", "annoref", "biblioref-note"}
_PAGEBREAK = {"pagebreak"}
_PAGE_CLASS = re.compile(r"\b(?:page-?num(?:ber)?|pagebreak|page-break|pageno|l(?:ine-?)?num"
                         r"(?:ber)?|linenumber)\b", re.I)
_PAGE_LABEL = re.compile(r"^\W*(?:p(?:age|g|p)?\.?\s*)?(?:\d{1,5}|[ivxlcdm]{1,8})\W*$", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def kinds(el: Any) -> set[str]:
    """The element's declared kinds: ``epub:type`` values and ``role`` values (``doc-`` off)."""
    get = el.get
    declared = get(_OPS_TYPE) or get("epub:type") or ""
    role = get("role") or ""
    if not declared and not role:
        return set()
    out = {t.rsplit(":", 1)[-1].lower() for t in declared.split()}
    out.update(r.lower().removeprefix("doc-") for r in role.split())
    return out


def matter_of(found: set[str]) -> str:
    for kind in found:
        if kind in MATTER:
            return MATTER[kind]
    return ""


def is_hidden(el: Any) -> bool:
    return (el.get("hidden") is not None or el.get("aria-hidden") == "true"
            or bool(_HIDDEN_STYLE.search(el.get("style") or "")))


def is_page_marker(el: Any, found: set[str]) -> bool:
    """A printed page's (or a poem's line) number standing in the text: declared
    (``pagebreak``), or an element classed as one whose text is a number
    (``<span class="pagenum">[175]</span>``, ``<span class="lnum">20</span>``)."""
    if found & _PAGEBREAK:
        return True
    cls = el.get("class")
    return bool(cls and _PAGE_CLASS.search(cls)
                and _PAGE_LABEL.match("".join(el.itertext()).strip() or "0"))
