"""Speed of sections and recaps on long books; prints the figures.

usage: python bench/sections.py [--chapters N] [--chars C] [--recap-words W] [--epubs FOLDER]
       (default: 2,000 chapters, 6,000,000 characters; a 200,000-word book for the recap;
        FOLDER: ../shared/corpus/documents/epub, whose books' sections are counted first)

Goals (issue 20): a 2,000-chapter, 6-million-character book loaded and analysed with every
section's summary in at most 8 s; a recap of a 200,000-word book at 50 % in at most 0.5 s.
Both books are plain text with "Chapter N" headings, built here (bench/analyze_time's generated
prose cut into chapters); the big one is timed as a plain-text file and as an EPUB with a
navigation document. Imports are warmed up first; every time is the best of two runs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
EPUBS = ROOT.parent / "shared" / "corpus" / "documents" / "epub"

T = TypeVar("T")
WORDS_PER_CHAR = 1 / 7.0  # the generated prose: about seven characters a word


def book_chapters(words: int, chapters: int, seed: int = 1) -> list[list[str]]:
    """``chapters`` lists of paragraphs, about ``words`` words in all."""
    from analyze_time import make_article

    paragraphs = make_article(words, seed).split("\n\n")[1:]
    per = max(1, len(paragraphs) // chapters)
    out = [paragraphs[k * per : (k + 1) * per] for k in range(chapters)]
    out[-1] += paragraphs[chapters * per :]
    return out


def book_text(chapters: list[list[str]]) -> str:
    parts = ["The Generated Book"]
    for k, paragraphs in enumerate(chapters, 1):
        parts.append(f"Chapter {k}")
        parts.extend(paragraphs)
    return "\n\n".join(parts) + "\n"


def book_epub(path: Path, chapters: list[list[str]]) -> Path:
    """The same book as an EPUB 3: a part per chapter, a navigation document listing them."""
    xhtml = ('<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
             '<head><title>c</title></head><body>{}</body></html>')
    names = [f"c{k}.xhtml" for k in range(1, len(chapters) + 1)]
    items = "".join(f'<item id="i{k}" href="{n}" media-type="application/xhtml+xml"/>'
                    for k, n in enumerate(names))
    spine = "".join(f'<itemref idref="i{k}"/>' for k in range(len(names)))
    nav = "".join(f'<li><a href="{n}">Chapter {k}</a></li>' for k, n in enumerate(names, 1))
    opf = ('<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
           '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>The Generated Book'
           '</dc:title><dc:language>en</dc:language></metadata><manifest>'
           f'{items}<item id="nav" href="nav.xhtml" properties="nav" '
           f'media-type="application/xhtml+xml"/></manifest><spine>{spine}</spine></package>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", "application/epub+zip", zipfile.ZIP_STORED)
        zf.writestr("META-INF/container.xml",
                    '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:'
                    'opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/'
                    'content.opf" media-type="application/oebps-package+xml"/></rootfiles>'
                    '</container>')
        zf.writestr("OEBPS/content.opf", opf)
        zf.writestr("OEBPS/nav.xhtml", xhtml.format(
            '<nav xmlns:epub="http://www.idpf.org/2007/ops" epub:type="toc"><ol>'
            f"{nav}</ol></nav>"))
        for k, (name, paragraphs) in enumerate(zip(names, chapters, strict=True), 1):
            body = f"<h1>Chapter {k}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
            zf.writestr(f"OEBPS/{name}", xhtml.format(body))
    return path


def best(run: Callable[[], T], times: int = 2) -> tuple[float, T]:
    elapsed, result = float("inf"), None
    for _ in range(times):
        t0 = time.perf_counter()
        result = run()
        elapsed = min(elapsed, time.perf_counter() - t0)
    assert result is not None
    return elapsed, result


def count_epubs(folder: Path) -> None:
    """How many sections (and levels, and of them front or back matter) each EPUB gives."""
    from reader.core.loaders import load

    books = sorted(folder.glob("*.epub")) if folder.is_dir() else []
    if not books:
        print(f"no EPUB books at {folder}: their sections are not counted")
        return
    print(f"sections of the EPUB books in {folder}")
    for path in books:
        article = load(path)
        levels = max((s.level for s in article.sections), default=0)
        matter = sum(1 for s in article.sections if s.matter)
        print(f"  {len(article.sections):>4} sections, {levels} level{'s' if levels != 1 else ''}"
              f", {matter:>2} front/back matter  {path.name}")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--chapters", type=int, default=2000)
    p.add_argument("--chars", type=int, default=6_000_000)
    p.add_argument("--recap-words", type=int, default=200_000)
    p.add_argument("--epubs", type=Path, default=EPUBS)
    args = p.parse_args()
    count_epubs(args.epubs)

    from reader.core.loaders import load
    from reader.core.loaders.text import article_from_text
    from reader.core.pipeline import analyze, analyze_file, recap

    analyze(article_from_text("Warm Up\n\nChapter 1\n\nThe ferry left at noon today.\n\n"
                              "Chapter 2\n\nThe ferry came back at dusk today."))
    with tempfile.TemporaryDirectory() as tmp:
        chapters = book_chapters(int(args.chars * WORDS_PER_CHAR), args.chapters)
        text_path = Path(tmp) / "book.txt"
        text_path.write_text(book_text(chapters), encoding="utf-8")
        epub_path = book_epub(Path(tmp) / "book.epub", chapters)
        print(f"{args.chapters:,}-chapter book")
        for label, path in (("plain text", text_path), ("EPUB", epub_path)):
            seconds, analysis = best(lambda path=path: analyze_file(path))  # type: ignore[misc]
            art = analysis.article
            load_s, _ = best(lambda path=path: load(path), 1)  # type: ignore[misc]
            said = sum(len(s.summary) for s in analysis.sections)
            print(f"  {label:<10}: {len(art.text):,} characters, {len(art.sections):,} sections, "
                  f"{said:,} section summary sentences; load + analysis {seconds:.2f} s "
                  f"(load alone {load_s:.2f} s)", flush=True)

        words = args.recap_words
        article = article_from_text(book_text(book_chapters(words, 200, seed=2)))
        analysis = analyze(article)
        for share in (0.1, 0.5, 0.9):
            seconds, done = best(lambda share=share: recap(  # type: ignore[misc]
                analysis, int(len(article.text) * share)))
            print(f"recap of a {words:,}-word book at {share:.0%}: {seconds:.3f} s "
                  f"({len(done.summary)} summary sentences, {len(done.quotes)} quotes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
