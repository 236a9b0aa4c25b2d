"""Quotes in any language: the package's public face, quotation marks of every style, which
quoted words are statements, and the lexicon of the article's language (one per language: a
German word does not change an English result). Each language's own cases are in
test_quotes_<code>.py."""

from __future__ import annotations

import pytest

from reader.core.article import Article, Paragraph
from reader.core.loaders import load
from reader.core.quotes import find_quotes

from .helpers import ARTICLES


def _quotes(text: str):
    article = Article(text=text, paragraphs=[Paragraph(0, len(text))])
    return [(text[q.start : q.end], q.speaker) for q in find_quotes(article)]


@pytest.mark.parametrize(("text", "expected"), [
    ('"We will reopen on Monday," Tom Reyes said.',
     [("We will reopen on Monday", "Tom Reyes")]),
    ("“The storm is the worst in a decade,” said Ana Perez, a forecaster.",
     [("The storm is the worst in a decade", "Ana Perez")]),
    ('Ana Perez told reporters: "Stay away from the promenade tonight."',
     [("Stay away from the promenade tonight.", "Ana Perez")]),
    ("„Wir bleiben hier, solange es nötig ist“, sagte Petra Lange.",
     [("Wir bleiben hier, solange es nötig ist", "Petra Lange")]),
    ("« Nous ouvrirons cinq jardins de plus », a déclaré Sophie Martin.",
     [("Nous ouvrirons cinq jardins de plus", "Sophie Martin")]),
    ("«Мы решили помочь себе сами», — заявил Андрей Морозов.",
     [("Мы решили помочь себе сами", "Андрей Морозов")]),
    ('"Vamos a ampliar la red el próximo verano", dijo Manuel Ortega.',
     [("Vamos a ampliar la red el próximo verano", "Manuel Ortega")]),
])
def test_speaker_before_or_after_the_quote(text, expected):
    assert _quotes(text) == expected


def test_scare_quotes_and_titles_of_one_or_two_words_are_not_statements():
    assert _quotes('The so-called "reform" was a "missed chance" for the town.') == []


def test_a_pronoun_refers_back_to_the_person_named():
    text = ('"We could close," Grace Okafor said. Then a visitor spoke. '
            'Okafor is unmoved. She said: "We keep going when the current is against us."')
    assert _quotes(text)[-1] == ("We keep going when the current is against us.", "Grace Okafor")


def test_an_unclosed_mark_does_not_swallow_the_rest():
    text = ('He shouted "stop and then nothing. Later "We are fine now," said Ana Perez. '
            'The end.')
    # the stray mark opens nothing: the next pair of marks is the quote, and the text after it
    # stays outside
    assert _quotes(text) == [("We are fine now", "Ana Perez")]


@pytest.mark.parametrize(("lang", "speakers"), [
    ("en", {"Grace Okafor", "Daniel Price"}),
    ("ru", {"Андрей Морозов", "Ольга Белова"}),
    ("fr", {"Sophie Martin", "Paul Renaud"}),
    ("es", {"Manuel Ortega", "Carmen Ruiz"}),
])
def test_every_quote_in_our_articles_has_a_speaker(lang, speakers):
    article = load(ARTICLES[lang])
    quotes = find_quotes(article)
    assert quotes
    found = {q.speaker for q in quotes}
    assert None not in found
    assert speakers <= found
    for q in quotes:
        assert article.text[q.start] not in "\"“”„«» "
        assert article.text[q.end - 1] not in "\"“”„«» "
        if q.speaker_start is not None:
            assert q.speaker_end is not None and q.speaker_start < q.speaker_end


# --- quotation marks ----------------------------------------------------------------------------

def _marked(text: str) -> list[str]:
    from reader.core.quotes.marks import find_marked

    return [text[m.start : m.end] for m in find_marked(text, _paragraphs(text))]


@pytest.mark.parametrize(("text", "inside"), [
    ("She said “the tide turns at six” and left.", "the tide turns at six"),
    ('She said "the tide turns at six" and left.', "the tide turns at six"),
    ("Sie sagte „die Flut kommt um sechs“ und ging.", "die Flut kommt um sechs"),
    ("Sie sagte ‚die Flut kommt um sechs‘ und ging.", "die Flut kommt um sechs"),
    ("She said ‘the tide turns at six’ and left.", "the tide turns at six"),
    ("Elle a dit « la marée monte à six heures » puis elle est partie.",
     "la marée monte à six heures"),
    ("Elle a dit «la marée monte à six heures» puis elle est partie.",
     "la marée monte à six heures"),
    ("Sie sagte »die Flut kommt um sechs« und ging.", "die Flut kommt um sechs"),
    ("Elle a dit ‹ la marée monte › puis elle est partie.", "la marée monte"),
    ("她说「潮水六点涨」然后离开了。", "潮水六点涨"),
    ("她说『潮水六点涨』然后离开了。", "潮水六点涨"),
])
def test_every_common_style_of_quotation_marks_is_paired(text, inside):
    assert _marked(text) == [inside]


def test_a_quote_inside_a_quote_belongs_to_the_outer_one():
    text = "“The sign said ‘closed for the winter’ in red letters,” Ana Perez said."
    assert _marked(text) == ["The sign said ‘closed for the winter’ in red letters"]


def test_apostrophes_are_not_quotation_marks():
    text = ("The ferry’s crew don’t sail in the ’90s style of rock ’n’ roll, the sailors’ "
            "union said. “We sail when it’s safe,” Ana Perez said.")
    assert _marked(text) == ["We sail when it’s safe"]


