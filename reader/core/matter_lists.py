"""Contents lists and indexes: runs of lines that point at pages instead of saying something.

A contents list is a "Contents" heading (in any language of ``data/matter``) followed by short
title lines, or, without the heading, a run of lines ending in page numbers after dot leaders;
in a plain text file, where a list's lines are one paragraph, it is a paragraph full of leaders
and page numbers, or of "Chapter I …, Chapter II …". An index is a long run of "term, 12, 45"
and "term. See other term" lines (letters as sub-headings) in the second half of the document.
"""

from __future__ import annotations

import re
from functools import cache

from .matter_view import View
from .matter_words import heading_key, line_set, pattern, phrases

CONTENTS = "contents"
INDEX = "index"

_ROMAN = r"(?=[ivxlcdm])m{0,3}(?:c[md]|d?c{0,3})(?:x[cl]|l?x{0,3})(?:i[xv]|v?i{0,3})(?![\w])"
_LEADER = r"(?:(?:\.\s?){3,}|…+|(?:·\s?){3,}|_{3,})"
_ENTRY = re.compile(rf"^(?P<title>.*?[^\W\d_].*?)(?:\s*(?P<lead>{_LEADER})\s*|\s+)"
                    rf"(?P<page>\d{{1,4}}|{_ROMAN})$", re.IGNORECASE)
_LEADERS = ("...", ". . .", "…", "·", "___")  # a quick look before the regex
_LEADER_PAGE = re.compile(rf"{_LEADER}\s*(?:\d{{1,4}}|{_ROMAN})", re.IGNORECASE)
_PAGE_AFTER_WORDS = re.compile(r"[^\W\d_][^\W\d_.,;:]*\s+\d{1,4}(?=\s+\S|\s*$)")
_CJK_CHAPTER = re.compile(r"第\s*[\d一二三四五六七八九十百千〇零]+\s*[章节節篇卷部回話]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_NUMBERED = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.|[A-Z]\.|"
                       r"第\s*[\d一二三四五六七八九十百]+\s*[章节節部編篇])\s*\S")
_LIST_END = re.compile(r"[,;:，；：、]\s*$")

_REF = rf"(?:\d{{1,4}}(?:\s*[-–—]\s*\d{{1,4}})?[a-z]?|{_ROMAN})"
_REFS_AFTER_COMMA = re.compile(rf",\s*{_REF}(?:\s*[,;]\s*{_REF})*\s*\.?$", re.IGNORECASE)
_REFS_AFTER_SPACE = re.compile(rf"\s{_REF}(?:\s*,\s*{_REF})+\s*\.?$", re.IGNORECASE)
_FLAT_INDEX = re.compile(rf"[^\W\d_][^,\d]{{0,60}}?,\s*{_REF}(?:\s*,\s*{_REF})*", re.IGNORECASE)
_COMMA_NUMBER = re.compile(r",\s?\d")
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
_LETTER = re.compile(r"^[^\W\d_](?:\s*[-–]\s*[^\W\d_])?$")

MIN_INDEX_LINES = 5
GAP_WORDS = 6  # a sub-entry's head ("Users") between index lines


def _entry(view: View, i: int) -> re.Match[str] | None:
    """A contents line ending in its page number: "Chapter 3. The Flood ........ 41"."""
    if view.words(i) > 20:
        return None
    raw = view.raw(i, 200).strip()
    if len(raw) > 160 or not raw or not (raw[-1].isdigit() or raw[-1] in "ivxlcdmIVXLCDM"):
        return None
    m = _ENTRY.match(raw)
    # "Of bronze and blaze, 290" is an index's line (or a list of first lines), not a chapter's
    return None if m is None or m.group("title").endswith(",") else m


def _title_like(view: View, i: int) -> bool:
    raw = view.raw(i, 200).strip()
    if len(raw) > 120 or _LIST_END.search(raw) or view.heading(i):
        return False
    if view.words(i) <= 12 or (_NUMBERED.match(raw) and len(raw) <= 90):
        return True
    return len(_CJK.findall(raw)) > len(raw) // 2 and len(raw) <= 40


