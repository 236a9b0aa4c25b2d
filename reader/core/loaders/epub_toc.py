"""An EPUB's table of contents: the navigation document's ``toc`` nav (EPUB 3), else the NCX's
navMap (EPUB 2), as entries in reading order with their depth and where they point (a part of
the book and, for an entry that points into the middle of it, an element id).

Everything is read from inside the archive by name; the XML parser resolves no entities and
fetches nothing.
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass
from typing import Any

from .epub_package import Package, inside, parse, read
from .semantics import kinds

MAX_ENTRIES = 20_000  # a contents longer than any book's is read this far
_MAX_DEPTH = 12


@dataclass(frozen=True)
class Entry:
    part: str  # the part's name inside the archive
    fragment: str  # the element's id, or "" for the part's start
    title: str
    level: int  # 1 for the outermost entries


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _words(el: Any) -> str:
    return " ".join("".join(el.itertext()).split()) if el is not None else ""


def contents(zf: zipfile.ZipFile, pkg: Package) -> list[Entry]:
    """The book's contents, from its navigation document or else its NCX; [] without either."""
    names = set(zf.namelist())
    found: list[Entry] = []
    if pkg.nav:
        found = _nav_entries(zf, pkg.nav, names)
    if not found and pkg.ncx:
        found = _ncx_entries(zf, pkg.ncx, names)
    return found[:MAX_ENTRIES]


def _nav_entries(zf: zipfile.ZipFile, name: str, names: set[str]) -> list[Entry]:
    root = parse(read(zf, name), html=True)
    if root is None:
        return []
    navs = [el for el in root.iter() if _local(el.tag) == "nav"]
    toc = next((nav for nav in navs if "toc" in kinds(nav)), None)
    if toc is None:
        return []
    out: list[Entry] = []
    base = posixpath.dirname(name)
    for ol in _children(toc, "ol"):
        _nav_list(ol, 1, base, name, names, out)
    return out


def _children(el: Any, tag: str) -> list[Any]:
    """``el``'s descendants named ``tag`` that no other such element holds (through wrappers
    such as a ``div`` around the list)."""
    out = []
    for child in el:
        local = _local(child.tag)
        if local == tag:
            out.append(child)
        elif local and local not in ("ol", "ul", "li", "a"):
            out.extend(_children(child, tag))
    return out


def _nav_list(ol: Any, level: int, base: str, doc: str, names: set[str],
              out: list[Entry]) -> None:
    if level > _MAX_DEPTH:
        return
    for li in _children(ol, "li"):
        label = next((c for c in li.iter() if _local(c.tag) in ("a", "span")), None)
        title = _words(label)
        href = label.get("href") if label is not None and _local(label.tag) == "a" else None
        target = _target(base, doc, href, names) if href else None
        mine = len(out)
        for sub in _children(li, "ol"):
            _nav_list(sub, level + 1, base, doc, names, out)
        if target is None and len(out) > mine:
            # a heading of the contents without a link of its own: it begins with its first
            # entry
            target = (out[mine].part, out[mine].fragment)
        if target is not None and title:
            out.insert(mine, Entry(target[0], target[1], title, level))
        if len(out) > MAX_ENTRIES:
            return


def _target(base: str, doc: str, href: str, names: set[str]) -> tuple[str, str] | None:
    if href.startswith("#"):
        return doc, href[1:]
    return inside(base, href, names)


def _ncx_entries(zf: zipfile.ZipFile, name: str, names: set[str]) -> list[Entry]:
    root = parse(read(zf, name))
    if root is None:
        return []
    nav_map = next((el for el in root.iter() if _local(el.tag) == "navmap"), None)
    out: list[Entry] = []
    if nav_map is not None:
        _ncx_points(nav_map, 1, posixpath.dirname(name), name, names, out)
    return out


def _ncx_points(parent: Any, level: int, base: str, doc: str, names: set[str],
                out: list[Entry]) -> None:
    if level > _MAX_DEPTH:
        return
    for point in parent:
        if _local(point.tag) != "navpoint":
            continue
        label = next((c for c in point if _local(c.tag) == "navlabel"), None)
        text = next((c for c in label.iter() if _local(c.tag) == "text"), None) \
            if label is not None else None
        content = next((c for c in point if _local(c.tag) == "content"), None)
        src = content.get("src") if content is not None else None
        target = _target(base, doc, src, names) if src else None
        title = _words(text)
        if target is not None and title:
            out.append(Entry(target[0], target[1], title, level))
        _ncx_points(point, level + 1, base, doc, names, out)
        if len(out) > MAX_ENTRIES:
            return
