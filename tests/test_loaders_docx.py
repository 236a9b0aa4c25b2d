"""Word documents are read as a person reads them: the body in order (paragraphs, tables, text
boxes, content controls, tracked insertions, field results), footnotes and endnotes as notes,
and nothing that is not on the page (deletions, field codes, comments, headers, placeholders).

Every document is made here, with python-docx or by writing the package's XML by hand."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from reader.core.errors import ReaderError
from reader.core.loaders import load

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"
_NS = (
    f'xmlns:w="{_W}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"')
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_MAIN = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")


def p(text: str, style: str | None = None) -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def write_docx(path: Path, body: str, *, parts: dict[str, str] | None = None,
               core: str | None = None, strict: bool = False) -> Path:
    """A Word package written by hand: ``body`` is the XML inside w:body; ``parts`` are more
    parts of word/ (footnotes.xml, styles.xml, ...) related to the document by their names."""
    parts = parts or {}
    rel_base = "http://purl.oclc.org/ooxml/officeDocument/relationships/" if strict else _REL
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:document {_NS.replace(_W, _STRICT_W) if strict else _NS}>'
                f"<w:body>{body}</w:body></w:document>")
    kinds = {"footnotes.xml": "footnotes", "endnotes.xml": "endnotes", "styles.xml": "styles",
             "comments.xml": "comments", "header1.xml": "header"}
    rels = "".join(f'<Relationship Id="rId{k}" Type="{rel_base}{kinds[name]}" Target="{name}"/>'
                   for k, name in enumerate(parts, start=1))
    package_rels = f'<Relationship Id="rId1" Type="{rel_base}officeDocument" ' \
                   f'Target="word/document.xml"/>'
    if core is not None:
        package_rels += ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/'
                         'package/2006/relationships/metadata/core-properties" '
                         'Target="docProps/core.xml"/>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml",
                    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxml'
                    'formats.org/package/2006/content-types"><Default Extension="rels" ContentTy'
                    'pe="application/vnd.openxmlformats-package.relationships+xml"/><Default Ext'
                    'ension="xml" ContentType="application/xml"/><Override PartName="/word/docum'
                    f'ent.xml" ContentType="{_MAIN}"/></Types>')
        zf.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns='
                    '"http://schemas.openxmlformats.org/package/2006/relationships">'
                    f"{package_rels}</Relationships>")
        zf.writestr("word/document.xml", document)
        zf.writestr("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8"?>'
                    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                    f'relationships">{rels}</Relationships>')
        for name, xml in parts.items():
            zf.writestr(f"word/{name}", xml)
        if core is not None:
            zf.writestr("docProps/core.xml", core)
    return path


def notes_part(kind: str, notes: dict[int, str]) -> str:
    """footnotes.xml or endnotes.xml, with Word's two separator notes first."""
    body = "".join(f'<w:{kind} w:id="{k}"><w:p><w:r><w:{kind}Ref/></w:r>{xml}</w:p></w:{kind}>'
                   for k, xml in notes.items())
    return (f'<?xml version="1.0" encoding="UTF-8"?><w:{kind}s {_NS}>'
            f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
            f'</w:{kind}><w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            f"<w:continuationSeparator/></w:r></w:p></w:{kind}>{body}</w:{kind}s>")


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def blocks(article) -> list[str]:
    return [article.text[q.start : q.end] for q in article.paragraphs]


# --- tables -------------------------------------------------------------------------------


def test_a_document_that_is_one_table_is_read_row_by_row(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([["Name", "Sport", "Fame"], ["Lebron James", "Basketball", "High"],
                             ["Ryan Braun", "Baseball", "Moderate"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    path = tmp_path / "table.docx"
    document.save(str(path))
    article = load(path)
    assert blocks(article) == ["Name | Sport | Fame", "Lebron James | Basketball | High",
                               "Ryan Braun | Baseball | Moderate"]


def test_tables_sit_between_paragraphs_and_cells_of_prose_do_not_run_together(tmp_path):
    document = docx.Document()
    document.add_paragraph("The council published the results on Monday.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "The ferry leaves at seven."
    table.cell(0, 0).add_paragraph("It returns at noon.")
    inner = table.cell(0, 1).add_table(rows=1, cols=2)  # a table within a table
    inner.cell(0, 0).text = "Cargo"
    inner.cell(0, 1).text = "Two berths"
    document.add_paragraph("Table 1: the new timetable.")
    document.add_paragraph("The harbour master welcomed the change.")
    path = tmp_path / "mixed.docx"
    document.save(str(path))
    assert blocks(load(path)) == [
        "The council published the results on Monday.", "The ferry leaves at seven.",
        "It returns at noon.", "Cargo | Two berths", "Table 1: the new timetable.",
        "The harbour master welcomed the change."]


# --- footnotes and endnotes ---------------------------------------------------------------


def test_footnotes_and_endnotes_are_notes_not_glued_to_words(tmp_path):
    body = (f'<w:p>{run("Lions hunt on the open Savannah")}<w:r><w:rPr><w:vertAlign '
            'w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
            f'{run(" at dusk.")}<w:r><w:endnoteReference w:id="2"/></w:r></w:p>'
            + p("Herds move north in the dry season."))
    path = write_docx(tmp_path / "notes.docx", body, parts={
        "footnotes.xml": notes_part("footnote", {1: run(" Counted from the air in 2021.")}),
        "endnotes.xml": notes_part("endnote", {2: run(" See the park's annual report.")}),
    })
    article = load(path)
    assert blocks(article) == ["Lions hunt on the open Savannah at dusk.",
                               "Herds move north in the dry season."]
    assert [(n.text, article.text[: n.anchor]) for n in article.notes] == [
        ("Counted from the air in 2021.", "Lions hunt on the open Savannah"),
        ("See the park's annual report.", "Lions hunt on the open Savannah at dusk."),
    ]
    assert "Counted" not in article.text  # notes are never summary material


def test_a_content_control_inside_a_footnote_is_read(tmp_path):
    note = ('<w:sdt><w:sdtPr><w:alias w:val="Citation"/></w:sdtPr><w:sdtContent>'
            + run("Vgl. Bitzios, Dissonance in food traceability, S. 100.") +
            "</w:sdtContent></w:sdt>")
    body = (f'<w:p>{run("Lorem ipsum dolor sit amet.")}<w:r><w:footnoteReference w:id="1"/>'
            "</w:r></w:p>")
    article = load(write_docx(tmp_path / "sdt-note.docx", body,
                              parts={"footnotes.xml": notes_part("footnote", {1: note})}))
    assert article.text == "Lorem ipsum dolor sit amet."
    assert [n.text for n in article.notes] == [
        "Vgl. Bitzios, Dissonance in food traceability, S. 100."]


# --- content controls, text boxes, tracked changes, links, fields ---------------------------


def test_content_controls_are_read_and_empty_ones_show_no_prompt(tmp_path):
    body = ('<w:sdt><w:sdtPr><w:tag w:val="intro"/></w:sdtPr><w:sdtContent>'
            + p("The mill reopened in spring.") + "</w:sdtContent></w:sdt>"
            + f'<w:p>{run("Owner: ")}<w:sdt><w:sdtPr/><w:sdtContent>{run("Ada Roe")}'
            "</w:sdtContent></w:sdt></w:p>"
            '<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
            + p("Click or tap here to enter text.") + "</w:sdtContent></w:sdt>")
    article = load(write_docx(tmp_path / "controls.docx", body))
    assert blocks(article) == ["The mill reopened in spring.", "Owner: Ada Roe"]


def test_a_text_box_is_read_once_where_it_is_anchored(tmp_path):
    box = p("Sidebar: the mill in numbers.")
    drawing = (f"<w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>"
               f"<w:txbxContent>{box}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData>"
               "</a:graphic></wp:anchor></w:drawing>")
    vml = f"<w:pict><v:shape><v:textbox><w:txbxContent>{box}</w:txbxContent></v:textbox>" \
          "</v:shape></w:pict>"
    body = (p("The mill has four stones.")
            + f'<w:p>{run("It grinds daily.")}<w:r><mc:AlternateContent><mc:Choice Requires="wps">'
            f"{drawing}</mc:Choice><mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>"
            "</w:p>" + p("Visitors are welcome."))
    article = load(write_docx(tmp_path / "textbox.docx", body))
    assert blocks(article) == ["The mill has four stones.", "It grinds daily.",
                               "Sidebar: the mill in numbers.", "Visitors are welcome."]


def test_a_drop_cap_joins_its_word(tmp_path):
    body = ('<w:p><w:pPr><w:framePr w:dropCap="drop" w:lines="3"/></w:pPr>' + run("L") + "</w:p>"
            + p("ong ago the river ran past the mill."))
    assert load(write_docx(tmp_path / "dropcap.docx", body)).text == \
        "Long ago the river ran past the mill."


def test_tracked_insertions_are_read_and_deletions_are_not(tmp_path):
    body = (f'<w:p>{run("This is a text with a")}<w:del w:id="1" w:author="e"><w:r>'
            '<w:delText>n excessively modified</w:delText></w:r></w:del>'
            f'{run(" deletion")}<w:ins w:id="2" w:author="e">{run(" and an insertion")}</w:ins>'
            f'{run(".")}</w:p><w:p><w:moveFrom w:id="3" w:author="e">{run("Moved away.")}'
            "</w:moveFrom></w:p>")
    article = load(write_docx(tmp_path / "tracked.docx", body))
    assert article.text == "This is a text with a deletion and an insertion."


def test_links_and_smart_tags_keep_their_words(tmp_path):
    body = (f'<w:p>{run("See ")}<w:hyperlink r:id="rId9">{run("the harbour page")}</w:hyperlink>'
            f'{run(" or call ")}<w:smartTag w:element="place"><w:customXml w:element="city">'
            f'{run("Port Ellis")}</w:customXml></w:smartTag>{run(".")}</w:p>')
    article = load(write_docx(tmp_path / "links.docx", body))
    assert article.text == "See the harbour page or call Port Ellis."


def test_fields_show_their_result_and_a_table_of_contents_is_contents(tmp_path):
    def field(code: str, result: str) -> str:
        return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
                f'xml:space="preserve">{code}</w:instrText></w:r><w:r><w:fldChar '
                f'w:fldCharType="separate"/></w:r>{result}<w:r><w:fldChar w:fldCharType="end"/>'
                "</w:r>")

    toc = ('<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/>'
           '</w:r><w:r><w:instrText> TOC \\o "1-3" </w:instrText></w:r><w:r><w:fldChar '
           f'w:fldCharType="separate"/></w:r>{run("Introduction 1")}</w:p>'
           f'<w:p>{run("Findings 2")}</w:p>')
    ref = field(" REF _Ref1 \\h ", run("Table 1"))
    toc_end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'  # where Word often puts it
    body = (toc + f'<w:p>{toc_end}{run("See ")}{ref}{run(".")}</w:p>'
            f'<w:p>{run("Printed on page ")}<w:fldSimple w:instr=" PAGE ">{run("4")}'
            f'</w:fldSimple>{run(".")}{field(" XE index-entry ", "")}</w:p>')
    article = load(write_docx(tmp_path / "fields.docx", body))
    assert blocks(article) == ["Introduction 1", "Findings 2", "See Table 1.",
                               "Printed on page 4."]
    assert [q.matter for q in article.paragraphs] == ["contents", "contents", "", ""]


# --- what is not the text -----------------------------------------------------------------


def test_comments_headers_footers_and_hidden_text_are_left_out(tmp_path):
    comments = (f'<?xml version="1.0" encoding="UTF-8"?><w:comments {_NS}><w:comment w:id="0" '
                f'w:author="Ed"><w:p><w:r><w:annotationRef/></w:r>{run("Check this date")}</w:p>'
                "</w:comment></w:comments>")
    header = (f'<?xml version="1.0" encoding="UTF-8"?><w:hdr {_NS}>{p("CONFIDENTIAL DRAFT")}'
              "</w:hdr>")
    body = ('<w:p><w:commentRangeStart w:id="0"/>' + run("The bridge opens in May.")
            + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>'
            + f'<w:p>{run("Visible words.")}<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space='
            '"preserve"> Hidden words.</w:t></w:r></w:p><w:sectPr><w:headerReference '
            'w:type="default" r:id="rId2"/></w:sectPr>')
    path = write_docx(tmp_path / "comments.docx", body,
                      parts={"comments.xml": comments, "header1.xml": header})
    assert load(path).text == "The bridge opens in May.\n\nVisible words."


# --- the header: title, author, date, language ----------------------------------------------


STYLES = ('<?xml version="1.0" encoding="UTF-8"?><w:styles {ns}><w:docDefaults><w:rPrDefault>'
          '<w:rPr><w:lang w:val="{lang}" w:eastAsia="ja-JP"/></w:rPr></w:rPrDefault>'
          '</w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
          '<w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="berschrift1">'
          '<w:name w:val="heading 1"/></w:style></w:styles>')


def test_the_declared_language_comes_from_the_runs_then_the_defaults(tmp_path):
    german = p("Die Fähre fährt ab Montag zwanzig Minuten früher ab.")
    english = ('<w:p><w:r><w:rPr><w:lang w:val="en-GB"/></w:rPr><w:t>A short English aside.'
               "</w:t></w:r></w:p>")
    styles = STYLES.format(ns=_NS, lang="de-de")
    article = load(write_docx(tmp_path / "de.docx", german + english,
                              parts={"styles.xml": styles}))
    assert article.meta["declared_language"] == "de-DE"
    article = load(write_docx(tmp_path / "en.docx", english + german.replace(
        "<w:r>", '<w:r><w:rPr><w:lang w:val="en-GB"/></w:rPr>'), parts={"styles.xml": styles}))
    assert article.meta["declared_language"] == "en-GB"


def test_the_core_properties_language_is_the_last_resort(tmp_path):
    core = ('<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas'
            '.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.'
            'org/dc/elements/1.1/"><dc:title>Ferry</dc:title><dc:language>fr-FR</dc:language>'
            "</cp:coreProperties>")
    article = load(write_docx(tmp_path / "fr.docx", p("Le bac part plus tôt."), core=core))
    assert (article.title, article.meta["declared_language"]) == ("Ferry", "fr-FR")
    assert "declared_language" not in load(write_docx(tmp_path / "x.docx", p("Words."))).meta


def test_title_author_date_and_abstract_paragraphs_are_the_header(tmp_path):
    body = (p("Tide Mills Reopen", "Title") + p("Ruth Calder", "Author") + p("Ada Roe", "Author")
            + p("June 2, 2024", "Date") + p("The mills grind again.", "Abstract")
            + p("The old tide mills at Brenmouth ground flour again this week."))
    article = load(write_docx(tmp_path / "front.docx", body))
    assert (article.title, article.author, article.date) == (
        "Tide Mills Reopen", "Ruth Calder, Ada Roe", "June 2, 2024")
    assert article.meta["abstract"] == "The mills grind again."
    assert article.text == "The old tide mills at Brenmouth ground flour again this week."


def test_a_first_heading_names_the_document_and_stays_in_the_text(tmp_path):
    body = (p("Harbour Works", "berschrift1") + p("The harbour reopened on Monday."))
    article = load(write_docx(tmp_path / "h1.docx", body,
                              parts={"styles.xml": STYLES.format(ns=_NS, lang="en-US")}))
    assert article.title == "Harbour Works"
    assert [(q.heading, article.text[q.start : q.end]) for q in article.paragraphs] == [
        (True, "Harbour Works"), (False, "The harbour reopened on Monday.")]


def test_symbol_font_characters_and_private_use_characters(tmp_path):
    body = ('<w:p><w:r><w:t xml:space="preserve">The angle </w:t></w:r><w:r><w:rPr><w:rFonts '
            'w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr><w:t>a</w:t></w:r><w:r><w:t xml:space='
            '"preserve"> is </w:t></w:r><w:r><w:sym w:font="Symbol" w:char="F0B3"/></w:r><w:r>'
            '<w:t xml:space="preserve"> 30 degrees\ue000\uf0a7.</w:t></w:r></w:p>')
    article = load(write_docx(tmp_path / "symbols.docx", body))
    assert article.text == "The angle α is ≥ 30 degrees."
    assert article.notes == []


# --- refusals and hostile parts --------------------------------------------------------------


def test_a_strict_open_xml_document_is_refused_by_name(tmp_path):
    path = write_docx(tmp_path / "strict.docx", p("Words in a strict document."), strict=True)
    with pytest.raises(ReaderError, match="Strict Open XML"):
        load(path)


def test_a_locked_word_document_says_it_is_password_protected(tmp_path):
    path = tmp_path / "locked.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
                     + "EncryptionInfo".encode("utf-16-le") + b"\0" * 512)
    with pytest.raises(ReaderError, match="password-protected"):
        load(path)


def test_entities_in_a_footnote_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    footnotes = notes_part("footnote", {1: run("Before &x; after.")}).replace(
        "<w:footnotes", f'<!DOCTYPE w:footnotes [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<w:footnotes", 1)
    body = f'<w:p>{run("The text.")}<w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
    article = load(write_docx(tmp_path / "xxe.docx", body, parts={"footnotes.xml": footnotes}))
    assert "TOP-SECRET" not in article.text + "".join(n.text for n in article.notes)
    assert [n.text for n in article.notes] == ["Before after."]


def test_a_document_nested_beyond_reason_is_refused_in_one_line(tmp_path):
    body = "<w:customXml>" * 3000 + p("Deep.") + "</w:customXml>" * 3000
    with pytest.raises(ReaderError, match="nested too deeply"):
        load(write_docx(tmp_path / "deep.docx", body))