@cache
def _entry_word() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in phrases("contents-entry") if w.isalpha())
    return re.compile(rf"(?<!\w)(?:{words})\s+(?:\d{{1,3}}|{_ROMAN})", re.IGNORECASE)


def _flat_contents(view: View, i: int, introduced: bool) -> bool:
    """A whole contents list run together into one paragraph (a plain text file's lines)."""
    text = view.raw(i, 20_000)
    if any(leader in text for leader in _LEADERS) and len(_LEADER_PAGE.findall(text)) >= 3:
        return True
    if not introduced or view.ends_sentence(i):  # a list does not end with a full stop
        return False
    words = max(1, view.words(i))
    chapters = len(_entry_word().findall(text)) + len(_CJK_CHAPTER.findall(text))
    pages = len(_PAGE_AFTER_WORDS.findall(text))
    return (chapters >= 3 and words / chapters <= 15) or (pages >= 3 and words / pages <= 12)


def _contents_heading(view: View, i: int) -> bool:
    if view.paragraphs[i].end - view.paragraphs[i].start > 40:
        return False
    if not view.heading(i) and (view.words(i) > 4 or view.ends_sentence(i)):
        return False
    return heading_key(view.raw(i, 80)) in line_set("contents-heading")


def _starts_with_contents(view: View, i: int) -> bool:
    """"Contents 1 Introduction 3 …": the heading and the first entries in one paragraph."""
    text = view.text(i, 300)
    m = pattern("contents-heading", start=True).match(text)
    if not m or m.end() >= len(text) or not (text[m.end()].isspace() or text[m.end()] == ":"):
        return False
    rest = view.raw(i, 300)[m.end():].strip(" :")
    return bool(_ENTRY.match(rest) if len(rest) < 160 else False) or _flat_contents(view, i, True)


def mark_contents(view: View) -> None:
    n = view.n
    i = 0
    while i < n:
        if not view.free(i):
            i += 1
            continue
        if _contents_heading(view, i) or _starts_with_contents(view, i):
            end = _entries_after(view, i)
            if end > i:
                view.mark(range(i, end), CONTENTS)
                i = end
                continue
        end = _run_of_pages(view, i)
        if end > i:
            view.mark(range(i, end), CONTENTS)
            i = end
            continue
        if _flat_contents(view, i, False):
            view.mark([i], CONTENTS)
        i += 1


def _entries_after(view: View, i: int) -> int:
    """Where the contents list that starts at ``i`` (its heading, or a paragraph holding the
    heading and the first entries) ends; ``i`` when no entries follow a bare heading. Entries
    are short title lines or lines with page numbers, up to a heading or a line already seen
    (the body's first chapter title repeats the first entry)."""
    seen: set[str] = set()
    j = i + 1
    flat: list[str] = []
    while j < view.n and view.free(j):
        if _flat_contents(view, j, True):  # a run of entries flattened into one paragraph
            flat.append(" ".join(heading_key(view.raw(j, 20_000)).split()))
            j += 1
            continue
        if not (_entry(view, j) or _title_like(view, j)):
            break  # a heading ends the list, unless it ends in a page number itself
        key = heading_key(view.raw(j, 200))
        if key in seen or key in line_set("contents-heading") or any(key in f for f in flat):
            break  # the first chapter's title: the list has ended
        seen.add(key)
        j += 1
    entries = j - (i + 1)
    if entries >= 3 or (entries >= 1 and all(_entry(view, k) or _flat_contents(view, k, True)
                                             for k in range(i + 1, j))):
        return j
    return i if _contents_heading(view, i) else i + 1


