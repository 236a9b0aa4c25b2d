"""What every step of the search reads: the article's text, its lexicon and its common words."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..article import Article, Paragraph
from ..scanning import findall
from .lexicon import Lexicon, lexicon_for
from .tokens import SENTENCE_END, Token, token, tokenize

# (a word right after a closing quotation mark is not taken as a sentence's first word: it is
# as often the speaker, “I would,” Melanie said)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]\s*|[„«“]\s*)([^\W\d_][\w\-]*)(?= [^\W\d_])"
                             r"(?! [A-ZÀ-ÖØ-ÞА-ЯЁ])")
# after an initial ("Paul D. Ryan") a capital is inside a sentence
_AFTER_INITIAL = re.compile(r"\b[A-ZÀ-ÖØ-ÞА-ЯЁ]\. ([^\W\d_][\w\-]*)")
_CAPITALISED = re.compile(r"(?<=[\w,] )([^\W\d_][\w\-]*)")
_SMALL_WORD = re.compile(r"(?<![\w'’\-])[a-zß-ÿа-яё][\w\-]*")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


@dataclass(frozen=True, eq=False)
class Context:
    """The article being read. ``common``: lower-cased words that are not names even when
    capitalised (the language's stop words, and words the article capitalises only where a
    sentence starts: "Similarly", "Ähnlich")."""

    text: str
    paragraphs: list[Paragraph]
    lex: Lexicon
    common: frozenset[str]
    cjk: bool  # the text has Chinese characters
    starts: list[int] = field(default_factory=list)  # where each paragraph starts

    def tokens(self, start: int, end: int, text: str | None = None) -> list[Token]:
        """The tokens of ``start:end`` of the text (or of ``text``: the article's text with
        some stretches blanked)."""
        return tokenize(self.text if text is None else text, start, end, self.lex.abbreviations)

    def paragraph_at(self, pos: int) -> int:
        return max(0, bisect_right(self.starts, pos) - 1)

    def sentence_before(self, pos: int, text: str | None = None,
                        reach: int = 600) -> tuple[list[Token], bool]:
        """The last whole sentence before ``pos`` and whether ``pos`` opens a sentence of its
        own. When nothing stands before ``pos`` in its paragraph, the sentence is the last of
        the paragraph before (not a heading). ``text``: the article's text with some stretches
        blanked (quotes)."""
        number = self.paragraph_at(pos)
        para = self.paragraphs[number] if self.paragraphs else None
        start = para.start if para is not None else 0
        toks = self.tokens(max(start, pos - reach), pos, text)
        opens = not any(t.word for t in toks)
        if toks and toks[0].start > start or any(t.text in SENTENCE_END for t in toks):
            opens = not any(t.word for t in toks[self._last_end(toks) + 1 :])
        elif number > 0 and not self.paragraphs[number - 1].heading:
            # the sentence at ``pos`` opens its paragraph: the paragraph before ends the last
            before = self.paragraphs[number - 1]
            start = before.start
            toks = self.tokens(max(start, before.end - reach), before.end, text)
            if toks and toks[-1].text not in SENTENCE_END:
                toks.append(token(".", before.end, before.end))
        ends = [i for i, t in enumerate(toks) if t.text in SENTENCE_END]
        # a "sentence" of marks alone is a blanked quote, not the sentence before
        while len(ends) > 1 and not any(t.word for t in toks[ends[-2] + 1 : ends[-1]]):
            ends.pop()
        if not ends:
            return [], opens
        prior = ends[:-1]
        sentence = toks[(prior[-1] + 1) if prior else 0 : ends[-1]]
        if toks[0].start > start and not prior or not any(t.word for t in sentence):
            sentence = []  # the sentence starts further back than we looked
        return sentence, opens

    @staticmethod
    def _last_end(toks: list[Token]) -> int:
        return max((i for i, t in enumerate(toks) if t.text in SENTENCE_END), default=-1)

    def span(self, first: Token, last: Token) -> str:
        return self.text[first.start : last.end]


def context_for(article: Article, story: bool = False) -> Context:
    """``story``: the text tells a story in dialogue, where a name may stand only at the start
    of sentences ("Claire soupira.")."""
    text = article.text
    language = article.language
    lex = lexicon_for(language)
    common = common_words(text, language, story) - lex.name_words
    return Context(text, article.paragraphs, lex, frozenset(common), bool(_CJK.search(text)),
                   [p.start for p in article.paragraphs])


def common_words(text: str, language: str | None, story: bool = False) -> set[str]:
    """The language's stop words, and the words the text capitalises only where a sentence
    starts; in a story, only those the text also writes in small letters ("However")."""
    from ..words import stop_words  # (words imports sentences, which imports our marks)

    common: set[str] = set()
    code = language if language and language != "und" else "en"
    for c in {code, "en"}:
        common |= stop_words(c)
    initial = {w for w in set(findall(_SENTENCE_START, text)) if w[0].isupper()}
    inside = {w for w in set(findall(_CAPITALISED, text)) if w[0].isupper()}
    inside |= set(findall(_AFTER_INITIAL, text))
    initial -= inside
    if story:
        small = set(findall(_SMALL_WORD, text))
        initial = {w for w in initial if w.lower() in small}
    common |= {w.lower() for w in initial}
    return common
