"""Each format opens into an Article a reader would recognise: its title, its text, no clutter."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from reader.core.errors import ReaderError
from reader.core.loaders import load

from .helpers import LINES, PAGE
from .pdfgen import write_pdf

RUSSIAN = (
    "Жители посёлка впервые за много лет провели зиму без перебоев с доставкой продуктов. "
    "Небольшой ледокол, купленный на деньги местных предпринимателей, каждую неделю прокладывает "
    "путь для грузового судна из районного центра. Раньше посёлок на три месяца оставался "
    "отрезанным от большой земли, а цены в единственном магазине росли почти вдвое."
)
FRENCH = ("Le café du village a rouvert après les travaux. Les habitants, ravis, ont célébré "
          "l'événement avec une fête où l'on a servi des crêpes et du cidre à volonté.")


def _check_paragraphs(article):
    for p in article.paragraphs:
        chunk = article.text[p.start : p.end]
        assert chunk and chunk == chunk.strip()
    assert article.text == "\n\n".join(article.text[p.start : p.end] for p in article.paragraphs)


@pytest.mark.parametrize(
    ("encoding", "body"),
    [
        ("utf-8", FRENCH),
        ("utf-8-sig", FRENCH),
        ("utf-16", FRENCH),
        ("cp1252", FRENCH),
        ("utf-8", RUSSIAN),
        ("cp1251", RUSSIAN),
        ("koi8-r", RUSSIAN),
    ],
)
def test_text_files_in_common_encodings_read_back_exactly(tmp_path, encoding, body):
    path = tmp_path / "article.txt"
    path.write_bytes(f"Headline Of The Day\n\n{body}\n".encode(encoding))
    article = load(path)
    assert article.title == "Headline Of The Day"
    assert article.text == body
    assert article.format == "txt"
    assert article.source == str(path)
    _check_paragraphs(article)


def test_a_text_file_that_starts_with_a_sentence_has_no_invented_title(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("The meeting ran long. Nobody agreed on the budget.\n\nWe meet again soon.\n")
    article = load(path)
    assert article.title is None
    assert article.text.startswith("The meeting ran long.")


def test_byline_and_date_under_the_headline_go_to_the_header(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Harbour Closed Again\n\nBy Maria Lindqvist\n\nMarch 4, 2025\n\n"
                    "The harbour stayed closed on Tuesday. Ferries were cancelled.\n")
    article = load(path)
    assert article.author == "Maria Lindqvist"
    assert article.date == "March 4, 2025"
    assert article.text == "The harbour stayed closed on Tuesday. Ferries were cancelled."


@pytest.mark.parametrize("head", [
    "Harbour Closed Again\nBy Maria Lindqvist\n\n",
    "Harbour Closed Again\nBy Maria Lindqvist\nMarch 4, 2025\n\n",
    "Harbour Closed Again\nBy Maria Lindqvist\n\nMarch 4, 2025\n\n",
])
def test_a_byline_straight_under_the_headline_is_the_author(tmp_path, head):
    path = tmp_path / "a.txt"
    path.write_text(head + "The harbour stayed closed on Tuesday. Ferries were cancelled.\n")
    article = load(path)
    assert article.title == "Harbour Closed Again"
    assert article.author == "Maria Lindqvist"
    assert article.text == "The harbour stayed closed on Tuesday. Ferries were cancelled."


def test_wrapped_lines_join_and_stray_spaces_are_cleaned(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The mayor\u00a0spoke for an hour ,\nthen left .\n\n"
                    "The ﬁrst oﬃce\u200b closed.\n", encoding="utf-8")
    article = load(path)
    assert article.text == "The mayor spoke for an hour, then left.\n\nThe first office closed."
    assert len(article.paragraphs) == 2


def test_comment_form_boilerplate_is_not_part_of_the_article(tmp_path):
    path = tmp_path / "copied.txt"
    path.write_text(
        "The new bridge opened to traffic on Friday after two years of work.\n\n"
        "Drivers said the crossing cut their commute by twenty minutes.\n\n"
        "Share this:\n\nLeave a Reply\n\nYour email address will not be published. "
        "Required fields are marked *\n\nGreat article, thanks!\n\n"
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.\n"
    )
    text = load(path).text
    assert "Drivers said" in text
    for junk in ("Leave a Reply", "email address", "Akismet", "Great article", "Share this"):
        assert junk not in text


def test_markdown_heading_becomes_title_and_markup_is_stripped(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(
        "---\nauthor: Ada Byrne\ndate: 2025-01-09\n---\n"
        "# Night Trains Return\n\n"
        "The *overnight* service to the coast is back, says the [rail company](https://x.test).\n"
        "Tickets go on sale `today`.\n\n"
        "## Prices\n\n- Seats from **twenty** euros\n- Beds from sixty euros\n\n"
        "```\nprint('not prose')\n```\n"
    )
    article = load(path)
    assert article.title == "Night Trains Return"
    assert article.author == "Ada Byrne"
    assert article.date == "2025-01-09"
    assert article.text.startswith(
        "The overnight service to the coast is back, says the rail company. "
        "Tickets go on sale today.")
    assert "Seats from twenty euros" in article.text
    for mark in ("*", "[", "](", "`", "#", "not prose"):
        assert mark not in article.text
    headings = [article.text[p.start : p.end] for p in article.paragraphs if p.heading]
    assert headings == ["Prices"]


def test_html_page_gives_the_article_body_and_metadata_without_comments(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = load(path)
    assert article.title and "Tide Mills Reopen" in article.title
    assert article.author == "Ruth Calder"
    assert article.date == "2024-06-02"
    assert "ground flour again this week" in article.text
    assert "Schools have already booked" in article.text
    for junk in ("grandfather", "Leave a Reply", "email address", "Copyright", "Home"):
        assert junk not in article.text
    _check_paragraphs(article)


def test_a_tiny_html_page_still_opens(tmp_path):
    path = tmp_path / "tiny.htm"
    path.write_text("<html><head><title>Note</title></head>"
                    "<body><p>Back at five.</p></body></html>")
    article = load(path)
    assert article.text == "Back at five."
    assert article.title == "Note"


def test_pdf_pages_join_into_paragraphs_without_headers_or_page_numbers(tmp_path):
    path = write_pdf(tmp_path / "report.pdf", [LINES[:6], LINES[6:], LINES[:3] + ["done."]],
                     title="Wetlands Plan Approved", author="Council Press Office",
                     header="Riverside Gazette - Regional News", footer_numbers=True)
    article = load(path)
    assert article.title == "Wetlands Plan Approved"
    assert article.author == "Council Press Office"
    assert "Riverside Gazette" not in article.text
    assert "excavators are due on site" in article.text
    assert "exca-" not in article.text
    assert "meadows in winter" in article.text  # line breaks inside a paragraph become spaces
    assert not any(article.text[p.start : p.end].strip().isdigit() for p in article.paragraphs)
    assert len(article.paragraphs) >= 2
    _check_paragraphs(article)


def test_pdf_without_metadata_takes_its_headline_from_the_first_line(tmp_path):
    path = write_pdf(tmp_path / "x.pdf", [["Wetlands Plan Approved", *LINES]])
    article = load(path)
    assert article.title == "Wetlands Plan Approved"
    assert article.text.startswith("The regional council")


def test_pdf_headline_over_two_lines_is_one_title(tmp_path):
    path = write_pdf(tmp_path / "x.pdf", [["Wetlands Plan Approved After", "Ten Years", *LINES]])
    article = load(path)
    assert article.title == "Wetlands Plan Approved After Ten Years"
    assert article.text.startswith("The regional council")


def test_pdf_with_no_text_layer_says_so(tmp_path):
    path = write_pdf(tmp_path / "scan.pdf", [[]])
    with pytest.raises(ReaderError, match="no text layer"):
        load(path)


def test_docx_gives_title_author_headings_and_paragraphs(tmp_path):
    import docx

    document = docx.Document()
    document.core_properties.author = "Pia Lund"
    document.add_heading("Ferry Timetable Changes", level=0)
    document.add_paragraph("From next month the morning ferry leaves twenty minutes earlier.")
    document.add_heading("Why", level=1)
    document.add_paragraph("The harbour needs the berth for a cargo ship at eight o'clock.")
    path = tmp_path / "memo.docx"
    document.save(str(path))
    article = load(path)
    assert article.title == "Ferry Timetable Changes"
    assert article.author == "Pia Lund"
    assert article.date  # the document's creation date
    assert article.text.startswith("From next month")
    headings = [article.text[p.start : p.end] for p in article.paragraphs if p.heading]
    assert headings == ["Why"]


def _epub(path: Path, chapters: dict[str, str], spine: list[str]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/epub+zip")
        zf.writestr("META-INF/container.xml",
                    '<?xml version="1.0"?><container version="1.0" '
                    'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
                    '<rootfile full-path="OEBPS/content.opf" '
                    'media-type="application/oebps-package+xml"/></rootfiles></container>')
        items = "".join(f'<item id="{k}" href="{k}.xhtml" media-type="application/xhtml+xml"/>'
                        for k in chapters)
        refs = "".join(f'<itemref idref="{k}"/>' for k in spine)
        zf.writestr("OEBPS/content.opf",
                    '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" '
                    'version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
                    "<dc:title>Letters From The Lighthouse</dc:title>"
                    "<dc:creator>Iona Reid</dc:creator><dc:date>2023-10-01</dc:date>"
                    f"</metadata><manifest>{items}</manifest><spine>{refs}</spine></package>")
        for key, body in chapters.items():
            zf.writestr(f"OEBPS/{key}.xhtml",
                        '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">'
                        f"<head><title>{key}</title></head><body>{body}</body></html>")
    return path


def test_epub_reads_chapters_in_spine_order_with_metadata(tmp_path):
    path = _epub(tmp_path / "book.epub",
                 {"b": "<h2>Winter</h2><p>The second letter speaks of ice on the rocks.</p>",
                  "a": "<h2>Autumn</h2><p>The first letter describes the storms of October.</p>"},
                 spine=["a", "b"])
    article = load(path)
    assert article.title == "Letters From The Lighthouse"
    assert article.author == "Iona Reid"
    assert article.date == "2023-10-01"
    assert article.text.index("first letter") < article.text.index("second letter")
    assert [article.text[p.start : p.end] for p in article.paragraphs if p.heading] == [
        "Autumn", "Winter"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "is empty"),
        ("junk.txt", bytes(range(256)) * 20, "binary"),
        ("blank.txt", b"   \n\n  \t \n", "no readable text"),
        ("numbers.txt", b"1234 5678\n\n---- ****", None),
        ("fake.pdf", b"this is not a pdf at all", "not a readable PDF"),
        ("fake.docx", b"plain text, not a zip", "not a Word document"),
        ("fake.epub", b"plain text, not a zip", "not an EPUB"),
        ("slides.pptx", b"whatever", "not a supported kind of file"),
    ],
)
def test_bad_files_raise_one_plain_line(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    if message is None:  # opens: a text of digits is still text; analysis decides later
        assert load(path).text
        return
    with pytest.raises(ReaderError, match=message) as info:
        load(path)
    assert "\n" not in str(info.value)


def test_missing_path_and_folder_are_reported(tmp_path):
    with pytest.raises(ReaderError, match="does not exist"):
        load(tmp_path / "nowhere.txt")
    folder = tmp_path / "dir.txt"
    folder.mkdir()
    with pytest.raises(ReaderError, match="folder"):
        load(folder)
