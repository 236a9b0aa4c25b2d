"""What a reader notices in a summary besides its words: sentences that stand alone, and never a
byline, a dateline, a caption or a piece of a quote. All texts here are written for the tests."""

from __future__ import annotations

import pytest

from reader.core.loaders.text import article_from_text
from reader.core.pipeline import Options, analyze
from reader.core.summarize_sentences import is_furniture, leans_on_previous, quote_groups


def _summary(text: str, sentences: int, language: str = "en") -> list[str]:
    analysis = analyze(article_from_text(text), Options(sentences=sentences, language=language))
    return [analysis.span_text(s) for s in analysis.summary]


# --- the word lists -----------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "However, the council said the bridge would stay closed."),
    ("en", "He added that the ferry would run until midnight."),
    ("en", "“This is the last winter for the old boat,” he said."),
    ("en", "In addition, the harbour will get a new crane."),
    ("es", "Sin embargo, el ayuntamiento mantuvo el puente cerrado."),
    ("es", "Además, el puerto tendrá una grúa nueva."),
    ("de", "Außerdem soll der Hafen einen neuen Kran bekommen."),
    ("de", "Er sagte, die Fähre fahre bis Mitternacht."),
    ("fr", "Cependant, le conseil a maintenu le pont fermé."),
    ("fr", "Il a ajouté que le bac circulerait jusqu'à minuit."),
    ("ru", "Однако совет оставил мост закрытым."),
    ("ru", "Он добавил, что паром будет ходить до полуночи."),
    ("zh", "但是市议会表示大桥将继续关闭。"),
    ("zh", "他补充说渡轮将运行到午夜。"),
    ("it", "Tuttavia il consiglio ha tenuto chiuso il ponte."),
    ("pt", "No entanto, a câmara manteve a ponte fechada."),
])
def test_a_sentence_that_points_back_is_told(language, sentence):
    assert leans_on_previous(sentence, language)


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "The council voted on Tuesday to keep the bridge closed until spring."),
    ("en", "This week the council voted to keep the bridge closed."),
    ("en", "Heavy rain flooded the lower town overnight."),  # "he" only as part of a word
    ("es", "Este lunes el ayuntamiento votó mantener el puente cerrado."),
    ("es", "El ayuntamiento votó el martes mantener el puente cerrado."),
    ("de", "Der Stadtrat hat am Dienstag beschlossen, die Brücke zu schließen."),
    ("fr", "Le conseil municipal a voté mardi la fermeture du pont."),
    ("ru", "Городской совет во вторник проголосовал за закрытие моста."),
    ("zh", "市议会周二投票决定关闭大桥。"),
    ("xx", "However, a language without a word list never counts a sentence as leaning."),
])
def test_a_sentence_that_stands_alone_is_not(language, sentence):
    assert not leans_on_previous(sentence, language)


@pytest.mark.parametrize("sentence", [
    "By Jane Smith and Tom Reyes",
    "By . Harbour Gazette Reporter .",
    "PUBLISHED: 10:02 GMT, 3 March 2024 | UPDATED: 11:40 GMT, 3 March 2024",
    "Photo: Ana Perez / Harbour Gazette The new ferry in the harbour.",
    "REUTERS / Ana Perez The new ferry arrived on Monday.",
    "Scroll down for video The ferry leaves the yard on its first trip.",
    "The new ferry at the quay in Porth on Monday. GETTY",
])
def test_page_furniture_is_told(sentence):
    assert is_furniture(sentence, None, "en")


def test_a_caption_is_told_by_the_credit_after_it():
    caption = "The mayor of Porth beside the new ferry at the quay on Monday."
    assert is_furniture(caption, "EFE / Ana Perez The council paid for the boat.", "en")
    assert not is_furniture(caption, "The council paid for the boat in full.", "en")


@pytest.mark.parametrize("sentence", [
    "By the end of the year the ferry will carry twice as many cars.",
    "AP McCoy rode his last race at the course on Saturday.",
    "The council told Reuters that the ferry would be ready in May.",
    "The second ferry will cost 14 million euros, the council said on Monday.",
    "Por la tarde el ayuntamiento aprobó la compra del segundo barco.",
])
def test_ordinary_sentences_are_not_furniture(sentence):
    language = "es" if sentence.startswith("Por") else "en"
    assert not is_furniture(sentence, None, language)


def test_a_quote_over_several_sentences_is_one_group():
    texts = [
        "The mayor spoke at the quay.",
        "“We waited twenty years for this boat.",
        "Every family on the island will feel the difference.",
        "Nobody will miss the old one,” she said.",
        "The boat was built on the mainland.",
        "“It is quiet,” said one driver.",
    ]
    groups = quote_groups(texts)
    assert groups[0] == groups[4] == groups[5] == -1  # a whole quote in one sentence is fine
    assert groups[1] == groups[2] == groups[3] >= 0


def test_a_new_paragraph_of_a_quote_in_the_news_convention_starts_a_new_quote():
    texts = ["“We waited twenty years for this boat.", "“Nobody will miss the old one.”"]
    assert quote_groups(texts) == [-1, -1]


# --- through the pipeline -----------------------------------------------------------------------

