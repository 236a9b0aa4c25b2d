"""Web pages and pasted text in the library: kept like files, found again by address or
content, fetched again with the reader's highlights found again, nothing kept of a failure."""

from __future__ import annotations

import sqlite3

import pytest

from reader.core.anchoring import make_anchor
from reader.core.errors import ReaderError
from reader.core.fetch import Page, fetch
from reader.core.loaders import load
from reader.core.loaders.webpage import load_page
from reader.core.pasted import NO_TEXT, pasted_document
from reader.library import Library, schema

from .webserver import (
    ARTICLE_PARAGRAPHS,
    ARTICLE_TITLE,
    ARTICLE_V2_PARAGRAPHS,
    CP1252_TEXT,
    Reply,
    WebServer,
    page,
)


@pytest.fixture
def web():
    server = WebServer()
    yield server
    server.close()


@pytest.fixture
def lib(tmp_path):
    library = Library(tmp_path / "data")
    yield library
    library.close()


def _stored(lib: Library) -> list[str]:
    return sorted(lib.store.names())


def test_a_page_is_kept_with_its_address_and_found_again_by_it(web, lib):
    fetched = fetch(web.url("/redirect/ok"))
    record, new = lib.add_page(fetched, opened=True)
    assert new and record.origin == "web" and record.title == ARTICLE_TITLE
    assert record.address == record.source_path == web.url("/article")  # the final address
    assert record.site == "127.0.0.1" and record.fetched_at and record.opened_at
    assert lib.original(record).read_bytes() == fetched.body
    assert load(lib.original(record)).text == load_page(fetched).text  # offline, the same text
    # asked for again by the address as given, or as it ended up, or its content elsewhere
    assert lib.find_address(web.url("/redirect/ok")).id == record.id
    assert lib.find_address(web.url("/article#comments")).id == record.id
    assert lib.find_address(web.url("/elsewhere")) is None
    again, new = lib.add_page(fetch(web.url("/article")))
    assert not new and again.id == record.id
    web.set("/copy", Reply(200, {"Content-Type": "text/html; charset=utf-8"}, fetched.body))
    same, new = lib.add_page(fetch(web.url("/copy")))
    assert not new and same.id == record.id and lib.count() == 1
    assert lib.search("marigolds")[0].id == record.id


def test_a_page_in_another_encoding_is_kept_so_it_reads_the_same_offline(web, lib):
    fetched = fetch(web.url("/cp1252"))
    record, _ = lib.add_page(fetched)
    text = load(lib.original(record)).text
    assert text == load_page(fetched).text and CP1252_TEXT in " ".join(text.split())


def test_fetch_again_replaces_the_copy_and_keeps_the_highlights_anchored(web, lib):
    html = {"Content-Type": "text/html; charset=utf-8"}

    def article(paragraphs: list[str]) -> bytes:
        return (f"<html><head><title>{ARTICLE_TITLE}</title></head><body><article>"
                f"<h1>{ARTICLE_TITLE}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
                + "</article></body></html>").encode()

    web.set("/story", Reply(200, html, article(ARTICLE_PARAGRAPHS)))
    first = fetch(web.url("/story"))
    record, _ = lib.add_page(first, load_page(first))
    old_copy = record.stored_name
    text = load_page(first).text
    kept_words = "bring back seeds from their best plants"  # in a paragraph that stays
    lost_words = "every drawer of beans and marigolds"  # in the one that is rewritten
    for words in (kept_words, lost_words):
        start = text.index(words)
        lib.add_highlight(record.id, make_anchor(text, start, start + len(words)), "mine")
    lib.set_tags(record.id, ["seeds"])

    web.set("/story", Reply(200, html, article(ARTICLE_V2_PARAGRAPHS)))
    updated = lib.refetch(record.id, fetch(web.url("/story")))
    assert updated.id == record.id and updated.stored_name != old_copy
    assert updated.tags == ["seeds"] and lib.count() == 1
    assert old_copy not in lib.store.names() and updated.stored_name in lib.store.names()
    new_text = load(lib.original(updated)).text
    assert new_text.startswith("Update:") and "marigolds" not in new_text
    kept, lost = sorted(lib.highlights(record.id), key=lambda h: h.detached)
    assert not kept.detached and new_text[kept.start:kept.end] == kept_words
    assert kept.start != text.index(kept_words)  # it moved with the new first paragraph
    assert lost.detached and lost.quote == lost_words and lost.note == "mine"
    assert [r.id for r in lib.search("repainted")] == [record.id]
    assert lib.search("marigolds")[0].matched_in == ["notes"]  # only the reader's note has it

    # the same content again changes nothing but the time it was fetched
    again = lib.refetch(record.id, fetch(web.url("/story")))
    assert again.stored_name == updated.stored_name and again.fetched_at >= updated.fetched_at


