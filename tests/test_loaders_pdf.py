"""PDF files as readers meet them: encrypted with AES, spreads, running titles, junk metadata,
papers with a front block, outlines naming their contents and index, columns, long books."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from reader.core.errors import ReaderError
from reader.core.loaders import load

from .helpers import LINES
from .pdfgen import Text, write_pdf

# a second article, to tell pages apart
FERRY = [
    "The ferry company will add a second boat to the island route next summer,",
    "doubling the number of crossings on weekdays. Residents have asked for more",
    "sailings for years, and the council agreed to share the cost of the new",
    "pier. The first sailing leaves the harbour at six in the morning.",
]


def _body(article) -> list[str]:
    return [article.text[p.start : p.end] for p in article.paragraphs
            if not p.heading and not p.matter]


def _encrypt(path: Path, algorithm: str, password: str) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(path))
    writer.encrypt(user_password=password, owner_password="owner", algorithm=algorithm)
    buffer = io.BytesIO()
    writer.write(buffer)
    path.write_bytes(buffer.getvalue())
    return path


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_aes_encrypted_pdf_with_an_empty_password_opens(tmp_path, algorithm):
    path = _encrypt(write_pdf(tmp_path / "aes.pdf", [LINES], title="Wetlands Plan Approved"),
                    algorithm, "")
    article = load(path)
    assert article.title == "Wetlands Plan Approved"
    assert "excavators are due on site" in article.text


def test_aes_encrypted_pdf_with_a_password_says_so(tmp_path):
    path = _encrypt(write_pdf(tmp_path / "aes.pdf", [LINES]), "AES-256", "s3cret")
    with pytest.raises(ReaderError, match="password-protected"):
        load(path)


def test_a_spread_cut_into_two_pages_by_crop_boxes_is_read_once(tmp_path):
    spread = ([Text(line, x=72, y=700 - 14 * i) for i, line in enumerate(LINES)]
              + [Text(line, x=684, y=700 - 14 * i) for i, line in enumerate(FERRY)])
    path = write_pdf(tmp_path / "spread.pdf", [spread, spread], page_size=(1224, 792),
                     crop_boxes=[(0, 0, 612, 792), (612, 0, 1224, 792)])
    article = load(path)
    assert article.text.count("excavators are due") == 1
    assert article.text.count("second boat") == 1
    assert article.text.index("excavators") < article.text.index("second boat")


def test_a_page_that_repeats_the_page_before_is_read_once(tmp_path):
    path = write_pdf(tmp_path / "twice.pdf", [LINES, LINES, FERRY])
    article = load(path)
    assert article.text.count("excavators are due") == 1
    assert "second boat" in article.text


def test_the_title_that_is_also_the_running_header_stays_on_page_one(tmp_path):
    title = "Restoring the Lower River"
    pages: list[list[str | Text]] = [[Text(title, size=20, y=720), *LINES]]
    for n in range(3):
        pages.append([Text(title, size=9, y=760), *LINES[n : n + 5], *FERRY])
    article = load(write_pdf(tmp_path / "river.pdf", pages))
    assert article.title == title
    assert title not in article.text  # the header is gone from every page, page one included
    assert article.text.startswith("The regional council")


def test_a_running_header_of_body_size_on_page_one_is_the_title(tmp_path):
    pages = [LINES, LINES[:5] + FERRY, FERRY + LINES[:4], LINES[2:] + FERRY]
    article = load(write_pdf(tmp_path / "plan.pdf", pages, header="Wetlands Plan Approved"))
    assert article.title == "Wetlands Plan Approved"
    assert "Wetlands Plan" not in article.text


@pytest.mark.parametrize("junk", [
    "10811.exe", "Contents 1 Foo 2", "1 Introduction", "untitled", "Untitled-3",
    "Microsoft Word - plan.doc", "C:\\Users\\anna\\plan final.docx", "report_v2_final",
    "Slide 1", "Document1",
])
def test_junk_metadata_titles_give_way_to_the_largest_text_on_page_one(tmp_path, junk):
    pages: list[list[str | Text]] = [[Text("Regional News", size=9, y=760),
                                      Text("Wetlands Plan Approved", size=22, y=700),
                                      Text(LINES[0], y=660), *LINES[1:]]]
    article = load(write_pdf(tmp_path / "plan.pdf", pages, title=junk))
    assert article.title == "Wetlands Plan Approved"
    assert article.text.startswith("Regional News")


def test_a_good_metadata_title_is_kept(tmp_path):
    article = load(write_pdf(tmp_path / "x.pdf", [LINES], title="Council Minutes, 3 May"))
    assert article.title == "Council Minutes, 3 May"


def test_a_section_heading_is_not_taken_for_the_title(tmp_path):
    pages: list[list[str | Text]] = [[Text("1 Introduction", size=14), *LINES]]
    article = load(write_pdf(tmp_path / "paper.pdf", pages))
    assert article.title is None
    assert article.text.startswith("1 Introduction")


def test_a_paper_keeps_its_front_block_out_of_the_first_paragraph(tmp_path):
    page: list[str | Text] = [
        Text("Restoring Floodplain Meadows", size=18, x=150, y=720),
        Text("Ada Marsh and Ben Reed", size=12, x=200, y=690),
        Text("Institute of River Ecology, Northfield University", size=10, x=160, y=672),
        Text("ada.marsh@northfield.example, ben.reed@northfield.example", size=10, x=150,
             y=658),
        Text("Abstract", size=12, y=630),
        Text("We measured how birds return to meadows that flood again in winter.", y=610),
        Text("Counts doubled within three seasons at every restored site.", y=596),
        Text("1 Introduction", size=12, y=566),
        *[Text(line, y=546 - 14 * i) for i, line in enumerate(LINES)],
    ]
    article = load(write_pdf(tmp_path / "paper.pdf", [page]))
    assert article.title == "Restoring Floodplain Meadows"
    assert article.author == "Ada Marsh and Ben Reed"
    paragraphs = [(article.text[p.start : p.end], p.heading, p.matter)
                  for p in article.paragraphs]
    front = [text for text, _, matter in paragraphs if matter == "front"]
    assert any("northfield.example" in text for text in front)
    assert ("Abstract", True, "") in paragraphs
    body = _body(article)
    assert body[0].startswith("We measured how birds return")
    assert not any("@" in text or "Institute" in text for text in body)
    assert ("1 Introduction", True, "") in paragraphs


def test_a_byline_under_the_title_is_the_author(tmp_path):
    page: list[str | Text] = [Text("Wetlands Plan Approved", size=20, y=720),
                              Text("By Ruth Calder", y=690), *LINES]
    article = load(write_pdf(tmp_path / "news.pdf", [page]))
    assert (article.title, article.author) == ("Wetlands Plan Approved", "Ruth Calder")
    assert article.text.startswith("The regional council")


def test_the_declared_language_comes_from_the_catalog(tmp_path):
    article = load(write_pdf(tmp_path / "x.pdf", [LINES], lang="en-GB"))
    assert article.meta["declared_language"] == "en-GB"


def test_outline_entries_name_the_contents_and_the_index(tmp_path):
    pages: list[list[str | Text]] = [
        ["Contents", "1 The plan 2", "2 The ferry 3", "Index 4"],
        ["1 The plan", *LINES],
        ["2 The ferry", *FERRY],
        ["Index", "ferry, 3", "meadows, 2", "wetlands, 2"],
    ]
    outline = [("Contents", 0), ("1 The plan", 1), ("2 The ferry", 2), ("Index", 3)]
    article = load(write_pdf(tmp_path / "book.pdf", pages, outline=outline,
                             title="River Matters"))
    matter = {article.text[p.start : p.end]: p.matter for p in article.paragraphs}
    assert any(m == "contents" and "The ferry 3" in text for text, m in matter.items())
    assert any(m == "index" and "meadows, 2" in text for text, m in matter.items())
    assert all(m == "" for text, m in matter.items() if "excavators" in text)
    assert all(m == "" for text, m in matter.items() if "second boat" in text)


def test_two_columns_written_line_by_line_are_read_column_by_column(tmp_path):
    left, right = LINES, FERRY + FERRY
    page: list[str | Text] = []
    for i in range(max(len(left), len(right))):
        if i < len(left):
            page.append(Text(left[i], size=7, x=40, y=700 - 12 * i))
        if i < len(right):
            page.append(Text(right[i], size=7, x=330, y=700 - 12 * i))
    article = load(write_pdf(tmp_path / "columns.pdf", [page]))
    assert "exca-" not in article.text and "exca " not in article.text
    assert "The first excavators are due on site" in article.text
    assert "on weekdays. Residents have asked" in article.text
    assert article.text.index("excavators") < article.text.index("second boat")


def test_two_columns_written_column_by_column_keep_their_order(tmp_path):
    page: list[str | Text] = [Text(line, size=7, x=40, y=700 - 12 * i)
                              for i, line in enumerate(LINES)]
    page += [Text(line, size=7, x=330, y=700 - 12 * i) for i, line in enumerate(FERRY)]
    article = load(write_pdf(tmp_path / "columns.pdf", [page]))
    assert "The first excavators are due on site" in article.text
    assert article.text.index("excavators") < article.text.index("second boat")


def test_a_typeset_book_of_650_pages_is_read_whole(tmp_path):
    """(How long it takes is bench/documents.py's to measure: 0.7 s at most on the dev PDFs.)"""
    from reader.core.loaders import pdf

    body = (LINES + FERRY) * 3  # a full page, kerned as TeX writes it (pypdf took 17 s)
    pages = [[f"Page {n} of the book.", *body] for n in range(650)]
    path = write_pdf(tmp_path / "book.pdf", pages, header="A Long Book", footer_numbers=True,
                     title="A Long Book", kerned=True)
    article = pdf.load(path)
    assert article.text.count("second boat") == 650 * 3
    assert "excavators are due on site" in article.text
    assert "A Long Book" not in article.text
