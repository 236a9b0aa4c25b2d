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

from .conftest import ROOT, SAMPLES


@pytest.fixture
def lib(tmp_path):
    library = Library(tmp_path / "data")
    yield library
    library.close()


def test_add_keeps_a_copy_and_the_same_content_is_one_entry(lib, tmp_path):
    original = tmp_path / "story.txt"
    shutil.copy(SAMPLES / "en-river-school.txt", original)
    record, new = lib.add(original)
    assert new and record.title == "A School That Follows the River"
    assert record.language == "en" and record.format == "txt" and record.word_count > 300
    assert record.source_path == str(original)
    elsewhere = tmp_path / "moved" / "same.txt"
    elsewhere.parent.mkdir()
    shutil.copy(original, elsewhere)
    time.sleep(0.01)
    again, new_again = lib.add(elsewhere)
    assert not new_again and again.id == record.id
    assert lib.get(record.id).opened_at > record.opened_at
    assert lib.count() == 1
    original.unlink()
    elsewhere.unlink()  # the user deleted their files: the library still has the article
    kept = lib.original(lib.get(record.id))
    assert kept.read_bytes() == (SAMPLES / "en-river-school.txt").read_bytes()


def test_search_prefix_words_ranked_with_snippets(lib):
    for name in ("en-river-school.txt", "de-stadtbibliothek.txt", "ru-ledokol.txt"):
        lib.add(SAMPLES / name)
    hits = lib.search("stadtbib")
    assert [h.title for h in hits] == ["Die Bibliothek, die nie schließt"]
    assert "[Stadtbibliothek]" in hits[0].snippet
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


def test_sigkill_at_twenty_random_points_of_an_import_leaves_only_whole_articles(tmp_path):
    folder = _articles(tmp_path / "in", 1200)
    data = tmp_path / "data"
    rng = random.Random(20)
    kills, counts = 0, []
    while kills < 20:
        proc = subprocess.Popen([sys.executable, "-c", IMPORT_SCRIPT, str(data), str(folder)],
                                stdout=subprocess.PIPE, env=_child_env())
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 0.6))  # somewhere in the batch: copying, indexing, commit
        if proc.poll() is not None:
            pytest.fail("the import finished before it could be killed; give it more files")
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        kills += 1
        counts.append(_whole_articles_only(data))
    assert counts == sorted(counts) and counts[-1] > counts[0]  # each restart went on


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
    code, out, _ = run_cli("library", "add", str(SAMPLES))
    assert code == 0 and out.startswith("3 added")
    code, out, _ = run_cli("library", "list", "--json")
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 3 and {"id", "title", "language", "tags"} <= set(records[0])
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
