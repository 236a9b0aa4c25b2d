"""Summaries: every algorithm, several languages, the length a person asked for, in order."""

from __future__ import annotations

import pytest

from reader.core.errors import ReaderError
from reader.core.loaders import load
from reader.core.pipeline import Options, analyze
from reader.core.summarize import ALGORITHMS, default_length, summary_length

from .test_language_and_sentences import ARTICLES


def _article(request, lang):
    where, name = ARTICLES[lang]
    return load(request.getfixturevalue(where) / name)


@pytest.mark.parametrize("algorithm", ALGORITHMS)
@pytest.mark.parametrize("lang", ["en", "de", "ru", "zh"])
def test_every_algorithm_summarises_every_language(request, algorithm, lang):
    article = _article(request, lang)
    analysis = analyze(article, Options(sentences=2, algorithm=algorithm))
    assert analysis.algorithm == algorithm
    assert analysis.language == lang
    assert len(analysis.summary) == 2
    starts = [s.start for s in analysis.summary]
    assert starts == sorted(starts)
    sentence_spans = {(s.start, s.end) for s in analysis.sentences if not s.heading}
    for span in analysis.summary:
        assert (span.start, span.end) in sentence_spans


def test_default_is_deterministic(request):
    article = _article(request, "en")
    runs = {tuple((s.start, s.end) for s in analyze(article, Options(sentences=4)).summary)
            for _ in range(3)}
    assert len(runs) == 1


FERRY = [
    "The island council voted on Tuesday to buy a second electric ferry for the crossing.",
    "The electric ferry will double the number of crossings between the island and the port.",
    "Council members said the new electric ferry would cut fuel costs and noise in the harbour.",
    "Residents have long complained that the single ferry is full on summer weekends.",
    "The second ferry is expected to enter service next spring after sea trials.",
]


def test_default_skips_an_off_topic_opening_line():
    from reader.core.loaders.text import article_from_text

    opening = "Good morning to all our readers, and thank you for joining us again."
    text = opening + "\n\n" + " ".join(FERRY)
    analysis = analyze(article_from_text(text), Options(sentences=3, language="en"))
    assert all("Good morning" not in analysis.span_text(s) for s in analysis.summary)


def test_default_does_not_pick_the_same_sentence_twice():
    from reader.core.loaders.text import article_from_text

    text = " ".join(FERRY) + "\n\n" + FERRY[0] + " Tickets will cost the same as today."
    analysis = analyze(article_from_text(text), Options(sentences=3, language="en"))
    picked = [analysis.span_text(s) for s in analysis.summary]
    assert len(set(picked)) == len(picked) == 3


def test_length_follows_the_request(request):
    article = _article(request, "en")
    n = len(analyze(article, Options(sentences=1)).sentences)
    assert len(analyze(article, Options(sentences=5)).summary) == 5
    assert len(analyze(article, Options(sentences=500)).summary) <= n
    assert len(analyze(article, Options(ratio=0.5)).summary) >= n // 2 - 1


def test_default_length_grows_with_the_text():
    lengths = [default_length(n) for n in (5, 30, 300, 3000, 30000)]
    assert lengths == sorted(lengths)
    assert lengths[0] == 3 and lengths[-1] > lengths[1]
    assert default_length(2) == 2


@pytest.mark.parametrize(("sentences", "ratio"), [(0, None), (None, 0.0), (None, 1.5)])
def test_impossible_lengths_are_refused(sentences, ratio):
    with pytest.raises(ReaderError):
        summary_length(10, sentences, ratio)


def test_user_language_override_wins(request):
    article = _article(request, "en")
    assert analyze(article, Options(language="de")).language == "de"


def test_a_long_text_finishes_with_a_sensible_summary():
    import random

    rng = random.Random(7)
    words = ("river council school harbour train market winter budget library bridge "
             "museum farmers teachers storm ferry mayor village plan").split()
    paragraphs = []
    for _ in range(400):
        sents = [" ".join(rng.choice(words) for _ in range(rng.randint(8, 20))).capitalize() + "."
                 for _ in range(5)]
        paragraphs.append(" ".join(sents))
    from reader.core.loaders.text import article_from_text

    article = article_from_text("\n\n".join(paragraphs))
    analysis = analyze(article, Options(language="en"))
    assert len(analysis.sentences) == 2000
    assert len(analysis.summary) == default_length(2000)


def test_centrality_without_a_pair_table_equals_the_pairwise_sum():
    import numpy as np

    from reader.core.summarize import MIN_LOG_LENGTH, word_sharing_degree

    rng = np.random.default_rng(4)
    n, v = 60, 40
    counts = rng.poisson(0.3, size=(n, v)).astype(float)
    counts[:, 0] += 1  # every sentence has a word
    r, c = np.nonzero(counts)
    tf = counts[r, c]
    length = np.maximum(np.log(counts.sum(1)), MIN_LOG_LENGTH)
    exact = np.zeros(n)
    for i in range(n):
        for j in range(n):
            if i != j:
                exact[i] += counts[i] @ counts[j] / (length[i] + length[j])
    fast = word_sharing_degree(r, c, tf, n, v)
    assert np.max(np.abs(fast - exact) / exact) < 1e-3


def test_a_short_summary_leans_on_the_opening_and_a_long_one_on_what_recurs():
    from reader.core.loaders.text import article_from_text

    opening = "A fire closed the old mill on the river road early on Sunday morning."
    body = [f"The ferry timetable will change in {m} so that the ferry meets the early train."
            for m in ("March", "April", "May", "June", "July", "August", "September")]
    text = opening + "\n\n" + " ".join(body) + " The bakery sold out of bread by noon."
    article = article_from_text(text)
    short = analyze(article, Options(sentences=1, language="en"))
    assert short.span_text(short.summary[0]) == opening
    long = analyze(article, Options(ratio=0.5, language="en"))
    picked = " ".join(long.span_text(s) for s in long.summary)
    assert "ferry" in picked and "bakery" not in picked
