"""The analysis pipeline: article -> language, sentences, summary and quotes, all as spans."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from .article import Article
from .errors import ReaderError
from .language import detect_language, normalize_code
from .quotes import Quote, find_quotes
from .sentences import Sentence, split_sentences
from .summarize import DEFAULT_ALGORITHM, algorithm_name, summarize, summary_length
from .summarize import MIN_WORDS as _MIN_WORDS
from .words import tokenize

Progress = Callable[[str], None]


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
        }


def _summary_candidates(article: Article,
                        sentences: list[Sentence]) -> tuple[list[int], list[list[str]]]:
    """Sentences that may stand in a summary (not headings, not fragments), with their words,
    which the ranker uses too."""
    body = [i for i, s in enumerate(sentences) if not s.heading]
    words = {i: tokenize(article.text[sentences[i].start : sentences[i].end]) for i in body}
    full = [i for i in body if len(words[i]) >= _MIN_WORDS]
    chosen = full or body
    return chosen, [words[i] for i in chosen]


def analyze(article: Article, options: Options | None = None,
            progress: Progress | None = None) -> Analysis:
    options = options or Options()
    algorithm = algorithm_name(options.algorithm)

    def step(what: str) -> None:
        if progress is not None:
            progress(what)

    step("language")
    language = normalize_code(options.language) if options.language else None
    if not language:
        language = detect_language(article.text)
    # A copy: the caller's article may be shown or analysed again elsewhere meanwhile.
    article = replace(article, language=language)

    step("sentences")
    sentences = split_sentences(article, language)
    candidates, words = _summary_candidates(article, sentences)
    count = summary_length(len(candidates), options.sentences, options.ratio)

    step("summary")
    texts = [article.text[sentences[i].start : sentences[i].end] for i in candidates]
    picked = summarize(texts, count, language, algorithm,
                       paragraphs=[sentences[i].paragraph for i in candidates],
                       title=article.title, tokens=words)
    summary = [Span(sentences[candidates[k]].start, sentences[candidates[k]].end) for k in picked]

    step("quotes")
    quotes = find_quotes(article)
    return Analysis(article, language, algorithm, sentences, summary, quotes, options)


def analyze_file(path: str | os.PathLike[str], options: Options | None = None,
                 progress: Progress | None = None) -> Analysis:
    from .loaders import load

    if progress is not None:
        progress("loading")
    return analyze(load(path), options, progress)


__all__ = ["Analysis", "Options", "ReaderError", "Span", "analyze", "analyze_file"]
