"""``margin``, our ranker: which sentences make the summary, one pick at a time.

Every sentence gets two scores from the article's own content words:

- what recurs: Reduction's degree centrality on the word-sharing graph (a sentence shares
  word forms with the others; each shared pair counts, divided by the sum of the two log
  lengths), damped by a small power of the sentence's length so that length alone does not
  win, plus a bonus for echoing the headline. No sumy algorithm beats this degree on BBC's
  extracts. The sum over all pairs is computed without an n x n table: 1/(a + b) is written as
  a short sum of exponentials, sum_k w_k exp(-(a + b) t_k), which turns it into ten passes over
  the words.
- what the article is about, for a brief summary: a quarter of the same centrality on stems,
  plus the topic words the sentence holds (each stem the article uses in more than one
  sentence counts log(1 + sentences using it); divided by the square root of the sentence's
  length, so that a short sentence dense with the topic beats a long one that wanders), plus a
  gentle preference for the opening paragraphs (news puts its essentials first).

A summary of k sentences is the first k picks of one greedy sequence, so a longer summary always
holds the shorter one. What a pick weighs depends on the share of the text the summary has
reached with it, never on the length asked for: the first picks (up to about a fifth of the
sentences) rank by what the article is about; later picks by what recurs. While the summary is
short (under a third of the sentences) the picks avoid repeating each other (MMR), a sentence
that leans on the one before it ("However, …", "He added …") counts less unless that one is
picked already, and a sentence inside a quote that runs over several sentences is left out;
later, such a quote comes in whole or not at all. Without a headline the opening stands in for
it: the first sentences get a strong bonus in a brief summary (on CNN/Daily Mail nothing
unsupervised beats the first three sentences by much), unless they share no words with the rest
(a greeting, a dateline).
Tuned on half of each of ../shared/corpus/summaries (see bench/summaries.py --split).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .summarize_sentences import leans_on_previous, quote_groups
from .words import stemmer, stop_words, tokenize

LENGTH_POWER = 0.25  # centrality is divided by (content words) ** this
MIN_LOG_LENGTH = 0.35  # keeps 1/(a + b) finite for one-word sentences
SHORT_SENTENCE = 4  # content words below which a sentence's score is scaled down
TITLE_WEIGHT = 0.3  # bonus for sharing words with the headline
# what the article is about (the first picks)
TOPIC_SHARE = 0.2  # share of the sentences up to which a pick ranks by what the article is about
TOPIC_WIDTH = 0.03  # how sharply that fades
TOPIC_CENTRALITY = 0.25  # weight of centrality in it (the topic words weigh 1)
TOPIC_LENGTH_POWER = 0.5  # the topic words are divided by (content words) ** this
OPENING_WEIGHT = 0.3  # the opening's gentle preference in it
OPENING_DECAY = 6.0  # sentences: that preference falls by e every six sentences
# the brief summary (MMR, standing alone, whole quotes)
SHORT_SUMMARY = 0.32  # share of the sentences below which a summary counts as short
SHORT_WIDTH = 0.01  # how sharply the brief summary's rules fade around that share
REDUNDANCY = 0.2  # MMR trade-off for short summaries: weight of being unlike what is chosen
NEAR_DUPLICATE = 0.8  # cosine similarity at which a sentence says what a chosen one says
SAME_SENTENCE = 0.97  # ... and at which it is the same sentence again
LEANING = 0.6  # score factor for a sentence that leans on an unpicked one before it
# a text without a headline
LEAD_WEIGHT = 3.5  # the opening's bonus, relative to the most central sentence
LEAD_DECAY = 3.0  # sentences: the bonus falls by e every three sentences
ON_TOPIC = 0.02  # centrality below which an opening sentence gets less of the opening's bonus


def _fade(share: float, at: float, width: float) -> float:
    """1 well below ``at``, 0 well above it."""
    return 1.0 / (1.0 + math.exp(min(50.0, (share - at) / width)))


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


def _triplets(rows: Any, cols: Any, v: int) -> tuple[Any, Any, Any]:
    """(sentence, term, count) for each term of each sentence, from one entry per word."""
    import numpy as np

    key = np.asarray(rows, dtype=np.int64) * v + np.asarray(cols, dtype=np.int64)
    uniq, tf = np.unique(key, return_counts=True)
    return uniq // v, uniq % v, tf.astype(float)


def margin(texts: Sequence[str], count: int, language: str, title: str | None = None,
           tokens: Sequence[list[str]] | None = None,
           paragraphs: Sequence[int] | None = None) -> list[int]:
    """Indexes (ascending) of the ``count`` sentences of ``texts`` that make the summary."""
    import numpy as np

    stops = stop_words(language)
    stem = stemmer(language)
    n = len(texts)
    words_of = tokens if tokens is not None else [tokenize(t) for t in texts]
    content = [[w for w in ws if w not in stops] for ws in words_of]
    flat = [w for ws in content for w in ws]
    if not flat:  # nothing but stop words: the opening is as good as anything
        return list(range(count))
    rows = np.repeat(np.arange(n), [len(ws) for ws in content])
    # each word form, and each form's stem, as a number
    forms: dict[str, int] = {}
    form_of = np.fromiter((forms.setdefault(w, len(forms)) for w in flat), dtype=np.int64,
                          count=len(flat))
    vocab: dict[str, int] = {}
    stem_of_form = np.fromiter((vocab.setdefault(stem(w), len(vocab)) for w in forms),
                               dtype=np.int64, count=len(forms))
    r, c, tf = _triplets(rows, stem_of_form[form_of], len(vocab))
    v = len(vocab)
    words = np.bincount(r, weights=tf, minlength=n)
    damping = np.maximum(words, 1.0) ** LENGTH_POWER

    # degree on shared stems: how central a sentence is to the topic
    degree = word_sharing_degree(r, c, tf, n, v) / damping
    centrality = degree / (degree.max() or 1.0)
    # degree on shared word forms as written: what recurs. Stems merge words that only look
    # alike ("police", "policy"); on BBC's extracts the forms are worth 1.3 points of ROUGE-1.
    fr, fc, ftf = _triplets(rows, form_of, len(forms))
    degree = word_sharing_degree(fr, fc, ftf, n, len(forms)) / damping
    recurs = degree / (degree.max() or 1.0)

    # TF-IDF cosine, for the headline's echo and redundancy between chosen sentences
    df = np.bincount(c, minlength=v).astype(float)
    vals = (1 + np.log(tf)) * np.log((n + 1) / (df[c] + 0.5))
    norms = np.sqrt(np.bincount(r, weights=vals * vals, minlength=n))
    norms[norms == 0] = 1.0
    vals = vals / norms[r]

    # a sentence of a few words says little on its own ("We chose the river.")
    brevity = np.minimum(1.0, words / SHORT_SENTENCE)
    heads = {vocab[t] for t in (stem(w) for w in tokenize(title or "") if w not in stops)
             if t in vocab}
    if heads:  # sentences that echo the headline
        in_title = np.isin(c, np.fromiter(heads, dtype=np.int64))
        echo = np.bincount(r, weights=np.where(in_title, vals, 0.0), minlength=n)
        recurs = recurs + TITLE_WEIGHT * echo / math.sqrt(len(heads))
        lead = np.zeros(n)  # the headline says what the essentials are
    else:  # without one, the opening does, when it is about what the rest is about
        lead = (LEAD_WEIGHT * np.exp(-np.arange(n) / LEAD_DECAY) * brevity
                * np.minimum(1.0, centrality / ON_TOPIC))
    recurs = recurs * brevity

    # what the article is about: its topic words (used in more than one sentence), dense
    topic_words = np.bincount(r, weights=np.where(df[c] >= 2, np.log1p(df[c]), 0.0),
                              minlength=n) / np.maximum(words, 1.0) ** TOPIC_LENGTH_POWER
    about = (TOPIC_CENTRALITY * centrality + topic_words / (topic_words.max() or 1.0)
             + OPENING_WEIGHT * np.exp(-np.arange(n) / OPENING_DECAY)) * brevity
    about = about / (about.max() or 1.0) * (recurs.max() or 1.0)

    leaning = np.fromiter((leans_on_previous(t, language) for t in texts), dtype=bool, count=n)
    group = np.asarray(quote_groups(texts, paragraphs), dtype=np.int64)
    in_quote = group >= 0
    if in_quote.all():  # nothing else to choose from
        in_quote[:] = False
        group[:] = -1

    # One greedy sequence: the summary of k sentences is its first k picks.
    bounds = np.concatenate(([0], np.cumsum(np.bincount(r, minlength=n))))
    chosen: list[int] = []
    max_sim = np.zeros(n)
    available = np.ones(n, dtype=bool)
    picked = np.zeros(n, dtype=bool)
    while len(chosen) < count:
        share = (len(chosen) + 1) / n
        short = _fade(share, SHORT_SUMMARY, SHORT_WIDTH)
        topical = _fade(share, TOPIC_SHARE, TOPIC_WIDTH)
        score = (1 - topical) * recurs + topical * about + short * lead
        # a sentence that leans on the one before reads badly without it
        follows = np.zeros(n, dtype=bool)
        follows[1:] = picked[:-1]
        score = score * np.where(leaning & ~follows, 1 - (1 - LEANING) * short, 1.0)
        score = score / (score.max() or 1.0)
        redundancy = REDUNDANCY * short
        duplicate = NEAR_DUPLICATE if short > 0.5 else SAME_SENTENCE
        mmr = (1 - redundancy) * score - redundancy * max_sim
        mmr[~available] = -np.inf
        # never the same sentence twice; in a brief summary, nothing near it either, and no
        # part of a quote that runs on
        mmr[available & (max_sim >= duplicate)] = -1e9  # unless nothing else is left
        if short > 0.5:
            mmr[available & in_quote] = -2e9
        elif in_quote.any():  # a quote counts as a whole: its sentences' mean
            live = available & in_quote
            ids = group[live]
            total = np.bincount(ids, weights=mmr[live], minlength=group.max() + 1)
            size = np.bincount(ids, minlength=group.max() + 1)
            mmr[live] = total[ids] / size[ids]
        best = int(np.argmax(mmr))
        members = [best] if group[best] < 0 else [int(k) for k in np.flatnonzero(
            (group == group[best]) & available)]
        for pick in members[: count - len(chosen)]:
            chosen.append(pick)
            available[pick] = False
            picked[pick] = True
            dense = np.zeros(v)
            span = slice(bounds[pick], bounds[pick + 1])  # the triplets are sorted by sentence
            dense[c[span]] = vals[span]
            np.maximum(max_sim, np.bincount(r, weights=vals * dense[c], minlength=n),
                       out=max_sim)
    return sorted(chosen)
