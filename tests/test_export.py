"""Export: a PDF a person can send (read back with pypdf), and Markdown and HTML with the same
content; failures leave nothing half-written."""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from reader.core.loaders.text import article_from_text
from reader.core.pipeline import analyze, analyze_file
from reader.export import files as export_files
from reader.export.exporter import export
from reader.export.files import ExportError

from .conftest import FIXTURES, SAMPLES


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(path: Path) -> str:
    return squash(" ".join(page.extract_text() or "" for page in PdfReader(path).pages))


@pytest.fixture(scope="module")
def english():
    return analyze_file(SAMPLES / "en-river-school.txt")


@pytest.fixture(scope="module")
def russian():
    return analyze_file(SAMPLES / "ru-ledokol.txt")


def test_pdf_holds_title_summary_and_quotes_as_text(english, tmp_path):
    out = tmp_path / "summary.pdf"
    assert export(english, out) == []
    text = pdf_text(out)
    assert "A School That Follows the River" in text
    for span in english.summary:
        assert squash(english.span_text(span)) in text
    for q in english.quotes:
        assert squash(english.span_text(q)) in text
        assert q.speaker in text
    meta = PdfReader(out).metadata
    assert meta.title == "A School That Follows the River"
    assert meta.author == "Hannah Okafor"
    assert meta.creator == "Margin"
    assert oct(out.stat().st_mode & 0o777) != "0o600"  # an ordinary file, not a private temp


def _fonts(reader: PdfReader) -> list:
    found = []
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            if "/DescendantFonts" in font:
                font = font["/DescendantFonts"][0].get_object()
            found.append(font["/FontDescriptor"].get_object())
    return found


def test_pdf_fonts_are_embedded(english, tmp_path):
    out = tmp_path / "s.pdf"
    export(english, out)
    descriptors = _fonts(PdfReader(out))
    assert descriptors
    assert all(any(k in d for k in ("/FontFile", "/FontFile2", "/FontFile3"))
               for d in descriptors)


def test_full_text_adds_pages_and_the_article(tmp_path):
    body = (SAMPLES / "en-river-school.txt").read_text(encoding="utf-8").split("\n\n", 3)[3]
    article = article_from_text("The Long Version\n\n" + "\n\n".join([body] * 6))
    analysis = analyze(article)
    short, full = tmp_path / "short.pdf", tmp_path / "full.pdf"
    export(analysis, short)
    export(analysis, full, full_text=True)
    assert len(PdfReader(full).pages) > len(PdfReader(short).pages)
    assert "Full text" in pdf_text(full)
    assert "laboratory bench for water testing" in pdf_text(full)


def test_russian_text_comes_back_intact(russian, tmp_path):
    out = tmp_path / "ru.pdf"
    export(russian, out, full_text=True)
    text = pdf_text(out)
    assert "Ледокол для маленькой гавани" in text
    for span in russian.summary:
        assert squash(russian.span_text(span)) in text
    assert "Северный Бор" in text


def test_page_size_follows_the_choice(english, tmp_path):
    a4, letter = tmp_path / "a4.pdf", tmp_path / "letter.pdf"
    export(english, a4, page_size="a4")
    export(english, letter, page_size="letter")
    box = PdfReader(a4).pages[0].mediabox
    assert (round(box.width), round(box.height)) == (595, 842)
    box = PdfReader(letter).pages[0].mediabox
    assert (round(box.width), round(box.height)) == (612, 792)


def test_pdf_says_when_a_script_has_no_font(tmp_path, no_chinese_font):
    from reader.export import pdf

    pdf.ensure_gui()
    analysis = analyze_file(FIXTURES / "zh-tushuguan.txt")
    out = tmp_path / "zh.pdf"
    warnings = export(analysis, out)
    assert warnings and "no font for Chinese" in warnings[0] and "fonts-wqy-microhei" in warnings[0]
    assert "no font for Chinese" in pdf_text(out)


