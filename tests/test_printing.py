"""File › Print: the printer gets the same summary document as the PDF export (printed here to
a PDF file through QPrinter, as "Print to File" does, and read back with pypdf)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from reader.core.pipeline import analyze_file
from reader.export.exporter import export

from .conftest import SAMPLES


def page_texts(path: Path) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text() or "").strip()
            for page in PdfReader(path).pages]


@pytest.fixture(scope="module")
def english():
    return analyze_file(SAMPLES / "en-river-school.txt")


def _printer(out: Path, paper: str = "A4"):
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from reader.export.paged import ensure_gui

    ensure_gui()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setPageSize(QPageSize(getattr(QPageSize.PageSizeId, paper)))
    return printer


@pytest.mark.parametrize("full_text", [False, True])
def test_printing_gives_the_same_document_as_the_pdf(english, tmp_path, full_text):
    from reader.export.printing import print_summary

    exported, printed = tmp_path / "exported.pdf", tmp_path / "printed.pdf"
    export(english, exported, full_text=full_text, page_size="a4")
    warnings = print_summary(english, _printer(printed), full_text=full_text)
    assert warnings == []
    assert page_texts(printed) == page_texts(exported)
    text = " ".join(page_texts(printed))
    assert "A School That Follows the River" in text and "Page 1 of" in text
    assert ("Full text" in text) is full_text
    reader = PdfReader(printed)
    assert reader.metadata.title == "A School That Follows the River"
    assert reader.metadata.creator == "Margin"
    # and it looks the same: every page, drawn, differs by no more than anti-aliasing
    for a, b in zip(_pictures(printed), _pictures(exported), strict=True):
        assert a.shape == b.shape and abs(a.astype(int) - b.astype(int)).mean() < 2.0


def _pictures(path):
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return [page.render(scale=60 / 72).to_numpy() for page in document]
    finally:
        document.close()


def test_printing_keeps_the_paper_chosen_for_the_printer(english, tmp_path):
    from reader.export.printing import print_summary

    out = tmp_path / "letter.pdf"
    print_summary(english, _printer(out, "Letter"))
    box = PdfReader(out).pages[0].mediabox
    assert (round(box.width), round(box.height)) == (612, 792)
    assert "A School That Follows the River" in page_texts(out)[0]


def test_printing_warns_of_a_script_without_a_font(tmp_path, no_chinese_font):
    from reader.export.printing import print_summary

    from .conftest import FIXTURES

    out = tmp_path / "zh.pdf"
    printer = _printer(out)
    warnings = print_summary(analyze_file(FIXTURES / "zh-tushuguan.txt"), printer)
    assert warnings and "no font for Chinese" in warnings[0] and "the printout" in warnings[0]
    assert "no font for Chinese" in page_texts(out)[0]
