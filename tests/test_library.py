"""The library: kept, deduplicated, searchable, and safe when things go wrong."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from reader.library import (
    Library,
    LibraryError,
    NewerLibrary,
    import_files,
    schema,
    supported_files,
)
from reader.library.store import sha256_of

from .helpers import ROOT, SAMPLES, clock_moves_on


@pytest.fixture
def lib(tmp_path):
    library = Library(tmp_path / "data")
    yield library
    library.close()


def test_add_keeps_a_copy_and_the_same_content_is_one_entry(lib, tmp_path):
    original = tmp_path / "story.txt"
    shutil.copy(SAMPLES / "en-river-school.txt", original)
    record, new = lib.add(original, opened=True)
    assert new and record.title == "A School That Follows the River"
    assert record.language == "en" and record.format == "txt" and record.word_count > 300
    assert record.source_path == str(original)
    elsewhere = tmp_path / "moved" / "same.txt"
    elsewhere.parent.mkdir()
    shutil.copy(original, elsewhere)
    clock_moves_on()  # the next stamp is a later one
    again, new_again = lib.add(elsewhere, opened=True)
    assert not new_again and again.id == record.id
    assert lib.get(record.id).opened_at > record.opened_at == record.added_at
    assert lib.count() == 1
    original.unlink()
    elsewhere.unlink()  # the user deleted their files: the library still has the article
    kept = lib.original(lib.get(record.id))
    assert kept.read_bytes() == (SAMPLES / "en-river-school.txt").read_bytes()


def test_imported_articles_are_not_opened_and_last_opened_lists_the_opened_first(lib, tmp_path):
    folder = _articles(tmp_path / "in", 4)
    report = import_files(lib, supported_files([folder]))
    assert report.added == 4
    imported = lib.articles()
    assert all(r.opened_at is None for r in imported)  # imported is not opened
    # never opened: last added first
    assert [r.title for r in imported] == [f"Note Number {i}" for i in (3, 2, 1, 0)]
    opened, new = lib.add(SAMPLES / "en-river-school.txt", opened=True)
    assert new and opened.opened_at == opened.added_at
    clock_moves_on()  # the next stamp is a later one
    lib.touch(imported[2].id)  # "Note Number 1", read again from memory
    assert [r.title for r in lib.articles()] == [
        "Note Number 1", "A School That Follows the River", "Note Number 3", "Note Number 2",
        "Note Number 0"]
    # the same content again: opening it moves it up; importing it again does not
    clock_moves_on()  # the next stamp is a later one
    again, new = lib.add(folder / "note-0000.txt", opened=True)
    assert not new and again.opened_at is not None and again.title == "Note Number 0"
    assert lib.articles()[0].title == "Note Number 0"
    before = lib.get(opened.id).opened_at
    report = import_files(lib, supported_files([folder, SAMPLES / "en-river-school.txt"]))
    assert report.already == 5 and lib.get(opened.id).opened_at == before
    assert lib.get(imported[0].id).opened_at is None
    assert [r.title for r in lib.articles()][0] == "Note Number 0"


def test_search_snippets_are_plain_text_with_the_matches_as_ranges(lib, tmp_path):
    for name in ("en-river-school.txt", "de-stadtbibliothek.txt", "ru-ledokol.txt"):
        lib.add(SAMPLES / name)
    hits = lib.search("stadtbib")
    assert [h.title for h in hits] == ["Die Bibliothek, die nie schließt"]
    hit = hits[0]
    assert "[" not in hit.snippet and "]" not in hit.snippet
    assert [hit.snippet[s:e] for s, e in hit.snippet_matches] == ["Stadtbibliothek"]
    assert hit.matched_in == ["text"]
    # a match deep inside a long sentence: words on both sides of it
    story = tmp_path / "story.txt"
    story.write_text(
        "Harbour Notes\n\nThe council met on Tuesday evening. After a long debate about roads, "
        "schools and the harbour wall that had been damaged in the winter storms of the "
        "previous year, the members finally agreed that the old lighthouse keeper should be "
        "paid for his forty years of service to the town and all of its fishermen, who had "
        "asked for it many times.\n", encoding="utf-8")
    lib.add(story)
    (hit,) = lib.search("lighthouse")
    ((start, end),) = hit.snippet_matches
    assert hit.snippet[start:end] == "lighthouse"
    before, after = hit.snippet[:start].split(), hit.snippet[end:].split()
    assert len(before) >= 8 and len(after) >= 8, hit.snippet
    assert len(before) + len(after) + 1 <= 32 + 2  # a snippet, not the article
    # a match in the title only: the opening of the text, and where the match was
    (hit,) = lib.search("notes")
    assert hit.matched_in == ["title"] and hit.snippet_matches == []
    assert hit.snippet.startswith("The council met on Tuesday evening. After")
    (hit,) = lib.search("okafor")
    assert hit.matched_in == ["author", "text"]
    assert all(hit.snippet[s:e] == "Okafor" for s, e in hit.snippet_matches)
    assert [h.title for h in lib.search("ледокол")][0] == "Ледокол для маленькой гавани"
    assert lib.search("river barge") and not lib.search("river zeppelin")
    assert lib.search('"unbalanced (query') == []  # odd input finds nothing, never fails


def test_title_matches_rank_above_text_matches(lib, tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("Notes From The Market\n\nThe lighthouse keeper sold fish on Mondays. "
                 "Prices were fair and the queue was long.\n")
    b = tmp_path / "b.txt"
    b.write_text("The Lighthouse Returns\n\nA restored lamp was lit again on the point after "
                 "forty years of darkness.\n")
    lib.add(a)
    lib.add(b)
    assert [h.title for h in lib.search("lighthouse")][0] == "The Lighthouse Returns"


def test_remove_deletes_row_index_and_copy(lib):
    record, _ = lib.add(SAMPLES / "de-stadtbibliothek.txt")
    copy = lib.original(record)
    assert copy.exists()
    assert lib.remove(record.id)
    assert lib.get(record.id) is None and lib.search("Bibliothek") == []
    assert not copy.exists()
    assert not lib.remove(record.id)


def test_tags_favourite_position_settings_and_filters(lib):
    en, _ = lib.add(SAMPLES / "en-river-school.txt")
    de, _ = lib.add(SAMPLES / "de-stadtbibliothek.txt")
    lib.set_tags(en.id, ["schools", " rivers ", "schools", ""])
    lib.set_favourite(en.id, True)
    lib.set_position(en.id, 420)
    lib.set_settings(en.id, {"algorithm": "luhn", "sentences": 4})
    got = lib.get(en.id)
    assert got.tags == ["rivers", "schools"] and got.favourite and got.position == 420
    assert got.settings == {"algorithm": "luhn", "sentences": 4}
    assert [r.id for r in lib.articles(tag="schools")] == [en.id]
    assert [r.id for r in lib.articles(language="de")] == [de.id]
    assert [r.id for r in lib.articles(favourites=True)] == [en.id]
    assert [r.title for r in lib.articles(sort="title")] == sorted(
        [en.title, de.title], key=str.casefold)
    assert lib.tag_counts() == [("rivers", 1), ("schools", 1)]


def test_an_article_without_a_title_sorts_by_its_file_name(lib, tmp_path):
    folder = tmp_path / "aaa-first-folder"
    folder.mkdir()
    untitled = folder / "minutes.txt"
    untitled.write_text("the meeting began late and ended early. nothing was decided.\n"
                        "everyone went home before the rain.\n", encoding="utf-8")
    record, _ = lib.add(untitled)
    assert record.title is None
    lib.add(SAMPLES / "en-river-school.txt")
    lib.add(SAMPLES / "de-stadtbibliothek.txt")
    shown = [r.display_title for r in lib.articles(sort="title")]
    assert shown == sorted(shown, key=str.casefold)
    assert shown.index("minutes") == 2


def test_an_unreadable_file_leaves_the_library_unchanged(lib, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    with pytest.raises(Exception, match="is empty"):
        lib.add(bad)
    with pytest.raises(LibraryError, match="does not exist"):
        lib.add(tmp_path / "gone.txt")
    assert lib.count() == 0 and list(lib.store.names()) == []


def test_migrates_a_version_1_library(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    conn = sqlite3.connect(folder / "library.sqlite3", isolation_level=None)
    schema.migrate(conn, upto=1)
    conn.execute("INSERT INTO articles (sha256, title, format, stored_name, word_count, "
                 "added_at, opened_at) VALUES ('abc', 'Old Entry', 'txt', 'ab/abc.txt', 5, 1, 1)")
    conn.execute("INSERT INTO articles_fts (rowid, title, author, text) "
                 "VALUES (1, 'Old Entry', '', 'kept from before the upgrade')")
    conn.close()
    (folder / "originals" / "ab").mkdir(parents=True)
    (folder / "originals" / "ab" / "abc.txt").write_text("kept from before the upgrade")
    library = Library(folder)
    assert schema.version(library.conn) == schema.LATEST
    old = library.get(1)
    assert old.title == "Old Entry" and old.position == 0 and not old.favourite
    assert [r.title for r in library.search("upgrade")] == ["Old Entry"]
    library.set_tags(1, ["archive"])
    assert library.get(1).tags == ["archive"]
    assert (folder / "originals" / "ab" / "abc.txt").exists()  # not mistaken for an orphan


def test_a_corrupt_database_is_set_aside_and_a_fresh_one_started(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    garbage = b"this is not a database at all" * 100
    (folder / "library.sqlite3").write_bytes(garbage)
    library = Library(folder)
    assert library.recovered_from is not None
    assert library.recovered_from.name.startswith("library.sqlite3.corrupt-")
    assert library.recovered_from.read_bytes() == garbage  # nothing of the user's is lost
    assert library.count() == 0
    library.add(SAMPLES / "en-river-school.txt")
    assert library.count() == 1


def test_a_database_from_a_newer_margin_is_refused_untouched(tmp_path):
    folder = tmp_path / "data"
    Library(folder).close()
    db = folder / "library.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {schema.LATEST + 3}")
    conn.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    with pytest.raises(NewerLibrary, match="newer version of Margin"):
        Library(folder)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def _articles(folder, n):
    folder.mkdir(parents=True, exist_ok=True)
    words = "harbour ferry council river school market winter bridge library storm".split()
    for i in range(n):
        body = " ".join(words[(i + k) % len(words)] for k in range(60))
        (folder / f"note-{i:04d}.txt").write_text(
            f"Note Number {i}\n\nThis is note {i}. {body.capitalize()}.\n", encoding="utf-8")
    return folder


IMPORT_SCRIPT = """
import sys
from pathlib import Path
from reader.library import Library, import_files, supported_files
library = Library(Path(sys.argv[1]))
print("ready", flush=True)
import_files(library, supported_files([sys.argv[2]]))
"""


def _child_env():
    return dict(os.environ, PYTHONPATH=str(ROOT))


def _whole_articles_only(data: Path) -> int:
    """After a crash: the database is sound, every row is indexed, and the next start keeps
    exactly the stored copies that rows refer to, each complete. Returns the row count."""
    conn = sqlite3.connect(data / "library.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    rows = conn.execute("SELECT id, stored_name FROM articles").fetchall()
    fts = {r[0] for r in conn.execute("SELECT rowid FROM articles_fts")}
    assert fts == {r[0] for r in rows}  # every row has its text indexed, and nothing else is
    conn.close()
    library = Library(data)  # the next start: only copies that belong to rows remain
    assert set(library.store.names()) == {r[1] for r in rows}
    for _, name in rows:  # named by the SHA-256 of their content: a partial copy would differ
        copy = library.store.path(name)
        assert sha256_of(copy) == Path(name).stem
    library.close()
    return len(rows)


# An import that stops at a chosen step of its k-th new article (argv: library, folder, k,
# step), says so and waits to be killed. The steps are announced by wrapping the library's
# store and connection: nothing depends on how fast the machine is.
STOPPING_IMPORT_SCRIPT = """
import os
import sys
from pathlib import Path
from reader.library import Library, import_files, store, supported_files

