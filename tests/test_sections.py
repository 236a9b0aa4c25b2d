"""Sections: where they begin and end, how deep they sit, which are front or back matter, and
each one's own summary. Plain text, Markdown, HTML and Word documents here (made in the
tests); EPUB and PDF in their own modules."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest

from reader.core.article import Article, Paragraph, Section
from reader.core.loaders import load
from reader.core.loaders.html import article_from_html
from reader.core.loaders.markdown import article_from_markdown
from reader.core.loaders.text import article_from_text
from reader.core.pipeline import Options, analyze, section_length
from reader.core.sections import (
    Opening,
    mark_section_matter,
    matter_by_title,
    own_ranges,
    section_spans,
)
from reader.core.textbuild import RawBlock, SectionStart, build_article

TOPICS = ["harbour", "ferry", "lighthouse", "orchard", "glacier", "railway", "market", "bridge"]


def prose(topic: str, sentences: int, seed: int = 0) -> list[str]:
    """Paragraphs about ``topic``: sentences that share its words, three to a paragraph."""
    rng = random.Random(f"{topic}{seed}")
    verbs = ["watched", "repaired", "painted", "measured", "visited", "described", "guarded"]
    people = ["The keeper", "Old Maren", "The council", "A young clerk", "The children"]
    days = ["cold", "bright", "wet", "quiet"]
    stood = ["stood", "waited", "shone"]
    said = [f"{rng.choice(people)} {rng.choice(verbs)} the {topic} on a {rng.choice(days)} "
            f"morning while the {topic} {rng.choice(stood)} near the town."
            for _ in range(sentences)]
    return [" ".join(said[i : i + 3]) for i in range(0, len(said), 3)]


def spans_ok(article: Article) -> None:
    """Sections in reading order, inside the text, each a subsection of the one holding it."""
    text = article.text
    for s in article.sections:
        assert 0 <= s.start < s.end <= len(text) and s.level >= 1 and s.title
        assert text[s.start : s.end] == text[s.start : s.end].strip()
    starts = [s.start for s in article.sections]
    assert starts == sorted(starts)
    assert min((s.level for s in article.sections), default=1) == 1


# --- the model ------------------------------------------------------------------------------

def test_a_section_spans_its_subsections_and_ends_where_one_of_its_level_begins():
    text = "A" * 10 + "\n\n" + "B" * 10 + "\n\n" + "C" * 10 + "\n\n" + "D" * 10
    got = section_spans(text, [Opening(0, "Part One", 5), Opening(12, "Chapter 1", 7),
                               Opening(24, "Chapter 2", 7), Opening(36, "Part Two", 5)])
    assert got == [Section("Part One", 1, 0, 34), Section("Chapter 1", 2, 12, 22),
                   Section("Chapter 2", 2, 24, 34), Section("Part Two", 1, 36, 46)]
    assert own_ranges(got) == [(0, 12), (12, 22), (24, 34), (36, 46)]


def test_sections_that_begin_together_nest_and_an_empty_one_is_left_out():
    text = "x" * 30
    got = section_spans(text, [Opening(0, "Chapter 1", 2), Opening(0, "Part I", 1),
                               Opening(10, "Cover", 2), Opening(10, "Title page", 2)])
    assert [(s.title, s.level, s.start, s.end) for s in got] == [
        ("Part I", 1, 0, 30), ("Chapter 1", 2, 0, 10), ("Title page", 2, 10, 30)]
    assert own_ranges(got)[0] == (0, 0)  # the part's own text: nothing before its chapter


def test_levels_deeper_than_asked_for_are_left_out():
    got = section_spans("y" * 40, [Opening(0, "A", 2), Opening(10, "B", 3), Opening(20, "C", 4),
                                   Opening(30, "D", 6)], max_levels=2)
    assert [(s.title, s.level) for s in got] == [("A", 1), ("B", 2)]


def test_blocks_left_out_pass_their_sections_on_and_an_untitled_one_takes_its_heading():
    blocks = [RawBlock("Share this", sections=(SectionStart("Opening", 1),)),
              RawBlock("The first words of the story are these, and more follow them."),
              RawBlock("  The Middle  ", heading=True, sections=(SectionStart("", 1),)),
              RawBlock("The middle of the story, which goes on for a while longer.")]
    article = build_article(blocks, title="A Story", fmt="txt")
    assert [(s.title, article.text[s.start : s.start + 10]) for s in article.sections] == [
        ("Opening", "The first "), ("The Middle", "The Middle")]


def test_the_headline_repeated_as_the_first_heading_begins_no_section():
    blocks = [RawBlock("Tide Mills Reopen", heading=True, sections=(SectionStart("", 1),)),
              RawBlock("The mills ground flour again this week for the first time."),
              RawBlock("History", heading=True, sections=(SectionStart("", 2),)),
              RawBlock("They were built in the eighteenth century by the town.")]
    article = build_article(blocks, title="Tide Mills Reopen", fmt="html")
    assert [s.title for s in article.sections] == ["History"]


def test_a_section_of_nothing_but_matter_is_matter():
    text = "Contents\n\nOne 1\n\nTwo 5\n\nOne\n\nThe story begins here."
    paragraphs = [Paragraph(0, 8, True, "contents"), Paragraph(10, 15, False, "contents"),
                  Paragraph(17, 22, False, "contents"), Paragraph(24, 27, True),
                  Paragraph(29, 50)]
    article = Article(text, paragraphs, sections=[Section("Contents", 1, 0, 22),
                                                  Section("One", 1, 24, 50)])
    assert [s.matter for s in mark_section_matter(article).sections] == ["contents", ""]


@pytest.mark.parametrize(("n", "length"), [(0, 0), (1, 1), (3, 1), (5, 2), (30, 4), (100, 8),
                                           (400, 12), (5000, 12)])
def test_a_sections_summary_grows_with_it(n, length):
    assert section_length(n) == length
    assert section_length(n, ratio=0.5) == (0 if n == 0 else max(1, -(-n // 2)))


# --- plain text -----------------------------------------------------------------------------

def book_text(headings: list[str], sentences: int = 9) -> str:
    parts = ["The Harbour Book", "By Ann Quill"]
    for k, heading in enumerate(headings):
        parts.append(heading)
        parts += prose(TOPICS[k % len(TOPICS)], sentences, k)
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize("headings", [
    ["Chapter 1", "Chapter 2", "Chapter 3"],
    ["CHAPTER I.", "CHAPTER II.", "CHAPTER III."],
    ["III.", "IV.", "V."],
    ["KAPITEL 2", "KAPITEL 3", "KAPITEL 4"],
    ["Chapter One: The Quay", "Chapter Two: The Storm", "Chapter Three: The Lamp"],
    ["Глава 1", "Глава 2", "Глава 3"],
    ["第一章", "第二章", "第三章"],
])
def test_plain_text_chapter_headings_begin_sections(headings):
    article = article_from_text(book_text(headings))
    assert article.title == "The Harbour Book" and article.author == "Ann Quill"
    assert [s.title for s in article.sections] == headings
    spans_ok(article)
    for s, heading in zip(article.sections, headings, strict=True):
        assert article.text[s.start :].startswith(heading)
        assert article.paragraphs[[p.start for p in article.paragraphs].index(s.start)].heading


def test_plain_text_parts_hold_their_chapters_and_a_title_line_names_a_chapter():
    text = "\n\n".join([
        "PART ONE", "Chapter 1", "The Quay", *prose("harbour", 6),
        "Chapter 2\nThe Storm", *prose("ferry", 6),
        "PART TWO", "CHAPTER 3. The Lamp.\nThe lamp was lit at dusk by the keeper.",
        *prose("lighthouse", 6)])
    article = article_from_text(text)
    assert [(s.title, s.level) for s in article.sections] == [
        ("PART ONE", 1), ("Chapter 1: The Quay", 2), ("Chapter 2: The Storm", 2),
        ("PART TWO", 1), ("CHAPTER 3. The Lamp.", 2)]
    spans_ok(article)
    part_one, _, chapter_2, part_two, _ = article.sections
    assert part_one.end == chapter_2.end < part_two.start
    assert "The lamp was lit at dusk" in article.text[article.sections[4].start :]


def test_plain_text_contents_lists_and_a_single_chapter_are_no_structure():
    book = book_text(["Chapter 1", "Chapter 2", "Chapter 3"])
    head, body = book.split("\n\nChapter 1\n\n", 1)
    for contents in ("Contents\n\nChapter 1\n\nChapter 2\n\nChapter 3",
                     "Contents\n\nChapter 1\n\nThe Quay\n\nChapter 2\n\nThe Storm\n\n"
                     "Chapter 3\n\nThe Lamp",
                     "Contents\nChapter 1\nChapter 2\nChapter 3"):
        article = article_from_text(f"{head}\n\n{contents}\n\nChapter 1\n\n{body}")
        assert article.title == "The Harbour Book"
        assert [s.title for s in article.sections] == ["Chapter 1", "Chapter 2", "Chapter 3"]
        assert all(article.text[s.start : s.end].count("\n\n") > 2 for s in article.sections)
    lone = article_from_text("Notes\n\n" + "\n\n".join(["Chapter 3 describes the harbour and "
                                                        "its ferries.", *prose("ferry", 6)]))
    assert lone.sections == []
    running = article_from_text("A Report\n\n" + "\n\n".join(
        ["Chapter 3 explains the plan\nfor the harbour in some detail.",
         "Chapter 4 covers the costs\nof the ferry for the town.", *prose("ferry", 6)]))
    assert running.sections == []  # sentences that begin with "Chapter N", not headings


# --- Markdown, HTML, Word -------------------------------------------------------------------

def test_markdown_headings_begin_sections_nested_by_level():
    body = "\n\n".join(["# The Harbour", *prose("harbour", 3), "## The Quay",
                        *prose("ferry", 3), "### The Steps", *prose("market", 3),
                        "#### Too deep", *prose("bridge", 3), "## The Light",
                        *prose("lighthouse", 3)])
    article = article_from_markdown(body)
    assert article.title == "The Harbour"
    assert [(s.title, s.level) for s in article.sections] == [
        ("The Quay", 1), ("The Steps", 2), ("Too deep", 3), ("The Light", 1)]
    spans_ok(article)
    quay, steps, _, light = article.sections
    assert quay.start < steps.start < steps.end == quay.end < light.start


def test_html_headings_h1_to_h3_inside_the_article_body_begin_sections():
    paragraphs = {t: "".join(f"<p>{p}</p>" for p in prose(t, 6)) for t in TOPICS}
    page = ("<html><head><title>The Harbour Year | Coast Weekly</title></head><body>"
            "<nav><h2>Menu</h2><a href='/'>Home</a></nav><article><h1>The Harbour Year</h1>"
            f"{paragraphs['harbour']}<h2>Spring</h2>{paragraphs['ferry']}<h3>The regatta</h3>"
            f"{paragraphs['market']}<h4>Results</h4>{paragraphs['bridge']}<h2>Winter</h2>"
            f"{paragraphs['glacier']}</article><footer><h2>About us</h2></footer></body></html>")
    article = article_from_html(page)
    assert [(s.title, s.level) for s in article.sections] == [
        ("Spring", 1), ("The regatta", 2), ("Winter", 1)]
    spans_ok(article)


def test_html_fallback_reading_keeps_its_headings_as_sections():
    from reader.core.loaders.markup import Options as MarkupOptions
    from reader.core.loaders.markup import html_blocks

    root = __import__("lxml.html").html.fromstring(
        "<div><h2>One</h2><p>First part of the text.</p><h3>One a</h3><p>Inner part.</p>"
        "<h5>Small</h5><p>Deep part.</p><h2>Two</h2><p>Second part.</p></div>")
    blocks = html_blocks(root, MarkupOptions(heading_sections=True))
    article = build_article(blocks, title=None, fmt="html")
    assert [(s.title, s.level) for s in article.sections] == [("One", 1), ("One a", 2),
                                                              ("Two", 1)]


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(path: Path, paragraphs: list[tuple[str, str | None]], *, outline: dict[int, int]
          | None = None) -> Path:
    """A Word package written by hand: (text, style id) paragraphs; Heading1..3 styles."""
    outline = outline or {}
    body = ""
    for k, (text, style) in enumerate(paragraphs):
        props = f'<w:pStyle w:val="{style}"/>' if style else ""
        if k in outline:
            props += f'<w:outlineLvl w:val="{outline[k]}"/>'
        body += (f"<w:p><w:pPr>{props}</w:pPr><w:r><w:t xml:space=\"preserve\">{text}</w:t>"
                 "</w:r></w:p>")
    styles = "".join(f'<w:style w:type="paragraph" w:styleId="Heading{n}"><w:name '
                     f'w:val="heading {n}"/></w:style>' for n in range(1, 5))
    styles += ('<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
               '</w:style><w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/>'
               '</w:style>')
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml",
                    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
                    '2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
                    'openxmlformats-package.relationships+xml"/><Default Extension="xml" '
                    'ContentType="application/xml"/><Override PartName="/word/document.xml" '
                    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
                    'document.main+xml"/></Types>')
        zf.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
                    f'Type="{rel}officeDocument" Target="word/document.xml"/></Relationships>')
        zf.writestr("word/document.xml", f'<?xml version="1.0"?><w:document xmlns:w="{_W}">'
                    f"<w:body>{body}</w:body></w:document>")
        zf.writestr("word/_rels/document.xml.rels", '<?xml version="1.0"?><Relationships '
                    'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    f'<Relationship Id="rId1" Type="{rel}styles" Target="styles.xml"/>'
                    "</Relationships>")
        zf.writestr("word/styles.xml", f'<?xml version="1.0"?><w:styles xmlns:w="{_W}">'
                    f"{styles}</w:styles>")
    return path


def test_word_heading_styles_and_outline_levels_begin_sections(tmp_path):
    paragraphs: list[tuple[str, str | None]] = [("The Harbour Report", "Title")]
    paragraphs += [(p, None) for p in prose("harbour", 3)]
    paragraphs += [("Findings", "Heading1"), *[(p, None) for p in prose("ferry", 3)],
                   ("The ferry", "Heading2"), *[(p, None) for p in prose("market", 3)],
                   ("Timetables", "Heading3"), *[(p, None) for p in prose("railway", 3)],
                   ("Minutes", "Heading4"), *[(p, None) for p in prose("bridge", 3)],
                   ("Costs", None), *[(p, None) for p in prose("glacier", 3)]]
    costs = paragraphs.index(("Costs", None))
    article = load(_docx(tmp_path / "report.docx", paragraphs, outline={costs: 0}))
    assert article.title == "The Harbour Report"
    assert [(s.title, s.level) for s in article.sections] == [
        ("Findings", 1), ("The ferry", 2), ("Timetables", 3), ("Costs", 1)]
    spans_ok(article)
    findings, ferry, timetables, costs_section = article.sections
    assert findings.end == ferry.end == timetables.end < costs_section.start


# --- each section's own summary ---------------------------------------------------------------

def test_each_section_gets_its_own_summary_inside_it_and_scaled_to_it():
    sizes = [6, 30, 90]
    parts = ["The Harbour Book"]
    for k, n in enumerate(sizes):
        parts += [f"Chapter {k + 1}", *prose(TOPICS[k], n, k)]
    analysis = analyze(article_from_text("\n\n".join(parts)))
    article = analysis.article
    assert len(analysis.sections) == len(article.sections) == 3
    counts = []
    for k, (section, said) in enumerate(zip(article.sections, analysis.sections, strict=True)):
        assert said.section == k and said.summary
        starts = [s.start for s in said.summary]
        assert starts == sorted(starts)
        for span in said.summary:
            assert section.start <= span.start < span.end <= section.end
            assert TOPICS[k] in analysis.span_text(span)
        counts.append(len(said.summary))
    candidates = [[i for i in analysis.candidates
                   if s.start <= analysis.sentences[i].start < s.end] for s in article.sections]
    assert counts == [section_length(len(c)) for c in candidates]
    assert counts[0] < counts[1] < counts[2]
    assert analysis.summary  # the whole document's summary is still there
    assert analysis.to_json()["sections"][1]["summary"][0]["text"] == \
        analysis.span_text(analysis.sections[1].summary[0])


def test_a_part_summarises_only_its_own_words_and_matter_gets_no_summary():
    text = "\n\n".join(["Harbour Tales", "Contents", "Chapter 1 ..... 3\nChapter 2 ..... 9",
                        "PART ONE", *prose("lighthouse", 6), "Chapter 1", *prose("harbour", 9),
                        "Chapter 2", *prose("ferry", 9)])
    path_article = article_from_text(text)
    from reader.core.matter import mark_matter

    article = mark_section_matter(mark_matter(path_article))
    analysis = analyze(article)
    titles = [s.title for s in article.sections]
    assert titles == ["PART ONE", "Chapter 1", "Chapter 2"]
    part, chapter_1, _ = analysis.sections
    assert all("lighthouse" in analysis.span_text(s) for s in part.summary)
    assert all(s.end <= article.sections[1].start for s in part.summary)
    assert all("harbour" in analysis.span_text(s) for s in chapter_1.summary)


def test_sections_marked_as_matter_get_no_summary():
    blocks = [RawBlock("Copyright", heading=True, sections=(SectionStart("", 1, "copyright"),)),
              RawBlock("This book was printed by the harbour press in the town of Brenmouth."),
              RawBlock("Chapter 1", heading=True, sections=(SectionStart("", 1),)),
              *[RawBlock(p) for p in prose("harbour", 6)]]
    analysis = analyze(build_article(blocks, title="Tales", fmt="epub"))
    assert [s.matter for s in analysis.article.sections] == ["copyright", ""]
    assert analysis.sections[0].summary == [] and analysis.sections[1].summary


def test_a_document_without_sections_has_none(samples):
    analysis = analyze(load(samples / "en-river-school.txt"), Options())
    assert analysis.article.sections == [] and analysis.sections == []
    assert analysis.to_json()["sections"] == [] and "upto" not in analysis.to_json()


@pytest.mark.parametrize(("title", "kind"), [
    ("Acknowledgements", "back"), ("12. Bibliography", "back"), ("Notes:", "back"),
    ("Danksagung", "back"), ("Remerciements", "back"), ("致谢", "back"),
    ("Dedication", "front"), ("III Références", "back"),
    ("Chapter 1: The Notes", ""), ("Civic References to the Past", ""), ("The Author", ""),
])
def test_a_section_titled_as_front_or_back_matter_is_that_matter(title, kind):
    assert matter_by_title(title) == kind


def test_acknowledgements_at_the_end_of_a_book_get_no_summary(tmp_path):
    body = " ".join(f"The boat reached the {w} island before noon and the crew rested there."
                    for w in ("first", "second", "third", "fourth", "fifth", "sixth"))
    back = body.replace("reached", "left").replace("rested", "sang")
    text = (f"# A Voyage\n\n## Chapter 1: Out\n\n{body}\n\n## Chapter 2: Back\n\n{back}\n\n"
            "## Acknowledgements\n\nThe author thanks the crew of the boat, who read every "
            "page of this book and corrected many of its mistakes about the sea.\n")
    (tmp_path / "voyage.md").write_text(text, encoding="utf-8")
    analysis = analyze(load(tmp_path / "voyage.md"))
    sections = analysis.article.sections
    assert [s.matter for s in sections] == ["", "", "back"]
    assert [bool(s.summary) for s in analysis.sections] == [True, True, False]
    assert not any(sections[2].start <= s.start for s in analysis.summary)


def test_the_section_at_a_place_is_the_innermost_that_holds_it():
    from reader.core.sections import section_at

    sections = [Section("Part One", 1, 10, 100), Section("Chapter 1", 2, 20, 50),
                Section("Chapter 2", 2, 60, 100), Section("Part Two", 1, 110, 200)]
    assert section_at(sections, 5) is None  # before the first
    assert section_at(sections, 15) == 0  # the part's own opening words
    assert section_at(sections, 20) == 1 and section_at(sections, 49) == 1
    assert section_at(sections, 55) == 0  # between its chapters: the part
    assert section_at(sections, 99) == 2
    assert section_at(sections, 105) is None  # between the parts
    assert section_at(sections, 150, [s.start for s in sections]) == 3
