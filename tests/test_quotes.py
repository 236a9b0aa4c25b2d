"""Quotes, first version: the statements in our sample articles, with their speakers."""

from __future__ import annotations

import pytest

from reader.core.article import Article, Paragraph
from reader.core.loaders import load
from reader.core.quotes import find_quotes

from .test_language_and_sentences import ARTICLES


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
    got = _quotes(text)
    assert ("We are fine now", "Ana Perez") in got or got == []
    assert all("The end" not in q for q, _ in got)


@pytest.mark.parametrize(("lang", "speakers"), [
    ("en", {"Okafor", "Daniel Price"}),
    ("ru", {"Андрей Морозов", "Ольга Белова"}),
    ("fr", {"Sophie Martin", "Paul Renaud"}),
    ("es", {"Manuel Ortega", "Carmen Ruiz"}),
])
def test_every_quote_in_our_articles_has_a_speaker(request, lang, speakers):
    where, name = ARTICLES[lang]
    article = load(request.getfixturevalue(where) / name)
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
