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


def test_pdf_says_when_a_script_has_no_font(tmp_path, monkeypatch):
    from PySide6.QtGui import QFontDatabase

    from reader.export import pdf

    pdf.ensure_gui()
    analysis = analyze_file(FIXTURES / "zh-tushuguan.txt")
    real = QFontDatabase.families

    def no_chinese(*args):
        if args and args[0] == QFontDatabase.WritingSystem.SimplifiedChinese:
            return []
        return real(*args)

    monkeypatch.setattr(QFontDatabase, "families", staticmethod(no_chinese))
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
    from reader.ui.exporting import export_current
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.show()
    win.open_file(str(SAMPLES / "de-stadtbibliothek.txt"))
    qtbot.waitUntil(lambda: win.current is not None, timeout=20000)
    chosen = str(tmp_path / "bibliothek")  # no extension typed: the filter decides
    export_current(win, chosen=(chosen, "Markdown (*.md)"))
    out = tmp_path / "bibliothek.md"
    qtbot.waitUntil(out.exists, timeout=20000)
    qtbot.waitUntil(lambda: f"Summary saved to {out}" in win.article_pane.messages.label.text(),
                    timeout=5000)
    assert "Die Bibliothek, die nie schließt" in out.read_text(encoding="utf-8")
    assert win.settings.get("export_folder") == str(tmp_path)
