"""Highlights out of Margin: Markdown that renders as meant (YAML front matter for Obsidian,
a heading per article, block quotes and notes), Readwise's CSV to the letter, JSON; and the
"Your highlights" section of the summary document in every form."""

from __future__ import annotations

import csv
import io
import json
import re
import time
from datetime import datetime
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from pypdf import PdfReader

from reader.core.pipeline import analyze_file
from reader.export.exporter import export
from reader.export.notes import CSV_HEADER, by_article, to_csv, to_json, to_markdown, write_notes
from reader.library import Highlight

from .helpers import SAMPLES

CREATED = time.mktime((2025, 3, 1, 14, 5, 9, 0, 0, -1))  # local time


def _h(id: int, quote: str, note: str = "", color: str = "yellow", *, article_id: int | None = 1,
       start: int = 100, title: str | None = "A School That Follows the River",
       author: str | None = "Hannah Okafor", source: str | None = "/home/me/river.txt",
       detached: bool = False) -> Highlight:
    return Highlight(id, article_id, start, start + len(quote), quote, "before ", " after", note,
                     color, CREATED, CREATED + 60, detached, title, author, source)


HIGHLIGHTS = [
    _h(1, "We chose the river.", "The *motto*, <b>not</b> a slogan\n- really\n\n# second thought",
       "green"),
    _h(2, "First paragraph of it.\n\nSecond paragraph, with * and _ and #.", start=400),
    _h(3, "a lost passage", "still mine", "pink", start=900, detached=True),
    _h(4, "Die Stadtbibliothek", "", "blue", article_id=2, start=10,
       title="Die Bibliothek, die nie schließt", author=None,
       source="https://example.org/news/bibliothek?id=7"),
    _h(5, "kept after removal", "orphan note", "purple", article_id=None, start=5,
       title="Gone Article", author="A. Writer", source="/home/me/gone.txt"),
]


def _front_matter(markdown: str) -> tuple[dict[str, object], str]:
    """The YAML front matter (the subset we write: scalars as JSON, lists of plain words) and
    the body after it."""
    assert markdown.startswith("---\n")
    head, body = markdown[4:].split("\n---\n", 1)
    fields: dict[str, object] = {}
    key = ""
    for line in head.splitlines():
        if line.startswith("  - "):
            fields.setdefault(key, [])
            fields[key].append(line[4:])  # type: ignore[union-attr]
            continue
        key, _, value = line.partition(": ")
        key = key.rstrip(":")
        if value:
            fields[key] = json.loads(value)
    return fields, body


def test_markdown_has_front_matter_a_heading_per_article_and_quote_blocks():
    markdown = to_markdown(HIGHLIGHTS)
    fields, body = _front_matter(markdown)
    assert fields["title"] == "Highlights from Margin"
    assert fields["articles"] == 3 and fields["highlights"] == 5
    assert fields["tags"] == ["highlights", "margin"]
    datetime.fromisoformat(str(fields["exported"]))
    html = MarkdownIt("commonmark").render(body)
    assert re.findall(r"<h2>(.*?)</h2>", html) == [
        "A School That Follows the River", "Die Bibliothek, die nie schließt", "Gone Article"]
    assert html.count("<h1>") == 1
    quotes = re.findall(r"<blockquote>\n(.*?)</blockquote>", html, re.S)
    assert quotes[0] == "<p>We chose the river.</p>\n"
    # a passage of two paragraphs stays one quote, its marks shown as they are
    assert quotes[1] == ("<p>First paragraph of it.</p>\n"
                         "<p>Second paragraph, with * and _ and #.</p>\n")
    assert len(quotes) == 5
    # the note under its quote: its own words, no markup of its own taken for Markdown's
    assert ("<p><strong>Note:</strong> The *motto*, &lt;b&gt;not&lt;/b&gt; a slogan<br />\n"
            "- really</p>\n<p># second thought</p>") in html
    assert "<b>" not in html and "<h1># second" not in html
    assert "<li>Author: Hannah Okafor</li>" in html
    assert ('<li>Source: <a href="https://example.org/news/bibliothek?id=7">'
            "https://example.org/news/bibliothek?id=7</a></li>") in html
    assert "<li>Source: /home/me/river.txt</li>" in html
    assert "<em>Green · character 101 · 2025-03-01 14:05</em>" in html
    assert "<em>Pink · no longer found in the article's text · 2025-03-01 14:05</em>" in html


