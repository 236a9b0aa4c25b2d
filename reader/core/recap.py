""""Recap up to here": what the recap of the text before a reading position is made from
(``reader.core.pipeline.recap`` puts it together).

A book is read over days; the recap says what happened so far and spoils nothing. Everything in
it comes from the text before ``upto`` — the whole chapters read and the current one up to
there: summary sentences that end before it, quotes found in that text alone (so a quote's
speaker is never taken from a sentence after it, nor a name given only later), and the
sections' summaries from their text before it.

For speed the recap reuses what the full analysis already found where that cannot depend on
what comes later: the sentences (split paragraph by paragraph, so those that end before
``upto`` are the same), the language, and the summary of every section whose candidate
sentences are the same as the full analysis had (a section read to its end).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TypeVar

from .article import Article, Section
from .errors import LanguageError
from .language import article_language, normalize_code
from .sections import own_ranges
from .sentences import Sentence

T = TypeVar("T")


def prefix_article(article: Article, upto: int) -> Article:
    """The article cut at ``upto``: its text before it, the paragraphs (the last one cut short)
    and notes and sections that begin before it. Offsets stay those of the whole text."""
    starts = [p.start for p in article.paragraphs]
    paragraphs = [p if p.end <= upto else replace(p, end=upto)
                  for p in article.paragraphs[: bisect_left(starts, upto)]]
    return replace(article, text=article.text[:upto], paragraphs=paragraphs,
                   notes=[n for n in article.notes if n.anchor < upto],
                   sections=[s if s.end <= upto else replace(s, end=upto)
                             for s in article.sections if s.start < upto])


def sentences_before(sentences: Sequence[Sentence], upto: int) -> list[Sentence]:
    """The sentences that end before ``upto`` (all of a sentence cut by it is left out)."""
    return list(sentences[: bisect_right([s.end for s in sentences], upto)])


def recap_language(used: str, asked: str | None, asked_before: str | None,
                   prefix: Article) -> str | None:
    """The recap's language: the one asked for; else the one the analysis used, when it was
    detected (a language, not the content, of the text); else detected on the text read (None
    when it cannot be told)."""
    if asked:
        return normalize_code(asked) or used
    if not asked_before:
        return used
    try:
        return article_language(prefix)
    except LanguageError:
        return None


def unchanged(sections: Sequence[Section], candidates: Sequence[int], starts: Sequence[int],
              summaries: Sequence[T]) -> Callable[[int, list[int]], T | None]:
    """For ``summarize_sections``: the summary the full analysis made of section k, when the
    recap's candidates for it are the ones it had (``candidates``, the full analysis's, start
    at ``starts``)."""
    ranges = own_ranges(sections)

    def reuse(k: int, mine: list[int]) -> T | None:
        lo, hi = ranges[k]
        theirs = candidates[bisect_left(starts, lo) : bisect_left(starts, hi)]
        return summaries[k] if list(theirs) == mine else None

    return reuse


__all__ = ["prefix_article", "recap_language", "sentences_before", "unchanged"]
