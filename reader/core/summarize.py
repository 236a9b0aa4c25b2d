"""Extractive summaries: which sentences of the article make its summary.

``margin`` (the default) is our ranker: degree centrality on a word-sharing graph, a bonus for
echoing the headline (or, without one, for the opening) in the first picks, and redundancy
control (MMR). It is vectorised with numpy on sparse triplets, so its cost grows with the number
of words, not with sentences squared. Its summaries nest: the summary of k sentences is always
part of the summary of k + 1. Every sumy algorithm is selectable by name and gets our sentences
and tokenizer; their summaries nest too (each rates the sentences once, whatever the length,
and takes the best k).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .errors import ReaderError
from .words import language_name, stemmer, stop_words, tokenize

DEFAULT_ALGORITHM = "margin"
SUMY_ALGORITHMS = {
    "lexrank": ("sumy.summarizers.lex_rank", "LexRankSummarizer"),
    "lsa": ("sumy.summarizers.lsa", "LsaSummarizer"),
    "luhn": ("sumy.summarizers.luhn", "LuhnSummarizer"),
    "textrank": ("sumy.summarizers.text_rank", "TextRankSummarizer"),
    "kl": ("sumy.summarizers.kl", "KLSummarizer"),
    "sumbasic": ("sumy.summarizers.sum_basic", "SumBasicSummarizer"),
    "reduction": ("sumy.summarizers.reduction", "ReductionSummarizer"),
    "edmundson": ("sumy.summarizers.edmundson", "EdmundsonSummarizer"),
}
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
    numbers (used by the algorithms that look at document structure); ``tokens`` their words
    from ``tokenize`` when the caller has them already.
    """
    algorithm = algorithm_name(algorithm)
    count = min(count, len(texts))
    if count <= 0:
        return []
    if algorithm == DEFAULT_ALGORITHM:
        return _margin(texts, count, language, title, tokens)
    return _sumy(algorithm, texts, count, language, paragraphs, title)


# --- our ranker -------------------------------------------------------------------------------
#
# Centrality is Reduction's degree centrality (a sentence shares stemmed content words with the
# others; each shared pair counts, divided by the sum of the two log lengths), which no sumy
# algorithm beats on BBC's extracts. The sum over all pairs is computed without an n x n matrix:
# 1/(a + b) is written as a short sum of exponentials, sum_k w_k exp(-(a + b) t_k), which turns
# the pair sum into ten passes over the words. That degree favours long sentences more than
# readers (and BBC's extracts) do, so it is divided by a small power of the sentence's length.
# Sentences are picked one at a time, and the summary of k sentences is the first k picks in
# document order, so a longer summary holds the shorter one. The first picks, up to about a
# third of the text, make a brief summary: they avoid repeating each other (MMR) and, when the
# article has no headline, lean on the opening (news puts its essentials first: on CNN/Daily
# Mail nothing unsupervised beats the first three sentences by much). The later picks of a long
# extract rest on centrality alone. With a headline, the sentences that echo it stand in for the
# opening: on the sets with headlines an opening bonus in the first picks costs ROUGE (BBC at
# reference length R1 82.5 -> 76.3, MLSUM-es at one sentence 20.4 -> 18.4), while on CNN/DM,
# which has none, it is worth eight points. An opening that shares no words with the rest (a
# greeting, a dateline) gets no bonus.
# Tuned on ../shared/corpus/summaries (see bench/summaries.py).

LEAD_WEIGHT = 4.0  # the opening's bonus, relative to the most central sentence
LEAD_DECAY = 2.0  # sentences: the bonus falls by e every two sentences
SHORT_SUMMARY = 0.32  # share of the sentences below which a summary counts as short
SHORT_WIDTH = 0.01  # how sharply the brief summary's rules fade around that share
SHORT_SENTENCE = 4  # content words below which a sentence's score is scaled down
TITLE_WEIGHT = 0.3  # bonus for sharing words with the headline
ON_TOPIC = 0.05  # centrality below which an opening sentence gets less of the opening's bonus
REDUNDANCY = 0.35  # MMR trade-off for short summaries: weight of being unlike what is chosen
NEAR_DUPLICATE = 0.8  # cosine similarity at which a sentence says what a chosen one says
SAME_SENTENCE = 0.97  # ... and at which it is the same sentence again
LENGTH_POWER = 0.25  # centrality is divided by (content words) ** this
MIN_LOG_LENGTH = 0.35  # keeps 1/(a + b) finite for one-word sentences


def _short(share: float) -> float:
    """How much a summary covering ``share`` of the sentences counts as short (1) or long (0)."""
    return 1.0 / (1.0 + math.exp(min(50.0, (share - SHORT_SUMMARY) / SHORT_WIDTH)))


