"""EPUB: chapters in spine order, metadata from the OPF package document.

Footnotes, endnotes and sidebars become the article's notes (a reference's number is never glued
to a word); the parts of the book that are front or back matter (contents, copyright page,
colophon, title page, index; declared by the parts themselves, the landmarks or the EPUB 2
guide, or a page that is nothing but links to the chapters) keep that kind. Fixed-layout pages
are read from their SVG text, or from their pictures' descriptions when that is all they have.
The book's sections are its table of contents (``epub_toc``): an entry begins at the start of its
part, or at the element it points to in the middle of one.

Everything is read from inside the archive by name; nothing outside it is ever opened, and the
XML parsers resolve no entities and fetch nothing.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..article import Article
from ..errors import UnreadableFile
from ..textbuild import RawBlock, RawNote, SectionStart, build_article
from .archive import check_unpacked_size
from .epub_package import Package, Part, parse, read, read_package
from .epub_toc import Entry, contents
from .markup import Options, read_blocks
from .notelinks import NoteLinks, resolve

_CACHE_BYTES = 8 * 1024 * 1024  # parsed chapters kept between the two readings, at most
_EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)
_GENERIC_ALT = re.compile(r"^(?:(?:front |back )?cover(?: image| art)?|image|picture|photo|"
                          r"illustration|figure|logo|img|graphic|\S+\.(?:jpe?g|png|gif|svg|webp))"
                          r"\s*\d*$", re.I)
_SPACE = re.compile(r"\s+")
_DOCUMENT_TYPES = ("html", "xml", "svg")


def load(path: Path) -> Article:
    if not zipfile.is_zipfile(path):
        raise UnreadableFile("is not an EPUB book (EPUB files are zip archives)")
    try:
        with zipfile.ZipFile(path) as zf:
            check_unpacked_size(zf, path.stat().st_size)
            return _load(zf)
    except (zipfile.BadZipFile, KeyError, EOFError) as exc:
        raise UnreadableFile("is a damaged EPUB book") from exc


def _body(root: Any) -> Any:
    return next((el for el in root.iter() if isinstance(el.tag, str)
                 and el.tag.rsplit("}", 1)[-1] == "body"), root)


def _chars(el: Any) -> int:
    return len(_SPACE.sub("", el.xpath("string()")))


def _is_contents(body: Any) -> bool:
    """A page that is mostly links to other parts of the book: a table of contents."""
    linked = links = 0
    for a in body.iter("{*}a", "a"):
        href = a.get("href") or ""
        if href and not href.startswith("#") and not _EXTERNAL.match(href):
            links += 1
            linked += _chars(a)
    if links < 3:
        return False
    total = _chars(body)
    return total > 0 and linked / total >= 0.6


def _picture_text(body: Any) -> list[RawBlock]:
    """A page that is only pictures (a fixed-layout comic): what their descriptions say."""
    blocks = []
    for img in body.iter():
        if isinstance(img.tag, str) and img.tag.rsplit("}", 1)[-1] == "img":
            alt = " ".join((img.get("alt") or "").split())
            if alt and not _GENERIC_ALT.match(alt):
                blocks.append(RawBlock(alt))
    return blocks


def _attach(blocks: list[RawBlock], notes: list[RawNote]) -> None:
    if notes and blocks:
        last = blocks[-1]
        blocks[-1] = replace(last, notes=last.notes + tuple(notes))


def _load(zf: zipfile.ZipFile) -> Article:
    pkg = read_package(zf)
    parts = [p for p in pkg.spine if any(t in p.media_type for t in _DOCUMENT_TYPES)
             or not p.media_type]
    links = NoteLinks()
    toc: dict[str, list[Entry]] = {}
    for entry in contents(zf, pkg):
        toc.setdefault(entry.part, []).append(entry)
    cache: dict[str, Any] = {}
    kept = 0
    for part in parts:  # first reading: which links are note references
        data = read(zf, part.name)
        root = parse(data, html=True)
        if root is None:
            continue
        links.scan(root, part.name)
        if kept + len(data) <= _CACHE_BYTES:
            cache[part.name] = root
            kept += len(data)
    blocks: list[RawBlock] = []
    for part in parts:
        root = cache.pop(part.name, None)
        if root is None:
            root = parse(read(zf, part.name), html=True)
        if root is None:
            continue
        found, leftover = _read_part(part, _body(root), pkg, links, toc.get(part.name, []))
        _attach(blocks, leftover)
        if part.linear:
            blocks.extend(found)
    blocks = resolve(blocks, links.texts)
    article = build_article(blocks, title=pkg.title, author=pkg.author, date=pkg.date,
                            fmt="epub")
    if pkg.language:
        article.meta["declared_language"] = pkg.language
    return article


def _read_part(part: Part, body: Any, pkg: Package, links: NoteLinks,
               entries: list[Entry]) -> tuple[list[RawBlock], list[RawNote]]:
    marked = {frag: matter for (name, frag), matter in pkg.declared.items()
              if name == part.name and frag}
    matter = pkg.declared.get((part.name, ""), "")
    if not matter and _is_contents(body):
        matter = "contents"
    picture_page = pkg.fixed or "svg" in part.media_type
    at_start, anchors = _sections(part.name, body, entries, pkg, matter)
    opts = Options(book=True, doc=part.name, links=links, matter=matter, marked=marked,
                   svg_text=picture_page, anchors=anchors)
    found, leftover = read_blocks(body, opts)
    if not found and not leftover and not picture_page:  # a page that is only a picture
        opts.svg_text = True
        found, leftover = read_blocks(body, opts)
    if not found and not leftover:
        found = [RawBlock(b.text, matter=matter) for b in _picture_text(body)]
    if found and at_start:
        found[0] = replace(found[0], sections=at_start + found[0].sections)
    return found, leftover


def _sections(name: str, body: Any, entries: list[Entry], pkg: Package, matter: str
              ) -> tuple[tuple[SectionStart, ...], dict[str, tuple[SectionStart, ...]]]:
    """The sections of the contents that begin in this part: those at its start (an entry
    whose element is not there begins there too), and those at an element inside it, by id."""
    if not entries:
        return (), {}
    ids = {el.get("id") or el.get("name") for el in body.iter() if isinstance(el.tag, str)}
    at_start: list[SectionStart] = []
    anchors: dict[str, tuple[SectionStart, ...]] = {}
    for e in entries:
        inner = e.fragment in ids and e.fragment != body.get("id")
        kind = pkg.declared.get((name, e.fragment), "") if inner else matter
        start = SectionStart(e.title, e.level, kind)
        if inner:
            anchors[e.fragment] = (*anchors.get(e.fragment, ()), start)
        else:
            at_start.append(start)
    return tuple(at_start), anchors
