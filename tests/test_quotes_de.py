"""Quotes in German: verbs before and after, „…“, so X, laut X, X zufolge, documents that
speak, the subject among objects in other cases, pronouns, the verb at the end."""

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
    article = Article(text=text, paragraphs=paragraphs, language="de")
    return [(text[q.start : q.end], q.speaker) for q in find_quotes(article)]


@pytest.mark.parametrize(("text", "expected"), [
    ("„Wir bleiben hier, solange es nötig ist“, sagte Petra Lange.",
     [("Wir bleiben hier, solange es nötig ist", "Petra Lange")]),
    ("„Wir bauen die Brücke bis zum Herbst neu“, erklärte Bürgermeisterin Petra Lange.",
     [("Wir bauen die Brücke bis zum Herbst neu", "Petra Lange")]),
    ("Petra Lange sagte: „Die Brücke wird im Herbst fertig sein.“",
     [("Die Brücke wird im Herbst fertig sein.", "Petra Lange")]),
    ("„Die Brücke ist sicher und wird jeden Tag geprüft“, so Petra Lange.",
     [("Die Brücke ist sicher und wird jeden Tag geprüft", "Petra Lange")]),
    ("„Die Deiche halten bisher“, so ein Sprecher der Feuerwehr.",
     [("Die Deiche halten bisher", "ein Sprecher der Feuerwehr")]),
    ("Laut Petra Lange ist „die Brücke sicher und jeden Tag geprüft“.",
     [("die Brücke sicher und jeden Tag geprüft", "Petra Lange")]),
    ("Laut Innenminister Jörg Feldhaus ist die Lage „ernst, aber beherrschbar“.",
     [("ernst, aber beherrschbar", "Jörg Feldhaus")]),
    ("Bürgermeister Klaus Berger besuchte die Unfallstelle. Berger zufolge ist die Lage „sehr "
     "ernst“. Er betonte: „Wir tun alles, was möglich ist.“",
     [("sehr ernst", "Klaus Berger"), ("Wir tun alles, was möglich ist.", "Klaus Berger")]),
    ("Dem Bericht des Rechnungshofs zufolge war das Projekt „von Anfang an unterfinanziert“.",
     [("von Anfang an unterfinanziert", "dem Bericht des Rechnungshofs")]),
    ("Dem Leiter der Polizeiinspektion, Ralf Unger, zufolge gab es „elf Unfälle mit "
     "verletzten Radfahrern“.", [("elf Unfälle mit verletzten Radfahrern", "Ralf Unger")]),
    ("Die Ärztin Lea Brandt sagt: „Wir arbeiten am Limit.“ Ihr Kollege Tim Roth ergänzt: "
     "„Seit Monaten.“", [("Wir arbeiten am Limit.", "Lea Brandt"), ("Seit Monaten.", "Tim Roth")]),
    ("„Das ist ein guter Tag“, freute sich Trainerin Sandra Vogt nach dem Spiel.",
     [("Das ist ein guter Tag", "Sandra Vogt")]),
    # the subject after the verb, a dative before it
    ("Der Zeitung sagte Filep Karma: „Ich werde im Gefängnis gehalten, aber nicht entmutigt.“",
     [("Ich werde im Gefängnis gehalten, aber nicht entmutigt.", "Filep Karma")]),
    # the verb at the end, after the quote
    ("Der Minister Ghasi Aridi hatte die Zustimmung „trotz einiger Vorbehalte“ bekanntgegeben.",
     [("trotz einiger Vorbehalte", "Ghasi Aridi")]),
])
def test_speech_verbs_and_sources(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    # the subject, not the object after "und" or an object in the dative/accusative/genitive
    ("Die Stadtwerke bestätigten den Bericht des Senders nicht und nannten ihn „eine reine "
     "Erfindung“.", "eine reine Erfindung", "die Stadtwerke"),
    ("Der Landrat wertete diese Entscheidung des Kreistags als „einen schweren Fehler für "
     "die ganze Region“.", "einen schweren Fehler für die ganze Region", "der Landrat"),
    ("In seiner Rede begründete der Bürgermeister seine Haltung so: „Ohne die Fähre ist die "
     "Insel im Winter abgeschnitten.“", "Ohne die Fähre ist die Insel im Winter abgeschnitten.",
     "der Bürgermeister"),
    # a subject in a clause of its own: "indem sie … aufforderte:"
    ("Der Mieterverein schloss sich der Kritik an, indem er den Vermieter zum Handeln "
     "aufforderte: „Die Heizung muss vor dem Winter repariert werden.“ Danach stellte sich "
     "der Vermieter hinter die Hausverwaltung.",
     "Die Heizung muss vor dem Winter repariert werden.", "der Mieterverein"),
    # a source named with "nach Angaben", a document that speaks
    ("Nach Angaben der Feuerwehr war das Feuer „innerhalb von zwanzig Minuten unter "
     "Kontrolle“.", "innerhalb von zwanzig Minuten unter Kontrolle", "der Feuerwehr"),
    ("So heißt es in dem Gutachten der Prüfer wörtlich: „Die Brücke ist nicht mehr "
     "verkehrssicher.“", "Die Brücke ist nicht mehr verkehrssicher.", "dem Gutachten der Prüfer"),
    # the frame reaches back across a newspaper's name in marks
    ("Die Kritikerin Lena Hofer schreibt in der Zeitung „Abendblatt“, die Ausstellung wirke "
     "„wie ein Museum ohne einen einzigen Besucher“.",
     "wie ein Museum ohne einen einzigen Besucher", "Lena Hofer"),
    # a genitive after a noun is not the subject; the pronoun after the verb is
    ("Morgan Tsvangirai schrieb im Guardian. Die Manipulation der Wahlergebnisse bezeichnete "
     "er als einen „Akt des politischen Verbrechertums“.", "Akt des politischen Verbrechertums",
     "Morgan Tsvangirai"),
])
def test_the_speaker_is_the_subject_of_the_attribution(text, quote, speaker):
    assert _found(text) == [(quote, speaker)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Petra Lange leitet das Bauamt. „Die Brücke wird rechtzeitig fertig“, sagte sie.",
     "Petra Lange"),
    ("Die Sprecherin der Partei, Helga Brandt, kritisierte die Pläne des Innenministers, "
     "Bernd Kolbe. Sie sagte, die Pläne seien „ein Angriff auf die Freiheit aller Bürger“.",
     "Helga Brandt"),
    # the sentence before reports speech, or its subject speaks in the first person
    ("Die Richterin widersprach der Ansicht der Verteidigung. „Hier geht es nicht um "
     "Meinungen, sondern um Fakten“, hielt das Gericht fest.", "die Richterin"),
    ("Die Richterin widersprach der Ansicht der Verteidigung. „Hier geht es nicht um "
     "Meinungen, sondern um Fakten.“", "die Richterin"),
    ("Die Grünen wollen am Ausbau der Radwege festhalten. „Wir werden jede Straße im "
     "Viertel sicherer machen.“", "die Grünen"),
    ("Europapolitik: Die SPD will am Kurs festhalten. „Wir wollen ein Europa, auf das man "
     "sich verlassen kann.“", "die SPD"),
])
def test_pronouns_and_the_sentence_before(text, speaker):
    assert [s for _, s in _found(text)][:1] == [speaker]