def test_markdown_of_one_article_carries_its_properties():
    fields, body = _front_matter(to_markdown(HIGHLIGHTS[3:4]))
    assert fields["title"] == "Die Bibliothek, die nie schließt"
    assert fields["source"] == "https://example.org/news/bibliothek?id=7"
    assert "author" not in fields and fields["highlights"] == 1
    html = MarkdownIt("commonmark").render(body)
    assert re.findall(r"<h1>(.*?)</h1>", html) == ["Die Bibliothek, die nie schließt"]
    tricky = _h(9, "x", title='Quotes "inside": and a colon\nover two lines')
    fields, _ = _front_matter(to_markdown([tricky]))
    assert fields["title"] == 'Quotes "inside": and a colon over two lines'
    fields, body = _front_matter(to_markdown([]))
    assert fields["highlights"] == 0 and "No highlights yet." in body


def test_csv_is_readwise_s_columns_quoted_as_rfc_4180():
    text = to_csv(HIGHLIGHTS)
    assert text.startswith("Highlight,Title,Author,URL,Note,Location,Date\r\n")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == CSV_HEADER == ["Highlight", "Title", "Author", "URL", "Note", "Location",
                                     "Date"]
    assert len(rows) == 6
    first = dict(zip(CSV_HEADER, rows[1], strict=True))
    assert first == {"Highlight": "We chose the river.",
                     "Title": "A School That Follows the River", "Author": "Hannah Okafor",
                     "URL": "",  # a file on this computer is no address for Readwise
                     "Note": HIGHLIGHTS[0].note, "Location": "101",
                     "Date": "2025-03-01 14:05:09"}
    web = dict(zip(CSV_HEADER, rows[4], strict=True))
    assert web["URL"] == "https://example.org/news/bibliothek?id=7" and web["Author"] == ""
    assert web["Title"] == "Die Bibliothek, die nie schließt"
    assert rows[2][0] == HIGHLIGHTS[1].quote  # line breaks inside a quoted field survive
    # quotes doubled, fields with commas, quotes or line breaks in quotes
    one = to_csv([_h(7, 'She said "no", twice', 'a, b')])
    assert one.splitlines()[1] == ('"She said ""no"", twice",A School That Follows the River,'
                                   'Hannah Okafor,,"a, b",101,2025-03-01 14:05:09')
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", r[6]) for r in rows[1:])


def test_csv_warns_of_what_readwise_would_not_take(tmp_path):
    long = _h(8, "w" * 9000)
    warnings = write_notes([long], tmp_path / "long.csv", "csv")
    assert warnings == ["Readwise takes highlights of up to 8,191 characters; this one is "
                        "longer: 8."]
    assert write_notes(HIGHLIGHTS, tmp_path / "fine.csv", "csv") == []


def test_json_groups_highlights_by_article():
    document = json.loads(to_json(HIGHLIGHTS))
    assert document["generator"] == "Margin"
    datetime.fromisoformat(document["exported"])
    articles = document["articles"]
    assert [(a["article_id"], a["title"], a["url"]) for a in articles] == [
        (1, "A School That Follows the River", None),
        (2, "Die Bibliothek, die nie schließt", "https://example.org/news/bibliothek?id=7"),
        (None, "Gone Article", None)]
    first = articles[0]["highlights"][0]
    assert set(first) == {"id", "quote", "note", "color", "start", "end", "prefix", "suffix",
                          "created", "updated", "detached"}
    assert (first["quote"], first["color"], first["start"], first["end"]) == (
        "We chose the river.", "green", 100, 119)
    assert datetime.fromisoformat(first["created"]).timestamp() == pytest.approx(CREATED)
    assert [h["detached"] for h in articles[0]["highlights"]] == [False, False, True]


def test_grouping_keeps_removed_articles_apart_by_what_they_kept():
    other_gone = _h(6, "x", article_id=None, title="Another Gone", source="/x.txt")
    groups = by_article([*HIGHLIGHTS, other_gone])
    assert [g.title for g in groups] == ["A School That Follows the River",
                                         "Die Bibliothek, die nie schließt", "Gone Article",
                                         "Another Gone"]
    untitled = _h(7, "x", title=None, source="/home/me/notes on rivers.txt")
    assert by_article([untitled])[0].title == "notes on rivers"


