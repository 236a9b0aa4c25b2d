"""Quotes, first version: the statements in our sample articles, with their speakers."""

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
    from reader.core.quote_marks import find_marked

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


# --- attribution ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language", "expected"), [
    # English: verbs after and before, colon introductions, according to
    ("“The ferry will run all winter,” harbour master Tom Reyes told reporters.", "en",
     ("The ferry will run all winter", "Tom Reyes")),
    ("Tom Reyes warned: “Nobody should sail before the storm has passed.”", "en",
     ("Nobody should sail before the storm has passed.", "Tom Reyes")),
    ("According to Tom Reyes, “the pier will need a new deck by spring.”", "en",
     ("the pier will need a new deck by spring.", "Tom Reyes")),
    # German
    ("„Wir bauen die Brücke bis zum Herbst neu“, erklärte Bürgermeisterin Petra Lange.", "de",
     ("Wir bauen die Brücke bis zum Herbst neu", "Petra Lange")),
    ("Petra Lange sagte: „Die Brücke wird im Herbst fertig sein.“", "de",
     ("Die Brücke wird im Herbst fertig sein.", "Petra Lange")),
    ("„Die Brücke ist sicher und wird jeden Tag geprüft“, so Petra Lange.", "de",
     ("Die Brücke ist sicher und wird jeden Tag geprüft", "Petra Lange")),
    ("Laut Petra Lange ist „die Brücke sicher und jeden Tag geprüft“.", "de",
     ("die Brücke sicher und jeden Tag geprüft", "Petra Lange")),
    # French
    ("« Nous ouvrirons la bibliothèque le dimanche », a affirmé Sophie Martin.", "fr",
     ("Nous ouvrirons la bibliothèque le dimanche", "Sophie Martin")),
    ("Selon Sophie Martin, « la bibliothèque ouvrira aussi le dimanche ».", "fr",
     ("la bibliothèque ouvrira aussi le dimanche", "Sophie Martin")),
    # Spanish
    ("«Abriremos la biblioteca también los domingos», afirmó Carmen Ruiz.", "es",
     ("Abriremos la biblioteca también los domingos", "Carmen Ruiz")),
    ("Según Carmen Ruiz, «la biblioteca abrirá también los domingos».", "es",
     ("la biblioteca abrirá también los domingos", "Carmen Ruiz")),
    # Russian: the dash attribution and по словам
    ("«Мы откроем библиотеку и по воскресеньям», — подчеркнула Ольга Белова.", "ru",
     ("Мы откроем библиотеку и по воскресеньям", "Ольга Белова")),
    ("«Мост будет готов к осени», — уверен глава района Андрей Морозов.", "ru",
     ("Мост будет готов к осени", "Андрей Морозов")),
    ("По словам Андрея Морозова, «мост будет готов к осени».", "ru",
     ("мост будет готов к осени", "Андрей Морозов")),
])
def test_speech_verbs_and_sources_in_five_languages(text, language, expected):
    assert _found(text, language) == [expected]


@pytest.mark.parametrize(("text", "language", "speaker"), [
    ("Grace Okafor runs the river school. “The children learn to read the water,” she said.",
     "en", "Grace Okafor"),
    ("Petra Lange leitet das Bauamt. „Die Brücke wird rechtzeitig fertig“, sagte sie.",
     "de", "Petra Lange"),
    ("Sophie Martin dirige la bibliothèque. « Nous ouvrirons le dimanche », a-t-elle précisé.",
     "fr", "Sophie Martin"),
    ("Carmen Ruiz dirige la biblioteca. «Abriremos también los domingos», dijo ella.",
     "es", "Carmen Ruiz"),
    ("Андрей Морозов возглавляет район. «Мост будет готов к осени», — добавил он.",
     "ru", "Андрей Морозов"),
])
def test_pronouns_are_resolved_to_the_person_named(text, language, speaker):
    assert [s for _, s in _found(text, language)] == [speaker]


