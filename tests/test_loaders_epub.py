"""EPUB books read as a reader sees them: no page numbers or furigana in the sentences, formulas
and fixed-layout pages read, notes kept as notes, front and back matter known for what it is."""

from __future__ import annotations

import zipfile
from pathlib import Path

from reader.core.loaders import load
from reader.core.textbuild import NOTE_MARK

XHTML = "http://www.w3.org/1999/xhtml"
OPS = "http://www.idpf.org/2007/ops"
MATHML = "http://www.w3.org/1998/Math/MathML"
SVG = "http://www.w3.org/2000/svg"
STORY = ("The harbour master kept a ledger of every ship that came in, and in the winter of "
         "that year the ledger filled faster than anyone could remember.")


def chapter(body: str, *, lang: str = "en") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?><html xmlns="{XHTML}" xmlns:epub="{OPS}" '
            f'xml:lang="{lang}"><head><title>c</title></head><body>{body}</body></html>')


def make_epub(path: Path, parts: dict[str, str], *, spine: list[str] | None = None,
              nav: str | None = None, language: str = "en", fixed: bool = False,
              media: dict[str, str] | None = None, linear_no: tuple[str, ...] = ()) -> Path:
    """A small EPUB 3 book: ``parts`` maps names under OEBPS/ to their content."""
    media = media or {}
    order = spine or list(parts)
    items = "".join(
        f'<item id="i{k}" href="{name}" media-type="{media.get(name, "application/xhtml+xml")}"/>'
        for k, name in enumerate(parts))
    if nav is not None:
        items += '<item id="nav" href="nav.xhtml" properties="nav" ' \
                 'media-type="application/xhtml+xml"/>'
    index = {name: k for k, name in enumerate(parts)}
    refs = "".join(f'<itemref idref="i{index[name]}"'
                   + (' linear="no"' if name in linear_no else "") + "/>" for name in order)
    layout = '<meta property="rendition:layout">pre-paginated</meta>' if fixed else ""
    opf = ('<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
           '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
           '<dc:title>The Harbour Ledger</dc:title><dc:creator>Ada Quill</dc:creator>'
           f'<dc:language>{language}</dc:language>{layout}</metadata>'
           f"<manifest>{items}</manifest><spine>{refs}</spine></package>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", "application/epub+zip", zipfile.ZIP_STORED)
        zf.writestr("META-INF/container.xml",
                    '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:'
                    'opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/'
                    'content.opf" media-type="application/oebps-package+xml"/></rootfiles>'
                    "</container>")
        zf.writestr("OEBPS/content.opf", opf)
        if nav is not None:
            zf.writestr("OEBPS/nav.xhtml", chapter(nav))
        for name, content in parts.items():
            zf.writestr(f"OEBPS/{name}", content)
    return path


def texts_of(article, matter: str) -> list[str]:
    return [article.text[p.start : p.end] for p in article.paragraphs if p.matter == matter]


def test_page_break_markers_do_not_land_in_the_sentence(tmp_path):
    body = ('<p>Every captain had to comply <span epub:type="pagebreak" title="175" '
            'id="p175">175</span> with the rules.</p>'
            '<p>The ledger <span role="doc-pagebreak" aria-label="176"/>grew, and the clerk '
            '<span class="pagenum"><a id="page177">[177]</a></span> sighed.</p>'
            f'<p>{STORY}<span class="pagenum">[Pg 178]</span></p>')
    article = load(make_epub(tmp_path / "b.epub", {"c1.xhtml": chapter(body)}))
    assert "Every captain had to comply with the rules." in article.text
    assert "The ledger grew, and the clerk sighed." in article.text
    assert STORY in article.text
    for number in ("175", "176", "177", "178"):
        assert number not in article.text


