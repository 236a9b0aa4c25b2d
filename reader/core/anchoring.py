"""Where a highlight sits in an article's text, and finding it again when the text changes.

A highlight is kept as its character range *and* as the words it covers with a little text
before and after them (the idea of the W3C Web Annotation model's TextPositionSelector and
TextQuoteSelector together). The range is tried first; when the text has changed (a newer
Margin reads the file differently) the quote is looked for again, the context picking the right
one of several, and failing that the context alone brackets a quote that changed a little. What
cannot be found is reported as lost (None): the caller keeps it, marked detached.

Pure Python, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

COLOURS = ("yellow", "green", "blue", "pink", "purple")
CONTEXT = 32  # characters kept before and after the quote

# How much of the stored context must still stand around a re-found quote (0..1).
MIN_CONTEXT = 0.5
# A quote at least this long (without spaces) that occurs once is itself proof enough.
DISTINCT_QUOTE = 20
# The bracketing fallback: the context on both sides found, the text between them this like
# the quote (difflib's ratio).
MIN_QUOTE_LIKENESS = 0.7
# More candidates than this are scored cheaply first and only the best ones in full.
FULL_SCORING = 200

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_CHAR = re.compile(f"[{_CJK}]")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Anchor:
    """``text[start:end] == quote``; ``prefix`` and ``suffix`` are the text just before and
    after it when it was made (shorter at the ends of the text)."""

    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


def make_anchor(text: str, start: int, end: int, context: int = CONTEXT) -> Anchor:
    """The anchor of ``text[start:end]``, white space at either edge left out. Raises
    ValueError for a range outside the text or one holding nothing but white space."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"no text at {start}..{end} (the text has {len(text)} characters)")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise ValueError("a highlight needs more than white space")
    return Anchor(start, end, text[start:end], text[max(0, start - context):start],
                  text[end:end + context])


def _quote_pattern(quote: str) -> re.Pattern[str] | None:
    """The quote's words with any run of white space between them; next to a Chinese or
    Japanese character white space may be there or not (those scripts put none between
    words, and a copy from a PDF may have some)."""
    words = quote.split()
    if not words:
        return None
    pattern: list[str] = []
    prev = ""
    for word in words:
        for k, ch in enumerate(word):
            if prev:
                cjk = _CJK_CHAR.match(prev) or _CJK_CHAR.match(ch)
                if k == 0:
                    pattern.append(r"\s*" if cjk else r"\s+")
                elif cjk:
                    pattern.append(r"\s*")
            pattern.append(re.escape(ch))
            prev = ch
    return re.compile("".join(pattern))


def _occurrences(text: str, quote: str, overlapping: bool = False) -> list[tuple[int, int]]:
    pattern = _quote_pattern(quote)
    if pattern is None:
        return []
    if not overlapping:
        return [m.span() for m in pattern.finditer(text)]
    spans, at = [], 0
    while (m := pattern.search(text, at)) is not None:
        spans.append(m.span())
        at = m.start() + 1
    return spans


def find_quote(text: str, quote: str, occurrence: int = 1) -> tuple[int, int] | None:
    """The range of the ``occurrence``-th (from 1) appearance of ``quote`` in ``text``, as a
    search counts them (one after another, not overlapping). Exact but for white space: any
    run of it matches any other. None when it is not there that often."""
    if occurrence < 1:
        raise ValueError("occurrences are counted from 1")
    pattern = _quote_pattern(quote)
    if pattern is None:
        return None
    for n, m in enumerate(pattern.finditer(text), start=1):
        if n == occurrence:
            return m.span()
    return None


def count_quote(text: str, quote: str) -> int:
    """How many times ``quote`` appears in ``text`` (as ``find_quote`` counts)."""
    return len(_occurrences(text, quote))


# --- finding an anchor again --------------------------------------------------------------------

def _flat(s: str) -> str:
    return _SPACE.sub(" ", s)


def _alike(stored: str, found: str) -> int:
    """How many characters of ``stored`` are found, in order, in ``found``."""
    if not stored or not found:
        return 0
    return sum(b.size for b in SequenceMatcher(None, stored, found, autojunk=False)
               .get_matching_blocks())


