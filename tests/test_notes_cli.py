"""``margin notes add|list|export|remove``: the command-line contract for highlights (offsets
into the text ``analyze --json`` prints, one JSON object per line, exit 2 and nothing stored for
words that are not there), crash safety, and no Qt."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys

import pytest

from .helpers import ROOT, SAMPLES

RIVER = SAMPLES / "en-river-school.txt"
KEYS = {"id", "file", "title", "quote", "note", "color", "start", "end", "created"}


@pytest.fixture
def cli(run_cli, tmp_path, monkeypatch):
    """``margin`` on a library of the test's own."""
    monkeypatch.setenv("MARGIN_DATA_DIR", str(tmp_path / "data"))
    return run_cli


@pytest.fixture
def river(tmp_path):
    path = tmp_path / "river.txt"
    shutil.copy(RIVER, path)
    return path


def _lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def _stored(tmp_path) -> tuple[int, int]:
    """(articles, highlights) in the test's library, read without Margin."""
    db = tmp_path / "data" / "library.sqlite3"
    if not db.exists():
        return 0, 0
    conn = sqlite3.connect(db)
    try:
        return (conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0],
                conn.execute("SELECT COUNT(*) FROM highlights").fetchone()[0])
    finally:
        conn.close()


def test_add_prints_offsets_into_the_text_analyze_prints(cli, river):
    code, out, err = cli("notes", "add", str(river), "--quote", "We chose the river.",
                         "--note", "the motto", "--color", "green", "--json")
    assert code == 0, err
    (h,) = _lines(out)
    assert KEYS <= set(h)
    assert (h["file"], h["title"], h["quote"], h["note"], h["color"]) == (
        str(river), "A School That Follows the River", "We chose the river.", "the motto",
        "green")
    code, out, _ = cli("analyze", "--json", str(river))
    text = json.loads(out)["text"]
    assert text[h["start"]:h["end"]] == "We chose the river."
    assert h["created"][:4].isdigit() and "T" in h["created"]  # ISO 8601


def test_the_quote_is_found_whatever_its_white_space_and_by_occurrence(cli, river):
    code, out, _ = cli("analyze", "--json", str(river))
    text = json.loads(out)["text"]
    code, out, err = cli("notes", "add", str(river), "--quote", "the\n   river", "--json")
    assert code == 0, err
    first = _lines(out)[0]
    assert text[first["start"]:first["end"]] == first["quote"] == "the river"
    assert first["start"] == text.index("the river")
    code, out, err = cli("notes", "add", str(river), "--quote", "the river", "--occurrence",
                         "2", "--json")
    assert code == 0, err
    second = _lines(out)[0]
    assert text[second["start"]:second["end"]] == "the river"
    assert second["start"] == text.index("the river", first["end"])


@pytest.mark.parametrize("argv", [["--quote", "a sentence this article never had"],
                                  ["--quote", "the river", "--occurrence", "40"]])
def test_words_not_in_the_article_exit_2_with_one_line_and_store_nothing(cli, river, tmp_path,
                                                                          argv):
    code, out, err = cli("notes", "add", str(river), *argv, "--json")
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and err.startswith("margin: ")
    assert ("is not in" in err) if "never" in argv[1] else ("only 2 times" in err)
    assert _stored(tmp_path) == (0, 0)  # not even the article was added


def test_bad_input_is_refused_as_the_cli_does(cli, river, tmp_path):
    code, _, err = cli("notes", "add", str(tmp_path / "gone.txt"), "--quote", "river")
    assert code == 2 and len(err.splitlines()) == 1 and "gone.txt" in err
    code, _, err = cli("notes", "add", str(river), "--quote", "river", "--color", "orange")
    assert code == 2 and "invalid choice" in err
    code, _, err = cli("notes", "add", str(river), "--quote", "  ")
    assert code == 2 and "--quote" in err
    code, _, err = cli("notes", "remove", "12")
    assert code == 2 and err == "margin: there is no highlight 12 in the library\n"
    assert _stored(tmp_path)[1] == 0


def test_list_remove_and_the_library_counts(cli, river):
    for quote, note in [("a wood stove", "warm"), ("thirty-two pupils", "")]:
        code, _, err = cli("notes", "add", str(river), "--quote", quote, "--note", note)
        assert code == 0, err
    code, out, _ = cli("notes", "list", str(river), "--json")
    listed = _lines(out)
    assert [h["quote"] for h in listed] == ["thirty-two pupils", "a wood stove"]  # text order
    assert all(h["file"] == str(river) and KEYS <= set(h) for h in listed)
    code, out, _ = cli("notes", "list")
    assert out.splitlines()[0].startswith("A School That Follows the River")
    assert "“a wood stove”  — warm" in out
    code, out, _ = cli("library", "list", "--json")
    assert (_lines(out)[0]["highlights"], _lines(out)[0]["notes"]) == (2, 1)
    code, out, _ = cli("library", "search", "warm", "--json")
    assert _lines(out)[0]["matched_in"] == ["notes"]
    code, out, _ = cli("notes", "remove", str(listed[1]["id"]))
    assert code == 0 and out == f"removed highlight {listed[1]['id']}\n"
    code, out, _ = cli("notes", "list", "--json")
    assert [h["quote"] for h in _lines(out)] == ["thirty-two pupils"]


