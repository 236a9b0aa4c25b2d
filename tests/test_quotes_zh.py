"""Quotes in Chinese: the speaker before the verb (站长李明说：“……”), after the quote
(“……”王芳说。), across a time or place phrase, after a long modifier, 据…介绍, a role alone."""

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
    article = Article(text=text, paragraphs=paragraphs, language="zh")
    return [(text[q.start : q.end], q.speaker) for q in find_quotes(article)]


@pytest.mark.parametrize(("text", "expected"), [
    ("这个项目由镇文化站发起。站长李明说：“很多老人和孩子很少有机会去县城的图书馆。”",
     [("很多老人和孩子很少有机会去县城的图书馆。", "李明")]),
    ("“我们明年还会来看看这里的孩子们。”王芳说。她笑着离开了。",
     [("我们明年还会来看看这里的孩子们。", "王芳")]),
    ("市长张伟表示：“新桥将在十月通车。”", [("新桥将在十月通车。", "张伟")]),
    # a time or place phrase between the name and the verb
    ("张伟在开馆仪式上指出：“新馆是孩子们的第一课堂。”", [("新馆是孩子们的第一课堂。", "张伟")]),
    ("韩立新最后强调：“加装电梯必须坚持业主自愿。”", [("加装电梯必须坚持业主自愿。", "韩立新")]),
    # a name after a long modifier and a role
    ("在工厂工作的工人王强说：“我们很满意。”", [("我们很满意。", "王强")]),
    ("当年主持发掘工作的古生物学家邓安平称：“这是最完整的化石。”",
     [("这是最完整的化石。", "邓安平")]),
    ("「我五十三岁了，没想到考试一次就过了。」刚刚通过考核的女工刘翠萍笑着说。",
     [("我五十三岁了，没想到考试一次就过了。", "刘翠萍")]),
    # 据…介绍, and a source that is no person
    ("据市文化和旅游局副局长何敏介绍，“新馆实行免费预约参观”。",
     [("新馆实行免费预约参观", "何敏")]),
    ("据《星港日报》报道，厂长杜明辉在接受采访时称：「不改造就只能关门。」",
     [("不改造就只能关门。", "杜明辉")]),
])
def test_the_speaker_around_the_verb(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "speaker"), [
    # a role alone is the person the article gives it
    ("市住建局局长韩立新出席发布会。局长在会上表示：“今年完成三百个小区。”", "韩立新"),
    ("局长李明出席了会议。局长在会上表示：“今年完成三百个小区。”", "李明"),
    # a pronoun is the person named last
    ("站长李明介绍了情况。他说：“图书馆每周开放六天。”", "李明"),
])
def test_roles_and_pronouns_mean_a_person(text, speaker):
    assert [s for _, s in _found(text)] == [speaker]