def test_a_description_is_resolved_to_the_person_who_holds_the_role():
    text = ("The prime minister, Hana Ito, visited the harbour on Monday. "
            "“This coast deserves a proper sea wall,” the prime minister said.")
    assert _found(text) == [("This coast deserves a proper sea wall", "Hana Ito")]


def test_each_speaker_is_reported_by_the_fullest_name_the_article_gives():
    text = ("Grace Okafor opened the school in 2019.\n"
            "“We chose the river because it teaches patience,” Okafor said.\n"
            "“Every child learns to swim first,” Ms. Okafor added.")
    assert [s for _, s in _found(text)] == ["Grace Okafor", "Grace Okafor"]


def test_an_anonymous_source_keeps_its_description():
    text = ("“We had forty patients in the corridor that night,” a nurse at the county "
            "hospital said.")
    assert _found(text) == [("We had forty patients in the corridor that night",
                             "a nurse at the county hospital")]


def test_the_speaker_named_in_the_sentence_after_the_quote():
    text = ("“The river rose a metre in an hour.” That was how Tom Reyes described the "
            "night to the council.")
    assert _found(text) == [("The river rose a metre in an hour.", "Tom Reyes")]


def test_a_quote_after_a_colon_paragraph_belongs_to_its_speaker():
    text = "Tom Reyes put it plainly:\n“We will not sail until the wall is repaired.”"
    assert _found(text) == [("We will not sail until the wall is repaired.", "Tom Reyes")]


@pytest.mark.parametrize(("text", "language", "quote", "speaker"), [
    # the subject, not the object after "und" or an object in the dative/accusative/genitive
    ("Die Stadtwerke bestätigten den Bericht des Senders nicht und nannten ihn „eine reine "
     "Erfindung“.", "de", "eine reine Erfindung", "die Stadtwerke"),
    ("Der Landrat wertete diese Entscheidung des Kreistags als „einen schweren Fehler für "
     "die ganze Region“.", "de", "einen schweren Fehler für die ganze Region", "der Landrat"),
    ("In seiner Rede begründete der Bürgermeister seine Haltung so: „Ohne die Fähre ist die "
     "Insel im Winter abgeschnitten.“", "de",
     "Ohne die Fähre ist die Insel im Winter abgeschnitten.", "der Bürgermeister"),
    # a subject in a clause of its own: "indem sie … aufforderte:"
    ("Der Mieterverein schloss sich der Kritik an, indem er den Vermieter zum Handeln "
     "aufforderte: „Die Heizung muss vor dem Winter repariert werden.“ Danach stellte sich "
     "der Vermieter hinter die Hausverwaltung.", "de",
     "Die Heizung muss vor dem Winter repariert werden.", "der Mieterverein"),
    # a source named with "nach Angaben", a document that speaks
    ("Nach Angaben der Feuerwehr war das Feuer „innerhalb von zwanzig Minuten unter "
     "Kontrolle“.", "de", "innerhalb von zwanzig Minuten unter Kontrolle", "der Feuerwehr"),
    ("So heißt es in dem Gutachten der Prüfer wörtlich: „Die Brücke ist nicht mehr "
     "verkehrssicher.“", "de", "Die Brücke ist nicht mehr verkehrssicher.",
     "dem Gutachten der Prüfer"),
    # a name with a long apposition between the quote and the verb
    ("“We will rebuild the pier before summer,” Dana Whitcombe, the harbour master at Port "
     "Ellis and a former trawler skipper, told the council.", "en",
     "We will rebuild the pier before summer", "Dana Whitcombe"),
    # the frame reaches back across a newspaper's name in marks
    ("Die Kritikerin Lena Hofer schreibt in der Zeitung „Abendblatt“, die Ausstellung wirke "
     "„wie ein Museum ohne einen einzigen Besucher“.", "de",
     "wie ein Museum ohne einen einzigen Besucher", "Lena Hofer"),
])
def test_the_speaker_is_the_subject_of_the_attribution(text, language, quote, speaker):
    assert _found(text, language) == [(quote, speaker)]


