"""Saved web pages read as their article: the whole body (a comment count under the headline is
no end), a headline without the site's name, authors as names, no teasers or footer after the
body, sidebars and captions as notes, the declared language noted."""

from __future__ import annotations

import pytest

from reader.core.loaders.html import article_from_html
from reader.core.textbuild import RawBlock, build_article

PARAGRAPHS = [
    "The harbour at Brenmouth closed on Tuesday after a storm damaged the north wall, and the "
    "ferry company said crossings would stop until the engineers had finished their survey.",
    "Fishermen moved their boats to the river mouth, where the water was calmer, and the "
    "coastguard asked walkers to keep away from the quay while the repairs were planned.",
    "The council said the survey would take two weeks and that the harbour would reopen once "
    "the wall had been made safe for the winter.",
    "Local shops said the closure came at a bad time, with the autumn festival due to start "
    "next month and hotels already fully booked.",
]
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def page(head: str = "<title>Harbour closes</title>", body: str = BODY, before: str = "",
         lang: str = "") -> str:
    attr = f' lang="{lang}"' if lang else ""
    return (f"<!DOCTYPE html><html{attr}><head>{head}</head><body>{before}"
            f"<article>{body}</article></body></html>")


def test_a_comment_count_under_the_headline_does_not_end_the_article():
    blocks = [RawBlock("Harbour Closes Again", heading=True), RawBlock("941 comments"),
              *(RawBlock(p) for p in PARAGRAPHS), RawBlock("Leave a Reply"),
              RawBlock("Great article, thanks!")]
    article = build_article(blocks, title="Harbour Closes Again", fmt="html")
    assert article.text == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(("head", "before", "title"), [
    ('<meta property="og:title" content="Přístav se zavírá | Aktuálně.cz">'
     '<link rel="canonical" href="https://zpravy.aktualne.cz/domaci/r~1/">', "",
     "Přístav se zavírá"),
    ('<meta property="og:title" content="港が嵐で閉鎖 - Yahoo!ニュース">'
     '<meta property="og:url" content="https://news.yahoo.co.jp/articles/1">', "", "港が嵐で閉鎖"),
    ('<meta property="og:title" content="Harbour closes after storm | DW | 19.01.2020">'
     '<meta property="og:site_name" content="DW.COM">', "", "Harbour closes after storm"),
    ("<title>欲張りなイヌ　＜福娘童話集＞</title>",
     '<a href="../index.html"><img src="logo.gif" alt="福娘童話集"></a>', "欲張りなイヌ"),
    ("<title>Brexit - what happens next</title>", "", "Brexit - what happens next"),
])
def test_the_headline_loses_the_site_name_and_nothing_else(head, before, title):
    assert article_from_html(page(head, before=before)).title == title


@pytest.mark.parametrize(("raw", "author"), [
    ("Jane Doe, JANE DOE", "Jane Doe"),
    ("Mac; I", None),
    ("作者", None),
    ("Frankfurter Allgemeine Zeitung GmbH; Benjamin Fischer; Marcus Theurer",
     "Benjamin Fischer, Marcus Theurer"),
])
def test_authors_are_names(raw, author):
    head = f'<title>Harbour closes</title><meta name="author" content="{raw}">'
    assert article_from_html(page(head)).author == author


def test_teasers_link_lists_and_the_footer_after_the_body_are_dropped():
    tail = ('<p><a href="/news/festival">Festival organisers look for a new venue as storms '
            "close the coast road again</a></p><p>The autumn festival may move inland this "
            "year, its organisers said on Monday.</p><p>Copyright 2024 Coast Weekly</p>")
    related = ("<h2>Related stories</h2><p>The festival may move inland this year, its "
               "organisers said on Monday, after the storms of the last two weeks.</p>"
               "<p>© 2024 Coast Weekly. All rights reserved.</p>")
    promo = ('<p><a href="/live">Read more: follow the storm live with our reporters</a></p>')
    for extra in (tail, related):
        body = BODY[: BODY.index("<p>Local")] + promo + BODY[BODY.index("<p>Local"):] + extra
        text = article_from_html(page(body=body)).text
        assert text == "\n\n".join(PARAGRAPHS)


def test_sidebars_and_captions_inside_the_article_become_notes():
    body = (f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>"
            "<aside><h3>The wall</h3><p>The north wall was built in 1852 from granite.</p>"
            f"</aside><p>{PARAGRAPHS[2]}</p><figure><img src='wall.jpg' alt=''>"
            "<figcaption>The damaged wall on Wednesday morning.</figcaption></figure>"
            f"<p>{PARAGRAPHS[3]}</p>")
    before = "<aside><p>Subscribe to our newsletter for the best stories of the week.</p></aside>"
    article = article_from_html(page(body=body, before=before))
    assert article.text == "\n\n".join(PARAGRAPHS)
    assert [(n.text, article.text[: n.anchor][-20:]) for n in article.notes] == [
        ("The wall: The north wall was built in 1852 from granite.", PARAGRAPHS[1][-20:]),
        ("The damaged wall on Wednesday morning.", PARAGRAPHS[2][-20:])]


def test_a_caption_left_in_the_text_is_a_note():
    body = "<p>The storm wall after the night of the flood. Photo: Coast Weekly</p>" + BODY
    article = article_from_html(page(body=body))
    assert article.text == "\n\n".join(PARAGRAPHS)
    assert [n.text for n in article.notes] == [
        "The storm wall after the night of the flood. Photo: Coast Weekly"]


