""""Recap up to here": a summary and the quotes of only the text before the reading position —
the chapters read and the current one up to there. Nothing after it appears, and nothing after
it is used: not a sentence, not a quote, not a speaker named later."""

from __future__ import annotations

import random

import pytest

from reader.core import pipeline
from reader.core.loaders.text import article_from_text
from reader.core.pipeline import Analysis, Options, analyze, recap

PEOPLE = ["Ana Reyes", "Tom Berger", "Grace Okafor"]
TOPICS = ["harbour", "ferry", "lighthouse", "orchard", "glacier", "railway"]


def chapter(k: int, topic: str, rng: random.Random) -> list[str]:
    paragraphs = []
    for _ in range(6):
        said = [f"The {topic} was {rng.choice(['quiet', 'busy', 'cold', 'bright'])} on the "
                f"{rng.choice(['first', 'second', 'third', 'last'])} day of the "
                f"{rng.choice(['spring', 'winter', 'autumn'])} and the {topic} keeper "
                f"{rng.choice(['waited', 'wrote', 'watched'])} by the {topic}."
                for _ in range(3)]
        paragraphs.append(" ".join(said))
    who = PEOPLE[k % len(PEOPLE)]
    paragraphs.append(f"\u201cThe {topic} will hold through the night,\u201d said {who}.")
    return paragraphs


def book(chapters: int = 6, seed: int = 3) -> Analysis:
    rng = random.Random(seed)
    parts = ["The Harbour Book"]
    for k in range(chapters):
        parts += [f"Chapter {k + 1}", *chapter(k, TOPICS[k % len(TOPICS)], rng)]
    return analyze(article_from_text("\n\n".join(parts)))


@pytest.fixture(scope="module")
def full() -> Analysis:
    return book()


def nothing_after(done: Analysis, upto: int) -> None:
    text = done.article.text
    assert done.upto == upto
    assert all(s.end <= upto for s in done.summary)
    assert all(s.end <= upto for s in done.sentences)
    for q in done.quotes:
        assert q.end <= upto
        if q.speaker_end is not None:
            assert q.speaker_end <= upto
        if q.speaker:  # a name the reader has met already
            assert all(word in text[:upto] for word in q.speaker.split())
    assert len(done.sections) == len(done.article.sections)
    for section, said in zip(done.article.sections, done.sections, strict=True):
        assert all(section.start <= s.start and s.end <= min(section.end, upto)
                   for s in said.summary)
        if section.start >= upto:
            assert said.summary == []


@pytest.mark.parametrize("share", [0.0, 0.05, 0.3, 0.5, 0.77, 0.999])
def test_nothing_after_the_reading_position_appears(full, share):
    upto = int(len(full.article.text) * share)
    done = recap(full, upto)
    nothing_after(done, upto)
    assert done.article.text == full.article.text  # offsets into the same text
    if share >= 0.3:
        assert done.summary and done.quotes


def test_a_speaker_named_after_the_reading_position_is_not_used():
    text = ("The Quay\n\nThe crew gathered on the quay before dawn, and the boats were ready.\n\n"
            "\u201cWe sail at first light.\u201d Captain Ana Reyes said it twice, so that "
            "everyone on the quay heard it.\n\nThe boats left the harbour one by one.")
    full = analyze(article_from_text(text))
    (quote,) = full.quotes
    assert quote.speaker == "Ana Reyes"
    upto = full.article.text.index("Captain")
    (early,) = recap(full, upto).quotes
    assert (early.start, early.end) == (quote.start, quote.end)
    assert early.speaker != "Ana Reyes" and (early.speaker_end or 0) <= upto


def test_the_whole_text_recapped_is_the_analysis(full):
    done = recap(full, len(full.article.text))
    assert done.summary == full.summary and done.quotes == full.quotes
    assert [s.summary for s in done.sections] == [s.summary for s in full.sections]
    assert done.to_json()["upto"] == len(full.article.text)
    assert {k: v for k, v in done.to_json().items() if k != "upto"} == full.to_json()


def test_chapters_read_keep_their_summaries_and_the_current_one_is_cut(full, monkeypatch):
    sections = full.article.sections
    current = 3
    upto = (sections[current].start + sections[current].end) // 2
    calls = []
    real = pipeline.summarize

    def counting(texts, count, *args, **kwargs):
        calls.append(len(texts))
        return real(texts, count, *args, **kwargs)

    monkeypatch.setattr(pipeline, "summarize", counting)
    done = recap(full, upto)
    # chapters read to the end: their summaries as they were, without ranking them again
    assert [s.summary for s in done.sections[:current]] == \
        [s.summary for s in full.sections[:current]]
    # ranked: the whole text read, and of the sections only the current chapter's part read
    assert len(calls) == 2 and calls[0] == len(done.candidates) > calls[1]
    said = done.sections[current].summary
    assert said and all(s.end <= upto for s in said)
    assert all(s.summary == [] for s in done.sections[current + 1 :])


def test_a_recap_with_other_options(full):
    upto = len(full.article.text) // 2
    done = recap(full, upto, Options(sentences=2, algorithm="luhn"))
    assert len(done.summary) == 2 and done.algorithm == "luhn"
    nothing_after(done, upto)
    ratio = recap(full, upto, Options(ratio=0.5))
    nothing_after(ratio, upto)
    assert len(ratio.summary) > len(done.summary)


def test_a_position_outside_the_text_is_held_to_it(full):
    assert recap(full, -5).upto == 0 and recap(full, -5).summary == []
    assert recap(full, 10**9).upto == len(full.article.text)
