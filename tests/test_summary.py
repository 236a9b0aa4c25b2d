"""Summaries: every algorithm, several languages, the length a person asked for, in order."""

from __future__ import annotations

import pytest

from reader.core.errors import ReaderError
from reader.core.loaders import load
from reader.core.pipeline import Options, analyze
from reader.core.summarize import ALGORITHMS, default_length, summary_length

from .helpers import ARTICLES


def _article(lang):
    return load(ARTICLES[lang])


@pytest.mark.parametrize("algorithm", ALGORITHMS)
@pytest.mark.parametrize("lang", ["en", "de", "ru", "zh"])
def test_every_algorithm_summarises_every_language(algorithm, lang):
    article = _article(lang)
    analysis = analyze(article, Options(sentences=2, algorithm=algorithm))
    assert analysis.algorithm == algorithm
    assert analysis.language == lang
    assert len(analysis.summary) == 2
    starts = [s.start for s in analysis.summary]
    assert starts == sorted(starts)
    sentence_spans = {(s.start, s.end) for s in analysis.sentences if not s.heading}
    for span in analysis.summary:
        assert (span.start, span.end) in sentence_spans


def test_default_is_deterministic():
    article = _article("en")
    runs = {tuple((s.start, s.end) for s in analyze(article, Options(sentences=4)).summary)
            for _ in range(3)}
    (run,) = runs
    assert len(run) == 4


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
    assert len(analysis.summary) == 3
    assert all("Good morning" not in analysis.span_text(s) for s in analysis.summary)


def test_default_does_not_pick_the_same_sentence_twice():
    from reader.core.loaders.text import article_from_text

    text = " ".join(FERRY) + "\n\n" + FERRY[0] + " Tickets will cost the same as today."
    analysis = analyze(article_from_text(text), Options(sentences=3, language="en"))
    picked = [analysis.span_text(s) for s in analysis.summary]
    assert len(set(picked)) == len(picked) == 3


def test_length_follows_the_request():
    article = _article("en")
    n = len(analyze(article, Options(sentences=1)).sentences)
    assert len(analyze(article, Options(sentences=5)).summary) == 5
    # asked for more than there are: all of them, less the few too short to summarise with
    # ("We chose the river.")
    assert n - 2 <= len(analyze(article, Options(sentences=500)).summary) <= n
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


def test_user_language_override_wins():
    article = _article("en")
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


# --- a longer summary holds the shorter one ---------------------------------------------------

NESTING_TEXTS = [
    (None, [
        "The city council approved a plan on Monday to turn the old tram depot into a library.",
        "The depot has stood empty since the last trams left the city in 1962.",
        "Under the plan, the library will open in the spring of 2027 with room for 200 readers.",
        "Council members said the building's iron roof and brick walls would be kept.",
        "A café and a children's reading room will take the old repair hall.",
        "The work will cost 14 million euros, most of it from a regional fund.",
        "Some residents had asked for housing on the site instead of a library.",
        "The mayor said the city would build flats on the depot's car park as well.",
        "Architects from three firms sent designs for the depot last year.",
        "The winning design keeps the tram tracks visible under a glass floor.",
        "Librarians said the new building would let them double the number of books on loan.",
        "The old library on Market Street will close when the depot opens.",
        "Its building will be sold, and the money will pay for books for the new library.",
        "Work on the depot is due to start in September.",
    ]),
    (None, [
        "Heavy rain flooded the lower town overnight, and the river rose two metres by dawn.",
        "Firefighters pumped water out of forty cellars along the river bank.",
        "The bridge to the station was closed for six hours while engineers checked it.",
        "Nobody was hurt, but two families spent the night in the school gym.",
        "Shops on the quay stayed shut on Tuesday as the water went down slowly.",
        "The river last rose this high in 2013, when the flood wall was built.",
        "Engineers said the wall held, but water came up through the drains behind it.",
        "The town will ask the region for money to fit valves to the old drains.",
        "Farmers upstream said their fields would be under water for a week.",
        "The weather service expects more rain on Thursday, though less than this week.",
        "Residents were told to move cars away from the quay until the weekend.",
        "Volunteers handed out sandbags from the fire station all afternoon.",
    ]),
    ("Ferry fares rise as island council buys a second boat", [
        "The island council voted on Tuesday to buy a second ferry for the crossing.",
        "Fares will rise by ten per cent in January to help pay for the new ferry.",
        "The second ferry will double the number of crossings on summer weekends.",
        "Islanders said the single ferry was too often full when they needed it.",
        "Children going to school on the mainland will keep travelling for free.",
        "The ferry company said the new boat would run on electricity from the harbour.",
        "Charging points will be built at both ends of the crossing this winter.",
        "A local fisherman said the harbour was already crowded with boats.",
        "The council said the new ferry would use the old cargo berth.",
        "The boat is being built at a yard on the mainland and should arrive in May.",
        "Sea trials will take a month before the ferry carries passengers.",
    ]),
]


