"""The analysis pipeline: article -> language, sentences, summary and quotes, all as spans."""

from __future__ import annotations

import os
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from .article import Article
from .cancel import checkpoint
from .errors import LanguageError, ReaderError
from .language import article_language, normalize_code
from .quotes import MAX_QUOTES, Quote, find_quotes_within
from .sentences import MAX_SENTENCE_CHARS, Sentence, split_sentences
from .summarize import DEFAULT_ALGORITHM, algorithm_name, summarize, summary_length
from .summarize import MIN_WORDS as _MIN_WORDS
from .summarize_sentences import is_furniture
from .words import tokenize

Progress = Callable[[str], None]


UNDETERMINED = "und"  # the ISO 639 code for a language that cannot be told


@dataclass(frozen=True)
class Options:
    sentences: int | None = None
    ratio: float | None = None
    algorithm: str = DEFAULT_ALGORITHM
    language: str | None = None  # the user's override wins over detection


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass
class Analysis:
    article: Article
    language: str
    algorithm: str
    sentences: list[Sentence]
    summary: list[Span]
    quotes: list[Quote]
    options: Options = field(default_factory=Options)
    # where the analysis stopped short on a pathological text, in sentences a person reads
    notes: list[str] = field(default_factory=list)

    def span_text(self, span: Span | Quote | Sentence) -> str:
        return self.article.text[span.start : span.end]

    def to_json(self, file: str | None = None) -> dict[str, Any]:
        art = self.article
        return {
            "file": file if file is not None else art.source,
            "title": art.title,
            "author": art.author,
            "date": art.date,
            "language": self.language,
            "algorithm": self.algorithm,
            "text": art.text,
            "summary": [
                {"text": self.span_text(s), "start": s.start, "end": s.end} for s in self.summary
            ],
            "quotes": [
                {"text": self.span_text(q), "speaker": q.speaker, "start": q.start, "end": q.end}
                for q in self.quotes
            ],
            "notes": [{"text": n.text, "anchor": n.anchor} for n in art.notes],
        }


def _summary_candidates(article: Article,
                        sentences: list[Sentence]) -> tuple[list[int], list[list[str]]]:
    """Sentences that may stand in a summary (not headings, not fragments, not page furniture
    such as a byline, a caption or a time stamp, not a repeat of an earlier sentence's words),
    with their words, which the ranker uses too."""
    paragraphs = article.paragraphs
    language = article.language or UNDETERMINED
    body = [i for i, s in enumerate(sentences)
            if not s.heading and not paragraphs[s.paragraph].matter]
    words = {i: tokenize(article.text[sentences[i].start : sentences[i].end]) for i in body}
    # A paragraph repeated (a pull quote, a feed that doubles its text) must not fill the summary
    # with the same sentence: only its first occurrence is a candidate, for every summariser.
    seen: set[tuple[str, ...]] = set()
    first = []
    for i in body:
        key = tuple(words[i])
        if key not in seen:
            seen.add(key)
            first.append(i)
    full = [i for i in first if len(words[i]) >= _MIN_WORDS]
    chosen = full or first
    # a caption is told by the credit after it, so each sentence is read with the next one
    texts = [article.text[sentences[i].start : sentences[i].end] for i in chosen]
    kept = [i for k, i in enumerate(chosen)
            if not is_furniture(texts[k], texts[k + 1] if k + 1 < len(texts) else None,
                                language)]
    chosen = kept or chosen
    return chosen, [words[i] for i in chosen]


def _outside_matter(article: Article, quotes: list[Quote]) -> list[Quote]:
    """The quotes that are not in front or back matter (contents, licences: nobody speaks)."""
    paragraphs = article.paragraphs
    starts = [p.start for p in paragraphs]
    return [q for q in quotes if not paragraphs[max(0, bisect_right(starts, q.start) - 1)].matter]


def analyze(article: Article, options: Options | None = None,
            progress: Progress | None = None) -> Analysis:
    options = options or Options()
    algorithm = algorithm_name(options.algorithm)

    def step(what: str) -> None:
        checkpoint()  # called off? (see reader.core.cancel)
        if progress is not None:
            progress(what)

    step("language")
    notes: list[str] = []
    language = normalize_code(options.language) if options.language else None
    if not language:
        try:  # the declared language when the text bears it out, else detection (body only)
            language = article_language(article)
        except LanguageError as exc:  # a few digits, a line of symbols: still shown
            language = UNDETERMINED
            notes.append(f"The text {exc}; it is summarised without the rules of a language.")
    # A copy: the caller's article may be shown or analysed again elsewhere meanwhile.
    article = replace(article, language=language)

    step("sentences")
    sentences = split_sentences(article, language)
    cut = sum(1 for s in sentences if s.cut)
    if cut:
        notes.append(f"Some of the text runs on for more than {MAX_SENTENCE_CHARS:,} characters "
                     f"without ending a sentence; it was cut into {cut:,} pieces of about that "
                     f"length for the summary.")
    candidates, words = _summary_candidates(article, sentences)
    count = summary_length(len(candidates), options.sentences, options.ratio)

    step("summary")
    texts = [article.text[sentences[i].start : sentences[i].end] for i in candidates]
    picked = summarize(texts, count, language, algorithm,
                       paragraphs=[sentences[i].paragraph for i in candidates],
                       title=article.title, tokens=words)
    summary = [Span(sentences[candidates[k]].start, sentences[candidates[k]].end) for k in picked]

    step("quotes")
    quotes, skipped = find_quotes_within(article, MAX_QUOTES)
    if any(p.matter for p in article.paragraphs):
        quotes = _outside_matter(article, quotes)
    if skipped:
        notes.append(f"Quotes were looked for in the first {MAX_QUOTES:,} of "
                     f"{MAX_QUOTES + skipped:,} passages in quotation marks; the rest were "
                     f"skipped to keep the analysis quick.")
    checkpoint()
    return Analysis(article, language, algorithm, sentences, summary, quotes, options, notes)


def analyze_file(path: str | os.PathLike[str], options: Options | None = None,
                 progress: Progress | None = None) -> Analysis:
    from .loaders import load

    checkpoint()
    if progress is not None:
        progress("loading")
    return analyze(load(path), options, progress)


__all__ = ["Analysis", "Options", "ReaderError", "Span", "analyze", "analyze_file"]