@lru_cache(maxsize=1)
def _reciprocal_terms() -> tuple[Any, Any]:
    """(t_k, w_k) with sum_k w_k exp(-s t_k) = 1/s to a relative 1e-4 for 0.6 <= s <= 14."""
    import numpy as np

    s = np.linspace(0.6, 14.0, 500)
    t = np.geomspace(0.01, 10.0, 10)
    design = np.exp(-np.outer(s, t)) * s[:, None]
    w = np.linalg.lstsq(design, np.ones_like(s), rcond=None)[0]
    return t, w


def word_sharing_degree(r: Any, c: Any, tf: Any, n: int, v: int) -> Any:
    """Reduction's degree of each sentence i: the sum over j != i of (C_i . C_j) divided by
    (log|i| + log|j|), where C holds term counts (sentence r, term c, count tf) and |i| is the
    number of words. Linear in the number of (sentence, term) pairs."""
    import numpy as np

    length = np.maximum(np.log(np.maximum(np.bincount(r, weights=tf, minlength=n), 1.0)),
                        MIN_LOG_LENGTH)
    self_dot = np.bincount(r, weights=tf * tf, minlength=n)
    degree = np.zeros(n)
    for t_k, w_k in zip(*_reciprocal_terms(), strict=True):
        decay_rows = np.exp(-length * t_k)
        totals = np.bincount(c, weights=tf * decay_rows[r], minlength=v)
        shared = np.bincount(r, weights=tf * totals[c], minlength=n)
        degree += w_k * decay_rows * (shared - decay_rows * self_dot)
    return degree


def _margin(texts: Sequence[str], count: int, language: str, title: str | None = None,
            tokens: Sequence[list[str]] | None = None) -> list[int]:
    import numpy as np

    stops = stop_words(language)
    stem = stemmer(language)
    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for i, text in enumerate(texts):
        for w in tokens[i] if tokens is not None else tokenize(text):
            if w not in stops:
                rows.append(i)
                cols.append(vocab.setdefault(stem(w), len(vocab)))
    n = len(texts)
    if not rows:  # nothing but stop words: the opening is as good as anything
        return list(range(count))

    v = len(vocab)
    key = np.asarray(rows, dtype=np.int64) * v + np.asarray(cols, dtype=np.int64)
    uniq, tf = np.unique(key, return_counts=True)
    r, c = uniq // v, uniq % v
    tf = tf.astype(float)

    # A long sentence shares words with everything; damp that so length alone does not win.
    degree = word_sharing_degree(r, c, tf, n, v)
    degree = degree / np.maximum(np.bincount(r, weights=tf, minlength=n), 1.0) ** LENGTH_POWER
    centrality = degree / (degree.max() or 1.0)

    # TF-IDF cosine, for redundancy between chosen sentences
    df = np.bincount(c, minlength=v).astype(float)
    vals = (1 + np.log(tf)) * np.log((n + 1) / (df[c] + 0.5))
    norms = np.sqrt(np.bincount(r, weights=vals * vals, minlength=n))
    norms[norms == 0] = 1.0
    vals = vals / norms[r]

    # a sentence of a few words says little on its own ("We chose the river.")
    words = np.bincount(r, weights=tf, minlength=n)
    brevity = np.minimum(1.0, words / SHORT_SENTENCE)
    base = centrality * brevity
    heads = {vocab[t] for t in (stem(w) for w in tokenize(title or "") if w not in stops)
             if t in vocab}
    if heads:  # sentences that echo the headline
        in_title = np.isin(c, np.fromiter(heads, dtype=np.int64))
        echo = np.bincount(r, weights=np.where(in_title, vals, 0.0), minlength=n)
        base = base + TITLE_WEIGHT * echo / math.sqrt(len(heads))
        lead = np.zeros(n)  # the headline says what the essentials are
    else:  # without one, the opening does, when it is about what the rest is about
        lead = (LEAD_WEIGHT * np.exp(-np.arange(n) / LEAD_DECAY) * brevity
                * np.minimum(1.0, centrality / ON_TOPIC))

    # One greedy sequence: the summary of k sentences is its first k picks, so a longer summary
    # always holds a shorter one. What a pick weighs (the opening, being unlike what is chosen)
    # depends on the share of the text the summary has reached with it, never on the length
    # asked for: the first picks of a long extract are those of a short summary.
    chosen: list[int] = []
    max_sim = np.zeros(n)
    available = np.ones(n, dtype=bool)
    for j in range(count):
        short = _short((j + 1) / n)
        score = base + short * lead
        score = score / (score.max() or 1.0)
        redundancy = REDUNDANCY * short
        duplicate = NEAR_DUPLICATE if short > 0.5 else SAME_SENTENCE
        mmr = (1 - redundancy) * score - redundancy * max_sim
        mmr[~available] = -np.inf
        # never the same sentence twice; in a brief summary, nothing near it either
        mmr[available & (max_sim >= duplicate)] = -1e9  # unless nothing else is left
        best = int(np.argmax(mmr))
        chosen.append(best)
        available[best] = False
        dense = np.zeros(v)
        mask = r == best
        dense[c[mask]] = vals[mask]
        np.maximum(max_sim, np.bincount(r, weights=vals * dense[c], minlength=n), out=max_sim)
    return sorted(chosen)