@pytest.mark.parametrize("suffix", [".md", ".html"])
def test_markdown_and_html_hold_the_same_items(english, tmp_path, suffix):
    out = tmp_path / f"summary{suffix}"
    export(english, out, full_text=True)
    content = out.read_text(encoding="utf-8")
    plain = html.unescape(content) if suffix == ".html" else content.replace("\\", "")
    assert "A School That Follows the River" in plain
    for span in english.summary:
        assert english.span_text(span) in plain
    for q in english.quotes:
        assert english.span_text(q) in plain and q.speaker in plain
    assert "Full text" in plain


def test_html_is_a_complete_escaped_page(tmp_path):
    article = article_from_text("Tags <b>in</b> Titles\n\nA sentence with <script>alert(1)"
                                "</script> in it, about the harbour and its ferries today.")
    out = tmp_path / "x.html"
    export(analyze(article, None), out, full_text=True)
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_a_write_that_fails_leaves_nothing_and_keeps_the_old_file(english, tmp_path, monkeypatch):
    target = tmp_path / "kept.pdf"
    target.write_bytes(b"the previous export")
    if os.geteuid() == 0:  # root writes anywhere: fail the last step as a read-only folder would
        def refuse(src, dst):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(export_files.os, "replace", refuse)
    else:
        tmp_path.chmod(0o555)
    try:
        with pytest.raises(ExportError, match="Cannot write .*kept.pdf: permission denied"):
            export(english, target)
    finally:
        tmp_path.chmod(0o755)
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.pdf"]