@pytest.mark.parametrize(("text", "language", "speakers"), [
    # a role with the name in apposition after it
    ("« Nous allons investir douze millions d'euros », a déclaré la maire, Isabelle Fournier, "
     "mardi.", "fr", ["Isabelle Fournier"]),
    ('"Queremos que nadie necesite el coche", dijo la alcaldesa, Lucía Herrera, en el pleno.',
     "es", ["Lucía Herrera"]),
    # a document as the source, with what qualifies it
    ("Selon un rapport de la préfecture, les quais sont « en mauvais état depuis dix ans ».",
     "fr", ["un rapport de la préfecture"]),
    # Russian: the genitive after «по словам» named in the nominative, and the pronoun after it
    ("По словам пенсионерки Нины Смирновой, «мост обещают починить уже десять лет». «Я не "
     "верю, пока не увижу рабочих», — добавила она.", "ru", ["Нина Смирнова", "Нина Смирнова"]),
    ("Инженер Павел Орлов считает, что сроки реальные: «Если погода позволит, мы закончим к "
     "осени».", "ru", ["Павел Орлов"]),
    # Spanish leaves the subject out: «…», explicó.
    ("Para la vecina Carmen Soto, el cambio es urgente. «Tardo una hora en llegar cada "
     "mañana», explicó.", "es", ["Carmen Soto"]),
    # a title of several words before the name is not part of it
    ("“We need more time to look at the data,” Council President Maria Gonzalez told "
     "reporters.", "en", ["Maria Gonzalez"]),
    # a role, its holder, and a new sentence right after the name
    ("« Il nous faut plus de temps », a expliqué la présidente du conseil, Maria Gonzalez. "
     "Elle a ajouté qu'un vote pourrait avoir lieu « dès le mois prochain ».", "fr",
     ["Maria Gonzalez", "Maria Gonzalez"]),
    # "Pour X, …" gives X's view
    ("Pour Jenna Park, directrice de l'association Vélo Rivière, ce report « met des vies en "
     "danger chaque jour ».", "fr", ["Jenna Park"]),
    # "a los periodistas" is who was told, not who spoke
    ('"Necesitamos más tiempo para estudiar los datos", declaró a los periodistas la '
     'presidenta del pleno, María González.', "es", ["María González"]),
    ('"Mis clientes vienen en coche", lamentó Ahmed Farouk, propietario de una ferretería.',
     "es", ["Ahmed Farouk"]),
    ("«Мои покупатели приезжают на машинах», — пожаловался владелец магазина Ахмед Фарук.",
     "ru", ["Ахмед Фарук"]),
])
def test_names_in_french_spanish_and_russian_constructions(text, language, speakers):
    assert [s for _, s in _found(text, language)] == speakers


@pytest.mark.parametrize(("text", "language", "speaker"), [
    # the sentence before reports speech
    ("Die Richterin widersprach der Ansicht der Verteidigung. „Hier geht es nicht um "
     "Meinungen, sondern um Fakten“, hielt das Gericht fest.", "de", "die Richterin"),
    ("Die Richterin widersprach der Ansicht der Verteidigung. „Hier geht es nicht um "
     "Meinungen, sondern um Fakten.“", "de", "die Richterin"),
    # a quote in the first person speaks for the subject of the sentence before
    ("Die Grünen wollen am Ausbau der Radwege festhalten. „Wir werden jede Straße im "
     "Viertel sicherer machen.“", "de", "die Grünen"),
    ("El sindicato mantiene su postura. «Nosotros no vamos a firmar este acuerdo sin "
     "cambios».", "es", "el sindicato"),
])
def test_a_quote_without_attribution_takes_the_speaker_of_the_sentence_before(
        text, language, speaker):
    assert [s for _, s in _found(text, language)][:1] == [speaker]