def test_furigana_keeps_the_base_text_only(tmp_path):
    body = ("<p><ruby>山路<rp>（</rp><rt>やまみち</rt><rp>）</rp></ruby>を登りながら、"
            "こう考えた。<ruby><rb>智</rb><rt>ち</rt></ruby>に働けば角が立つ。</p>")
    article = load(make_epub(tmp_path / "j.epub", {"c1.xhtml": chapter(body, lang="ja")},
                             language="ja"))
    assert article.text == "山路を登りながら、こう考えた。智に働けば角が立つ。"
    assert article.meta["declared_language"] == "ja"


def test_formulas_are_read_not_dropped(tmp_path):
    body = (f'<p>The ratio <math xmlns="{MATHML}"><mi>r</mi><mo>=</mo><mfrac><mi>a</mi>'
            "<mn>2</mn></mfrac></math> is constant.</p>"
            f'<p>Its square <math xmlns="{MATHML}"><msup><mi>x</mi><mn>2</mn></msup></math> '
            "grows.</p>"
            f'<p>Described: <math xmlns="{MATHML}" alttext="the square root of b"><mspace/>'
            "</math>.</p>"
            f'<p>Placeholder <math xmlns="{MATHML}" alttext="Alternative text not available">'
            "<mi>A</mi></math> stays A.</p>"
            f"<p>{STORY}</p>")
    text = load(make_epub(tmp_path / "m.epub", {"c1.xhtml": chapter(body)})).text
    assert "The ratio r = a/2 is constant." in text
    assert "Its square x^2 grows." in text
    assert "Described: the square root of b." in text
    assert "Placeholder A stays A." in text
    assert "Alternative text" not in text


def test_fixed_layout_pages_in_svg_text_are_read(tmp_path):
    page = (f'<?xml version="1.0"?><svg xmlns="{SVG}" viewBox="0 0 600 800">'
            '<text x="10" y="20">The harbour master kept a ledger</text>'
            '<text x="10" y="40">of every ship that came in.</text>'
            '<text x="10" y="60"><tspan>Nobody</tspan> <tspan>else read it.</tspan></text>'
            "</svg>")
    wrapped = chapter(f'<svg xmlns="{SVG}"><title>page two</title>'
                      '<text x="0" y="10">In winter it filled faster.</text></svg>')
    path = make_epub(tmp_path / "f.epub", {"p1.svg": page, "p2.xhtml": wrapped}, fixed=True,
                     media={"p1.svg": "image/svg+xml"})
    article = load(path)
    assert article.text == ("The harbour master kept a ledger of every ship that came in.\n\n"
                            "Nobody else read it.\n\nIn winter it filled faster.")


def test_a_diagram_in_a_chapter_keeps_its_labels_out_of_the_text(tmp_path):
    body = (f'<p>{STORY}</p><svg xmlns="{SVG}"><text x="0" y="10">x axis</text>'
            '<text x="0" y="20">tonnage</text></svg><p>The clerk agreed.</p>')
    article = load(make_epub(tmp_path / "d.epub", {"c1.xhtml": chapter(body)}))
    assert article.text == f"{STORY}\n\nThe clerk agreed."


def test_a_page_of_only_pictures_is_read_from_their_descriptions(tmp_path):
    parts = {"p1.xhtml": chapter('<img src="01.jpg" alt="ちょっとした好奇心だった。"/>', lang="ja"),
             "p2.xhtml": chapter('<img src="cover.jpg" alt="Cover"/>'
                                 '<img src="02.jpg" alt="あっハルコどこ行くの？"/>', lang="ja")}
    article = load(make_epub(tmp_path / "c.epub", parts, fixed=True, language="ja"))
    assert article.text == "ちょっとした好奇心だった。\n\nあっハルコどこ行くの？"


