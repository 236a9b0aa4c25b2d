"""PDF sections come from the outline (bookmarks), nested as it nests them: a section begins at
the line that carries its bookmark's title, or where its page begins; a PDF without an outline
has none (its type sizes are not guessed from). Every PDF is written here."""

from __future__ import annotations

from pathlib import Path

from reader.core.loaders import load
from reader.core.pipeline import analyze

Mark = tuple[str, int, list["Mark"]]  # title, page (from 0), bookmarks within


def _esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def write_pdf(path: Path, pages: list[list[str]], outline: list[Mark] | None = None,
              title: str = "The Harbour Report") -> Path:
    """Pages of Helvetica lines (a line starting with "# " is set large, as a heading), and a
    nested outline."""
    objects: list[str] = []

    def reserve() -> int:
        objects.append("")
        return len(objects)

    def put(num: int, body: str) -> int:
        objects[num - 1] = body
        return num

    font = put(reserve(), "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    pages_id = reserve()
    page_ids = []
    for lines in pages:
        ops, y = [], 740.0
        for line in lines:
            size = 18 if line.startswith("# ") else 11
            ops.append(f"BT /F1 {size} Tf 1 0 0 1 72 {y:g} Tm ({_esc(line.removeprefix('# '))})"
                       " Tj ET")
            y -= size * 1.4
        stream = "\n".join(ops)
        content = put(reserve(), f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
        page_ids.append(put(reserve(), f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox "
                                       f"[0 0 612 792] /Resources << /Font << /F1 {font} 0 R "
                                       f">> >> /Contents {content} 0 R >>"))
    put(pages_id, f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] "
                  f"/Count {len(page_ids)} >>")

    def marks(entries: list[Mark], parent: int) -> tuple[int, int, int]:
        ids = [reserve() for _ in entries]
        total = len(entries)
        for i, (label, page, children) in enumerate(entries):
            links = f"/Parent {parent} 0 R"
            links += f" /Prev {ids[i - 1]} 0 R" if i else ""
            links += f" /Next {ids[i + 1]} 0 R" if i + 1 < len(ids) else ""
            if children:
                first, last, count = marks(children, ids[i])
                links += f" /First {first} 0 R /Last {last} 0 R /Count {count}"
                total += count
            put(ids[i], f"<< /Title ({_esc(label)}) {links} "
                        f"/Dest [{page_ids[page]} 0 R /XYZ null null null] >>")
        return ids[0], ids[-1], total

    extra = ""
    if outline:
        root = reserve()
        first, last, count = marks(outline, root)
        put(root, f"<< /Type /Outlines /First {first} 0 R /Last {last} 0 R /Count {count} >>")
        extra = f" /Outlines {root} 0 R"
    catalog = put(reserve(), f"<< /Type /Catalog /Pages {pages_id} 0 R{extra} >>")
    info = put(reserve(), f"<< /Title ({_esc(title)}) >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R /Info {info} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    path.write_bytes(bytes(out))
    return path


def body(topic: str, n: int = 6) -> list[str]:
    """Lines of running text about ``topic``, each sentence ending on its own line."""
    return [f"The {topic} survey on day {k} found the {topic} in good order and well kept."
            for k in range(1, n + 1)]


def test_the_outline_gives_nested_sections_at_their_titles(tmp_path):
    pages = [["Contents", "1 Harbour 2", "2 Ferries 3"],
             ["# 1 Harbour", *body("harbour"), "# 1.1 The Quay", *body("quay")],
             ["# 2 Ferries", *body("ferry")],
             [*body("timetable"), "# 2.1 Timetables", *body("schedule")]]
    outline: list[Mark] = [("Contents", 0, []),
                           ("1 Harbour", 1, [("1.1 The Quay", 1, [])]),
                           ("2 Ferries", 2, [("2.1 Timetables", 3, [])])]
    article = load(write_pdf(tmp_path / "r.pdf", pages, outline))
    got = [(s.title, s.level, s.matter, article.text[s.start : s.end].split("\n")[0])
           for s in article.sections]
    assert got == [("Contents", 1, "contents", "Contents"),
                   ("1 Harbour", 1, "", "1 Harbour"),
                   ("1.1 The Quay", 2, "", "1.1 The Quay"),
                   ("2 Ferries", 1, "", "2 Ferries"),
                   ("2.1 Timetables", 2, "", "2.1 Timetables")]
    harbour, quay, ferries, timetables = article.sections[1:]
    assert harbour.end == quay.end < ferries.start
    assert "timetable survey" in article.text[ferries.start : timetables.start]
    assert ferries.end == timetables.end == len(article.text)
    analysis = analyze(article)
    assert analysis.sections[0].summary == []  # the contents: matter, no summary
    for section, said in zip(article.sections[1:], analysis.sections[1:], strict=True):
        assert said.summary
        assert all(section.start <= s.start and s.end <= section.end for s in said.summary)


def test_a_bookmark_whose_title_is_not_on_its_page_begins_with_the_next_paragraph(tmp_path):
    pages = [["# Harbour", *body("harbour")],
             [*body("quay", 3), "", *body("ferry", 3)]]
    article = load(write_pdf(tmp_path / "r.pdf", pages,
                             [("Harbour", 0, []), ("Mistitled", 1, [])]))
    titles = [s.title for s in article.sections]
    assert titles == ["Harbour", "Mistitled"]
    mistitled = article.sections[1]
    # never inside a paragraph: the page's first lines go on with the paragraph before
    assert any(p.start == mistitled.start for p in article.paragraphs)
    assert article.text[mistitled.start :].startswith("The ferry survey on day 1")


def test_a_pdf_without_an_outline_has_no_sections(tmp_path):
    pages = [["# 1 Harbour", *body("harbour")], ["# 2 Ferries", *body("ferry")]]
    article = load(write_pdf(tmp_path / "r.pdf", pages))
    assert article.sections == []
    assert analyze(article).sections == []