@pytest.mark.parametrize(("text", "language", "speaker"), [
    ("Die Sprecherin der Partei, Helga Brandt, kritisierte die Pläne des Innenministers, "
     "Bernd Kolbe. Sie sagte, die Pläne seien „ein Angriff auf die Freiheit aller Bürger“.",
     "de", "Helga Brandt"),
    ("Le ministre, M. Paul Girard, a rencontré la maire, Mme Claire Dubois, puis M. Paul "
     "Girard est reparti. « Nous devons agir vite », a-t-elle précisé.", "fr", "Claire Dubois"),
    ("Анна Петрова встретилась с министром Иваном Соколовым. Потом пришёл Иван Соколов. "
     "«Мы договорились о новом мосте», — сказала она.", "ru", "Анна Петрова"),
    ("Ms. Rosa Delgado met the chairman, Victor Hale, and his son Mark Hale. “The vote is on "
     "Friday and we will win it,” she said.", "en", "Rosa Delgado"),
])
def test_a_pronoun_means_a_person_of_its_gender(text, language, speaker):
    assert [s for _, s in _found(text, language)] == [speaker]


def test_a_short_sentence_after_an_attributed_quote_goes_on_with_it():
    text = ('Dr. Priya Raman runs the clinic. "We would have taken pay cuts," Raman said. '
            '"They didn\'t ask." The board did not reply.')
    assert _found(text) == [("We would have taken pay cuts", "Priya Raman"),
                            ("They didn't ask.", "Priya Raman")]


def test_a_newspaper_is_not_the_person_a_pronoun_means():
    text = ("Marta Lindqvist spoke to The Coastal Herald on Monday. "
            "“The pier is safe for another decade,” she said.")
    assert [s for _, s in _found(text)] == ["Marta Lindqvist"]


