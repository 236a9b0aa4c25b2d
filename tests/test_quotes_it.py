"""Quotes in Italian: the speech verbs after the quote (ha detto, ha spiegato, ha dichiarato),
"secondo X", the subject Italian leaves out, titles in guillemets, dialogue in a story."""

from __future__ import annotations

import pytest

from reader.core.article import Article, Paragraph
from reader.core.quotes import find_quotes


def _found(text: str) -> list[tuple[str, str | None]]:
    paragraphs, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            paragraphs.append(Paragraph(pos, pos + len(line)))
        pos += len(line) + 1
    article = Article(text=text, paragraphs=paragraphs, language="it")
    return [(text[q.start : q.end], q.speaker) for q in find_quotes(article)]


@pytest.mark.parametrize(("text", "expected"), [
    ("«Il ponte riaprirà a marzo», ha detto il sindaco Marco Rossi.",
     [("Il ponte riaprirà a marzo", "Marco Rossi")]),
    ("«Le vetture saranno più silenziose», ha spiegato l'ingegnera Paola Venturi.",
     [("Le vetture saranno più silenziose", "Paola Venturi")]),
    ("«Non venderemo il manoscritto», ha dichiarato Federico Candiani ai giornalisti.",
     [("Non venderemo il manoscritto", "Federico Candiani")]),
    ("Secondo il filologo Marco Benassi, «il finale era completamente diverso».",
     [("il finale era completamente diverso", "Marco Benassi")]),
    # a role with the name in apposition after it
    ("«I soldi ci sono, ma vanno spesi entro il 2027», ha detto l'assessora alla mobilità, "
     "Chiara Mancuso, in aula.",
     [("I soldi ci sono, ma vanno spesi entro il 2027", "Chiara Mancuso")]),
])
def test_speech_verbs_and_sources(text, expected):
    assert _found(text) == expected


def test_the_subject_left_out_is_the_person_of_the_paragraph_before():
    text = ("Il nipote della scrittrice, Federico Candiani, ha escluso di vendere il "
            "manoscritto.\n"
            "«Mia zia avrebbe voluto che restasse qui», ha dichiarato.")
    assert _found(text) == [("Mia zia avrebbe voluto che restasse qui", "Federico Candiani")]


def test_a_title_in_guillemets_is_not_a_statement():
    text = ("È riemerso il manoscritto de «La casa dei venti», il romanzo con cui la "
            "scrittrice vinse il premio.")
    assert _found(text) == []


def test_turns_of_a_dialogue_with_short_replies():
    text = ("Il fiume era salito ancora. Lucia arrivò all'attracco dove il vecchio aspettava.\n"
            "«Oggi non si passa», disse il vecchio senza voltarsi.\n"
            "«Devo essere a Borgo Sacco prima di sera», disse Lucia.\n"
            "«Tua madre aspetterà un giorno in più.»\n"
            "«Grazie», mormorò Lucia.\n"
            "«Crollato a marzo», brontolò il vecchio.\n"
            "«Allora aspetto qui.»")
    assert _found(text) == [
        ("Oggi non si passa", "il vecchio"),
        ("Devo essere a Borgo Sacco prima di sera", "Lucia"),
        ("Tua madre aspetterà un giorno in più.", "il vecchio"),
        ("Grazie", "Lucia"),
        ("Crollato a marzo", "il vecchio"),
        ("Allora aspetto qui.", "Lucia"),
    ]