def test_the_declared_language_is_noted():
    assert article_from_html(page(lang="cs-CZ")).meta["declared_language"] == "cs-CZ"
    assert "declared_language" not in article_from_html(page()).meta


def test_a_table_in_the_article_is_read_row_by_row():
    table = ("<table><tr><th>Crossing</th><th>Departs</th><th>Fare</th></tr>"
             "<tr><td>Brenmouth to Carrow</td><td>07:15</td><td>£12</td></tr>"
             "<tr><td>Carrow to Brenmouth</td><td>18:40</td><td>£12</td></tr></table>")
    body = BODY.replace("</p>", "</p>" + table, 2).replace(table, "", 1)
    article = article_from_html(page(body=body))
    lines = article.text.split("\n\n")
    assert "Crossing | Departs | Fare" in lines
    assert "Brenmouth to Carrow | 07:15 | £12" in lines
    # the rows stay in place, between the paragraphs around the table
    assert lines.index("Crossing | Departs | Fare") == 2
    assert all(p in lines for p in PARAGRAPHS)


def test_an_ordered_list_keeps_its_numbers_and_a_bulleted_list_none():
    steps = ("<ol><li>Close the harbour gates before the tide turns.</li>"
             "<li>Move the boats to the river mouth.</li></ol>")
    bullets = "<ul><li>Ferry crossings are cancelled.</li></ul>"
    article = article_from_html(page(body=BODY + steps + bullets + f"<p>{PARAGRAPHS[0]}</p>"))
    lines = article.text.split("\n\n")
    assert "1. Close the harbour gates before the tide turns." in lines
    assert "2. Move the boats to the river mouth." in lines
    assert "Ferry crossings are cancelled." in lines


def test_paragraphs_written_straight_after_their_headings_are_read():
    """Text in no paragraph of its own (here: a link after each heading, as deal pages write
    them) is still the article, even though all of it is link text. (A short line that is
    all link is a promotion: these paragraphs are longer.)"""
    texts = [f"{a} {b}" for a, b in zip(PARAGRAPHS, PARAGRAPHS[1:], strict=False)]
    body = "".join(f'<h2>Part {i}</h2><a href="https://shop.example/{i}">{t}</a>'
                   for i, t in enumerate(texts)) + f"<p>{PARAGRAPHS[0]}</p>"
    article = article_from_html(page(body=body))
    lines = article.text.split("\n\n")
    assert lines == ["Part 0", texts[0], "Part 1", texts[1], "Part 2", texts[2], PARAGRAPHS[0]]


def test_the_article_goes_on_after_a_promotion_line_near_its_end():
    promo = '<p><a href="/other">Read more: Ferry firm buys a second boat</a></p>'
    closing = ["Engineers will start on the north wall on Monday, weather permitting.",
               "The quay stays closed to walkers until then."]
    body = BODY + promo + "".join(f"<p>{p}</p>" for p in closing)
    article = article_from_html(page(body=body))
    assert article.text.split("\n\n") == [*PARAGRAPHS, *closing]


def test_a_page_with_many_pictures_and_line_breaks_keeps_its_structure():
    """Hundreds of <img> and <br> (which never close) are no deep nesting: the page is read
    as it is, its numbered list and headings intact, not flattened."""
    pictures = '<img src="a.png" alt="">' * 300 + "<br>" * 300
    steps = ("<h2>What happens next</h2><ol><li>The engineers finish their survey.</li>"
             "<li>The wall is repaired before winter.</li></ol>")
    article = article_from_html(page(body=pictures + BODY + steps))
    lines = article.text.split("\n\n")
    assert lines[-3:] == ["What happens next", "1. The engineers finish their survey.",
                          "2. The wall is repaired before winter."]
    assert [s.title for s in article.sections] == ["What happens next"]


def test_a_wiki_heading_loses_its_edit_link():
    body = (f"<p>{PARAGRAPHS[0]}</p>"
            '<h2>History<span class="mw-editsection">[<a href="/edit/1">edit</a>]</span></h2>'
            f"<p>{PARAGRAPHS[1]}</p><h2>Geschichte<span>[<a href='/e'>Bearbeiten</a> | "
            f"<a href='/q'>Quelltext bearbeiten</a>]</span></h2><p>{PARAGRAPHS[2]}</p>")
    article = article_from_html(page(body=body))
    assert [s.title for s in article.sections] == ["History", "Geschichte"]
    assert "[edit]" not in article.text and "bearbeiten" not in article.text


def test_after_see_also_the_pages_own_references_stay():
    see_also = '<h2>See also</h2><ul><li><a href="/w/Ferry">Ferry</a></li></ul>'
    refs = ("<h2>References</h2><ol>"
            "<li>Example, Ann (2020). The harbour wall survey. Brenmouth Council.</li>"
            "<li>Moss, Ben (2021). Storms of the north coast. Harbour Review.</li></ol>")
    article = article_from_html(page(body=BODY + see_also + refs))
    assert "See also" not in article.text and "Ferry\n" not in article.text
    assert "1. Example, Ann (2020). The harbour wall survey. Brenmouth Council." in article.text
    assert [s.title for s in article.sections] == ["References"]
