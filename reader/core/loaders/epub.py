"""EPUB: chapters in spine order, metadata from the OPF package document.

Everything is read from inside the archive by name; nothing outside it is ever opened, and the
XML parsers resolve no entities and fetch nothing.
"""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from ..article import Article
from ..errors import UnreadableFile
from ..textbuild import RawBlock, build_article
from .archive import check_unpacked_size
from .markup import html_blocks

_MAX_MEMBER_BYTES = 50 * 1024 * 1024
_NS = {
    "c": "urn:oasis:names:tc:opendocument:xmlns:container",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
}


def _parse(data: bytes, *, html: bool = False) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             recover=True, huge_tree=False)
    root = etree.fromstring(data, parser) if data.strip() else None
    if root is None and html:
        import lxml.html

        root = lxml.html.document_fromstring(data)
    return root


def _read(zf: zipfile.ZipFile, name: str) -> bytes:
    info = zf.getinfo(name)
    if info.file_size > _MAX_MEMBER_BYTES:
        raise UnreadableFile("has a chapter too large to open")
    return zf.read(info)


def load(path: Path) -> Article:
    if not zipfile.is_zipfile(path):
        raise UnreadableFile("is not an EPUB book (EPUB files are zip archives)")
    try:
        with zipfile.ZipFile(path) as zf:
            check_unpacked_size(zf, path.stat().st_size)
            return _load(zf)
    except (zipfile.BadZipFile, KeyError, EOFError) as exc:
        raise UnreadableFile("is a damaged EPUB book") from exc


def _load(zf: zipfile.ZipFile) -> Article:
    names = set(zf.namelist())
    container = _parse(_read(zf, "META-INF/container.xml"))
    rootfile = container.find(".//c:rootfile", _NS) if container is not None else None
    opf_path = rootfile.get("full-path") if rootfile is not None else None
    if not opf_path or opf_path not in names:
        raise UnreadableFile("is a damaged EPUB book (no package document)")
    opf = _parse(_read(zf, opf_path))
    if opf is None:
        raise UnreadableFile("is a damaged EPUB book (unreadable package document)")
    base = posixpath.dirname(opf_path)

    def meta(tag: str) -> str | None:
        el = opf.find(f".//dc:{tag}", _NS)
        return el.text.strip() if el is not None and el.text and el.text.strip() else None

    manifest = {
        item.get("id"): item for item in opf.iterfind(".//opf:manifest/opf:item", _NS)
    }
    blocks: list[RawBlock] = []
    for ref in opf.iterfind(".//opf:spine/opf:itemref", _NS):
        item = manifest.get(ref.get("idref"))
        if item is None or ref.get("linear") == "no":
            continue
        href = item.get("href") or ""
        # Names inside the archive only: a path that climbs out of it is simply not there.
        name = posixpath.normpath(posixpath.join(base, unquote(href.split("#")[0])))
        if name.startswith("../") or name not in names:
            continue
        root = _parse(_read(zf, name), html=True)
        if root is None:
            continue
        body = next((el for el in root.iter() if isinstance(el.tag, str)
                     and el.tag.rsplit("}", 1)[-1] == "body"), root)
        blocks.extend(html_blocks(body))
    date = meta("date")
    return build_article(blocks, title=meta("title"), author=meta("creator"),
                         date=date[:10] if date else None, fmt="epub")