def test_a_quote_over_several_paragraphs_is_one_quote():
    text = ("Grace Okafor, the head teacher, said: “We moved the lessons to the river bank in "
            "May.\n“The children measured the water every morning.\n“By June they could read "
            "the current better than I can,” she said.\nThe term ended a week later.")
    article = Article(text=text, paragraphs=_paragraphs(text))
    quotes = find_quotes(article)
    assert len(quotes) == 1
    q = quotes[0]
    assert text[q.start : q.end].startswith("We moved the lessons")
    assert text[q.start : q.end].endswith("better than I can")
    assert q.speaker == "Grace Okafor"


def test_an_unbalanced_mark_never_discards_the_rest_of_the_article():
    text = ("The notice read “closed until further notice.\nLater that week the harbour "
            "reopened.\n“We are open again and the boats are out,” Tom Reyes said.\n"
            "“Everyone can come down to the water,” he added.")
    got = [(text[q.start : q.end], q.speaker)
           for q in find_quotes(Article(text=text, paragraphs=_paragraphs(text)))]
    assert ("We are open again and the boats are out", "Tom Reyes") in got
    assert ("Everyone can come down to the water", "Tom Reyes") in got


def _paragraphs(text: str) -> list[Paragraph]:
    paragraphs, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            paragraphs.append(Paragraph(pos, pos + len(line)))
        pos += len(line) + 1
    return paragraphs


def _found(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    article = Article(text=text, paragraphs=_paragraphs(text), language=language)
    return [(text[q.start : q.end], q.speaker) for q in find_quotes(article)]


# --- statements and other quoted words -----------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ('Her new book, "The Quiet Harbour", sold out in a week.', "en"),
    ("The film “Salt and Tide” opens on Friday at the Regent.", "en"),
    ("Die sogenannte „Hafenreform“ liegt seit Jahren in der Schublade.", "de"),
    ("Sein Roman „Die stille Bucht“ erscheint im März.", "de"),
    ("The group “Friends of the Harbour Wall” meets on Tuesdays.", "en"),
    ("Le livre « La Marée basse » paraît en mars.", "fr"),
    ("Его книга «Тихая гавань» вышла весной.", "ru"),
    # names, addresses and works, however the article introduces them
    ("Der Bär, von den Jägern auch „Brummi“ genannt, ist zurück im Tal.", "de"),
    ("Laut „nachrichten.example.org“ ist die Fähre ausgefallen.", "de"),
    ("Ihr Erstlingsroman „Sie wohnen hier“ erscheint im Herbst.", "de"),
    ("Er war Gast beim „3. Internationalen Hafenkongress der Küstenstädte“ in Kiel.", "de"),
    ("„Lumo“, so heißt das neue Projekt der Stadtbibliothek.", "de"),
])
def test_titles_names_and_scare_quotes_are_not_statements(text, language):
    assert _found(text, language) == []


def test_a_partial_quote_attributed_to_someone_is_a_statement():
    text = ("Senator Mara Lind hailed a “historic step” for the coast. "
            "The deal was signed on Monday.")
    assert _found(text) == [("historic step", "Mara Lind")]


def test_speaker_mentions_have_offsets_and_speakers_have_counts():
    from reader.core.quotes import speaker_counts

    text = ("“The pier opens in May,” Tom Reyes said. “The café follows in June.”\n"
            "“We have waited long enough,” said Ana Perez.")
    article = Article(text=text, paragraphs=_paragraphs(text), language="en")
    quotes = find_quotes(article)
    first = quotes[0]
    assert text[first.speaker_start : first.speaker_end] == "Tom Reyes"
    assert speaker_counts(quotes) == [("Tom Reyes", 2), ("Ana Perez", 1)]


# --- one lexicon per language ---------------------------------------------------------------------

def test_the_lexicon_holds_the_articles_language_and_english():
    from reader.core.quotes.lexicon import lexicon_for

    english, german = lexicon_for("en"), lexicon_for("de")
    assert english.languages == ("common", "en")
    assert german.languages == ("common", "de", "en")
    assert "sagte" in german.verbs and "said" in german.verbs
    assert "sagte" not in english.verbs and "man" not in english.not_speakers
    assert lexicon_for("nl").languages == ("common", "en")  # no file of its own yet
    assert set(lexicon_for(None).languages) == set(lexicon_for("und").languages)
    assert {"de", "fr", "zh", "it", "pt"} <= set(lexicon_for(None).languages)
    assert lexicon_for("pt-BR") is lexicon_for("pt")


@pytest.mark.parametrize(("text", "language", "speaker"), [
    ('"It will not be enough for the whole harbour," the man said.', "en", "the man"),
    ("„Das reicht für den ganzen Hafen nicht“, sagte man im Rathaus.", "de", None),
])
def test_a_german_word_does_not_change_an_english_result(text, language, speaker):
    # "man" is the German "one": no one in a German article, a man in an English one
    assert [s for _, s in _found(text, language)] == [speaker]


def test_an_article_of_unknown_language_is_read_with_every_lexicon():
    text = "«Nous ouvrirons le dimanche», a déclaré Sophie Martin."
    assert _found(text, "und") == [("Nous ouvrirons le dimanche", "Sophie Martin")]


def test_a_quote_is_what_the_window_and_the_exports_read():
    from dataclasses import fields

    from reader.core.quotes import MAX_QUOTES, Quote, find_quotes_within

    assert [f.name for f in fields(Quote)] == ["start", "end", "speaker", "speaker_start",
                                                "speaker_end"]
    text = " ".join(f'"Word number {i} is here," Ana Perez said.' for i in range(12))
    article = Article(text=text, paragraphs=[Paragraph(0, len(text))], language="en")
    quotes, skipped = find_quotes_within(article, 10)
    assert (len(quotes), skipped) == (10, 2) and MAX_QUOTES >= 1000
