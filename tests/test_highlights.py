"""The reader's highlights: anchored by range and by quote with context, found again when the
text changes (or kept as detached), stored at once, searched, kept or dropped with their
article, and brought along by the schema's migration."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.anchoring import (
    COLOURS,
    Anchor,
    count_quote,
    find_anchor,
    find_quote,
    make_anchor,
)
from reader.core.loaders import load
from reader.library import Highlight, Library, LibraryError, schema

from .helpers import ROOT, SAMPLES, clock_moves_on

RIVER = SAMPLES / "en-river-school.txt"

TEXT = ("The council met on Monday to discuss the new bridge. "
        "Residents said the bridge would bring traffic. "
        "The mayor said the bridge would bring trade and visitors to the old town. "
        "In the end the vote was close, and the bridge was approved.")


def _anchor_of(text: str, quote: str, occurrence: int = 1) -> Anchor:
    span = find_quote(text, quote, occurrence)
    assert span is not None
    return make_anchor(text, *span)


# --- anchoring ------------------------------------------------------------------------------------

def test_an_anchor_is_the_quote_with_the_text_around_it():
    start = TEXT.index("to discuss")
    anchor = make_anchor(TEXT, start - 1, start + len("to discuss") + 1)  # white space off
    assert anchor.start == start and TEXT[anchor.start:anchor.end] == anchor.quote
    assert anchor.quote == "to discuss"
    assert anchor.prefix == TEXT[:start] and len(anchor.prefix) < 32  # the text starts there
    assert anchor.suffix == TEXT[anchor.end:anchor.end + 32] and len(anchor.suffix) == 32
    edge = make_anchor(TEXT, 0, 3)
    assert edge.prefix == "" and edge.quote == "The"
    for bad in [(-1, 3), (5, 5), (10, 4), (0, len(TEXT) + 1), (3, 4)]:  # (3, 4) is a space
        with pytest.raises(ValueError):
            make_anchor(TEXT, *bad)


def test_a_quote_is_found_exactly_but_for_white_space_and_by_its_occurrence():
    text = "One  bridge\nover the river.\n\nOne bridge over the river, said she. one bridge"
    assert find_quote(text, "One bridge over the river") == (0, 26)
    second = find_quote(text, "One bridge over\tthe river", 2)
    assert second is not None and text[second[0]:second[1]] == "One bridge over the river"
    assert second[0] > 26
    assert find_quote(text, "One bridge", 3) is None  # "one bridge": case counts
    assert count_quote(text, "One bridge") == 2 and count_quote(text, "bridge") == 3
    assert find_quote(text, "bridge over river") is None
    assert find_quote(text, "   ") is None
    # Chinese and Japanese: spaces where the text has none, and the other way round
    assert find_quote("图书馆 今天 开门。", "图书馆今天开门") == (0, 9)
    assert find_quote("图书馆今天开门。", "图书馆 今天") == (0, 5)


def test_the_position_is_used_while_the_text_is_unchanged():
    text = "la " * 40 + "end"
    anchor = _anchor_of(text, "la", 17)  # the same words and context all around it
    assert find_anchor(text, anchor) == (anchor.start, anchor.end)


def test_text_changed_before_and_after_is_found_again_by_quote_and_context():
    anchor = _anchor_of(TEXT, "trade and visitors")
    changed = ("A new first paragraph, added by a newer reading of the file.\n\n"
               + TEXT.replace("In the end the vote was close", "The vote, in the end, was close"))
    found = find_anchor(changed, anchor)
    assert found is not None and changed[found[0]:found[1]] == "trade and visitors"
    assert found[0] == anchor.start + changed.index("The council")
    # the words right beside it changed too (a little): still its context
    edited = changed.replace("bring trade", "bring in trade").replace("to the old", "to our old")
    found = find_anchor(edited, anchor)
    assert found is not None and edited[found[0]:found[1]] == "trade and visitors"
    # a newer Margin joins the lines differently: white space does not count
    spaced = TEXT.replace("trade and visitors", "trade\nand  visitors")
    found = find_anchor(spaced, anchor)
    assert found is not None and spaced[found[0]:found[1]] == "trade\nand  visitors"


def test_a_repeated_quote_is_told_apart_by_its_context_not_its_old_position():
    anchor = _anchor_of(TEXT, "the bridge", 3)  # "… and the bridge was approved."
    assert TEXT[anchor.end:].startswith(" was approved") and count_quote(TEXT, "the bridge") == 3
    # text goes in before them all, so much that the one before now stands where it stood
    before = find_quote(TEXT, "the bridge", 2)
    assert before is not None
    preface = ("Preface. " * 40)[:anchor.start - before[0] - 2] + "\n\n"
    changed = preface + TEXT
    assert find_quote(changed, "the bridge", 2) == (anchor.start, anchor.end)
    found = find_anchor(changed, anchor)
    assert found == (anchor.start + len(preface), anchor.end + len(preface))
    assert changed[found[1]:].startswith(" was approved")


def test_a_quote_that_changed_a_little_is_bracketed_by_its_context():
    anchor = _anchor_of(TEXT, "the vote was close")
    changed = TEXT.replace("the vote was close", "the vote was very close")
    found = find_anchor(changed, anchor)
    assert found is not None and changed[found[0]:found[1]] == "the vote was very close"


def test_a_highlight_whose_words_are_gone_is_lost_not_moved_elsewhere():
    anchor = _anchor_of(TEXT, "Monday")
    assert find_anchor("A different article about the weather on Sunday.", anchor) is None
    # "bridge" is still in the text, but nothing around this one is left: lost, not guessed
    word = _anchor_of(TEXT, "bridge", 2)
    rewritten = "Some wholly new words here. The bridge opens in May next year, they say."
    assert find_anchor(rewritten, word) is None


_TEXT = st.lists(st.sampled_from(list("ab c\n.中“”") + ["the", " river "]), min_size=1,
                max_size=200).map("".join)


@settings(max_examples=200, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT, st.integers(0, 400), st.integers(1, 60), st.text(max_size=80))
def test_any_anchor_is_found_where_it_was_and_then_wherever_it_went(text, at, length, added):
    start, end = min(at, len(text) - 1), min(at + length, len(text))
    try:
        anchor = make_anchor(text, start, end)
    except ValueError:  # only white space there
        assert not text[start:end].strip()
        return
    assert find_anchor(text, anchor) == (anchor.start, anchor.end)
    changed = added + text  # whatever went in before it, it is found with its own words
    found = find_anchor(changed, anchor)
    assert found is not None
    assert changed[found[0]:found[1]] == anchor.quote
    if added.split() == []:  # nothing but white space went in: the same place, shifted
        assert found == (anchor.start + len(added), anchor.end + len(added))


def test_colours():
    assert COLOURS == ("yellow", "green", "blue", "pink", "purple")


# --- the library ----------------------------------------------------------------------------------

@pytest.fixture
def lib(tmp_path):
    library = Library(tmp_path / "data")
    yield library
    library.close()


@pytest.fixture
def river(lib, tmp_path):
    """The river article in the library, its text as Margin reads it."""
    path = tmp_path / "river.txt"
    shutil.copy(RIVER, path)
    article = load(path)
    record, _ = lib.add(path, article)
    return record, article.text, path


def test_highlights_are_kept_in_text_order_with_counts_and_filters(lib, river):
    record, text, _ = river
    late = lib.add_highlight(record.id, _anchor_of(text, "We chose the river."), "the motto",
                             "green")
    early = lib.add_highlight(record.id, _anchor_of(text, "thirty-two pupils"))
    assert early.color == "yellow" and early.note == "" and early.created > 0
    assert early.title == "A School That Follows the River" and early.author == "Hannah Okafor"
    assert [h.id for h in lib.highlights(record.id)] == [early.id, late.id]
    h = lib.highlights(record.id)[1]
    assert (h.quote, h.note, h.color) == ("We chose the river.", "the motto", "green")
    assert text[h.start:h.end] == h.quote and not h.detached
    got = lib.get(record.id)
    assert (got.highlights, got.notes) == (2, 1)
    other, _ = lib.add(SAMPLES / "de-stadtbibliothek.txt")
    assert lib.get(other.id).highlights == 0
    assert [r.id for r in lib.articles(with_notes=True)] == [record.id]
    assert {r.id for r in lib.articles()} == {record.id, other.id}
    with pytest.raises(ValueError):
        lib.add_highlight(record.id, _anchor_of(text, "barge"), color="orange")
    with pytest.raises(LibraryError, match="no article 999"):
        lib.add_highlight(999, _anchor_of(text, "barge"))


def test_a_change_is_in_the_library_when_the_call_returns(lib, river):
    record, text, _ = river
    h = lib.add_highlight(record.id, _anchor_of(text, "a wood stove"), "warm")
    clock_moves_on()  # the next stamp is a later one
    changed = lib.update_highlight(h.id, note="  warm and dry  ", color="pink")
    assert (changed.note, changed.color) == ("warm and dry", "pink")
    assert changed.updated > h.updated and changed.created == h.created
    other = Library(lib.folder)  # another connection, as another process would have
    try:
        seen = other.highlights(record.id)
        assert [(x.id, x.note, x.color) for x in seen] == [(h.id, "warm and dry", "pink")]
    finally:
        other.close()
    assert lib.conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # back to NORMAL
    with pytest.raises(LibraryError):
        lib.update_highlight(h.id + 100, note="x")
    with pytest.raises(ValueError):
        lib.update_highlight(h.id, color="orange")


def test_a_removal_is_undone_with_the_same_id_and_times_and_ids_are_never_reused(lib, river):
    record, text, _ = river
    first = lib.add_highlight(record.id, _anchor_of(text, "a wood stove"), "warm", "blue")
    second = lib.add_highlight(record.id, _anchor_of(text, "a second barge"))
    gone = lib.remove_highlight(second.id)
    assert gone == second and lib.remove_highlight(second.id) is None
    third = lib.add_highlight(record.id, _anchor_of(text, "a village fair"))
    assert third.id not in (first.id, second.id)
    back = lib.restore_highlight(gone)
    assert back == second
    assert [h.id for h in lib.highlights(record.id)] == sorted(
        [first.id, second.id, third.id], key=lambda i: lib.highlight(i).start)
    assert lib.restore_highlight(gone) == second  # twice is once
    assert len(lib.highlights(record.id)) == 3


def test_reanchor_moves_highlights_with_the_text_and_keeps_lost_ones_detached(lib, river):
    record, text, _ = river
    kept = lib.add_highlight(record.id, _anchor_of(text, "a wood stove"), "warm")
    lost = lib.add_highlight(record.id, _anchor_of(text, "thirty-two pupils"), "how many?")
    newer = ("A preface that a newer Margin finds in the file.\n\n"
             + text.replace("Since January, thirty-two pupils have spent",
                            "Since January, the pupils have spent"))
    found = lib.reanchor(record.id, newer)
    assert [h.id for h in found] == [kept.id, lost.id]  # the detached one last
    moved, detached = found
    assert newer[moved.start:moved.end] == "a wood stove" and not moved.detached
    assert moved.start == newer.index("a wood stove") != kept.start
    assert detached.detached and detached.quote == "thirty-two pupils"
    assert detached.note == "how many?"  # never dropped
    assert lib.highlights(record.id) == found  # stored
    assert lib.get(record.id).highlights == 2
    back = lib.reanchor(record.id, text)  # the words are back: so is the highlight
    assert [(h.quote, h.detached, h.start) for h in back] == [
        ("thirty-two pupils", False, lost.start), ("a wood stove", False, kept.start)]


def test_search_matches_notes_and_highlighted_words(lib, river):
    record, text, _ = river
    other, _ = lib.add(SAMPLES / "de-stadtbibliothek.txt")
    assert lib.search("zeppelin") == []
    h = lib.add_highlight(record.id, _anchor_of(text, "a wood stove"), "reminds me of a zeppelin")
    (hit,) = lib.search("zeppelin")
    assert hit.id == record.id and hit.matched_in == ["notes"]
    assert hit.snippet[slice(*hit.snippet_matches[0])] == "zeppelin"
    (hit,) = lib.search("stove")  # in the text and in a highlight
    assert hit.matched_in == ["text", "notes"]
    assert [r.id for r in lib.search("zepp", with_notes=True)] == [record.id]
    assert [r.id for r in lib.search("Bibliothek")] == [other.id]
    assert lib.search("Bibliothek", with_notes=True) == []
    lib.update_highlight(h.id, note="a blimp")
    assert lib.search("zeppelin") == [] and [r.id for r in lib.search("blimp")] == [record.id]
    lib.remove_highlight(h.id)
    assert lib.search("blimp") == []


def test_removing_an_article_drops_or_keeps_its_notes(lib, river, tmp_path):
    record, text, path = river
    lib.add_highlight(record.id, _anchor_of(text, "a wood stove"), "warm")
    assert lib.remove(record.id)
    assert lib.all_highlights() == [] and lib.search("warm") == []

    record, _ = lib.add(path)
    kept = lib.add_highlight(record.id, _anchor_of(text, "a wood stove"), "warm", "purple")
    assert lib.remove(record.id, keep_notes=True)
    (orphan,) = lib.all_highlights()
    assert orphan.id == kept.id and orphan.article_id is None
    assert (orphan.title, orphan.author, orphan.source) == (
        "A School That Follows the River", "Hannah Okafor", str(path))
    assert (orphan.note, orphan.color, orphan.quote) == ("warm", "purple", "a wood stove")
    assert lib.search("warm") == []  # no article to show for it
    again, new = lib.add(path)  # the same file once more: its notes come back
    assert new
    assert [h.id for h in lib.highlights(again.id)] == [kept.id]
    assert lib.get(again.id).notes == 1 and [r.id for r in lib.search("warm")] == [again.id]


def test_highlights_survive_reimporting_and_moving_the_original(lib, river, tmp_path):
    record, text, path = river
    h = lib.add_highlight(record.id, _anchor_of(text, "a wood stove"), "warm")
    again, new = lib.add(path)
    assert not new and again.id == record.id and lib.highlights(record.id) == [h]
    moved = tmp_path / "elsewhere" / "renamed.txt"
    moved.parent.mkdir()
    shutil.move(path, moved)
    record_there, new = lib.add(moved, opened=True)
    assert not new and record_there.id == record.id
    assert lib.reanchor(record.id, load(moved).text) == [h]


def test_restoring_after_the_article_went_keeps_it_as_a_removed_articles_note(lib, river):
    record, text, _ = river
    h = lib.add_highlight(record.id, _anchor_of(text, "a wood stove"), "warm")
    gone = lib.remove_highlight(h.id)
    lib.remove(record.id)
    other, _ = lib.add(SAMPLES / "de-stadtbibliothek.txt")
    assert other.id == record.id  # SQLite gives a removed article's id to the next one
    back = lib.restore_highlight(gone)
    assert back.article_id is None and back.title == h.title and back.note == "warm"
    assert lib.highlights(other.id) == []  # not put on an article it never belonged to


def test_migrates_a_library_from_before_highlights(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    conn = sqlite3.connect(folder / "library.sqlite3", isolation_level=None)
    schema.migrate(conn, upto=schema.HIGHLIGHTS - 1)
    assert schema.version(conn) == schema.HIGHLIGHTS - 1
    conn.execute("INSERT INTO articles (sha256, title, format, stored_name, word_count, "
                 "added_at, opened_at, favourite) VALUES ('abc', 'Old Entry', 'txt', "
                 "'ab/abc.txt', 5, 1, 1, 1)")
    conn.execute("INSERT INTO articles_fts (rowid, title, author, text) "
                 "VALUES (1, 'Old Entry', '', 'kept from before the upgrade')")
    conn.execute("INSERT INTO tags (article_id, tag) VALUES (1, 'archive')")
    conn.close()
    (folder / "originals" / "ab").mkdir(parents=True)
    (folder / "originals" / "ab" / "abc.txt").write_text("kept from before the upgrade")
    library = Library(folder)
    try:
        assert schema.version(library.conn) == schema.LATEST
        old = library.get(1)
        assert (old.title, old.favourite, old.tags, old.highlights, old.notes) == (
            "Old Entry", True, ["archive"], 0, 0)
        text = "kept from before the upgrade"
        h = library.add_highlight(1, make_anchor(text, 5, 9), "old words")
        assert library.highlights(1) == [h] and library.get(1).notes == 1
        assert [r.title for r in library.search("upgrade")] == ["Old Entry"]
        assert [r.matched_in for r in library.search("old words")] == [["notes"]]
    finally:
        library.close()


# A child that adds a highlight, says so, and waits to be killed with its library open.
ADD_AND_WAIT = """
import sys
from pathlib import Path
from reader.core.anchoring import find_quote, make_anchor
from reader.core.loaders import load
from reader.library import Library

