"""Turn the blocks a loader found into an ``Article``: clean each block, drop page furniture.

Loaders hand over raw blocks (paragraphs or headings); this module is the one place that decides
what the article's text is. Because the text is assembled here from cleaned blocks, every offset
computed later points into the final text by construction.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from .article import Article, Note, Paragraph
from .errors import EmptyDocument
from .sections import Opening, section_spans, short_title

# Where a note's marker stood in a block's raw text: the loader puts this character there (it
# never occurs in documents: a private-use code point) and gives the block its notes in order.
NOTE_MARK = "\ue000"
# A table row of short cells reads as one line, its cells separated (every format's tables)
CELL_SEPARATOR = " | "
SHORT_CELL = 200  # characters: a longer cell is a paragraph of its own


@dataclass(frozen=True)
class RawNote:
    text: str


@dataclass(frozen=True)
class SectionStart:
    """A section of the document begins with this block: its title ("" to take the block's own
    text, as for a heading), its level in the loader's terms (the outermost need not be 1, any
    deeper one is larger) and, when the document says so, the kind of matter it is."""

    title: str
    level: int
    matter: str = ""


@dataclass(frozen=True)
class RawBlock:
    text: str
    heading: bool = False
    notes: tuple[RawNote, ...] = ()  # one per NOTE_MARK in text, in order; extra ones at the end
    matter: str = ""  # see Paragraph.matter, when the loader knows (an EPUB's copyright page)
    sections: tuple[SectionStart, ...] = ()  # the sections that begin here, outermost first


# Spaces that should read as ordinary spaces, and characters that should not be there at all.
_SPACES = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Typographic ligatures (PDFs are full of them) read as their letters: "ﬁve" -> "five".
_LIGATURES = {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0xFB00, 0xFB07)}
# A space before closing punctuation that is followed by a space, a quote mark or the end.
_SPACE_BEFORE_PUNCT = re.compile(r"(?<=\w) +([,.;:!?)\]]+)(?=[\s\"'”’»)]|$)")
_SPACE_AFTER_OPEN = re.compile(r"([(\[]) +")

# Comment forms, share bars and similar page furniture that web pages leave in copied text.
# A block that is one of these is dropped; the "cut" kind also ends the article there.
_CUT_MARKERS = re.compile(
    r"^(?:leave a (?:reply|comment)|\d+ (?:comments?|responses?|replies)(?: to .*)?|"
    r"comments? \(\d+\)|post a comment|add a comment|join the discussion|"
    r"schreibe einen kommentar|kommentar (?:schreiben|verfassen)|\d+ kommentare?|"
    r"laisser un commentaire|laissez un commentaire|\d+ commentaires?|"
    r"deja una respuesta|deja un comentario|\d+ comentarios?|"
    r"lascia un commento|deixe um comentário|"
    r"добавить комментарий|оставить комментарий|оставьте комментарий|\d+ комментари\w*)"
    r"\s*[:.!]?$",
    re.IGNORECASE,
)
_DROP_LINES = re.compile(
    r"(?:your email address will not be published|required fields are marked|"
    r"this site uses akismet to reduce spam|learn how your comment data is processed|"
    r"save my name, email,? and website in this browser|notify me of (?:new|follow-up) "
    r"(?:comments|posts)|you must be logged in to post a comment|^cancel reply$|"
    r"^post comment$|^submit comment$|^(?:sign up|subscribe)\b.*\bnewsletter\b|"
    r"^(?:follow us on|click here to subscribe)\b|^(?:share this|like this|share|tweet|related|"
    r"click to share on \w+.*|loading\.*|advertisement|continue reading.*)\s*:?$|"
    r"deine e-mail-adresse wird nicht veröffentlicht|ihre e-mail-adresse wird nicht "
    r"veröffentlicht|erforderliche felder sind mit|"
    r"votre adresse (?:e-mail|de messagerie) ne sera pas publiée|les champs obligatoires sont|"
    r"tu dirección de correo electrónico no será publicada|los campos obligatorios están|"
    r"ваш адрес email не будет опубликован|обязательные поля помечены)",
    re.IGNORECASE,
)


# A comment-section marker ends the article only after a body: two paragraphs of running text
# (each a sentence of some length that ends like one), "941 comments" under a headline is no end.
_CUT_AFTER_PARAGRAPHS, _CUT_AFTER_CHARS = 2, 120
_PROSE_END = tuple('.!?。！？…"”»)')

_SPACE_BEFORE_MARK = re.compile(r"\s+(?=" + NOTE_MARK + ")")


def normalize_block(text: str) -> str:
    """One block as clean running text: one space between words, no stray or invisible spaces;
    a note's marker right after the word it belongs to."""
    text = unicodedata.normalize("NFC", text)
    if NOTE_MARK in text:
        text = _SPACE_BEFORE_MARK.sub("", text)
    text = _INVISIBLE.sub("", text).translate(_LIGATURES)
    text = _CONTROLS.sub("", text)
    text = _SPACES.sub(" ", text).strip()
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    return _SPACE_AFTER_OPEN.sub(r"\1", text)


