"""The analysis pipeline: article -> language, sentences, summary and quotes, all as spans; for a
document with sections, each section's own summary too; and the recap of what comes before a
reading position (``recap``, in ``reader.core.recap``)."""

from __future__ import annotations

import math
import os
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .article import Article, Section
from .cancel import checkpoint
from .errors import LanguageError, ReaderError
from .language import article_language, normalize_code
from .quotes import MAX_QUOTES, Quote, find_quotes_within
from .recap import prefix_article, recap_language, sentences_before, unchanged
from .sections import own_ranges
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


@dataclass(frozen=True)
class SectionSummary:
    """The summary of ``article.sections[section]``: sentences of its own text (not of its
    subsections), in document order; [] for front and back matter and where there is nothing
    to summarise."""

    section: int
    summary: list[Span]


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
    sections: list[SectionSummary] = field(default_factory=list)  # one per article section
    upto: int | None = None  # a recap's reading position: nothing at or after it was used
    # the sentences (indexes into ``sentences``) that could stand in a summary
    candidates: list[int] = field(default_factory=list, repr=False, compare=False)

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
            "sections": [self._section_json(s, k) for k, s in enumerate(art.sections)],
            **({"upto": self.upto} if self.upto is not None else {}),
        }

    def _section_json(self, section: Section, k: int) -> dict[str, Any]:
        summary = self.sections[k].summary if k < len(self.sections) else []
        return {"title": section.title, "level": section.level, "start": section.start,
                "end": section.end, "matter": section.matter,
                "summary": [{"text": self.span_text(s), "start": s.start, "end": s.end}
                            for s in summary]}


def summary_candidates(article: Article,
                        sentences: list[Sentence]) -> tuple[list[int], list[list[str]]]:
    """Sentences that may stand in a summary (not headings, not fragments, not page furniture
    such as a byline, a caption or a time stamp, not a repeat of an earlier sentence's words),
    with their words, which the ranker uses too."""
    paragraphs = article.paragraphs
    language = article.language or UNDETERMINED
    body = [i for i, s in enumerate(sentences)
            if not s.heading and not paragraphs[s.paragraph].matter]
    # nor a section that is front or back matter by its title ("References", "Notes")
    in_matter = matter_sections(article)
    body = [i for i in body if not in_matter(sentences[i].start)] or body
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


_summary_candidates = summary_candidates  # its former name


SECTION_FACTOR = 0.8  # a section's summary: about 0.8 x the square root of its sentences,
MAX_SECTION_SENTENCES = 12  # at most this many (a long chapter), at least one


def section_length(n_sentences: int, ratio: float | None = None) -> int:
    """How many sentences summarise a section of ``n_sentences`` candidates: 1 for a few, 2
    for 5, 4 for 30, 8 for 100, 12 at most; ``ratio`` (the reader's share) instead, if given."""
    if n_sentences <= 0:
        return 0
    if ratio is not None:
        return summary_length(n_sentences, None, ratio)
    wanted = round(SECTION_FACTOR * math.sqrt(n_sentences))
    return min(n_sentences, max(1, min(wanted, MAX_SECTION_SENTENCES)))


def summarize_sections(article: Article, sentences: Sequence[Sentence],
                       candidates: Sequence[int], words: Sequence[list[str]],
                       texts: Sequence[str], algorithm: str, ratio: float | None = None,
                       upto: int | None = None,
                       reuse: Callable[[int, list[int]], list[Span] | None] | None = None
                       ) -> list[SectionSummary]:
    """One summary per section of ``article``, each ranked on its own text's candidates (the
    ``candidates`` of the whole text, with their ``words`` and ``texts``) by the same
    summariser. ``upto``: only what comes before it. ``reuse(k, its candidates)`` may give a
    summary already made from those same candidates."""
    language = article.language or UNDETERMINED
    starts = [sentences[i].start for i in candidates]
    out = []
    for k, (section, (lo, hi)) in enumerate(zip(article.sections, own_ranges(article.sections),
                                                 strict=True)):
        if k % 32 == 0:
            checkpoint()
        if upto is not None:
            hi = min(hi, upto)
        first = bisect_left(starts, lo)
        last = max(first, bisect_left(starts, hi))
        mine = [i for i in candidates[first:last] if sentences[i].end <= hi]
        if section.matter or not mine:
            out.append(SectionSummary(k, []))
            continue
        kept = reuse(k, mine) if reuse is not None else None
        if kept is None:
            picked = summarize(texts[first : first + len(mine)], section_length(len(mine), ratio),
                               language, algorithm,
                               paragraphs=[sentences[i].paragraph for i in mine],
                               title=section.title, tokens=words[first : first + len(mine)])
            kept = [Span(sentences[mine[j]].start, sentences[mine[j]].end) for j in picked]
        out.append(SectionSummary(k, kept))
    return out


def matter_sections(article: Article) -> Callable[[int], bool]:
    """Whether an offset lies in a section that is front or back matter by its title; never,
    when such sections are all the text there is (then they are the text)."""
    ranges: list[list[int]] = []
    for sec in sorted((s for s in article.sections if s.matter), key=lambda s: s.start):
        if ranges and sec.start <= ranges[-1][1]:
            ranges[-1][1] = max(ranges[-1][1], sec.end)
        else:
            ranges.append([sec.start, sec.end])
    starts = [r[0] for r in ranges]

    def inside(offset: int) -> bool:
        k = bisect_right(starts, offset) - 1
        return k >= 0 and offset < ranges[k][1]

    if ranges and all(inside(p.start) for p in article.paragraphs if not p.heading):
        return _nowhere
    return inside