FERRY_STORY = [
    "The island council voted on Tuesday to buy a second electric ferry for the crossing to Porth.",
    "The electric ferry will double the number of crossings between the island and Porth.",
    "Council members said the electric ferry would cut fuel costs and noise in the harbour.",
    "The second electric ferry is expected to enter service next spring after sea trials.",
    "Residents have long complained that the single ferry is full on summer weekends.",
    "The yard in Porth will build the ferry hull over the winter.",
]


def test_a_summary_has_no_byline_dateline_or_caption():
    text = "\n\n".join([
        "By Jane Smith and Tom Reyes",
        "PUBLISHED: 10:02 GMT, 3 March 2024 | UPDATED: 11:40 GMT, 3 March 2024",
        " ".join(FERRY_STORY[:3]),
        "The second electric ferry for the island crossing at the Porth yard on Monday.",
        "REUTERS / Ana Perez The second electric ferry will be ready for sea trials in spring.",
        "Photo: Ana Perez The electric ferry crossing to Porth will double its timetable.",
        " ".join(FERRY_STORY[3:]),
    ])
    for k in (1, 3, 5, 8):
        picked = " ".join(_summary(text, k))
        for furniture in ("By Jane", "PUBLISHED", "REUTERS", "Photo:", "on Monday."):
            assert furniture not in picked, (k, furniture)


def test_a_brief_summary_never_holds_a_piece_of_a_quote():
    quote = ("“The electric ferry will change life on the island for every family. "
             "The crossing to Porth will take half the time, and the electric ferry will run "
             "all night in the summer, so that the island and Porth are one town at last. "
             "I am proud of the council and of the yard in Porth,” the mayor said.")
    text = " ".join(FERRY_STORY[:3]) + "\n\n" + quote + "\n\n" + " ".join(FERRY_STORY[3:])
    for k in (1, 2, 3):
        for sentence in _summary(text, k):
            assert sentence.count("“") == sentence.count("”"), (k, sentence)


def test_a_brief_summary_prefers_a_sentence_that_stands_alone():
    # the same facts, once leaning on the sentence before and once standing alone
    text = "\n\n".join([
        "Good morning from the harbour office, where the weather is grey again.",
        "The harbour board met on Friday. However, the harbour board agreed to dredge the "
        "channel before the autumn storms, when the channel silts up.",
        "Ships longer than ninety metres cannot enter the harbour at low tide, the board said.",
        "The harbour board agreed on Friday to dredge the channel before the autumn storms, when "
        "the channel silts up most.",
        "Dredging the channel will cost the board two million euros over three years.",
        "Fishermen welcomed the decision to dredge the channel at a meeting on Friday.",
    ])
    picked = _summary(text, 1)
    assert picked and not leans_on_previous(picked[0], "en"), picked


def test_a_leaning_sentence_comes_with_the_one_it_leans_on():
    # once the sentence before is in the summary, the leaning one is as good as any
    from reader.core.summarize import summarize

    texts = [
        "The island council voted on Tuesday to buy a second electric ferry for the crossing.",
        "It will double the number of electric ferry crossings to the island on weekends.",
        "A fisherman said the harbour was already crowded with boats of every kind.",
        "The bakery on the quay sold out of bread by noon on Tuesday.",
        "The weather was grey and cold for most of the week in the harbour.",
        "Tickets for the crossing will cost the same as they do today.",
        "The electric ferry will be built at a yard on the mainland this winter.",
        "Sea trials of the new electric ferry will take a month next spring.",
    ]
    picked = summarize(texts, 3, "en", title="Island buys a second electric ferry")
    if 1 in picked:
        assert 0 in picked


def test_a_leaning_sentence_in_a_summary_follows_the_one_before_it():
    sentences = []
    for topic in ("ferry", "bridge", "harbour", "library", "school", "market"):
        sentences.append(f"The council will spend more on the {topic} next year, it said today.")
        sentences.append(f"However, the {topic} plan needs the approval of the region first.")
        sentences.append(f"He added that the {topic} plan would be ready in the spring.")
    body = "\n\n".join(" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3))
    for text in (body, "Council plans for the town\n\n" + body):
        for k in (1, 2, 3, 4):
            picked = _summary(text, k)
            for s in picked:
                if leans_on_previous(s, "en"):
                    assert sentences[sentences.index(s) - 1] in picked, (k, picked)


def test_summaries_with_quotes_and_leaning_sentences_still_nest():
    from reader.core.summarize import summarize

    texts = [
        "The island council voted on Tuesday to buy a second electric ferry for the crossing.",
        "However, the vote was close, and two members walked out of the meeting.",
        "“We waited twenty years for this boat.",
        "Every family on the island will feel the difference.",
        "Nobody will miss the old one,” the mayor said after the vote.",
        "The electric ferry will double the number of crossings on summer weekends.",
        "It will be built at a yard on the mainland over the winter.",
        "Fares will rise by ten per cent in January to help pay for the new ferry.",
        "Children going to school on the mainland will keep travelling for free.",
        "Sea trials will take a month before the ferry carries passengers.",
    ]
    for title in (None, "Island council buys a second electric ferry"):
        previous: set[int] = set()
        for k in range(1, len(texts) + 1):
            picked = summarize(texts, k, "en", title=title)
            assert len(picked) == k and previous <= set(picked), (title, k)
            previous = set(picked)
            if k <= 3:  # a brief summary: no piece of the quote
                assert not {2, 3, 4} & set(picked), (title, k, picked)