def is_boilerplate(block: str) -> bool:
    return len(block) < 300 and bool(_DROP_LINES.search(block) or _CUT_MARKERS.match(block))


def _same_words(a: str, b: str) -> bool:
    def words(s: str) -> list[str]:
        return re.findall(r"\w+", s.casefold())

    return words(a) == words(b) and bool(words(a))


def build_article(
    blocks: list[RawBlock],
    *,
    title: str | None,
    author: str | None = None,
    date: str | None = None,
    source: str | None = None,
    fmt: str,
    keep_first_block: bool = False,
    section_levels: int | None = None,
) -> Article:
    """``keep_first_block``: the title was taken from the first block (a document's first
    heading), which stays in the text all the same. ``section_levels``: at most this many
    levels of sections (the outermost ones), for sections told by headings."""
    cleaned: list[RawBlock] = []
    waiting: tuple[SectionStart, ...] = ()  # sections of blocks left out begin with the next
    prose = chars = 0  # running text so far (paragraphs, characters)
    for raw in blocks:
        text = normalize_block(raw.text)
        if not text.replace(NOTE_MARK, ""):
            waiting += raw.sections
            continue
        bare = text.replace(NOTE_MARK, "")
        if _CUT_MARKERS.match(bare) and len(bare) < 300 and prose >= _CUT_AFTER_PARAGRAPHS \
                and chars >= _CUT_AFTER_CHARS:
            break  # what follows is the comment section
        if is_boilerplate(bare):
            waiting += raw.sections
            continue
        cleaned.append(replace(raw, text=text, sections=waiting + raw.sections))
        waiting = ()
        if not raw.heading and len(bare) >= 40 and bare.endswith(_PROSE_END):
            prose, chars = prose + 1, chars + len(bare)

    title = normalize_block(title) if title else None
    # The page's own headline repeated as the first block belongs in the header, not the text;
    # a section its heading began would be the whole document, but one the document's contents
    # name (a book's title page) begins with what follows.
    if title and cleaned and _same_words(cleaned[0].text, title) and not cleaned[0].notes \
            and not keep_first_block:
        first = cleaned.pop(0)
        named = tuple(s for s in first.sections if s.title)
        if cleaned and named:
            cleaned[0] = replace(cleaned[0], sections=named + cleaned[0].sections)
    if not cleaned:
        raise EmptyDocument("has no readable text")

    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    notes: list[Note] = []
    openings: list[Opening] = []
    pos = 0
    for block in cleaned:
        if parts:
            parts.append("\n\n")
            pos += 2
        body, anchors = _take_marks(block.text)
        parts.append(body)
        paragraphs.append(Paragraph(pos, pos + len(body), block.heading, block.matter))
        for start in block.sections:
            name = normalize_block(start.title).replace(NOTE_MARK, "") or short_title(body)
            openings.append(Opening(pos, name, start.level, start.matter))
        for i, raw_note in enumerate(block.notes):
            words = normalize_block(raw_note.text).replace(NOTE_MARK, "")
            if words:  # a note whose marker is lost stands at the end of its paragraph
                notes.append(Note(words, pos + (anchors[i] if i < len(anchors) else len(body))))
        pos += len(body)
    text = "".join(parts)
    if not any(ch.isalnum() for ch in text):
        raise EmptyDocument("has no words in it")
    return Article(
        text=text,
        paragraphs=paragraphs,
        title=title.replace(NOTE_MARK, "") or None if title else None,
        author=normalize_block(author).replace(NOTE_MARK, "") if author else None,
        date=date or None,
        source=source,
        format=fmt,
        notes=notes,
        sections=section_spans(text, openings, section_levels),
    )


def _take_marks(text: str) -> tuple[str, list[int]]:
    """The text without its note markers, and where each marker stood in it."""
    if NOTE_MARK not in text:
        return text, []
    out: list[str] = []
    anchors: list[int] = []
    length = 0
    for piece in text.split(NOTE_MARK):
        out.append(piece)
        length += len(piece)
        anchors.append(length)
    anchors.pop()  # after the last piece there is no marker
    return "".join(out), anchors


_HEADLINE_END = re.compile(r"[.;,:]$")


def looks_like_headline(line: str) -> bool:
    """A short line without a full stop, as headlines are written."""
    line = line.strip()
    words = line.split()
    return (
        0 < len(words) <= 20
        and len(line) <= 150
        and not _HEADLINE_END.search(line)
        and any(ch.isalpha() for ch in line)
    )


_BYLINE = re.compile(
    r"^(?:by|von|par|por|di|door|av|af|автор|текст)\s*:?\s+(\w[\w .'’\-]{1,80}?)\s*$",
    re.IGNORECASE,
)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"januar|februar|märz|mai|juni|juli|oktober|dezember|"
    r"janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
)
_DATE_LINE = re.compile(
    rf"^(?:\w+,?\s+)?(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\.?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}|"
    rf"(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}})\s*(?:г\.)?$",
    re.IGNORECASE,
)


def byline_author(line: str) -> str | None:
    m = _BYLINE.match(line.strip())
    return m.group(1).strip() if m else None


def is_date_line(line: str) -> bool:
    return bool(_DATE_LINE.match(line.strip()))
