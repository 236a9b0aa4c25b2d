"""An EPUB's package document: metadata, the spine in reading order, and the parts it names.

Everything is read from inside the archive by name; a path that climbs out of it is simply not
there. The XML parser resolves no entities and fetches nothing.
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from ..errors import UnreadableFile
from .semantics import MATTER, kinds

MAX_PART_BYTES = 50 * 1024 * 1024
_NS = {
    "c": "urn:oasis:names:tc:opendocument:xmlns:container",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
}
# EPUB 2 <guide> reference types, in the EPUB 3 vocabulary's words.
_GUIDE = {"title-page": "titlepage", "acknowledgements": "acknowledgments",
          "copyright-page": "copyright-page", "toc": "toc", "colophon": "colophon",
          "index": "index", "dedication": "dedication", "cover": "cover",
          "bibliography": "bibliography", "loi": "loi", "lot": "lot"}


def parse(data: bytes, *, html: bool = False) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             recover=True, huge_tree=False)
    root = etree.fromstring(data, parser) if data.strip() else None
    if root is None and html and data.strip():
        import lxml.html

        root = lxml.html.document_fromstring(data)
    return root


def read(zf: zipfile.ZipFile, name: str) -> bytes:
    info = zf.getinfo(name)
    if info.file_size > MAX_PART_BYTES:
        raise UnreadableFile("has a chapter too large to open")
    return zf.read(info)


@dataclass
class Part:
    name: str  # inside the archive
    media_type: str
    linear: bool


@dataclass
class Package:
    title: str | None = None
    author: str | None = None
    date: str | None = None
    language: str | None = None
    fixed: bool = False  # a fixed-layout (pre-paginated) book
    spine: list[Part] = field(default_factory=list)
    # (part name, element id or "") -> matter, from the landmarks and the EPUB 2 guide
    declared: dict[tuple[str, str], str] = field(default_factory=dict)
    nav: str | None = None  # the navigation document (EPUB 3)
    ncx: str | None = None  # the NCX (EPUB 2's table of contents)


def inside(base: str, href: str, names: set[str]) -> tuple[str, str] | None:
    path, _, frag = href.partition("#")
    name = posixpath.normpath(posixpath.join(base, unquote(path))) if path else base
    if name.startswith("../") or name.startswith("/") or name not in names:
        return None
    return name, unquote(frag)


def _text(el: Any) -> str | None:
    text = " ".join("".join(el.itertext()).split()) if el is not None else ""
    return text or None


def read_package(zf: zipfile.ZipFile) -> Package:
    names = set(zf.namelist())
    container = parse(read(zf, "META-INF/container.xml"))
    rootfile = container.find(".//c:rootfile", _NS) if container is not None else None
    opf_path = rootfile.get("full-path") if rootfile is not None else None
    if not opf_path or opf_path not in names:
        raise UnreadableFile("is a damaged EPUB book (no package document)")
    opf = parse(read(zf, opf_path))
    if opf is None:
        raise UnreadableFile("is a damaged EPUB book (unreadable package document)")
    base = posixpath.dirname(opf_path)
    pkg = Package()
    titles = opf.findall(".//dc:title", _NS)
    mains = {m.get("refines", "").lstrip("#") for m in opf.iterfind(".//opf:meta", _NS)
             if m.get("property") == "title-type" and (m.text or "").strip() == "main"}
    main = next((t for t in titles if t.get("id") and t.get("id") in mains), None)
    pkg.title = _text(main if main is not None else (titles[0] if titles else None))
    creators = [c for c in (_text(el) for el in opf.iterfind(".//dc:creator", _NS)) if c]
    pkg.author = ", ".join(dict.fromkeys(creators[:3])) or None
    date = _text(opf.find(".//dc:date", _NS))
    pkg.date = date[:10] if date else None
    pkg.language = _text(opf.find(".//dc:language", _NS))
    pkg.fixed = any(m.get("property") == "rendition:layout" and (m.text or "").strip()
                    == "pre-paginated" for m in opf.iterfind(".//opf:meta", _NS))

    manifest: dict[str, Any] = {}
    nav_doc = None
    for item in opf.iterfind(".//opf:manifest/opf:item", _NS):
        manifest[item.get("id")] = item
        if "nav" in (item.get("properties") or "").split():
            nav_doc = inside(base, item.get("href") or "", names)
    pkg.nav = nav_doc[0] if nav_doc else None
    pkg.ncx = _ncx(opf, manifest, base, names)
    for ref in opf.iterfind(".//opf:spine/opf:itemref", _NS):
        item = manifest.get(ref.get("idref"))
        if item is None:
            continue
        found = inside(base, (item.get("href") or "").split("#")[0], names)
        if found:
            pkg.spine.append(Part(found[0], item.get("media-type") or "",
                                  ref.get("linear") != "no"))
    for ref in opf.iterfind(".//opf:guide/opf:reference", _NS):
        kind = _GUIDE.get((ref.get("type") or "").lower())
        target = inside(base, ref.get("href") or "", names)
        if kind in MATTER and target:
            pkg.declared.setdefault(target, MATTER[kind])
    if nav_doc:
        _landmarks(zf, nav_doc[0], names, pkg)
    return pkg


def _ncx(opf: Any, manifest: dict[str, Any], base: str, names: set[str]) -> str | None:
    """The NCX named by the spine's ``toc``, else the manifest's item of the NCX's type."""
    spine = opf.find(".//opf:spine", _NS)
    item = manifest.get(spine.get("toc")) if spine is not None else None
    if item is None:
        item = next((i for i in manifest.values()
                     if i.get("media-type") == "application/x-dtbncx+xml"), None)
    found = inside(base, item.get("href") or "", names) if item is not None else None
    return found[0] if found else None


def _landmarks(zf: zipfile.ZipFile, nav_name: str, names: set[str], pkg: Package) -> None:
    root = parse(read(zf, nav_name), html=True)
    if root is None:
        return
    base = posixpath.dirname(nav_name)
    for nav in root.iter():
        if not isinstance(nav.tag, str) or "landmarks" not in kinds(nav):
            continue
        for a in nav.iter():
            if not isinstance(a.tag, str) or not a.get("href"):
                continue
            matter = next((MATTER[k] for k in kinds(a) if k in MATTER), "")
            href = a.get("href")
            target = inside(base, href, names) if not href.startswith("#") else \
                (nav_name, href[1:])
            if matter and target:
                pkg.declared[target] = matter
