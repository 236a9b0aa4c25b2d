"""The head of a PDF: its title, author and front block.

Metadata titles are often junk (a file or program name, "untitled", a contents or section line
picked up by the program that made the PDF); then the title is the largest text at the top of
the first page. Under a title set that way, a paper has its front block (authors, affiliations,
e-mail addresses, a date) before its abstract: the first line of names is the author, the rest
is front matter, and "Abstract" is a heading, so the body starts with the abstract's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..textbuild import byline_author, is_date_line
from .pdf_lines import Line
from .pdf_paragraphs import clean, is_large

_JUNK_TITLE = re.compile(
    r"^(?:untitled\b.*|no title|title|unknown|none|document\s*\d*|presentation\s*\d*|"
    r"slide\s*\d+|powerpoint presentation|layout\s*\d+|"
    r"(?:microsoft\s+)?(?:word|powerpoint|excel|publisher)\s*-\s*.*|"
    r"(?:table of )?contents\b.*|inhalt(?:sverzeichnis)?\b.*|sommaire\b.*|index|"
    r".*\.(?:exe|docx?|odt|rtf|pdf|tex|dvi|e?ps|indd|qxd|pages|xlsx?|pptx?|txt|html?|wpd|"
    r"png|jpe?g|tiff?|cdr|ai)|"
    r"\d{1,2}(?:\.\d{1,2})*\.?\s+\S+(?:\s+\S+){0,2}|"  # a section line: "1 Introduction"
    r"(?:chapter|kapitel|chapitre|section|part)\s+\w+\.?)$",
    re.IGNORECASE,
)
_PATH = re.compile(r"\\|^/|^[a-z]:", re.IGNORECASE)
_CONTENTS_LINE = re.compile(r"(?:\b[^\W\d]\w*\s+\d{1,4}\b.*){2,}")  # "Foo 2 Bar 3"
_JUNK_AUTHOR = re.compile(
    r"^(?:user|admin(?:istrator)?|owner|unknown|author|default|microsoft office user|"
    r"windows user|\W*)$", re.IGNORECASE)
_ABSTRACT = re.compile(
    r"^(abstract|summary|zusammenfassung|kurzfassung|résumé|resumen|riassunto|resumo|"
    r"аннотация|摘要)\s*(?:[.:—–-]\s*(.*))?$", re.IGNORECASE)
_AFFILIATION = re.compile(
    r"@|\b(?:universit|institut|department|dept\.|faculty|school of|college|laborator|"
    r"centre|center|gmbh|inc\.|ltd\b|corporation|fakultät|lehrstuhl|hochschule|université|"
    r"universidad|università)", re.IGNORECASE)
_NAME_GLUE = {"and", "und", "et", "y", "e", "&", "van", "von", "de", "der", "den", "da", "di",
              "du", "la", "le", "del", "dos", "ter", "bin", "al"}
_MARKERS = re.compile(r"(?<=[^\W\d_])[\d*†‡§¶,]+(?=\s|$)|[*†‡§¶]")


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def junk_title(title: str, *, stem: str = "", makers: tuple[str, ...] = ()) -> bool:
    """A metadata (or first-page) title that names no work."""
    title = " ".join(title.split())
    bare = re.sub(r"[\W_]+", "", title.casefold())
    return (
        not any(ch.isalpha() for ch in title) or len(title) > 300 or "\ufffd" in title
        or bool(_JUNK_TITLE.match(title) or _PATH.search(title) or _CONTENTS_LINE.search(title))
        or (" " not in title and ("_" in title or title.islower()))  # a file's name
        or (" " not in title and bare == re.sub(r"[\W_]+", "", stem.casefold()))
        or any(bare == re.sub(r"[\W_]+", "", m.casefold()) for m in makers if m)
    )


def junk_author(author: str) -> bool:
    return bool(_JUNK_AUTHOR.match(author.strip())) or _PATH.search(author) is not None


@dataclass
class Head:
    """The title (and the first page's lines that show it) and the author."""

    title: str = ""
    title_lines: list[int] = field(default_factory=list)
    author: str = ""


def page_title(lines: list[Line], body: float) -> Head:
    """The largest text at the top of the page, when it is larger than the body text and
    reads like a title (one to four lines of the same size)."""
    sized = [i for i, line in enumerate(lines[:40])
             if line.size and sum(ch.isalpha() for ch in line.text) >= 2]
    if not sized or not body:
        return Head()
    biggest = max(lines[i].size for i in sized)
    if not is_large(Line("", 0, biggest), body):
        return Head()
    start = next(i for i in sized if lines[i].size >= biggest - 0.5)
    picked = [start]
    for j in range(start + 1, min(start + 4, len(lines))):
        if abs(lines[j].size - biggest) > 0.5:
            break
        picked.append(j)
    text = " ".join(clean(lines[i].text) for i in picked)
    if len(text.split()) > 30 or junk_title(text):
        return Head()
    return Head(text, picked)


def _name_line(text: str) -> str:
    """The names on a line of authors ("Ada Marsh¹, Ben Reed*"), or "" for another line."""
    if "@" in text or _AFFILIATION.search(text) or is_date_line(text):
        return ""
    bare = " ".join(_MARKERS.sub(" ", text).split()).strip(" ,;")
    tokens = bare.replace(",", " ").split()
    if not 2 <= len(tokens) <= 16 or any(ch.isdigit() for ch in bare):
        return ""
    named = all(t[:1].isupper() or t.casefold() in _NAME_GLUE for t in tokens)
    return bare if named else ""


def front_block(lines: list[Line], after: int, body: float) -> tuple[list[Line], str]:
    """The lines under the title with the front block marked ``front`` (and the author's line
    taken out), "Abstract" marked a heading; and the author's names, if a line gives them."""
    if after < len(lines) and (byline := byline_author(clean(lines[after].text))):
        return split_abstract([*lines[:after], *lines[after + 1 :]]), byline  # "By Ann Lee"
    end = min(len(lines), after + 16)
    abstract = next((i for i in range(after, end) if _ABSTRACT.match(clean(lines[i].text))),
                    None)
    if abstract is not None:
        front = list(range(after, abstract))
    else:
        front = []
        for i in range(after, min(len(lines), after + 12)):
            line, text = lines[i], clean(lines[i].text)
            # a line in another size, unless it is a sentence (a news article's standfirst)
            other_size = bool(body and line.size and abs(line.size - body) > 0.6
                              and not re.search(r"[.!?]$", text))
            if not (other_size or _AFFILIATION.search(text) or is_date_line(text)):
                break
            front.append(i)
    author = _name_line(clean(lines[front[0]].text)) if front else ""
    out = list(lines[:after])
    for i in range(after, len(lines)):
        if author and i == front[0]:
            continue
        out.append(replace(lines[i], matter="front") if i in front else lines[i])
    return split_abstract(out), author


def split_abstract(lines: list[Line]) -> list[Line]:
    """"Abstract" on its own line, or run into its text ("Abstract—We show…"), is a heading."""
    for i, line in enumerate(lines[:60]):
        match = _ABSTRACT.match(clean(line.text))
        if not match:
            continue
        head = replace(line, text=match.group(1), heading=True, matter="")
        rest = [replace(line, text=match.group(2), matter="")] if match.group(2) else []
        return [*lines[:i], head, *rest, *lines[i + 1 :]]
    return lines


def title_page(lines: list[Line]) -> list[Line]:
    """A cover page (a title and a few lines) is front matter."""
    if sum(len(line.text.split()) for line in lines) >= 40:
        return lines
    return [replace(line, matter=line.matter or "front") for line in lines]
