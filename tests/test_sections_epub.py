"""EPUB sections: the navigation document's contents (nested), else the NCX's; entries that point
into the middle of a part begin at the element they name; the book's front and back matter are
sections marked as such. Every book is made here."""

from __future__ import annotations

import zipfile
from pathlib import Path

from reader.core.loaders import load
from reader.core.pipeline import analyze

XHTML = "http://www.w3.org/1999/xhtml"
OPS = "http://www.idpf.org/2007/ops"


def page(body: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?><html xmlns="{XHTML}" xmlns:epub="{OPS}">'
            f"<head><title>p</title></head><body>{body}</body></html>")


def story(topic: str, n: int = 4) -> str:
    return "".join(f"<p>The {topic} keeper wrote in the ledger on day {k} of the long winter, "
                   f"and the {topic} stood firm against the sea that morning.</p>"
                   for k in range(1, n + 1))


def make_epub(path: Path, parts: dict[str, str], *, nav: str | None = None,
              ncx: str | None = None, linear_no: tuple[str, ...] = (),
              nav_part: str | None = None) -> Path:
    """A small book: ``parts`` (names under OEBPS/ to content) in spine order; ``nav`` the
    body of a navigation document outside the spine, or ``nav_part`` the part that is one;
    ``ncx`` the navMap of an NCX."""
    items = "".join(f'<item id="i{k}" href="{name}" media-type="application/xhtml+xml"'
                    + (' properties="nav"' if name == nav_part else "") + "/>"
                    for k, name in enumerate(parts))
    if nav is not None:
        items += ('<item id="nav" href="nav.xhtml" properties="nav" '
                  'media-type="application/xhtml+xml"/>')
    if ncx is not None:
        items += '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
    refs = "".join(f'<itemref idref="i{k}"' + (' linear="no"' if name in linear_no else "")
                   + "/>" for k, name in enumerate(parts))
    toc = ' toc="ncx"' if ncx is not None else ""
    opf = ('<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
           '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>The Harbour Ledger'
           '</dc:title><dc:language>en</dc:language></metadata>'
           f"<manifest>{items}</manifest><spine{toc}>{refs}</spine></package>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", "application/epub+zip", zipfile.ZIP_STORED)
        zf.writestr("META-INF/container.xml",
                    '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:'
                    'opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/'
                    'content.opf" media-type="application/oebps-package+xml"/></rootfiles>'
                    "</container>")
        zf.writestr("OEBPS/content.opf", opf)
        if nav is not None:
            zf.writestr("OEBPS/nav.xhtml", page(nav))
        if ncx is not None:
            zf.writestr("OEBPS/toc.ncx", '<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/'
                        f'z3986/2005/ncx/" version="2005-1"><navMap>{ncx}</navMap></ncx>')
        for name, content in parts.items():
            zf.writestr(f"OEBPS/{name}", content)
    return path


Entry = tuple[str, str, list["Entry"]]  # title, href ("" for none), entries within


def nav_list(entries: list[Entry]) -> str:
    """The contents' ``<ol>``."""
    items = []
    for title, href, children in entries:
        label = f'<a href="{href}">{title}</a>' if href else f"<span>{title}</span>"
        items.append(f"<li>{label}{nav_list(children) if children else ''}</li>")
    return f"<ol>{''.join(items)}</ol>"


def starts(article) -> list[tuple[str, int, str]]:
    """Each section's title, level and first words."""
    return [(s.title, s.level, article.text[s.start : s.end].split("\n")[0][:30])
            for s in article.sections]


def test_nested_nav_contents_with_entries_inside_a_part(tmp_path):
    parts = {
        "title.xhtml": page("<h1>The Harbour Ledger</h1><p>A novel of the coast.</p>"),
        "part1.xhtml": page("<h1>Part One: Winter</h1>"
                            '<section id="c1"><h2>The Ledger</h2>' + story("harbour") +
                            '</section><section id="c2"><h2>The Storm</h2>' + story("storm") +
                            "</section>"),
        "part2.xhtml": page("<h1>Part Two: Spring</h1>" + story("orchard", 2)
                            + '<h2 id="c3">The Thaw</h2>' + story("river") +
                            '<p>Then the ice went out.<a id="c4"/></p><h2>The Boats</h2>'
                            + story("boat")),
    }
    nav = ('<nav epub:type="toc"><h1>Contents</h1>' + nav_list([
        ("Title Page", "title.xhtml", []),
        ("Part One: Winter", "part1.xhtml", [("1. The Ledger", "part1.xhtml#c1", []),
                                             ("2. The Storm", "part1.xhtml#c2", [])]),
        ("Part Two: Spring", "part2.xhtml", [("3. The Thaw", "part2.xhtml#c3", []),
                                             ("4. The Boats", "part2.xhtml#c4", [])]),
    ]) + "</nav>")
    article = load(make_epub(tmp_path / "b.epub", parts, nav=nav))
    assert starts(article) == [
        ("Title Page", 1, "A novel of the coast."),  # (the book's title is its header)
        ("Part One: Winter", 1, "Part One: Winter"),
        ("1. The Ledger", 2, "The Ledger"),
        ("2. The Storm", 2, "The Storm"),
        ("Part Two: Spring", 1, "Part Two: Spring"),
        ("3. The Thaw", 2, "The Thaw"),
        ("4. The Boats", 2, "The Boats"),  # the anchor at the end of a paragraph: what follows
    ]
    part_one, ledger, storm, part_two = article.sections[1:5]
    assert part_one.end == storm.end and ledger.end < storm.start < part_two.start
    text = article.text
    assert "The storm keeper" not in text[ledger.start : ledger.end]
    assert "The storm keeper" in text[storm.start : storm.end]
    assert text[storm.end :].lstrip().startswith("Part Two")

    analysis = analyze(article)
    by_title = {s.title: analysis.sections[k].summary for k, s in enumerate(article.sections)}
    assert all("harbour" in analysis.span_text(x) for x in by_title["1. The Ledger"])
    assert all("orchard" in analysis.span_text(x) for x in by_title["Part Two: Spring"])


