"""Quotes in Spanish: «…», dijo X; según X; para X; a role with the name in apposition; the
subject Spanish leaves out; who was told is not who spoke."""

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
    article = Article(text=text, paragraphs=paragraphs, language="es")
    return [(text[q.start : q.end], q.speaker) for q in find_quotes(article)]


@pytest.mark.parametrize(("text", "expected"), [
    ('"Vamos a ampliar la red el próximo verano", dijo Manuel Ortega.',
     [("Vamos a ampliar la red el próximo verano", "Manuel Ortega")]),
    ("«Abriremos la biblioteca también los domingos», afirmó Carmen Ruiz.",
     [("Abriremos la biblioteca también los domingos", "Carmen Ruiz")]),
    ("Según Carmen Ruiz, «la biblioteca abrirá también los domingos».",
     [("la biblioteca abrirá también los domingos", "Carmen Ruiz")]),
    ('"No vamos a subir los impuestos", ha dicho la portavoz del Gobierno, Elena Ruiz, en rueda '
     'de prensa.', [("No vamos a subir los impuestos", "Elena Ruiz")]),
    ('Según fuentes del ministerio, el acuerdo está "muy cerca".',
     [("muy cerca", "fuentes del ministerio")]),
    ('"Queremos que nadie necesite el coche", dijo la alcaldesa, Lucía Herrera, en el pleno.',
     [("Queremos que nadie necesite el coche", "Lucía Herrera")]),
    # "a los periodistas" is who was told, not who spoke
    ('"Necesitamos más tiempo para estudiar los datos", declaró a los periodistas la '
     'presidenta del pleno, María González.',
     [("Necesitamos más tiempo para estudiar los datos", "María González")]),
    ('"Mis clientes vienen en coche", lamentó Ahmed Farouk, propietario de una ferretería.',
     [("Mis clientes vienen en coche", "Ahmed Farouk")]),
])
def test_speech_verbs_sources_and_roles(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "speakers"), [
    ("Carmen Ruiz dirige la biblioteca. «Abriremos también los domingos», dijo ella.",
     ["Carmen Ruiz"]),
    # «…», explicó: the person the sentence before is about
    ("Para la vecina Carmen Soto, el cambio es urgente. «Tardo una hora en llegar cada "
     "mañana», explicó.", ["Carmen Soto"]),
    ("El sindicato mantiene su postura. «Nosotros no vamos a firmar este acuerdo sin "
     "cambios».", ["el sindicato"]),
    # the role in the sentence before is the person the article gives it
    ("La alcaldesa de Valdecorza, Elena Quiroga, pidió a los vecinos que reduzcan el consumo "
     "“en todo lo posible”. La alcaldesa descartó cortes. “El agua del grifo está garantizada "
     "hasta la primavera”, afirmó.", ["Elena Quiroga", "Elena Quiroga"]),
    # "mientras señalaba unas ramas" is not who spoke
    ("Tomás Berrocal ha dejado de regar. “La cosecha de este año está perdida”, dijo mientras "
     "señalaba unas ramas secas.", ["Tomás Berrocal"]),
])
def test_the_subject_left_out_and_pronouns(text, speakers):
    assert [s for _, s in _found(text)] == speakers


def test_a_report_named_in_marks_is_not_a_statement():
    text = "Según el hidrólogo Andrés Millán, autor del informe “Agua para mañana”, no llueve."
    assert _found(text) == []
