"""Plain text: encoding detected, paragraphs at blank lines, a headline first line as title,
chapter headings ("Chapter 3", "III.", "KAPITEL 2") as the beginnings of sections when there are
several (``chapters``)."""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from ..article import Article
from ..errors import UnreadableFile
from ..language import fits_script, script_of, script_profile
from ..textbuild import RawBlock, build_article, byline_author, is_date_line, looks_like_headline
from .chapters import chapter_blocks, heading_level

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
if TYPE_CHECKING:
    from charset_normalizer import CharsetMatch

_PREFERRED = {"utf_8": 0, "cp1252": 1, "latin_1": 2, "iso8859_15": 3, "cp1251": 4, "koi8_r": 5}
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")


def decode(data: bytes) -> str:
    """Bytes of a text file to str, or UnreadableFile when they are not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise UnreadableFile(f"is not valid {encoding.upper()} text") from exc
    if b"\x00" in data:
        data = _without_nuls(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise UnreadableFile("looks like a binary file, not text")
    text = str(_best_decoding(matches))
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(2, len(text) // 100):
        raise UnreadableFile("looks like a binary file, not text")
    return text


# What charset-normalizer calls the languages it recognises, for those whose script matters.
_DETECTED = {
    "English": "en", "German": "de", "French": "fr", "Spanish": "es", "Italian": "it",
    "Portuguese": "pt", "Dutch": "nl", "Polish": "pl", "Czech": "cs", "Slovak": "sk",
    "Turkish": "tr", "Russian": "ru", "Ukrainian": "uk", "Bulgarian": "bg", "Serbian": "sr",
    "Greek": "el", "Hebrew": "he", "Arabic": "ar", "Farsi": "fa", "Thai": "th",
    "Japanese": "ja", "Chinese": "zh", "Korean": "ko",
}
_SAMPLE = 20_000
# Latin Extended-B letters that languages do write: Romanian ș ț, Vietnamese ơ ư, Pinyin tones
_LATIN_B_IN_USE = frozenset("ȘșȚțƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜ")


def _best_decoding(matches: list[CharsetMatch]) -> CharsetMatch:
    """Of the decodings charset-normalizer finds, the one a reader would recognise.

    Bytes that are not UTF-8 often decode cleanly in several code pages: Hebrew in Windows-1255
    is also clean Cyrillic in Windows-1251 and Greek in Windows-1253, KOI8-R Russian is also
    half-width katakana in Shift-JIS, Polish in Windows-1250 is Windows-1252 with symbols in
    its words. A decoding is kept only if its letters form one coherent script (no symbols
    inside words, no word in two alphabets, not a text of half-width katakana) and the
    language detected in it is written in that script. Among those equally clean (chaos) that
    read as different scripts, the one whose letters read most like a language (coherence)
    wins; among readings in one script, the most widely used code page (short Western European
    texts decode cleanly in several, and coherence is no guide between them)."""
    pool = [m for m in matches if _coherent(m)] or matches
    least = min(m.chaos for m in pool)
    tied = [m for m in pool if m.chaos <= least + 0.01]
    if len({script_profile(str(m)[:_SAMPLE]).main for m in tied}) > 1:
        best_coherence = max(m.coherence for m in tied)
        tied = [m for m in tied if m.coherence >= best_coherence - 0.05]
    return min(tied, key=lambda m: _PREFERRED.get(m.encoding, len(_PREFERRED)))


def _coherent(match: CharsetMatch) -> bool:
    text = str(match)[:_SAMPLE]
    odd = letters = halfwidth = cjk = 0
    word: set[str] = set()  # the scripts of the current word's letters
    for i, ch in enumerate(text):
        if ch.isalpha():
            script = script_of(ch)
            if ch.isascii():
                word.add("Latin")
                continue
            letters += 1
            if script == "HalfwidthKana":
                halfwidth += 1
            elif script in ("Han", "Kana"):
                cjk += 1
            elif script == "IPA" or (0x0180 <= ord(ch) <= 0x024F and ch not in _LATIN_B_IN_USE):
                odd += 1  # IPA and most of Latin Extended-B are almost never running text
            elif script is not None:
                word.add(script)
            continue
        if len(word) > 1:
            odd += 1  # one word in two alphabets
        word = set()
        kind = unicodedata.category(ch)
        if kind in ("Co", "Cn") or (kind == "Cc" and ch not in "\t\n\r\f"):
            odd += 1  # private-use and unassigned characters, C1 controls
        elif ((kind[0] == "S" or kind == "No") and 0 < i < len(text) - 1
              and text[i - 1].isalpha() and text[i + 1].isalpha()):
            odd += 1  # a symbol inside a word: "og³osi³" is Polish read as Windows-1252
    if halfwidth > cjk:
        odd += halfwidth
    if odd > 0.02 * max(1, letters + odd):
        return False
    code = _DETECTED.get(match.language)
    return code is None or fits_script(code, script_profile(text))


def _without_nuls(data: bytes) -> bytes:
    """NUL bytes in a text file: UTF-16 without its byte-order mark (every other byte NUL for
    Latin text) is decoded; a few stray NULs in otherwise plain text are dropped; anything
    else is binary."""
    sample = data[:65536]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    for nuls, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if half and nuls > 0.3 * half and min(even, odd) < 0.05 * half and len(data) % 2 == 0:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                break
            if sum(1 for ch in text[:20000] if ch.isprintable() or ch in "\t\n\r") > \
                    0.95 * min(len(text), 20000):
                return text.encode("utf-8")
            break
    if data.count(0) <= max(8, len(data) // 1000):
        return data.replace(b"\x00", b"")
    raise UnreadableFile("looks like a binary file, not text")


def split_blocks(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    return [b for b in (blk.strip() for blk in _BLANK_LINE.split(text)) if b]


def _header_lines(lines: list[str]) -> bool:
    """A byline and a date line (at most two lines) are header material, not the article."""
    return 0 < len(lines) <= 2 and all(byline_author(ln) or is_date_line(ln) for ln in lines)


def article_from_text(text: str, fmt: str = "txt") -> Article:
    blocks = split_blocks(text)
    title = author = date = None
    header: list[str] = []
    first = [ln.strip() for ln in blocks[0].splitlines() if ln.strip()] if blocks else []
    chapters = chapter_blocks(blocks) if first and heading_level(first[0]) else None
    if chapters is not None and chapters[0].sections:
        pass  # the text begins with its first chapter: no headline of its own
    elif len(blocks) > 1 and len(first) == 1 and looks_like_headline(first[0]):
        title = blocks.pop(0)
    elif len(blocks) > 1 and looks_like_headline(first[0]) and _header_lines(first[1:]):
        # the byline (and date) straight under the headline, with no blank line between
        title, header = first[0], first[1:]
        blocks.pop(0)
    if title is not None:
        # A byline and a date line right under the headline are header material too.
        while len(blocks) > 1:
            lines = [ln.strip() for ln in blocks[0].splitlines() if ln.strip()]
            if not _header_lines(lines):
                break
            header += lines
            blocks.pop(0)
        for line in header:
            name = byline_author(line)
            if name and author is None:
                author = name
            elif is_date_line(line) and date is None:
                date = line
    if chapters is None or title is not None or header:
        chapters = chapter_blocks(blocks)
    return build_article(chapters or [RawBlock(b) for b in blocks], title=title, author=author,
                         date=date, fmt=fmt)


def load(path: Path) -> Article:
    return article_from_text(check_length(decode(path.read_bytes())))


MAX_TEXT_CHARS = 10_000_000  # about 1.6 million words: a long book


def check_length(text: str) -> str:
    """Refuse, before any work, a text too long to analyse in reasonable time and memory."""
    if len(text) > MAX_TEXT_CHARS:
        raise UnreadableFile(
            f"is too long to analyse ({len(text) / 1e6:,.0f} million characters; Margin reads "
            f"texts of up to {MAX_TEXT_CHARS // 1_000_000} million)")
    return text
