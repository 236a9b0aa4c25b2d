"""Quotes in French: « … », a déclaré X; inversions (a-t-elle précisé, dit-il) inside and
after the marks; selon X; pour X; a role with the name in apposition; pronouns."""

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
    article = Article(text=text, paragraphs=paragraphs, language="fr")
    return [(text[q.start : q.end], q.speaker) for q in find_quotes(article)]


@pytest.mark.parametrize(("text", "speakers"), [
    ("« Nous ouvrirons cinq jardins de plus », a déclaré Sophie Martin.", ["Sophie Martin"]),
    ("« Nous ouvrirons la bibliothèque le dimanche », a affirmé Sophie Martin.",
     ["Sophie Martin"]),
    ("Selon Sophie Martin, « la bibliothèque ouvrira aussi le dimanche ».", ["Sophie Martin"]),
    ("« Nous allons investir douze millions d'euros », a déclaré la maire, Isabelle Fournier, "
     "mardi.", ["Isabelle Fournier"]),
    # a role with a qualifier and the name in apposition: the name, not the role
    ("« Nous voulons des repas équilibrés », a déclaré le directeur des écoles, Jean Martin, "
     "lors d’une réunion.", ["Jean Martin"]),
    ("Selon un rapport de la préfecture, les quais sont « en mauvais état depuis dix ans ».",
     ["un rapport de la préfecture"]),
    ("« Il nous faut plus de temps », a expliqué la présidente du conseil, Maria Gonzalez. "
     "Elle a ajouté qu'un vote pourrait avoir lieu « dès le mois prochain ».",
     ["Maria Gonzalez", "Maria Gonzalez"]),
    ("Pour Jenna Park, directrice de l'association Vélo Rivière, ce report « met des vies en "
     "danger chaque jour ».", ["Jenna Park"]),
    ("« C'est inacceptable », a réagi sur X le député Jean Dupont.", ["Jean Dupont"]),
    ("« Trempé jusqu’aux os, mais je reviendrai », lance un festivalier en essorant son "
     "bonnet.", ["un festivalier"]),
])
def test_speech_verbs_sources_and_roles(text, speakers):
    assert [s for _, s in _found(text)] == speakers


@pytest.mark.parametrize(("text", "speaker"), [
    ("Sophie Martin dirige la bibliothèque. « Nous ouvrirons le dimanche », a-t-elle précisé.",
     "Sophie Martin"),
    ("Le ministre, M. Paul Girard, a rencontré la maire, Mme Claire Dubois, puis M. Paul "
     "Girard est reparti. « Nous devons agir vite », a-t-elle précisé.", "Claire Dubois"),
    # "elle" is the president, not the association named in her title
    ("Selon Sophie Laurent, présidente de l’association Vélo Lyon, les pistes s'arrêtent sans "
     "prévenir. « Quand une piste s’arrête au milieu d’un carrefour, c’est un piège », "
     "a-t-elle ajouté.", "Sophie Laurent"),
    # a name after an elided article: d’Inès Roussel
    ("Le moment le plus attendu était le concert d’Inès Roussel. La pianiste a joué son "
     "album. « Jouer ici, c’est autre chose qu’une salle à Paris », sourit-elle.",
     "Inès Roussel"),
])
def test_a_pronoun_means_the_person(text, speaker):
    assert [s for _, s in _found(text)][-1:] == [speaker]


def test_the_authors_words_inside_the_marks_split_the_quote():
    text = ("Le maire Paul Girard est satisfait. « Le pont ouvrira en avril, dit-il, si le "
            "temps le permet. »")
    assert _found(text) == [("Le pont ouvrira en avril", "Paul Girard"),
                            ("si le temps le permet.", "Paul Girard")]


@pytest.mark.parametrize("text", [
    "Le livre « La Marée basse » paraît en mars.",
    "Le programme, baptisé « Assiette verte », a un prix.",
])
def test_titles_are_not_statements(text):
    assert _found(text) == []


def test_turns_of_a_dialogue_in_a_story():
    text = ("Le train entra en gare. Claire descendit la première et chercha son frère.\n"
            "« Tu as fait bon voyage ? » demanda Julien en lui prenant sa valise.\n"
            "« Long. Très long. »\n"
            "« Maman t'attend depuis midi. »\n"
            "Claire soupira. « Je sais. Elle m'a appelée trois fois. »")
    assert [s for _, s in _found(text)] == ["Julien", "Claire", "Julien", "Claire"]