def test_a_file_not_in_the_library_lists_nothing_and_exports_nothing(cli, river, tmp_path):
    code, out, err = cli("notes", "list", str(river), "--json")
    assert code == 0 and out == "" and "not in the library" in err
    target = tmp_path / "notes.md"
    code, out, err = cli("notes", "export", str(river), "--markdown", str(target))
    assert code == 2 and not target.exists() and "not in the library" in err


def test_export_writes_the_chosen_articles_in_each_format(cli, river, tmp_path):
    other = SAMPLES / "de-stadtbibliothek.txt"
    cli("notes", "add", str(river), "--quote", "a wood stove", "--note", 'warm, "dry"')
    cli("notes", "add", str(other), "--quote", "Bibliothek", "--color", "blue")
    code, out, err = cli("notes", "export", str(river), "--csv", str(tmp_path / "r.csv"))
    assert code == 0 and out == f"wrote {tmp_path / 'r.csv'} (1 highlight)\n", err
    with open(tmp_path / "r.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["Highlight", "Title", "Author", "URL", "Note", "Location", "Date"]
    assert rows[1][:5] == ["a wood stove", "A School That Follows the River", "Hannah Okafor",
                           "", 'warm, "dry"']
    code, _, _ = cli("notes", "export", "--json", str(tmp_path / "all.json"))
    document = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert [a["title"] for a in document["articles"]] == ["A School That Follows the River",
                                                          "Die Bibliothek, die nie schließt"]
    code, _, _ = cli("notes", "export", str(other), str(river), "--markdown",
                     str(tmp_path / "two.md"))
    md = (tmp_path / "two.md").read_text(encoding="utf-8")
    assert md.index("## Die Bibliothek") < md.index("## A School")  # in the order given
    code, _, err = cli("notes", "export", str(river))
    assert code == 2 and "one of the arguments --markdown --csv --json is required" in err


def test_highlights_survive_reimport_and_a_moved_original(cli, river, tmp_path):
    code, out, _ = cli("notes", "add", str(river), "--quote", "a wood stove", "--json")
    added = _lines(out)[0]
    code, out, _ = cli("library", "add", str(river))
    assert out.startswith("0 added, 1 already")
    moved = tmp_path / "moved" / "school.txt"
    moved.parent.mkdir()
    shutil.move(river, moved)
    code, out, _ = cli("notes", "list", str(moved), "--json")
    (h,) = _lines(out)
    assert (h["id"], h["quote"], h["start"]) == (added["id"], "a wood stove", added["start"])
    assert h["file"] == str(moved)


def test_sigkill_right_after_add_returned_keeps_the_highlight(tmp_path, river):
    env = dict(os.environ, PYTHONPATH=str(ROOT), MARGIN_DATA_DIR=str(tmp_path / "data"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", "notes", "add", str(river), "--quote", "a wood stove",
         "--note", "kept through a crash", "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = proc.stdout.readline()  # the command said it is stored: kill it there
        try:
            os.kill(proc.pid, signal.SIGKILL)
        except ProcessLookupError:  # (it had already finished)
            pass
        proc.wait(timeout=60)
    finally:
        proc.stdout.close()
        proc.stderr.close()
    said = json.loads(line)
    listed = subprocess.run([sys.executable, "-m", "reader", "notes", "list", "--json"],
                            capture_output=True, text=True, env=env, timeout=120)
    (h,) = _lines(listed.stdout)
    assert (h["id"], h["note"], h["start"]) == (said["id"], "kept through a crash",
                                                said["start"])


def test_notes_loads_no_qt_and_a_closed_pipe_ends_quietly(tmp_path, river):
    env = dict(os.environ, PYTHONPATH=str(ROOT), MARGIN_DATA_DIR=str(tmp_path / "data"))
    code = (
        "import sys\n"
        "from reader.cli import main\n"
        f"main(['notes', 'add', {str(river)!r}, '--quote', 'a wood stove'])\n"
        f"main(['notes', 'list', {str(river)!r}, '--json'])\n"
        f"main(['notes', 'export', '--markdown', {str(tmp_path / 'n.md')!r}])\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "sys.exit(1 if bad else 0)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    # many highlights, listed into a reader that stops after one line
    script = (
        "import sys\n"
        "from reader.core.anchoring import make_anchor\n"
        "from reader.library import Library\n"
        "lib = Library()\n"
        "record = lib.articles()[0]\n"
        "text = 'word ' * 400\n"
        "for i in range(150):\n"
        "    lib.add_highlight(record.id, make_anchor(text, 0, 1990), 'n' * 200)\n")
    subprocess.run([sys.executable, "-c", script], check=True, env=env, timeout=120)
    proc = subprocess.Popen([sys.executable, "-m", "reader", "notes", "list", "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 141 and err == b"" and KEYS <= set(json.loads(first))
