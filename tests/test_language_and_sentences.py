"""Language detection and sentence splitting, on articles we wrote in several languages."""

from __future__ import annotations

import pytest

from reader.core.article import Article, Paragraph
from reader.core.errors import LanguageError
from reader.core.language import detect_language
from reader.core.loaders import load
from reader.core.sentences import split_sentences

ARTICLES = {
    "en": ("samples", "en-river-school.txt"),
    "de": ("samples", "de-stadtbibliothek.txt"),
    "ru": ("samples", "ru-ledokol.txt"),
    "fr": ("fixtures", "fr-jardins.txt"),
    "es": ("fixtures", "es-bicicletas.txt"),
    "zh": ("fixtures", "zh-tushuguan.txt"),
}


def _path(request, where, name):
    return request.getfixturevalue(where) / name


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_language_of_each_article_is_detected(request, lang):
    article = load(_path(request, *ARTICLES[lang]))
    assert detect_language(article.text) == lang


def test_detection_is_deterministic():
    text = "Ein kurzer Satz. Noch einer, aber diesmal mit ein paar Wörtern mehr darin."
    assert len({detect_language(text) for _ in range(10)}) == 1


@pytest.mark.parametrize("text", ["12345 678 — 90!", "... ??? !!!", "🙂🙂🙂 1 2 3"])
def test_text_without_letters_is_a_clear_error(text):
    with pytest.raises(LanguageError, match="no letters"):
        detect_language(text)


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_sentences_stay_inside_paragraphs_with_exact_offsets(request, lang):
    article = load(_path(request, *ARTICLES[lang]))
    sentences = split_sentences(article, lang)
    assert len(sentences) >= 4
    previous_end = 0
    for s in sentences:
        para = article.paragraphs[s.paragraph]
        assert para.start <= s.start < s.end <= para.end
        assert s.start >= previous_end
        chunk = article.text[s.start : s.end]
        assert chunk == chunk.strip() and chunk
        previous_end = s.end


def _one_paragraph(text: str) -> Article:
    return Article(text=text, paragraphs=[Paragraph(0, len(text))])


def test_abbreviations_and_decimals_do_not_end_english_sentences():
    text = ("Dr. Amara Singh of the U.S. Geological Survey said the quake measured 4.7 on Monday. "
            "Nobody was hurt. Mr. Lee, a local baker, felt it at 5 a.m. while he worked.")
    got = [text[s.start : s.end] for s in split_sentences(_one_paragraph(text), "en")]
    assert got == [
        "Dr. Amara Singh of the U.S. Geological Survey said the quake measured 4.7 on Monday.",
        "Nobody was hurt.",
        "Mr. Lee, a local baker, felt it at 5 a.m. while he worked.",
    ]


def test_german_abbreviations_and_ordinals():
    text = "Am 3. Mai kamen z. B. viele Gäste. Das Fest dauerte bis 22 Uhr."
    got = [text[s.start : s.end] for s in split_sentences(_one_paragraph(text), "de")]
    assert got == ["Am 3. Mai kamen z. B. viele Gäste.", "Das Fest dauerte bis 22 Uhr."]


@pytest.mark.parametrize(("lang", "text", "count"), [
    ("zh", "今天天气很好。我们去公园吧！你去吗？", 3),
    ("ja", "今日は晴れです。公園に行きましょう！", 2),
    ("uk", "Сьогодні гарна погода. Ми йдемо в парк.", 2),
    ("pl", "Dziś jest ładna pogoda. Idziemy do parku.", 2),
    ("el", "Σήμερα ο καιρός είναι καλός. Πάμε στο πάρκο.", 2),
    ("tr", "Bugün hava çok güzel. Parka gidiyoruz.", 2),
    ("fi", "Tänään on kaunis sää. Menemme puistoon.", 2),
])
def test_other_languages_split_offline(lang, text, count):
    assert len(split_sentences(_one_paragraph(text), lang)) == count


def test_a_heading_is_one_sentence_and_long_runs_are_cut():
    long_run = " ".join(["word"] * 2000)  # no punctuation at all
    text = "Results\n\n" + long_run
    article = Article(text=text, paragraphs=[Paragraph(0, 7, heading=True),
                                             Paragraph(9, len(text))])
    sentences = split_sentences(article, "en")
    assert sentences[0].heading and text[sentences[0].start : sentences[0].end] == "Results"
    assert len(sentences) > 2
    assert all(s.end - s.start <= 2000 for s in sentences)