def test_contents_pages_are_contents_with_or_without_a_nav(tmp_path):
    contents = chapter('<h1>Contents</h1><p><a href="c1.xhtml">One: The Ledger</a></p>'
                       '<p><a href="c2.xhtml">Two: The Winter</a></p>'
                       '<p><a href="c3.xhtml">Three: The Thaw</a></p>')
    nav = ('<nav epub:type="toc"><ol><li><a href="c1.xhtml">One: The Ledger</a></li></ol></nav>'
           '<nav epub:type="landmarks" hidden=""><ol><li><a epub:type="bodymatter" '
           'href="c1.xhtml">Begin Reading</a></li></ol></nav>')
    parts = {"toc.xhtml": contents, "nav.xhtml": chapter(nav),
             "c1.xhtml": chapter(f"<h2>The Ledger</h2><p>{STORY}</p>"),
             "c2.xhtml": chapter("<h2>The Winter</h2><p>Ice closed the harbour.</p>"),
             "c3.xhtml": chapter("<h2>The Thaw</h2><p>The ships came back.</p>")}
    path = make_epub(tmp_path / "t.epub", parts)
    article = load(path)
    contents_text = texts_of(article, "contents")
    assert "Contents" in contents_text and "Three: The Thaw" in contents_text
    assert "One: The Ledger" in contents_text  # the nav document's list, in the spine
    assert "Begin Reading" not in article.text
    assert texts_of(article, "")[:2] == ["The Ledger", STORY]


def test_footnotes_are_notes_and_their_numbers_are_not_glued_to_words(tmp_path):
    body = ('<p>The ship sailed from Savannah<a epub:type="noteref" href="#n1">1</a> in May, '
            'and from Lisbon<sup><a href="#n2" id="r2">2</a></sup> in June.</p>'
            '<aside epub:type="footnote" id="n1"><p>Then a small port.</p></aside>'
            '<aside role="doc-footnote" id="n2"><p><a href="#r2">2</a> Now a large one.</p>'
            f"</aside><p>{STORY}</p>")
    article = load(make_epub(tmp_path / "n.epub", {"c1.xhtml": chapter(body)}))
    assert article.text.startswith("The ship sailed from Savannah in May, and from Lisbon in "
                                   "June.")
    assert "Savannah1" not in article.text and "Lisbon2" not in article.text
    assert NOTE_MARK not in article.text
    assert "small port" not in article.text
    assert [(n.text, article.text[: n.anchor][-8:]) for n in article.notes] == [
        ("Then a small port.", "Savannah"), ("Now a large one.", "m Lisbon")]


def test_endnotes_in_another_document_and_sidebars_become_notes(tmp_path):
    chapter_one = chapter(
        '<p>The clerk counted the ships<a epub:type="noteref" href="notes.xhtml#e1">*</a>.</p>'
        '<aside><h3>Aside</h3><p>Clerks were paid by the ship.</p></aside>'
        f"<p>{STORY}</p>"
        '<p>Old books mark notes by hand<sup><a href="notes.xhtml#old">3</a></sup> too.</p>')
    notes = chapter('<section epub:type="endnotes"><h2>Notes</h2><ol>'
                    '<li epub:type="endnote" id="e1"><p>Forty-one that year.</p></li></ol>'
                    '</section><p id="old"><a href="c1.xhtml">3.</a> By hand, in ink.</p>')
    article = load(make_epub(tmp_path / "e.epub", {"c1.xhtml": chapter_one,
                                                    "notes.xhtml": notes}))
    assert "Forty-one" not in article.text and "Notes" not in article.text
    assert "By hand, in ink" not in article.text and "Clerks were paid" not in article.text
    found = {n.text: article.text[: n.anchor] for n in article.notes}
    assert found["Forty-one that year."].endswith("counted the ships")
    assert found["Aside: Clerks were paid by the ship."].endswith("counted the ships.")
    assert found["By hand, in ink."].endswith("mark notes by hand")
    assert "hand too." in article.text


