"""Searching a book piece by piece (so that the window keeps running meanwhile) finds what one
search over the whole text finds, for the patterns Margin searches books with."""

from __future__ import annotations

from reader.core.quotes import context, speakers
from reader.core.scanning import findall, finditer, pieces
from reader.ui import links


def _book() -> str:
    chapters = []
    for k in range(2500):
        chapters.append(
            f"Chapter {k}\n\n“We will not,” said the Keeper, and d’Inès walked to l’Aquila. "
            f"She went on: it was M. Durand who wrote.\nThe lamp was lit at seven.   "
            f"See https://example.org/page/{k}) or mailto:keeper{k}@example.org. "
            + ("A very long line of words without a break " * (40 if k % 97 == 0 else 1)))
    return "\n\n".join(chapters)


def test_the_pieces_cover_the_text_in_order_and_cut_before_line_breaks():
    text = _book() + " " + "x" * 70_000 + " tail words"
    spans = list(pieces(text, 4096))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(text[end] == "\n" for _, end in spans[:50])
    assert max(end - start for start, end in spans) <= 4096


def test_piece_by_piece_finds_the_same_words_names_and_addresses():
    text = _book()
    assert len(list(pieces(text))) > 20
    for pattern in (context._SENTENCE_START, context._CAPITALISED, context._AFTER_INITIAL,
                    context._SMALL_WORD):
        found = findall(pattern, text)
        assert found == pattern.findall(text) and found
    elisions = [m.span() for m in finditer(speakers._ELISION, text)]
    assert elisions == [m.span() for m in speakers._ELISION.finditer(text)] and elisions
    assert [a[2] for a in links.addresses(text)][:3] == [
        "https://example.org/page/0", "mailto:keeper0@example.org",
        "https://example.org/page/1"]
    assert len(list(links.addresses(text))) == links.MAX_LINKS
