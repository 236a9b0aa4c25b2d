"""Properties of the core that hold for any text at all (hypothesis draws the texts)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.article import Article, Paragraph
from reader.core.errors import ReaderError
from reader.core.pipeline import Options, analyze
from reader.core.textbuild import RawBlock, build_article

# texts with the characters that trouble readers: quotation marks of every style, apostrophes,
# sentence ends, line breaks, dashes, surrogate-range emoji, CJK, RTL, controls and NULs
_TRICKY = "“”„‟«»‹›「」『』\"'‘’‚.!?…:;—–-\n\n\t \u00a0\u200b\u202e\x00\x0b🌊👍🏽中文日本語العربية"
_text = st.text(
    alphabet=st.one_of(st.characters(codec="utf-8"), st.sampled_from(list(_TRICKY)),
                       st.sampled_from(list("abcdefghij ABCDE"))),
    max_size=1500,
)
_words = st.lists(st.sampled_from(
    ["The", "harbour", "said", "Mara", "Lind", "ferry", "“We", "sail,”", "she", "said.", "«Nous",
     "partons»", "a", "déclaré", "„Wir", "fahren“,", "sagte", "er.", "\n\n", "Okafor", "told",
     "reporters:", "\"Stop", "now.\"", "’90s", "don’t", "—", "(", ")"]), max_size=300).map(
    " ".join)

SETTINGS = settings(max_examples=150, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


def _article(text: str) -> Article | None:
    """As a loader builds one: blocks at blank lines. A text with no words is refused with one
    plain line, as a loader refuses it."""
    blocks = [RawBlock(b) for b in text.split("\n\n") if b.strip()]
    try:
        return build_article(blocks, title=None, fmt="txt")
    except ReaderError as exc:
        assert str(exc) and "\n" not in str(exc)
        return None


def _check(article: Article | None, language: str | None) -> None:
    if article is None:
        return
    first = analyze(article, Options(language=language))
    text = first.article.text
    n = len(text)
    for s in first.sentences:
        assert 0 <= s.start < s.end <= n
    for span in first.summary:
        assert 0 <= span.start < span.end <= n
        assert any(s.start == span.start and s.end == span.end for s in first.sentences)
    ends = [q.start for q in first.quotes]
    assert ends == sorted(ends)
    for q in first.quotes:
        assert 0 <= q.start < q.end <= n
        if q.speaker_start is not None:
            assert q.speaker_end is not None and 0 <= q.speaker_start < q.speaker_end <= n
    for p in first.article.paragraphs:
        assert 0 <= p.start <= p.end <= n
    again = analyze(article, Options(language=language))
    assert (again.language, again.summary, again.quotes, again.sentences) == \
        (first.language, first.summary, first.quotes, first.sentences)


@SETTINGS
@given(_text)
def test_any_unicode_text_is_analysed_with_valid_spans_every_time_the_same(text):
    _check(_article(text), None)


@SETTINGS
@given(_words, st.sampled_from(["en", "de", "fr", "ru", None]))
def test_any_mix_of_quotes_and_attributions_gives_quotes_inside_the_text(text, language):
    _check(_article(text), language)


@SETTINGS
@given(_text)
def test_a_raw_article_with_one_paragraph_is_analysed_too(text):
    article = Article(text=text, paragraphs=[Paragraph(0, len(text))] if text else [])
    _check(article, "en")