def test_a_missing_folder_is_a_plain_message(english, tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        export(english, tmp_path / "no" / "such" / "out.md")


def test_export_command_line(run_cli, tmp_path):
    pdf, md = tmp_path / "r.pdf", tmp_path / "r.md"
    code, out, err = run_cli("export", str(SAMPLES / "ru-ledokol.txt"), "--pdf", str(pdf),
                             "--markdown", str(md), "--full-text", "--sentences", "2")
    assert code == 0, err
    assert pdf.exists() and md.exists()
    assert md.read_text(encoding="utf-8").count("\n- ") >= 2
    code, _, err = run_cli("export", str(tmp_path / "missing.txt"), "--pdf", str(pdf))
    assert code == 2 and "missing.txt does not exist" in err and "Traceback" not in err
    code, _, err = run_cli("export", str(SAMPLES / "ru-ledokol.txt"))
    assert code == 2 and "--pdf" in err
    code, _, err = run_cli("export", str(SAMPLES / "ru-ledokol.txt"), "--html",
                           str(tmp_path / "nowhere" / "x.html"))
    assert code == 2 and "does not exist" in err and err.count("\n") == 1


@pytest.mark.gui
def test_export_from_the_window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("MARGIN_DATA_DIR", str(tmp_path / "data"))
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.show()
    win.open_file(str(SAMPLES / "de-stadtbibliothek.txt"))
    qtbot.waitUntil(lambda: win.current is not None, timeout=20000)
    chosen = str(tmp_path / "bibliothek")  # no extension typed: the filter decides
    win.exporter.export(chosen=(chosen, "Markdown (*.md)"))
    out = tmp_path / "bibliothek.md"
    qtbot.waitUntil(out.exists, timeout=20000)
    qtbot.waitUntil(lambda: f"Summary saved to {out}" in win.article_pane.messages.label.text(),
                    timeout=5000)
    assert "Die Bibliothek, die nie schließt" in out.read_text(encoding="utf-8")
    assert win.settings.export_folder == str(tmp_path)


# --- quote marks by language: one table, in the core -------------------------------------------

def test_quote_marks_come_from_the_core_and_export_uses_them(tmp_path):
    from reader.core import quoting
    from reader.export import summary_doc

    assert quoting.quoted("Ja", "de") == "„Ja“"
    assert quoting.quoted("Да", "ru") == "«Да»"
    assert quoting.quoted("Oui", "fr") == "« Oui »"
    assert quoting.quoted("Yes", "en") == quoting.quoted("Yes", "xx") == "“Yes”"
    assert not hasattr(summary_doc, "QUOTE_MARKS")  # one table, not two drifting apart
    german = analyze_file(SAMPLES / "de-stadtbibliothek.txt")
    out = tmp_path / "de.md"
    export(german, out)
    first = german.span_text(german.quotes[0])
    assert quoting.quoted(first, "de") in out.read_text(encoding="utf-8")


# --- the full text keeps both highlights ------------------------------------------------------

COUNCIL = ('The Council Votes\n\n'
           'She said: "We will build it. The money is there." Nobody objected.\n\n'
           '"It was late. We were tired," she said. The rest went home.\n\n'
           'He added that "nothing stops us now" and left the hall.')


def _council():
    """A summary sentence that a quote runs out of, one that a quote runs into, and one with a
    quote inside it."""
    from dataclasses import replace

    from reader.core.pipeline import Span
    from reader.core.quotes import Quote

    analysis = analyze(article_from_text(COUNCIL), None)
    text = analysis.article.text

    def span(words):
        start = text.index(words)
        return start, start + len(words)

    summary = [Span(*span('She said: "We will build it.')),
               Span(*span('We were tired," she said.')),
               Span(*span('He added that "nothing stops us now" and left the hall.'))]
    quotes = [Quote(*span("We will build it. The money is there."), speaker="Ann Lee"),
              Quote(*span("It was late. We were tired,"), speaker="Ann Lee"),
              Quote(*span("nothing stops us now"), speaker="Bo Chan")]
    return replace(analysis, summary=summary, quotes=quotes)


def _expected_marks(analysis, para):
    """For each character of the paragraph: the marks covering it."""
    marks = []
    for i in range(para.start, para.end):
        marks.append(frozenset(
            [k for k, spans in (("summary", analysis.summary), ("quote", analysis.quotes))
             if any(s.start <= i < s.end for s in spans)]))
    return marks


def _letters_agree(text, got, want):
    """Marks must agree on every letter and digit (white space and punctuation at a mark's
    edge may fall either side)."""
    assert len(got) == len(want) == len(text)
    wrong = [(i, ch, set(g), set(w)) for i, (ch, g, w) in enumerate(zip(text, got, want,
                                                                          strict=True))
             if ch.isalnum() and g != w]
    assert not wrong, f"{text!r}: {wrong[:5]}"


def _html_char_marks(fragment):
    """(text, marks) of an HTML fragment, from the background colour in effect."""
    from html.parser import HTMLParser

    from reader.export.summary_doc import QUOTE_COLOUR, SUMMARY_COLOUR

    class Walk(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.stack, self.chars = [], []

        def handle_starttag(self, tag, attrs):
            style = dict(attrs).get("style") or ""
            self.stack.append(style)

        def handle_endtag(self, tag):
            self.stack.pop()

        def handle_data(self, data):
            style = self.stack[-1] if self.stack else ""
            mark = frozenset(
                (["quote"] if QUOTE_COLOUR in style and "underline" in style else [])
                + (["summary"] if SUMMARY_COLOUR in style else []))
            self.chars += [(ch, mark) for ch in data]

    walk = Walk()
    walk.feed(fragment)
    return "".join(c for c, _ in walk.chars), [m for _, m in walk.chars]


def _html_paragraphs(page):
    """The full text's paragraphs: after the section heading, without the legend and the note."""
    section = page.split("<h2>Full text</h2>", 1)[1]
    return [inner for attrs, inner in re.findall(r"<p([^>]*)>(.*?)</p>", section, re.S)
            if "legend" not in attrs and "footer" not in attrs]


def test_html_full_text_keeps_quotes_inside_and_across_summary_sentences(tmp_path):
    from reader.export.summary_doc import to_html

    analysis = _council()
    page = to_html(analysis, full_text=True)
    paras = _html_paragraphs(page)
    assert len(paras) == len(analysis.article.paragraphs)
    for para, fragment in zip(analysis.article.paragraphs, paras, strict=True):
        text, got = _html_char_marks(fragment)
        assert text == analysis.article.paragraph_text(para)
        # a quote inside a summary sentence keeps the quote's colour (and underline), the rest of
        # the sentence the summary's
        want = [frozenset({"quote"}) if "quote" in m else m
                for m in _expected_marks(analysis, para)]
        _letters_agree(text, got, want)
    assert "summary sentence" in page and "quote" in page.split("Full text")[1]


def test_html_of_the_sample_shows_the_quote_inside_its_summary_sentence(english):
    from reader.export.summary_doc import to_html

    inner = next(q for q in english.quotes
                 if any(s.start <= q.start and q.end <= s.end for s in english.summary))
    fragment = next(f for f in _html_paragraphs(to_html(english, full_text=True))
                    if html.escape(english.span_text(inner), quote=True) in f)
    text, got = _html_char_marks(fragment)
    at = text.index(english.span_text(inner))
    assert all(m == {"quote"} for m in got[at : at + inner.end - inner.start])


def test_pdf_layout_paints_both_highlights():
    """What the PDF is drawn from: Qt's own document, asked for each character's colour."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor, QTextDocument

    from reader.export.paged import PAGE_STYLE, ensure_gui
    from reader.export.summary_doc import QUOTE_COLOUR, SUMMARY_COLOUR, html_body

    ensure_gui()
    analysis = _council()
    doc = QTextDocument()
    doc.setDefaultStyleSheet(PAGE_STYLE)
    doc.setHtml(html_body(analysis, full_text=True, paged=True))
    colours = {QUOTE_COLOUR: "quote", SUMMARY_COLOUR: "summary"}
    for para in analysis.article.paragraphs:
        text = analysis.article.paragraph_text(para)
        block = doc.find(text, doc.find("Full text").position()).block()  # not the list
        assert block.text() == text
        got = []
        cursor = QTextCursor(doc)
        for i in range(len(text)):
            cursor.setPosition(block.position() + i + 1)  # the format of the character before
            fmt = cursor.charFormat()
            brush = fmt.background()
            mark = colours.get(brush.color().name()) if brush.style() != Qt.BrushStyle.NoBrush \
                else None
            assert mark != "quote" or fmt.fontUnderline()
            got.append(frozenset([mark] if mark else []))
        want = [frozenset({"quote"}) if "quote" in m else m
                for m in _expected_marks(analysis, para)]
        _letters_agree(text, got, want)


def _markdown_char_marks(source):
    """(text, marks) of rendered Markdown: **strong** is a summary sentence, _em_ a quote."""
    from html.parser import HTMLParser

    from markdown_it import MarkdownIt

    class Walk(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.open, self.chars = [], []

        def handle_starttag(self, tag, attrs):
            if tag in ("strong", "em"):
                self.open.append(tag)

        def handle_endtag(self, tag):
            if tag in ("strong", "em"):
                self.open.remove(tag)

        def handle_data(self, data):
            mark = frozenset({"strong": "summary", "em": "quote"}[t] for t in self.open)
            self.chars += [(ch, mark) for ch in data]

    rendered = MarkdownIt("commonmark").render(source)
    assert rendered.startswith("<p>") and rendered.count("<p>") == 1, rendered
    walk = Walk()
    walk.feed(rendered[3 : rendered.rindex("</p>")])
    return "".join(c for c, _ in walk.chars), [m for _, m in walk.chars]


def _markdown_full_text(content):
    section = content.split("## Full text\n\n", 1)[1].split("\n---\n", 1)[0]
    return [block for block in section.strip().split("\n\n")]


@pytest.mark.parametrize("which", ["council", "english", "chinese", "russian"])
def test_markdown_full_text_marks_summary_bold_and_quotes_italic(which, english, russian,
                                                                tmp_path):
    analysis = {"council": _council, "english": lambda: english,
                "chinese": lambda: analyze_file(FIXTURES / "zh-tushuguan.txt"),
                "russian": lambda: russian}[which]()
    out = tmp_path / "x.md"
    export(analysis, out, full_text=True)
    legend, *blocks = _markdown_full_text(out.read_text(encoding="utf-8"))
    assert legend == "Summary sentences are in **bold**, quotes in _italics_."
    paras = [p for p in analysis.article.paragraphs if not p.heading]
    blocks = [b for b in blocks if not b.startswith("### ")]
    assert len(blocks) == len(paras)
    for para, block in zip(paras, blocks, strict=True):
        text, got = _markdown_char_marks(block)
        assert text == analysis.article.paragraph_text(para)
        _letters_agree(text, got, _expected_marks(analysis, para))


def test_markdown_marks_hold_for_any_arrangement_of_spans():
    """Marks that nest, cross, touch and sit against punctuation or CJK text all render."""
    import random
    import unicodedata

    from reader.export.marking import Marks, markdown_paragraph
    from reader.export.summary_doc import _md, _md_block

    def plain(ch):
        return not ch.isspace() and unicodedata.category(ch)[0] not in "PS"

    rng = random.Random(7)
    tokens = ["word", "the", "x", "“", "”", ".", ",", " ", " ", " ", "。", "我", "们", '"', "*",
              "_", "(", ")", "!", "1.", "—", "\\", "&amp;", "<b>", "#", "«", "»", "\u00a0", "`"]
    for _ in range(1500):
        text = "".join(rng.choice(tokens) for _ in range(rng.randint(1, 30))).strip()
        if not text:
            continue
        # marks begin and end where sentences and quotes do: not inside a word
        edges = [i for i in range(len(text) + 1)
                 if i in (0, len(text)) or not (plain(text[i - 1]) and plain(text[i]))]

        def spans(edges=edges):
            out, pos = [], 0
            while rng.random() > 0.3:
                after = [e for e in edges if e >= pos]
                if len(after) < 2:
                    break
                a = rng.choice(after[:-1])
                b = rng.choice([e for e in after if e > a])
                out.append((a, b))
                pos = b + rng.randint(0, 2)
            return out

        summary, quotes = spans(), spans()
        pieces = Marks(summary, quotes).pieces(0, len(text))
        got_text, got = _markdown_char_marks(_md_block(markdown_paragraph(text, pieces, _md)))
        assert got_text == text
        want = [frozenset(k for k, ss in (("summary", summary), ("quote", quotes))
                          if any(a <= i < b for a, b in ss)) for i in range(len(text))]
        _letters_agree(text, got, want)


# --- a document a person is glad to send --------------------------------------------------------

def test_closing_note_says_in_words_how_the_summary_was_made(english, tmp_path):
    from reader.core.pipeline import Options

    total = sum(1 for s in english.sentences if not s.heading)
    note = (f"Summary made by Margin with its default method, Margin's own ranker: "
            f"{len(english.summary)} of the article's {total} sentences.")
    for suffix in (".pdf", ".md", ".html"):
        out = tmp_path / f"s{suffix}"
        export(english, out)
        content = (pdf_text(out) if suffix == ".pdf" else
                   squash(html.unescape(out.read_text(encoding="utf-8")).replace("\\", "")))
        assert note in content, suffix
        assert "Summarised by Margin (margin)" not in content
    article = article_from_text((SAMPLES / "en-river-school.txt").read_text(encoding="utf-8"))
    lexrank = analyze(article, Options(algorithm="lexrank", sentences=3))
    export(lexrank, tmp_path / "l.md")
    assert (f"Summary made by Margin with LexRank: 3 of the article's {total} sentences."
            in (tmp_path / "l.md").read_text(encoding="utf-8"))


def _placed_text(path, page_no=0):
    """(x, y, text) of each run of text on a page, in points from the bottom left."""
    runs = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            runs.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], squash(text)))

    PdfReader(path).pages[page_no].extract_text(visitor_text=visit)
    return runs


def test_pdf_has_a_clear_layout(english, tmp_path):
    out = tmp_path / "s.pdf"
    export(english, out, page_size="a4")
    runs = _placed_text(out)

    def at(prefix):
        return next((x, y) for x, y, t in runs if t.startswith(prefix))

    facts, summary_heading = at("by Hannah Okafor"), at("Summary")
    assert facts[1] - summary_heading[1] >= 36  # air above the section heading
    first_item = at(squash(english.span_text(english.summary[0]))[:30])
    assert summary_heading[1] - first_item[1] >= 18  # and below it
    bullets = [(x, y) for x, y, t in runs if t == "•"]
    assert len(bullets) >= len(english.summary)
    bullet = next(b for b in bullets if abs(b[1] - first_item[1]) < 1)
    assert first_item[0] - bullet[0] >= 9  # the bullet keeps its distance from the text
    # items stand apart: more space between two items than between two lines of one
    ys = sorted({round(y, 1) for x, y, t in runs if x > bullet[0] + 5 and
                 first_item[1] + 1 > y > at("Quotes")[1]}, reverse=True)
    steps = [a - b for a, b in zip(ys, ys[1:], strict=False)]
    assert max(steps) >= min(steps) + 4
    # each speaker on a line of their own, under the quoted words
    for q in english.quotes:
        words = at("“" + squash(english.span_text(q))[:20])
        speaker = next((x, y) for x, y, t in runs if t == f"— {q.speaker}" and y < words[1])
        assert speaker[0] >= words[0] - 1
    # the page footer: the title and the page in words
    assert any(t == "Page 1 of 1" for _, _, t in runs)
    assert min(y for _, y, _ in runs) < 60 and any(
        t == "A School That Follows the River" and y < 60 for _, y, t in runs)


def test_pdf_text_has_each_line_once_across_page_breaks(tmp_path):
    """A paragraph that runs over a page break is not in the PDF's text twice (Qt paints it on
    both pages, clipped: unseen, but copied and searched)."""
    paras = [f"Report {n} began early on the canal near the lock. The pupils in group {n} "
             f"measured the water, counted the herons and wrote down what they saw along the "
             f"bank. Their teacher read the notes for report {n} aloud the next morning, and "
             f"nobody in group {n} missed a day of it." for n in range(1, 61)]
    analysis = analyze(article_from_text("The Long Report\n\n" + "\n\n".join(paras)))
    out = tmp_path / "long.pdf"
    export(analysis, out, full_text=True, page_size="a4")
    reader = PdfReader(out)
    assert len(reader.pages) > 3
    text = pdf_text(out)
    text = re.sub(r"The Long Report Page \d+ of \d+", " ", text)
    full = squash(text.split("Full text", 1)[1])
    assert squash(" ".join(paras)) in full


# --- the name the export is offered under -------------------------------------------------------

@pytest.mark.parametrize(("title", "name"), [
    ("A School That Follows the River", "A School That Follows the River"),
    ("Budget 2025: what the new rules mean for renters, landlords and the councils that enforce "
     "them", "Budget 2025 - what the new rules mean for renters, landlords and the councils"),
    ('AC/DC live? <yes> *now* "loud" | back\\slash', "AC-DC live yes now 'loud' - back-slash"),
    ("...and then. ", "and then"),
    ("Tabs\tand\nlines", "Tabs and lines"),
    ("CON", "CON summary"),
    ("", "Summary"),
    ("?*", "Summary"),
    ("x" * 100, "x" * 80),  # one word longer than a name may be: cut, as it must be
])
def test_export_file_name_is_safe_everywhere_and_cut_between_words(title, name):
    from reader.export.naming import MAX_NAME_CHARS, export_file_name

    got = export_file_name(title)
    assert got == name
    assert len(got) <= MAX_NAME_CHARS
    assert not set(got) & set('<>:"/\\|?*') and not got.endswith((".", " "))


def test_export_file_name_of_a_long_chinese_title_fits_the_file_system():
    from reader.export.naming import export_file_name

    title = "山区小镇的流动图书馆开进了十二个村子" * 8
    got = export_file_name(title)
    assert title.startswith(got) and len(got.encode("utf-8")) <= 200


def test_the_save_dialog_offers_the_whole_title_with_the_last_format():
    from reader.ui.exporting import FILTERS, suggested_name

    title = ("Why the river school kept going after the council cut its grant, and what the "
             "parents did next")
    name = suggested_name(title, "/tmp/river.txt", FILTERS["markdown"])
    assert name == ("Why the river school kept going after the council cut its grant, and what "
                    "the.md")
    assert suggested_name(None, "/tmp/river-school.txt", FILTERS["pdf"]) == "river-school.pdf"
    assert suggested_name("Q&A: rents", "/x.txt", "") == "Q&A - rents.pdf"


# --- by section (issue 20) -------------------------------------------------------------------

def _book():
    """A plain-text book: a contents list, two parts, three chapters."""
    def chapter(topic: str) -> list[str]:
        return [f"The {topic} was watched on day {d} of the season, and the {topic} keeper "
                f"wrote it down in the {topic} ledger before night came." for d in range(1, 8)]

    text = "\n\n".join(["The Keeper's Year", "PART ONE", "Chapter 1", *chapter("harbour"),
                        "Chapter 2", *chapter("glacier"), "PART TWO", "Chapter 3",
                        *chapter("orchard")])
    return analyze(article_from_text(text))


def test_by_section_exports_each_sections_title_with_its_own_sentences(tmp_path):
    analysis = _book()
    assert [s.title for s in analysis.article.sections] == [
        "PART ONE", "Chapter 1", "Chapter 2", "PART TWO", "Chapter 3"]
    md = tmp_path / "book.md"
    export(analysis, md, by_section=True)
    written = md.read_text(encoding="utf-8")
    assert "## Summary by section" in written and "## Summary\n" not in written
    heads = ["### PART ONE", "#### Chapter 1", "#### Chapter 2", "### PART TWO", "#### Chapter 3"]
    places = [written.index(h + "\n") for h in heads]
    assert places == sorted(places)
    for k, said in enumerate(analysis.sections):
        for span in said.summary:
            sentence = analysis.span_text(span)
            at = written.index(sentence)
            assert places[k] < at and (k + 1 == len(places) or at < places[k + 1])
    assert "sentences from 3 sections, each from its own text." in written

    out = tmp_path / "book.pdf"
    assert export(analysis, out, by_section=True) == []
    text = pdf_text(out)
    assert "Summary by section" in text
    positions = [text.index(t) for t in ("PART ONE", "Chapter 1", "Chapter 2", "PART TWO",
                                         "Chapter 3")]
    assert positions == sorted(positions)
    for said in analysis.sections:
        for span in said.summary:
            assert squash(analysis.span_text(span)) in text

    page = tmp_path / "book.html"
    export(analysis, page, by_section=True)
    assert '<h4 class="section">Chapter 2</h4>' in page.read_text(encoding="utf-8")


def test_by_section_leaves_matter_out_and_a_recap_stops_at_its_place(tmp_path):
    from dataclasses import replace

    from reader.core.pipeline import recap

    analysis = _book()
    sections = analysis.article.sections
    marked = replace(analysis, article=replace(analysis.article, sections=[
        replace(sections[0], matter="front"), *sections[1:]]))
    md = tmp_path / "a.md"
    export(marked, md, by_section=True)
    assert "PART ONE" not in md.read_text(encoding="utf-8")

    done = recap(analysis, sections[2].start + 5)
    export(done, md, by_section=True)
    written = md.read_text(encoding="utf-8")
    assert "Chapter 2" in written and "PART TWO" not in written and "Chapter 3" not in written
    assert "It recaps the text up to " in written


def test_by_section_without_sections_is_the_whole_summary(english, tmp_path):
    md = tmp_path / "a.md"
    export(english, md, by_section=True)
    written = md.read_text(encoding="utf-8")
    assert "## Summary\n" in written and "by section" not in written
