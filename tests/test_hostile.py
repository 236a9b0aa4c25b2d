"""Hostile and broken input, through the command line and through the window's open path.

Every case (tests/hostile.py) either opens safely or is refused with one line a person
understands; the CLI exits 2 on refusals; the window goes on and the library keeps only what
opened; nothing from another local file (``SECRET``) shows up anywhere.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import analyze_command
from reader.core import loaders

from .helpers import ROOT, read_library
from .hostile import CASES, SECRET, Case

REFUSED = [c for c in CASES if c.message is not None]
OPENED = [c for c in CASES if c.message is None]


@pytest.fixture(scope="session")
def made(tmp_path_factory):
    """Each case's file, made once per test session in a folder of its own."""
    paths: dict[str, Path] = {}

    def get(case: Case) -> Path:
        if case.name not in paths:
            folder = tmp_path_factory.mktemp("case")
            paths[case.name] = case.make(folder)
        return paths[case.name]
    return get


def _cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = analyze_command(list(args), out, err)
    return status, out.getvalue(), err.getvalue()


def test_the_suite_has_every_case_the_issue_names():
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_case_through_the_command_line(made, case: Case):
    path = made(case)
    status, out, err = _cli(str(path))
    if case.message is not None:
        assert status == 2
        assert out == ""
        lines = err.splitlines()
        assert len(lines) == 1, err
        assert lines[0].startswith("margin: ") and case.message in lines[0]
        assert "Traceback" not in err and "bug in Margin" not in err
    else:
        assert status == 0, err
        assert "Summary" in out
        assert "SCRIPT-RAN" not in out  # script text is never article text
    assert SECRET not in out + err
    status, out, _ = _cli("--json", str(path))
    record = json.loads(out)
    assert ("error" in record) == (case.message is not None)
    assert SECRET not in out


def test_all_refusals_in_one_real_run_give_one_line_each(made):
    paths = [str(made(case)) for case in REFUSED]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-m", "reader", "analyze", "--json", *paths],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=300)
    assert proc.returncode == 2
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["file"] for r in records] == paths
    for record, case in zip(records, REFUSED, strict=True):
        assert set(record) == {"file", "error"}
        assert case.message in record["error"] and "\n" not in record["error"]
    assert proc.stderr == ""  # nothing else reaches the terminal (no library warnings)


def _vanishing(tmp_path: Path, monkeypatch) -> Path:
    path = tmp_path / "vanishing.txt"
    path.write_text("The ferry sails at noon. It sails again at six.\n", encoding="utf-8")
    real = loaders._loader

    def vanish_first(module):
        load = real(module)

        def wrapped(p):
            Path(p).unlink()  # gone between the checks and the reading
            return load(p)
        return wrapped

    monkeypatch.setattr(loaders, "_loader", vanish_first)
    return path


def test_a_file_that_disappears_while_it_is_read(tmp_path, monkeypatch):
    path = _vanishing(tmp_path, monkeypatch)
    status, out, err = _cli(str(path))
    assert status == 2 and out == ""
    assert err.splitlines() == [err.strip()] and "vanishing.txt cannot be read" in err


# --- the window --------------------------------------------------------------------------------

def _everything_shown(win) -> str:
    lists = [win.summary_pane.list, win.quotes_pane.list]
    items = [lst.item(i).text() for lst in lists for i in range(lst.count())]
    return "\n".join([win.article_pane.text.toPlainText(), win.article_pane.header.plain_text(),
                      win.article_pane.messages.label.text(), win.statusBar().currentMessage(),
                      win.windowTitle(), *items])


@pytest.mark.gui
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_case_through_the_window(qtbot, window, samples, made, case: Case):
    path = made(case)
    before = read_library(window, lambda lib: lib.count())
    message = window.article_pane.messages.label
    window.open_files([str(path)])
    if path.is_dir():  # the window imports a folder it is given, and says what it found
        qtbot.waitUntil(lambda: getattr(window.import_job, "report", None) is not None,
                        timeout=30000)
        assert "No articles to import" in window.import_job.box.text()
        window.import_job.box.close()
    elif case.message is not None:
        qtbot.waitUntil(lambda: case.message in message.text(), timeout=30000)
        assert "\n" not in message.text()
        assert read_library(window, lambda lib: lib.count()) == before  # nothing half-kept
    else:
        qtbot.waitUntil(lambda: window.current is not None, timeout=30000)
        assert read_library(window, lambda lib: lib.count()) == before + 1
        assert "SCRIPT-RAN" not in window.article_pane.text.toPlainText()
    assert SECRET not in _everything_shown(window)
    # nor in the library's index
    assert read_library(window, lambda lib: lib.search("7f3a9c")) == []
    # and the window goes on: the next article opens as usual
    window.open_files([str(samples / "en-river-school.txt")])
    qtbot.waitUntil(lambda: "A School That Follows the River" in
                    window.article_pane.header.plain_text(), timeout=30000)


# --- pathological texts: analysed within limits, and the reason is shown -----------------------

def _pathological(folder: Path) -> tuple[Path, Path]:
    one_sentence = folder / "one-sentence.txt"
    one_sentence.write_text("Harbour notes\n\n" + "the ferry waits by the quay " * 36_000 + "\n",
                            encoding="utf-8")  # a million characters, no sentence end
    many_quotes = folder / "many-quotes.txt"
    many_quotes.write_text("Word list\n\n" + " ".join(f'"w{k}" said Bob,' for k in range(6000))
                           + "\n", encoding="utf-8")
    return one_sentence, many_quotes


def test_pathological_texts_are_analysed_within_limits_and_say_why(tmp_path):
    one_sentence, many_quotes = _pathological(tmp_path)
    status, out, err = _cli(str(one_sentence), str(many_quotes))
    assert status == 0 and err == ""
    assert "Note: Some of the text runs on for more than 2,000 characters" in out
    assert "Note: Quotes were looked for in the first 5,000 of 6,000 passages" in out
    status, out, err = _cli("--json", str(many_quotes))
    assert status == 0 and len(json.loads(out)["quotes"]) <= 5000
    assert f"margin: note: {many_quotes}: Quotes were looked for" in err


@pytest.mark.gui
def test_the_window_shows_why_an_analysis_was_limited(qtbot, window, tmp_path):
    _, many_quotes = _pathological(tmp_path)
    window.open_files([str(many_quotes)])
    message = window.article_pane.messages.label
    qtbot.waitUntil(lambda: "Quotes were looked for in the first 5,000" in message.text(),
                    timeout=30000)
    assert window.current is not None


@pytest.mark.gui
def test_a_file_that_disappears_while_the_window_reads_it(qtbot, window, tmp_path, monkeypatch):
    path = _vanishing(tmp_path, monkeypatch)
    window.open_files([str(path)])
    message = window.article_pane.messages.label
    qtbot.waitUntil(lambda: "vanishing.txt cannot be read" in message.text(), timeout=20000)
    assert read_library(window, lambda lib: lib.count()) == 0 and window.current is None
