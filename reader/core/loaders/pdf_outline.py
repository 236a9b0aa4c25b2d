"""The PDF's outline (bookmarks): the document's sections, and the front and back matter it
names.

A bookmark's section begins at the line that carries its title, else at the top of its page (the
next page with text, when its own has none). The pages under a bookmark "Contents", "Index",
"Copyright" (and their names in other languages) are that kind of matter, from that line to the
next bookmark of the same or a higher level."""

from __future__ import annotations

import re
from dataclasses import replace

from ..textbuild import SectionStart
from .pdf_lines import Line

_KINDS = {
    "contents": (
        "contents", "table of contents", "inhalt", "inhaltsverzeichnis", "table des matières",
        "sommaire", "índice general", "contenido", "contenidos", "sumário", "indice generale",
        "inhoud", "inhoudsopgave", "содержание", "оглавление", "目次", "目录"),
    "index": (
        "index", "register", "stichwortverzeichnis", "sachregister", "sachverzeichnis",
        "personenregister", "namensregister", "índice alfabético", "indice analitico",
        "index alphabétique", "предметный указатель", "указатель", "索引"),
    "copyright": ("copyright", "impressum", "colophon", "kolophon", "mentions légales"),
    "licence": ("license", "licence", "lizenz", "gnu free documentation license",
                "gnu general public license"),
    "front": ("cover", "title page", "titelseite", "half title", "dedication", "widmung"),
    "back": (
        "bibliography", "references", "literatur", "literaturverzeichnis", "bibliographie",
        "références", "bibliografía", "bibliografia", "список литературы", "литература",
        "abkürzungsverzeichnis", "symbolverzeichnis", "abbildungsverzeichnis",
        "tabellenverzeichnis", "list of figures", "list of tables", "list of abbreviations",
        "abbreviations", "glossary", "glossar", "bildquellen", "image credits",
        "about the author", "about the authors", "über den autor", "über die autoren"),
}
_KIND = {name: kind for kind, names in _KINDS.items() for name in names}
_NUMBER = re.compile(r"^(?:(?:\d+|[ivxlc]+|[a-z])(?:\.\d+)*\.?|chapter \w+\.?|appendix \w\.?)"
                     r"\s+", re.IGNORECASE)


def matter_of(title: str) -> str:
    name = " ".join(title.casefold().replace("\u00a0", " ").split()).strip(" .:")
    return _KIND.get(name) or _KIND.get(_NUMBER.sub("", name), "")


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _start(lines: list[Line], title: str) -> int:
    """Where on its page a bookmark's section begins: the line with its title, else the top."""
    wanted = _words(title)
    for i, line in enumerate(lines):
        got = _words(line.text)
        if wanted and (got == wanted or got[: len(wanted)] == wanted and len(got) < 12):
            return i
    return 0


def mark_outline(pages: list[list[Line]], outline: list[tuple[int, str, int]]
                 ) -> list[list[Line]]:
    starts = sorted(((page, _start(pages[page], title)), level, matter_of(title))
                    for level, title, page in outline if 0 <= page < len(pages))
    if not any(kind for _, _, kind in starts):
        return pages
    out = [list(lines) for lines in pages]
    for k, (begin, level, kind) in enumerate(starts):
        if not kind:
            continue
        end = next((pos for pos, lv, _ in starts[k + 1 :] if lv <= level and pos > begin),
                   (len(pages), 0))
        for page in range(begin[0], min(end[0] + 1, len(pages))):
            for i, line in enumerate(out[page]):
                if begin <= (page, i) < end and not line.matter:
                    out[page][i] = replace(line, matter=kind)
    return out


def mark_sections(pages: list[list[Line]], outline: list[tuple[int, str, int]]
                  ) -> list[list[Line]]:
    """The pages with each bookmark's section on the line where it begins (see above); a line
    that carries a bookmark's title is a heading."""
    out = [list(lines) for lines in pages]
    last = (-1, -1)  # where the bookmark before began: the next one is looked for after it
    for level, title, page in outline:
        title = " ".join(title.split())
        while 0 <= page < len(out) and not out[page]:
            page += 1
        if not title or not 0 <= page < len(out):
            continue
        lines = out[page]
        after = last[1] if last[0] == page else 0
        at = _titled(lines, title, after)
        if at is None:
            at = _titled(lines, title, 0)
        named = at is not None
        if at is None:
            at = after if last[0] == page else 0
        last = (page, at)
        line = lines[at]
        lines[at] = replace(line, heading=line.heading or named,
                            sections=(*line.sections, SectionStart(title, level,
                                                                   matter_of(title))))
    return out


def _titled(lines: list[Line], title: str, first: int) -> int | None:
    """The first line from ``first`` on that is the title, its number aside ("2.1 Methods"
    for "Methods", or for "2.1 Methods")."""
    wanted = _words(_NUMBER.sub("", title.casefold()))
    if not wanted:
        return None
    for i in range(first, len(lines)):
        got = _words(_NUMBER.sub("", " ".join(lines[i].text.casefold().split())))
        if got[: len(wanted)] == wanted and len(got) < len(wanted) + 8:
            return i
    return None
