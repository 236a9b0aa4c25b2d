"""Extractive summaries: which sentences of the article make its summary.

``margin`` (the default) is our ranker (``summarize_margin``): for a brief summary, what the
article is about (its topic words, centrality, the opening); for a longer one, what recurs
(degree centrality on a word-sharing graph, the headline's echo); sentences that stand alone,
and no repetition (MMR). It is vectorised with numpy on sparse triplets, so its cost grows with
the number of words, not with sentences squared. Its summaries nest: the summary of k sentences
is always part of the summary of k + 1. Every sumy algorithm is selectable by name and gets our
sentences and tokenizer (``summarize_sumy``); their summaries nest too (each rates the sentences
once, whatever the length, and takes the best k).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from .errors import ReaderError
from .summarize_margin import MIN_LOG_LENGTH, margin, word_sharing_degree
from .summarize_sumy import SUMY_ALGORITHMS, SumyTokenizer, sumy_summary

DEFAULT_ALGORITHM = "margin"
ALGORITHMS = (DEFAULT_ALGORITHM, *SUMY_ALGORITHMS)
_ALIASES = {"default": DEFAULT_ALGORITHM, "lex-rank": "lexrank", "text-rank": "textrank",
            "kl-sum": "kl", "klsum": "kl", "sum-basic": "sumbasic"}

MIN_WORDS = 5  # shorter sentences (datelines, "Read more.", "We chose the river.") are not
# summary material when there are longer ones; 5 rather than 4: CNN/DM R1 40.60 -> 40.75, BBC
# 82.39 -> 82.36 (still above every sumy row)


def algorithm_name(name: str) -> str:
    key = name.strip().lower()
    key = _ALIASES.get(key, key)
    if key not in ALGORITHMS:
        raise ReaderError(f"unknown algorithm '{name}'; choose one of: {', '.join(ALGORITHMS)}")
    return key


def default_length(n_sentences: int) -> int:
    """A summary length that grows with the text: 3 for a short article, ~1 in 40 for a book."""
    if n_sentences <= 0:
        return 0
    wanted = round(1.1 * math.sqrt(n_sentences))
    return min(n_sentences, max(3, min(wanted, 40)))


def summary_length(n_sentences: int, sentences: int | None = None,
                   ratio: float | None = None) -> int:
    if sentences is not None:
        if sentences < 1:
            raise ReaderError("the number of summary sentences must be at least 1")
        return min(sentences, n_sentences)
    if ratio is not None:
        if not 0 < ratio <= 1:
            raise ReaderError("the summary ratio must be between 0 and 1 (for example 0.2)")
        return min(n_sentences, max(1, math.ceil(ratio * n_sentences)))
    return default_length(n_sentences)


def summarize(texts: Sequence[str], count: int, language: str, algorithm: str = DEFAULT_ALGORITHM,
              *, paragraphs: Sequence[int] | None = None, title: str | None = None,
              tokens: Sequence[list[str]] | None = None) -> list[int]:
    """Indexes (into ``texts``, ascending) of the ``count`` sentences that make the summary.

    ``texts`` are the candidate sentences in document order; ``paragraphs`` their paragraph
    numbers (used by the algorithms that look at document structure, and by ours to follow a
    quote); ``tokens`` their words from ``tokenize`` when the caller has them already.
    """
    algorithm = algorithm_name(algorithm)
    count = min(count, len(texts))
    if count <= 0:
        return []
    if algorithm == DEFAULT_ALGORITHM:
        return margin(texts, count, language, title, tokens, paragraphs)
    return sumy_summary(algorithm, texts, count, language, paragraphs, title)


__all__ = ["ALGORITHMS", "DEFAULT_ALGORITHM", "MIN_LOG_LENGTH", "MIN_WORDS", "SUMY_ALGORITHMS",
           "SumyTokenizer", "algorithm_name", "default_length", "summarize", "summary_length",
           "word_sharing_degree"]
