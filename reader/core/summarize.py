"""Extractive summaries: which sentences of the article make its summary.

``margin`` (the default) is our ranker: TF-IDF sentence vectors, closeness to the document's
centroid, a prior for the lead, and redundancy control (MMR). It is vectorised with numpy on
sparse triplets, so its cost grows with the number of words, not with sentences squared.
Every sumy algorithm is selectable by name and gets our sentences and tokenizer.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
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

MIN_WORDS = 4  # shorter sentences (datelines, "Read more.") are not summary material


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
              *, paragraphs: Sequence[int] | None = None, title: str | None = None) -> list[int]:
    """Indexes (into ``texts``, ascending) of the ``count`` sentences that make the summary.

    ``texts`` are the candidate sentences in document order; ``paragraphs`` their paragraph
    numbers (used by the algorithms that look at document structure).
    """
    algorithm = algorithm_name(algorithm)
    count = min(count, len(texts))
    if count <= 0:
        return []
    if algorithm == DEFAULT_ALGORITHM:
        return _margin(texts, count, language)
    return _sumy(algorithm, texts, count, language, paragraphs, title)


# --- our ranker -------------------------------------------------------------------------------

LEAD_WEIGHT = 0.6  # how much the first sentences are favoured, decaying over ~5 sentences
REDUNDANCY = 0.35  # MMR trade-off: share of the score given to being unlike what is chosen
NEAR_DUPLICATE = 0.8  # cosine similarity at which a sentence says what a chosen one says


def _margin(texts: Sequence[str], count: int, language: str) -> list[int]:
    import numpy as np

    stops = stop_words(language)
    stem = stemmer(language)
    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    lengths = np.zeros(len(texts))
    for i, text in enumerate(texts):
        words = tokenize(text)
        lengths[i] = len(words)
        for w in words:
            if w in stops or (len(w) < 2 and not w.isdigit()):
                continue
            rows.append(i)
            cols.append(vocab.setdefault(stem(w), len(vocab)))
    n = len(texts)
    if not rows:  # nothing but stop words: fall back to the lead
        return list(range(count))

    r = np.asarray(rows, dtype=np.int64)
    c = np.asarray(cols, dtype=np.int64)
    # term frequency per (sentence, term): collapse duplicate pairs
    key = r * len(vocab) + c
    uniq, tf = np.unique(key, return_counts=True)
    r, c = uniq // len(vocab), uniq % len(vocab)
    df = np.bincount(c, minlength=len(vocab)).astype(float)
    idf = np.log((n + 1) / (df + 0.5))
    vals = (1 + np.log(tf)) * idf[c]
    norms = np.sqrt(np.bincount(r, weights=vals * vals, minlength=n))
    norms[norms == 0] = 1.0
    vals = vals / norms[r]

    # How much each sentence shares with all the others: its dot product with the sum of the
    # other sentence vectors (its own vector, of length 1, is taken out again).
    total = np.bincount(c, weights=vals, minlength=len(vocab))
    own = np.bincount(r, weights=vals * vals, minlength=n)
    centrality = np.clip(np.bincount(r, weights=vals * total[c], minlength=n) - own, 0, None)

    position = np.arange(n)
    prior = 1.0 + LEAD_WEIGHT * np.exp(-position / 5.0)
    # Very short sentences say little; very long ones are hard to read in a summary.
    shape = np.clip(lengths / 8.0, 0.2, 1.0) * np.where(lengths > 60, 0.8, 1.0)
    score = centrality * prior * shape
    score = score / (score.max() or 1.0)

    chosen: list[int] = []
    max_sim = np.zeros(n)
    available = np.ones(n, dtype=bool)
    for _ in range(count):
        mmr = (1 - REDUNDANCY) * score - REDUNDANCY * max_sim
        mmr[~available] = -np.inf
        mmr[available & (max_sim >= NEAR_DUPLICATE)] = -1e9  # only if nothing else is left
        best = int(np.argmax(mmr))
        chosen.append(best)
        available[best] = False
        dense = np.zeros(len(vocab))
        mask = r == best
        dense[c[mask]] = vals[mask]
        sim = np.bincount(r, weights=vals * dense[c], minlength=n)
        np.maximum(max_sim, sim, out=max_sim)
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
    picked = summarizer(document, count)
    index = {id(s): i for i, s in enumerate(sentences)}
    return sorted(index[id(s)] for s in picked if id(s) in index)