def _nesting_candidates(sentences):
    from reader.core.loaders.text import article_from_text
    from reader.core.pipeline import _summary_candidates
    from reader.core.sentences import split_sentences

    article = article_from_text(" ".join(sentences))
    spans = split_sentences(article, "en")
    candidates, words = _summary_candidates(article, spans)
    texts = [article.text[spans[i].start : spans[i].end] for i in candidates]
    paragraphs = [spans[i].paragraph for i in candidates]
    return texts, paragraphs, words


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_a_longer_summary_contains_the_shorter_one(algorithm):
    from reader.core.summarize import summarize

    for title, sentences in NESTING_TEXTS:
        texts, paragraphs, words = _nesting_candidates(sentences)
        assert len(texts) == len(sentences)
        previous: set[int] = set()
        for k in range(1, len(texts) + 1):
            picked = summarize(texts, k, "en", algorithm, paragraphs=paragraphs, title=title,
                               tokens=words if algorithm == "margin" else None)
            assert picked == sorted(picked) and len(picked) == k
            assert previous <= set(picked), (title, k, sorted(previous - set(picked)))
            previous = set(picked)


def test_summaries_nest_through_the_pipeline_too():
    from reader.core.loaders.text import article_from_text

    article = article_from_text("\n\n".join(" ".join(s) for _, s in NESTING_TEXTS[:2]))
    previous: set[tuple[int, int]] = set()
    for k in range(1, 27):
        analysis = analyze(article, Options(sentences=k, language="en"))
        spans = {(s.start, s.end) for s in analysis.summary}
        assert len(spans) == k and previous <= spans, k
        previous = spans


# --- never the same words twice ---------------------------------------------------------------

REPEATED = ("The harbour board agreed to dredge the channel before the autumn storms. "
            "Ships longer than ninety metres cannot enter the harbour at low tide. "
            "The dredging will cost the board two million euros over three years.")
AROUND = [
    "Fishermen welcomed the decision at a meeting in the harbour office on Friday.",
    "The channel was last dredged in 2009, and silt has built up since the new pier.",
    "Cargo ships have had to wait outside the harbour for the tide several times a week.",
    "The work will be done at night so that the ferries can keep their timetable.",
]


def _repeating_article():
    from reader.core.loaders.text import article_from_text

    paragraphs = [REPEATED, AROUND[0], REPEATED, AROUND[1], REPEATED, AROUND[2], "  " + REPEATED,
                  AROUND[3]]
    return article_from_text("\n\n".join(paragraphs))


def _words_of(text):
    from reader.core.words import tokenize

    return tuple(tokenize(text))


@pytest.mark.parametrize("algorithm", ["margin", "lexrank", "textrank", "luhn", "reduction"])
def test_a_repeated_paragraph_gives_each_sentence_once(algorithm):
    article = _repeating_article()
    first_copy = article.text.index(REPEATED)
    for k in (3, 6, 9):
        analysis = analyze(article, Options(sentences=k, algorithm=algorithm, language="en"))
        words = [_words_of(analysis.span_text(s)) for s in analysis.summary]
        assert len(set(words)) == len(words) == min(k, 7)
        for span in analysis.summary:  # a repeated sentence is shown where it first stands
            if analysis.span_text(span) in REPEATED:
                assert first_copy <= span.start < first_copy + len(REPEATED)


def test_sentences_with_the_same_words_in_other_case_and_punctuation_are_one():
    from reader.core.loaders.text import article_from_text

    text = ("Ships longer than ninety metres cannot enter the harbour at low tide. "
            "The board will dredge the channel before the storms come in the autumn. "
            "SHIPS LONGER THAN NINETY METRES CANNOT ENTER THE HARBOUR AT LOW TIDE! "
            "Ships longer than ninety metres cannot enter the harbour, at low tide.")
    analysis = analyze(article_from_text(text), Options(sentences=4, language="en"))
    assert [analysis.span_text(s)[:5] for s in analysis.summary] == ["Ships", "The b"]