data, folder, stop_at, stop_step = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
library = Library(data)
new = 0


def step(name):
    if new == stop_at and name == stop_step:
        print("stopped", new, name, flush=True)
        sys.stdin.readline()  # until the parent kills us


class Announcing:
    def __init__(self, conn):
        self._conn = conn

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def execute(self, sql, *args):
        result = self._conn.execute(sql, *args)
        if sql.startswith("INSERT INTO articles ("):
            step("after-row")
        elif sql.startswith("INSERT INTO articles_fts"):
            step("after-fts")  # the last statement before COMMIT
        elif sql == "COMMIT":
            step("after-commit")
        return result


put, replace = library.store.put, os.replace


def announcing_put(source, name):
    global new
    new += 1
    step("before-copy")
    target = put(source, name)
    step("after-copy")
    return target


def announcing_replace(src, dst, **kwargs):
    if Path(src).name.startswith(store.TEMP_PREFIX):
        step("mid-copy")  # the temporary copy is whole, not yet under its name
    return replace(src, dst, **kwargs)


library.store.put = announcing_put
os.replace = announcing_replace
library._local.conn = Announcing(library.conn)
report = import_files(library, supported_files([folder]))
print("done", report.added, flush=True)
"""
STEPS = ("before-copy", "mid-copy", "after-copy", "after-row", "after-fts", "after-commit")
LEAVES_A_FILE_WITHOUT_ROW = {"mid-copy", "after-copy", "after-row", "after-fts"}


def _import_until(data: Path, folder: Path, new: int, step: str) -> str:
    """Run the stopping import; SIGKILL it once it says it stopped. Returns what it said."""
    proc = subprocess.Popen(
        [sys.executable, "-c", STOPPING_IMPORT_SCRIPT, str(data), str(folder), str(new), step],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=_child_env())
    watchdog = threading.Timer(120, proc.kill)  # a generous bound, not a kill point
    watchdog.start()
    try:
        said = proc.stdout.readline().strip()
        if said.startswith("stopped"):
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    finally:
        watchdog.cancel()
        proc.stdin.close()
        proc.stdout.close()
    return said


def _rows_and_files(data: Path) -> tuple[int, int]:
    """Rows in the database and files under originals/, before anything cleans up."""
    conn = sqlite3.connect(data / "library.sqlite3")
    rows = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    conn.close()
    files = [p for p in (data / "originals").glob("*/*") if p.is_file()]
    return rows, len(files)


def test_sigkill_at_every_step_of_adding_an_article_leaves_only_whole_articles(tmp_path):
    total = 80
    folder = _articles(tmp_path / "in", total)
    data = tmp_path / "data"
    rng = random.Random(20)
    plan = [*STEPS, *STEPS, *STEPS, *rng.sample(STEPS, 2)]  # 20 kills, every step 3 times+
    rng.shuffle(plan)
    rows = 0
    for step in plan:
        new = rng.randint(1, 3)  # killed within the new-th article this run adds
        assert total - rows >= new
        said = _import_until(data, folder, new, step)
        assert said == f"stopped {new} {step}", f"the import did not stop there: {said!r}"
        expected = rows + new - 1 + (step == "after-commit")
        found, files = _rows_and_files(data)
        assert found == expected  # the killed article is there only if it committed
        # the moment was the one asked for: a copy (or a temporary one) without its row
        assert files == expected + (step in LEAVES_A_FILE_WITHOUT_ROW)
        rows = _whole_articles_only(data)
        assert rows == expected
    said = _import_until(data, folder, 0, "never")  # and the import carries on to the end
    assert said == f"done {total - rows}"
    assert _whole_articles_only(data) == total


def test_two_processes_importing_at_once_do_not_corrupt_it(tmp_path):
    data = tmp_path / "data"
    Library(data).close()
    a = _articles(tmp_path / "a", 60)
    b = tmp_path / "b"
    b.mkdir()
    for f in a.iterdir():  # half the same content, half new
        text = f.read_text(encoding="utf-8")
        (b / f.name).write_text(text if f.name < "note-0030" else text + " Extra line.",
                                encoding="utf-8")
    procs = [subprocess.Popen([sys.executable, "-c", IMPORT_SCRIPT, str(data), str(d)],
                              stdout=subprocess.DEVNULL, env=_child_env()) for d in (a, b)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    library = Library(data)
    assert library.conn.execute("PRAGMA integrity_check").fetchall()[0][0] == "ok"
    assert library.count() == 90


def test_batch_import_reports_what_could_not_be_read(lib, tmp_path):
    folder = _articles(tmp_path / "in", 5)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.html").write_bytes(b"")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8")
    progress = []
    report = import_files(lib, supported_files([folder]), lambda i, n, name: progress.append(i))
    assert report.added == 5 and report.already == 0
    assert sorted(m for _, m in report.failed) == ["empty.txt is empty", "junk.html is empty"]
    assert progress[-1] == 7
    again = import_files(lib, supported_files([folder]))
    assert again.already == 5 and again.added == 0


def test_library_command_line(run_cli, tmp_path, monkeypatch):
    monkeypatch.setenv("MARGIN_DATA_DIR", str(tmp_path / "data"))
    samples = len([p for p in SAMPLES.iterdir() if p.is_file()])
    code, out, _ = run_cli("library", "add", str(SAMPLES))
    assert code == 0 and out.startswith(f"{samples} added")
    code, out, _ = run_cli("library", "list", "--json")
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == samples and {"id", "title", "language", "tags"} <= set(records[0])
    code, out, _ = run_cli("library", "search", "ледокол", "--json")
    (hit,) = [json.loads(line) for line in out.splitlines()]
    assert hit["title"] == "Ледокол для маленькой гавани"
    code, out, _ = run_cli("library", "remove", str(hit["id"]))
    assert code == 0
    code, _, err = run_cli("library", "remove", str(hit["id"]))
    assert code == 2 and "no article" in err
    code, out, _ = run_cli("library", "path")
    assert out.strip() == str(tmp_path / "data")
    code, _, err = run_cli("library", "add", str(tmp_path / "missing.txt"))
    assert code == 2 and "missing.txt does not exist" in err and "Traceback" not in err


def test_library_list_says_when_an_article_was_added_if_it_was_never_opened(
        run_cli, tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("MARGIN_DATA_DIR", str(data))
    code, _, _ = run_cli("library", "add", str(SAMPLES / "en-river-school.txt"),
                         str(SAMPLES / "de-stadtbibliothek.txt"))
    assert code == 0
    library = Library(data)
    school = next(r for r in library.articles() if r.language == "en")
    library.touch(school.id)
    library.close()
    today = time.strftime("%Y-%m-%d")
    code, out, _ = run_cli("library", "list")
    assert out.splitlines()[0].endswith(f"(Hannah Okafor · en · txt · opened {today})")
    assert out.splitlines()[1].endswith(f"(Jonas Weber · de · txt · added {today})")
    code, out, _ = run_cli("library", "list", "--json")
    first, second = (json.loads(line) for line in out.splitlines())
    assert isinstance(first["opened_at"], float) and second["opened_at"] is None


def test_library_search_prints_the_snippet_plainly_and_says_when_nothing_matches(
        run_cli, tmp_path, monkeypatch):
    monkeypatch.setenv("MARGIN_DATA_DIR", str(tmp_path / "data"))
    run_cli("library", "add", str(SAMPLES))
    code, out, err = run_cli("library", "search", "okafor")
    assert code == 0 and err == ""
    title, snippet = out.splitlines()
    assert "A School That Follows the River" in title
    assert "Okafor said" in snippet and not {"[", "]", "\x1b", "\x02"} & set(snippet)
    code, out, _ = run_cli("library", "search", "okafor", "--json")
    (hit,) = [json.loads(line) for line in out.splitlines()]
    assert hit["snippet"] == snippet.strip()
    assert [hit["snippet"][s:e] for s, e in hit["snippet_matches"]] == ["Okafor"]
    assert hit["matched_in"] == ["author", "text"]
    code, out, _ = run_cli("library", "search", "follows")  # only in the title
    assert out.splitlines()[1].startswith("       (matches the title) The village of Kessford")
    for json_flag in ((), ("--json",)):  # grep's convention: 1 when nothing matches
        code, out, err = run_cli("library", "search", "river", "zeppelin", *json_flag)
        assert (code, out, err) == (1, "", "margin: no matches for 'river zeppelin'\n")
    code, out, err = run_cli("library", "search", "?!")
    assert code == 2 and out == "" and err.startswith("margin: nothing to search for in '?!'")


def test_library_search_on_a_terminal_shows_the_matches_in_bold(tmp_path, monkeypatch):
    import io

    from reader.cli import library_command

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setenv("MARGIN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    library = Library(tmp_path / "data")
    library.add(SAMPLES / "de-stadtbibliothek.txt")
    library.close()
    out, err = Terminal(), io.StringIO()
    assert library_command(["search", "stadtbib"], out, err) == 0
    assert "\x1b[1mStadtbibliothek\x1b[0m" in out.getvalue() and err.getvalue() == ""
    monkeypatch.setenv("NO_COLOR", "1")
    out = Terminal()
    assert library_command(["search", "stadtbib"], out, err) == 0
    assert "\x1b" not in out.getvalue() and " Stadtbibliothek " in out.getvalue()