@pytest.mark.parametrize("text", [
    "Die sogenannte „Hafenreform“ liegt seit Jahren in der Schublade.",
    "Sein Roman „Die stille Bucht“ erscheint im März.",
    "Der Bär, von den Jägern auch „Brummi“ genannt, ist zurück im Tal.",
    "Laut „nachrichten.example.org“ ist die Fähre ausgefallen.",
    "Ihr Erstlingsroman „Sie wohnen hier“ erscheint im Herbst.",
    "Er war Gast beim „3. Internationalen Hafenkongress der Küstenstädte“ in Kiel.",
    "„Lumo“, so heißt das neue Projekt der Stadtbibliothek.",
    "Das berichtete die „Automobilwoche“ in ihrer Onlineausgabe.",
    "Laut der Website „icelandreview.com“ wird die „Hvalur 9“ bald auslaufen.",
])
def test_titles_names_and_addresses_are_not_statements(text):
    assert _found(text) == []


def test_a_word_someone_used_is_a_statement():
    text = ("Der Innenminister, Nicolas Sarkozy, verteidigte die Bezeichnung „Gesindel“, mit "
            "der er die Aufständischen titulierte.")
    assert _found(text) == [("Gesindel", "Nicolas Sarkozy")]


def test_the_first_reply_in_a_story_is_the_other_partys():
    text = ("Der Regen hatte aufgehört, als Anna das Gasthaus erreichte. Der Wirt stand hinter "
            "der Theke.\n"
            "„Haben Sie noch ein Zimmer frei?“, fragte Anna.\n"
            "„Für eine Nacht?“\n"
            "„Vielleicht für zwei.“\n"
            "Der Wirt musterte sie lange. „Das kostet extra“, brummte er schließlich.")
    assert [s for _, s in _found(text)] == ["Anna", "der Wirt", "Anna", "der Wirt"]
