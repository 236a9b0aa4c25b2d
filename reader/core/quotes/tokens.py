"""Words and punctuation with their offsets, and a quote's frame: the rest of its sentence."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import NamedTuple

SENTENCE_END = frozenset({".", "!", "?", "。", "！", "？", ";"})
DASHES = frozenset({"—", "–", "―", "-"})

_TOKEN = re.compile(
    # an elided article or preposition is a word of its own: l’élu, d’Inès, dell’autrice
    r"(?<![\w'’])(?:[cdjlmnst]|qu|dell|nell|all|dall|sull|un)['’](?=[^\W\d_])"
    r"|[^\W\d_][\w\-]*(?:\.[^\W\d_][\w\-]*)+\.?"  # news.example.org, u.a.
    r"|[^\W\d_][\w'’\-]*\.?"  # words, with a full stop that may end the sentence
    r"|\d[\d.,:]*(?:-[^\W\d_][\w\-]*)?"  # numbers, "58-Jährige", "34-year-old"
    r"|[^\w\s]", re.UNICODE | re.IGNORECASE)


class Token(NamedTuple):
    """A word or a punctuation mark; ``low``: the word as looked up (lower case, without a
    final full stop or an elision's apostrophe)."""

    text: str
    start: int
    end: int
    low: str

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def word(self) -> bool:
        return self.text[0].isalnum()


def token(text: str, start: int, end: int) -> Token:
    return Token(text, start, end, text.lower().rstrip(".'’"))


@dataclass(frozen=True)
class Frame:
    """Where a quote's speaker is looked for: its sentence around the quotation marks."""

    before: list[Token]  # from the start of the sentence to the opening mark
    after: list[Token]  # from the closing mark to the end of the sentence


def tokenize(text: str, start: int, end: int, abbreviations: Collection[str]) -> list[Token]:
    out: list[Token] = []
    add = out.append
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        s, e = m.span()
        if word[-1] == "." and len(word) > 1:
            stem = word[:-1].lower()
            initial = len(stem) == 1 and word[0].isupper()
            # "(R-Fla.)", "McConnell, R-Ky., said": a full stop right before ")" or "," ends
            # an abbreviation, not a sentence
            abbreviated = text[e : e + 1] in (")", ",")
            if stem not in abbreviations and not initial and "." not in stem and \
                    not abbreviated:
                add(Token(word[:-1], s, e - 1, stem.rstrip("'’")))
                add(Token(".", e - 1, e, ""))
                continue
        add(Token(word, s, e, word.lower().rstrip(".'’")))
    return out


def sentence_of(before: list[Token], after: list[Token]) -> Frame:
    """The frame cut at sentence ends: ``before`` from its last sentence end, ``after`` up to
    its first."""
    for k in range(len(before) - 1, -1, -1):
        if before[k].text in SENTENCE_END:
            before = before[k + 1 :]
            break
    for k, tok in enumerate(after):
        if tok.text in SENTENCE_END:
            after = after[:k]
            break
    return Frame(before, after)
