"""Quotes in English: speech verbs before and after, according to, appositions, roles, pronouns,
the cases issue 17 lists, and dialogue in a story."""

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
    article = Article(text=text, paragraphs=paragraphs, language="en")
    return [(text[q.start : q.end], q.speaker) for q in find_quotes(article)]


@pytest.mark.parametrize(("text", "expected"), [
    ("“The ferry will run all winter,” harbour master Tom Reyes told reporters.",
     [("The ferry will run all winter", "Tom Reyes")]),
    ("Tom Reyes warned: “Nobody should sail before the storm has passed.”",
     [("Nobody should sail before the storm has passed.", "Tom Reyes")]),
    ("According to Tom Reyes, “the pier will need a new deck by spring.”",
     [("the pier will need a new deck by spring.", "Tom Reyes")]),
    ("“We will rebuild the pier before summer,” Dana Whitcombe, the harbour master at Port "
     "Ellis and a former trawler skipper, told the council.",
     [("We will rebuild the pier before summer", "Dana Whitcombe")]),
    ("“We need more time to look at the data,” Council President Maria Gonzalez told "
     "reporters.", [("We need more time to look at the data", "Maria Gonzalez")]),
    ('The report, released Tuesday by the Center for Water Policy, warned that supplies were '
     '"dangerously low."', [("dangerously low.", "the report")]),
    ('The governor\'s office released a statement: "The state stands ready to help."',
     [("The state stands ready to help.", "the governor's office")]),
    ('"He would be a great senator," Rep. Elijah Moss (D-Md.) said in a phone interview.',
     [("He would be a great senator", "Elijah Moss")]),
    ("“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch "
     "Corbin, R-Ky., said Tuesday.",
     [("Our assumption is that the veto will be overridden", "Mitch Corbin")]),
    ('The crowd cheered. "I would," Melanie said to the TV. "I would, Donald."',
     [("I would", "Melanie"), ("I would, Donald.", "Melanie")]),
    ('House Speaker Paul D. Ryan spoke on Sunday.\n"It\'s heartbreaking," Ryan said.',
     [("It's heartbreaking", "Paul D. Ryan")]),
])
def test_speech_verbs_sources_and_names(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "speakers"), [
    ("Grace Okafor runs the river school. “The children learn to read the water,” she said.",
     ["Grace Okafor"]),
    ("The prime minister, Hana Ito, visited the harbour on Monday. “This coast deserves a "
     "proper sea wall,” the prime minister said.", ["Hana Ito"]),
    ("Grace Okafor opened the school in 2019.\n“We chose the river because it teaches "
     "patience,” Okafor said.\n“Every child learns to swim first,” Ms. Okafor added.",
     ["Grace Okafor", "Grace Okafor"]),
    ("“We had forty patients in the corridor that night,” a nurse at the county hospital "
     "said.", ["a nurse at the county hospital"]),
    ("“The river rose a metre in an hour.” That was how Tom Reyes described the night to the "
     "council.", ["Tom Reyes"]),
    ("Tom Reyes put it plainly:\n“We will not sail until the wall is repaired.”", ["Tom Reyes"]),
    ('Dr. Priya Raman runs the clinic. "We would have taken pay cuts," Raman said. "They '
     'didn\'t ask." The board did not reply.', ["Priya Raman", "Priya Raman"]),
    ("Marta Lindqvist spoke to The Coastal Herald on Monday. “The pier is safe for another "
     "decade,” she said.", ["Marta Lindqvist"]),
    ("Ms. Rosa Delgado met the chairman, Victor Hale, and his son Mark Hale. “The vote is on "
     "Friday and we will win it,” she said.", ["Rosa Delgado"]),
    ('The senator did not hold back. "This bill," she told the chamber, "is a betrayal of '
     'every family in this state."', ["the senator", "the senator"]),
])
def test_pronouns_descriptions_and_fullest_names(text, speakers):
    assert [s for _, s in _found(text)] == speakers


# --- the cases of issue 17 ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "speakers"), [
    # a German word ("man", the pronoun "one") no longer makes the man no one
    ('Grace Okafor spoke first. "We are ready," she said. "It will not be enough," the man '
     'said.', ["Grace Okafor", "the man"]),
    # Spanish "don" is a title; in English Don is a name
    ('"The numbers have moved twice in eighteen months," Don Alvarez said.', ["Don Alvarez"]),
    # the subject, not the object: who told, not who was told
    ('"We were never asked," one man told reporters outside the hall.', ["one man"]),
    # a possessive with an adjective is never a speaker; the clause's subject is, as a person
    ("Minister Hana Ito met the union on Monday. The minister repeated his hardline demands, "
     "stating that the strike will end only “once the depots reopen,” and left.",
     ["Hana Ito"]),
    # a possessive after the quote is not its speaker
    ("“We will not move,” Tom Reyes said, responding to the governor’s remarks.",
     ["Tom Reyes"]),
    # a relative clause between the name and the verb
    ("Alvarez, who represents the Marsh End ward, called the plan “reckless” on Monday.",
     ["Alvarez"]),
])
def test_the_subject_is_the_speaker_in_plain_english(text, speakers):
    assert [s for _, s in _found(text)] == speakers


def test_a_heading_in_capitals_and_an_adjective_are_not_the_name():
    text = ("“There she blows, three points off the lee bow,” was sung out from the "
            "mast-head.\n"
            "—COWLEY’S VOYAGE ROUND THE GLOBE, 1840.\n"
            "Poor Tom sat by the fire. “I am cold,” said poor Tom.")
    assert [s for _, s in _found(text)] == [None, "Tom"]


def test_a_four_line_exchange_in_a_story():
    text = ('"Where is your grandfather?" asked the stranger.\n'
            '"Gone to town," said the old man.\n'
            '"By dark?" cried the girl.\n'
            '"Then sit," he said.')
    assert _found(text) == [("Where is your grandfather?", "the stranger"),
                            ("Gone to town", "the old man"), ("By dark?", "the girl"),
                            ("Then sit", "the old man")]


def test_turns_of_dialogue_without_tags_alternate_between_the_two_who_talk():
    text = ("The fog had come down over the river.\n"
            "“You’re the ferryman?” the man asked.\n"
            "The old man did not look up. “Depends who’s asking.”\n"
            "“Someone who needs to be on the far bank tonight.”\n"
            "“Tonight?”\n"
            "“Before the bells, if it can be done.”\n"
            "The stranger set down his bag. “I can pay,” he said.")
    assert _found(text) == [
        ("You’re the ferryman?", "the man"), ("Depends who’s asking.", "the old man"),
        ("Someone who needs to be on the far bank tonight.", "the man"),
        ("Tonight?", "the old man"), ("Before the bells, if it can be done.", "the man"),
        ("I can pay", "the stranger")]


def test_the_narrator_speaks_as_i():
    text = 'When my mother mentioned it, I laughed and said, "I don\'t believe in the devil."'
    assert _found(text) == [("I don't believe in the devil.", "I")]


def test_said_the_queen_cried_the_duchess_and_a_pronoun_for_someone_else_named():
    text = ('"Who stole the crown?" said the Queen, looking round the hall.\n'
            '"Not I," cried the Duchess. "I was in the garden all morning."\n'
            '"Nor I," said the Knave, a little too quickly.\n'
            "The Queen turned to the Gardener, who was trembling by the door.\n"
            '"I saw nothing, your Majesty," he said.')
    assert [s for _, s in _found(text)] == ["the Queen", "the Duchess", "the Duchess",
                                            "the Knave", "the Gardener"]