def _run_of_pages(view: View, i: int) -> int:
    """The end of a run of contents lines without a heading starting at ``i`` (``i`` when
    there is none): at least three lines with dot leaders, or five whose page numbers climb
    by several pages at a time near the start of the document."""
    if not _entry(view, i):
        return i
    pages: list[int] = []
    leaders = 0
    j, last, gaps = i, i, 0
    while j < view.n and view.free(j) and not view.heading(j):
        m = _entry(view, j)
        if m:
            leaders += bool(m.group("lead"))
            if m.group("page").isdigit():
                pages.append(int(m.group("page")))
            last, gaps = j, 0
        elif _title_like(view, j) and view.words(j) <= 8 and gaps < 2:
            gaps += 1
        else:
            break
        j += 1
    entries = last + 1 - i
    climbing = all(b >= a for a, b in zip(pages, pages[1:], strict=False))
    spread = (pages[-1] - pages[0]) / max(1, len(pages) - 1) if len(pages) > 1 else 0
    if climbing and ((leaders >= 2 and entries >= 3)
                     or (len(pages) >= 5 and spread >= 3 and view.position(i) < 0.25)):
        return last + 1
    return i


def _index_line(view: View, i: int) -> bool:
    if view.words(i) > 20:
        return False
    raw = view.raw(i, 250).strip()
    if len(raw) > 200 or not raw or not (raw[0].isalpha() or raw[0] in "\"'“‘("):
        return False
    m = _REFS_AFTER_COMMA.search(raw) or _REFS_AFTER_SPACE.search(raw)
    if m and not _YEAR.fullmatch(m.group().strip(" ,.;")):
        return True
    see = view.find("index-see", i)
    return see is not None and see.start() > 0 and raw[: see.start()].rstrip()[-1:] in ".,;("


def _letter(view: View, i: int) -> bool:
    return bool(_LETTER.match(view.raw(i, 10).strip()))


def mark_index(view: View) -> None:
    n = view.n
    i = 0
    while i < n:
        if not view.free(i) or view.position(i) < 0.5:
            i += 1
            continue
        if _flat_index(view, i):
            view.mark(_heading_before(view, i), INDEX)
            view.mark([i], INDEX)
            i += 1
            continue
        if not _index_line(view, i):
            i += 1
            continue
        j, last, lines, gaps = i, i, 0, 0
        while j < n and view.free(j):
            if _index_line(view, j):
                lines, last, gaps = lines + 1, j, 0
            elif _letter(view, j):
                gaps = 0
            elif (view.words(j) <= GAP_WORDS and not view.heading(j) and not view.ends_sentence(j)
                  and gaps < 3):
                gaps += 1
            else:
                break
            j += 1
        if lines >= MIN_INDEX_LINES and lines * 2 >= last + 1 - i:
            view.mark(_heading_before(view, i), INDEX)
            view.mark(range(i, last + 1), INDEX)
        i = last + 1


def _flat_index(view: View, i: int) -> bool:
    """A whole index run together into one paragraph (a plain text file's lines)."""
    if view.words(i) < 15:
        return False
    text = view.raw(i, 20_000)
    if len(_COMMA_NUMBER.findall(text)) < MIN_INDEX_LINES:
        return False
    found = _FLAT_INDEX.findall(text)
    return len(found) >= MIN_INDEX_LINES and sum(map(len, found)) >= 0.6 * len(text)


def _heading_before(view: View, i: int) -> list[int]:
    """An "Index" heading just before ``i``, with the letter and the line of explanation that
    may stand between them: the paragraphs from the heading to ``i``."""
    k = i - 1
    explained = False
    while k >= 0 and view.free(k):
        if heading_key(view.raw(k, 80)) in line_set("index-heading") and view.words(k) <= 4:
            return list(range(k, i))
        if _letter(view, k):
            k -= 1
        elif not explained and view.words(k) <= 60 and not view.heading(k):
            explained = True
            k -= 1
        else:
            break
    return [j for j in range(k + 1, i) if _letter(view, j)]