def test_a_page_that_cannot_be_read_leaves_nothing(web, lib):
    web.set("/fake.pdf", Reply(200, {"Content-Type": "application/pdf"}, b"%PDF-1.4 not really"))
    with pytest.raises(ReaderError):
        lib.add_page(fetch(web.url("/fake.pdf")))
    assert lib.count() == 0 and _stored(lib) == []


def test_a_failed_write_leaves_nothing(web, lib, monkeypatch):
    fetched = fetch(web.url("/article"))

    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr("reader.library.keeping._index", broken)
    with pytest.raises(ReaderError, match="could not be added to the library"):
        lib.add_page(fetched)
    monkeypatch.undo()
    assert lib.count() == 0 and lib.find_address(web.url("/article")) is None


def test_pasted_html_and_text_are_kept_with_their_titles(lib):
    clipboard = ('<meta charset="utf-8"><html><body><!--StartFragment-->'
                 "<h2>Night Ferry Timetable</h2><p>From Monday the last ferry leaves at "
                 "eleven.</p><p>Tickets are sold on board.</p><!--EndFragment--></body></html>")
    data, suffix, title = pasted_document(clipboard, "Night Ferry Timetable\nFrom Monday ...")
    assert (suffix, title) == (".html", "Night Ferry Timetable")
    record, new = lib.add_pasted(data, suffix, title, opened=True)
    assert new and record.origin == "pasted" and record.title == "Night Ferry Timetable"
    assert record.address is None and record.site is None and record.source_path is None
    assert "the last ferry leaves at eleven" in load(lib.original(record)).text
    again, new = lib.add_pasted(data, suffix, title)
    assert not new and again.id == record.id

    text = "A short note\n\nThe bakery on Mill Street now opens at six on weekdays.\n"
    data, suffix, title = pasted_document(None, text)
    assert (suffix, title) == (".txt", "A short note")
    record, new = lib.add_pasted(data, suffix, title)
    assert new and record.display_title == "A short note" and lib.count() == 2


def test_a_blank_clipboard_is_refused():
    for html, text in ((None, None), ("", "  \n"), ("<p> </p>", None)):
        with pytest.raises(ReaderError, match=NO_TEXT):
            pasted_document(html, text)


def test_a_long_first_line_is_shortened_between_words():
    _, _, title = pasted_document(None, "word " * 40)
    assert len(title) <= 80 and title.endswith("word…")


def test_a_page_without_a_title_is_named_by_its_address(lib):
    body = page("Only a line of text without a heading.", title="").encode()
    body = body.replace(b"<title></title>", b"").replace(b"<h1></h1>", b"")
    fetched = Page("https://www.example.org/news/tide-mills", "https://www.example.org/news/"
                   "tide-mills", "text/html", "utf-8", body, ".html", 0.1)
    record, _ = lib.add_page(fetched)
    assert record.title is None
    assert record.display_title == "example.org › news › tide-mills"


def test_a_version_3_library_gains_the_web_columns(tmp_path, samples):
    folder = tmp_path / "data"
    lib = Library(folder)
    record, _ = lib.add(samples / "en-river-school.txt")
    lib.close()
    conn = sqlite3.connect(folder / "library.sqlite3")
    conn.execute("DROP INDEX articles_address")
    conn.execute("DROP INDEX articles_source")
    for column in ("fetched_at", "address", "origin"):
        conn.execute(f"ALTER TABLE articles DROP COLUMN {column}")
    conn.execute(f"PRAGMA user_version = {schema.WEB - 1}")
    conn.commit()
    conn.close()
    lib = Library(folder)
    try:
        assert schema.version(lib.conn) == schema.LATEST
        old = lib.get(record.id)
        assert old.origin == "file" and old.address is None and old.fetched_at is None
    finally:
        lib.close()
