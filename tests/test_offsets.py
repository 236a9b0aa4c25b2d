"""Every span the analysis produces points at the characters it names, on every article we have."""

from __future__ import annotations

import pytest

from reader.core.pipeline import analyze_file
from reader.core.summarize import ALGORITHMS

from .conftest import FIXTURES, SAMPLES

FILES = sorted(SAMPLES.glob("*")) + sorted(FIXTURES.glob("*"))


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_span_matches_its_text(path):
    analysis = analyze_file(path)
    text = analysis.article.text
    for p in analysis.article.paragraphs:
        assert 0 <= p.start < p.end <= len(text)
    for s in analysis.sentences:
        assert text[s.start : s.end].strip() == text[s.start : s.end] != ""
    for span in analysis.summary:
        assert 0 <= span.start < span.end <= len(text)
    for q in analysis.quotes:
        assert 0 <= q.start < q.end <= len(text)
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end].strip()
    record = analysis.to_json(str(path))
    for item in record["summary"] + record["quotes"]:
        assert text[item["start"] : item["end"]] == item["text"]


def test_summary_never_contains_comment_boilerplate(tmp_path):
    body = (SAMPLES / "en-river-school.txt").read_text(encoding="utf-8")
    path = tmp_path / "copied.txt"
    path.write_text(body + "\n\nLeave a Reply\n\nYour email address will not be published. "
                    "Required fields are marked *\n\nThis site uses Akismet to reduce spam. "
                    "Learn how your comment data is processed.\n", encoding="utf-8")
    for algorithm in ALGORITHMS:
        from reader.core.pipeline import Options

        analysis = analyze_file(path, Options(ratio=1.0, algorithm=algorithm))
        joined = " ".join(analysis.span_text(s) for s in analysis.summary)
        assert "Akismet" not in joined and "email address" not in joined