def test_the_ncx_when_there_is_no_navigation_document(tmp_path):
    parts = {f"ch{k}.xhtml": page(f"<h2>Chapter {k}</h2>" + story(topic))
             for k, topic in enumerate(["harbour", "storm", "river"], 1)}
    parts["ch3.xhtml"] = page('<h2>Chapter 3</h2>' + story("river", 2) +
                              '<h3 id="sec">Below the bridge</h3>' + story("bridge", 2))

    def point(title: str, src: str, inner: str = "") -> str:
        return (f"<navPoint><navLabel><text>{title}</text></navLabel>"
                f'<content src="{src}"/>{inner}</navPoint>')

    ncx = (point("Chapter 1", "ch1.xhtml") + point("Chapter 2", "ch2.xhtml")
           + point("Chapter 3", "ch3.xhtml", point("Below the bridge", "ch3.xhtml#sec")))
    article = load(make_epub(tmp_path / "b.epub", parts, ncx=ncx))
    assert starts(article) == [("Chapter 1", 1, "Chapter 1"), ("Chapter 2", 1, "Chapter 2"),
                               ("Chapter 3", 1, "Chapter 3"),
                               ("Below the bridge", 2, "Below the bridge")]


def test_the_nav_wins_over_the_ncx_and_missing_targets_fall_back_to_the_parts_start(tmp_path):
    parts = {"a.xhtml": page("<h2>Alpha</h2>" + story("harbour")),
             "b.xhtml": page("<h2>Beta</h2>" + story("storm"))}
    nav = ('<nav epub:type="toc">' + nav_list([("Alpha", "a.xhtml", []),
                                               ("Beta", "b.xhtml#gone", []),
                                               ("Nowhere", "missing.xhtml", [])]) + "</nav>")
    ncx = ("<navPoint><navLabel><text>Only in the NCX</text></navLabel>"
           '<content src="a.xhtml"/></navPoint>')
    article = load(make_epub(tmp_path / "b.epub", parts, nav=nav, ncx=ncx))
    assert starts(article) == [("Alpha", 1, "Alpha"), ("Beta", 1, "Beta")]


def test_a_heading_of_the_contents_without_a_link_begins_with_its_first_entry(tmp_path):
    parts = {"a.xhtml": page("<h2>One</h2>" + story("harbour")),
             "b.xhtml": page("<h2>Two</h2>" + story("storm"))}
    nav = ('<nav epub:type="toc">' + nav_list([("Book One", "", [("One", "a.xhtml", []),
                                                                 ("Two", "b.xhtml", [])])])
           + "</nav>")
    article = load(make_epub(tmp_path / "b.epub", parts, nav=nav))
    assert starts(article) == [("Book One", 1, "One"), ("One", 2, "One"), ("Two", 2, "Two")]


def test_front_and_back_matter_are_sections_marked_as_such(tmp_path):
    parts = {
        "copy.xhtml": page('<section epub:type="copyright-page"><p>Copyright 2024 Ada Quill. '
                           "All rights reserved.</p><p>Printed by the Harbour Press.</p>"
                           "</section>"),
        "contents.xhtml": page('<nav epub:type="toc"><h1>Contents</h1>' + nav_list(
            [("Copyright", "copy.xhtml", []), ("Contents", "contents.xhtml", []),
             ("Chapter 1", "ch1.xhtml", []), ("Index", "index.xhtml", [])]) + "</nav>"),
        "ch1.xhtml": page("<h2>Chapter 1</h2>" + story("harbour", 6)),
        "index.xhtml": page('<section epub:type="index"><h2>Index</h2><p>harbour, 1, 4</p>'
                            "<p>ledger, 2</p></section>"),
    }
    article = load(make_epub(tmp_path / "b.epub", parts, nav_part="contents.xhtml"))
    assert [(s.title, s.matter) for s in article.sections] == [
        ("Copyright", "copyright"), ("Contents", "contents"), ("Chapter 1", ""),
        ("Index", "index")]
    analysis = analyze(article)
    assert [bool(s.summary) for s in analysis.sections] == [False, False, True, False]


def test_parts_out_of_the_reading_order_begin_no_section(tmp_path):
    parts = {"a.xhtml": page("<h2>One</h2>" + story("harbour")),
             "notes.xhtml": page("<h2>Notes</h2><p>A note on the harbour and its keeper.</p>"),
             "b.xhtml": page("<h2>Two</h2>" + story("storm"))}
    nav = ('<nav epub:type="toc">' + nav_list([("One", "a.xhtml", []),
                                               ("Notes", "notes.xhtml", []),
                                               ("Two", "b.xhtml", [])]) + "</nav>")
    article = load(make_epub(tmp_path / "b.epub", parts, nav=nav, linear_no=("notes.xhtml",)))
    assert [s.title for s in article.sections] == ["One", "Two"]