def test_an_export_is_written_whole_in_the_format_asked(tmp_path):
    for fmt, name in [("markdown", "n.md"), ("csv", "n.csv"), ("json", "n.json")]:
        assert write_notes(HIGHLIGHTS, tmp_path / name, fmt) == []
        assert (tmp_path / name).read_bytes().endswith(b"\n")
    assert (tmp_path / "n.csv").read_bytes().count(b"\r\n") >= 6
    assert list(tmp_path.glob(".*.part")) == []


# --- the summary document's "Your highlights" ----------------------------------------------------

@pytest.fixture(scope="module")
def english():
    return analyze_file(SAMPLES / "en-river-school.txt")


def _mine() -> list[Highlight]:
    return [_h(2, "a wood stove", "warm *and* dry", "pink", start=700),
            _h(1, "We chose the river.", "", "green", start=500),
            _h(3, "gone words", "kept anyway", "blue", start=50, detached=True)]


def test_the_summary_document_in_markdown_and_html_has_your_highlights(english, tmp_path):
    export(english, tmp_path / "plain.md")
    assert "Your highlights" not in (tmp_path / "plain.md").read_text(encoding="utf-8")
    export(english, tmp_path / "empty.md", highlights=[])
    assert "Your highlights" not in (tmp_path / "empty.md").read_text(encoding="utf-8")
    export(english, tmp_path / "mine.md", highlights=_mine())
    markdown = (tmp_path / "mine.md").read_text(encoding="utf-8")
    html = MarkdownIt("commonmark").render(markdown)
    section = html[html.index("<h2>Your highlights</h2>"):]
    assert html.index("<h2>Quotes</h2>") < html.index("<h2>Your highlights</h2>")
    quotes = re.findall(r"<blockquote>\n<p>(.*?)</p>", section)
    assert quotes == ["We chose the river.", "a wood stove", "gone words"]  # text order
    assert "<p><strong>Note:</strong> warm *and* dry</p>" in section
    assert "<em>Green highlight</em>" in section and "<em>Pink highlight</em>" in section
    assert "<em>Blue highlight · no longer found in the article's text</em>" in section
    export(english, tmp_path / "mine.html", highlights=_mine())
    page = (tmp_path / "mine.html").read_text(encoding="utf-8")
    assert "<h2>Your highlights</h2>" in page
    assert '<mark style="background-color:#ffd6e8">a wood stove</mark>' in page
    assert '<p class="mynote">warm *and* dry</p>' in page


def test_the_pdf_and_the_printout_have_your_highlights(english, tmp_path):
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from reader.export.paged import ensure_gui
    from reader.export.printing import print_summary

    out = tmp_path / "mine.pdf"
    assert export(english, out, highlights=_mine(), page_size="a4") == []
    text = " ".join(re.sub(r"\s+", " ", p.extract_text() or "") for p in PdfReader(out).pages)
    tail = text[text.index("Your highlights"):]
    assert tail.index("We chose the river.") < tail.index("a wood stove") < tail.index("gone")
    assert "warm *and* dry" in tail and "Pink highlight" in tail
    assert "no longer found in the article's text" in tail
    ensure_gui()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    assert print_summary(english, printer, highlights=_mine()) == []
    printed = " ".join(re.sub(r"\s+", " ", p.extract_text() or "")
                       for p in PdfReader(tmp_path / "printed.pdf").pages)
    assert printed == text


def test_export_on_the_command_line_can_take_the_file_s_highlights(tmp_path, monkeypatch):
    """``stored_highlights`` is what ``margin export`` asks for the file's highlights."""
    from reader.cli.notes import stored_highlights
    from reader.core.anchoring import find_quote, make_anchor
    from reader.core.loaders import load
    from reader.library import Library

    monkeypatch.setenv("MARGIN_DATA_DIR", str(tmp_path / "data"))
    river = SAMPLES / "en-river-school.txt"
    text = load(river).text
    assert stored_highlights(str(river), text) is None
    assert not (tmp_path / "data").exists()  # asking made no library
    library = Library()
    record, _ = library.add(river)
    library.add_highlight(record.id, make_anchor(text, *find_quote(text, "a wood stove")), "w")
    library.close()
    (h,) = stored_highlights(str(river), text)
    assert (h.quote, h.note) == ("a wood stove", "w")
    assert stored_highlights(str(SAMPLES / "de-stadtbibliothek.txt"), "") is None
    assert Path(h.source) == river.absolute()