def test_declared_front_and_back_matter_keep_their_kind(tmp_path):
    parts = {
        "title.xhtml": chapter('<section epub:type="titlepage"><h1>The Harbour Ledger</h1>'
                               "<p>A novel in three winters</p></section>"),
        "copy.xhtml": chapter('<section epub:type="copyright-page"><p>First printed by the '
                              "Tide Press, Aberdeen.</p></section>"),
        "c1.xhtml": chapter(f"<p>{STORY}</p><pre><code>ledger.add(ship)</code></pre>"),
        "colophon.xhtml": chapter('<section role="doc-colophon"><p>Set in Garamond.</p>'
                                  "</section>"),
        "index.xhtml": chapter('<section epub:type="index"><p>ledger, 3, 17</p></section>'),
    }
    article = load(make_epub(tmp_path / "m.epub", parts))
    assert texts_of(article, "front") == ["A novel in three winters"]
    assert texts_of(article, "copyright") == ["First printed by the Tide Press, Aberdeen."]
    assert texts_of(article, "colophon") == ["Set in Garamond."]
    assert texts_of(article, "index") == ["ledger, 3, 17"]
    assert texts_of(article, "code") == ["ledger.add(ship)"]
    assert texts_of(article, "") == [STORY]


def test_a_switch_reads_the_case_it_can_render(tmp_path):
    body = (f'<p>{STORY}</p><epub:switch><epub:case required-namespace="http://example.com/x">'
            "<p>FAIL</p></epub:case><epub:default><p>PASS</p></epub:default></epub:switch>")
    text = load(make_epub(tmp_path / "s.epub", {"c1.xhtml": chapter(body)})).text
    assert "PASS" in text and "FAIL" not in text


def test_a_note_link_out_of_the_archive_reads_nothing_outside_it(tmp_path):
    (tmp_path / "secret.xhtml").write_text(chapter('<p id="x">SECRET-OUTSIDE</p>'))
    body = (f'<p>{STORY}<sup><a href="../../secret.xhtml#x">1</a></sup></p>'
            '<p>More<a epub:type="noteref" href="/etc/passwd#root">2</a> text.</p>')
    article = load(make_epub(tmp_path / "h.epub", {"c1.xhtml": chapter(body)}))
    assert "SECRET" not in article.text and not article.notes
    assert "More text." in article.text


def test_a_table_reads_a_row_of_short_cells_as_one_line(tmp_path):
    body = ("<table><tr><th>Sign</th><th>Code</th><th>Name</th></tr>"
            "<tr><td>⊕</td><td>2295</td><td>circled <i>plus</i></td></tr>"
            "<tr><td>⊗</td><td></td><td>circled times</td></tr>"
            f"<tr><td>Note</td><td><p>{STORY}</p></td></tr></table>")
    article = load(make_epub(tmp_path / "t.epub", {"c1.xhtml": chapter(body)}))
    lines = article.text.split("\n\n")
    assert lines[:3] == ["Sign | Code | Name", "⊕ | 2295 | circled plus", "⊗ | circled times"]
    # a cell that holds a paragraph keeps it a paragraph of its own
    assert lines[3:] == ["Note", STORY]


def test_a_row_holding_a_contents_target_or_a_note_keeps_them(tmp_path):
    """A row of short cells is one line, unless a cell is where the contents points (the
    section begins there) or a note's body (it stays a note)."""
    body = (f"<h1>One</h1><p>{STORY}</p>"
            '<table><tr><td id="s2">Part two</td><td>begins</td></tr></table>'
            f'<p>The ship sailed from Savannah<a epub:type="noteref" href="#n1">1</a> in May.</p>'
            '<table><tr><td>1.</td><td id="n1">Then a small port.</td></tr></table>')
    nav = ('<nav epub:type="toc"><ol><li><a href="c1.xhtml">One</a></li>'
           '<li><a href="c1.xhtml#s2">Part two</a></li></ol></nav>')
    article = load(make_epub(tmp_path / "r.epub", {"c1.xhtml": chapter(body)}, nav=nav))
    assert [s.title for s in article.sections] == ["One", "Part two"]
    assert article.text[article.sections[1].start:].startswith("Part two")
    assert [n.text for n in article.notes] == ["Then a small port."]
    assert "Then a small port." not in article.text
