"""The parts of a Word package, found by their relationships and parsed safely.

A .docx file is a zip archive of XML parts tied together by relationship parts
(``_rels/.rels``, ``word/_rels/document.xml.rels``). Only parts inside the archive are ever
read: a relationship that points outside it (an external target, or a path climbing out with
``..``) is treated as absent. The XML parser resolves no entities, loads no DTD and fetches
nothing from the network.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from ..errors import UnreadableFile

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
STRICT_W = "{http://purl.oclc.org/ooxml/wordprocessingml/main}"
_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_STRICT_RELS = "http://purl.oclc.org/ooxml/"
_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")

STRICT_MESSAGE = (
    "is a Strict Open XML document, a form of Word document Margin cannot read; open it in "
    "Word and save it as a Word Document (.docx)")
NOT_READABLE = "is not a readable Word document"


@dataclass(frozen=True)
class CoreProperties:
    title: str | None = None
    author: str | None = None
    created: str | None = None  # YYYY-MM-DD
    language: str | None = None


def parse_xml(data: bytes) -> Any:
    """The root element, or None for an empty or hopeless part. Entities stay unresolved."""
    from lxml import etree

    if not data.strip():
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             dtd_validation=False, recover=True, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        root = None
    if any("excessive depth" in error.message.casefold() for error in parser.error_log):
        raise UnreadableFile("is nested too deeply to read")
    return root


class Package:
    """Parts by name (OPC part names are case-insensitive) and the relationships between them."""

    def __init__(self, zf: zipfile.ZipFile) -> None:
        self._zf = zf
        self._names = {name.lower(): name for name in zf.namelist()}

    def has(self, name: str) -> bool:
        return name.lower() in self._names

    def read(self, name: str) -> bytes:
        try:
            return self._zf.read(self._names[name.lower()])
        except RuntimeError as exc:  # zipfile's word for a member locked with a password
            raise UnreadableFile("is password-protected") from exc

    def xml(self, name: str | None) -> Any:
        """The part's root element; None when there is no such part or it holds no XML."""
        if name is None or not self.has(name):
            return None
        return parse_xml(self.read(name))

    def relationships(self, source: str) -> list[tuple[str, str]]:
        """(type, part name) of the internal relationships of ``source`` ("" for the package)."""
        folder, base = posixpath.split(source)
        rels = self.xml(posixpath.join(folder, "_rels", f"{base}.rels"))
        if rels is None:
            return []
        found = []
        for rel in rels.iter(_RELATIONSHIP):
            target = rel.get("Target") or ""
            if rel.get("TargetMode") == "External" or not target:
                continue
            target = unquote(target.split("#")[0])
            name = posixpath.normpath(target.lstrip("/") if target.startswith("/")
                                      else posixpath.join(folder, target))
            if name == ".." or name.startswith("../") or name.startswith("/"):
                continue  # a path out of the archive is simply not there
            found.append((rel.get("Type") or "", name))
        return found

    def related(self, source: str, kind: str) -> str | None:
        """The first part ``source`` relates to with a relationship type ending in ``/kind``."""
        for rel_type, name in self.relationships(source):
            if rel_type.rsplit("/", 1)[-1] == kind and self.has(name):
                return name
        return None

    def main_document(self) -> str:
        """The name of the main document part; refuses Strict documents by name."""
        for rel_type, name in self.relationships(""):
            if rel_type.rsplit("/", 1)[-1] == "officeDocument":
                if rel_type.startswith(_STRICT_RELS):
                    raise UnreadableFile(STRICT_MESSAGE)
                if self.has(name):
                    return name
        if self.has("word/document.xml"):
            return "word/document.xml"
        raise UnreadableFile(NOT_READABLE)

    def core_properties(self) -> CoreProperties | None:
        """Title, author, creation day and language from the core properties part, if any."""
        name = self.related("", "core-properties")
        if name is None and self.has("docProps/core.xml"):
            name = "docProps/core.xml"
        root = self.xml(name)
        if root is None:
            return None

        def text(tag: str) -> str | None:
            el = root.find(tag)
            value = "".join(el.itertext()).strip() if el is not None else ""
            return value or None

        created = text(f"{_DCTERMS}created") or ""
        return CoreProperties(
            title=text(f"{_DC}title"),
            author=text(f"{_DC}creator"),
            created=created[:10] if _ISO_DAY.match(created) else None,
            language=text(f"{_DC}language"),
        )


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file: Word 97-2003, or locked


def why_not_zip(data: bytes) -> str:
    """Why a file named .docx that is not a zip archive cannot be read, from its bytes (the
    first few, or all of a compound file)."""
    if data.startswith(OLE_MAGIC):
        if "EncryptionInfo".encode("utf-16-le") in data:  # the stream of a locked document
            return "is password-protected (Margin cannot open locked Word documents)"
        return ("is an older Word document (Word 97-2003) named .docx, or a locked one; save it "
                "as a Word Document (.docx)")
    return "is not a Word document (.docx files are zip archives)"
