"""Language detection and sentence splitting, on articles we wrote in several languages."""

from __future__ import annotations

import pytest

from reader.core.article import Article, Paragraph
from reader.core.errors import LanguageError
from reader.core.language import detect_language
from reader.core.loaders import load
from reader.core.sentences import split_sentences

from .helpers import ARTICLES


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_language_of_each_article_is_detected(lang):
    article = load(ARTICLES[lang])
    assert detect_language(article.text) == lang


@pytest.mark.parametrize("text", ["hotel taxi radio", "Hotel Central Park", "die la el"])
def test_detection_is_deterministic(text):
    # words several languages share: unseeded, langdetect answers one way or another from run
    # to run (so/ca, en/nl, es/af), and forty such runs agree only a few times in a thousand
    assert len({detect_language(text) for _ in range(40)}) == 1


@pytest.mark.parametrize("text", ["12345 678 — 90!", "... ??? !!!", "🙂🙂🙂 1 2 3"])
def test_text_without_letters_is_a_clear_error(text):
    with pytest.raises(LanguageError, match="no letters"):
        detect_language(text)


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_sentences_stay_inside_paragraphs_with_exact_offsets(lang):
    article = load(ARTICLES[lang])
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


# --- quotation marks stay with their quote ----------------------------------------------------

def _split(text: str, lang: str) -> list[str]:
    sentences = split_sentences(_one_paragraph(text), lang)
    for s in sentences:  # offsets exact, trimmed, in order, never overlapping
        assert text[s.start : s.end] == text[s.start : s.end].strip() != ""
    assert all(a.end <= b.start for a, b in zip(sentences, sentences[1:], strict=False))
    return [text[s.start : s.end] for s in sentences]


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])
def test_french_guillemets_open_and_close_the_right_sentence(space):
    o, c = f"«{space}", f"{space}»"
    text = (f"Le maire a parlé devant le conseil. {o}Nous allons nous retrouver{c}, a déclaré "
            f"Claire Martin. {o}C’est une belle journée.{c} Puis elle est partie.")
    assert _split(text, "fr") == [
        "Le maire a parlé devant le conseil.",
        f"{o}Nous allons nous retrouver{c}, a déclaré Claire Martin.",
        f"{o}C’est une belle journée.{c}",
        "Puis elle est partie.",
    ]


def test_a_short_french_quote_of_two_sentences_is_one_sentence():
    text = ("Le club a gagné dimanche. « Nous avons gagné. Nous allons fêter ça », a déclaré "
            "l’entraîneur. Les joueurs sont rentrés tard.")
    assert _split(text, "fr") == [
        "Le club a gagné dimanche.",
        "« Nous avons gagné. Nous allons fêter ça », a déclaré l’entraîneur.",
        "Les joueurs sont rentrés tard.",
    ]


def test_german_low_high_quotes_keep_their_closing_mark():
    text = ("Der Zug kam spät. „Wir sehen uns morgen wieder.“ Dann ging sie nach Hause. "
            "„Ja. Nein.“ Mehr sagte er nicht. »Das ist gut«, sagte sie.")
    assert _split(text, "de") == [
        "Der Zug kam spät.",
        "„Wir sehen uns morgen wieder.“",
        "Dann ging sie nach Hause.",
        "„Ja. Nein.“",
        "Mehr sagte er nicht.",
        "»Das ist gut«, sagte sie.",
    ]


@pytest.mark.parametrize(("o", "c"), [("“", "”"), ('"', '"')])
def test_english_quote_of_two_short_sentences_is_one_sentence(o, c):
    text = (f"The ferry left late. {o}Yes. No,{c} she said. {o}We will sail at noon.{c} "
            "Then the rain came.")
    assert _split(text, "en") == [
        "The ferry left late.",
        f"{o}Yes. No,{c} she said.",
        f"{o}We will sail at noon.{c}",
        "Then the rain came.",
    ]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("zh", "他走了。「我们会再见。」然后他笑了。「是的。不是。」她说。",
     ["他走了。", "「我们会再见。」", "然后他笑了。", "「是的。不是。」", "她说。"]),
    ("zh", "他说：“我们会再见。”然后他笑了。“是的。不是。”她说。",
     ["他说：“我们会再见。”", "然后他笑了。", "“是的。不是。”", "她说。"]),
    ("ja", "彼は駅に行った。「また会おう。」と言った。『はい。いいえ。』彼女は答えた。",
     ["彼は駅に行った。", "「また会おう。」と言った。", "『はい。いいえ。』", "彼女は答えた。"]),
])
def test_chinese_and_japanese_corner_brackets_stay_paired(lang, text, expected):
    assert _split(text, lang) == expected


def test_a_long_quote_stays_split_into_its_sentences():
    # Past MAX_QUOTE_SENTENCE a quote is not one sentence (see the measurements there), but no
    # piece starts with a closing mark or ends with an opening one.
    from reader.core.sentences import MAX_QUOTE_SENTENCE

    middle = " ".join(["The harbour will be dredged every spring from now on."] * 4)
    text = (f"The board met. “We have agreed on a plan. {middle} Ships will come back,” said "
            f"the chair. Nobody objected.")
    got = _split(text, "en")
    assert len(text) > MAX_QUOTE_SENTENCE
    assert got[0] == "The board met."
    assert got[1] == "“We have agreed on a plan."
    assert got[-2] == "Ships will come back,” said the chair."
    assert got[-1] == "Nobody objected."


# the marks that only open and only close a quote in each language's usual style
OPENS = {"fr": "«", "de": "„", "en": "“‘", "ja": "「『"}
CLOSES = {"fr": "»", "de": "“", "en": "”’", "ja": "」』"}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Il pleut. « On reste ici », dit-il. « Non. » Elle sort. «\u00a0Vraiment\u00a0?\u00a0» "
           "Oui. «\u202fBon.\u202f» Fin."),
    ("de", "Es regnet. „Wir bleiben“, sagte er. „Nein.“ Sie ging. „Wirklich?“ Ja. Ende."),
    ("en", "It rains. “We stay,” he said. “No.” She left. “Really?” Yes. ‘Fine.’ End."),
    ("ja", "雨だ。「ここにいる」と彼は言った。「いいえ。」彼女は出た。「本当？」はい。"),
])
def test_no_sentence_ends_with_an_opening_mark_or_starts_with_a_closing_one(lang, text):
    sentences = _split(text, lang)
    assert len(sentences) >= 6
    for sentence in sentences:
        assert sentence[-1] not in OPENS[lang], sentence
        assert sentence[0] not in CLOSES[lang], sentence


def test_reference_markers_stay_with_the_sentence_they_follow():
    """Encyclopaedia style: the markers come right after the full stop; no summary sentence
    should start with "[4]". A marker inside a sentence stays where it is."""
    text = ("The harbour was rebuilt in 1998 by the county.[4] The ferry returned a year "
            "later.[5][6] Fishermen were pleased.[citation needed] See [2] for the plans. It "
            "opened in May.[7]")
    assert _split(text, "en") == [
        "The harbour was rebuilt in 1998 by the county.[4]",
        "The ferry returned a year later.[5][6]",
        "Fishermen were pleased.[citation needed]",
        "See [2] for the plans.",
        "It opened in May.[7]",  # the paragraph's end: no "[7]" on its own
    ]