def test_speaker_mentions_have_offsets_and_speakers_have_counts():
    from reader.core.quotes import speaker_counts

    text = ("“The pier opens in May,” Tom Reyes said. “The café follows in June.”\n"
            "“We have waited long enough,” said Ana Perez.")
    article = Article(text=text, paragraphs=_paragraphs(text), language="en")
    quotes = find_quotes(article)
    first = quotes[0]
    assert text[first.speaker_start : first.speaker_end] == "Tom Reyes"
    assert speaker_counts(quotes) == [("Tom Reyes", 2), ("Ana Perez", 1)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Глава района Сергей Волков доволен. «Мост откроют в апреле, — сказал он журналистам, — "
     "если погода позволит».", "ru",
     [("Мост откроют в апреле", "Сергей Волков"), ("если погода позволит", "Сергей Волков")]),
    ("«Мы ждали этого десять лет, — призналась пенсионерка Нина Смирнова. — Наконец-то».",
     "ru", [("Мы ждали этого десять лет", "Нина Смирнова"), ("Наконец-то", "Нина Смирнова")]),
    ("Le maire Paul Girard est satisfait. « Le pont ouvrira en avril, dit-il, si le temps le "
     "permet. »", "fr",
     [("Le pont ouvrira en avril", "Paul Girard"), ("si le temps le permet.", "Paul Girard")]),
])
def test_the_speakers_words_inside_the_marks_split_the_quote(text, language, expected):
    assert _found(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Bürgermeister Klaus Berger besuchte die Unfallstelle. Berger zufolge ist die Lage „sehr "
     "ernst“. Er betonte: „Wir tun alles, was möglich ist.“", "de",
     [("sehr ernst", "Klaus Berger"), ("Wir tun alles, was möglich ist.", "Klaus Berger")]),
    ("Dem Bericht des Rechnungshofs zufolge war das Projekt „von Anfang an unterfinanziert“.",
     "de", [("von Anfang an unterfinanziert", "dem Bericht des Rechnungshofs")]),
    ('The governor\'s office released a statement: "The state stands ready to help."', "en",
     [("The state stands ready to help.", "the governor's office")]),
])
def test_sources_put_after_their_word_and_verbs_outside_the_lexicon(text, language, expected):
    assert _found(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ('"No vamos a subir los impuestos", ha dicho la portavoz del Gobierno, Elena Ruiz, en rueda '
     'de prensa.', "es", [("No vamos a subir los impuestos", "Elena Ruiz")]),
    ('Según fuentes del ministerio, el acuerdo está "muy cerca".', "es",
     [("muy cerca", "fuentes del ministerio")]),
    ("« C'est inacceptable », a réagi sur X le député Jean Dupont.", "fr",
     [("C'est inacceptable", "Jean Dupont")]),
    ("«Ситуация под контролем», — сообщили в пресс-службе МЧС.", "ru",
     [("Ситуация под контролем", "в пресс-службе МЧС")]),
    ("Об этом заявила журналистам официальный представитель МИД Мария Захарова: «Мы ответим».",
     "ru", [("Мы ответим", "Мария Захарова")]),
])
def test_more_ways_news_in_spanish_french_and_russian_attributes(text, language, expected):
    assert _found(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Die Ärztin Lea Brandt sagt: „Wir arbeiten am Limit.“ Ihr Kollege Tim Roth ergänzt: "
     "„Seit Monaten.“", "de",
     [("Wir arbeiten am Limit.", "Lea Brandt"), ("Seit Monaten.", "Tim Roth")]),
    ("„Das ist ein guter Tag“, freute sich Trainerin Sandra Vogt nach dem Spiel.", "de",
     [("Das ist ein guter Tag", "Sandra Vogt")]),
    ('The report, released Tuesday by the Center for Water Policy, warned that supplies were '
     '"dangerously low."', "en", [("dangerously low.", "the report")]),
])
def test_relations_feelings_and_weekdays_around_the_speaker(text, language, expected):
    assert _found(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('"He would be a great senator," Rep. Elijah Moss (D-Md.) said in a phone interview.',
     [("He would be a great senator", "Elijah Moss")]),
    ("“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch Corbin, "
     "R-Ky., said Tuesday.", [("Our assumption is that the veto will be overridden",
                               "Mitch Corbin")]),
])
def test_a_party_and_state_after_the_name_do_not_end_the_sentence(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a first name alone, right after the closing mark, is a name, not a sentence's first word
    ('The crowd cheered. "I would," Melanie said to the TV. "I would, Donald."',
     [("I would", "Melanie"), ("I would, Donald.", "Melanie")]),
    # a surname after an initial ("Paul D. Ryan") is a name wherever else it stands
    ('House Speaker Paul D. Ryan spoke on Sunday.\n"It\'s heartbreaking," Ryan said.',
     [("It's heartbreaking", "Paul D. Ryan")]),
])
def test_names_right_after_a_quote_or_an_initial(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("这个项目由镇文化站发起。站长李明说：“很多老人和孩子很少有机会去县城的图书馆。”",
     [("很多老人和孩子很少有机会去县城的图书馆。", "李明")]),
    ("“我们明年还会来看看这里的孩子们。”王芳说。她笑着离开了。",
     [("我们明年还会来看看这里的孩子们。", "王芳")]),
    ("市长张伟表示：“新桥将在十月通车。”", [("新桥将在十月通车。", "张伟")]),
])
def test_chinese_speakers_before_or_after_the_quote(text, expected):
    assert _found(text, "zh") == expected


def test_a_pronoun_with_no_one_named_before_it_means_the_role_mentioned():
    text = ('The senator did not hold back. "This bill," she told the chamber, "is a betrayal of '
            'every family in this state."')
    assert _found(text) == [("This bill", "the senator"),
                            ("is a betrayal of every family in this state.", "the senator")]