# --- sumy -------------------------------------------------------------------------------------

class SumyTokenizer:
    """What sumy asks of a tokenizer, from our own splitter and word rules (no NLTK data)."""

    def __init__(self, language: str) -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        from .article import Article, Paragraph
        from .sentences import split_sentences

        art = Article(text=paragraph, paragraphs=[Paragraph(0, len(paragraph))])
        return tuple(paragraph[s.start : s.end] for s in split_sentences(art, self.language))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(tokenize(sentence))


# Cue words for Edmundson's method, written for Margin: words that tend to mark a sentence
# that states a finding or conclusion (bonus), or a hedge or aside (stigma).
_CUES: dict[str, tuple[str, str]] = {
    "en": ("important significant key main conclude conclusion found finds showed shows "
           "result results announced decided agreed first major crucial essential",
           "perhaps maybe hardly probably might somewhat allegedly reportedly meanwhile "
           "incidentally rumour rumor"),
    "de": ("wichtig wichtigste bedeutend entscheidend ergebnis ergebnisse beschlossen "
           "zeigt zeigte erstmals zentral wesentlich angekündigt",
           "vielleicht vermutlich angeblich wohl kaum eventuell womöglich übrigens"),
    "fr": ("important importante essentiel essentielle résultat résultats décidé annoncé "
           "montre principal principale conclusion majeur",
           "peut-être probablement guère apparemment éventuellement sans doute"),
    "es": ("importante clave principal resultado resultados decidió anunció muestra "
           "conclusión esencial fundamental",
           "quizás quizá probablemente apenas supuestamente posiblemente"),
    "ru": ("важно важный главный ключевой результат результаты решение объявил показал "
           "впервые основной",
           "возможно вероятно якобы едва наверное кажется"),
    "zh": ("重要 关键 主要 结果 决定 宣布 表明 首次", "可能 也许 似乎 大概 据说"),
}


def _sumy(algorithm: str, texts: Sequence[str], count: int, language: str,
          paragraphs: Sequence[int] | None, title: str | None) -> list[int]:
    import importlib

    from sumy.models.dom import ObjectDocumentModel
    from sumy.models.dom import Paragraph as SumyParagraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.nlp.stemmers import Stemmer, null_stemmer

    name = language_name(language)
    try:
        stem: Any = Stemmer(name)
    except LookupError:
        stem = null_stemmer
    tokenizer = SumyTokenizer(language)
    sentences = [SumySentence(t, tokenizer) for t in texts]
    groups: list[list[Any]] = []
    if title:
        groups.append([SumySentence(title, tokenizer, is_heading=True)])
    last = None
    for i, sentence in enumerate(sentences):
        para = paragraphs[i] if paragraphs is not None else 0
        if para != last or not groups:
            groups.append([])
            last = para
        groups[-1].append(sentence)
    document = ObjectDocumentModel([SumyParagraph(g) for g in groups])

    module, cls_name = SUMY_ALGORITHMS[algorithm]
    cls = getattr(importlib.import_module(module), cls_name)
    stops = stop_words(language)
    if algorithm == "edmundson":
        bonus, stigma = _CUES.get(language, ("", ""))
        # Without cue words for the language, Edmundson rests on title words and location.
        summarizer = cls(stem, cue_weight=1.0 if bonus else 0.0)
        summarizer.bonus_words = bonus.split()
        summarizer.stigma_words = stigma.split()
        # sumy refuses an empty null-word set; the empty string never occurs as a word.
        summarizer.null_words = stops or {""}
    else:
        summarizer = cls(stem)
        summarizer.stop_words = stops
    import warnings

    import numpy

    # sumy's LexRank divides by zero on texts of a few identical words; the result is still
    # a ranking, and the warning would be a stray line on the user's terminal
    with warnings.catch_warnings(), numpy.errstate(all="ignore"):
        warnings.simplefilter("ignore", RuntimeWarning)
        picked = summarizer(document, count)
    index = {id(s): i for i, s in enumerate(sentences)}
    return sorted(index[id(s)] for s in picked if id(s) in index)