def outside_matter(article: Article, quotes: list[Quote]) -> list[Quote]:
    """The quotes that are not in front or back matter (contents, licences, a list of
    references: nobody speaks)."""
    paragraphs = article.paragraphs
    starts = [p.start for p in paragraphs]
    in_matter = matter_sections(article)
    return [q for q in quotes
            if not paragraphs[max(0, bisect_right(starts, q.start) - 1)].matter
            and not in_matter(q.start)]


def _nowhere(offset: int) -> bool:
    return False


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
    candidates, words = summary_candidates(article, sentences)

    step("summary")
    texts = [article.text[sentences[i].start : sentences[i].end] for i in candidates]
    summary = _whole_summary(article, sentences, candidates, words, texts, algorithm, options)
    sections: list[SectionSummary] = []
    if article.sections:
        step("sections")
        sections = summarize_sections(article, sentences, candidates, words, texts, algorithm,
                                      options.ratio)

    step("quotes")
    quotes = _quotes(article, notes, "analysis")
    checkpoint()
    return Analysis(article, language, algorithm, sentences, summary, quotes, options, notes,
                    sections, candidates=candidates)


def _whole_summary(article: Article, sentences: Sequence[Sentence], candidates: Sequence[int],
                   words: Sequence[list[str]], texts: Sequence[str], algorithm: str,
                   options: Options) -> list[Span]:
    count = summary_length(len(candidates), options.sentences, options.ratio)
    picked = summarize(texts, count, article.language or UNDETERMINED, algorithm,
                       paragraphs=[sentences[i].paragraph for i in candidates],
                       title=article.title, tokens=words)
    return [Span(sentences[candidates[k]].start, sentences[candidates[k]].end) for k in picked]


def _quotes(article: Article, notes: list[str], what: str) -> list[Quote]:
    """The article's quotes, outside its front and back matter; a note when some were skipped
    (``what``: "analysis" or "recap")."""
    if not article.text:
        return []
    quotes, skipped = find_quotes_within(article, MAX_QUOTES)
    if any(p.matter for p in article.paragraphs) or any(s.matter for s in article.sections):
        quotes = outside_matter(article, quotes)
    if skipped:
        notes.append(f"Quotes were looked for in the first {MAX_QUOTES:,} of "
                     f"{MAX_QUOTES + skipped:,} passages in quotation marks; the rest were "
                     f"skipped to keep the {what} quick.")
    return quotes


def recap(analysis: Analysis, upto: int, options: Options | None = None) -> Analysis:
    """"Recap up to here": the summary (whole and by section) and the quotes of only the text
    before ``upto``, an offset into the article's text; nothing at or after it is used, not
    even to find who said a quote (see ``reader.core.recap``). What ``analysis`` found already
    is reused where it cannot depend on what comes later: the sentences, the language, the
    summaries of sections whose candidate sentences are all before ``upto``. ``options``: the
    analysis's own unless given. The result's ``article`` is the whole article (offsets into
    the same text); its ``sentences`` are those before ``upto``."""
    options = options or analysis.options
    whole = analysis.article
    upto = max(0, min(int(upto), len(whole.text)))
    algorithm = algorithm_name(options.algorithm)
    prefix = prefix_article(whole, upto)
    language = recap_language(analysis.language, options.language, analysis.options.language,
                              prefix) or UNDETERMINED
    prefix.language = language
    if language == analysis.language:  # split paragraph by paragraph: the same, as far as read
        sentences = sentences_before(analysis.sentences, upto)
    else:
        sentences = split_sentences(prefix, language)
    checkpoint()
    candidates, words = summary_candidates(prefix, sentences)
    texts = [whole.text[sentences[i].start : sentences[i].end] for i in candidates]
    summary = _whole_summary(prefix, sentences, candidates, words, texts, algorithm, options)
    sections: list[SectionSummary] = []
    if whole.sections:
        same = (language == analysis.language and algorithm == analysis.algorithm
                and options.ratio == analysis.options.ratio
                and len(analysis.sections) == len(whole.sections))
        reuse = unchanged(whole.sections, analysis.candidates,
                          [analysis.sentences[i].start for i in analysis.candidates],
                          [s.summary for s in analysis.sections]) if same else None
        sections = summarize_sections(prefix, sentences, candidates, words, texts, algorithm,
                                      options.ratio, upto=upto, reuse=reuse)
        # the sections that begin after the reading position: nothing read, nothing to say
        sections += [SectionSummary(k, []) for k in range(len(sections), len(whole.sections))]
    checkpoint()
    notes = [n for n in analysis.notes if not n.startswith("Quotes were looked for")]
    quotes = _quotes(prefix, notes, "recap")
    return Analysis(replace(whole, language=language), language, algorithm, sentences, summary,
                    quotes, options, notes, sections, upto=upto, candidates=candidates)


def analyze_file(path: str | os.PathLike[str], options: Options | None = None,
                 progress: Progress | None = None) -> Analysis:
    from .loaders import load

    checkpoint()
    if progress is not None:
        progress("loading")
    return analyze(load(path), options, progress)


__all__ = ["Analysis", "Options", "ReaderError", "SectionSummary", "Span", "analyze",
           "analyze_file", "recap", "section_length", "summarize_sections"]
