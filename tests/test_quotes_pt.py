"""Quotes in Portuguese: disse, afirmou, contou, "segundo X", the subject Portuguese leaves
out, a definite description of someone just named, a pronoun after a place's name."""

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
    article = Article(text=text, paragraphs=paragraphs, language="pt")
    return [(text[q.start : q.end], q.speaker) for q in find_quotes(article)]


@pytest.mark.parametrize(("text", "expected"), [
    ("“O reservatório está com 12% da capacidade”, disse o prefeito Ronaldo Teixeira.",
     [("O reservatório está com 12% da capacidade", "Ronaldo Teixeira")]),
    ("«Ninguém nos perguntou nada», afirmou o presidente da associação, Joaquim Barros.",
     [("Ninguém nos perguntou nada", "Joaquim Barros")]),
    ("“Quase não fui liberado para a viagem”, contou Kauã Ribeiro depois do jogo.",
     [("Quase não fui liberado para a viagem", "Kauã Ribeiro")]),
    ("Segundo o hidrólogo Caio Nascimento, “a represa foi projetada para metade da "
     "população”.",
     [("a represa foi projetada para metade da população", "Caio Nascimento")]),
])
def test_speech_verbs_and_sources(text, expected):
    assert _found(text) == expected


def test_the_subject_left_out_is_the_person_of_the_paragraph_before():
    text = ("A presidente da companhia, Márcia Albuquerque, garantiu que os hospitais serão "
            "atendidos.\n"
            "“Nenhum serviço essencial vai ficar sem abastecimento”, afirmou.")
    assert [s for _, s in _found(text)] == ["Márcia Albuquerque"]


def test_a_definite_description_means_the_person_the_sentence_before_is_about():
    text = ("O gol saiu aos 44 minutos, marcado pelo atacante Kauã Ribeiro. Ele contou que "
            "quase não foi liberado.\n"
            "“Meu chefe só me deixou vir porque prometi levar a camisa”, contou o jogador.")
    assert [s for _, s in _found(text)] == ["Kauã Ribeiro"]


def test_a_pronoun_means_the_person_not_the_neighbourhood_named_after_her():
    text = ("A costureira Denise Furtado, moradora do Jardim Primavera, contou que enche "
            "baldes há semanas.\n"
            "“Aqui a água já falta dia sim, dia não”, contou ela.")
    assert [s for _, s in _found(text)] == ["Denise Furtado"]
