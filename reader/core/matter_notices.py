"""Copyright pages, imprints and licences: the notices around a work that are not the work.

A notice is anchored by something only notices say ("All rights reserved", "© 2012", an ISBN,
"Permission is granted to copy ... under the terms of the GNU Free Documentation License", a
Creative Commons notice about *this* work); the block around an anchor grows over neighbours
that carry weaker signs (a printer's line, "Editor: …", a publisher's address) and over a few
short lines between them, never over a heading. Project Gutenberg's framing is cut at its own
markers. A paragraph that only talks about copyright or licences is body text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .matter_view import View, quoted
from .matter_words import find, heading_key, line_set, normalize, pattern, phrases

COPYRIGHT = "copyright"
LICENCE = "licence"

# "© 2012 …", "© Jane Doe", "(c) 2012", "Copyright 2012", "Copyright ©": on the text as written,
# since what follows the sign matters ("™© we think" is a joke, not a notice)
_COPYRIGHT_SIGN = re.compile(r"[©℗]\s*(?:(?:19|20)\d\d|[A-Z\u0400-\u042f\u3040-\u9fff])|"
                             r"\([cC]\)\s*(?:19|20)\d\d|"
                             r"\b(?:copyright|COPYRIGHT|Copyright)\s*(?:©|\([cC]\)|(?:19|20)\d\d)")
_ISBN = re.compile(r"(?<![\w:/])isbn(?:-1[03])?\s*[:：]?\s*(?:97[89][-\s]?)?\d")
_LICENCE_URL = re.compile(r"creativecommons\.org/(?:licenses|publicdomain)|"
                          r"gnu\.org/(?:licenses|copyleft)")
_LICENCE_TAG = re.compile(r"\bcc[ -](?:by|zero)\b|\bcc0\b|\b(?:gpl|lgpl|agpl|gfdl)-?v?\d")
_VERSION = re.compile(r"\d\.\d")
_PG_START = re.compile(r"\*{3}\s*start of (?:the|this) project gutenberg|\*end\*the small print")
_PG_END = re.compile(r"\*{3}\s*end of (?:the|this) project gutenberg|"
                     r"^\W{0,3}end of (?:the )?project gutenberg(?:'s)?\b")
_FULL_LICENCE = re.compile(r"start: full license|the full project gutenberg license|"
                           r"^\W{0,3}gnu (?:free documentation|(?:lesser |affero )?general public) "
                           r"license\W{0,3}(?:version [\d.]+\W{0,3})?$")
_CREDIT_LINE = re.compile(r"^[^\W\d][^:：.!?]{1,40}[:：]\s*\S")
_DIGIT = re.compile(r"\d")

SHORT = 12  # words of a line at the start of which a weak sign counts
GAP = 6  # words of a short line a block may grow over
MAX_GAPS = 4


def _anchor(view: View, i: int) -> str:
    """LICENCE or COPYRIGHT when the paragraph itself is such a notice, else ""."""
    kind = _kind(view, i)
    return kind if kind and _only_notice(view, i) else ""


def _kind(view: View, i: int) -> str:
    """The kind of notice the paragraph holds, judged by its signs alone."""
    words = view.words(i)
    text = view.text(i)
    # a long paragraph is a notice only if it starts as one
    reach = len(text) if words <= 150 else 100

    def ok(m: re.Match[str] | None, limit: int = reach) -> bool:
        return m is not None and m.start() < limit and not quoted(text, m.start())

    if ok(view.find("licence", i)):
        return LICENCE
    name = view.find("licence-name", i) if words <= 120 else None
    if name is not None:
        statement = view.find("licence-statement", i)
        if ok(statement) and statement is not None and (
                view.find("licence-self", i) or (statement.start() < 5 and words <= 30)):
            return LICENCE
        if words <= 15 and _VERSION.search(text):
            return LICENCE
    if words <= 15 and any(s in text for s in ("cc", "gnu", "gpl", "gfdl", "creativecommons")):
        if _LICENCE_URL.search(text) or _LICENCE_TAG.search(text):
            return LICENCE
    if words >= 2 and ("©" in text or "℗" in text or "(c)" in text or "copyright" in text):
        raw = view.raw(i, reach if words > 150 else None)
        if ok(_COPYRIGHT_SIGN.search(raw), 80 if words > 60 else reach):
            return COPYRIGHT
    if ok(view.find("copyright", i), 100 if words > 80 else reach):
        return COPYRIGHT
    m = _ISBN.search(text) if "isbn" in text else None
    if m and (m.start() < 3 or (m.start() < 25 and words <= 8)):  # "ISBN …", "Paperback ISBN …"
        return COPYRIGHT
    return ""


_SENTENCE_BREAK = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])")
_URL = re.compile(r"https?://\S+|www\.\S+")
MIXED_WORDS = 30  # words of plain sentences after which a paragraph is more than a notice


def _cued(sentence: str) -> bool:
    """Whether a sentence carries any sign of a notice."""
    text = normalize(sentence)
    return bool(_COPYRIGHT_SIGN.search(sentence) or _ISBN.search(text) or any(
        find(section, text) for section in ("copyright", "licence", "licence-name", "colophon",
                                            "company")))


def _only_notice(view: View, i: int) -> bool:
    """Whether a paragraph with a notice in it is the notice and nothing else: a page's footer
    run into the first paragraph of the next page ("… © 2004. Licensed under the GNU Free
    Documentation License. We will motivate our study of …") is body text with a notice in
    it, and body text is never given away."""
    if view.words(i) <= 40:
        return True
    plain_words = plain_sentences = 0
    for sentence in _SENTENCE_BREAK.split(_URL.sub(" ", view.raw(i, 4000))):
        if sentence.strip() and not _cued(sentence):
            plain_sentences += 1
            plain_words += len(sentence.split()) if sentence.isascii() else len(sentence) // 2
    return plain_sentences < 2 or plain_words < MIXED_WORDS


def _weak(view: View, i: int) -> bool:
    """A sign that the paragraph belongs to a copyright page or imprint, if one is near."""
    words = view.words(i)
    if words > 80:
        return False
    if view.find("colophon", i):
        return _only_notice(view, i)
    if words > SHORT + 3:
        return False
    text = view.text(i)
    if pattern("colophon-start", start=True).search(text):
        return True
    if view.find("company", i) and _DIGIT.search(text) and not view.ends_sentence(i):
        return True  # a publisher's address
    return words <= 10 and bool(_CREDIT_LINE.search(text)) and not view.ends_sentence(i)


def _gap(view: View, i: int) -> bool:
    return view.words(i) <= GAP and not view.heading(i)


def mark_notices(view: View) -> None:
    _gutenberg(view)
    n = view.n
    anchors = [_anchor(view, i) if view.free(i) and not view.heading(i) else ""
               for i in range(n)]
    weak: dict[int, bool] = {}

    def is_weak(i: int) -> bool:
        if i not in weak:
            weak[i] = _weak(view, i)
        return weak[i]

    def member(i: int) -> bool:
        return view.free(i) and not view.heading(i) and bool(anchors[i] or is_weak(i))

    def reach(i: int, step: int) -> int:
        last, gaps, j = i, 0, i + step
        while 0 <= j < n and view.free(j) and not view.heading(j):
            if member(j):
                last, gaps = j, 0
            elif _gap(view, j) and gaps < MAX_GAPS:
                gaps += 1
            else:
                break
            j += step
        return last

    i = 0
    while i < n:
        if not anchors[i] or not view.free(i):
            i += 1
            continue
        lo, hi = reach(i, -1), reach(i, 1)
        kind = anchors[i]
        for k in range(lo, hi + 1):
            kind = anchors[k] or kind  # a line goes with the notice above it (or the first)
            view.mark([k], kind)
        i = hi + 1
    _colophon_sections(view, anchors, is_weak)


def _gutenberg(view: View) -> None:
    """Project Gutenberg's header up to its START line, and everything from its END line (the
    licence follows it); its full licence when it stands at the end without the markers."""
    n = view.n
    for i in range(n):
        if view.position(i) > 0.5:
            break
        text = view.text(i, 300)
        if ("gutenberg" in text or "small print" in text) and _PG_START.search(text):
            end = i + 1
            while end < n and view.free(end) and view.words(end) <= SHORT and _weak(view, end):
                end += 1  # "Produced by …" under the START line
            view.mark(range(end), LICENCE)
            break
    for i in range(n):
        if view.position(i) < 0.5:
            continue
        text = view.text(i, 300)
        if "gutenberg" not in text and "license" not in text:
            continue
        if _PG_END.search(text) or _FULL_LICENCE.search(text):
            if _FULL_LICENCE.search(text) and not _licence_follows(view, i):
                continue
            view.mark(range(i, n), LICENCE)
            break


def _licence_follows(view: View, i: int) -> bool:
    """Whether a heading naming a licence starts the licence's own text (its version, its
    copyright, its preamble) rather than a chapter about it."""
    for j in range(i + 1, min(view.n, i + 4)):
        text = view.text(j, 400)
        if (_COPYRIGHT_SIGN.search(view.raw(j, 400)) or "version" in text[:40]
                or "preamble" in text[:40] or view.find("licence", j)):
            return True
    return False


def _colophon_sections(view: View, anchors: list[str],
                       is_weak: Callable[[int], bool]) -> None:
    """A section under a heading such as "Copyright", "Impressum" or "奥付", short and with
    a notice's signs in it, is the copyright page: all of it, the heading too."""
    headings = line_set("colophon-heading")
    suffixes = tuple(p for p in phrases("colophon-heading") if not p.isascii())
    n = view.n
    for i in range(n):
        if not view.heading(i) or not view.free(i) or len(view.raw(i, 100)) > 60:
            continue
        key = heading_key(view.raw(i, 100))
        if key not in headings and not key.endswith(suffixes):
            continue
        end = i + 1
        while end < n and not view.heading(end):
            end += 1
        section = range(i + 1, end)
        if not 0 < len(section) <= 30 or not all(view.free(j) or view.kinds[j] in
                                                  (COPYRIGHT, LICENCE) for j in section):
            continue
        sizes = [view.words(j) for j in section]
        if max(sizes) > 80 or sum(s > 40 for s in sizes) > 3:
            continue
        if not any(anchors[j] or view.kinds[j] or is_weak(j) for j in section):
            continue
        view.mark([i], next((view.kinds[j] or anchors[j] for j in section
                             if view.kinds[j] or anchors[j]), COPYRIGHT))
        for j in section:
            view.mark([j], anchors[j] or COPYRIGHT)