library = Library(Path(sys.argv[1]))
article = load(sys.argv[2])
record, _ = library.add(sys.argv[2], article)
span = find_quote(article.text, sys.argv[3])
h = library.add_highlight(record.id, make_anchor(article.text, *span), "said before the kill")
library.update_highlight(h.id, color="blue")
print(h.id, flush=True)
sys.stdin.readline()  # until the parent kills us
"""


def test_a_highlight_survives_sigkill_right_after_it_was_added(tmp_path):
    data = tmp_path / "data"
    proc = subprocess.Popen(
        [sys.executable, "-c", ADD_AND_WAIT, str(data), str(RIVER), "a wood stove"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)))
    try:
        said = proc.stdout.readline().strip()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        proc.stdin.close()
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL and said.isdigit()
    library = Library(data)
    try:
        (h,) = library.all_highlights()
        assert (h.id, h.quote, h.note, h.color) == (int(said), "a wood stove",
                                                    "said before the kill", "blue")
    finally:
        library.close()


def test_highlight_fields_as_the_window_builds_them():
    draft = Highlight(-1, 3, 5, 9, "word", "pre", "post", "", "yellow", 0.0, 0.0)
    assert draft.anchor == Anchor(5, 9, "word", "pre", "post") and not draft.detached
    assert draft.title is None and draft.display_title == "Untitled article"
    assert Highlight(1, None, 0, 1, "w", "", "", "", "pink", 0, 0,
                     source="/x/notes on rivers.txt").display_title == "notes on rivers"