def _context_score(text: str, span: tuple[int, int], prefix: str, suffix: str) -> float:
    """How much of the stored context stands around ``span`` (0..1), white space flattened.
    With no context to compare (the quote was the whole text) every place scores 1."""
    want_before, want_after = _flat(prefix), _flat(suffix)
    total = len(want_before) + len(want_after)
    if total == 0:
        return 1.0
    start, end = span
    # enough of the text to hold the context after white space is flattened
    room_before, room_after = 2 * len(prefix) + 8, 2 * len(suffix) + 8
    before = (_flat(text[max(0, start - room_before):start])[-len(want_before):]
              if want_before else "")
    after = _flat(text[end:end + room_after])[:len(want_after)] if want_after else ""
    return (_alike(want_before, before) + _alike(want_after, after)) / total


def _edge_score(text: str, span: tuple[int, int], prefix: str, suffix: str) -> int:
    """A cheap first look: characters of context that match right next to the span."""
    start, end = span
    n = 0
    for a, b in zip(reversed(prefix), reversed(text[max(0, start - len(prefix)):start]),
                    strict=False):
        if a != b:
            break
        n += 1
    for a, b in zip(suffix, text[end:end + len(suffix)], strict=False):
        if a != b:
            break
        n += 1
    return n


def _at_its_place(text: str, anchor: Anchor) -> bool:
    s, e = anchor.start, anchor.end
    return (0 <= s - len(anchor.prefix) and e + len(anchor.suffix) <= len(text)
            and text[s:e] == anchor.quote and text[s - len(anchor.prefix):s] == anchor.prefix
            and text[e:e + len(anchor.suffix)] == anchor.suffix)


def _by_quote(text: str, anchor: Anchor) -> tuple[int, int] | None:
    spans = _occurrences(text, anchor.quote, overlapping=True)
    if not spans:
        return None

    def near(span: tuple[int, int]) -> int:
        return abs(span[0] - anchor.start)

    if len(spans) > FULL_SCORING:  # a common word in a book: look closely at the likeliest
        spans = sorted(spans, key=lambda sp: (-_edge_score(text, sp, anchor.prefix,
                                                           anchor.suffix), near(sp)))
        spans = spans[:FULL_SCORING // 4]
    scored = [(_context_score(text, sp, anchor.prefix, anchor.suffix), -near(sp), sp)
              for sp in spans]
    score, _, best = max(scored)
    if score >= MIN_CONTEXT:
        return best
    if len(spans) == 1 and len("".join(anchor.quote.split())) >= DISTINCT_QUOTE:
        return best
    return None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _by_context(text: str, anchor: Anchor) -> tuple[int, int] | None:
    """The quote changed a little: the stored context, found on both sides, brackets it."""
    prefix, suffix = anchor.prefix.rstrip(), anchor.suffix.lstrip()
    if len("".join(prefix.split())) < 8 or len("".join(suffix.split())) < 8:
        return None  # too little context to trust
    want = _flat(anchor.quote.strip())
    reach = 2 * len(anchor.quote) + 64
    closing_pattern = _quote_pattern(suffix[:24])
    assert closing_pattern is not None
    best: tuple[float, int, tuple[int, int]] | None = None
    for _, after_prefix in _occurrences(text, prefix[-24:])[:1000]:
        # the nearest closing context belongs to this opening one
        closing = closing_pattern.search(text, after_prefix, after_prefix + reach)
        if closing is None:
            continue
        start, end = _trimmed(text, after_prefix, closing.start())
        if start == end:
            continue
        likeness = SequenceMatcher(None, want, _flat(text[start:end]), autojunk=False).ratio()
        if likeness >= MIN_QUOTE_LIKENESS:
            key = (likeness, -abs(start - anchor.start), (start, end))
            if best is None or key > best:
                best = key
    return best[2] if best is not None else None


def find_anchor(text: str, anchor: Anchor) -> tuple[int, int] | None:
    """Where ``anchor`` is in ``text`` now: its own range when the quote and its context still
    stand there; else the appearance of the quote (white space aside) whose surroundings best
    match the stored context, the nearest winning a tie; else the stretch between the stored
    context when it reads nearly as the quote did. None when it is lost."""
    if _at_its_place(text, anchor):
        return anchor.start, anchor.end
    found = _by_quote(text, anchor)
    if found is None:
        found = _by_context(text, anchor)
    return found


__all__ = ["COLOURS", "CONTEXT", "Anchor", "count_quote", "find_anchor", "find_quote",
           "make_anchor"]
